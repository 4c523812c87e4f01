#include "clicommands.h"
#include "cloudcommands.h"
#include "cloudstate.h"
#include "projectfile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace dialogsmith::cli {

namespace {

/// The running cloud's management routes, over HTTP(S) with its own certificate trusted.
class CloudAdmin
{
public:
    explicit CloudAdmin(CloudState state)
        : m_state(std::move(state))
    {
        if (!m_state.certificateFile.isEmpty())
            m_pinned = QSslCertificate::fromPath(m_state.certificateFile, QSsl::Pem);
    }

    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QString error; ///< set when no answer came
    };

    Answer call(const QString &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(m_state.url + QStringLiteral("/cloud/") + path));
        request.setRawHeader("Authorization", "Bearer " + m_state.adminToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = method == QLatin1String("GET")
                                       ? m_network.get(request)
                                       : m_network.post(request, QJsonDocument(body).toJson());
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [this, reply](const QList<QSslError> &errors) {
                             const QSslCertificate peer
                                     = reply->sslConfiguration().peerCertificate();
                             if (!peer.isNull() && m_pinned.contains(peer))
                                 reply->ignoreSslErrors(errors);
                         });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        if (a.status == 0) {
            a.error = reply->error() == QNetworkReply::ConnectionRefusedError
                              ? QStringLiteral("the cloud is not running at %1 (the connection was "
                                               "refused): start it with 'dialogsmith-cli cloud'")
                                        .arg(m_state.url)
                              : QStringLiteral("could not reach the cloud at %1: %2")
                                        .arg(m_state.url, reply->errorString());
        } else if (a.status >= 300) {
            a.error = a.body.value(QLatin1String("error"))
                              .toString(QStringLiteral("the cloud answered HTTP %1").arg(a.status));
        }
        reply->deleteLater();
        return a;
    }

private:
    CloudState m_state;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_pinned;
};

QString statusLine(const QJsonObject &agent)
{
    QString line = QStringLiteral("%1 in account %2 (%3, bot \"%4\"): %5")
                           .arg(agent.value(QLatin1String("loginName")).toString(),
                                agent.value(QLatin1String("accountId")).toString(),
                                agent.value(QLatin1String("target")).toString(),
                                agent.value(QLatin1String("bot")).toString(),
                                agent.value(QLatin1String("status")).toString());
    if (agent.contains(QLatin1String("error")))
        line += QStringLiteral(": ") + agent.value(QLatin1String("error")).toString();
    else if (agent.value(QLatin1String("status")).toString() == QLatin1String("online"))
        line += QStringLiteral(", %1 conversation(s)")
                        .arg(agent.value(QLatin1String("conversations")).toInt());
    return line;
}

} // namespace

int runAgent(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Deploy, start, stop and watch a bot's agents on the running local cloud (see\n"
            "'dialogsmith-cli cloud'). The agents come from the bot's enterprise integrations\n"
            "(x-dialogsmith.enterpriseIntegrations): account number, the Bot user's login name\n"
            "and the secret-store names of its four OAuth keys.\n\n"
            "  agent deploy BOT.json [--environment demo|production] [--yes]\n"
            "  agent start BOT.json     log in as the Bot user; waits for online or error\n"
            "  agent stop BOT.json      go offline; its conversations wait for it\n"
            "  agent status BOT.json\n"
            "  agent list"));
    parser.addPositionalArgument(QStringLiteral("agent"), {});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("deploy, start, stop, status or list."));
    parser.addPositionalArgument(QStringLiteral("BOT.json"), QStringLiteral("The bot file."));
    const QCommandLineOption environmentOption(
            QStringLiteral("environment"),
            QStringLiteral("Where to deploy: demo (default) or production."), QStringLiteral("ENV"),
            QStringLiteral("demo"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       QStringLiteral("Confirm a deployment to Production."));
    const QCommandLineOption loginOption(
            QStringLiteral("agent"),
            QStringLiteral("The agent with this login name (default: every agent of the bot)."),
            QStringLiteral("LOGIN"));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        QStringLiteral("Seconds start and stop wait for the "
                                                       "agent (default 30)."),
                                        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("The running cloud's state file (default "
                                                        "%1).")
                                                 .arg(defaultCloudStateFile()),
                                         QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the agents' status as JSON."));
    parser.addOptions(
            {environmentOption, yesOption, loginOption, waitOption, stateOption, jsonOption});
    if (const int code = parseCommandLine(parser, args, 1, out, err, "an action"); code >= 0)
        return code;
    const auto usage = [&err](const QString &message) {
        err << "dialogsmith-cli agent: " << message << "\n";
        return ExitUsage;
    };
    const auto fail = [&err](const QString &message) {
        err << "dialogsmith-cli agent: error: " << message << "\n";
        return ExitProblems;
    };
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (!QStringList{QStringLiteral("deploy"), QStringLiteral("start"), QStringLiteral("stop"),
                     QStringLiteral("status"), QStringLiteral("list")}
                 .contains(action))
        return usage(QStringLiteral("unknown action '%1' (deploy, start, stop, status or list)")
                             .arg(action));
    if (action != QLatin1String("list") && positional.size() != 3)
        return usage(QStringLiteral("%1 needs the bot file").arg(action));
    bool ok = false;
    const int waitSeconds = parser.value(waitOption).toInt(&ok);
    if (!ok || waitSeconds < 0)
        return usage(QStringLiteral("--wait expects seconds"));
    const auto target = cloud::deployTargetFromName(parser.value(environmentOption));
    if (!target)
        return usage(QStringLiteral("--environment expects demo or production, got '%1'")
                             .arg(parser.value(environmentOption)));

    const document::Result<CloudState> state = readCloudState(
            parser.isSet(stateOption) ? parser.value(stateOption) : defaultCloudStateFile());
    if (!state)
        return fail(state.error().message);
    CloudAdmin admin(*state);

    if (action == QLatin1String("list")) {
        const CloudAdmin::Answer a = admin.call(QStringLiteral("GET"), QStringLiteral("agents"));
        if (!a.error.isEmpty())
            return fail(a.error);
        const QJsonArray agents = a.body.value(QLatin1String("agents")).toArray();
        if (parser.isSet(jsonOption))
            out << QJsonDocument(agents).toJson(QJsonDocument::Indented);
        for (const QJsonValue &v : agents) {
            if (!parser.isSet(jsonOption))
                out << statusLine(v.toObject()) << "\n";
        }
        if (agents.isEmpty() && !parser.isSet(jsonOption))
            out << "No agents are deployed.\n";
        return ExitOk;
    }

    const QString botFile = positional.at(2);
    document::Result<format::LoadedBot> loaded = format::loadBotFile(botFile);
    if (!loaded)
        return fail(botFile + QStringLiteral(": ") + loaded.error().toString());
    QString why;
    const QList<cloud::Deployment> list
            = deploymentsOf(loaded->bot, botFile, *target, parser.value(loginOption), &why);
    if (list.isEmpty())
        return fail(botFile + QStringLiteral(": ") + why);

    if (action == QLatin1String("deploy") && *target == cloud::DeployTarget::Production
        && !parser.isSet(yesOption)) {
        if (!::isatty(STDIN_FILENO))
            return usage(QStringLiteral("deploying to Production needs --yes (or a yes typed at "
                                        "a terminal)"));
        err << "Deploy " << list.size() << " agent(s) of \"" << loaded->bot.name
            << "\" to Production? Type yes to go on: " << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed().toLower() != QLatin1String("yes"))
            return fail(QStringLiteral("not deployed"));
    }

    int status = ExitOk;
    for (const cloud::Deployment &d : list) {
        const QString agentPath = QStringLiteral("agents/%1/%2").arg(d.accountId, d.loginName);
        CloudAdmin::Answer a;
        if (action == QLatin1String("deploy")) {
            const QJsonObject names{
                    {QStringLiteral("appKey"), d.keyNames.appKey},
                    {QStringLiteral("secret"), d.keyNames.secret},
                    {QStringLiteral("accessToken"), d.keyNames.accessToken},
                    {QStringLiteral("accessTokenSecret"), d.keyNames.accessTokenSecret}};
            a = admin.call(QStringLiteral("POST"), QStringLiteral("agents"),
                           {{QStringLiteral("botFile"), d.botFile},
                            {QStringLiteral("accountId"), d.accountId},
                            {QStringLiteral("loginName"), d.loginName},
                            {QStringLiteral("keyNames"), names},
                            {QStringLiteral("botEnvironment"), d.botEnvironment},
                            {QStringLiteral("target"), cloud::deployTargetName(*target)},
                            {QStringLiteral("confirmed"), true}});
        } else if (action == QLatin1String("status")) {
            a = admin.call(QStringLiteral("GET"), agentPath);
        } else {
            // start/stop, then wait until the agent is online, offline or in error.
            a = admin.call(QStringLiteral("POST"), agentPath + QLatin1Char('/') + action);
            const QString wanted = action == QLatin1String("start") ? QStringLiteral("online")
                                                                    : QStringLiteral("offline");
            QElapsedTimer waited;
            waited.start();
            while (a.error.isEmpty()) {
                const QString now = a.body.value(QLatin1String("agent"))
                                            .toObject()
                                            .value(QLatin1String("status"))
                                            .toString();
                if (now == wanted || now == QLatin1String("error")
                    || waited.elapsed() > waitSeconds * 1000)
                    break;
                QEventLoop pause;
                QTimer::singleShot(100, &pause, &QEventLoop::quit);
                pause.exec();
                a = admin.call(QStringLiteral("GET"), agentPath);
            }
        }
        if (!a.error.isEmpty()) {
            err << "dialogsmith-cli agent: error: " << d.loginName << ": " << a.error << "\n";
            status = ExitProblems;
            continue;
        }
        const QJsonObject agent = a.body.value(QLatin1String("agent")).toObject();
        if (parser.isSet(jsonOption))
            out << QJsonDocument(agent).toJson(QJsonDocument::Compact) << "\n";
        else
            out << statusLine(agent) << "\n";
        const QString now = agent.value(QLatin1String("status")).toString();
        if (now == QLatin1String("error")
            || (action == QLatin1String("start") && now != QLatin1String("online")))
            status = ExitProblems;
    }
    return status;
}

} // namespace dialogsmith::cli
