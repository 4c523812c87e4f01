// LivePerson's own node-agent-sdk 1.2.0, unchanged, against the local cloud over TLS: human
// agents log in with a password and with OAuth keys, go online, get rung, accept, read the
// conversation so far, answer, transfer to another skill and close, while a consumer talks to
// them. The SDK comes from npm (scripts/setup installs it outside the repository); node runs it.

#include "cloudtesting.h"
#include "consumerclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith::cloud;
using namespace dialogsmith::cloud::testing;

namespace {

/// tests/cloud/node/sdk-agent.js in a node process: one JSON line per event on stdout.
class NodeAgent : public QObject
{
public:
    NodeAgent(const QString &port, const QString &caFile, const QString &login,
              const QProcessEnvironment &credentials)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(credentials);
        env.insert(QStringLiteral("CLOUD"), QStringLiteral("127.0.0.1:") + port);
        env.insert(QStringLiteral("ACCOUNT"), QStringLiteral("12345678"));
        env.insert(QStringLiteral("LOGIN"), login);
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile);
        env.insert(QStringLiteral("NODE_MODULES"),
                   npmDirectory() + QStringLiteral("/node_modules"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                m_log.append(QString::fromUtf8(line));
                if (!o.isEmpty())
                    m_events.append(o);
            }
        });
        m_process.start(QStringLiteral("node"),
                        {QStringLiteral(DIALOGSMITH_SOURCE_DIR "/tests/cloud/node/sdk-agent.js")});
    }
    ~NodeAgent() override
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    /// The first event after `from` for which `match` holds; waits up to `ms`.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int ms = 10000,
                        qsizetype *index = nullptr)
    {
        QJsonObject found;
        std::ignore = QTest::qWaitFor(
                [&] {
                    for (qsizetype i = m_from; i < m_events.size(); ++i) {
                        if (match(m_events[i])) {
                            found = m_events[i];
                            if (index)
                                *index = i;
                            return true;
                        }
                    }
                    return false;
                },
                ms);
        return found;
    }
    QJsonObject waitForEvent(const QString &event, int ms = 10000)
    {
        return waitFor([&](const QJsonObject &o) { return o.value("event").toString() == event; },
                       ms);
    }
    QJsonObject waitForMessage(const QString &text, int ms = 10000)
    {
        return waitFor(
                [&](const QJsonObject &o) {
                    return o.value("event").toString() == QLatin1String("message")
                           && o.value("text").toString() == text;
                },
                ms);
    }
    QList<QJsonObject> events(const QString &event) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : m_events) {
            if (o.value("event").toString() == event)
                out.append(o);
        }
        return out;
    }
    QString log() const
    {
        return m_log.join(u'\n') + QStringLiteral("\nstderr: ")
               + QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
    }
    /// Failed requests the SDK reported (each one a protocol mismatch).
    QList<QJsonObject> failures() const
    {
        QList<QJsonObject> out = events(QStringLiteral("request-failed"));
        out.append(events(QStringLiteral("error")));
        return out;
    }

private:
    QProcess m_process;
    QList<QJsonObject> m_events;
    QStringList m_log;
    qsizetype m_from = 0;
};

QProcessEnvironment passwordOf(const QString &password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PASSWORD"), password);
    return env;
}

QProcessEnvironment oauthOf(const QString &login)
{
    const OAuthKeys k = keysOf(login);
    QProcessEnvironment env;
    env.insert(QStringLiteral("APP_KEY"), k.appKey);
    env.insert(QStringLiteral("SECRET"), k.secret);
    env.insert(QStringLiteral("ACCESS_TOKEN"), k.accessToken);
    env.insert(QStringLiteral("ACCESS_TOKEN_SECRET"), k.accessTokenSecret);
    return env;
}

} // namespace

class tst_AgentSdk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void humanAgentsRingAcceptAnswerTransferClose();
    void refusedLoginsReachTheSdk();

private:
    QTemporaryDir m_dir;
    Certificates m_certs;
};

void tst_AgentSdk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certs = makeCertificates(m_dir.path());
    QVERIFY2(m_certs.error.isEmpty(), qPrintable(m_certs.error));
    QVERIFY2(QFile::exists(npmDirectory()
                           + QStringLiteral("/node_modules/node-agent-sdk/package.json")),
             qPrintable(QStringLiteral("node-agent-sdk is not installed in %1: run scripts/setup")
                                .arg(npmDirectory())));
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral("--version")});
    QVERIFY2(node.waitForFinished(10000) && node.exitCode() == 0,
             "node is not installed: run scripts/setup");
}

void tst_AgentSdk::humanAgentsRingAcceptAnswerTransferClose()
{
    CloudServer cloud(cloudOptions(&m_certs));
    cloud.setAccount(seedAccount());
    const auto port = cloud.listen();
    QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
    const QString portText = QString::number(*port);

    NodeAgent ana(portText, m_certs.ca, QStringLiteral("ana"), passwordOf("ana-password"));
    NodeAgent carl(portText, m_certs.ca, QStringLiteral("carl"), oauthOf("carl"));
    QVERIFY2(!ana.waitForEvent("ready", 20000).isEmpty(), qPrintable(ana.log()));
    QVERIFY2(!carl.waitForEvent("ready", 20000).isEmpty(), qPrintable(carl.log()));
    QCOMPARE(ana.waitForEvent("connected").value("userId").toString(), QStringLiteral("2"));
    QCOMPARE(carl.waitForEvent("connected").value("oldAgentId").toString(),
             QStringLiteral("12345678.4"));
    QTRY_COMPARE(cloud.brand("12345678")->availability("2"), Availability::Online);
    QTRY_COMPARE(cloud.brand("12345678")->availability("4"), Availability::Online);

    // The consumer asks for skill "human" and speaks first.
    QNetworkAccessManager network;
    CloudEndpoint endpoint{cloud.hostPort(), true, {cloud.certificate()}};
    ConsumerClient consumer(endpoint, QStringLiteral("12345678"), &network);
    QSignalSpy connected(&consumer, &ConsumerClient::connectedToCloud);
    consumer.connectToCloud();
    QVERIFY(connected.wait(10000));
    int code = 0;
    consumer.requestConversation([&](int c, const QJsonValue &) { code = c; },
                                 QStringLiteral("1002"));
    QTRY_COMPARE(code, 200);
    consumer.publishText(QStringLiteral("hi"));

    // Ana is rung, accepts, and reads what was said before she came.
    const QJsonObject ring = ana.waitFor([](const QJsonObject &o) {
        return o.value("event") == QLatin1String("ring")
               && o.value("ringState") == QLatin1String("WAITING");
    });
    QVERIFY2(!ring.isEmpty(), qPrintable(ana.log()));
    QCOMPARE(ring.value("conversationId").toString(), consumer.conversationId());
    const QJsonObject joined = ana.waitFor([](const QJsonObject &o) {
        return o.value("event") == QLatin1String("conversation")
               && o.value("type") == QLatin1String("UPSERT");
    });
    QVERIFY2(!joined.isEmpty(), qPrintable(ana.log()));
    QCOMPARE(joined.value("skillId").toString(), QStringLiteral("1002"));
    QCOMPARE(joined.value("myRole").toString(), QStringLiteral("ASSIGNED_AGENT"));
    QVERIFY(joined.value("roles").toArray().contains(QStringLiteral("CONSUMER")));
    const QJsonObject hi = ana.waitForMessage(QStringLiteral("hi"));
    QVERIFY2(!hi.isEmpty(), qPrintable(ana.log()));
    QCOMPARE(hi.value("role").toString(), QStringLiteral("CONSUMER"));
    QVERIFY2(!ana.waitForEvent("profile").isEmpty(), qPrintable(ana.log()));

    // She answers; the consumer receives it from her.
    consumer.publishText(QStringLiteral("hello agent"));
    const QString anaReply = QStringLiteral("Hi, this is ana. How can I help?");
    QVERIFY2(!ana.waitForMessage(anaReply).isEmpty(), qPrintable(ana.log()));
    QTRY_VERIFY(std::any_of(consumer.events().begin(), consumer.events().end(),
                            [&](const QJsonObject &e) {
                                return e.value("event").toObject().value("message") == anaReply
                                       && e.value("originatorMetadata").toObject().value("role")
                                                  == QLatin1String("ASSIGNED_AGENT");
                            }));

    // She transfers to billing: carl (OAuth keys) is rung, reads everything, ana lets go.
    consumer.publishText(QStringLiteral("transfer to 1003"));
    QVERIFY2(!ana.waitFor([](const QJsonObject &o) {
                     return o.value("event") == QLatin1String("answered")
                            && o.value("what") == QLatin1String("transfer");
                 }).isEmpty(),
             qPrintable(ana.log()));
    QVERIFY2(!ana.waitFor([](const QJsonObject &o) {
                     return o.value("event") == QLatin1String("conversation")
                            && o.value("type") == QLatin1String("DELETE");
                 }).isEmpty(),
             qPrintable(ana.log()));
    const QJsonObject carlRing = carl.waitFor([](const QJsonObject &o) {
        return o.value("event") == QLatin1String("ring")
               && o.value("ringState") == QLatin1String("WAITING");
    });
    QVERIFY2(!carlRing.isEmpty(), qPrintable(carl.log()));
    QCOMPARE(carlRing.value("skillId").toString(), QStringLiteral("1003"));
    QVERIFY2(!carl.waitForMessage(anaReply).isEmpty(), qPrintable(carl.log()));
    QVERIFY(!carl.waitForMessage(QStringLiteral("hi")).isEmpty());
    QVERIFY(!carl.waitForMessage(anaReply).value("mine").toBool());

    consumer.publishText(QStringLiteral("hello agent"));
    QVERIFY2(!carl.waitForMessage(QStringLiteral("Hi, this is carl. How can I help?")).isEmpty(),
             qPrintable(carl.log()));

    // Carl closes; the consumer sees the conversation closed by the agent.
    consumer.publishText(QStringLiteral("please close"));
    QTRY_COMPARE_WITH_TIMEOUT(consumer.conversationDetails().value("state").toString(),
                              QStringLiteral("CLOSE"), 10000);
    QCOMPARE(consumer.conversationDetails().value("closeReason").toString(),
             QStringLiteral("AGENT"));
    const ConversationRecord *record
            = cloud.brand("12345678")->conversation(consumer.conversationId());
    QVERIFY(record);
    QCOMPARE(record->transfers.size(), 2);
    QVERIFY2(ana.failures().isEmpty(), qPrintable(ana.log()));
    QVERIFY2(carl.failures().isEmpty(), qPrintable(carl.log()));
}

void tst_AgentSdk::refusedLoginsReachTheSdk()
{
    CloudServer cloud(cloudOptions(&m_certs));
    cloud.setAccount(seedAccount());
    const auto port = cloud.listen();
    QVERIFY(port.ok());
    const QString portText = QString::number(*port);
    NodeAgent wrong(portText, m_certs.ca, QStringLiteral("ana"), passwordOf("not-her-password"));
    const QJsonObject error = wrong.waitForEvent(QStringLiteral("error"), 20000);
    QVERIFY2(error.value("message").toString().contains(QStringLiteral("wrong password")),
             qPrintable(wrong.log()));
    QVERIFY(wrong.events(QStringLiteral("connected")).isEmpty());
}

QTEST_MAIN(tst_AgentSdk)
#include "tst_agentsdk.moc"
