// The studio's embedded cloud: started on demand on a free port of 127.0.0.1 from an account
// file, refusing clearly without one, hosting deployed bot agents that real consumers reach,
// following the file when it changes, and stopping cleanly.

#include "accountfile.h"
#include "brand.h"
#include "cloudtesting.h"
#include "consumerclient.h"
#include "embeddedcloud.h"
#include "projectfile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith;
using namespace dialogsmith::cloud;
using namespace dialogsmith::cloud::testing;

class tst_EmbeddedCloud : public QObject
{
    Q_OBJECT

private slots:
    void refusesWithoutAnAccountFile();
    void refusesAnAccountFileWithErrors();
    void servesTheAccountAndHostsABotAConsumerTalksTo();
    void followsTheAccountFile();

private:
    QTemporaryDir m_tmp;
};

void tst_EmbeddedCloud::refusesWithoutAnAccountFile()
{
    const QString file = m_tmp.filePath(QStringLiteral("missing/account.json"));
    EmbeddedCloud cloud(file, seedSecretLookup());
    const document::Result<quint16> started = cloud.start();
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(file), qPrintable(started.error().message));
    QVERIFY(!cloud.isRunning());
    QVERIFY(cloud.baseUrl().isEmpty());
    QVERIFY(!cloud.deployments());
}

void tst_EmbeddedCloud::refusesAnAccountFileWithErrors()
{
    const QString file = m_tmp.filePath(QStringLiteral("broken.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"dialogsmith-account\", \"version\": 1,\n  \"accountId\": ");
    f.close();
    EmbeddedCloud cloud(file, seedSecretLookup());
    const document::Result<quint16> started = cloud.start();
    QVERIFY(!started);
    // The file's name and the located message.
    QVERIFY2(started.error().message.startsWith(QStringLiteral("broken.json: ")),
             qPrintable(started.error().message));
    QVERIFY2(started.error().message.contains(QStringLiteral("line")),
             qPrintable(started.error().message));
    QVERIFY(!cloud.isRunning());
}

void tst_EmbeddedCloud::servesTheAccountAndHostsABotAConsumerTalksTo()
{
    const QString file = m_tmp.filePath(QStringLiteral("served/account.json"));
    const document::Result<void> saved = saveAccountFile(seedAccountFile(), file);
    QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().toString()));
    EmbeddedCloud cloud(file, seedSecretLookup());
    QSignalSpy running(&cloud, &EmbeddedCloud::runningChanged);
    const document::Result<quint16> started = cloud.start();
    QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().message));
    QVERIFY(*started > 0);
    QVERIFY(cloud.isRunning());
    QCOMPARE(running.size(), 1);
    // Started again it is the same cloud.
    QCOMPARE(*cloud.start(), *started);
    QCOMPARE(running.size(), 1);
    QCOMPARE(cloud.accountId(), seedAccountId);
    QCOMPARE(cloud.visitorUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/visitor/?siteid=12345678").arg(*started));
    QCOMPARE(cloud.agentConsoleUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/agent/").arg(*started));

    // CSDS answers over a real socket.
    QNetworkAccessManager network;
    QUrl csds = cloud.baseUrl();
    csds.setPath(QStringLiteral("/api/account/12345678/service/baseURI.json"));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(csds)));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    // The sample bot deployed and started answers a consumer.
    auto loaded = format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    QVERIFY(loaded.ok());
    Deployment d;
    d.bot = loaded->bot;
    d.accountId = seedAccountId;
    d.loginName = QStringLiteral("routing-bot");
    d.keyNames = keyNames(seedAccountId, d.loginName);
    QVERIFY(cloud.deployments()->deploy(d).ok());
    QVERIFY(cloud.deployments()->start(seedAccountId, d.loginName).ok());
    QTRY_COMPARE(cloud.deployments()->status(seedAccountId, d.loginName)->status,
                 BotAgent::Status::Online);

    ConsumerClient consumer({cloud.server()->hostPort(), false, {}}, seedAccountId, &network);
    QVERIFY(openConversationAndSay(consumer, QStringLiteral("hi")));
    QTRY_COMPARE(agentMessages(consumer), QStringList{routingBotGreeting});

    // Stopped: nothing listens any more, and it starts again.
    cloud.stop();
    QVERIFY(!cloud.isRunning());
    QVERIFY(!cloud.server());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    std::unique_ptr<QNetworkReply> refused(network.get(QNetworkRequest(csds)));
    QTRY_VERIFY(refused->isFinished());
    QCOMPARE(refused->error(), QNetworkReply::ConnectionRefusedError);
    QVERIFY(cloud.start().ok());
    QVERIFY(cloud.isRunning());
}

void tst_EmbeddedCloud::followsTheAccountFile()
{
    const QString file = m_tmp.filePath(QStringLiteral("followed/account.json"));
    Account account = seedAccountFile();
    QVERIFY(saveAccountFile(account, file).ok());
    EmbeddedCloud cloud(file, seedSecretLookup());
    QVERIFY(cloud.start().ok());
    QCOMPARE(cloud.server()->brand(seedAccountId)->account().skills.size(), 3);

    account.skills.append({1004, QStringLiteral("sales")});
    QVERIFY(saveAccountFile(account, file).ok());
    QTRY_COMPARE(cloud.server()->brand(seedAccountId)->account().skills.size(), 4);

    // A broken file is reported and the cloud keeps the account it had.
    QSignalSpy problems(&cloud, &EmbeddedCloud::accountProblem);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{");
    f.close();
    QTRY_VERIFY(!problems.isEmpty());
    QVERIFY(problems.constFirst().at(0).toString().startsWith(QStringLiteral("account.json: ")));
    QCOMPARE(cloud.server()->brand(seedAccountId)->account().skills.size(), 4);
}

QTEST_GUILESS_MAIN(tst_EmbeddedCloud)
#include "tst_embeddedcloud.moc"
