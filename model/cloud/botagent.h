#pragma once

#include "agentclient.h"
#include "bot.h"
#include "runtimeoptions.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace dialogsmith::runtime {
class BotRuntime;
class Conversation;
struct BotMessage;
} // namespace dialogsmith::runtime

namespace dialogsmith::network {
class EscalationClient;
class HttpClient;
class SecretHostPolicy;
class SecretStore;
} // namespace dialogsmith::network

namespace dialogsmith::cloud {

/// What a bot agent needs: the cloud to log in to, the bot user's credentials (the four OAuth
/// keys), the bot, and how its runtime runs (the environment, with lpPlatformHost pointing at
/// the cloud, and the secrets its integrations use).
struct BotAgentSetup
{
    CloudEndpoint endpoint;
    AgentCredentials credentials;
    document::Bot bot;
    runtime::RuntimeOptions runtime;
    /// Where the bot's secrets may go (not owned). Null: to the hosts stored with each secret and
    /// to the cloud itself, as from the command line.
    network::SecretHostPolicy *secretHosts = nullptr;
};

/// A deployed bot answering on LiveEngage: the headless runtime logged in through the agent API
/// as its Bot user, like any agent (no shortcut inside the cloud). Started, it goes online,
/// subscribes to rings and to its conversations, accepts every ring, and runs one
/// runtime::Conversation (channel messaging) per conversation assigned to it: each consumer
/// text goes to the bot once (by sequence), each bot message is published as a LivePerson event
/// (text, quick replies, cards, images; delays with a typing indicator). Integrations go over
/// HTTP; an agent transfer waits until the bot's messages before it are published.
///
/// Stopped, it goes offline and disconnects; its conversations stay assigned to it and wait.
/// Started again, it asks for what it missed and answers it. Status: offline → starting →
/// online, or error with one sentence.
class BotAgent final : public QObject
{
    Q_OBJECT
public:
    enum class Status { Offline, Starting, Online, Error };
    /// "offline", "starting", "online", "error"
    static QString statusName(Status status);

    explicit BotAgent(BotAgentSetup setup, QObject *parent = nullptr);
    ~BotAgent() override;

    void start();
    void stop();
    /// The bot user's keys for the next start() (read from the secret store at each start).
    void setKeys(const OAuthKeys &keys) { m_setup.credentials.keys = keys; }
    /// Reports that the agent cannot start (status error, with the sentence).
    void failToStart(const QString &sentence) { setStatus(Status::Error, sentence); }
    Status status() const { return m_status; }
    /// Why the status is Error (one sentence), else empty.
    QString error() const { return m_error; }
    /// Conversations the bot is in.
    int conversationCount() const { return int(m_chats.size()); }
    const document::Bot &bot() const { return m_setup.bot; }
    const AgentCredentials &credentials() const { return m_setup.credentials; }

signals:
    void statusChanged(dialogsmith::cloud::BotAgent::Status status, const QString &error);
    void conversationCountChanged(int count);
    /// {"event": "bot-error", "conversationId", "text"} and the like, for the cloud's log.
    void activity(const QJsonObject &entry);

private:
    class Transport;
    struct Chat;

    void setStatus(Status status, const QString &error = {});
    void connected();
    void notified(const QString &type, const QJsonObject &body);
    void conversationsChanged(const QJsonObject &body);
    void eventArrived(const QJsonObject &change);
    Chat &chatFor(const QString &conversationId, const QString &consumerId);
    void drop(const QString &conversationId);
    void sync(const QString &conversationId);
    void take(Chat &chat, const QJsonObject &change);
    void say(const QString &conversationId, const runtime::BotMessage &message);
    void pump(const QString &conversationId);
    /// Runs `then` once everything the bot said in the conversation is published.
    void whenSent(const QString &conversationId, std::function<void()> then);

    BotAgentSetup m_setup;
    Status m_status = Status::Offline;
    QString m_error;
    QNetworkAccessManager *m_network;
    AgentClient *m_client = nullptr;
    std::unique_ptr<network::SecretStore> m_secretStore;
    std::unique_ptr<network::SecretHostPolicy> m_secretHosts;
    std::unique_ptr<network::HttpClient> m_http;
    std::unique_ptr<network::EscalationClient> m_escalations;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<runtime::BotRuntime> m_runtime;
    QHash<QString, std::shared_ptr<Chat>> m_chats;
    QString m_subscription;
    bool m_reconciled = false;
    int m_setupAnswers = 0;
    bool m_stopping = false;
};

} // namespace dialogsmith::cloud

Q_DECLARE_METATYPE(dialogsmith::cloud::BotAgent::Status)
