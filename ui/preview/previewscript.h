#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace dialogsmith::ui {

class PreviewController;

/// Types messages into the preview one after the other, each once the bot has answered the one
/// before (`dialogsmith FILE --say TEXT...`), then optionally answers the newest agent-desk
/// transfer as the agent and waits for the reply to reach the chat. finished() reports the end.
class PreviewScript : public QObject
{
    Q_OBJECT

public:
    PreviewScript(PreviewController *controller, QStringList messages, QObject *parent = nullptr);

    /// After the messages: accept the newest transfer on the embedded desk and send `text`.
    void setAgentReply(const QString &text) { m_agentReply = text; }
    /// How long one step may take.
    void setStepTimeout(int ms) { m_stepTimeoutMs = ms; }
    void start();

signals:
    /// `error` is empty when every step worked.
    void finished(const QString &error);

private:
    void next();
    void answerAsAgent();
    void done(const QString &error);

    QPointer<PreviewController> m_controller;
    QStringList m_messages;
    QString m_agentReply;
    int m_next = 0;
    int m_stepTimeoutMs = 30000;
    bool m_waitingForTurn = false;
    bool m_waitingForAgent = false;
    bool m_done = false;
    QTimer m_timeout;
};

} // namespace dialogsmith::ui
