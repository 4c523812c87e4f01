#pragma once

#include "result.h"
#include "runtimeoptions.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace dialogsmith::document {
struct Bot;
}

namespace dialogsmith::network {
class EmbeddedAgentDesk;
}

namespace dialogsmith::runtime {
class BotRuntime;
class EscalationTransport;
class IntegrationTransport;
} // namespace dialogsmith::runtime

namespace dialogsmith::ui {

/// What the preview sends through when the network layer is built in: the HTTP client for
/// integrations, the escalation client, the secret store for `{$secret.NAME}`, the embedded
/// agent desk, and the pollers that bring the agent's replies back to the conversation.
///
/// The embedded desk stands in for Conversation Builder's escalation endpoint on this machine:
/// when the environment a preview runs with points `lpPlatformHost` at a loopback address (the
/// sample bot's `Local` environment: `http://127.0.0.1:8750`) and routesToDesk() is on, the
/// runtime's environment gets the embedded desk's URL instead and the secret `lpApiKey` is the
/// desk's key, for that runtime only: nothing is written into the project or the secret store.
class PreviewNetwork : public QObject
{
    Q_OBJECT

public:
    /// The network layer's implementation; null when this build has none.
    static std::unique_ptr<PreviewNetwork> create();

    virtual runtime::IntegrationTransport *integrations() = 0;
    virtual runtime::EscalationTransport *escalations() = 0;

    /// Completes `options` for a runtime of `bot` in `channel`: secrets and, where it applies,
    /// the embedded desk. `notes` gets sentences for the event log.
    virtual void prepare(const document::Bot &bot, runtime::Channel channel,
                         runtime::RuntimeOptions &options, QStringList *notes)
            = 0;
    /// Points ESCALATION interactions of `runtime` at its environment's lpPlatformHost.
    virtual void configureEscalations(const runtime::BotRuntime &runtime,
                                      const runtime::RuntimeOptions &options)
            = 0;
    /// Stops following agent replies (the conversation they belong to is over).
    virtual void forgetConversations() = 0;

    /// The desk inside the studio (created on first use; started by the preview or the dock).
    virtual network::EmbeddedAgentDesk *desk() = 0;
    /// Whether loopback lpPlatformHost values go to the embedded desk (default on).
    virtual bool routesToDesk() const = 0;
    virtual void setRoutesToDesk(bool routes) = 0;
    /// Acts as the agent on the embedded desk: accepts the newest open transfer (unless it is
    /// accepted already) and writes `text` in it.
    virtual document::Result<void> answerNewestTransfer(const QString &text) = 0;

signals:
    /// The agent wrote in conversation `conversationId`.
    void agentMessage(const QString &conversationId, const QString &text);
    /// About a transfer of `conversationId`: accepted, closed, or no longer followed.
    void notice(const QString &conversationId, const QString &text, bool error);
    /// The embedded desk received a transfer.
    void transferQueued(const QString &transferId);

protected:
    using QObject::QObject;
};

/// The agent desk dock for `network`'s desk (null without a network layer).
QWidget *createAgentDeskPanel(PreviewNetwork *network, QWidget *parent);

} // namespace dialogsmith::ui
