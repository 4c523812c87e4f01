#include "transcriptreplay.h"

#include "botdocument.h"
#include "conversation.h"
#include "patternmatcher.h"
#include "previewcontroller.h"

namespace dialogsmith::ui {

using Step = runtime::Transcript::Step;

TranscriptReplay::TranscriptReplay(PreviewController *controller, runtime::Transcript transcript,
                                   QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_transcript(std::move(transcript))
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
    std::optional<runtime::Channel> channel;
    if (!m_transcript.channel.isEmpty())
        channel = runtime::channelFromName(m_transcript.channel);
    QString startDialog;
    if (!m_transcript.startDialog.isEmpty()) {
        for (const document::Dialog &d : c->document()->bot().dialogs) {
            if (d.name.compare(m_transcript.startDialog, Qt::CaseInsensitive) == 0)
                startDialog = d.id;
        }
        if (startDialog.isEmpty()) {
            emit problem(tr("The transcript starts in dialog \u201c%1\u201d, which the bot does "
                            "not have.")
                                 .arg(m_transcript.startDialog));
            emit finished(0, 0);
            return;
        }
    }

    m_running = true;
    m_step = 0;
    m_passed = m_failed = 0;
    m_received.clear();
    m_delaysBefore = c->delaysEnabled();
    c->setDelaysEnabled(false);
    m_connections.append(connect(
            c, &PreviewController::botMessage, this,
            [this](const runtime::BotMessage &message, int serial) {
                m_received.append({serial, runtime::Transcript::messageLine(message.summary())});
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
    c->setEnvironmentOverrides(m_transcript.environment);
    if (channel)
        c->setChannel(*channel, false);
    m_waiting = true;
    m_timeout.start(m_turnTimeoutMs);
    if (!startDialog.isEmpty())
        c->startFromDialog(startDialog);
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
    while (m_step < m_transcript.steps.size()) {
        const Step &step = m_transcript.steps.at(m_step++);
        switch (step.kind) {
        case Step::Kind::User:
            m_received.clear();
            m_waiting = true;
            m_timeout.start(m_turnTimeoutMs);
            c->send(step.text);
            if (m_waiting && c->isIdle()) {
                m_waiting = false;
                m_timeout.stop();
            }
            if (m_waiting)
                return; // turnFinished() calls next() again
            break;
        case Step::Kind::Bot:
        case Step::Kind::BotPattern: {
            const bool exact = step.kind == Step::Kind::Bot;
            const QString expected = exact ? step.text : tr("a message matching %1").arg(step.text);
            if (m_received.isEmpty()) {
                ++m_failed;
                emit messageMissing(expected, step.line);
                break;
            }
            const Received got = m_received.takeFirst();
            const bool ok = exact ? got.line == step.text
                                  : runtime::PatternMatcher({step.text}).matches(got.line);
            ok ? ++m_passed : ++m_failed;
            emit messageChecked(got.serial, ok, expected);
            break;
        }
        case Step::Kind::Variable: {
            const QString actual
                    = c->conversation() ? c->conversation()->variable(step.name).value_or(QString())
                                        : QString();
            const bool ok = actual == step.text;
            ok ? ++m_passed : ++m_failed;
            emit variableChecked(step.name, ok, step.text, actual, step.line);
            break;
        }
        }
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
    emit finished(m_passed, m_failed);
}

} // namespace dialogsmith::ui
