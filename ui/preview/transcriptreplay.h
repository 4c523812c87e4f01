#pragma once

#include "previewtranscript.h"
#include "transcriptrunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dialogsmith::runtime {
struct BotMessage;
}

namespace dialogsmith::ui {

class PreviewController;

/// Plays a transcript in the preview and checks the bot's answers with the runtime's
/// TranscriptRunner, as `dialogsmith-cli test` does: a `bot:` line must equal the next bot
/// message of its turn, `bot~` must match it as a CB pattern, `var` must be the variable's value.
/// The preview restarts first (with the transcript's channel and `env:` values, delays off);
/// results arrive as signals, so the chat can mark each message where the bot now answers
/// differently.
class TranscriptReplay : public QObject
{
    Q_OBJECT

public:
    TranscriptReplay(PreviewController *controller, runtime::Transcript transcript,
                     QObject *parent = nullptr);
    ~TranscriptReplay() override;

    void start();
    /// Stops early; the preview keeps running as it is.
    void cancel();
    bool isRunning() const { return m_running; }
    int passed() const { return m_runner.passed(); }
    int failed() const { return m_runner.failed(); }
    /// Every check so far.
    const QList<runtime::StepVerdict> &verdicts() const { return m_runner.verdicts(); }

    /// How long one turn may take before the replay gives up.
    void setTurnTimeout(int ms) { m_turnTimeoutMs = ms; }

signals:
    /// Bot message `serial` was checked against `step`.
    void messageChecked(int serial, bool passed, const QString &expected);
    /// `step` expected a message the bot did not send.
    void messageMissing(const QString &expected, int line);
    void variableChecked(const QString &name, bool passed, const QString &expected,
                         const QString &actual, int line);
    /// The replay could not go on (a turn timed out, a dialog is missing).
    void problem(const QString &message);
    void finished(int passed, int failed);

private:
    void next();
    void finish();

    QPointer<PreviewController> m_controller;
    runtime::TranscriptRunner m_runner;
    bool m_running = false;
    bool m_waiting = false;
    bool m_delaysBefore = true;
    int m_turnTimeoutMs = 30000;
    QTimer m_timeout;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace dialogsmith::ui
