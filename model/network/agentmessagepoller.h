#pragma once

#include "httpclient.h"

#include <QObject>
#include <QTimer>

namespace dialogsmith::network {

/// Follows one conversation on an agent desk after its transfer went through: long-polls
/// `GET /desk/conversations/{conversationId}/messages?after=N&wait=S` on the host the transfer
/// was posted to, with the transfer's key, and reports the agent's messages in order, each once.
///
/// Stops by itself when the agent closes the transfer, or with failed() when the host is not an
/// agent desk (404), refuses the key (401) or stays unreachable after a few retries. This is how
/// agent replies reach a conversation in the CLI and the preview: connect agentMessage().
class AgentMessagePoller final : public QObject
{
    Q_OBJECT
public:
    AgentMessagePoller(HttpClient &http, EscalationTicket ticket, QObject *parent = nullptr);
    ~AgentMessagePoller() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    const EscalationTicket &ticket() const { return m_ticket; }
    /// The transfer's state as the desk last said: "queued", "accepted", "closed" (empty before
    /// the first answer).
    QString state() const { return m_state; }
    /// How long the desk may hold one poll (bounded by the desk); default 20 s.
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }
    /// The messages URL of the next poll.
    QUrl messagesUrl() const;

signals:
    void agentMessage(const QString &text);
    /// The desk reported a new state ("queued", "accepted", "closed").
    void stateChanged(const QString &state);
    /// The agent closed the transfer; polling has stopped.
    void transferClosed();
    /// Polling stopped for good; `message` says why.
    void failed(const QString &message);

private:
    void poll();
    void handle(const document::Result<runtime::HttpResponse> &result);
    void retry(const QString &message);

    HttpClient &m_http;
    EscalationTicket m_ticket;
    QTimer m_next;
    qint64 m_after = 0;
    QString m_state;
    int m_waitSeconds = 20;
    int m_failures = 0;
    quint64 m_generation = 0; ///< answers to polls sent before stop() are ignored
    bool m_running = false;
    bool m_inFlight = false;
};

} // namespace dialogsmith::network
