// The seed's steps 8 and 9 scripted end to end with the command line, against a real
// `dialogsmith-cli cloud` process: the account with skills routing-bot, human and billing, a Bot
// user with generated keys, human agents ana (human) and ben (billing), a campaign on
// routing-bot; the sample routing bot's enterprise integration agent deployed to Demo and
// started; then a consumer talks (hi -> the bot; agent -> ana; bill -> ben, who is offline at
// first and is rung when he comes online), ana closes, and the cloud writes the transcripts when
// it stops. Data, config and secret store are the test's own.

#include "agentclient.h"
#include "consumerclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith::cloud;

namespace {

const QString kAccount = QStringLiteral("12345678");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList texts(const ConsumerClient &consumer, const QString &role)
{
    QStringList out;
    for (const QJsonObject &e : consumer.events()) {
        const QJsonObject event = e.value("event").toObject();
        if (event.value("type") == QLatin1String("ContentEvent")
            && e.value("originatorMetadata").toObject().value("role").toString() == role)
            out.append(event.value("message").toString());
    }
    return out;
}

} // namespace

class tst_CloudCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentCommandsNeedARunningCloud();
    void seedStepsEightAndNine();

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("DIALOGSMITH_KEYCHAIN"), QStringLiteral("off"));
        for (const QString &name : env.keys()) {
            if (name.startsWith(QStringLiteral("DIALOGSMITH_SECRET_")))
                env.remove(name);
        }
        return env;
    }
    Run cli(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(DIALOGSMITH_CLI), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("dialogsmith-cli %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    bool ok(const QStringList &args, const QByteArray &input = {}) const
    {
        const Run r = cli(args, input);
        if (r.exitCode != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0;
    }
    /// The cloud's JSON lines so far.
    QList<QJsonObject> cloudEvents()
    {
        m_cloudOut += m_cloud.readAllStandardOutput();
        QList<QJsonObject> out;
        for (const QByteArray &line : m_cloudOut.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                out.append(o);
        }
        return out;
    }
    bool cloudSaid(const QString &event, const QString &key = {}, const QString &value = {})
    {
        const QList<QJsonObject> events = cloudEvents();
        return std::any_of(events.begin(), events.end(), [&](const QJsonObject &o) {
            return o.value("event").toString() == event
                   && (key.isEmpty() || o.value(key).toString() == value);
        });
    }

    QTemporaryDir m_home;
    QString m_bot;
    QProcess m_cloud;
    QByteArray m_cloudOut;
    QString m_port;
};

void tst_CloudCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Seed step 8: the LiveEngage account.
    QVERIFY(ok({"account", "init", "--account-id", kAccount, "--company", "Acme"}));
    QVERIFY(ok({"account", "skill", "add", "routing-bot", "--id", "1001"}));
    QVERIFY(ok({"account", "skill", "add", "human", "--id", "1002"}));
    QVERIFY(ok({"account", "skill", "add", "billing", "--id", "1003"}));
    QVERIFY(ok({"account", "user", "add", "routing-bot", "--type", "bot", "--skill", "routing-bot",
                "--max-chats", "unlimited", "--nickname", "Routing Bot"}));
    QVERIFY(ok({"account", "key", "generate", "routing-bot"}));
    QVERIFY(ok({"account", "user", "add", "ana", "--type", "human", "--skill", "human",
                "--nickname", "Ana"},
               "ana-password\n"));
    QVERIFY(ok({"account", "user", "add", "ben", "--type", "human", "--skill", "billing",
                "--nickname", "Ben"},
               "ben-password\n"));
    QVERIFY(ok({"account", "campaign", "set", "Web", "--skill", "routing-bot"}));

    m_bot = m_home.path() + QStringLiteral("/routing-bot.json");
    QVERIFY(QFile::copy(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"), m_bot));
}

void tst_CloudCli::cleanupTestCase()
{
    if (m_cloud.state() != QProcess::NotRunning) {
        m_cloud.kill();
        m_cloud.waitForFinished(5000);
    }
}

void tst_CloudCli::agentCommandsNeedARunningCloud()
{
    const Run r = cli({"agent", "status", m_bot});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("the cloud is not running"), qPrintable(r.err));
}

void tst_CloudCli::seedStepsEightAndNine()
{
    // The cloud, on a free port.
    const QString portFile = m_home.path() + QStringLiteral("/port");
    const QString transcripts = m_home.path() + QStringLiteral("/transcripts");
    m_cloud.setProcessEnvironment(environment());
    m_cloud.start(QStringLiteral(DIALOGSMITH_CLI),
                  {"cloud", "--port", "0", "--port-file", portFile, "--transcripts", transcripts,
                   "--ring-timeout", "60"});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 15000);
    QTRY_VERIFY(cloudSaid("listening"));
    m_port = QString::number(cloudEvents().first().value("port").toInt());
    const QString hostPort = QStringLiteral("127.0.0.1:") + m_port;

    // Seed step 9: deploy the bot's agent to Demo and start it.
    Run r = cli({"agent", "deploy", m_bot, "--environment", "production"});
    QCOMPARE(r.exitCode, 2); // Production needs --yes
    QVERIFY2(r.err.contains("--yes"), qPrintable(r.err));
    r = cli({"agent", "deploy", m_bot});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("routing-bot in account 12345678 (demo"), qPrintable(r.out));
    QVERIFY2(r.out.contains(": offline"), qPrintable(r.out));
    r = cli({"agent", "start", m_bot});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(": online"), qPrintable(r.out));
    QTRY_VERIFY(cloudSaid("agent-status", "status", "online"));

    // A consumer says hi: the bot answers.
    QNetworkAccessManager network;
    const CloudEndpoint endpoint{hostPort, false, {}};
    ConsumerClient alice(endpoint, kAccount, &network);
    QSignalSpy connected(&alice, &ConsumerClient::connectedToCloud);
    alice.connectToCloud();
    QVERIFY(connected.wait(10000));
    alice.requestConversation();
    QTRY_VERIFY(!alice.conversationId().isEmpty());
    alice.publishText("hi");
    QTRY_COMPARE_WITH_TIMEOUT(texts(alice, "ASSIGNED_AGENT").size(), 1, 10000);
    QVERIFY(texts(alice, "ASSIGNED_AGENT").first().startsWith("Hi, I am the routing bot."));

    // Ana goes online; "agent" rings her; she accepts and answers.
    AgentClient ana(endpoint, {kAccount, "ana", "ana-password", std::nullopt}, &network);
    QList<QJsonObject> anaRings;
    connect(&ana, &MessagingClient::notification, this,
            [&](const QString &type, const QJsonObject &body) {
                if (type != QLatin1String(".ams.routing.RoutingTaskNotification"))
                    return;
                for (const QJsonValue &v : body.value("changes").toArray())
                    for (const QJsonValue &ring :
                         v.toObject().value("result").toObject().value("ringsDetails").toArray())
                        if (ring.toObject().value("ringState") == QLatin1String("WAITING"))
                            anaRings.append(ring.toObject());
            });
    QSignalSpy anaConnected(&ana, &AgentClient::connectedToCloud);
    ana.connectToCloud();
    QVERIFY(anaConnected.wait(10000));
    ana.setAgentState("ONLINE");
    ana.subscribeRoutingTasks();
    alice.publishText("I want to speak to an agent");
    QTRY_COMPARE_WITH_TIMEOUT(anaRings.size(), 1, 10000);
    QCOMPARE(anaRings.first().value("convId").toString(), alice.conversationId());
    QCOMPARE(anaRings.first().value("skillId").toString(), QStringLiteral("1002"));
    QTRY_VERIFY(
            texts(alice, "ASSIGNED_AGENT").contains("Hold on while I transfer you to an agent."));
    int accepted = 0;
    ana.updateRingState(anaRings.first().value("ringId").toString(), true,
                        [&](int code, const QJsonValue &) { accepted = code; });
    QTRY_COMPARE(accepted, 200);
    ana.publishText(alice.conversationId(), "Hi, this is Ana from support. How can I help?");
    QTRY_VERIFY(texts(alice, "ASSIGNED_AGENT")
                        .contains("Hi, this is Ana from support. How can I help?"));

    // "bill" goes to billing: ben is offline, so bob waits and is told; ana is not rung.
    ConsumerClient bob(endpoint, kAccount, &network);
    QSignalSpy bobConnected(&bob, &ConsumerClient::connectedToCloud);
    bob.connectToCloud();
    QVERIFY(bobConnected.wait(10000));
    bob.requestConversation();
    QTRY_VERIFY(!bob.conversationId().isEmpty());
    bob.publishText("what is my bill");
    QTRY_VERIFY_WITH_TIMEOUT(!texts(bob, "CONTROLLER").filter("All agents for billing").isEmpty(),
                             10000);
    QCOMPARE(anaRings.size(), 1);

    // Ben comes online and is rung for bob's conversation.
    AgentClient ben(endpoint, {kAccount, "ben", "ben-password", std::nullopt}, &network);
    QStringList benRung;
    connect(&ben, &MessagingClient::notification, this,
            [&](const QString &type, const QJsonObject &body) {
                if (type != QLatin1String(".ams.routing.RoutingTaskNotification"))
                    return;
                for (const QJsonValue &v : body.value("changes").toArray())
                    benRung.append(v.toObject()
                                           .value("result")
                                           .toObject()
                                           .value("conversationId")
                                           .toString());
            });
    QSignalSpy benConnected(&ben, &AgentClient::connectedToCloud);
    ben.connectToCloud();
    QVERIFY(benConnected.wait(10000));
    ben.setAgentState("ONLINE");
    ben.subscribeRoutingTasks();
    QTRY_VERIFY(benRung.contains(bob.conversationId()));
    QVERIFY(!benRung.contains(alice.conversationId()));

    // Ana closes alice's conversation.
    int closed = 0;
    ana.closeConversation(alice.conversationId(),
                          [&](int code, const QJsonValue &) { closed = code; });
    QTRY_COMPARE(closed, 200);
    QTRY_COMPARE(alice.conversationDetails().value("state").toString(), QStringLiteral("CLOSE"));

    // The cloud logged every step as a JSON line.
    QTRY_VERIFY(cloudSaid("conversation-opened"));
    for (const char *event : {"ring", "accept", "transfer", "message", "close", "queued", "login"})
        QVERIFY2(cloudSaid(QLatin1String(event)), event);

    // The agent commands report and stop it; a visitor in a terminal gets no answer meanwhile.
    r = cli({"agent", "status", m_bot});
    QVERIFY2(r.out.contains(": online"), qPrintable(r.out));
    r = cli({"agent", "stop", m_bot});
    QVERIFY2(r.exitCode == 0 && r.out.contains(": offline"), qPrintable(r.out + r.err));
    r = cli({"agent", "start", m_bot});
    QVERIFY2(r.exitCode == 0 && r.out.contains(": online"), qPrintable(r.out + r.err));

    // A visitor on the command line.
    r = cli({"visitor", "--wait", "2", "--close"}, "hi\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Routing Bot (bot): Hi, I am the routing bot."), qPrintable(r.out));

    // Stopped, the cloud writes every conversation to its transcripts folder.
    m_cloud.terminate();
    QVERIFY(m_cloud.waitForFinished(15000));
    QCOMPARE(m_cloud.exitCode(), 0);
    QTRY_VERIFY(cloudSaid("stopped"));
    const QJsonArray files = cloudEvents().last().value("transcripts").toArray();
    QCOMPARE(files.size(), 1);
    QFile file(files.first().toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QJsonArray conversations
            = QJsonDocument::fromJson(file.readAll()).object().value("conversations").toArray();
    QCOMPARE(conversations.size(), 3);
    const QJsonObject first = conversations.first().toObject();
    QCOMPARE(first.value("id").toString(), alice.conversationId());
    QCOMPARE(first.value("closeReason").toString(), QStringLiteral("AGENT"));
    QStringList said;
    for (const QJsonValue &e : first.value("events").toArray())
        said.append(e.toObject().value("event").toObject().value("message").toString());
    QVERIFY(said.contains("hi"));
    QVERIFY(said.contains("Hi, this is Ana from support. How can I help?"));
    QVERIFY(!QFile::exists(m_home.path() + QStringLiteral("/data/dialogsmith/cloud.json")));
}

QTEST_MAIN(tst_CloudCli)
#include "tst_cloudcli.moc"
