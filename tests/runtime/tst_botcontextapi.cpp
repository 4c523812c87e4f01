#include "runtimetesting.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace dialogsmith::runtime;
using namespace dialogsmith::runtime::testing;

namespace {

/// A bot whose only dialog starts on any message and runs `code` as the pre-process of a
/// statement named "probe" that sends nothing itself.
Bot scriptBot(const QString &code, const QString &globals = {})
{
    Interaction probe
            = text(QStringLiteral("probe"), QStringLiteral("BLANK_MESSAGE"), Action::end());
    probe.preProcess = code;
    return bot({dialog(QStringLiteral("Probe"),
                       {starter(QStringLiteral("any"), {QStringLiteral("*")}), probe,
                        text(QStringLiteral("target"), QStringLiteral("target reached"),
                             Action::end())})},
               globals);
}

} // namespace

class TestBotContextApi : public QObject
{
    Q_OBJECT

private slots:
    void channelFunctions()
    {
        const Bot b = scriptBot(QStringLiteral("botContext.sendMessage(botContext.getChannel() + "
                                               "'/' + botContext.getUserChannel());"));
        QCOMPARE(Harness(b).say(QStringLiteral("x")), QStringList{QStringLiteral("web/web")});
        QCOMPARE(Harness(b, {}, {Channel::Messaging, {}, {}}).say(QStringLiteral("x")),
                 QStringList{QStringLiteral("messaging/messaging")});
    }

    void identityFunctions()
    {
        Harness h(scriptBot(QStringLiteral(
                          "botContext.sendMessages([botContext.getUserPlatformId(), "
                          "botContext.getConversationId(), botContext.getChatBotId()]);")),
                  {}, {Channel::Web, QStringLiteral("u-1"), QStringLiteral("c-1")});
        QCOMPARE(h.say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("u-1"), QStringLiteral("c-1"),
                              QStringLiteral("test-bot")}));
    }

    void sendFunctions()
    {
        Harness h(scriptBot(QStringLiteral(
                "botContext.sendMessage('one');\n"
                "botContext.sendMessages(['two', 'three']);\n"
                "botContext.sendMessageWithQuickReplies('pick', ['Ranch~sauce01', 'BBQ']);")));
        QCOMPARE(h.say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                              QStringLiteral("pick")}));
        const QList<Choice> choices = h.probe.messages().last().choices;
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).title, QStringLiteral("Ranch"));
        QCOMPARE(choices.at(0).payload, QStringLiteral("sauce01"));
        QCOMPARE(choices.at(1).payload, QStringLiteral("BBQ"));
    }

    void sendImmediateReply()
    {
        Harness h(scriptBot(QStringLiteral("botContext.sendImmediateReply(['a', 'b']);\n"
                                           "botContext.sendMessage('never');")));
        QCOMPARE(h.say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(h.probe.errors().isEmpty());
    }

    void setAndGetBotVariable()
    {
        Harness h(scriptBot(QStringLiteral(
                "botContext.setBotVariable('n', 10, true, false);\n"
                "botContext.setBotVariable('flag', true, true, false);\n"
                "botContext.setBotVariable('obj', {a: [1, 2]}, true, false);\n"
                "botContext.setBotVariable('req', 'turn only', false, false);\n"
                "botContext.setBotVariable('gone', 'x', true, false);\n"
                "botContext.setBotVariable('gone', null, true, false);\n"
                "var n = botContext.getBotVariable('n');\n"
                "botContext.sendMessages([typeof n, n * 2, botContext.getBotVariable('obj').a[1],\n"
                "  String(botContext.getBotVariable('missing')), "
                "botContext.getBotVariable('req'),\n"
                "  String(botContext.getBotVariable('gone'))]);")));
        QCOMPARE(h.say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("string"), QStringLiteral("20"), QStringLiteral("2"),
                              QStringLiteral("null"), QStringLiteral("turn only"),
                              QStringLiteral("null")}));
        QCOMPARE(h.variable(QStringLiteral("n")), QStringLiteral("10"));
        QCOMPARE(h.variable(QStringLiteral("flag")), QStringLiteral("true"));
        QCOMPARE(h.variable(QStringLiteral("obj")), QStringLiteral("{\"a\":[1,2]}"));
        QVERIFY(!h.conversation().variable(QStringLiteral("req"))); // request scope ended
        QVERIFY(!h.conversation().variable(QStringLiteral("gone")));
        QCOMPARE(h.probe.events(RuntimeEvent::Type::VariableChanged).size(),
                 6); // five set, one removed
    }

    void persistForeverOutlivesTheConversation()
    {
        TestTransport transport;
        BotRuntime runtime(
                scriptBot(QStringLiteral(
                        "if (botContext.getBotVariable('lastVisited') != null) {\n"
                        "  botContext.sendMessage('welcome back');\n"
                        "} else {\n"
                        "  botContext.setBotVariable('lastVisited', new Date(), false, true);\n"
                        "  botContext.sendMessage('first visit');\n}")),
                {}, &transport, &transport);
        Probe first(runtime.startConversation({Channel::Web, QStringLiteral("ann"), {}}));
        QCOMPARE(first.say(QStringLiteral("x")), QStringList{QStringLiteral("first visit")});
        QCOMPARE(first.say(QStringLiteral("reset")), QStringList());
        QCOMPARE(first.say(QStringLiteral("x")), QStringList{QStringLiteral("welcome back")});
        Probe sameUser(runtime.startConversation({Channel::Web, QStringLiteral("ann"), {}}));
        QCOMPARE(sameUser.say(QStringLiteral("x")), QStringList{QStringLiteral("welcome back")});
        Probe otherUser(runtime.startConversation({Channel::Web, QStringLiteral("bob"), {}}));
        QCOMPARE(otherUser.say(QStringLiteral("x")), QStringList{QStringLiteral("first visit")});
    }

    void getEnvVariable()
    {
        Bot b = scriptBot(
                QStringLiteral("botContext.sendMessages([botContext.getEnvVariable('region'),"
                               " String(botContext.getEnvVariable('missing'))]);"));
        b.environments
                = {{QStringLiteral("US"), {{QStringLiteral("region"), QStringLiteral("us"), {}}}},
                   {QStringLiteral("EU"), {{QStringLiteral("region"), QStringLiteral("eu"), {}}}}};
        b.defaultEnvironment = QStringLiteral("US");
        QCOMPARE(Harness(b).say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("us"), QStringLiteral("null")}));
        RuntimeOptions eu;
        eu.environment = QStringLiteral("EU");
        QCOMPARE(Harness(b, eu).say(QStringLiteral("x")).first(), QStringLiteral("eu"));
        RuntimeOptions overridden;
        overridden.environmentOverrides = {{QStringLiteral("region"), QStringLiteral("local")}};
        QCOMPARE(Harness(b, overridden).say(QStringLiteral("x")).first(), QStringLiteral("local"));
    }

    void currentMessageAndPayloads()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("Choose"),
                                 {Rule::always(Action::next())}, InteractionType::Button);
        q.buttons = {{QStringLiteral("postback"),
                      QStringLiteral("Yes please"),
                      QStringLiteral("YES"),
                      {},
                      {}}};
        Interaction after
                = text(QStringLiteral("after"), QStringLiteral("BLANK_MESSAGE"), Action::end());
        after.preProcess = QStringLiteral(
                "botContext.sendMessage([botContext.getCurrentUserMessage(), "
                "botContext.getButtonPayload(), botContext.getQuickReplyPayload()].join('|'));");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}), q, after})}));
        h.say(QStringLiteral("go"));
        QCOMPARE(h.say(QStringLiteral("yes please")), QStringList{QStringLiteral("YES|YES|")});
        h.say(QStringLiteral("go"));
        QCOMPARE(h.say(QStringLiteral("typed")), QStringList{QStringLiteral("typed||")});
    }

    void getDialogStarterIntent()
    {
        Bot b = scriptBot(QStringLiteral(
                "botContext.sendMessage('[' + botContext.getDialogStarterIntent() + ']');"));
        b.intents = {
                {QStringLiteral("i1"), QStringLiteral("Anything"), {QStringLiteral("whatever")}}};
        b.dialogs[0].interactions[0].intentId = QStringLiteral("i1");
        b.dialogs[0].interactions[0].patterns = {QStringLiteral("pattern")};
        Harness h(b);
        QCOMPARE(h.say(QStringLiteral("whatever")), QStringList{QStringLiteral("[Anything]")});
        QCOMPARE(h.say(QStringLiteral("pattern")), QStringList{QStringLiteral("[Anything]")});
    }

    void setTriggerNextMessage()
    {
        Harness h(scriptBot(QStringLiteral("botContext.setTriggerNextMessage('target');")));
        QCOMPARE(h.say(QStringLiteral("x")), QStringList{QStringLiteral("target reached")});
    }

    void setMessageDelay()
    {
        Harness h(scriptBot(QStringLiteral("botContext.setMessageDelay(1500);\n"
                                           "botContext.sendMessage('slow');")));
        h.say(QStringLiteral("x"));
        QCOMPARE(h.probe.messages().first().delayMs, 1500);
    }

    void printDebugMessageAndLogEvents()
    {
        Harness h(scriptBot(QStringLiteral(
                "botContext.printDebugMessage('checkpoint ' + 1);\n"
                "botContext.logCustomEvent(botContext.getCurrentUserMessage(), 'Invoice API');\n"
                "botContext.logCustomEvent('m', 'With detail', 'more');\n"
                "botContext.logEscalationEvent('m', 'LivePerson');")));
        h.say(QStringLiteral("hello"));
        const QList<RuntimeEvent> debug = h.probe.events(RuntimeEvent::Type::ScriptOutput);
        QCOMPARE(debug.size(), 1);
        QCOMPARE(debug.first().text, QStringLiteral("checkpoint 1"));
        QCOMPARE(debug.first().interactionName, QStringLiteral("probe"));
        QStringList info;
        for (const RuntimeEvent &e : h.probe.events(RuntimeEvent::Type::Info))
            info.append(e.text);
        QVERIFY(info.contains(
                QStringLiteral("custom event \"Invoice API\" (user message \"hello\")")));
        QVERIFY(info.contains(
                QStringLiteral("custom event \"With detail\" (user message \"m\"): more")));
        QVERIFY(info.contains(
                QStringLiteral("escalation event \"LivePerson\" (user message \"m\")")));
    }

    void apiResultFunctions()
    {
        Integration api = Integration::create(QStringLiteral("Api"));
        api.url = QStringLiteral("https://api.test/");
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        call.postProcess
                = QStringLiteral("botContext.sendMessage(botContext.isApiExecutionSuccessful() "
                                 "+ ' ' + botContext.getApiStatusCode());");
        Bot b = bot({dialog(QStringLiteral("D"),
                            {starter(QStringLiteral("s"), {QStringLiteral("*")}), call})});
        b.integrations = {api};
        Harness h(b);
        h.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{201, {}, "{}"});
        };
        QCOMPARE(h.say(QStringLiteral("x")), QStringList{QStringLiteral("true 201")});
        h.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{404, {}, "{}"});
        };
        QCOMPARE(h.say(QStringLiteral("x")), QStringList{QStringLiteral("false 404")});
    }

    void evaluateOptions()
    {
        Harness h(scriptBot(QStringLiteral(
                "var options = ['A)Yes', 'B)No'];\n"
                "botContext.sendMessages([botContext.evaluateOptions('a', options),\n"
                "  botContext.evaluateOptions('No', options), botContext.evaluateOptions('2', "
                "options),\n"
                "  String(botContext.evaluateOptions('maybe', options))]);")));
        QCOMPARE(h.say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("A)Yes"), QStringLiteral("B)No"),
                              QStringLiteral("B)No"), QStringLiteral("null")}));
    }

    void addQuickReplies()
    {
        Interaction t = text(QStringLiteral("menu"), QStringLiteral("Sauce?"), Action::end());
        t.preProcess = QStringLiteral("botContext.addQuickReplies(['Ranch~r', 'Hot~h']);");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("*")}), t})}));
        h.say(QStringLiteral("x"));
        const QList<Choice> choices = h.probe.messages().first().choices;
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).title, QStringLiteral("Hot"));
        QCOMPARE(choices.at(1).payload, QStringLiteral("h"));
    }

    void contextStoreFunctions()
    {
        const QString code = QStringLiteral(
                "var r = [];\n"
                "r.push(botContext.isContextApiEnabled());\n"
                "r.push(botContext.setGlobalContextData('shop', 'open', true));\n" // not registered
                "r.push(botContext.registerContextNamespace('shop', 3600));\n"
                "r.push(botContext.setGlobalContextData('shop', 'open', true));\n"
                "r.push(botContext.setContextDataForUser('shop', 'tier', 'gold'));\n"
                "r.push(botContext.setContextDataForConversation('shop', 'cart', {items: 2}));\n"
                "r.push(botContext.getGlobalContextData('shop', 'open'));\n"
                "r.push(botContext.getContextDataForUser('shop', 'tier'));\n"
                "r.push(botContext.getContextDataForConversation('shop', 'cart').items);\n"
                "r.push(JSON.stringify(botContext.getContextDataForUser('shop')));\n"
                "r.push(JSON.stringify(botContext.getGlobalContextData('shop')));\n"
                "r.push(botContext.deleteContextDataForConversation('shop', 'cart'));\n"
                "r.push(String(botContext.getContextDataForConversation('shop', 'cart')));\n"
                "r.push(botContext.deleteAllContextDataForUser('shop'));\n"
                "r.push(JSON.stringify(botContext.getContextDataForUser('shop')));\n"
                "r.push(botContext.setContextDataForConversation('shop', 'a', 1));\n"
                "r.push(botContext.deleteAllContextDataForConversation('shop'));\n"
                "r.push(botContext.deleteGlobalContextData('shop', 'open'));\n"
                "r.push(botContext.deleteContextDataForUser('shop', 'tier'));\n"
                "r.push(botContext.deleteContextNamespace('shop'));\n"
                "r.push(String(botContext.getGlobalContextData('shop')));\n"
                "botContext.sendMessage(r.join(','));");
        Harness h(scriptBot(code));
        QCOMPARE(h.say(QStringLiteral("x")),
                 QStringList{QStringLiteral("true,false,true,true,true,true,true,gold,2,"
                                            "{\"tier\":\"gold\"},{\"open\":true},true,null,true,{},"
                                            "true,true,true,false,true,null")});
    }

    void deeplyNestedValuesAreRefusedNotCrashing()
    {
        // Converting a deeply nested object overflowed the stack; now it is refused with a clear
        // error, and values of a sane depth still work.
        const QString deep = QStringLiteral("function nest(n) { var o = {}; for (var i = 0; i < n; "
                                            "++i) o = {a: o}; return o; }\n");
        Harness context(scriptBot(
                deep
                + QStringLiteral(
                        "botContext.registerContextNamespace('shop');\n"
                        "botContext.sendMessage(botContext.setContextDataForConversation('shop', "
                        "'ok', "
                        "nest(20)));\n"
                        "botContext.setContextDataForConversation('shop', 'deep', nest(100000));\n"
                        "botContext.sendMessage('not reached');")));
        QCOMPARE(context.say(QStringLiteral("x")), QStringList{QStringLiteral("true")});
        QCOMPARE(context.probe.errors().size(), 1);
        QVERIFY2(context.probe.errors().first().contains(QStringLiteral(
                         "line 4: RangeError: the context data 'deep' cannot be stored: "
                         "RangeError: the value is nested more than 64 levels deep")),
                 qPrintable(context.probe.errors().first()));

        Harness variable(scriptBot(
                deep
                + QStringLiteral("botContext.setBotVariable('ok', nest(20), true);\n"
                                 "botContext.sendMessage(typeof botContext.getBotVariable('ok'));\n"
                                 "botContext.setBotVariable('deep', nest(100000), true);\n"
                                 "botContext.sendMessage('not reached');")));
        QCOMPARE(variable.say(QStringLiteral("x")), QStringList{QStringLiteral("object")});
        QCOMPARE(variable.probe.errors().size(), 1);
        QVERIFY2(variable.probe.errors().first().contains(QStringLiteral(
                         "line 4: RangeError: setBotVariable: the value of 'deep' is nested more "
                         "than 64 levels deep")),
                 qPrintable(variable.probe.errors().first()));
        QVERIFY(!variable.conversation().variable(QStringLiteral("deep")));
        QVERIFY(variable.conversation()
                        .variable(QStringLiteral("ok"))
                        ->startsWith(QStringLiteral("{\"a\":{\"a\":")));
    }

    void contextStoreIsSharedAndPersistable()
    {
        auto store = std::make_shared<ContextStore>();
        RuntimeOptions options;
        options.contextStore = store;
        Harness h(scriptBot(QStringLiteral("botContext.registerContextNamespace('ns');\n"
                                           "botContext.setGlobalContextData('ns', 'seen', "
                                           "botContext.getCurrentUserMessage());")),
                  options);
        h.say(QStringLiteral("remember me"));
        QCOMPARE(store->get(ContextStore::Scope::Global, {}, QStringLiteral("ns"),
                            QStringLiteral("seen"))
                         ->toString(),
                 QStringLiteral("remember me"));
        QVERIFY(store->toJson().contains(QStringLiteral("namespaces")));
    }

    void platformLookUps()
    {
        const QString code
                = QStringLiteral("var info = botContext.getLPCustomerInfo();\n"
                                 "var personal = botContext.getLPUserPersonalInfo();\n"
                                 "botContext.sendMessages(['[' + "
                                 "botContext.getLPEngagementAttribute('currentSkillId') + ']',\n"
                                 "  String(info.imei), String(personal.firstName), '[' + "
                                 "botContext.getLPAccountId() + ']']);");
        QCOMPARE(Harness(scriptBot(code)).say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("[]"), QStringLiteral("undefined"),
                              QStringLiteral("undefined"), QStringLiteral("[]")}));
        RuntimeOptions options;
        options.platform.engagementAttributes
                = {{QStringLiteral("currentSkillId"), QStringLiteral("77")}};
        options.platform.customerInfo = {{QStringLiteral("imei"), QStringLiteral("12345")}};
        options.platform.personalInfo = {{QStringLiteral("firstName"), QStringLiteral("Ann")}};
        options.platform.accountId = QStringLiteral("acc-1");
        QCOMPARE(Harness(scriptBot(code), options).say(QStringLiteral("x")),
                 (QStringList{QStringLiteral("[77]"), QStringLiteral("12345"),
                              QStringLiteral("Ann"), QStringLiteral("[acc-1]")}));
    }

    void unknownFunctionsAreScriptErrorsWithTheirLine()
    {
        Harness h(
                scriptBot(QStringLiteral("var ok = 1;\nvar loc = botContext.getUserLocation();")));
        h.say(QStringLiteral("x"));
        const QList<RuntimeEvent> errors = h.probe.events(RuntimeEvent::Type::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().line, 2);
        QVERIFY(errors.first().text.contains(QStringLiteral("probe pre-process")));
    }

    void scriptsSeeCbFunctionsOnly()
    {
        // Exactly the documented functions (the code editor's completion list): none of the
        // QObject plumbing (destroy(), objectName, signals, deleteLater) that would let a script
        // reach the host object. The AddressSanitizer preset runs this too.
        QFile file(QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/studio/botcontext.api"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList documented;
        static const QRegularExpression entry(QStringLiteral("^botContext\\.(\\w+)\\("));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (const QRegularExpressionMatch m = entry.match(line); m.hasMatch())
                documented.append(m.captured(1));
        }
        documented.removeDuplicates();
        documented.sort();
        QVERIFY(documented.size() > 40);

        const Bot b = scriptBot(QStringLiteral(
                "botContext.sendMessage(Object.getOwnPropertyNames(botContext).sort().join(','));\n"
                "botContext.sendMessage([typeof botContext.destroy, typeof botContext.objectName,\n"
                "    typeof botContext.objectNameChanged, typeof botContext.destroyed,\n"
                "    typeof botContext.deleteLater, 'objectName' in botContext].join(','));\n"
                "try { botContext.destroy(); } catch (e) { botContext.sendMessage('no destroy'); "
                "}\n"
                "botContext.sendMessage = null; botContext.extra = 1;\n"
                "botContext.sendMessage('still ' + botContext.getChannel() + ' '\n"
                "    + typeof botContext.extra);"));
        Harness h(b);
        const QStringList expected{
                documented.join(QLatin1Char(',')),
                QStringLiteral("undefined,undefined,undefined,undefined,undefined,false"),
                QStringLiteral("no destroy"), QStringLiteral("still web undefined")};
        QCOMPARE(h.say(QStringLiteral("x")), expected);
        // Nothing a conversation did to botContext reaches the next one.
        Probe other(h.runtime.startConversation());
        QCOMPARE(other.say(QStringLiteral("x")), expected);
    }
};

QTEST_GUILESS_MAIN(TestBotContextApi)
#include "tst_botcontextapi.moc"
