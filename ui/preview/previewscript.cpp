#include "previewscript.h"

#include "previewcontroller.h"
#include "previewnetwork.h"

namespace dialogsmith::ui {

PreviewScript::PreviewScript(PreviewController *controller, QStringList messages, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_messages(std::move(messages))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        done(m_waitingForAgent ? tr("The agent's reply did not reach the preview within %1 s.")
                                         .arg(m_stepTimeoutMs / 1000)
                               : tr("The bot did not answer \u201c%1\u201d within %2 s.")
                                         .arg(m_messages.value(m_next - 1))
                                         .arg(m_stepTimeoutMs / 1000));
    });
    connect(controller, &PreviewController::turnFinished, this, [this] {
        if (!m_waitingForTurn)
            return;
        m_waitingForTurn = false;
        QMetaObject::invokeMethod(this, &PreviewScript::next, Qt::QueuedConnection);
    });
    connect(controller, &PreviewController::agentMessage, this, [this] {
        if (m_waitingForAgent)
            done({});
    });
}

void PreviewScript::start()
{
    m_next = 0;
    QMetaObject::invokeMethod(this, &PreviewScript::next, Qt::QueuedConnection);
}

void PreviewScript::next()
{
    if (m_done || !m_controller)
        return;
    if (m_next < m_messages.size()) {
        m_waitingForTurn = true;
        m_timeout.start(m_stepTimeoutMs);
        m_controller->send(m_messages.at(m_next++));
        if (m_waitingForTurn && m_controller->isIdle()) {
            m_waitingForTurn = false;
            QMetaObject::invokeMethod(this, &PreviewScript::next, Qt::QueuedConnection);
        }
        return;
    }
    if (m_agentReply.isEmpty()) {
        done({});
        return;
    }
    answerAsAgent();
}

void PreviewScript::answerAsAgent()
{
    PreviewNetwork *network = m_controller->network();
    m_waitingForAgent = true;
    m_timeout.start(m_stepTimeoutMs);
    if (const document::Result<void> answered = network->answerNewestTransfer(m_agentReply);
        !answered)
        done(answered.error().message);
}

void PreviewScript::done(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_waitingForAgent = m_waitingForTurn = false;
    m_timeout.stop();
    emit finished(error);
}

} // namespace dialogsmith::ui
