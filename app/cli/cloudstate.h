#pragma once

#include "bot.h"
#include "deployments.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace dialogsmith::network {
class SecretStore;
}

namespace dialogsmith::cli {

/// What `dialogsmith-cli cloud` tells the other commands about itself while it runs, in a file
/// only its user can read (`<data>/dialogsmith/cloud.json`, beside the account file): its
/// address, the certificate it serves and the token of its management routes.
struct CloudState
{
    QString url;        ///< "http(s)://127.0.0.1:PORT"
    QString csdsDomain; ///< "127.0.0.1:PORT"
    QString certificateFile;
    QString adminToken;
    qint64 pid = 0;
    QStringList accounts;

    QJsonObject toJson() const;
    static CloudState fromJson(const QJsonObject &json);
};

/// `<XDG data home>/dialogsmith/cloud.json`.
QString defaultCloudStateFile();
document::Result<void> writeCloudState(const CloudState &state, const QString &path);
/// The state of the running cloud, or why there is none ("the cloud is not running ...").
document::Result<CloudState> readCloudState(const QString &path);

/// The secret store for a server: values read when first asked and kept for a few seconds, so
/// keys generated while the cloud runs count and a busy cloud does not ask the keychain for
/// every request.
class CachedSecrets
{
public:
    explicit CachedSecrets(network::SecretStore &store);
    std::optional<QString> value(const QString &name);

private:
    struct Entry
    {
        qint64 readAt = 0;
        std::optional<QString> value;
    };
    network::SecretStore &m_store;
    QHash<QString, Entry> m_cache;
};

/// The bot agents of a bot's enterprise integrations as deployments to `target` (for the agent
/// with login `onlyLogin` when it is set). Empty with `why` set when the bot has none.
QList<cloud::Deployment> deploymentsOf(const document::Bot &bot, const QString &botFile,
                                       cloud::DeployTarget target, const QString &onlyLogin,
                                       QString *why);

} // namespace dialogsmith::cli
