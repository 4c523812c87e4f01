#include "embeddedcloud.h"

#include "accountfile.h"
#include "brand.h"
#include "cloudserver.h"
#include "embeddedagentdesk.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QUrlQuery>

namespace dialogsmith::cloud {

EmbeddedCloud::EmbeddedCloud(QString accountFile, SecretLookup secret, QObject *parent)
    : QObject(parent)
    , m_accountFile(accountFile.isEmpty() ? defaultAccountFile() : std::move(accountFile))
    , m_deskKey(network::EmbeddedAgentDesk::generateKey())
    , m_secret(std::move(secret))
{}

EmbeddedCloud::~EmbeddedCloud()
{
    stop();
}

void EmbeddedCloud::setAccountFile(const QString &path)
{
    m_accountFile = path.isEmpty() ? defaultAccountFile() : path;
}

document::Result<quint16> EmbeddedCloud::start()
{
    if (isRunning())
        return m_server->port();
    if (!QFile::exists(m_accountFile))
        return document::Error{tr("there is no account file %1: create one with 'dialogsmith-cli "
                                  "account init --account-id N'")
                                       .arg(m_accountFile),
                               {}};
    document::Result<LoadedAccount> loaded = loadAccountFile(m_accountFile);
    if (!loaded)
        return document::Error{
                tr("%1: %2").arg(QFileInfo(m_accountFile).fileName(), loaded.error().toString()),
                {}};

    CloudOptions options;
    options.secret = m_secret;
    options.deskKey = m_deskKey;
    auto server = std::make_unique<CloudServer>(options);
    server->setAccount(loaded->account);
    m_accountId = loaded->account.id;
    const document::Result<quint16> port = server->listen(0);
    if (!port)
        return port.error();
    m_server = std::move(server);
    m_deployments = std::make_unique<Deployments>(*m_server, m_secret);
    m_server->setAdminApi(m_deployments.get());
    connect(m_server.get(), &CloudServer::activity, this, &EmbeddedCloud::activity);
    connect(m_deployments.get(), &Deployments::activity, this, &EmbeddedCloud::activity);

    // An account file edited while the cloud runs applies at once (an atomic save replaces the
    // file, so its folder is watched too).
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(QFileInfo(m_accountFile).absoluteFilePath());
    m_watcher->addPath(QFileInfo(m_accountFile).absolutePath());
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EmbeddedCloud::reload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &EmbeddedCloud::reload);
    emit runningChanged(true);
    return *port;
}

void EmbeddedCloud::reload()
{
    if (!m_server)
        return;
    const QString path = QFileInfo(m_accountFile).absoluteFilePath();
    if (!QFile::exists(path))
        return;
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
    document::Result<LoadedAccount> loaded = loadAccountFile(path);
    if (!loaded) {
        emit accountProblem(
                tr("%1: %2").arg(QFileInfo(path).fileName(), loaded.error().toString()));
        return;
    }
    const Brand *brand = m_server->brand(loaded->account.id);
    if (brand && brand->account() == loaded->account)
        return;
    m_server->setAccount(loaded->account);
    m_accountId = loaded->account.id;
}

void EmbeddedCloud::stop()
{
    if (!m_server)
        return;
    delete m_watcher;
    m_watcher = nullptr;
    m_deployments->stopAll();
    m_server->setAdminApi(nullptr);
    m_server->close();
    m_deployments.reset();
    m_server.reset();
    emit runningChanged(false);
}

bool EmbeddedCloud::isRunning() const
{
    return m_server && m_server->isListening();
}

QString EmbeddedCloud::accountId() const
{
    return m_server ? m_accountId : QString();
}

QUrl EmbeddedCloud::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QUrl EmbeddedCloud::visitorUrl() const
{
    if (!m_server)
        return {};
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/visitor/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("siteid"), accountId());
    url.setQuery(query);
    return url;
}

bool EmbeddedCloud::hasSkill(const QString &skillId) const
{
    bool ok = false;
    const qint64 id = skillId.trimmed().toLongLong(&ok);
    const Brand *brand = m_server && ok ? m_server->brand(m_accountId) : nullptr;
    return brand && brand->account().skill(id);
}

QUrl EmbeddedCloud::agentConsoleUrl() const
{
    if (!m_server)
        return {};
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/agent/"));
    return url;
}

} // namespace dialogsmith::cloud
