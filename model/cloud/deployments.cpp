#include "deployments.h"

#include "projectfile.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace dialogsmith::cloud {

using document::Error;
using document::Result;

QString deployTargetName(DeployTarget target)
{
    return target == DeployTarget::Production ? QStringLiteral("production")
                                              : QStringLiteral("demo");
}

std::optional<DeployTarget> deployTargetFromName(const QString &name)
{
    if (name.compare(QLatin1String("demo"), Qt::CaseInsensitive) == 0)
        return DeployTarget::Demo;
    if (name.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0)
        return DeployTarget::Production;
    return std::nullopt;
}

/// A deployed agent and the thread it runs on. The agent lives on that thread: it is created,
/// driven and deleted there; what the cloud's thread knows of it is `status`, kept up to date
/// by its signals.
struct Deployments::Entry
{
    Deployment deployment;
    QThread thread;
    QObject *context = nullptr; ///< lives on `thread`: what runs there is invoked on it
    BotAgent *agent = nullptr;  ///< lives on `thread`
    AgentStatus status;

    ~Entry()
    {
        if (context) {
            BotAgent *gone = agent;
            QMetaObject::invokeMethod(
                    context, [gone] { delete gone; }, Qt::BlockingQueuedConnection);
            context->deleteLater(); // a finishing thread deletes what waits for it
        }
        thread.quit();
        thread.wait();
    }
};

Deployments::Deployments(CloudServer &server, SecretLookup secret, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_secret(std::move(secret))
{}

Deployments::~Deployments() = default;

QString Deployments::key(const QString &accountId, const QString &loginName)
{
    return accountId + QLatin1Char('/') + loginName.toLower();
}

Deployments::Entry *Deployments::find(const QString &accountId, const QString &loginName) const
{
    return m_entries.value(key(accountId, loginName)).get();
}

std::optional<AgentStatus> Deployments::status(const QString &accountId,
                                               const QString &loginName) const
{
    Entry *e = find(accountId, loginName);
    if (!e)
        return std::nullopt;
    return e->status;
}

const Deployment *Deployments::deployment(const QString &accountId, const QString &loginName) const
{
    Entry *e = find(accountId, loginName);
    return e ? &e->deployment : nullptr;
}

Result<void> Deployments::deploy(Deployment deployment)
{
    if (deployment.accountId.isEmpty() || deployment.loginName.isEmpty())
        return Error{tr("an agent needs an account number and the bot user's login name"), {}};
    if (!m_server.isListening())
        return Error{tr("the cloud is not running"), {}};
    const QString k = key(deployment.accountId, deployment.loginName);
    if (Entry *old = m_entries.value(k).get();
        old
        && (old->status.status == BotAgent::Status::Online
            || old->status.status == BotAgent::Status::Starting)) {
        return Error{tr("the agent %1 is running: stop it before deploying again")
                             .arg(deployment.loginName),
                     {}};
    }
    if (!deployment.botEnvironment.isEmpty()) {
        const bool known = std::any_of(deployment.bot.environments.begin(),
                                       deployment.bot.environments.end(),
                                       [&](const document::Environment &e) {
                                           return e.name == deployment.botEnvironment;
                                       });
        if (!known)
            return Error{
                    tr("the bot has no environment named \"%1\"").arg(deployment.botEnvironment),
                    {}};
    }

    BotAgentSetup setup;
    setup.endpoint = {m_server.hostPort(), m_server.isTls(),
                      m_server.isTls() ? QList<QSslCertificate>{m_server.certificate()}
                                       : QList<QSslCertificate>{}};
    setup.credentials.accountId = deployment.accountId;
    setup.credentials.loginName = deployment.loginName;
    setup.bot = deployment.bot;
    setup.runtime.environment = deployment.botEnvironment;
    // On LiveEngage a bot's escalation goes to the platform it runs on: here, this cloud.
    setup.runtime.environmentOverrides.insert(QStringLiteral("lpPlatformHost"),
                                              m_server.baseUrl().toString());
    QHash<QString, QString> secrets;
    for (const QString &name : network::referencedSecrets(deployment.bot)) {
        if (const std::optional<QString> value = m_secret(name))
            secrets.insert(name, *value);
    }
    setup.runtime.secret = network::secretResolver(secrets);
    setup.runtime.platform.accountId = deployment.accountId;

    m_entries.remove(k); // a redeploy replaces the stopped agent
    auto entry = std::make_shared<Entry>();
    entry->deployment = std::move(deployment);
    entry->thread.setObjectName(QStringLiteral("bot agent ") + entry->deployment.loginName);
    entry->thread.start();
    // Made on its thread, so everything it owns lives there too.
    entry->context = new QObject;
    entry->context->moveToThread(&entry->thread);
    QMetaObject::invokeMethod(
            entry->context, [&entry, &setup] { entry->agent = new BotAgent(std::move(setup)); },
            Qt::BlockingQueuedConnection);
    BotAgent *agent = entry->agent;
    const QString account = entry->deployment.accountId;
    const QString login = entry->deployment.loginName;
    Entry *raw = entry.get();
    connect(agent, &BotAgent::activity, this, &Deployments::activity);
    connect(agent, &BotAgent::statusChanged, this,
            [this, raw, account, login](BotAgent::Status status, const QString &error) {
                raw->status.status = status;
                raw->status.error = error;
                QJsonObject line{{QStringLiteral("event"), QStringLiteral("agent-status")},
                                 {QStringLiteral("account"), account},
                                 {QStringLiteral("loginName"), login},
                                 {QStringLiteral("status"), BotAgent::statusName(status)}};
                if (!error.isEmpty())
                    line.insert(QStringLiteral("error"), error);
                emit activity(line);
            });
    connect(agent, &BotAgent::conversationCountChanged, this,
            [raw](int count) { raw->status.conversations = count; });
    m_entries.insert(k, entry);
    emit activity(
            QJsonObject{{QStringLiteral("event"), QStringLiteral("agent-deployed")},
                        {QStringLiteral("account"), account},
                        {QStringLiteral("loginName"), login},
                        {QStringLiteral("bot"), entry->deployment.bot.name},
                        {QStringLiteral("target"), deployTargetName(entry->deployment.target)}});
    return {};
}

Result<void> Deployments::start(const QString &accountId, const QString &loginName)
{
    Entry *e = find(accountId, loginName);
    if (!e)
        return Error{tr("no agent %1 is deployed in account %2: deploy it first")
                             .arg(loginName, accountId),
                     {}};
    if (e->status.status == BotAgent::Status::Online
        || e->status.status == BotAgent::Status::Starting)
        return {};
    BotAgent *agent = e->agent;
    // The keys are read now, so keys generated after the deploy count.
    const KeyNames &names = e->deployment.keyNames;
    const auto appKey = m_secret(names.appKey);
    const auto secret = m_secret(names.secret);
    const auto token = m_secret(names.accessToken);
    const auto tokenSecret = m_secret(names.accessTokenSecret);
    if (!appKey || !secret || !token || !tokenSecret) {
        const QString sentence
                = tr("the bot user's API key is not in the secret store (%1): generate it with "
                     "'dialogsmith-cli account key generate %2'")
                          .arg(names.all().join(QStringLiteral(", ")), loginName);
        // Said here at once, so a status asked right after the start already tells it.
        e->status = AgentStatus{BotAgent::Status::Error, sentence, e->status.conversations};
        QMetaObject::invokeMethod(agent, [agent, sentence] { agent->failToStart(sentence); });
        return {};
    }
    const OAuthKeys keys{*appKey, *secret, *token, *tokenSecret};
    e->status.status = BotAgent::Status::Starting;
    e->status.error.clear();
    QMetaObject::invokeMethod(agent, [agent, keys] {
        agent->setKeys(keys);
        agent->start();
    });
    return {};
}

Result<void> Deployments::stop(const QString &accountId, const QString &loginName)
{
    Entry *e = find(accountId, loginName);
    if (!e)
        return Error{tr("no agent %1 is deployed in account %2").arg(loginName, accountId), {}};
    BotAgent *agent = e->agent;
    QMetaObject::invokeMethod(agent, [agent] { agent->stop(); });
    return {};
}

void Deployments::stopAll()
{
    for (const auto &e : std::as_const(m_entries)) {
        BotAgent *agent = e->agent;
        QMetaObject::invokeMethod(agent, [agent] { agent->stop(); });
    }
    // Going offline takes one answer from the cloud: give it that long.
    QElapsedTimer waited;
    waited.start();
    const auto allOffline = [this] {
        return std::all_of(m_entries.begin(), m_entries.end(), [](const auto &e) {
            return e->status.status != BotAgent::Status::Online
                   && e->status.status != BotAgent::Status::Starting;
        });
    };
    while (!allOffline() && waited.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

QJsonObject Deployments::describe(const QString &accountId, const QString &loginName) const
{
    Entry *e = find(accountId, loginName);
    if (!e)
        return {};
    QJsonObject o{{QStringLiteral("accountId"), e->deployment.accountId},
                  {QStringLiteral("loginName"), e->deployment.loginName},
                  {QStringLiteral("target"), deployTargetName(e->deployment.target)},
                  {QStringLiteral("bot"), e->deployment.bot.name},
                  {QStringLiteral("botFile"), e->deployment.botFile},
                  {QStringLiteral("botEnvironment"), e->deployment.botEnvironment},
                  {QStringLiteral("status"), BotAgent::statusName(e->status.status)},
                  {QStringLiteral("conversations"), e->status.conversations}};
    if (!e->status.error.isEmpty())
        o.insert(QStringLiteral("error"), e->status.error);
    return o;
}

CloudAdminApi::Answer Deployments::handle(const QString &method, const QStringList &path,
                                          const QByteArray &body)
{
    const auto fail = [](int status, const QString &message) {
        return Answer{status, QJsonObject{{QStringLiteral("error"), message}}};
    };
    if (path.isEmpty() || path.first() != QLatin1String("agents"))
        return fail(404, tr("no such route"));
    if (path.size() == 1 && method == QLatin1String("GET")) {
        QJsonArray list;
        for (const auto &e : m_entries)
            list.append(describe(e->deployment.accountId, e->deployment.loginName));
        return Answer{200, QJsonObject{{QStringLiteral("agents"), list}}};
    }
    if (path.size() == 1 && method == QLatin1String("POST")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        Deployment d;
        d.botFile = o.value(QLatin1String("botFile")).toString();
        d.accountId = o.value(QLatin1String("accountId")).toString();
        d.loginName = o.value(QLatin1String("loginName")).toString();
        d.botEnvironment = o.value(QLatin1String("botEnvironment")).toString();
        const QJsonObject names = o.value(QLatin1String("keyNames")).toObject();
        d.keyNames = KeyNames{names.value(QLatin1String("appKey")).toString(),
                              names.value(QLatin1String("secret")).toString(),
                              names.value(QLatin1String("accessToken")).toString(),
                              names.value(QLatin1String("accessTokenSecret")).toString()};
        for (const QString &name : d.keyNames.all()) {
            if (!network::SecretStore::isValidName(name))
                return fail(400, tr("'keyNames' must name the four OAuth keys' secrets (letters, "
                                    "digits and '_')"));
        }
        const auto target = deployTargetFromName(
                o.value(QLatin1String("target")).toString(QStringLiteral("demo")));
        if (!target)
            return fail(400, tr("'target' must be demo or production"));
        d.target = *target;
        if (d.target == DeployTarget::Production && !o.value(QLatin1String("confirmed")).toBool())
            return fail(400, tr("deploying to Production must be confirmed"));
        if (d.botFile.isEmpty() || !QFileInfo(d.botFile).isAbsolute())
            return fail(400, tr("'botFile' must be the absolute path of the bot file"));
        Result<format::LoadedBot> loaded = format::loadBotFile(d.botFile);
        if (!loaded)
            return fail(422, d.botFile + QStringLiteral(": ") + loaded.error().toString());
        d.bot = std::move(loaded->bot);
        const QString account = d.accountId;
        const QString login = d.loginName;
        const Result<void> deployed = deploy(std::move(d));
        if (!deployed)
            return fail(409, deployed.error().message);
        return Answer{200, QJsonObject{{QStringLiteral("agent"), describe(account, login)}}};
    }
    if (path.size() < 3)
        return fail(404, tr("no such route"));
    const QString account = path.at(1);
    const QString login = path.at(2);
    if (path.size() == 3 && method == QLatin1String("GET")) {
        if (!find(account, login))
            return fail(404, tr("no agent %1 is deployed in account %2").arg(login, account));
        return Answer{200, QJsonObject{{QStringLiteral("agent"), describe(account, login)}}};
    }
    if (path.size() == 4 && method == QLatin1String("POST")) {
        const QString action = path.at(3);
        if (action != QLatin1String("start") && action != QLatin1String("stop"))
            return fail(404, tr("no such route"));
        const Result<void> result
                = action == QLatin1String("start") ? start(account, login) : stop(account, login);
        if (!result)
            return fail(404, result.error().message);
        return Answer{200, QJsonObject{{QStringLiteral("agent"), describe(account, login)}}};
    }
    return fail(404, tr("no such route"));
}

} // namespace dialogsmith::cloud
