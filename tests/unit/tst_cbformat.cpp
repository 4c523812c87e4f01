#include "botdocument.h"
#include "cbformat.h"
#include "dialogcommands.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

namespace {

const char *miniBot = R"({
  "bot": {"id": "b1", "name": "Mini", "version": "2"},
  "responder": [],
  "conversationMessage": [
    {"id": "m1", "name": "start", "group": "g1", "interactionType": "DIALOG_STARTER",
     "pattern": ["hi"], "nextMessageId": "m2",
     "content": {"contentType": "STATIC", "results": {"type": "DIALOG_STARTER",
                 "tile": {"tileData": [{"buttons": [], "quickReplyList": []}]}}},
     "responseMatches": []},
    {"id": "m2", "name": "hello", "group": "g1", "interactionType": "TEXT", "prevMessageId": "m1",
     "content": {"contentType": "STATIC", "results": {"type": "TEXT",
                 "tile": {"tileData": [{"text": "Hello", "buttons": [], "quickReplyList": []}]}}},
     "responseMatches": []}
  ],
  "groups": [{"id": "g1", "name": "Welcome", "dialogType": "DIALOG", "status": "ENABLED"}]
})";

QByteArray mutated(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = jsonObject(miniBot);
    change(root);
    return QJsonDocument(root).toJson();
}

QJsonObject messageAt(const QJsonObject &root, int i)
{
    return root.value(QStringLiteral("conversationMessage")).toArray().at(i).toObject();
}

void setMessage(QJsonObject &root, int i, const QJsonObject &m)
{
    QJsonArray messages = root.value(QStringLiteral("conversationMessage")).toArray();
    messages[i] = m;
    root.insert(QStringLiteral("conversationMessage"), messages);
}

void setMessageField(QJsonObject &root, int i, const QString &key, const QJsonValue &value)
{
    QJsonObject m = messageAt(root, i);
    m.insert(key, value);
    setMessage(root, i, m);
}

QJsonObject withoutExtension(QJsonObject o)
{
    o.remove(QStringLiteral("x-dialogsmith"));
    return o;
}

const Interaction *interactionNamed(const Bot &bot, const QString &name)
{
    return bot.interactionByName(name);
}

} // namespace

class TestCbFormat : public QObject
{
    Q_OBJECT

private slots:
    void samplesRoundTripLosslessly_data();
    void samplesRoundTripLosslessly();
    void readsDialogsInLinkOrder();
    void readsEveryInteractionField();
    void readsRulesOfEveryKind();
    void readsIntegrations();
    void apiResultConditionsKeepTheirSpelling();
    void editedBotSurvivesSaveAndReload();
    void newInteractionsFollowCbLayout();
    void retypedInteractionDropsOldContent();
    void unknownTypesAreKeptAndReported();
    void malformedFilesAreRefusedWithTheirPlace_data();
    void malformedFilesAreRefusedWithTheirPlace();
    void exportForConversationBuilderLeavesOutOurData();
    void routingBotMatchesTheTutorial();
    void onlyTheEditedDialogGetsANewTimestamp();
    void testFoldersRoundTrip();
};

void TestCbFormat::samplesRoundTripLosslessly_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : allSamplePaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCbFormat::samplesRoundTripLosslessly()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    Result<LoadedBot> loaded = readBot(original);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));

    const QByteArray saved = writeBot(loaded->bot);
    const QJsonObject savedJson = jsonObject(saved);
    QCOMPARE(withoutExtension(savedJson), withoutExtension(jsonObject(original)));
    const QJsonObject ext = savedJson.value(QStringLiteral("x-dialogsmith")).toObject();
    QCOMPARE(ext.value(QStringLiteral("format")).toString(), QStringLiteral("dialogsmith"));
    QCOMPARE(ext.value(QStringLiteral("version")).toInt(), 1);

    // Stable: the same model gives the same bytes, and reading what we wrote changes nothing.
    QCOMPARE(writeBot(loaded->bot), saved);
    Result<LoadedBot> again = readBot(saved);
    QVERIFY(again.ok());
    QCOMPARE(writeBot(again->bot), saved);

    // CB layout in, CB layout out: the CB export of an untouched CB file is byte-identical.
    if (!jsonObject(original).contains(QStringLiteral("x-dialogsmith")))
        QCOMPARE(writeBot(loaded->bot, WriteTarget::ConversationBuilder), original);
    else
        QCOMPARE(saved, original);
}

void TestCbFormat::readsDialogsInLinkOrder()
{
    const Bot bot = loadBot(samplePath(QStringLiteral("bot-samples_back-guide_goBackBot.json")));
    QCOMPARE(bot.dialogs.size(), 3);
    QCOMPARE(bot.dialogs.at(1).name, QStringLiteral("1 Welcome"));
    QStringList names;
    for (const Interaction &i : bot.dialogs.at(1).interactions)
        names.append(i.name);
    // The file lists them by id; the prev/next links give the dialog's order.
    QCOMPARE(names.mid(0, 4),
             (QStringList{"dialog_starter", "text_6", "text_question_5", "quick_reply_7"}));
    QCOMPARE(bot.dialogs.at(2).type, DialogType::Fallback);
    QVERIFY(bot.globalFunctions.contains(QStringLiteral("function trail (val)")));
}

void TestCbFormat::readsEveryInteractionField()
{
    const Bot back = loadBot(samplePath(QStringLiteral("bot-samples_back-guide_goBackBot.json")));
    const Interaction *starter = interactionNamed(back, QStringLiteral("dialog_starter"));
    QVERIFY(starter);
    QCOMPARE(starter->type, InteractionType::DialogStarter);
    QCOMPARE(starter->patterns, (QStringList{"hi", "hello", "howdy", "(hi|hello|hey)*"}));
    QCOMPARE(starter->text, QStringLiteral("Hello!!"));
    QVERIFY(starter->preProcess.contains(QStringLiteral("setTriggerNextMessage('Welcome Back')")));

    const Interaction *qr = interactionNamed(back, QStringLiteral("quick_reply_7"));
    QCOMPARE(qr->type, InteractionType::QuickReply);
    QCOMPARE(qr->quickReplies.size(), 2);
    QCOMPARE(qr->quickReplies.at(1).title, QStringLiteral("Back"));
    QCOMPARE(qr->quickReplies.at(1).payload, QStringLiteral("Back"));

    const Bot dyn = loadBot(
            samplePath(QStringLiteral("how-to-guides_dynamic-buttons_dynamic-button-bot.json")));
    const Interaction *universal = interactionNamed(dyn, QStringLiteral("dynamic_button_display"));
    QCOMPARE(universal->type, InteractionType::Universal);
    QCOMPARE(universal->universalJson, QStringLiteral("{$botContext.jsonTemplate}"));
    QCOMPARE(universal->delayMs, 500);
    QVERIFY(universal->userInputRequired);

    const Bot patterns
            = loadBot(samplePath(QStringLiteral("how-to-guides_get-bot-patterns_bot.json")));
    const Interaction *image = interactionNamed(patterns, QStringLiteral("image_18"));
    QCOMPARE(image->type, InteractionType::Image);
    QVERIFY(image->imageUrl.startsWith(QStringLiteral("https://media.tenor.com/")));
    const Interaction *escalation = interactionNamed(patterns, QStringLiteral("escalation_27"));
    QCOMPARE(escalation->type, InteractionType::Escalation);
    QCOMPARE(escalation->skillId, QStringLiteral("3402109730"));
    QCOMPARE(escalation->text, QStringLiteral("Transferring to jerboi, Cale."));
    QCOMPARE(escalation->nextAction().kind, Action::Kind::End);
    const Interaction *api = interactionNamed(patterns, QStringLiteral("api_integration_8"));
    QCOMPARE(api->type, InteractionType::ApiIntegration);
    QCOMPARE(api->integrationName, QStringLiteral("jService"));
    QVERIFY(api->postProcess.contains(QStringLiteral("api_jService")));
    QCOMPARE(patterns.intents.size(), 3);
    QCOMPARE(patterns.intents.at(0).name, QStringLiteral("Quiz me"));

    const Bot universalBot = loadBot(samplePath(QStringLiteral("universal.json")));
    const Interaction *mc = interactionNamed(universalBot, QStringLiteral("map_tile_examples"));
    QCOMPARE(mc->type, InteractionType::MultipleChoiceQuestion);
    QCOMPARE(mc->choices, (QStringList{"Map Only", "Map with Button", "Map with URL"}));
    QCOMPARE(mc->text, QStringLiteral("Map tile examples available:"));

    const Bot topKey = loadBot(samplePath(
            QStringLiteral("how-to-guides_adding-a-top-level-key_top-level-key-demo.json")));
    const Interaction *structured = interactionNamed(topKey, QStringLiteral("structured_5"));
    QCOMPARE(structured->type, InteractionType::Structured);
    QCOMPARE(structured->title, QStringLiteral("{Locations.city}"));
    QCOMPARE(structured->subtitle, QStringLiteral("City shows above"));
}

void TestCbFormat::readsRulesOfEveryKind()
{
    const Bot back = loadBot(samplePath(QStringLiteral("bot-samples_back-guide_goBackBot.json")));
    const Interaction *question = interactionNamed(back, QStringLiteral("text_question_5"));
    QCOMPARE(question->rules.size(), 3);
    QCOMPARE(question->rules.at(0).condition, Rule::Condition::Pattern);
    QCOMPARE(question->rules.at(0).patterns, QStringList{"continue"});
    const Rule &noMatch = question->rules.at(1);
    QCOMPARE(noMatch.condition, Rule::Condition::NoMatch);
    QCOMPARE(noMatch.noMatchMessage, QStringLiteral("Say 'continue' or 'back'"));
    QCOMPARE(noMatch.action.kind, Action::Kind::Interaction);
    QCOMPARE(noMatch.action.target, question->id);

    const Bot patterns
            = loadBot(samplePath(QStringLiteral("how-to-guides_get-bot-patterns_bot.json")));
    const Interaction *quiz = interactionNamed(patterns, QStringLiteral("text_question13"));
    const Rule &regex = quiz->rules.at(0);
    QCOMPARE(regex.condition, Rule::Condition::Regex);
    QCOMPARE(regex.regex, QStringLiteral("^[^0-9]*$"));
    QCOMPARE(regex.variableConditions.size(), 2);
    QCOMPARE(regex.variableConditions.at(0).kind, QStringLiteral("CONTAINS"));
    QCOMPARE(regex.variableConditions.at(0).variable, QStringLiteral("{$userMessage}"));
    QVERIFY(!regex.allVariableConditions);
    const Interaction *qr = interactionNamed(patterns, QStringLiteral("quick_reply_21"));
    const auto quizRule = std::find_if(qr->rules.cbegin(), qr->rules.cend(), [](const Rule &r) {
        return r.name == QLatin1String("Quiz me");
    });
    QVERIFY(quizRule != qr->rules.cend());
    QCOMPARE(quizRule->action.kind, Action::Kind::Dialog);
    QVERIFY(patterns.dialog(quizRule->action.target));

    const Bot dyn = loadBot(
            samplePath(QStringLiteral("how-to-guides_dynamic-buttons_dynamic-button-bot.json")));
    const Interaction *count = interactionNamed(dyn, QStringLiteral("how_many_buttons?"));
    QCOMPARE(count->rules.at(0).assignments.size(), 1);
    QCOMPARE(count->rules.at(0).assignments.at(0).name, QStringLiteral("buttonCount"));
    QCOMPARE(count->rules.at(0).assignments.at(0).value, QStringLiteral("{$userMessage}"));
    QCOMPARE(count->rules.at(0).assignments.at(0).scope, VariableScope::Session);
    const Interaction *retry = interactionNamed(dyn, QStringLiteral("retry"));
    QCOMPARE(retry->rules.at(1).name, QStringLiteral("No"));
    QCOMPARE(retry->rules.at(1).action.kind, Action::Kind::CloseConversation);

    const Bot universalBot = loadBot(samplePath(QStringLiteral("universal.json")));
    const Interaction *mc = interactionNamed(universalBot, QStringLiteral("map_tile_examples"));
    QCOMPARE(mc->rules.at(1).condition, Rule::Condition::EvalOption);
    QCOMPARE(mc->rules.at(1).option, QStringLiteral("Map with Button"));
}

void TestCbFormat::apiResultConditionsKeepTheirSpelling()
{
    // CB writes an API result condition as {"apiResultMatch": {"value": ...}} or as
    // {"apiResultsMatch": {"status": ...}}: each is read and written back as it was, with no
    // second member added.
    for (const bool plural : {false, true}) {
        const QString member
                = plural ? QStringLiteral("apiResultsMatch") : QStringLiteral("apiResultMatch");
        const QString field = plural ? QStringLiteral("status") : QStringLiteral("value");
        const QByteArray original = mutated([&](QJsonObject &root) {
            const QJsonObject condition{{QStringLiteral("matchType"), QStringLiteral("API_RESULT")},
                                        {member, QJsonObject{{field, QStringLiteral("FAILURE")}}}};
            const QJsonObject rule{
                    {QStringLiteral("name"), QStringLiteral("failed")},
                    {QStringLiteral("conditions"), QJsonArray{condition}},
                    {QStringLiteral("action"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("INTERACTION")},
                                 {QStringLiteral("value"), QStringLiteral("next")}}}};
            setMessageField(root, 1, QStringLiteral("responseMatches"), QJsonArray{rule});
        });
        Result<LoadedBot> loaded = readBot(original);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        const Rule &rule = loaded->bot.dialogs.at(0).interactions.at(1).rules.at(0);
        QCOMPARE(rule.condition, Rule::Condition::ApiResult);
        QVERIFY(!rule.apiSuccess);

        const QJsonObject saved = jsonObject(writeBot(loaded->bot));
        QCOMPARE(withoutExtension(saved), jsonObject(original));

        // An edit changes the outcome where it was read.
        Bot edited = loaded->bot;
        edited.dialogs[0].interactions[1].rules[0].apiSuccess = true;
        const QJsonObject condition = messageAt(jsonObject(writeBot(edited)), 1)
                                              .value(QStringLiteral("responseMatches"))
                                              .toArray()
                                              .at(0)
                                              .toObject()
                                              .value(QStringLiteral("conditions"))
                                              .toArray()
                                              .at(0)
                                              .toObject();
        QCOMPARE(condition.keys(), (QStringList{member, QStringLiteral("matchType")}));
        QCOMPARE(condition.value(member).toObject(),
                 (QJsonObject{{field, QStringLiteral("SUCCESS")}}));
    }
}

void TestCbFormat::readsIntegrations()
{
    const Bot topKey = loadBot(samplePath(
            QStringLiteral("how-to-guides_adding-a-top-level-key_top-level-key-demo.json")));
    QCOMPARE(topKey.integrations.size(), 1);
    const Integration &in = topKey.integrations.first();
    QCOMPARE(in.name, QStringLiteral("Locations"));
    QCOMPARE(in.method, QStringLiteral("GET"));
    QCOMPARE(in.url, QStringLiteral("https://5fc54a0936bc790016344a09.mockapi.io/stores"));
    QCOMPARE(in.responseDataVariable, QStringLiteral("Locations"));
    QCOMPARE(in.customDataFields.size(), 1);
    QCOMPARE(in.customDataFields.first().key, QStringLiteral("city"));
    QCOMPARE(in.customDataFields.first().value, QStringLiteral("{$.api_Locations.stores[i].city}"));
    QVERIFY(in.transformScript.contains(QStringLiteral("response.jsonData")));

    const Bot routing = loadBot(routingBotPath());
    const Integration &esc = routing.integrations.first();
    QCOMPARE(esc.method, QStringLiteral("POST"));
    QCOMPARE(valueOf(esc.headers, QStringLiteral("Authorization")),
             QStringLiteral("{$secret.lpApiKey}"));
    QVERIFY(esc.body.contains(QStringLiteral("{$botContext.transferMessage}")));
}

void TestCbFormat::editedBotSurvivesSaveAndReload()
{
    Bot bot = loadBot(routingBotPath());
    Dialog &welcome = bot.dialogs[0];

    // One interaction of every type with its fields filled in.
    int n = 0;
    for (InteractionType type : knownInteractionTypes()) {
        Interaction i = Interaction::create(type, QStringLiteral("new %1").arg(++n));
        i.text = QStringLiteral("text with \"quotes\" and é");
        i.comment = QStringLiteral("a comment");
        i.position = QPointF(12.5, -40);
        i.preProcess = QStringLiteral("botContext.printDebugMessage('pre');");
        i.processUserResponse = QStringLiteral("var x = 1;");
        i.postProcess = QStringLiteral("var y = 2;");
        i.delayMs = 750;
        i.enabled = n % 2 == 0;
        switch (type) {
        case InteractionType::DialogStarter:
            i.patterns = {QStringLiteral("*(a|b)*")};
            i.excludeKeywords = {QStringLiteral("never")};
            i.intentId = QStringLiteral("intent-1");
            break;
        case InteractionType::Image:
            i.imageUrl = QStringLiteral("https://example.com/a.png");
            break;
        case InteractionType::MultipleChoiceQuestion:
            i.choices = {QStringLiteral("One"), QStringLiteral("Two")};
            break;
        case InteractionType::QuickReply:
            i.quickReplies
                    = {{QStringLiteral("text"), QStringLiteral("Yes"), QStringLiteral("y"), {}}};
            break;
        case InteractionType::Button:
        case InteractionType::Structured:
            i.title = QStringLiteral("Title");
            i.subtitle = QStringLiteral("Sub");
            i.imageUrl = QStringLiteral("https://example.com/t.png");
            i.buttons = {{QStringLiteral("postback"),
                          QStringLiteral("Go"),
                          QStringLiteral("go"),
                          {},
                          {}},
                         {QStringLiteral("url"),
                          QStringLiteral("Site"),
                          {},
                          QStringLiteral("https://example.com"),
                          {}}};
            break;
        case InteractionType::Universal:
            i.universalJson = QStringLiteral("{\"type\": \"text\", \"text\": \"hi\"}");
            break;
        case InteractionType::ApiIntegration:
            i.text.clear(); // an integration sends nothing itself
            i.integrationId = bot.integrations.first().id;
            i.integrationName = bot.integrations.first().name;
            break;
        case InteractionType::Escalation:
            i.skillId = QStringLiteral("12");
            i.skillName = QStringLiteral("human");
            break;
        default:
            break;
        }
        Rule pattern;
        pattern.name = QStringLiteral("p");
        pattern.condition = Rule::Condition::Pattern;
        pattern.patterns = {QStringLiteral("yes"), QStringLiteral("y(|es)")};
        pattern.assignments = {{QStringLiteral("answer"),
                                QStringLiteral("{$userMessage}"),
                                VariableScope::Dialog,
                                {}}};
        pattern.action = Action::toDialog(bot.dialogs.at(1).id);
        Rule regex;
        regex.condition = Rule::Condition::Regex;
        regex.regex = QStringLiteral("^\\d+$");
        regex.variableConditions
                = {{QStringLiteral("NOT_CONTAINS"), QStringLiteral("x"), QStringLiteral("y"), {}}};
        regex.allVariableConditions = true;
        regex.action.kind = Action::Kind::CloseDialog;
        Rule option;
        option.condition = Rule::Condition::EvalOption;
        option.option = QStringLiteral("One");
        option.action = Action::toInteraction(welcome.interactions.first().id);
        Rule api;
        api.condition = Rule::Condition::ApiResult;
        api.apiSuccess = false;
        api.action.kind = Action::Kind::CloseConversation;
        Rule noMatch;
        noMatch.condition = Rule::Condition::NoMatch;
        noMatch.noMatchMessage = QStringLiteral("Try again");
        i.rules = {pattern, regex, option, api, noMatch};
        i.setNextAction(Action::end());
        welcome.interactions.append(i);
    }

    Integration in = Integration::create(QStringLiteral("Orders"));
    in.method = QStringLiteral("PUT");
    in.url = QStringLiteral("https://api.example.com/orders/{$botContext.orderId}");
    in.headers = {{QStringLiteral("X-Key"), QStringLiteral("{$secret.ordersKey}"), {}}};
    in.queryParams = {{QStringLiteral("page"), QStringLiteral("1"), {}}};
    in.body = QStringLiteral("{\"id\": \"{$botContext.orderId}\"}");
    in.transformScript = QStringLiteral("var r = 1;");
    in.customDataFields = {{QStringLiteral("status"), QStringLiteral("{$.api_Orders.status}"), {}}};
    in.timeoutMs = 2500;
    bot.integrations.append(in);
    bot.intents.append({QStringLiteral("intent-1"),
                        QStringLiteral("Orders"),
                        {QStringLiteral("where is my order"), QStringLiteral("track order")}});
    bot.environments.append(
            {QStringLiteral("Staging"), {{QStringLiteral("k"), QStringLiteral("v"), {}}}});
    bot.secretNames.append(QStringLiteral("ordersKey"));
    bot.globalFunctions = QStringLiteral("function __initConversation() {}");
    bot.attributes.append({QStringLiteral("ENABLE_DEBUG"), QStringLiteral("true"), {}});
    const Dialog edited = bot.dialogs.at(0);
    bot.dialogs.append(Dialog::create(QStringLiteral("Empty dialog")));
    bot.dialogs.last().enabled = false;

    const QByteArray saved = writeBot(bot);
    Result<LoadedBot> reloaded = readBot(saved);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.ok() ? QString() : reloaded.error().toString()));
    QVERIFY(reloaded->warnings.isEmpty());
    const Bot &back = reloaded->bot;
    QCOMPARE(writeBot(back), saved);

    // Every field came back.
    QCOMPARE(back.dialogs.size(), bot.dialogs.size());
    const Dialog &w = back.dialogs.at(0);
    QCOMPARE(w.interactions.size(), edited.interactions.size());
    for (qsizetype k = 0; k < w.interactions.size(); ++k) {
        Interaction expected = edited.interactions.at(k);
        Interaction actual = w.interactions.at(k);
        // Bookkeeping that only says where the JSON came from.
        expected.raw = actual.raw = {};
        expected.fileOrder = actual.fileOrder = -1;
        for (QList<Rule> *rules : {&expected.rules, &actual.rules}) {
            for (Rule &r : *rules) {
                r.raw = {};
                r.action.raw = {};
                r.conditionKey.clear();
                for (auto &vc : r.variableConditions)
                    vc.raw = {};
                for (auto &va : r.assignments)
                    va.raw = {};
            }
        }
        for (QList<QuickReply> *qrs : {&expected.quickReplies, &actual.quickReplies}) {
            for (QuickReply &q : *qrs)
                q.raw = {};
        }
        for (QList<Button> *bs : {&expected.buttons, &actual.buttons}) {
            for (Button &b : *bs)
                b.raw = {};
        }
        QVERIFY2(expected == actual, qPrintable(expected.name));
    }
    QVERIFY(!back.dialogs.last().enabled);
    const Integration *orders = back.integrationByName(QStringLiteral("Orders"));
    QVERIFY(orders);
    QCOMPARE(orders->method, QStringLiteral("PUT"));
    QCOMPARE(orders->timeoutMs, 2500);
    QCOMPARE(orders->queryParams.first().value, QStringLiteral("1"));
    QCOMPARE(orders->body, in.body);
    QCOMPARE(back.intents.last().samples, bot.intents.last().samples);
    QCOMPARE(back.environments.last().name, QStringLiteral("Staging"));
    QCOMPARE(back.secretNames, (QStringList{"lpApiKey", "ordersKey"}));
    QCOMPARE(back.attributes.last().value, QStringLiteral("true"));
}

void TestCbFormat::newInteractionsFollowCbLayout()
{
    Bot bot = Bot::createEmpty(QStringLiteral("Fresh"));
    const QJsonObject root = jsonObject(writeBot(bot));
    const QJsonArray messages = root.value(QStringLiteral("conversationMessage")).toArray();
    QCOMPARE(messages.size(), 3);
    const QJsonObject starter = messages.at(0).toObject();
    QCOMPARE(starter.value(QStringLiteral("interactionType")).toString(),
             QStringLiteral("DIALOG_STARTER"));
    QCOMPARE(starter.value(QStringLiteral("type")).toString(), QStringLiteral("BOT_MESSAGE"));
    QCOMPARE(starter.value(QStringLiteral("nextMessageId")).toString(),
             messages.at(1).toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("prevMessageId")).toString(),
             starter.value(QStringLiteral("id")).toString());
    QCOMPARE(starter.value(QStringLiteral("pattern")).toArray().first().toString(),
             QStringLiteral("(hi|hello|hey)*"));
    const QJsonObject text = messages.at(1).toObject();
    QCOMPARE(text.value(QStringLiteral("content"))
                     .toObject()
                     .value(QStringLiteral("results"))
                     .toObject()
                     .value(QStringLiteral("tile"))
                     .toObject()
                     .value(QStringLiteral("tileData"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
             QStringLiteral("Hello! How can I help you?"));
    QCOMPARE(root.value(QStringLiteral("bot"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
             QStringLiteral("2"));
    QCOMPARE(root.value(QStringLiteral("groups")).toArray().size(), 2);
}

void TestCbFormat::retypedInteractionDropsOldContent()
{
    Bot bot = loadBot(samplePath(QStringLiteral("universal.json")));
    for (Dialog &d : bot.dialogs) {
        for (Interaction &i : d.interactions) {
            if (i.name == QLatin1String("map_tile_examples")) {
                i.type = InteractionType::TextQuestion;
                i.choices.clear();
            }
        }
    }
    const QJsonObject root = jsonObject(writeBot(bot));
    for (const QJsonValue &v : root.value(QStringLiteral("conversationMessage")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("name")).toString() != QLatin1String("map_tile_examples"))
            continue;
        QCOMPARE(m.value(QStringLiteral("interactionType")).toString(),
                 QStringLiteral("TEXT_QUESTION"));
        const QJsonObject results = m.value(QStringLiteral("content"))
                                            .toObject()
                                            .value(QStringLiteral("results"))
                                            .toObject();
        QCOMPARE(results.value(QStringLiteral("type")).toString(), QStringLiteral("TEXT_QUESTION"));
        const QJsonObject tile = results.value(QStringLiteral("tile"))
                                         .toObject()
                                         .value(QStringLiteral("tileData"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QVERIFY(!tile.contains(QStringLiteral("multipleChoice")));
        QCOMPARE(tile.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Map tile examples available:"));
        return;
    }
    QFAIL("interaction not written");
}

void TestCbFormat::unknownTypesAreKeptAndReported()
{
    const QByteArray input = mutated([](QJsonObject &root) {
        QJsonObject m = messageAt(root, 1);
        m.insert(QStringLiteral("interactionType"), QStringLiteral("HOLOGRAM"));
        m.insert(QStringLiteral("hologramSettings"), QJsonObject{{QStringLiteral("fps"), 90}});
        m.insert(QStringLiteral("responseMatches"),
                 QJsonArray{QJsonObject{
                         {QStringLiteral("conditions"),
                          QJsonArray{QJsonObject{
                                  {QStringLiteral("matchType"), QStringLiteral("SENTIMENT")},
                                  {QStringLiteral("sentiment"), QStringLiteral("happy")}}}},
                         {QStringLiteral("action"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("INTERACTION")},
                                      {QStringLiteral("value"), QStringLiteral("next")}}}}});
        setMessage(root, 1, m);
    });
    Result<LoadedBot> loaded = readBot(input);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->warnings.size(), 2);
    QVERIFY(loaded->warnings.at(0).message.contains(QStringLiteral("SENTIMENT")));
    QVERIFY(loaded->warnings.at(1).message.contains(QStringLiteral("HOLOGRAM")));
    const Interaction &odd = loaded->bot.dialogs.first().interactions.at(1);
    QCOMPARE(odd.type, InteractionType::Unknown);
    QCOMPARE(odd.typeKey, QStringLiteral("HOLOGRAM"));
    QCOMPARE(odd.rules.first().condition, Rule::Condition::Unknown);
    QCOMPARE(withoutExtension(jsonObject(writeBot(loaded->bot))), jsonObject(input));
}

void TestCbFormat::malformedFilesAreRefusedWithTheirPlace_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("location");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray valid = miniBot;
    QTest::newRow("empty file") << QByteArray() << QString() << 1 << "empty";
    QTest::newRow("not JSON") << QByteArray("<html>nope</html>") << QString() << 1
                              << "expected a value";
    QTest::newRow("truncated") << valid.left(valid.indexOf("\"groups\"")) << QString() << 1
                               << "unterminated object";
    QTest::newRow("array at top") << QByteArray("[]") << QString() << 0 << "found an array";
    QTest::newRow("not a bot") << QByteArray("{\"hello\": 1}") << "bot" << 0 << "missing";
    QTest::newRow("groups wrong type") << mutated([](QJsonObject &r) {
        r.insert(QStringLiteral("groups"), QStringLiteral("x"));
    }) << "groups" << 0 << "expected an array, found a string";
    QTest::newRow("name wrong type")
            << mutated([](QJsonObject &r) { setMessageField(r, 1, QStringLiteral("name"), 42); })
            << "conversationMessage[1].name" << 0 << "expected a string, found a number";
    QTest::newRow("content wrong type") << mutated([](QJsonObject &r) {
        setMessageField(r, 1, QStringLiteral("content"), QStringLiteral("hello"));
    }) << "conversationMessage[1].content"
                                        << 0 << "expected an object";
    QTest::newRow("pattern not strings") << mutated([](QJsonObject &r) {
        setMessageField(r, 0, QStringLiteral("pattern"), QJsonArray{1, 2});
    }) << "conversationMessage[0].pattern[0]"
                                         << 0 << "expected a string";
    QTest::newRow("next to missing") << mutated([](QJsonObject &r) {
        setMessageField(r, 0, QStringLiteral("nextMessageId"), QStringLiteral("gone"));
    }) << "conversationMessage[0].nextMessageId"
                                     << 0 << "does not exist";
    QTest::newRow("prev does not point back") << mutated([](QJsonObject &r) {
        setMessageField(r, 1, QStringLiteral("prevMessageId"), QJsonValue());
    }) << "conversationMessage[0].nextMessageId"
                                              << 0 << "does not point back";
    QTest::newRow("two first interactions") << mutated([](QJsonObject &r) {
        QJsonObject a = messageAt(r, 0);
        a.remove(QStringLiteral("nextMessageId"));
        setMessage(r, 0, a);
        QJsonObject b = messageAt(r, 1);
        b.remove(QStringLiteral("prevMessageId"));
        setMessage(r, 1, b);
    }) << "conversationMessage[1]" << 0 << "two first interactions";
    QTest::newRow("loop") << mutated([](QJsonObject &r) {
        setMessageField(r, 0, QStringLiteral("prevMessageId"), QStringLiteral("m2"));
        setMessageField(r, 1, QStringLiteral("nextMessageId"), QStringLiteral("m1"));
    }) << "conversationMessage[0]"
                          << 0 << "form a loop";
    QTest::newRow("missing dialog") << mutated([](QJsonObject &r) {
        setMessageField(r, 1, QStringLiteral("group"), QStringLiteral("nowhere"));
    }) << "conversationMessage[1].group"
                                    << 0 << "dialog that does not exist";
    QTest::newRow("duplicate interaction id") << mutated([](QJsonObject &r) {
        setMessageField(r, 1, QStringLiteral("id"), QStringLiteral("m1"));
    }) << "conversationMessage[1].id" << 0 << "duplicate interaction id";
    QTest::newRow("duplicate dialog id") << mutated([](QJsonObject &r) {
        QJsonArray groups = r.value(QStringLiteral("groups")).toArray();
        groups.append(groups.first());
        r.insert(QStringLiteral("groups"), groups);
    }) << "groups[1].id" << 0 << "duplicate dialog id";
    QTest::newRow("duplicate integration id") << mutated([](QJsonObject &r) {
        const QJsonObject in{{QStringLiteral("id"), QStringLiteral("r1")},
                             {QStringLiteral("name"), QStringLiteral("A")}};
        r.insert(QStringLiteral("responder"), QJsonArray{in, in});
    }) << "responder[1].id" << 0 << "duplicate integration id";
    QTest::newRow("unsupported CB version") << mutated([](QJsonObject &r) {
        QJsonObject bot = r.value(QStringLiteral("bot")).toObject();
        bot.insert(QStringLiteral("version"), QStringLiteral("3"));
        r.insert(QStringLiteral("bot"), bot);
    }) << "bot.version" << 0 << "unsupported";
    QTest::newRow("newer project format") << mutated([](QJsonObject &r) {
        r.insert(QStringLiteral("x-dialogsmith"),
                 QJsonObject{{QStringLiteral("format"), QStringLiteral("dialogsmith")},
                             {QStringLiteral("version"), 7}});
    }) << "x-dialogsmith.version" << 0 << "newer Dialogsmith";
    QTest::newRow("deep nesting") << QByteArray(50 * 1024 * 1024, '[') << QString() << 1
                                  << "nesting deeper";
}

void TestCbFormat::malformedFilesAreRefusedWithTheirPlace()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, location);
    QFETCH(int, line);
    QFETCH(QString, message);
    Result<LoadedBot> loaded = readBot(input);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().toString()));
    QCOMPARE(loaded.error().location, location);
    if (line > 0) {
        QCOMPARE(loaded.error().line, line);
        QVERIFY(loaded.error().column > 0);
    }
}

void TestCbFormat::exportForConversationBuilderLeavesOutOurData()
{
    const Bot bot = loadBot(routingBotPath());
    const QByteArray cb = writeBot(bot, WriteTarget::ConversationBuilder);
    const QJsonObject root = jsonObject(cb);
    QVERIFY(!root.contains(QStringLiteral("x-dialogsmith")));
    QVERIFY(!cb.contains("lpPlatformHost\": \"https"));
    QVERIFY(!cb.contains("\"secrets\""));
    // Everything CB knows is still there.
    QCOMPARE(root.value(QStringLiteral("groups")).toArray().size(), 4);
    QCOMPARE(root.value(QStringLiteral("responder")).toArray().size(), 1);
    QVERIFY(readBot(cb).ok());
}

void TestCbFormat::routingBotMatchesTheTutorial()
{
    const Bot bot = loadBot(routingBotPath());
    QStringList dialogs;
    for (const Dialog &d : bot.dialogs)
        dialogs.append(d.name);
    QCOMPARE(dialogs, (QStringList{"Welcome", "Agent Handoff", "Billing", "Fallback"}));
    const Dialog &handoff = bot.dialogs.at(1);
    QCOMPARE(handoff.interactions.size(), 2);
    QCOMPARE(handoff.interactions.at(0).text, QStringLiteral("I want to speak to an agent"));
    QCOMPARE(handoff.interactions.at(0).patterns,
             QStringList{QStringLiteral("*(agent|representative|help|human)*")});
    const Interaction &transfer = handoff.interactions.at(1);
    QCOMPARE(transfer.type, InteractionType::ApiIntegration);
    QCOMPARE(transfer.integrationName, QStringLiteral("Escalation"));
    QVERIFY(transfer.preProcess.contains(
            QStringLiteral("Hold on while I transfer you to an agent.")));
    QVERIFY(transfer.preProcess.contains(QStringLiteral("transferMessage")));
    QVERIFY(transfer.preProcess.contains(QStringLiteral("getChannel()")));
    QCOMPARE(bot.dialogs.at(2).interactions.at(0).patterns,
             QStringList{QStringLiteral("*(bill|billing|invoice|payment)*")});
    QCOMPARE(bot.dialogs.at(3).type, DialogType::Fallback);

    const Integration &esc = bot.integrations.first();
    QCOMPARE(esc.name, QStringLiteral("Escalation"));
    QCOMPARE(esc.responseDataVariable, QStringLiteral("Escalation"));
    QCOMPARE(esc.url,
             QStringLiteral("{$env.lpPlatformHost}/botservice-0.1/botcentral/livePersonAgent"));
    const QJsonObject body = jsonObject(esc.body.toUtf8());
    QCOMPARE(body.keys().size(), 6);
    QCOMPARE(body.value(QStringLiteral("userPlatformId")).toString(),
             QStringLiteral("{$chatBotUserPlatformId}"));
    QCOMPARE(body.value(QStringLiteral("chatBotId")).toString(), QStringLiteral("{$chatBotId}"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(),
             QStringLiteral("{$botContext.transferMessage}"));
    QCOMPARE(body.value(QStringLiteral("conversationId")).toString(),
             QStringLiteral("{$botContext.convId}"));
    QVERIFY(body.contains(QStringLiteral("agentSkillName")));
    QVERIFY(body.contains(QStringLiteral("agentSkillId")));

    QStringList envs;
    for (const Environment &e : bot.environments)
        envs.append(e.name);
    QCOMPARE(envs, (QStringList{"US", "EU", "APAC", "Local", "Cloud"}));
    QCOMPARE(bot.defaultEnvironment, QStringLiteral("US"));
    QCOMPARE(valueOf(bot.environment(QStringLiteral("EU"))->values,
                     QStringLiteral("lpPlatformHost")),
             QStringLiteral("https://platformservice-eu.botcentralapi.com"));
    QVERIFY(!valueOf(bot.environment(QStringLiteral("US"))->values, QStringLiteral("humanSkillId"))
                     .isEmpty());
    QVERIFY(validateBot(bot).isEmpty());
}

void TestCbFormat::onlyTheEditedDialogGetsANewTimestamp()
{
    BotDocument doc;
    doc.load(loadBot(samplePath(QStringLiteral("bot-samples_back-guide_goBackBot.json"))));
    doc.setClock([] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC); });
    const QJsonObject before = jsonObject(writeBot(doc.bot()));
    const QString id = doc.bot().dialogs.at(0).id;
    QVERIFY(doc.execute(std::make_unique<RenameDialogCommand>(doc, id,
                                                              QStringLiteral("2 Go Back Again")))
                    .ok());
    const QJsonObject after = jsonObject(writeBot(doc.bot()));

    const QJsonArray groupsBefore = before.value(QStringLiteral("groups")).toArray();
    const QJsonArray groupsAfter = after.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groupsAfter.at(0).toObject().value(QStringLiteral("modificationTime")).toString(),
             QStringLiteral("2026-01-02 03:04:05"));
    QCOMPARE(groupsAfter.at(0).toObject().value(QStringLiteral("creationTime")),
             groupsBefore.at(0).toObject().value(QStringLiteral("creationTime")));
    QCOMPARE(groupsAfter.at(1), groupsBefore.at(1));
    QCOMPARE(groupsAfter.at(2), groupsBefore.at(2));
    QCOMPARE(after.value(QStringLiteral("bot")), before.value(QStringLiteral("bot")));
    QCOMPARE(after.value(QStringLiteral("conversationMessage")),
             before.value(QStringLiteral("conversationMessage")));
}

void TestCbFormat::testFoldersRoundTrip()
{
    // x-dialogsmith.testFolders (read by the Tests panel and dialogsmith-cli test) is kept as
    // written, through an edit too, and left out of the Conversation Builder export.
    const QByteArray original = mutated([](QJsonObject &root) {
        root.insert(QStringLiteral("x-dialogsmith"),
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("dialogsmith")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("testFolders"),
                                 QJsonArray{QStringLiteral("tests/smoke"),
                                            QStringLiteral("../shared tests")}}});
    });
    Result<LoadedBot> loaded = readBot(original);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->bot.extensionRaw.value(QStringLiteral("testFolders")).toStringList(),
             QStringList({QStringLiteral("tests/smoke"), QStringLiteral("../shared tests")}));
    const QJsonArray expected{QStringLiteral("tests/smoke"), QStringLiteral("../shared tests")};
    const auto foldersOf = [](const QByteArray &bytes) {
        return jsonObject(bytes)
                .value(QStringLiteral("x-dialogsmith"))
                .toObject()
                .value(QStringLiteral("testFolders"))
                .toArray();
    };
    const QByteArray saved = writeBot(loaded->bot);
    QCOMPARE(foldersOf(saved), expected);
    Result<LoadedBot> again = readBot(saved);
    QVERIFY(again.ok());
    QCOMPARE(writeBot(again->bot), saved);

    BotDocument document;
    document.load(loaded->bot);
    QVERIFY(document.execute(std::make_unique<RenameDialogCommand>(
            document, document.bot().dialogs.at(0).id, QStringLiteral("Hello"))));
    QCOMPARE(foldersOf(writeBot(document.bot())), expected);
    QVERIFY(!jsonObject(writeBot(document.bot(), WriteTarget::ConversationBuilder))
                     .contains(QStringLiteral("x-dialogsmith")));
}

QTEST_GUILESS_MAIN(TestCbFormat)
#include "tst_cbformat.moc"
