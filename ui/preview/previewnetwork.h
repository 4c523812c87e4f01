#pragma once

#include "result.h"
#include "runtimeoptions.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <set>

#include <map>
#include <memory>

namespace dialogsmith::document {
struct Bot;
}

namespace dialogsmith::network {
class AgentDesk;
class AgentMessagePoller;
class EmbeddedAgentDesk;
class EscalationClient;
class HttpClient;
struct EscalationTicket;
class SecretStore;
} // namespace dialogsmith::network

namespace dialogsmith::runtime {
struct HttpRequest;
class BotRuntime;
class EscalationTransport;
class IntegrationTransport;
} // namespace dialogsmith::runtime

namespace dialogsmith::ui {

/// What the preview sends through (model/network): the HTTP client for integrations, the
/// escalation client, the secret store for `{$secret.NAME}`, the embedded agent desk, and the
/// pollers that bring the agent's replies back to the conversation.
///
/// The embedded desk stands in for Conversation Builder's escalation endpoint on this machine:
/// when the environment a preview runs with points `lpPlatformHost` at a loopback address (the
/// sample bot's `Local` environment: `http://127.0.0.1:8750`) and routesToDesk() is on, the
/// runtime's environment gets the embedded desk's URL instead and the secret `lpApiKey` is the
/// desk's key, for that runtime only: nothing is written into the project or the secret store.
///
/// When the studio's local cloud runs and its account has the transfer's skill, a transfer
/// that would reach the embedded desk goes to the cloud instead, with the conversation so far:
/// there it is a real conversation that rings the agents of the skill (the Agent Desk dock, the
/// browser console), and their replies come back the same way. Decided when the transfer is sent.
class PreviewNetwork final : public QObject
{
    Q_OBJECT

public:
    /// Where a conversation is handed over instead of the embedded desk.
    struct HandOverTarget
    {
        QUrl base;   ///< "http://127.0.0.1:PORT"
        QString key; ///< the Authorization the target expects
    };
    /// The target for a transfer to `skillId`, or nothing (the embedded desk takes it).
    using HandOverLookup = std::function<std::optional<HandOverTarget>(const QString &skillId)>;
    /// What was said so far in conversation `conversationId`: [{"role": "consumer" | "bot",
    /// "text"}].
    using HistorySource = std::function<QJsonArray(const QString &conversationId)>;

    explicit PreviewNetwork(QObject *parent = nullptr);
    ~PreviewNetwork() override;

    runtime::IntegrationTransport *integrations();
    runtime::EscalationTransport *escalations();

    /// Completes `options` for a runtime of `bot` in `channel`: secrets and, where it applies,
    /// the embedded desk. `notes` gets sentences for the event log.
    void prepare(const document::Bot &bot, runtime::Channel channel,
                 runtime::RuntimeOptions &options, QStringList *notes);
    /// Points ESCALATION interactions of `runtime` at its environment's lpPlatformHost.
    void configureEscalations(const runtime::BotRuntime &runtime,
                              const runtime::RuntimeOptions &options);
    /// Stops following agent replies (the conversation they belong to is over).
    void forgetConversations();

    /// The desk inside the studio (created with the preview; started by the preview or the dock).
    network::EmbeddedAgentDesk *desk() { return m_desk; }
    /// Whether loopback lpPlatformHost values go to the embedded desk (default on).
    bool routesToDesk() const { return m_routesToDesk; }
    void setRoutesToDesk(bool routes) { m_routesToDesk = routes; }
    void setHandOverTarget(HandOverLookup lookup) { m_handOver = std::move(lookup); }
    void setHistorySource(HistorySource source) { m_history = std::move(source); }

    /// Acts as the agent on the embedded desk: accepts the newest open transfer (unless it is
    /// accepted already) and writes `text` in it.
    document::Result<void> answerNewestTransfer(const QString &text);

signals:
    /// The agent wrote in conversation `conversationId`.
    void agentMessage(const QString &conversationId, const QString &text);
    /// About a transfer of `conversationId`: accepted, closed, or no longer followed.
    void notice(const QString &conversationId, const QString &text, bool error);
    /// The embedded desk received a transfer.
    void transferQueued(const QString &transferId);
    /// A transfer went to the local cloud (HandOverTarget) and waits there for an agent.
    void handedOver(const QString &conversationId);

private:
    class Integrations;
    void follow(const network::EscalationTicket &ticket);
    /// Sends a transfer meant for the embedded desk to the hand-over target, when there is one.
    void redirect(runtime::HttpRequest &request);

    network::HttpClient *m_http;
    std::unique_ptr<Integrations> m_integrations;
    network::EscalationClient *m_escalations;
    network::EmbeddedAgentDesk *m_desk;
    network::AgentDesk *m_watched = nullptr;
    std::unique_ptr<network::SecretStore> m_store;
    std::map<QString, std::unique_ptr<network::AgentMessagePoller>> m_pollers;
    bool m_routesToDesk = true;
    HandOverLookup m_handOver;
    HistorySource m_history;
    std::set<QString> m_handedOver; ///< conversations whose transfer went to the target
};

} // namespace dialogsmith::ui
