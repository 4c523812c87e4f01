// The agent hand-off end to end, in process: the seed routing bot and an ESCALATION interaction
// on the runtime, the real HTTP and escalation clients, and the agent desk on 127.0.0.1.

#include "agentdesk.h"
#include "agentmessagepoller.h"
#include "botruntime.h"
#include "conversation.h"
#include "embeddedagentdesk.h"
#include "escalationclient.h"
#include "escalationpresets.h"
#include "httpclient.h"
#include "projectfile.h"
#include "secretstore.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace dialogsmith;
using namespace dialogsmith::network;
using namespace dialogsmith::runtime;

namespace {

document::Bot routingBot()
{
    const auto loaded = format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    Q_ASSERT(loaded);
    return loaded->bot;
}

/// One conversation of a runtime on the real clients, and what it said.
struct Chat
{
    Chat(const document::Bot &bot, const QUrl &deskBase, const QString &key,
         Channel channel = Channel::Messaging)
        : escalations(http)
    {
        RuntimeOptions options;
        options.environmentOverrides = {{escalationHostVariable(), deskBase.toString()},
                                        {QStringLiteral("humanSkillId"), QStringLiteral("1")},
                                        {QStringLiteral("billingSkillId"), QStringLiteral("2")}};
        options.secret = secretResolver({{escalationSecretName(), key}});
        escalations.setTarget({deskBase.toString() + escalationPath(), key, 2000});
        runtime = std::make_unique<BotRuntime>(bot, options, &http, &escalations);
        conversation = runtime->startConversation({channel, QStringLiteral("user-7"), {}});
        QObject::connect(conversation, &Conversation::messageSent,
                         [this](const BotMessage &m) { said.append(m.summary()); });
        QObject::connect(conversation, &Conversation::eventOccurred,
                         [this](const RuntimeEvent &e) { events.append(e); });
    }

    QStringList say(const QString &text)
    {
        said.clear();
        events.clear();
        conversation->send(text);
        std::ignore = QTest::qWaitFor([this] { return !conversation->isBusy(); }, 5000);
        return said;
    }
    QStringList errors() const
    {
        QStringList out;
        for (const RuntimeEvent &e : events) {
            if (e.type == RuntimeEvent::Type::Error)
                out.append(e.text);
        }
        return out;
    }

    HttpClient http;
    EscalationClient escalations;
    std::unique_ptr<BotRuntime> runtime;
    Conversation *conversation = nullptr;
    QStringList said;
    QList<RuntimeEvent> events;
};

AgentDeskOptions deskOptions()
{
    AgentDeskOptions o;
    o.key = QStringLiteral("the-desk-key");
    o.skills = {{QStringLiteral("human"), QStringLiteral("1")},
                {QStringLiteral("billing"), QStringLiteral("2")}};
    return o;
}

} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT

private slots:
    void seedBotPostsTheSixFieldsWithTheKey()
    {
        AgentDesk desk(deskOptions());
        QVERIFY(desk.listen(0).ok());
        QSignalSpy queued(&desk, &AgentDesk::transferQueued);
        Chat chat(routingBot(), desk.baseUrl(), QStringLiteral("the-desk-key"));
        QSignalSpy tickets(&chat.http, &HttpClient::escalationQueued);

        QVERIFY(chat.say(QStringLiteral("I want to speak to an agent")).isEmpty());
        QVERIFY2(chat.errors().isEmpty(), qPrintable(chat.errors().join(QLatin1Char('\n'))));
        QCOMPARE(queued.count(), 1);
        const DeskTransfer t = queued.first().first().value<DeskTransfer>();
        QStringList fields = t.fields;
        QStringList expected = escalationFields();
        fields.sort();
        expected.sort();
        QCOMPARE(fields, expected); // exactly the six
        QCOMPARE(t.userPlatformId, QStringLiteral("user-7"));
        QCOMPARE(t.chatBotId, chat.runtime->bot().id);
        QVERIFY(!t.chatBotId.isEmpty());
        QCOMPARE(t.message, QStringLiteral("Hold on while I transfer you to an agent."));
        QCOMPARE(t.conversationId, chat.conversation->id());
        QCOMPARE(t.skillName, QStringLiteral("human"));
        QCOMPARE(t.skillId, QStringLiteral("1"));
        QCOMPARE(chat.conversation->variable(QStringLiteral("api_EscalationStatus")),
                 std::optional<QString>(QStringLiteral("200")));

        // The client reports the transfer for whoever follows the conversation.
        QCOMPARE(tickets.count(), 1);
        const EscalationTicket ticket = tickets.first().first().value<EscalationTicket>();
        QCOMPARE(ticket.conversationId, chat.conversation->id());
        QCOMPARE(ticket.transferId, t.id);
        QCOMPARE(ticket.authorization, QStringLiteral("the-desk-key"));
        QCOMPARE(ticket.skillId, QStringLiteral("1"));

        // The key never shows in the log.
        for (const RuntimeEvent &e : std::as_const(chat.events)) {
            QVERIFY(!e.describe().contains(QStringLiteral("the-desk-key")));
            QVERIFY(!e.detail.contains(QStringLiteral("the-desk-key")));
        }
    }

    void wrongKeyIsRefusedAndTheUserIsTold()
    {
        AgentDesk desk(deskOptions());
        QVERIFY(desk.listen(0).ok());
        QSignalSpy log(&desk, &AgentDesk::requestHandled);
        Chat chat(routingBot(), desk.baseUrl(), QStringLiteral("not-the-key"));
        QCOMPARE(chat.say(QStringLiteral("agent")),
                 QStringList{Conversation::transferFailedText()});
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.first().first().value<DeskRequestLog>().status, 401);
        QCOMPARE(chat.errors(),
                 QStringList{QStringLiteral(
                         "integration \"Escalation\" failed: the server answered HTTP 401 "
                         "Unauthorized: {\"error\":\"the Authorization header does not match the "
                         "desk key\"}")});
        QVERIFY(desk.transfers().isEmpty());
        // The conversation goes on.
        QCOMPARE(chat.say(QStringLiteral("hi")).size(), 1);
    }

    void unknownSkillAndNoDesk()
    {
        AgentDesk desk(deskOptions());
        QVERIFY(desk.listen(0).ok());
        Chat chat(routingBot(), desk.baseUrl(), QStringLiteral("the-desk-key"));
        chat.runtime.reset();
        // The US skill ids are not on this desk.
        RuntimeOptions options;
        options.environmentOverrides = {{escalationHostVariable(), desk.baseUrl().toString()}};
        options.secret = secretResolver({{escalationSecretName(), QStringLiteral("the-desk-key")}});
        BotRuntime runtime(routingBot(), options, &chat.http, &chat.escalations);
        Conversation *c = runtime.startConversation({Channel::Messaging, {}, {}});
        QStringList said;
        QStringList errors;
        QObject::connect(c, &Conversation::messageSent,
                         [&said](const BotMessage &m) { said.append(m.summary()); });
        QObject::connect(c, &Conversation::eventOccurred, [&errors](const RuntimeEvent &e) {
            if (e.type == RuntimeEvent::Type::Error)
                errors.append(e.text);
        });
        c->send(QStringLiteral("agent"));
        QTRY_COMPARE_WITH_TIMEOUT(said, QStringList{Conversation::transferFailedText()}, 3000);
        QVERIFY(errors.first().contains(QStringLiteral("HTTP 422")));

        // Nothing listens: the failure comes at once.
        const quint16 closed = testing::closedPort();
        Chat nowhere(routingBot(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed)),
                     QStringLiteral("k"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(nowhere.say(QStringLiteral("agent")),
                 QStringList{Conversation::transferFailedText()});
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(nowhere.errors().first().contains(QStringLiteral("the connection was refused")));
    }

    void acceptedTransfersAgentReplyReachesTheConversation()
    {
        AgentDesk desk(deskOptions());
        QVERIFY(desk.listen(0).ok());
        Chat chat(routingBot(), desk.baseUrl(), QStringLiteral("the-desk-key"));
        std::unique_ptr<AgentMessagePoller> poller;
        QStringList replies;
        QStringList states;
        QObject::connect(&chat.http, &HttpClient::escalationQueued,
                         [&](const EscalationTicket &ticket) {
                             poller = std::make_unique<AgentMessagePoller>(chat.http, ticket);
                             poller->setWaitSeconds(5);
                             QObject::connect(poller.get(), &AgentMessagePoller::agentMessage,
                                              [&replies](const QString &t) { replies.append(t); });
                             QObject::connect(poller.get(), &AgentMessagePoller::stateChanged,
                                              [&states](const QString &s) { states.append(s); });
                             poller->start();
                         });
        chat.say(QStringLiteral("agent"));
        QVERIFY(poller);
        QCOMPARE(poller->messagesUrl().path(),
                 QStringLiteral("/desk/conversations/%1/messages").arg(chat.conversation->id()));
        QTRY_COMPARE_WITH_TIMEOUT(states, QStringList{QStringLiteral("queued")}, 2000);

        const QString id = desk.transfers().first().id;
        QVERIFY(desk.accept(id).ok());
        QVERIFY(desk.sendMessage(id, QStringLiteral("Hello, this is Ana from support.")).ok());
        QVERIFY(desk.sendMessage(id, QStringLiteral("How can I help?")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(replies,
                                  (QStringList{QStringLiteral("Hello, this is Ana from support."),
                                               QStringLiteral("How can I help?")}),
                                  2000);
        QSignalSpy closed(poller.get(), &AgentMessagePoller::transferClosed);
        QVERIFY(desk.closeTransfer(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 2000);
        QVERIFY(!poller->isRunning());
        QCOMPARE(states.last(), QStringLiteral("closed"));
        QCOMPARE(replies.size(), 2); // each once
    }

    void pollerGivesUpOnAHostThatIsNoDesk()
    {
        testing::TestHttpServer notADesk;
        HttpClient http;
        EscalationTicket ticket;
        ticket.endpoint = QUrl(notADesk.url(escalationPath()));
        ticket.conversationId = QStringLiteral("c-1");
        AgentMessagePoller poller(http, ticket);
        QSignalSpy failed(&poller, &AgentMessagePoller::failed);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 2000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("not an agent desk")));
        QVERIFY(!poller.isRunning());
    }

    void escalationInteractionUsesTheSameEndpoint()
    {
        document::Interaction transfer = document::Interaction::create(
                document::InteractionType::Escalation, QStringLiteral("to billing"));
        transfer.text = QStringLiteral("BLANK_MESSAGE");
        transfer.skillId = QStringLiteral("2");
        transfer.skillName = QStringLiteral("billing");
        document::Interaction start = document::Interaction::create(
                document::InteractionType::DialogStarter, QStringLiteral("start"));
        start.patterns = {QStringLiteral("bill*")};
        document::Dialog d
                = document::Dialog::create(QStringLiteral("Billing"), document::DialogType::Dialog);
        d.interactions = {start, transfer};
        document::Bot bot;
        bot.id = QStringLiteral("bot-42");
        bot.dialogs = {d};

        AgentDesk desk(deskOptions());
        QVERIFY(desk.listen(0).ok());
        QSignalSpy queued(&desk, &AgentDesk::transferQueued);
        Chat chat(bot, desk.baseUrl(), QStringLiteral("the-desk-key"));
        QVERIFY(chat.say(QStringLiteral("billing please")).isEmpty());
        QVERIFY2(chat.errors().isEmpty(), qPrintable(chat.errors().join(QLatin1Char('\n'))));
        QCOMPARE(queued.count(), 1);
        const DeskTransfer t = queued.first().first().value<DeskTransfer>();
        QCOMPARE(t.fields.size(), 6);
        QCOMPARE(t.skillId, QStringLiteral("2"));
        QCOMPARE(t.chatBotId, QStringLiteral("bot-42"));
        QCOMPARE(t.userPlatformId, QStringLiteral("user-7"));
        QCOMPARE(t.message, QString()); // BLANK_MESSAGE sends no text
        QCOMPARE(t.conversationId, chat.conversation->id());

        // With a wrong key the user hears it, and the key is not in the error.
        chat.escalations.setTarget(
                {desk.escalationEndpoint().toString(), QStringLiteral("s3cr3t"), 2000});
        chat.say(QStringLiteral("reset"));
        QCOMPARE(chat.say(QStringLiteral("billing")),
                 QStringList{Conversation::transferFailedText()});
        QVERIFY(chat.errors().first().startsWith(
                QStringLiteral("agent transfer failed: the server answered HTTP 401")));
        for (const RuntimeEvent &e : std::as_const(chat.events))
            QVERIFY(!e.describe().contains(QStringLiteral("s3cr3t")));

        // No endpoint at all: a sentence that says what to set.
        chat.escalations.setTarget({});
        chat.say(QStringLiteral("reset"));
        chat.say(QStringLiteral("billing"));
        QVERIFY(chat.errors().first().contains(QStringLiteral("no escalation endpoint is set")));
    }

    void embeddedDeskStartsOnDemand()
    {
        EmbeddedAgentDesk embedded;
        QVERIFY(!embedded.isRunning());
        QCOMPARE(embedded.port(), 0);
        QSignalSpy started(&embedded, &EmbeddedAgentDesk::started);
        const auto port = embedded.ensureStarted();
        QVERIFY(port.ok());
        QCOMPARE(started.count(), 1);
        QCOMPARE(embedded.port(), *port);
        QCOMPARE(embedded.ensureStarted().value(), *port); // already running
        QCOMPARE(started.count(), 1);
        QVERIFY(embedded.key().size() >= 40);
        QCOMPARE(embedded.environmentOverrides().value(escalationHostVariable()),
                 QStringLiteral("http://127.0.0.1:%1").arg(*port));

        // The seed bot hands over to it with nothing but the overrides and the key.
        Chat chat(routingBot(), embedded.baseUrl(), embedded.key());
        QSignalSpy queued(embedded.desk(), &AgentDesk::transferQueued);
        chat.say(QStringLiteral("agent"));
        QCOMPARE(queued.count(), 1);

        const QString oldKey = embedded.key();
        embedded.stop();
        QVERIFY(!embedded.isRunning());
        QVERIFY(embedded.ensureStarted().ok());
        QVERIFY(embedded.key() != oldKey);                // a new key each start
        QCOMPARE(embedded.desk()->transfers().size(), 1); // transfers stay
    }

    void presetsAreData()
    {
        const QList<EscalationPreset> presets = escalationPresets();
        QCOMPARE(presets.size(), 4);
        QCOMPARE(presets.at(0).url, QStringLiteral("https://platformservice.botcentralapi.com"
                                                   "/botservice-0.1/botcentral/livePersonAgent"));
        QCOMPARE(presets.at(1).url, QStringLiteral("https://platformservice-eu.botcentralapi.com"
                                                   "/botservice-0.1/botcentral/livePersonAgent"));
        QCOMPARE(presets.at(2).url, QStringLiteral("https://platformservice-ap.botcentralapi.com"
                                                   "/botservice-0.1/botcentral/livePersonAgent"));
        QCOMPARE(presets.at(3).url,
                 QStringLiteral("{$env.lpPlatformHost}/botservice-0.1/botcentral/livePersonAgent"));
        QCOMPARE(presets.at(3).endpoint(QUrl(QStringLiteral("http://127.0.0.1:8750"))),
                 QUrl(QStringLiteral(
                         "http://127.0.0.1:8750/botservice-0.1/botcentral/livePersonAgent")));
        QCOMPARE(escalationBase(QUrl(presets.at(1).url)),
                 QUrl(QStringLiteral("https://platformservice-eu.botcentralapi.com")));
        QVERIFY(isEscalationEndpoint(QUrl(presets.at(2).url)));

        // The preset makes the seed's integration.
        const document::Bot seed = routingBot();
        document::Integration made
                = applyEscalationPreset(document::Integration::create(QStringLiteral("Escalation")),
                                        EscalationRegion::LocalAgentDesk);
        QCOMPARE(made.url, seed.integrations.first().url);
        QCOMPARE(made.method, QStringLiteral("POST"));
        QCOMPARE(made.headers.first().value, QStringLiteral("{$secret.lpApiKey}"));
        QCOMPARE(made.body, seed.integrations.first().body);

        // Where ESCALATION interactions go: the environment's host, the lpApiKey secret.
        const EscalationTarget target = escalationTargetFor(
                {{QStringLiteral("lpPlatformHost"), QStringLiteral("http://127.0.0.1:8750/")}},
                secretResolver({{QStringLiteral("lpApiKey"), QStringLiteral("k")}}));
        QCOMPARE(target.endpoint,
                 QStringLiteral("http://127.0.0.1:8750/botservice-0.1/botcentral/livePersonAgent"));
        QCOMPARE(target.authorization, QStringLiteral("k"));
        QVERIFY(escalationTargetFor({}, {}).endpoint.isEmpty());

        EscalationRequest r;
        r.userId = QStringLiteral("u");
        r.botId = QStringLiteral("b");
        r.message = QStringLiteral("say \"hi\"");
        r.conversationId = QStringLiteral("c");
        r.skillName = QStringLiteral("s");
        r.skillId = QStringLiteral("1");
        const QByteArray expected = "{\"userPlatformId\":\"u\",\"chatBotId\":\"b\",\"message\":"
                                    "\"say \\\"hi\\\"\",\"conversationId\":\"c\","
                                    "\"agentSkillName\":\"s\",\"agentSkillId\":\"1\"}";
        QCOMPARE(escalationBody(r), expected);
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
