#pragma once

#include "deployments.h"
#include "result.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QFileSystemWatcher;

namespace dialogsmith::cloud {

class CloudServer;
class Deployments;

/// The local conversational cloud inside the studio: started on demand on 127.0.0.1 with a free
/// port, it serves the account of one account file (reloaded when the file changes) and hosts
/// the bot agents the studio deploys. Stopped (its agents first) with stop() or when destroyed.
/// Headless: the studio's panels and the tests drive it alike.
class EmbeddedCloud final : public QObject
{
    Q_OBJECT
public:
    using SecretLookup = Deployments::SecretLookup;

    /// Serves `accountFile` (empty: defaultAccountFile()); keys and secrets come from `secret`.
    EmbeddedCloud(QString accountFile, SecretLookup secret, QObject *parent = nullptr);
    ~EmbeddedCloud() override;

    QString accountFile() const { return m_accountFile; }
    /// Takes effect at the next start().
    void setAccountFile(const QString &path);

    /// Starts the cloud unless it runs and returns its port, or why it cannot run (no account
    /// file, an account file with errors, no port).
    document::Result<quint16> start();
    /// Stops the agents, then the server; conversations end.
    void stop();
    bool isRunning() const;

    /// The id of the account served (empty while stopped).
    QString accountId() const;
    /// "http://127.0.0.1:PORT" (empty while stopped).
    QUrl baseUrl() const;
    /// The visitor test page of the account: `/visitor/?siteid=ACCOUNT`.
    QUrl visitorUrl() const;
    /// The agent console: `/agent/`.
    QUrl agentConsoleUrl() const;
    /// The key of the desk the cloud hosts (CloudOptions::deskKey): the studio's preview hands
    /// its conversations over with it. A new one each time the studio starts.
    QString deskKey() const { return m_deskKey; }
    /// Whether the served account has a skill with id `skillId` (false while stopped).
    bool hasSkill(const QString &skillId) const;

    /// Null while stopped.
    CloudServer *server() const { return m_server.get(); }
    Deployments *deployments() const { return m_deployments.get(); }

signals:
    void runningChanged(bool running);
    /// The cloud's and the deployments' activity lines (logins, rings, agent status...).
    void activity(const QJsonObject &entry);
    /// The account file changed and could not be read again: `message` says why (the cloud
    /// keeps serving the account it had).
    void accountProblem(const QString &message);

private:
    void reload();

    QString m_accountFile;
    QString m_accountId;
    QString m_deskKey;
    SecretLookup m_secret;
    std::unique_ptr<CloudServer> m_server;
    std::unique_ptr<Deployments> m_deployments;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace dialogsmith::cloud
