#pragma once

#include "botagent.h"
#include "cloudserver.h"
#include "oauthkeys.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace dialogsmith::cloud {

/// Where a bot agent is deployed: Conversation Builder's Demo (testing) or Production.
enum class DeployTarget { Demo, Production };
QString deployTargetName(DeployTarget target);
std::optional<DeployTarget> deployTargetFromName(const QString &name);

/// One enterprise-integration agent of a bot, deployed: the bot user it logs in as (account,
/// login name, the secret-store names of its four OAuth keys) and the bot environment its
/// runtime uses (empty: the bot's default).
struct Deployment
{
    document::Bot bot;
    QString botFile;
    QString accountId;
    QString loginName;
    KeyNames keyNames;
    QString botEnvironment;
    DeployTarget target = DeployTarget::Demo;
};

/// What Deployments tells about one agent.
struct AgentStatus
{
    BotAgent::Status status = BotAgent::Status::Offline;
    QString error;
    int conversations = 0;
};

/// The bot agents a cloud hosts: Deploy Agent, Start Agent, Stop Agent and their status, one
/// agent per (account, login name). Started agents log in to `server` through its own agent API
/// (BotAgent) with keys read from the secret store; their runtime's lpPlatformHost is the cloud,
/// so a bot's legacy escalation transfers its conversation there. Each agent runs on a thread
/// of its own: it is a client of the cloud like any other, and the cloud's thread serves.
///
/// Also the cloud's management API (CloudAdminApi), which `dialogsmith-cli agent` speaks:
///   GET  /cloud/agents                              every agent
///   POST /cloud/agents                              deploy {"botFile", "accountId",
///        "loginName", "keyNames": {...}, "botEnvironment", "target": "demo"|"production",
///        "confirmed": true (Production needs it)}
///   GET  /cloud/agents/{account}/{login}            one agent's status
///   POST /cloud/agents/{account}/{login}/start|stop
class Deployments final : public QObject, public CloudAdminApi
{
    Q_OBJECT
public:
    /// The value of a secret-store name (the bot user's keys, the bot's `{$secret.x}`).
    using SecretLookup = std::function<std::optional<QString>(const QString &name)>;

    Deployments(CloudServer &server, SecretLookup secret, QObject *parent = nullptr);
    ~Deployments() override;

    /// Deploys (or redeploys) an agent; refused while that agent is running.
    document::Result<void> deploy(Deployment deployment);
    /// Starts a deployed agent: it logs in (status starting), then online or error.
    document::Result<void> start(const QString &accountId, const QString &loginName);
    document::Result<void> stop(const QString &accountId, const QString &loginName);
    /// Stops every agent and waits (a little) until they are offline.
    void stopAll();
    std::optional<AgentStatus> status(const QString &accountId, const QString &loginName) const;
    const Deployment *deployment(const QString &accountId, const QString &loginName) const;
    /// {"accountId", "loginName", "target", "bot", "botFile", "status", "error",
    /// "conversations"}
    QJsonObject describe(const QString &accountId, const QString &loginName) const;

    Answer handle(const QString &method, const QStringList &path, const QByteArray &body) override;

signals:
    /// {"event": "agent-deployed" | "agent-status", ...} for the cloud's log.
    void activity(const QJsonObject &entry);

private:
    struct Entry;
    friend struct Entry;
    static QString key(const QString &accountId, const QString &loginName);
    Entry *find(const QString &accountId, const QString &loginName) const;

    CloudServer &m_server;
    SecretLookup m_secret;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace dialogsmith::cloud
