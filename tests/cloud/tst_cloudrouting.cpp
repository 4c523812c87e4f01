// The seed's routing, end to end over real sockets on 127.0.0.1: the sample routing bot deployed
// as a bot agent (logged in through the agent API with its OAuth keys), consumers on the
// consumer API, human agents on the agent API. Routes: hi -> the bot; "agent" -> ana (skill
// human); "bill" -> ben (billing), not ana; with ben offline the conversation waits and rings
// him when he comes online; stopping the bot leaves its conversations waiting.

#include "agentclient.h"
#include "botagent.h"
#include "cloudtesting.h"
#include "consumerclient.h"
#include "projectfile.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dialogsmith;
using namespace dialogsmith::cloud;
using namespace dialogsmith::cloud::testing;

namespace {

const QString kTransferMessage = QStringLiteral("Hold on while I transfer you to an agent.");

/// The texts of the content events a consumer received, in order, with who sent them.
QStringList texts(const ConsumerClient &consumer, const QString &role = {})
{
    QStringList out;
    for (const QJsonObject &e : consumer.events()) {
        const QJsonObject event = e.value("event").toObject();
        if (event.value("type") != QLatin1String("ContentEvent"))
            continue;
        if (!role.isEmpty()
            && e.value("originatorMetadata").toObject().value("role").toString() != role)
            continue;
        out.append(event.value("message").toString());
    }
    return out;
}

/// A human agent on the agent API who goes online, subscribes and records rings.
struct HumanAgent
{
    HumanAgent(CloudServer &cloud, QNetworkAccessManager &network, const QString &login,
               const QString &password)
        : client({cloud.hostPort(), false, {}}, {seedAccountId, login, password, std::nullopt},
                 &network)
    {
        QObject::connect(
                &client, &MessagingClient::notification,
                [this](const QString &type, const QJsonObject &body) {
                    if (type != QLatin1String(".ams.routing.RoutingTaskNotification"))
                        return;
                    for (const QJsonValue &v : body.value("changes").toArray()) {
                        const QJsonObject result = v.toObject().value("result").toObject();
                        for (const QJsonValue &r : result.value("ringsDetails").toArray()) {
                            if (r.toObject().value("ringState") == QLatin1String("WAITING"))
                                rings.append(r.toObject());
                        }
                    }
                });
    }
    bool goOnline()
    {
        QSignalSpy connected(&client, &AgentClient::connectedToCloud);
        client.connectToCloud();
        if (!connected.wait(5000))
            return false;
        int answers = 0;
        client.setAgentState(QStringLiteral("ONLINE"),
                             [&](int code, const QJsonValue &) { answers += code == 200; });
        client.subscribeRoutingTasks([&](int code, const QJsonValue &) { answers += code == 200; });
        return QTest::qWaitFor([&] { return answers == 2; }, 5000);
    }
    bool accept(const QString &conversationId)
    {
        for (const QJsonObject &ring : std::as_const(rings)) {
            if (ring.value("convId").toString() != conversationId)
                continue;
            int code = 0;
            client.updateRingState(ring.value("ringId").toString(), true,
                                   [&](int c, const QJsonValue &) { code = c; });
            return QTest::qWaitFor([&] { return code != 0; }, 5000) && code == 200;
        }
        return false;
    }
    bool rungFor(const QString &conversationId) const
    {
        return std::any_of(rings.begin(), rings.end(), [&](const QJsonObject &r) {
            return r.value("convId").toString() == conversationId;
        });
    }

    AgentClient client;
    QList<QJsonObject> rings;
};

} // namespace

class tst_CloudRouting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void routesToTheRightSkill();
    void waitsForAnOfflineSkillAndRingsWhenAnAgentComesOnline();
    void wrongKeysKeepTheBotOffline();
    void humanUserCannotBeTheBotAgent();
    void stoppedBotLetsConversationsWaitAndAnswersWhenStarted();

private:
    std::unique_ptr<BotAgent> makeBot(const OAuthKeys &keys, const QString &login = "routing-bot");
    std::unique_ptr<ConsumerClient> consumer();

    std::unique_ptr<CloudServer> m_cloud;
    QNetworkAccessManager m_network;
    document::Bot m_bot;
};

void tst_CloudRouting::init()
{
    m_cloud = std::make_unique<CloudServer>(cloudOptions());
    m_cloud->setAccount(seedAccount());
    QVERIFY(m_cloud->listen().ok());
    auto loaded = format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    QVERIFY(loaded.ok());
    m_bot = loaded->bot;
}

void tst_CloudRouting::cleanup()
{
    m_cloud.reset();
}

std::unique_ptr<BotAgent> tst_CloudRouting::makeBot(const OAuthKeys &keys, const QString &login)
{
    BotAgentSetup setup;
    setup.endpoint = {m_cloud->hostPort(), false, {}};
    setup.credentials = {seedAccountId, login, {}, keys};
    setup.bot = m_bot;
    setup.runtime.environmentOverrides
            = {{QStringLiteral("lpPlatformHost"), m_cloud->baseUrl().toString()},
               {QStringLiteral("humanSkillId"), QStringLiteral("1002")},
               {QStringLiteral("billingSkillId"), QStringLiteral("1003")}};
    const QHash<QString, QString> secrets = seedSecrets();
    setup.runtime.secret = [secrets](const QString &name) -> std::optional<QString> {
        const auto it = secrets.constFind(name);
        return it == secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    };
    return std::make_unique<BotAgent>(std::move(setup));
}

std::unique_ptr<ConsumerClient> tst_CloudRouting::consumer()
{
    auto c = std::make_unique<ConsumerClient>(CloudEndpoint{m_cloud->hostPort(), false, {}},
                                              seedAccountId, &m_network);
    QSignalSpy connected(c.get(), &ConsumerClient::connectedToCloud);
    c->connectToCloud();
    if (!connected.wait(5000))
        return nullptr;
    int code = 0;
    c->requestConversation([&](int answer, const QJsonValue &) { code = answer; });
    if (!QTest::qWaitFor([&] { return code != 0; }, 5000) || code != 200)
        return nullptr;
    return c;
}

void tst_CloudRouting::routesToTheRightSkill()
{
    auto bot = makeBot(keysOf("routing-bot"));
    bot->start();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Online);

    HumanAgent ana(*m_cloud, m_network, "ana", "ana-password");
    HumanAgent ben(*m_cloud, m_network, "ben", "ben-password");
    QVERIFY(ana.goOnline());
    QVERIFY(ben.goOnline());

    // "hi" -> the bot answers.
    auto alice = consumer();
    QVERIFY(alice);
    alice->publishText(QStringLiteral("hi"));
    QTRY_COMPARE(texts(*alice, "ASSIGNED_AGENT"), QStringList{routingBotGreeting});
    QCOMPARE(bot->conversationCount(), 1);

    // "agent" -> the bot's transfer message, then ana (skill human) is rung, not ben.
    alice->publishText(QStringLiteral("I want to speak to an agent"));
    QTRY_VERIFY(texts(*alice).contains(kTransferMessage));
    QTRY_VERIFY(ana.rungFor(alice->conversationId()));
    QVERIFY(!ben.rungFor(alice->conversationId()));
    const ConversationRecord *record
            = m_cloud->brand(seedAccountId)->conversation(alice->conversationId());
    QCOMPARE(record->skillId, 1002);
    QVERIFY(record->participant(Role::AssignedAgent) == nullptr);
    QTRY_COMPARE(bot->conversationCount(), 0); // the bot left

    QVERIFY(ana.accept(alice->conversationId()));
    ana.client.publishText(alice->conversationId(), QStringLiteral("Hi, this is Ana."));
    QTRY_VERIFY(texts(*alice, "ASSIGNED_AGENT").contains(QStringLiteral("Hi, this is Ana.")));
    QCOMPARE(record->assignedAgentUserId(), QStringLiteral("2"));

    // "bill" -> ben (billing), not ana.
    auto bob = consumer();
    QVERIFY(bob);
    bob->publishText(QStringLiteral("what is my bill"));
    QTRY_VERIFY(ben.rungFor(bob->conversationId()));
    QVERIFY(!ana.rungFor(bob->conversationId()));
    QCOMPARE(m_cloud->brand(seedAccountId)->conversation(bob->conversationId())->skillId, 1003);

    // Ana closes; alice sees her conversation closed by the agent.
    int closed = 0;
    ana.client.closeConversation(alice->conversationId(),
                                 [&](int code, const QJsonValue &) { closed = code; });
    QTRY_COMPARE(closed, 200);
    QTRY_COMPARE(alice->conversationDetails().value("state").toString(), QStringLiteral("CLOSE"));
    QCOMPARE(alice->conversationDetails().value("closeReason").toString(), QStringLiteral("AGENT"));
    QCOMPARE(m_cloud->brand(seedAccountId)->load("2"), 0);
}

void tst_CloudRouting::waitsForAnOfflineSkillAndRingsWhenAnAgentComesOnline()
{
    auto bot = makeBot(keysOf("routing-bot"));
    bot->start();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Online);

    auto bob = consumer();
    QVERIFY(bob);
    bob->publishText(QStringLiteral("what is my bill"));
    // Nobody on billing: the conversation waits in the queue and bob is told.
    QTRY_COMPARE(m_cloud->brand(seedAccountId)->queue(1003), QStringList{bob->conversationId()});
    QTRY_VERIFY(
            !texts(*bob, "CONTROLLER").filter(QStringLiteral("All agents for billing")).isEmpty());

    HumanAgent ben(*m_cloud, m_network, "ben", "ben-password");
    QVERIFY(ben.goOnline());
    QTRY_VERIFY(ben.rungFor(bob->conversationId()));
    QVERIFY(ben.accept(bob->conversationId()));
    QVERIFY(m_cloud->brand(seedAccountId)->queue(1003).isEmpty());
}

void tst_CloudRouting::wrongKeysKeepTheBotOffline()
{
    OAuthKeys wrong = keysOf("routing-bot");
    wrong.accessTokenSecret = QStringLiteral("not-the-secret");
    auto bot = makeBot(wrong);
    QSignalSpy status(bot.get(), &BotAgent::statusChanged);
    bot->start();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Error);
    QVERIFY2(bot->error().contains(QStringLiteral("refused")), qPrintable(bot->error()));
    QCOMPARE(m_cloud->brand(seedAccountId)->availability("1"), Availability::Offline);
    QCOMPARE(status.first().first().value<BotAgent::Status>(), BotAgent::Status::Starting);

    // Unknown login names and accounts say so.
    auto stranger = makeBot(keysOf("routing-bot"), QStringLiteral("nobody"));
    stranger->start();
    QTRY_COMPARE(stranger->status(), BotAgent::Status::Error);
    QVERIFY2(stranger->error().contains(QStringLiteral("unknown login name")),
             qPrintable(stranger->error()));
}

void tst_CloudRouting::humanUserCannotBeTheBotAgent()
{
    auto bot = makeBot(keysOf("carl"), QStringLiteral("carl"));
    bot->start();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Error);
    QVERIFY2(bot->error().contains(QStringLiteral("not a Bot user")), qPrintable(bot->error()));
}

void tst_CloudRouting::stoppedBotLetsConversationsWaitAndAnswersWhenStarted()
{
    auto bot = makeBot(keysOf("routing-bot"));
    bot->start();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Online);
    auto alice = consumer();
    QVERIFY(alice);
    alice->publishText(QStringLiteral("hi"));
    QTRY_COMPARE(texts(*alice, "ASSIGNED_AGENT").size(), 1);

    bot->stop();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Offline);
    QTRY_COMPARE(m_cloud->brand(seedAccountId)->availability("1"), Availability::Offline);
    alice->publishText(QStringLiteral("Good morning!"));
    QTest::qWait(300);
    QCOMPARE(texts(*alice, "ASSIGNED_AGENT").size(), 1); // nobody answers while it is stopped

    bot->start();
    QTRY_COMPARE(bot->status(), BotAgent::Status::Online);
    QTRY_COMPARE(texts(*alice, "ASSIGNED_AGENT"),
                 (QStringList{routingBotGreeting, routingBotGreeting}));
    // The same conversation, with the bot still its agent.
    QCOMPARE(m_cloud->brand(seedAccountId)
                     ->conversation(alice->conversationId())
                     ->assignedAgentUserId(),
             QStringLiteral("1"));
}

QTEST_MAIN(tst_CloudRouting)
#include "tst_cloudrouting.moc"
