// dialogsmith-cli secret, agent-desk and the hand-off in chat, as a user runs them: through the
// executable, against the desk on 127.0.0.1, with a config folder of the test's own.

#include "agentdesk.h"
#include "bot.h"
#include "escalationpresets.h"
#include "projectfile.h"
#include "testhttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/stat.h>

using namespace dialogsmith;
using namespace dialogsmith::network;
using dialogsmith::network::testing::TestHttpServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    /// The user's config stays out of it: XDG_CONFIG_HOME points into a temporary folder and the
    /// keychain is not asked.
    QProcessEnvironment environment(const QHash<QString, QString> &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("DIALOGSMITH_KEYCHAIN"), QStringLiteral("off"));
        env.remove(QStringLiteral("DIALOGSMITH_SECRET_lpApiKey"));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    Run cli(const QStringList &args, const QByteArray &input = {},
            const QHash<QString, QString> &extra = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(extra));
        p.start(QStringLiteral(DIALOGSMITH_CLI), args);
        p.write(input);
        p.closeWriteChannel();
        // Not waitForFinished(): a desk in this process must answer meanwhile.
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 20000))
            qFatal("dialogsmith-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static int request(QNetworkAccessManager &manager, const QString &method, const QUrl &url,
                       const QString &key, const QByteArray &body = {})
    {
        QNetworkRequest r(url);
        r.setRawHeader("Authorization", key.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.sendCustomRequest(r, method.toLatin1(), body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(3000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private slots:
    void secretSetListDelete()
    {
        const Run set
                = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("lpApiKey")},
                      "top-secret-value\n");
        QCOMPARE(set.exitCode, 0);
        const QString file = m_home.path() + QStringLiteral("/dialogsmith/secrets.json");
        QCOMPARE(set.out, QStringLiteral("Stored the secret \"lpApiKey\" in %1.\n").arg(file));
        QVERIFY(!set.out.contains(QStringLiteral("top-secret-value")));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));

        const Run list = cli({QStringLiteral("secret"), QStringLiteral("list")}, {},
                             {{QStringLiteral("DIALOGSMITH_SECRET_ciOnly"), QStringLiteral("x")}});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, QStringLiteral("ciOnly (environment): may go to no host yet\n"
                                          "lpApiKey: may go to no host yet\n"));

        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("delete"),
                      QStringLiteral("lpApiKey")})
                         .out,
                 QStringLiteral("Deleted the secret \"lpApiKey\".\n"));
        const Run again = cli(
                {QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("lpApiKey")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err, QStringLiteral("dialogsmith-cli secret: error: there is no stored "
                                           "secret \"lpApiKey\"\n"));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("list")}).out, QString());
    }

    void secretUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("secret")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("show"), QStringLiteral("x")})
                         .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("no way")},
                     "v\n")
                         .exitCode,
                 2);
        const Run empty
                = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("k")});
        QCOMPARE(empty.exitCode, 1);
        QCOMPARE(empty.err, QStringLiteral("dialogsmith-cli secret: error: the value is empty\n"));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("--help")}).exitCode, 0);
    }

    void agentDeskRunsLogsAndStopsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void agentDeskRunsLogsAndStopsCleanly()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString portFile = dir.path() + QStringLiteral("/port");
        QProcess desk;
        desk.setProcessEnvironment(
                environment({{QStringLiteral("DESK_KEY"), QStringLiteral("k-123-long-enough")}}));
        desk.start(QStringLiteral(DIALOGSMITH_CLI),
                   {QStringLiteral("agent-desk"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--key-env"), QStringLiteral("DESK_KEY"),
                    QStringLiteral("--skill"), QStringLiteral("human=1"), QStringLiteral("--skill"),
                    QStringLiteral("billing=2"), QStringLiteral("--port-file"), portFile});
        QVERIFY(desk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 5000);
        QFile f(portFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int port = f.readAll().trimmed().toInt();
        QVERIFY(port > 0);
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));

        QNetworkAccessManager manager;
        const QByteArray body
                = R"({"userPlatformId":"u","chatBotId":"b","message":"m","conversationId":"c-9",)"
                  R"("agentSkillName":"human","agentSkillId":"1"})";
        QCOMPARE(request(manager, QStringLiteral("POST"), QUrl(base.toString() + escalationPath()),
                         QStringLiteral("k-123-long-enough"), body),
                 200);
        QCOMPARE(request(manager, QStringLiteral("GET"), QUrl(base.toString() + "/desk/transfers"),
                         QStringLiteral("wrong")),
                 401);
        QCOMPARE(request(manager, QStringLiteral("POST"),
                         QUrl(base.toString() + "/desk/transfers/1/accept"),
                         QStringLiteral("k-123-long-enough")),
                 200);

        ::kill(pid_t(desk.processId()), signal);
        QVERIFY(desk.waitForFinished(5000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY(!QFile::exists(portFile));

        const QList<QByteArray> lines = desk.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // listening, three requests, stopped
        QJsonObject listening = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(listening.value(QStringLiteral("event")).toString(), QStringLiteral("listening"));
        QCOMPARE(listening.value(QStringLiteral("port")).toInt(), port);
        const QJsonObject posted = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(posted.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(posted.value(QStringLiteral("path")).toString(), escalationPath());
        QCOMPARE(posted.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(posted.value(QStringLiteral("transferId")).toString(), QStringLiteral("1"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2))
                         .object()
                         .value(QStringLiteral("status"))
                         .toInt(),
                 401);
        const QJsonObject stopped = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(stopped.value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
        QCOMPARE(stopped.value(QStringLiteral("signal")).toString(),
                 signal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
        for (const QByteArray &line : lines)
            QVERIFY(!line.contains("k-123"));
    }

    void agentDeskKeyFromTheSecretStore()
    {
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("deskKey")},
                     "from-the-secret-store\n")
                         .exitCode,
                 0);
        QProcess desk;
        desk.setProcessEnvironment(environment());
        desk.start(QStringLiteral(DIALOGSMITH_CLI),
                   {QStringLiteral("agent-desk"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--key-secret"), QStringLiteral("deskKey")});
        QVERIFY(desk.waitForReadyRead(5000));
        const QJsonObject listening = QJsonDocument::fromJson(desk.readLine()).object();
        const QUrl base(listening.value(QStringLiteral("url")).toString());
        QNetworkAccessManager manager;
        QCOMPARE(request(manager, QStringLiteral("GET"), QUrl(base.toString() + "/desk/transfers"),
                         QStringLiteral("from-the-secret-store")),
                 200);
        desk.terminate();
        QVERIFY(desk.waitForFinished(5000));
        QCOMPARE(desk.exitCode(), 0);
    }

    void agentDeskUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("agent-desk")}).exitCode, 2); // no key
        QCOMPARE(cli({QStringLiteral("agent-desk"), QStringLiteral("--key-env"),
                      QStringLiteral("A"), QStringLiteral("--key-secret"), QStringLiteral("B")})
                         .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("agent-desk"), QStringLiteral("--key-env"),
                      QStringLiteral("K"), QStringLiteral("--skill"), QStringLiteral("human")},
                     {}, {{QStringLiteral("K"), QStringLiteral("v")}})
                         .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("agent-desk"), QStringLiteral("--key-env"),
                      QStringLiteral("K"), QStringLiteral("--port"), QStringLiteral("70000")},
                     {}, {{QStringLiteral("K"), QStringLiteral("v")}})
                         .exitCode,
                 2);
        const Run unset = cli({QStringLiteral("agent-desk"), QStringLiteral("--key-env"),
                               QStringLiteral("NOT_SET_ANYWHERE")});
        QCOMPARE(unset.exitCode, 1);
        QCOMPARE(unset.err, QStringLiteral("dialogsmith-cli agent-desk: error: the environment "
                                           "variable NOT_SET_ANYWHERE is not set or empty\n"));
        const Run missing = cli({QStringLiteral("agent-desk"), QStringLiteral("--key-secret"),
                                 QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("dialogsmith-cli secret set nope")));

        // A key anyone could guess: refused.
        const Run shortKey = cli(
                {QStringLiteral("agent-desk"), QStringLiteral("--key-env"), QStringLiteral("K")},
                {}, {{QStringLiteral("K"), QStringLiteral("x")}});
        QCOMPARE(shortKey.exitCode, 1);
        QCOMPARE(shortKey.err,
                 QStringLiteral("dialogsmith-cli agent-desk: error: the desk key has 1 "
                                "characters; it needs at least 16 (a random one: "
                                "head -c 24 /dev/urandom | base64)\n"));
        QCOMPARE(cli({QStringLiteral("agent-desk"), QStringLiteral("--key-env"),
                      QStringLiteral("K"), QStringLiteral("--port"), QStringLiteral("1")},
                     {}, {{QStringLiteral("K"), QStringLiteral("fifteen-chars-x")}})
                         .exitCode,
                 1);

        AgentDeskOptions o;
        o.key = QStringLiteral("k");
        AgentDesk busy(o);
        const auto port = busy.listen(0);
        QVERIFY(port.ok());
        const Run taken
                = cli({QStringLiteral("agent-desk"), QStringLiteral("--key-env"),
                       QStringLiteral("K"), QStringLiteral("--port"), QString::number(*port)},
                      {}, {{QStringLiteral("K"), QStringLiteral("v-sixteen-chars!")}});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY(taken.err.startsWith(
                QStringLiteral("dialogsmith-cli agent-desk: error: could not listen on "
                               "127.0.0.1:%1: ")
                        .arg(*port)));
    }

    void chatShowsTheAgentsRepliesAfterTheHandOff()
    {
        AgentDeskOptions o;
        o.key = QStringLiteral("chat-key-42");
        o.skills = {{QStringLiteral("human"), QStringLiteral("1")}};
        AgentDesk desk(o);
        QVERIFY(desk.listen(0).ok());
        QSignalSpy queued(&desk, &AgentDesk::transferQueued);

        QProcess chat;
        chat.setProcessEnvironment(environment(
                {{QStringLiteral("DIALOGSMITH_SECRET_lpApiKey"), QStringLiteral("chat-key-42")}}));
        chat.start(QStringLiteral(DIALOGSMITH_CLI),
                   {QStringLiteral("chat"), routingBot(), QStringLiteral("--channel"),
                    QStringLiteral("messaging"), QStringLiteral("--debug"), QStringLiteral("--env"),
                    QStringLiteral("lpPlatformHost=") + desk.baseUrl().toString(),
                    QStringLiteral("--env"), QStringLiteral("humanSkillId=1"),
                    QStringLiteral("--allow-secret-host"), desk.baseUrl().authority()});
        QVERIFY(chat.waitForStarted());
        chat.write("I want to talk to an agent\n");
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 5000);
        const DeskTransfer t = queued.first().first().value<DeskTransfer>();
        QCOMPARE(t.message, QStringLiteral("Hold on while I transfer you to an agent."));

        QByteArray out;
        const auto waitFor = [&](const QByteArray &text) {
            return QTest::qWaitFor(
                    [&] {
                        out += chat.readAllStandardOutput();
                        return out.contains(text);
                    },
                    5000);
        };
        QVERIFY(desk.accept(t.id).ok());
        QVERIFY2(waitFor("# agent desk: the transfer is accepted\n"), out.constData());
        QVERIFY(desk.sendMessage(t.id, QStringLiteral("Hi, Ana here.\nHow can I help?")).ok());
        QVERIFY2(waitFor("agent: Hi, Ana here.\n       How can I help?\n"), out.constData());
        // The user still talks to the bot meanwhile; the agent's next reply arrives too.
        chat.write("hi\n");
        QVERIFY(waitFor("bot: Hi, I am the routing bot."));
        QVERIFY(desk.sendMessage(t.id, QStringLiteral("Bye!")).ok());
        QVERIFY(waitFor("agent: Bye!\n"));
        QVERIFY(desk.closeTransfer(t.id).ok());
        QVERIFY(waitFor("# agent desk: the transfer is closed\n"));

        chat.closeWriteChannel();
        QVERIFY(chat.waitForFinished(5000));
        QCOMPARE(chat.exitCode(), 0);
        out += chat.readAllStandardOutput();
        const QByteArray err = chat.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        QVERIFY(out.contains("#   Authorization: ***"));
        QVERIFY(!out.contains("chat-key-42")); // not in a single --debug line
        QCOMPARE(out.count("agent: "), 2);
    }

    void chatWithAWrongKeyTellsTheUser()
    {
        AgentDeskOptions o;
        o.key = QStringLiteral("right-key");
        AgentDesk desk(o);
        QVERIFY(desk.listen(0).ok());
        const Run run = cli(
                {QStringLiteral("chat"), routingBot(), QStringLiteral("--channel"),
                 QStringLiteral("messaging"), QStringLiteral("--env"),
                 QStringLiteral("lpPlatformHost=") + desk.baseUrl().toString(),
                 QStringLiteral("--allow-secret-host"), desk.baseUrl().authority()},
                "agent\n",
                {{QStringLiteral("DIALOGSMITH_SECRET_lpApiKey"), QStringLiteral("wrong-key-77")}});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("bot: Not able to transfer to Agent at this time. Please try "
                                "later.\n"));
        QCOMPARE(run.err,
                 QStringLiteral("dialogsmith-cli chat: error: integration \"Escalation\" failed: "
                                "the server answered HTTP 401 Unauthorized: {\"error\":\"the "
                                "Authorization header does not match the desk key\"}\n"));
        QVERIFY(!run.err.contains(QStringLiteral("wrong-key-77")));
    }

    void secretsGoOnlyWhereTheyMayAndNeverShow()
    {
        // A downloaded bot sends {$secret.apiKey} in a query parameter to a server of its choice.
        TestHttpServer server;
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.port());
        document::Integration api = document::Integration::create(QStringLiteral("Orders"));
        api.url = server.url(QStringLiteral("/echo"));
        api.queryParams = {{QStringLiteral("key"), QStringLiteral("{$secret.apiKey}"), {}}};
        document::Interaction s = document::Interaction::create(
                document::InteractionType::DialogStarter, QStringLiteral("s"));
        s.patterns = {QStringLiteral("orders")};
        document::Interaction call = document::Interaction::create(
                document::InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        document::Dialog d = document::Dialog::create(QStringLiteral("D"));
        d.interactions = {s, call};
        document::Bot b = document::Bot::createEmpty(QStringLiteral("Leaky"));
        b.dialogs = {d};
        b.integrations = {api};
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("leaky.json"));
        QVERIFY(format::saveBotFile(b, file).ok());
        const QString secret = QStringLiteral("p+s/w=rd:x&y z");
        const QHash<QString, QString> env{{QStringLiteral("DIALOGSMITH_SECRET_apiKey"), secret}};
        const QStringList chat{QStringLiteral("chat"), file, QStringLiteral("--channel"),
                               QStringLiteral("messaging")};

        const Run refused = cli(chat, "orders\n", env);
        QCOMPARE(refused.exitCode, 0);
        QVERIFY(server.requests.isEmpty());
        QVERIFY2(
                refused.err.contains(QStringLiteral("integration \"Orders\" failed: the secret "
                                                    "\"apiKey\" may not be sent "
                                                    "to %1: allow it for this run with "
                                                    "--allow-secret-host %1, or for good "
                                                    "with 'dialogsmith-cli secret allow apiKey %1'")
                                             .arg(host)),
                qPrintable(refused.err));

        // Allowed for this run: sent, and --debug shows it in no form.
        const Run allowed = cli(chat
                                        + QStringList{QStringLiteral("--debug"),
                                                      QStringLiteral("--allow-secret-host"), host},
                                "orders\n", env);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requests.first().path.endsWith(QUrl::toPercentEncoding(secret)));
        const QString shown = allowed.out + allowed.err;
        QVERIFY2(shown.contains(QStringLiteral("/echo?key=***")), qPrintable(shown));
        for (const QString &part :
             {QStringLiteral("p+s"), QStringLiteral("p%2Bs"), QStringLiteral("w%3Drd"),
              QStringLiteral("x%26y"), QStringLiteral("y%20z"), QStringLiteral("w=rd")})
            QVERIFY2(!shown.contains(part), qPrintable(part));

        // Stored with the secret: sent without the option, and `secret list` says where.
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("allow"), QStringLiteral("apiKey"),
                      QStringLiteral("127.0.0.1")},
                     {}, env)
                         .exitCode,
                 0);
        QCOMPARE(cli(chat, "orders\n", env).exitCode, 0);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(cli({QStringLiteral("secret"), QStringLiteral("list")}, {}, env)
                        .out.contains(
                                QStringLiteral("apiKey (environment): may go to 127.0.0.1\n")));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("forbid"), QStringLiteral("apiKey"),
                      QStringLiteral("127.0.0.1")},
                     {}, env)
                         .exitCode,
                 0);
        QCOMPARE(cli(chat, "orders\n", env).exitCode, 0);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(cli(chat
                             + QStringList{QStringLiteral("--allow-secret-host"),
                                           QStringLiteral("not a host")},
                     "orders\n", env)
                         .exitCode,
                 2);
    }

    void offlineSendsNothing()
    {
        AgentDeskOptions o;
        o.key = QStringLiteral("k");
        AgentDesk desk(o);
        QVERIFY(desk.listen(0).ok());
        QSignalSpy log(&desk, &AgentDesk::requestHandled);
        const Run run = cli(
                {QStringLiteral("chat"), routingBot(), QStringLiteral("--channel"),
                 QStringLiteral("messaging"), QStringLiteral("--offline"), QStringLiteral("--env"),
                 QStringLiteral("lpPlatformHost=") + desk.baseUrl().toString()},
                "agent\n",
                {{QStringLiteral("DIALOGSMITH_SECRET_lpApiKey"), QStringLiteral("offline-key")}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("the network is off here: the integration "
                                                 "\"Escalation\" was not sent")),
                 qPrintable(run.err + run.out));
        QTest::qWait(100);
        QCOMPARE(log.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_clinetwork.moc"
