#include "transcriptreplay.h"

#include "botdocument.h"
#include "conversation.h"
#include "previewcontroller.h"

namespace dialogsmith::ui {

TranscriptReplay::TranscriptReplay(PreviewController *controller, runtime::Transcript transcript,
                                   QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_runner(std::move(transcript))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        emit problem(tr("The bot did not answer within %1 s; the replay stopped.")
                             .arg(m_turnTimeoutMs / 1000));
        finish();
    });
}

TranscriptReplay::~TranscriptReplay()
{
    if (m_running)
        cancel();
}

void TranscriptReplay::start()
{
    if (m_running || !m_controller)
        return;
    PreviewController *c = m_controller;
    const runtime::Transcript &transcript = m_runner.transcript();
    std::optional<runtime::Channel> channel;
    if (!transcript.channel.isEmpty())
        channel = runtime::channelFromName(transcript.channel);
    const document::Result<QString> startDialog = m_runner.startDialogId(c->document()->bot());
    if (!startDialog) {
        emit problem(tr("The transcript starts in dialog \u201c%1\u201d, which the bot does "
                        "not have.")
                             .arg(transcript.startDialog));
        emit finished(0, 0);
        return;
    }

    m_running = true;
    m_runner.restart();
    m_delaysBefore = c->delaysEnabled();
    c->setDelaysEnabled(false);
    m_connections.append(connect(c, &PreviewController::botMessage, this,
                                 [this](const runtime::BotMessage &message, int serial) {
                                     m_runner.messageReceived(message, serial);
                                 }));
    m_connections.append(connect(c, &PreviewController::turnFinished, this, [this] {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_timeout.stop();
        // Checks run from the event loop, not inside the preview's signal.
        QMetaObject::invokeMethod(this, &TranscriptReplay::next, Qt::QueuedConnection);
    }));

    // Starting with the transcript's channel and values must not restart twice.
    c->setEnvironmentOverrides(transcript.environment);
    if (channel)
        c->setChannel(*channel, false);
    m_waiting = true;
    m_timeout.start(m_turnTimeoutMs);
    if (!startDialog->isEmpty())
        c->startFromDialog(*startDialog);
    else
        c->restart();
    if (c->isIdle() && m_waiting) {
        m_waiting = false;
        m_timeout.stop();
        QMetaObject::invokeMethod(this, &TranscriptReplay::next, Qt::QueuedConnection);
    }
}

void TranscriptReplay::next()
{
    if (!m_running || !m_controller)
        return;
    PreviewController *c = m_controller;
    const auto variable = [c](const QString &name) -> std::optional<QString> {
        return c->conversation() ? c->conversation()->variable(name) : std::nullopt;
    };
    for (;;) {
        const qsizetype checked = m_runner.verdicts().size();
        const std::optional<runtime::Transcript::Step> user = m_runner.advance(variable);
        for (const runtime::StepVerdict &verdict : m_runner.verdicts().mid(checked)) {
            const QString expected = runtime::TranscriptRunner::expected(verdict.step);
            if (verdict.step.kind == runtime::Transcript::Step::Kind::Variable)
                emit variableChecked(verdict.step.name, verdict.passed, verdict.step.text,
                                     verdict.actual, verdict.step.line);
            else if (verdict.missing)
                emit messageMissing(expected, verdict.step.line);
            else
                emit messageChecked(verdict.messageSerial, verdict.passed, expected);
        }
        if (!user)
            break;
        m_waiting = true;
        m_timeout.start(m_turnTimeoutMs);
        c->send(user->text);
        if (m_waiting && c->isIdle()) {
            m_waiting = false;
            m_timeout.stop();
        }
        if (m_waiting)
            return; // turnFinished() calls next() again
    }
    finish();
}

void TranscriptReplay::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_controller) {
        m_controller->setDelaysEnabled(m_delaysBefore);
        m_controller->setEnvironmentOverrides({});
    }
}

void TranscriptReplay::finish()
{
    if (!m_running)
        return;
    cancel();
    emit finished(m_runner.passed(), m_runner.failed());
}

} // namespace dialogsmith::ui
