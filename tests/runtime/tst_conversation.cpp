#include "runtimetesting.h"
#include "scripthost.h"

#include "projectfile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace dialogsmith::runtime;
using namespace dialogsmith::runtime::testing;
using namespace std::chrono_literals;

namespace {

Bot routingBot()
{
    const auto loaded = dialogsmith::format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    Q_ASSERT(loaded);
    return loaded->bot;
}

Dialog fallbackDialog(const QString &message = QStringLiteral("Sorry?"))
{
    return dialog(QStringLiteral("Fallback"), {text(QStringLiteral("sorry"), message)},
                  DialogType::Fallback);
}

Rule varRule(const QString &kind, const QString &variable, const QString &value,
             const Action &action)
{
    Rule r;
    r.condition = Rule::Condition::Always;
    r.variableConditions.append({kind, variable, value, {}});
    r.action = action;
    return r;
}

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private slots:
    // --- Matching ---------------------------------------------------------------------------

    void routingBotSeed()
    {
        Harness h(routingBot());
        QCOMPARE(h.say(QStringLiteral("hi")),
                 QStringList{QStringLiteral("Hi, I am the routing bot. Say \"agent\" to talk to a "
                                            "person, or ask about your bill.")});
        QCOMPARE(h.say(QStringLiteral("I want a human")),
                 QStringList{QStringLiteral("Hold on while I transfer you to an agent.")});
        QVERIFY(h.transport.requests.isEmpty()); // web: the legacy escalation is not sent
        QCOMPARE(h.variable(QStringLiteral("agentSkillId")), QStringLiteral("3402109730"));
        QCOMPARE(h.say(QStringLiteral("what is my bill")),
                 QStringList{QStringLiteral("Let me connect you with our billing team.")});
        QCOMPARE(h.variable(QStringLiteral("agentSkillName")), QStringLiteral("billing"));
        QCOMPARE(h.say(QStringLiteral("blah")).value(0).left(30),
                 QStringLiteral("Sorry, I did not get that. Say"));
        QCOMPARE(h.variable(QStringLiteral("convId")), h.conversation().id());
    }

    void patternsComeBeforeIntentsBeforeFallback()
    {
        Bot b = bot(
                {dialog(QStringLiteral("Billing"),
                        {starter(QStringLiteral("billing starter"), {QStringLiteral("*bill*")}),
                         text(QStringLiteral("billing"), QStringLiteral("billing by pattern"))}),
                 dialog(QStringLiteral("Refunds"),
                        {starter(QStringLiteral("refund starter"), {}),
                         text(QStringLiteral("refunds"), QStringLiteral("refunds by intent"))}),
                 fallbackDialog()});
        b.intents.append({QStringLiteral("intent-1"),
                          QStringLiteral("Refund"),
                          {QStringLiteral("I want my money back"),
                           QStringLiteral("how do I get a refund for my bill")}});
        b.dialogs[1].interactions[0].intentId = QStringLiteral("intent-1");
        Harness h(b);
        QCOMPARE(h.say(QStringLiteral("refund for my bill")),
                 QStringList{QStringLiteral("billing by pattern")});
        QCOMPARE(h.say(QStringLiteral("I want my money back please")),
                 QStringList{QStringLiteral("refunds by intent")});
        const QList<RuntimeEvent> intents = h.probe.events(RuntimeEvent::Type::IntentMatched);
        QCOMPARE(intents.size(), 1);
        QVERIFY(intents.first().score >= 0.6);
        QVERIFY(intents.first().text.contains(QStringLiteral("\"Refund\"")));
        QCOMPARE(h.say(QStringLiteral("weather")), QStringList{QStringLiteral("Sorry?")});
    }

    void builtInFallbackText()
    {
        Harness h(bot({dialog(QStringLiteral("Welcome"),
                              {starter(QStringLiteral("s"), {QStringLiteral("hi")}),
                               text(QStringLiteral("t"), QStringLiteral("hello"))})}));
        QCOMPARE(h.say(QStringLiteral("xyz")), QStringList{Conversation::fallbackText()});
        QCOMPARE(Conversation::fallbackText(),
                 QStringLiteral("Not able to understand your question. Can you please re-phrase "
                                "it?"));
    }

    void firstDialogInOrderWinsAndDisabledOnesDoNotMatch()
    {
        Bot b = bot({dialog(QStringLiteral("Off"),
                            {starter(QStringLiteral("s0"), {QStringLiteral("*")}),
                             text(QStringLiteral("t0"), QStringLiteral("disabled dialog"))}),
                     dialog(QStringLiteral("First"),
                            {starter(QStringLiteral("s1"), {QStringLiteral("*order*")}),
                             text(QStringLiteral("t1"), QStringLiteral("first"))}),
                     dialog(QStringLiteral("Second"),
                            {starter(QStringLiteral("s2"), {QStringLiteral("*order*")}),
                             text(QStringLiteral("t2"), QStringLiteral("second"))})});
        b.dialogs[0].enabled = false;
        Harness h(b);
        QCOMPARE(h.say(QStringLiteral("my order")), QStringList{QStringLiteral("first")});
    }

    void excludeKeywordsVetoAStarter()
    {
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("*help*")});
        s.excludeKeywords = {QStringLiteral("not")};
        Harness h(bot({dialog(QStringLiteral("Help"),
                              {s, text(QStringLiteral("t"), QStringLiteral("helping"))}),
                       fallbackDialog()}));
        QCOMPARE(h.say(QStringLiteral("help me")), QStringList{QStringLiteral("helping")});
        QCOMPARE(h.say(QStringLiteral("I do not need help")),
                 QStringList{QStringLiteral("Sorry?")});
    }

    // --- Rules --------------------------------------------------------------------------------

    void patternRegexAndNoMatchRules()
    {
        Interaction q = question(QStringLiteral("zip?"), QStringLiteral("Your zip code?"), {});
        Interaction ok = text(QStringLiteral("ok"), QStringLiteral("Thanks, {$userMessage}."),
                              Action::end());
        Interaction cancel
                = text(QStringLiteral("cancel"), QStringLiteral("Cancelled."), Action::end());
        Rule regex;
        regex.condition = Rule::Condition::Regex;
        regex.regex = QStringLiteral("^\\d{5}$");
        regex.excludeKeywords = {QStringLiteral("00000")};
        regex.action = Action::toInteraction(ok.id);
        q.rules = {
                patternRule({QStringLiteral("*(stop|cancel)*")}, Action::toInteraction(cancel.id)),
                noMatchRule(QStringLiteral("Five digits, please."), Action::toInteraction(q.id)),
                regex};
        Harness h(bot(
                {dialog(QStringLiteral("Zip"),
                        {starter(QStringLiteral("s"), {QStringLiteral("zip")}), q, ok, cancel})}));
        QCOMPARE(h.say(QStringLiteral("zip")), QStringList{QStringLiteral("Your zip code?")});
        QCOMPARE(h.conversation().waitingInteractionId(), q.id);
        // NO_MATCH is evaluated last although it comes before the REGEX rule.
        QCOMPARE(h.say(QStringLiteral("12345")), QStringList{QStringLiteral("Thanks, 12345.")});
        h.say(QStringLiteral("zip"));
        QCOMPARE(h.say(QStringLiteral("123")), (QStringList{QStringLiteral("Five digits, please."),
                                                            QStringLiteral("Your zip code?")}));
        QCOMPARE(h.say(QStringLiteral("00000")),
                 (QStringList{QStringLiteral("Five digits, please."),
                              QStringLiteral("Your zip code?")}));
        QCOMPARE(h.say(QStringLiteral("please CANCEL it")),
                 QStringList{QStringLiteral("Cancelled.")});
        QVERIFY(h.conversation().waitingInteractionId().isEmpty());
    }

    void evalOptionRulesTakeTextNumberOrLetter()
    {
        Interaction q = question(QStringLiteral("size?"), QStringLiteral("Which size?"), {},
                                 InteractionType::MultipleChoiceQuestion);
        q.choices = {QStringLiteral("Small"), QStringLiteral("Medium"), QStringLiteral("Large")};
        Interaction small
                = text(QStringLiteral("small"), QStringLiteral("small it is"), Action::end());
        Interaction large
                = text(QStringLiteral("large"), QStringLiteral("large it is"), Action::end());
        auto option = [](const QString &value, const Action &action) {
            Rule r;
            r.condition = Rule::Condition::EvalOption;
            r.option = value;
            r.action = action;
            return r;
        };
        q.rules = {option(QStringLiteral("Small"), Action::toInteraction(small.id)),
                   option(QStringLiteral("Large"), Action::toInteraction(large.id))};
        Harness h(bot(
                {dialog(QStringLiteral("Size"),
                        {starter(QStringLiteral("s"), {QStringLiteral("size")}), q, small, large}),
                 fallbackDialog()}));
        h.say(QStringLiteral("size"));
        QCOMPARE(h.probe.messages().first().choices.size(), 3);
        QCOMPARE(h.probe.messages().first().choices.at(2).title, QStringLiteral("Large"));
        QCOMPARE(h.say(QStringLiteral("LARGE")), QStringList{QStringLiteral("large it is")});
        h.say(QStringLiteral("size"));
        QCOMPARE(h.say(QStringLiteral("1")), QStringList{QStringLiteral("small it is")});
        h.say(QStringLiteral("size"));
        QCOMPARE(h.say(QStringLiteral("c)")), QStringList{QStringLiteral("large it is")});
        h.say(QStringLiteral("size"));
        // Medium has no rule: the message is matched globally, then the question comes back.
        QCOMPARE(h.say(QStringLiteral("b")),
                 (QStringList{QStringLiteral("Sorry?"), QStringLiteral("Which size?")}));
    }

    void variableConditionsAnyAndAll()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("Say something"), {});
        Interaction vip = text(QStringLiteral("vip"), QStringLiteral("vip path"), Action::end());
        Interaction normal
                = text(QStringLiteral("normal"), QStringLiteral("normal path"), Action::end());
        Rule all = varRule(QStringLiteral("EQUALS"), QStringLiteral("tier"), QStringLiteral("gold"),
                           Action::toInteraction(vip.id));
        all.variableConditions.append({QStringLiteral("CONTAINS"),
                                       QStringLiteral("{$userMessage}"),
                                       QStringLiteral("please"),
                                       {}});
        all.allVariableConditions = true;
        q.rules = {all, Rule::always(Action::toInteraction(normal.id))};
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("go *")});
        Rule setTier;
        setTier.condition = Rule::Condition::Always;
        setTier.assignments.append({QStringLiteral("tier"),
                                    QStringLiteral("{$userMessage}"),
                                    VariableScope::Session,
                                    {}});
        setTier.assignments.append(
                {QStringLiteral("tier"), QStringLiteral("gold"), VariableScope::Session, {}});
        s.rules = {setTier};
        Harness h(bot({dialog(QStringLiteral("D"), {s, q, vip, normal})}));
        h.say(QStringLiteral("go now"));
        QCOMPARE(h.variable(QStringLiteral("tier")), QStringLiteral("gold"));
        QCOMPARE(h.say(QStringLiteral("now")), QStringList{QStringLiteral("normal path")});
        h.say(QStringLiteral("go on"));
        QCOMPARE(h.say(QStringLiteral("now please")), QStringList{QStringLiteral("vip path")});
    }

    void numericAndEmptinessConditions()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("How many?"), {});
        Interaction many = text(QStringLiteral("many"), QStringLiteral("many"), Action::end());
        Interaction few = text(QStringLiteral("few"), QStringLiteral("few"), Action::end());
        q.rules = {varRule(QStringLiteral("GREATER_THAN"), QStringLiteral("{$userMessage}"),
                           QStringLiteral("10"), Action::toInteraction(many.id)),
                   varRule(QStringLiteral("IS_EMPTY"), QStringLiteral("unset"), {},
                           Action::toInteraction(few.id))};
        Harness h(bot(
                {dialog(QStringLiteral("D"),
                        {starter(QStringLiteral("s"), {QStringLiteral("count")}), q, many, few})}));
        h.say(QStringLiteral("count"));
        QCOMPARE(h.say(QStringLiteral("12")), QStringList{QStringLiteral("many")});
        h.say(QStringLiteral("count"));
        QCOMPARE(h.say(QStringLiteral("ten")), QStringList{QStringLiteral("few")});
    }

    void assignmentScopes()
    {
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("start")});
        Rule assign;
        assign.condition = Rule::Condition::Always;
        assign.assignments
                = {{QStringLiteral("r"), QStringLiteral("request"), VariableScope::Request, {}},
                   {QStringLiteral("d"), QStringLiteral("dialog"), VariableScope::Dialog, {}},
                   {QStringLiteral("s"), QStringLiteral("session"), VariableScope::Session, {}}};
        s.rules = {assign};
        Interaction q = question(QStringLiteral("q"),
                                 QStringLiteral("[{$botContext.r}|"
                                                "{$botContext.d}|"
                                                "{$botContext.s}]"),
                                 {Rule::always(Action::end())});
        Harness h(bot({dialog(QStringLiteral("D"), {s, q})}));
        QCOMPARE(h.say(QStringLiteral("start")),
                 QStringList{QStringLiteral("[request|dialog|session]")});
        QVERIFY(!h.conversation().variable(QStringLiteral("r"))); // the turn ended
        QCOMPARE(h.variable(QStringLiteral("d")), QStringLiteral("dialog"));
        h.say(QStringLiteral("anything")); // the answer ends the dialog
        QVERIFY(!h.conversation().variable(QStringLiteral("d")));
        QCOMPARE(h.variable(QStringLiteral("s")), QStringLiteral("session"));
    }

    // --- Actions --------------------------------------------------------------------------------

    void nextEndAndGoToInteraction()
    {
        Interaction a = text(QStringLiteral("a"), QStringLiteral("A"));
        Interaction b = text(QStringLiteral("b"), QStringLiteral("B"));
        Interaction c = text(QStringLiteral("c"), QStringLiteral("C"), Action::end());
        Interaction d = text(QStringLiteral("d"), QStringLiteral("D"));
        a.setNextAction(Action::toInteraction(c.id));
        Harness h(
                bot({dialog(QStringLiteral("D"),
                            {starter(QStringLiteral("s"), {QStringLiteral("go")}), a, b, c, d})}));
        QCOMPARE(h.say(QStringLiteral("go")),
                 (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(h.conversation().dialogStack().isEmpty());
    }

    void goToDialogAndCloseDialog()
    {
        Dialog second = dialog(QStringLiteral("Second"),
                               {text(QStringLiteral("second"), QStringLiteral("in second"),
                                     Action{Action::Kind::CloseDialog, {}, {}}),
                                text(QStringLiteral("never"), QStringLiteral("never"))});
        Harness h(bot({dialog(QStringLiteral("First"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}),
                               text(QStringLiteral("first"), QStringLiteral("in first"),
                                    Action::toDialog(second.id))}),
                       second}));
        QCOMPARE(h.say(QStringLiteral("go")),
                 (QStringList{QStringLiteral("in first"), QStringLiteral("in second")}));
        QVERIFY(h.conversation().dialogStack().isEmpty());
    }

    void closeConversationStartsANewOne()
    {
        Harness h(
                bot({dialog(QStringLiteral("D"),
                            {starter(QStringLiteral("s"), {QStringLiteral("bye")}),
                             text(QStringLiteral("bye"), QStringLiteral("Goodbye"),
                                  Action{Action::Kind::CloseConversation, {}, {}})})},
                    QStringLiteral("function __initConversation() { botContext.setBotVariable("
                                   "'started', botContext.getConversationId(), true, false); }")));
        const QString first = h.conversation().id();
        QCOMPARE(h.say(QStringLiteral("bye")), QStringList{QStringLiteral("Goodbye")});
        QCOMPARE(h.variable(QStringLiteral("started")), first);
        h.say(QStringLiteral("bye"));
        QVERIFY(h.conversation().id() != first);
        QCOMPARE(h.variable(QStringLiteral("started")), h.conversation().id());
    }

    void setTriggerNextMessageOverridesTheNextAction()
    {
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("go")});
        s.preProcess = QStringLiteral("botContext.setTriggerNextMessage('target');");
        Harness h(bot(
                {dialog(QStringLiteral("D"),
                        {s, text(QStringLiteral("skipped"), QStringLiteral("skipped")),
                         text(QStringLiteral("target"), QStringLiteral("target"), Action::end())}),
                 dialog(QStringLiteral("E"),
                        {starter(QStringLiteral("s2"), {QStringLiteral("other")}),
                         text(QStringLiteral("t2"), QStringLiteral("other"))})}));
        QCOMPARE(h.say(QStringLiteral("go")), QStringList{QStringLiteral("target")});
    }

    void triggerToAMissingInteractionFallsBackToTheNextAction()
    {
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("go")});
        s.preProcess = QStringLiteral("botContext.setTriggerNextMessage('Welcome Back');");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {s, text(QStringLiteral("next"), QStringLiteral("next one"))})}));
        QCOMPARE(h.say(QStringLiteral("go")), QStringList{QStringLiteral("next one")});
        QCOMPARE(h.probe.errors().size(), 1);
        QVERIFY(h.probe.errors().first().contains(QStringLiteral("\"Welcome Back\"")));
    }

    // --- Dialog stack ---------------------------------------------------------------------------

    void finishedDialogResendsTheQuestionBelow()
    {
        Interaction q = question(QStringLiteral("email?"), QStringLiteral("Your email?"),
                                 {patternRule({QStringLiteral("*@*")}, Action::next())});
        Harness h(bot({dialog(QStringLiteral("Signup"),
                              {starter(QStringLiteral("s"), {QStringLiteral("sign up")}), q,
                               text(QStringLiteral("done"), QStringLiteral("Signed up."),
                                    Action::end())}),
                       dialog(QStringLiteral("Hours"),
                              {starter(QStringLiteral("h"), {QStringLiteral("*hours*")}),
                               text(QStringLiteral("hours"), QStringLiteral("9 to 5."))}),
                       fallbackDialog()}));
        h.say(QStringLiteral("sign up"));
        QCOMPARE(h.say(QStringLiteral("what are your hours")),
                 (QStringList{QStringLiteral("9 to 5."), QStringLiteral("Your email?")}));
        QCOMPARE(h.conversation().dialogStack(), QStringList{QStringLiteral("Signup")});
        QCOMPARE(h.say(QStringLiteral("blah")),
                 (QStringList{QStringLiteral("Sorry?"), QStringLiteral("Your email?")}));
        QCOMPARE(h.say(QStringLiteral("me@example.com")),
                 QStringList{QStringLiteral("Signed up.")});
    }

    void skipPreviousDialogKeepsTheQuestionSilent()
    {
        Interaction q = question(QStringLiteral("email?"), QStringLiteral("Your email?"),
                                 {patternRule({QStringLiteral("*@*")}, Action::next())});
        Interaction hours = text(QStringLiteral("hours"), QStringLiteral("9 to 5."));
        hours.preProcess = QStringLiteral(
                "botContext.setBotVariable('skipPreviousDialog', 'true', true, false);");
        Harness h(
                bot({dialog(QStringLiteral("Signup"),
                            {starter(QStringLiteral("s"), {QStringLiteral("sign up")}), q,
                             text(QStringLiteral("done"), QStringLiteral("Signed up."),
                                  Action::end())}),
                     dialog(QStringLiteral("Hours"),
                            {starter(QStringLiteral("h"), {QStringLiteral("*hours*")}), hours})}));
        h.say(QStringLiteral("sign up"));
        QCOMPARE(h.say(QStringLiteral("hours?")), QStringList{QStringLiteral("9 to 5.")});
        // Not asked again, but the answer still goes to the question.
        QCOMPARE(h.say(QStringLiteral("me@example.com")),
                 QStringList{QStringLiteral("Signed up.")});
    }

    void startingTheSameDialogAgainRestartsIt()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("Question?"),
                                 {patternRule({QStringLiteral("yes")}, Action::end())});
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("start")}), q})}));
        h.say(QStringLiteral("start"));
        QCOMPARE(h.say(QStringLiteral("start")), QStringList{QStringLiteral("Question?")});
        QCOMPARE(h.conversation().dialogStack(), QStringList{QStringLiteral("D")});
    }

    // --- Loop guards ----------------------------------------------------------------------------

    void moreThanTenStatementsStopTheTurn()
    {
        QList<Interaction> chain{starter(QStringLiteral("s"), {QStringLiteral("go")})};
        for (int i = 1; i <= 12; ++i)
            chain.append(text(QStringLiteral("t%1").arg(i), QString::number(i)));
        Harness h(bot({dialog(QStringLiteral("Long"), chain)}));
        const QStringList said = h.say(QStringLiteral("go"));
        QCOMPARE(said.size(), 9); // the starter and nine texts make ten
        QCOMPARE(h.probe.errors().size(), 1);
        QVERIFY(h.probe.errors().first().startsWith(QStringLiteral("loop guard")));
        QVERIFY(!h.conversation().isBusy());
    }

    void goToLoopIsStopped()
    {
        Interaction a = text(QStringLiteral("a"), QStringLiteral("A"));
        Interaction b = text(QStringLiteral("b"), QStringLiteral("B"));
        b.setNextAction(Action::toInteraction(a.id));
        Harness h(bot({dialog(QStringLiteral("Loop"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}), a, b})}));
        QElapsedTimer timer;
        timer.start();
        h.say(QStringLiteral("go"));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(h.probe.errors().size(), 1);
        QVERIFY(h.probe.errors().first().contains(QStringLiteral("in a row")));
        // The next turn works.
        QCOMPARE(h.say(QStringLiteral("go")).size(), 9);
    }

    void dialogHopLoopIsStopped()
    {
        Dialog ping = dialog(QStringLiteral("Ping"),
                             {text(QStringLiteral("ping"), QStringLiteral("ping"))});
        Dialog pong = dialog(QStringLiteral("Pong"),
                             {text(QStringLiteral("pong"), QStringLiteral("pong"))});
        ping.interactions[0].setNextAction(Action::toDialog(pong.id));
        pong.interactions[0].setNextAction(Action::toDialog(ping.id));
        Harness h(bot({dialog(QStringLiteral("Start"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}),
                               text(QStringLiteral("go"), QStringLiteral("go"),
                                    Action::toDialog(ping.id))}),
                       ping, pong}));
        const QStringList said = h.say(QStringLiteral("go"));
        QCOMPARE(said.first(), QStringLiteral("go"));
        // Start, then five hops: Ping, Pong, Ping, Pong, Ping; the sixth hop is refused.
        QCOMPARE(said.size(), 6);
        QCOMPARE(h.probe.errors().size(), 1);
        QVERIFY(h.probe.errors().first().contains(QStringLiteral("dialog hops")));
    }

    // --- Scripts --------------------------------------------------------------------------------

    void endlessPreProcessEndsTheTurnWithinTheBudget()
    {
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("spin")});
        Interaction spinner = text(QStringLiteral("spinner"), QStringLiteral("never sent"));
        spinner.preProcess = QStringLiteral("while (true) {}");
        RuntimeOptions options;
        options.scriptBudget = 200ms;
        Harness h(bot({dialog(QStringLiteral("Spin"), {s, spinner}),
                       dialog(QStringLiteral("Hi"),
                              {starter(QStringLiteral("h"), {QStringLiteral("hi")}),
                               text(QStringLiteral("hello"), QStringLiteral("hello"))})}),
                  options);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(h.say(QStringLiteral("spin")).isEmpty());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(h.probe.errors(),
                 QStringList{QStringLiteral("script timed out in spinner pre-process")});
        QVERIFY(!h.conversation().isBusy());
        QCOMPARE(h.say(QStringLiteral("hi")), QStringList{QStringLiteral("hello")});
        QVERIFY(h.probe.errors().isEmpty());
    }

    void scriptValuesWhoseCodeNeverEndsCannotFreezeTheConversation()
    {
        // A hostile bot: a getter that never returns on the global object (read when the turn
        // ends), and an object variable whose getter never returns once armed (read by a template
        // and by the debugger's variables table).
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("hi")});
        Interaction first = text(QStringLiteral("first"), QStringLiteral("hello"));
        first.preProcess = QStringLiteral(
                "Object.defineProperty(this, 'zz', {get: function() { for (;;) {} }, "
                "enumerable: true});\n"
                "botContext.setBotVariable('obj', {armed: false, get x() { if (this.armed) for "
                "(;;) {} return 'x'; }}, true);");
        first.postProcess = QStringLiteral("botContext.getBotVariable('obj').armed = true;");
        Interaction second
                = text(QStringLiteral("second"), QStringLiteral("x is {$botContext.obj.x}"));
        RuntimeOptions options;
        options.scriptBudget = 200ms;
        Harness h(bot({dialog(QStringLiteral("D"), {s, first, second})}), options);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(h.say(QStringLiteral("hi")),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("x is ")}));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!h.conversation().isBusy());
        timer.restart();
        QCOMPARE(h.conversation().variable(QStringLiteral("obj")), ScriptHost::unreadableText());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        // The next turn runs as usual.
        QCOMPARE(h.say(QStringLiteral("hi")),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("x is ")}));
    }

    void scriptThatAllocatesTooMuchEndsTheTurn()
    {
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("grow")});
        Interaction grower = text(QStringLiteral("grower"), QStringLiteral("never sent"));
        grower.preProcess = QStringLiteral("var s = 'x'; for (var i = 0; i < 40; ++i) s = s + s;");
        RuntimeOptions options;
        options.scriptMemoryLimit = 32 * 1024 * 1024;
        options.scriptBudget = 30s;
        Harness h(bot({dialog(QStringLiteral("Grow"), {s, grower}),
                       dialog(QStringLiteral("Hi"),
                              {starter(QStringLiteral("h"), {QStringLiteral("hi")}),
                               text(QStringLiteral("hello"), QStringLiteral("hello"))})}),
                  options);
        QVERIFY(h.say(QStringLiteral("grow")).isEmpty());
        QCOMPARE(h.probe.errors(), QStringList{QStringLiteral("script stopped in grower "
                                                              "pre-process: it used more than 32 "
                                                              "MB of memory")});
        QCOMPARE(h.say(QStringLiteral("hi")), QStringList{QStringLiteral("hello")});
    }

    void scriptErrorsAreLoggedAndTheConversationGoesOn()
    {
        Interaction t = text(QStringLiteral("greeting"), QStringLiteral("Hello {$botContext.who}"));
        t.preProcess = QStringLiteral("botContext.setBotVariable('who', 'you', true, false);\n"
                                      "undefinedFunction();");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("hi")}), t})},
                      QStringLiteral("function __initConversation() {\n  throw new "
                                     "Error('init failed');\n}")));
        QCOMPARE(h.say(QStringLiteral("hi")), QStringList{QStringLiteral("Hello you")});
        const QList<RuntimeEvent> errors = h.probe.events(RuntimeEvent::Type::Error);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).text.contains(QStringLiteral("init failed")));
        QCOMPARE(errors.at(0).line, 2);
        QCOMPARE(errors.at(1).line, 2);
        QCOMPARE(errors.at(1).interactionName, QStringLiteral("greeting"));
        QVERIFY(errors.at(1).text.startsWith(QStringLiteral("script error in greeting pre-process, "
                                                            "line 2")));
    }

    void orderOfOperationsForAStatement()
    {
        Interaction t = text(QStringLiteral("t"), QStringLiteral("built with {$botContext.v}"));
        t.preProcess = QStringLiteral("botContext.setBotVariable('v', 'pre', true, false);"
                                      "botContext.sendMessage('from pre');");
        t.postProcess = QStringLiteral("botContext.setBotVariable('v', 'post', true, false);"
                                       "botContext.sendMessage('from post');");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}), t})}));
        // Content is built after pre-process and sent after post-process.
        QCOMPARE(h.say(QStringLiteral("go")),
                 (QStringList{QStringLiteral("from pre"), QStringLiteral("from post"),
                              QStringLiteral("built with pre")}));
        QCOMPARE(h.variable(QStringLiteral("v")), QStringLiteral("post"));
    }

    void sendImmediateReplyStopsTheInteraction()
    {
        Interaction t = text(QStringLiteral("t"), QStringLiteral("not sent"));
        t.preProcess = QStringLiteral("botContext.sendImmediateReply('right away');\n"
                                      "botContext.sendMessage('not sent either');");
        t.postProcess = QStringLiteral("botContext.sendMessage('no post-process');");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}), t,
                               text(QStringLiteral("after"), QStringLiteral("next one"))})}));
        QCOMPARE(h.say(QStringLiteral("go")),
                 (QStringList{QStringLiteral("right away"), QStringLiteral("next one")}));
        QVERIFY(h.probe.errors().isEmpty());
    }

    void processUserResponseRunsBeforeTheAction()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("Name?"),
                                 {Rule::always(Action::next())});
        q.processUserResponse = QStringLiteral(
                "botContext.setBotVariable('name', botContext.getCurrentUserMessage(), true, "
                "false);\nif (botContext.getCurrentUserMessage() == 'admin') "
                "botContext.setTriggerNextMessage('admin');");
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}), q,
                               text(QStringLiteral("hello"),
                                    QStringLiteral("Hello {$botContext.name}"), Action::end()),
                               text(QStringLiteral("admin"), QStringLiteral("Welcome, admin"),
                                    Action::end())})}));
        h.say(QStringLiteral("go"));
        QCOMPARE(h.say(QStringLiteral("Ann")), QStringList{QStringLiteral("Hello Ann")});
        h.say(QStringLiteral("go"));
        QCOMPARE(h.say(QStringLiteral("admin")), QStringList{QStringLiteral("Welcome, admin")});
    }

    void globalFunctionsAreCalledByName()
    {
        Interaction t = text(QStringLiteral("t"), QStringLiteral("{$botContext.trail}"));
        t.preProcess = QStringLiteral("trail('t');");
        const QString globals = QStringLiteral(
                "function trail(name) {\n  var h = botContext.getBotVariable('trail');\n"
                "  botContext.setBotVariable('trail', (h ? h + '>' : '') + name, true, false);\n}");
        TestTransport transport;
        BotRuntime runtime(bot({dialog(QStringLiteral("D"),
                                       {starter(QStringLiteral("s"), {QStringLiteral("go")}), t})},
                               globals),
                           {}, &transport, &transport);
        Probe one(runtime.startConversation());
        Probe two(runtime.startConversation());
        QCOMPARE(one.say(QStringLiteral("go")), QStringList{QStringLiteral("t")});
        QCOMPARE(one.say(QStringLiteral("go")), QStringList{QStringLiteral("t>t")});
        QCOMPARE(two.say(QStringLiteral("go")), QStringList{QStringLiteral("t")});
    }

    // --- Content --------------------------------------------------------------------------------

    void messageKinds()
    {
        Interaction image = Interaction::create(InteractionType::Image, QStringLiteral("image"));
        image.imageUrl = QStringLiteral("https://example.com/a.png");
        image.text = QStringLiteral("caption");
        Interaction card = Interaction::create(InteractionType::Structured, QStringLiteral("card"));
        card.title = QStringLiteral("Title {$botContext.x}");
        card.subtitle = QStringLiteral("Sub");
        card.buttons = {{QStringLiteral("url"),
                         QStringLiteral("Open"),
                         {},
                         QStringLiteral("https://example.com"),
                         {}}};
        Interaction universal
                = Interaction::create(InteractionType::Universal, QStringLiteral("universal"));
        universal.universalJson
                = QStringLiteral("{\"type\": \"text\", \"text\": \"{$botContext.x}\"}");
        Interaction blank = text(QStringLiteral("blank"), QStringLiteral("BLANK_MESSAGE"));
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("show")});
        s.preProcess
                = QStringLiteral("botContext.setBotVariable('x', 'a \"quoted\" x', true, false);");
        Harness h(bot({dialog(QStringLiteral("D"), {s, image, card, universal, blank})}));
        QCOMPARE(h.say(QStringLiteral("show")),
                 (QStringList{QStringLiteral("[image] https://example.com/a.png caption"),
                              QStringLiteral("[card] Title a \"quoted\" x | Sub"),
                              QStringLiteral("[universal] {\"type\":\"text\",\"text\":\"a "
                                             "\\\"quoted\\\" x\"}")}));
        const BotMessage &cardMessage = h.probe.messages().at(1);
        QCOMPARE(cardMessage.kind, BotMessage::Kind::Structured);
        const QJsonObject json = QJsonDocument::fromJson(cardMessage.data.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("vertical"));
        QCOMPARE(h.probe.messages().at(2).kind, BotMessage::Kind::Universal);
    }

    void quickRepliesAndButtonsCarryTheirPayloads()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("Pick one"), {},
                                 InteractionType::QuickReply);
        q.quickReplies
                = {{QStringLiteral("text"), QStringLiteral("Quiz Me!"), QStringLiteral("quiz"), {}},
                   {QStringLiteral("text"), QStringLiteral("Later"), QStringLiteral("later"), {}}};
        Interaction quiz = text(QStringLiteral("quiz"), QStringLiteral("quiz ({$botContext.p})"),
                                Action::end());
        quiz.preProcess = QStringLiteral(
                "botContext.setBotVariable('p', botContext.getQuickReplyPayload() + '/' + "
                "botContext.getCurrentUserMessage(), false, false);");
        q.rules = {patternRule({QStringLiteral("quiz")}, Action::toInteraction(quiz.id)),
                   patternRule({QStringLiteral("later")}, Action::end())};
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("menu")}), q, quiz})}));
        h.say(QStringLiteral("menu"));
        QCOMPARE(h.probe.messages().first().choices.size(), 2);
        QCOMPARE(h.say(QStringLiteral("quiz me!")),
                 QStringList{QStringLiteral("quiz (quiz/quiz)")});
        h.say(QStringLiteral("menu"));
        QCOMPARE(h.say(QStringLiteral("1")), QStringList{QStringLiteral("quiz (quiz/quiz)")});
        h.say(QStringLiteral("menu"));
        QVERIFY(h.say(QStringLiteral("2")).isEmpty()); // "later" ends the dialog quietly
    }

    void questionWithBlankTextStillWaits()
    {
        Interaction q = question(QStringLiteral("q"), QStringLiteral("BLANK_MESSAGE"),
                                 {Rule::always(Action::next())});
        Harness h(bot({dialog(QStringLiteral("D"),
                              {starter(QStringLiteral("s"), {QStringLiteral("go")}), q,
                               text(QStringLiteral("t"), QStringLiteral("got {$userMessage}"))})}));
        QVERIFY(h.say(QStringLiteral("go")).isEmpty());
        QCOMPARE(h.say(QStringLiteral("x")), QStringList{QStringLiteral("got x")});
    }

    // --- Integrations and escalations
    // -------------------------------------------------------------

    void integrationStoresItsResultAndFollowsApiRules()
    {
        Integration api = Integration::create(QStringLiteral("Orders"));
        api.responseDataVariable = QStringLiteral("Orders");
        api.method = QStringLiteral("POST");
        api.url = QStringLiteral("{$env.host}/orders/{$botContext.customer}?k={$secret.url}");
        api.queryParams = {{QStringLiteral("q"), QStringLiteral("{$userMessage}"), {}}};
        api.headers
                = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {$secret.token}"), {}},
                   {QStringLiteral("X-Trace"), QStringLiteral("{$secret.token}"), {}}};
        api.body = QStringLiteral("{\"note\": \"{$userMessage}\"}");
        api.transformScript = QStringLiteral(
                "var r = botContext.getBotVariable('api_Orders');\n"
                "var d = JSON.parse(r.jsonData);\nd.api_Orders.count = d.api_Orders.items.length;\n"
                "r.jsonData = JSON.stringify(d);\nbotContext.setBotVariable('api_Orders', r, true, "
                "false);");
        api.customDataFields
                = {{QStringLiteral("first"), QStringLiteral("{$.api_Orders.items[0].id}"), {}},
                   {QStringLiteral("all"), QStringLiteral("{$.api_Orders.items[i].id}"), {}},
                   {QStringLiteral("count"), QStringLiteral("{$.api_Orders.count}"), {}}};
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Interaction ok
                = text(QStringLiteral("ok"),
                       QStringLiteral("{Orders.count} orders: {Orders.all} (first "
                                      "{Orders.first}, HTTP {$botContext.api_OrdersStatus})"),
                       Action::end());
        Interaction failed
                = text(QStringLiteral("failed"), QStringLiteral("failed"), Action::end());
        Rule success;
        success.condition = Rule::Condition::ApiResult;
        success.apiSuccess = true;
        success.action = Action::toInteraction(ok.id);
        Rule failure = success;
        failure.apiSuccess = false;
        failure.action = Action::toInteraction(failed.id);
        call.rules = {success, failure};
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("orders *")});
        s.preProcess = QStringLiteral("botContext.setBotVariable('customer', 'A/B', true, false);");
        Bot b = bot({dialog(QStringLiteral("D"), {s, call, ok, failed})});
        b.integrations = {api};
        RuntimeOptions options;
        options.environmentOverrides
                = {{QStringLiteral("host"), QStringLiteral("https://api.test")}};
        options.secret = [](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("url"))
                return QStringLiteral("a b/c");
            return name == QLatin1String("token") ? std::optional<QString>(QStringLiteral("tok3n"))
                                                  : std::nullopt;
        };
        Harness h(b, options);
        h.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(
                    HttpResponse{200, {}, R"({"items": [{"id": "o1"}, {"id": "o2"}]})"});
        };
        QCOMPARE(h.say(QStringLiteral("orders \"new\" & old")),
                 QStringList{QStringLiteral("2 orders: o1, o2 (first o1, HTTP 200)")});
        QCOMPARE(h.transport.requests.size(), 1);
        const HttpRequest &request = h.transport.requests.first();
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.url, QStringLiteral("https://api.test/orders/"
                                             "A%2FB?k=a%20b%2Fc&q=orders%20%22new%22%20%26%20old"));
        QCOMPARE(request.headers.first().second, QStringLiteral("Bearer tok3n"));
        const QByteArray body = "{\"note\": \"orders \\\"new\\\" & old\"}";
        QCOMPARE(request.body, body);
        // Logs never show the secret or the Authorization header.
        const QList<RuntimeEvent> logged = h.probe.events(RuntimeEvent::Type::Request);
        QCOMPARE(logged.size(), 1);
        QVERIFY(!logged.first().detail.contains(QStringLiteral("tok3n")));
        QVERIFY(!logged.first().detail.contains(QStringLiteral("a%20b%2Fc")));
        QVERIFY(logged.first().detail.contains(QStringLiteral("Authorization: ***")));
        QVERIFY(logged.first().detail.contains(QStringLiteral("X-Trace: ***")));

        h.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{500, {}, "oops"});
        };
        QCOMPARE(h.say(QStringLiteral("orders again")), QStringList{QStringLiteral("failed")});
        h.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(Error{QStringLiteral("connection refused"), {}});
        };
        QCOMPARE(h.say(QStringLiteral("orders again")), QStringList{QStringLiteral("failed")});
        QVERIFY(h.probe.errors().first().contains(QStringLiteral("connection refused")));
    }

    void asynchronousTransportDoesNotBlockOtherConversations()
    {
        Integration api = Integration::create(QStringLiteral("Slow"));
        api.url = QStringLiteral("https://api.test/slow");
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Bot b = bot({dialog(QStringLiteral("Slow"),
                            {starter(QStringLiteral("s"), {QStringLiteral("slow")}), call,
                             text(QStringLiteral("done"), QStringLiteral("slow done"))}),
                     dialog(QStringLiteral("Fast"),
                            {starter(QStringLiteral("f"), {QStringLiteral("fast")}),
                             text(QStringLiteral("fast"), QStringLiteral("fast done"))})});
        b.integrations = {api};
        TestTransport transport;
        transport.asynchronous = true;
        BotRuntime runtime(b, {}, &transport, &transport);
        Conversation *slow = runtime.startConversation();
        QStringList slowSaid;
        QObject::connect(slow, &Conversation::messageSent,
                         [&](const BotMessage &m) { slowSaid.append(m.text); });
        slow->send(QStringLiteral("slow"));
        QVERIFY(slow->isBusy());            // waiting for the transport
        slow->send(QStringLiteral("fast")); // queued behind the running turn
        Probe fast(runtime.startConversation());
        QCOMPARE(fast.say(QStringLiteral("fast")), QStringList{QStringLiteral("fast done")});
        QTRY_COMPARE_WITH_TIMEOUT(
                slowSaid, (QStringList{QStringLiteral("slow done"), QStringLiteral("fast done")}),
                2000);
    }

    void resetAbandonsAPendingTurn()
    {
        Integration api = Integration::create(QStringLiteral("Slow"));
        api.url = QStringLiteral("https://api.test/slow");
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Bot b = bot({dialog(QStringLiteral("Slow"),
                            {starter(QStringLiteral("s"), {QStringLiteral("slow")}), call,
                             text(QStringLiteral("done"), QStringLiteral("slow done"))})});
        b.integrations = {api};
        TestTransport transport;
        transport.asynchronous = true;
        BotRuntime runtime(b, {}, &transport, &transport);
        Conversation *c = runtime.startConversation();
        int finished = 0;
        QStringList said;
        QObject::connect(c, &Conversation::turnFinished, [&] { ++finished; });
        QObject::connect(c, &Conversation::messageSent,
                         [&](const BotMessage &m) { said.append(m.text); });
        c->send(QStringLiteral("slow"));
        c->reset();
        QCOMPARE(finished, 1);
        QVERIFY(!c->isBusy());
        QTest::qWait(50);
        QVERIFY(said.isEmpty()); // the late answer is ignored
    }

    void channelsDecideWhatGoesToTheTransport()
    {
        Harness web(routingBot());
        web.say(QStringLiteral("agent"));
        QVERIFY(web.transport.requests.isEmpty());
        QVERIFY(!web.probe.events(RuntimeEvent::Type::Escalation).isEmpty());

        RuntimeOptions options;
        options.secret = [](const QString &) {
            return std::optional<QString>(QStringLiteral("k"));
        };
        Harness messaging(routingBot(), options, {Channel::Messaging, QStringLiteral("u1"), {}});
        QVERIFY(messaging.say(QStringLiteral("agent")).isEmpty()); // no preview text
        QCOMPARE(messaging.transport.requests.size(), 1);
        const HttpRequest &r = messaging.transport.requests.first();
        QCOMPARE(r.url, QStringLiteral("https://platformservice.botcentralapi.com/botservice-0.1/"
                                       "botcentral/livePersonAgent"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Hold on while I transfer you to an agent."));
        QCOMPARE(body.value(QStringLiteral("conversationId")).toString(),
                 messaging.conversation().id());
        QCOMPARE(body.value(QStringLiteral("userPlatformId")).toString(), QStringLiteral("u1"));
        QCOMPARE(body.value(QStringLiteral("agentSkillId")).toString(),
                 QStringLiteral("3402109730"));
    }

    void escalationInteraction()
    {
        Interaction escalation
                = Interaction::create(InteractionType::Escalation, QStringLiteral("transfer"));
        escalation.text = QStringLiteral("Transferring you.");
        escalation.skillId = QStringLiteral("42");
        escalation.skillName = QStringLiteral("sales");
        Bot b = bot(
                {dialog(QStringLiteral("Human"),
                        {starter(QStringLiteral("s"), {QStringLiteral("human")}), escalation})});
        Harness web(b);
        QCOMPARE(web.say(QStringLiteral("human")),
                 QStringList{QStringLiteral("Transferring you.")});
        QVERIFY(web.transport.escalations.isEmpty());

        Harness messaging(b, {}, {Channel::Messaging, {}, {}});
        messaging.transport.escalationSucceeds = false;
        QCOMPARE(messaging.say(QStringLiteral("human")),
                 (QStringList{QStringLiteral("Transferring you."),
                              Conversation::transferFailedText()}));
        QCOMPARE(messaging.transport.escalations.size(), 1);
        QCOMPARE(messaging.transport.escalations.first().skillId, QStringLiteral("42"));
        QCOMPARE(messaging.transport.escalations.first().message,
                 QStringLiteral("Transferring you."));
        QVERIFY(messaging.probe.errors().first().contains(QStringLiteral("no agent")));
    }

    void failedTransferSendsTheEscalationFailedMessage()
    {
        Interaction escalation
                = Interaction::create(InteractionType::Escalation, QStringLiteral("transfer"));
        escalation.text = QStringLiteral("BLANK_MESSAGE");
        escalation.skillId = QStringLiteral("42");
        const Dialog human
                = dialog(QStringLiteral("Human"),
                         {starter(QStringLiteral("s"), {QStringLiteral("human")}), escalation});
        Bot b = bot({human, fallbackDialog()});

        // No dialog catches it: the built-in sentence, not the fallback dialog.
        Harness plain(b, {}, {Channel::Messaging, {}, {}});
        plain.transport.escalationSucceeds = false;
        QCOMPARE(plain.say(QStringLiteral("human")),
                 QStringList{QStringLiteral(
                         "Not able to transfer to Agent at this time. Please try later.")});
        QVERIFY(!plain.conversation().isBusy());

        // A dialog whose pattern is the message takes over, in the same turn.
        b.dialogs.insert(1, dialog(QStringLiteral("Failed transfer"),
                                   {starter(QStringLiteral("f"),
                                            {QStringLiteral("__agent_escalation_failed__")}),
                                    text(QStringLiteral("sorry"),
                                         QStringLiteral("No agent now ({$userMessage})."))}));
        Harness caught(b, {}, {Channel::Messaging, {}, {}});
        caught.transport.escalationSucceeds = false;
        QCOMPARE(caught.say(QStringLiteral("human")),
                 QStringList{QStringLiteral("No agent now (__agent_escalation_failed__).")});

        // A wildcard pattern that happens to match does not catch it.
        Bot wild
                = bot({human, dialog(QStringLiteral("Agent"),
                                     {starter(QStringLiteral("a"), {QStringLiteral("*agent*")}),
                                      text(QStringLiteral("a"), QStringLiteral("agent dialog"))})});
        Harness wildcard(wild, {}, {Channel::Messaging, {}, {}});
        wildcard.transport.escalationSucceeds = false;
        QCOMPARE(wildcard.say(QStringLiteral("human")),
                 QStringList{Conversation::transferFailedText()});

        // A dialog that catches it and fails to transfer again ends the turn: no loop.
        Interaction retry
                = Interaction::create(InteractionType::Escalation, QStringLiteral("retry"));
        retry.text = QStringLiteral("Trying another team.");
        retry.skillId = QStringLiteral("43");
        Bot retrying = bot({human, dialog(QStringLiteral("Retry"),
                                          {starter(QStringLiteral("r"),
                                                   {QStringLiteral("__agent_escalation_failed__")}),
                                           retry})});
        Harness again(retrying, {}, {Channel::Messaging, {}, {}});
        again.transport.escalationSucceeds = false;
        QCOMPARE(again.say(QStringLiteral("human")),
                 (QStringList{QStringLiteral("Trying another team."),
                              Conversation::transferFailedText()}));
        QCOMPARE(again.transport.escalations.size(), 2);

        // A transfer that goes through, or one the web channel never sends, says nothing.
        Harness ok(b, {}, {Channel::Messaging, {}, {}});
        QVERIFY(ok.say(QStringLiteral("human")).isEmpty());
        Harness web(b);
        web.transport.escalationSucceeds = false;
        QVERIFY(web.say(QStringLiteral("human")).isEmpty());
    }

    void failedLegacyEscalationIntegrationIsAFailedTransfer()
    {
        RuntimeOptions options;
        options.secret = [](const QString &) {
            return std::optional<QString>(QStringLiteral("desk-key"));
        };
        Harness refused(routingBot(), options, {Channel::Messaging, {}, {}});
        refused.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(Error{QStringLiteral("connection refused"), {}});
        };
        QCOMPARE(refused.say(QStringLiteral("agent")),
                 QStringList{Conversation::transferFailedText()});
        QCOMPARE(refused.say(QStringLiteral("hi")).size(), 1); // the conversation goes on

        Harness unauthorized(routingBot(), options, {Channel::Messaging, {}, {}});
        unauthorized.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{
                    401, {}, "{\"error\": \"wrong key\"}\n", QStringLiteral("Unauthorized")});
        };
        QCOMPARE(unauthorized.say(QStringLiteral("agent")),
                 QStringList{Conversation::transferFailedText()});
        QCOMPARE(unauthorized.probe.errors(),
                 QStringList{QStringLiteral("integration \"Escalation\" failed: the server "
                                            "answered HTTP 401 Unauthorized: {\"error\": \"wrong "
                                            "key\"}")});

        Harness queued(routingBot(), options, {Channel::Messaging, {}, {}});
        queued.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{200, {}, "{\"status\": \"queued\"}"});
        };
        QVERIFY(queued.say(QStringLiteral("agent")).isEmpty());
        QVERIFY(queued.probe.errors().isEmpty());
    }

    void requestsAValueWouldRestructureAreNotSent()
    {
        // User text must not add a JSON member or choose the host: such a request fails unsent.
        Integration profile = Integration::create(QStringLiteral("Profile"));
        profile.method = QStringLiteral("POST");
        profile.url = QStringLiteral("{$env.host}/profile");
        profile.body = QStringLiteral("{\"n\": {$botContext.n}}");
        Integration site = Integration::create(QStringLiteral("Site"));
        site.url = QStringLiteral("{$botContext.n}/x");
        const auto caller = [](const QString &name, const Integration &integration,
                               const QString &pattern) {
            Interaction s = starter(name + QStringLiteral(" starter"), {pattern});
            s.preProcess = QStringLiteral("botContext.setBotVariable('n', "
                                          "botContext.getCurrentUserMessage().substring(2));");
            Interaction call = Interaction::create(InteractionType::ApiIntegration, name);
            call.integrationId = integration.id;
            return dialog(name, {s, call});
        };
        Bot b = bot({caller(QStringLiteral("P"), profile, QStringLiteral("p *")),
                     caller(QStringLiteral("S"), site, QStringLiteral("s *"))});
        b.integrations = {profile, site};
        RuntimeOptions options;
        options.environmentOverrides
                = {{QStringLiteral("host"), QStringLiteral("https://api.test")}};
        Harness h(b, options, {Channel::Messaging, {}, {}});

        h.say(QStringLiteral("p 1,\"admin\":true"));
        QVERIFY(h.transport.requests.isEmpty());
        QCOMPARE(h.probe.errors(),
                 QStringList{QStringLiteral(
                         "integration \"Profile\" failed: not sent: {$botContext.n} stands "
                         "outside quotes in the JSON body, so its value must be one JSON value (a "
                         "number, true, false, null, a quoted string, an object or an array), and "
                         "it is not: put the template in quotes to send it as text")});
        QCOMPARE(h.variable(QStringLiteral("api_ProfileStatus")), QString());

        h.say(QStringLiteral("p 42"));
        QCOMPARE(h.transport.requests.size(), 1);
        QCOMPARE(h.transport.requests.first().body, QByteArrayLiteral("{\"n\": 42}"));

        h.say(QStringLiteral("s https://evil.test"));
        QCOMPARE(h.transport.requests.size(), 1);
        QCOMPARE(h.probe.errors().size(), 1);
        QVERIFY(h.probe.errors().first().startsWith(
                QStringLiteral("integration \"Site\" failed: not sent: {$botContext.n} stands "
                               "where the URL names its scheme or host")));
    }

    void secretsWithReservedCharactersAreRedactedInEveryForm()
    {
        // In a query parameter the secret travels percent-encoded: the debugger's request and
        // response events showed it that way.
        const QString secret = QStringLiteral("p+s/w=rd:x&y z");
        Integration api = Integration::create(QStringLiteral("Orders"));
        api.url = QStringLiteral("https://api.test/orders");
        api.queryParams = {{QStringLiteral("key"), QStringLiteral("{$secret.token}"), {}}};
        api.body = QStringLiteral("{\"token\": \"{$secret.token}\"}");
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Bot b = bot({dialog(QStringLiteral("D"),
                            {starter(QStringLiteral("s"), {QStringLiteral("orders")}), call})});
        b.integrations = {api};
        RuntimeOptions options;
        options.secret = [secret](const QString &) {
            return std::optional<QString>(secret);
        };
        Harness h(b, options, {Channel::Messaging, {}, {}});
        // The server echoes the URL and the body it got.
        h.transport.handler = [](const HttpRequest &r) {
            return Result<HttpResponse>(HttpResponse{
                    200, {{QStringLiteral("X-Echo"), r.url}}, r.url.toUtf8() + "\n" + r.body});
        };
        h.say(QStringLiteral("orders"));
        QCOMPARE(h.transport.requests.size(), 1);
        const HttpRequest &sent = h.transport.requests.first();
        QVERIFY(sent.url.endsWith(
                QString::fromLatin1(QUrl::toPercentEncoding(secret)))); // really sent encoded
        QString shown;
        for (const RuntimeEvent &e : h.probe.events())
            shown += e.text + QLatin1Char('\n') + e.detail + QLatin1Char('\n');
        for (const QString &name : h.conversation().variableNames())
            shown += h.conversation().redacted(h.conversation().variable(name).value_or(QString()));
        QVERIFY(shown.contains(QStringLiteral("orders?key=***")));
        for (const QString &part :
             {QStringLiteral("p+s"), QStringLiteral("p%2Bs"), QStringLiteral("p%2bs"),
              QStringLiteral("w%3Drd"), QStringLiteral("x%26y"), QStringLiteral("y+z"),
              QStringLiteral("y%20z"), QStringLiteral("w=rd:x")})
            QVERIFY2(!shown.contains(part), qPrintable(part + QStringLiteral(" in ") + shown));
    }

    void integrationFailuresNeverShowSecrets()
    {
        Integration api = Integration::create(QStringLiteral("Orders"));
        api.url = QStringLiteral("https://api.test/orders?key={$secret.token}");
        api.headers = {{QStringLiteral("X-Key"), QStringLiteral("{$secret.token}"), {}}};
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Bot b = bot({dialog(QStringLiteral("D"),
                            {starter(QStringLiteral("s"), {QStringLiteral("orders")}), call})});
        b.integrations = {api};
        RuntimeOptions options;
        options.secret = [](const QString &) {
            return std::optional<QString>(QStringLiteral("s3cr3t/value"));
        };
        Harness h(b, options, {Channel::Messaging, {}, {}});
        // A client error that quotes the URL, a server that echoes the key.
        h.transport.handler = [](const HttpRequest &r) {
            return Result<HttpResponse>(Error{QStringLiteral("could not open ") + r.url, {}});
        };
        h.say(QStringLiteral("orders"));
        QCOMPARE(h.probe.errors().size(), 1);
        h.transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(
                    HttpResponse{500, {}, "bad key s3cr3t/value", QStringLiteral("Oops")});
        };
        h.say(QStringLiteral("orders"));
        QCOMPARE(h.probe.errors(),
                 QStringList{QStringLiteral(
                         "integration \"Orders\" failed: the server answered HTTP 500 Oops: bad "
                         "key ***")});
        for (const RuntimeEvent &e : h.probe.events()) {
            QVERIFY2(!e.describe().contains(QStringLiteral("s3cr3t")), qPrintable(e.describe()));
            QVERIFY(!e.detail.contains(QStringLiteral("s3cr3t")));
            QVERIFY(!e.detail.contains(QStringLiteral("s3cr3t%2Fvalue")));
        }
    }

    void variablesEchoingASecretAreShownRedacted()
    {
        Integration api = Integration::create(QStringLiteral("Orders"));
        api.responseDataVariable = QStringLiteral("orders");
        api.url = QStringLiteral("https://api.test/orders");
        api.headers = {{QStringLiteral("Authorization"), QStringLiteral("{$secret.token}"), {}}};
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Bot b = bot({dialog(QStringLiteral("D"),
                            {starter(QStringLiteral("s"), {QStringLiteral("orders")}), call})});
        b.integrations = {api};
        RuntimeOptions options;
        options.secret = [](const QString &) {
            return std::optional<QString>(QStringLiteral("s3cr3t-value"));
        };
        Harness h(b, options, {Channel::Messaging, {}, {}});
        // The server echoes the key back: the bot has it (as in CB), the debugger must not show it.
        h.transport.handler = [](const HttpRequest &r) {
            QByteArray key;
            for (const auto &[name, value] : r.headers) {
                if (name == QLatin1String("Authorization"))
                    key = value.toUtf8();
            }
            return Result<HttpResponse>(HttpResponse{200, {}, "{\"echo\": \"" + key + "\"}", {}});
        };
        h.say(QStringLiteral("orders"));
        const QString raw = h.variable(QStringLiteral("api_orders"));
        QVERIFY2(raw.contains(QStringLiteral("s3cr3t-value")), qPrintable(raw));
        const QString shown = h.conversation().redacted(raw);
        QVERIFY(!shown.contains(QStringLiteral("s3cr3t")));
        QVERIFY(shown.contains(QStringLiteral("***")));
        // Text without a secret is left alone.
        QCOMPARE(h.conversation().redacted(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void startInDialogRunsItAsIfItsStarterMatched()
    {
        const Bot b = routingBot();
        Harness h(b);
        const QString billing = b.dialogs.at(2).id;
        QCOMPARE(b.dialogs.at(2).name, QStringLiteral("Billing"));
        bool started = false;
        QCOMPARE(h.probe.startIn(billing, &started),
                 QStringList{QStringLiteral("Let me connect you with our billing team.")});
        QVERIFY(started);
        // No user message: nothing was matched, the dialog was entered directly.
        QVERIFY(h.probe.events(RuntimeEvent::Type::PatternMatched).isEmpty());
        QCOMPARE(h.probe.events(RuntimeEvent::Type::DialogStarted).size(), 1);
        QVERIFY(h.probe.events(RuntimeEvent::Type::DialogStarted)
                        .first()
                        .text.contains(QStringLiteral("started here")));
        QCOMPARE(h.variable(QStringLiteral("agentSkillName")), QStringLiteral("billing"));
        // The conversation goes on as usual.
        QCOMPARE(h.say(QStringLiteral("hi")).size(), 1);
        QVERIFY(h.say(QStringLiteral("hi")).first().startsWith(QStringLiteral("Hi, I am")));

        // A dialog without a starter (the fallback) runs from its first interaction.
        const QString fallback = b.dialogs.at(3).id;
        const QStringList answer = h.probe.startIn(fallback, &started);
        QVERIFY(started);
        QCOMPARE(answer.size(), 1);

        // An unknown dialog: refused, nothing happens.
        QVERIFY(h.probe.startIn(QStringLiteral("no-such-dialog"), &started).isEmpty());
        QVERIFY(!started);
        QVERIFY(h.probe.events().isEmpty());
    }

    void unavailableTransportFailsEveryCall()
    {
        UnavailableTransport transport;
        BotRuntime runtime(routingBot(), {}, &transport, &transport);
        Probe p(runtime.startConversation({Channel::Messaging, {}, {}}));
        p.say(QStringLiteral("agent"));
        QCOMPARE(p.errors().size(), 1);
        QVERIFY(p.errors().first().contains(QStringLiteral("the network is off here")));
    }

    // --- Commands and queueing
    // --------------------------------------------------------------------

    void resetAndDisplayUserId()
    {
        Harness h(routingBot(), {}, {Channel::Web, QStringLiteral("user-7"), {}});
        h.say(QStringLiteral("agent"));
        const QString before = h.conversation().id();
        QVERIFY(h.say(QStringLiteral("Reset")).isEmpty());
        QVERIFY(h.conversation().id() != before);
        QVERIFY(!h.conversation().variable(QStringLiteral("agentSkillName")));
        QCOMPARE(h.say(QStringLiteral("display userid")),
                 QStringList{QStringLiteral("User ID: user-7")});
        h.say(QStringLiteral("hi")); // the new conversation starts: __initConversation runs again
        QCOMPARE(h.variable(QStringLiteral("convId")), h.conversation().id());
    }

    void resetFromASlotWaitsForTheTurn()
    {
        Harness h(routingBot());
        const QString before = h.conversation().id();
        QObject::connect(&h.conversation(), &Conversation::messageSent,
                         [&h] { h.conversation().reset(); });
        QCOMPARE(h.say(QStringLiteral("agent")).size(), 1); // the turn ran to its end
        QCOMPARE(h.conversation().id(), before);
        QTRY_VERIFY_WITH_TIMEOUT(h.conversation().id() != before, 1000);
        QVERIFY(!h.conversation().variable(QStringLiteral("agentSkillName")));
    }

    void messagesSentDuringATurnWaitForIt()
    {
        Harness h(routingBot());
        QStringList said;
        QObject::connect(&h.conversation(), &Conversation::messageSent,
                         [&](const BotMessage &m) { said.append(m.text.left(5)); });
        QObject::connect(&h.conversation(), &Conversation::turnFinished, [&] {
            said.append(QStringLiteral("end"));
            if (said.size() == 2) {
                h.conversation().send(QStringLiteral("blah")); // from inside the signal
                QVERIFY(!h.conversation().isBusy());           // queued, not nested
            }
        });
        h.say(QStringLiteral("hi"));
        QTRY_COMPARE_WITH_TIMEOUT(said,
                                  (QStringList{QStringLiteral("Hi, I"), QStringLiteral("end"),
                                               QStringLiteral("Sorry"), QStringLiteral("end")}),
                                  1000);
    }

    void problemsAreListedAtLoad()
    {
        Interaction t = text(QStringLiteral("broken"), QStringLiteral("x"));
        t.postProcess = QStringLiteral("var = ;");
        Rule bad;
        bad.condition = Rule::Condition::Regex;
        bad.regex = QStringLiteral("([");
        Interaction q = question(QStringLiteral("q"), QStringLiteral("q"), {bad});
        TestTransport transport;
        BotRuntime runtime(bot({dialog(QStringLiteral("D"), {t, q})}, QStringLiteral("function (")),
                           {}, &transport, &transport);
        QCOMPARE(runtime.problems().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
