#include "cloudstate.h"

#include "accountfile.h"
#include "projectfile.h"
#include "secretstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace dialogsmith::cli {

using document::Error;
using document::Result;

namespace {

constexpr qint64 secretCacheMs = 5000;

} // namespace

QJsonObject CloudState::toJson() const
{
    return QJsonObject{{QStringLiteral("url"), url},
                       {QStringLiteral("csdsDomain"), csdsDomain},
                       {QStringLiteral("certificate"), certificateFile},
                       {QStringLiteral("adminToken"), adminToken},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)}};
}

CloudState CloudState::fromJson(const QJsonObject &json)
{
    CloudState s;
    s.url = json.value(QLatin1String("url")).toString();
    s.csdsDomain = json.value(QLatin1String("csdsDomain")).toString();
    s.certificateFile = json.value(QLatin1String("certificate")).toString();
    s.adminToken = json.value(QLatin1String("adminToken")).toString();
    s.pid = json.value(QLatin1String("pid")).toInteger();
    for (const QJsonValue &v : json.value(QLatin1String("accounts")).toArray())
        s.accounts.append(v.toString());
    return s;
}

QString defaultCloudStateFile()
{
    return QFileInfo(cloud::defaultAccountFile()).absolutePath() + QStringLiteral("/cloud.json");
}

Result<void> writeCloudState(const CloudState &state, const QString &path)
{
    // It holds the management token: readable by its owner only.
    QDir().mkpath(QFileInfo(path).absolutePath());
    return format::writeFileAtomically(path, QJsonDocument(state.toJson()).toJson(),
                                       format::FileAccess::OwnerOnly);
}

Result<CloudState> readCloudState(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{QStringLiteral("the cloud is not running (there is no %1): start it with "
                                    "'dialogsmith-cli cloud'")
                             .arg(path),
                     {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), {}};
    const CloudState state
            = CloudState::fromJson(QJsonDocument::fromJson(file.read(1 << 20)).object());
    if (state.url.isEmpty() || state.adminToken.isEmpty())
        return Error{QStringLiteral("%1 does not describe a running cloud").arg(path), {}};
    return state;
}

CachedSecrets::CachedSecrets(network::SecretStore &store)
    : m_store(store)
{}

std::optional<QString> CachedSecrets::value(const QString &name)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto it = m_cache.find(name);
    if (it != m_cache.end() && now - it->readAt < secretCacheMs)
        return it->value;
    Entry entry{now, m_store.value(name)};
    m_cache.insert(name, entry);
    return entry.value;
}

QList<cloud::Deployment> deploymentsOf(const document::Bot &bot, const QString &botFile,
                                       cloud::DeployTarget target, const QString &onlyLogin,
                                       QString *why)
{
    QList<cloud::Deployment> out;
    for (const document::EnterpriseIntegration &integration : bot.enterpriseIntegrations) {
        for (const document::EnterpriseAgent &agent : integration.agents) {
            if (!onlyLogin.isEmpty()
                && agent.loginName.compare(onlyLogin, Qt::CaseInsensitive) != 0)
                continue;
            cloud::Deployment d;
            d.bot = bot;
            d.botFile = QFileInfo(botFile).absoluteFilePath();
            d.accountId = agent.accountNumber;
            d.loginName = agent.loginName;
            d.keyNames
                    = cloud::KeyNames{agent.keyNames.appKey, agent.keyNames.secret,
                                      agent.keyNames.accessToken, agent.keyNames.accessTokenSecret};
            d.botEnvironment = agent.environment;
            d.target = target;
            out.append(d);
        }
    }
    if (out.isEmpty() && why) {
        *why = onlyLogin.isEmpty()
                       ? QStringLiteral("the bot has no enterprise integration agent to deploy "
                                        "(add one in x-dialogsmith.enterpriseIntegrations)")
                       : QStringLiteral("the bot has no enterprise integration agent with login "
                                        "name \"%1\"")
                                 .arg(onlyLogin);
    }
    return out;
}

} // namespace dialogsmith::cli
