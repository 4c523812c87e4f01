// A bot's enterprise integrations and their bot agents (x-dialogsmith.enterpriseIntegrations):
// read and written losslessly and stably, edited only through undoable commands, validated.

#include "botdocument.h"
#include "cbformat.h"
#include "enterpriseintegrationcommands.h"
#include "testsupport.h"
#include "validation.h"

#include <QSignalSpy>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

namespace {

const QString integrationId = QStringLiteral("35a69d89-45be-46fd-bc07-18f614e61a28");
const QString agentId = QStringLiteral("4fdcb4e9-5c17-4c3f-b8c8-3d4bab160738");

OAuthKeyNames keyNamesOf(const QString &prefix)
{
    return {prefix + QStringLiteral("appKey"), prefix + QStringLiteral("secret"),
            prefix + QStringLiteral("accessToken"), prefix + QStringLiteral("accessTokenSecret")};
}

/// The routing bot with its x-dialogsmith object edited by `edit` (on the file's JSON text).
QByteArray routingBotWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = readFile(routingBotPath());
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("not in the routing bot: %s", from.constData());
    return text.replace(at, from.size(), to);
}

/// The model's values without the JSON they were read from (a new item has none).
QList<EnterpriseIntegration> withoutRaw(QList<EnterpriseIntegration> list)
{
    for (EnterpriseIntegration &e : list) {
        e.raw = {};
        for (EnterpriseAgent &a : e.agents)
            a.raw = {};
    }
    return list;
}

QStringList enterpriseProblems(const Bot &bot)
{
    QStringList out;
    for (const Problem &p : validateBot(bot)) {
        if (p.location.field.startsWith(QStringLiteral("enterpriseIntegrations")))
            out.append(severityName(p.severity) + QStringLiteral(": ") + p.location.field
                       + QStringLiteral(": ") + p.message);
    }
    return out;
}

} // namespace

class TestEnterpriseIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void sampleBotHasTheCloudAgent();
    void roundTripIsByteStable();
    void filesWithoutItStayUnchanged();
    void unknownMembersAreKept();
    void unknownConversationTypeIsKept();
    void newIntegrationsAreWrittenInOrder();
    void conversationBuilderExportLeavesItOut();
    void malformedContentIsRefusedWithThePlace_data();
    void malformedContentIsRefusedWithThePlace();
    void validation_data();
    void validation();

    void addIntegration();
    void editIntegration();
    void removeIntegration();
    void addAgent();
    void editAgent();
    void removeAgent();
    void refusedCommandsChangeNothingAndSayWhy_data();
    void refusedCommandsChangeNothingAndSayWhy();

private:
    /// Runs `command` and checks do → undo → redo by comparing the saved document.
    void doUndoRedo(DocumentCommand *command, const std::function<void()> &verifyDone);
    const EnterpriseIntegration &integration(int i) const
    {
        return m_doc->bot().enterpriseIntegrations.at(i);
    }

    std::unique_ptr<BotDocument> m_doc;
};

void TestEnterpriseIntegration::init()
{
    m_doc = std::make_unique<BotDocument>();
    m_doc->load(loadBot(routingBotPath()), routingBotPath());
    m_doc->setClock([] { return QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC); });
}

void TestEnterpriseIntegration::doUndoRedo(DocumentCommand *command,
                                           const std::function<void()> &verifyDone)
{
    const QByteArray before = writeBot(m_doc->bot());
    const qint64 modified = m_doc->bot().modificationTime;
    const int count = m_doc->undoStack()->count();
    Result<void> ok = m_doc->execute(std::unique_ptr<DocumentCommand>(command));
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    const QByteArray done = writeBot(m_doc->bot());
    QVERIFY(done != before);
    // x-dialogsmith only: CB's bot object keeps its time stamp.
    QCOMPARE(m_doc->bot().modificationTime, modified);
    verifyDone();
    m_doc->undoStack()->undo();
    QCOMPARE(writeBot(m_doc->bot()), before);
    m_doc->undoStack()->redo();
    QCOMPARE(writeBot(m_doc->bot()), done);
    verifyDone();
    // What the command wrote reads back as the same model.
    Result<LoadedBot> reread = readBot(done);
    QVERIFY(reread.ok());
    QCOMPARE(withoutRaw(reread->bot.enterpriseIntegrations),
             withoutRaw(m_doc->bot().enterpriseIntegrations));
    m_doc->undoStack()->undo();
    QCOMPARE(writeBot(m_doc->bot()), before);
}

void TestEnterpriseIntegration::sampleBotHasTheCloudAgent()
{
    const Bot &bot = m_doc->bot();
    const Environment *cloud = bot.environment(QStringLiteral("Cloud"));
    QVERIFY(cloud);
    QCOMPARE(cloud->values,
             (KeyValueList{{QStringLiteral("lpPlatformHost"),
                            QStringLiteral("https://127.0.0.1:8743"),
                            {}},
                           {QStringLiteral("humanSkillId"), QStringLiteral("1002"), {}},
                           {QStringLiteral("billingSkillId"), QStringLiteral("1003"), {}}}));
    QCOMPARE(bot.enterpriseIntegrations.size(), 1);
    const EnterpriseIntegration &e = bot.enterpriseIntegrations.first();
    QCOMPARE(bot.enterpriseIntegration(integrationId), &e);
    QCOMPARE(e.type, QStringLiteral("LivePerson"));
    QCOMPARE(e.companyName, QStringLiteral("Acme"));
    QCOMPARE(e.agents.size(), 1);
    const EnterpriseAgent &agent = e.agents.first();
    QCOMPARE(e.agent(agentId), &agent);
    QCOMPARE(agent.conversationType, ConversationType::Messaging);
    QCOMPARE(agent.accountNumber, QStringLiteral("12345678"));
    QCOMPARE(agent.loginName, QStringLiteral("routing-bot"));
    QCOMPARE(agent.role, QStringLiteral("ASSIGNED_AGENT"));
    QCOMPARE(agent.authentication, QStringLiteral("OAuth"));
    QCOMPARE(agent.keyNames, keyNamesOf(QStringLiteral("lp12345678_routing_bot_")));
    QCOMPARE(agent.environment, QStringLiteral("Cloud"));
    QCOMPARE(enterpriseProblems(bot), QStringList());
    // The file names the keys, never their values.
    const QJsonObject file = jsonObject(readFile(routingBotPath()));
    QCOMPARE(file.value(QStringLiteral("x-dialogsmith"))
                     .toObject()
                     .value(QStringLiteral("enterpriseIntegrations"))
                     .toArray()
                     .size(),
             1);
}

void TestEnterpriseIntegration::roundTripIsByteStable()
{
    const QByteArray original = readFile(routingBotPath());
    QCOMPARE(writeBot(m_doc->bot()), original);
    Result<LoadedBot> again = readBot(writeBot(m_doc->bot()));
    QVERIFY(again.ok());
    QCOMPARE(again->bot.enterpriseIntegrations, m_doc->bot().enterpriseIntegrations);
}

void TestEnterpriseIntegration::filesWithoutItStayUnchanged()
{
    for (const QString &path : allSamplePaths()) {
        if (path == routingBotPath())
            continue;
        const Bot bot = loadBot(path);
        QVERIFY(bot.enterpriseIntegrations.isEmpty());
        const QByteArray written = writeBot(bot);
        QVERIFY2(!written.contains("enterpriseIntegrations"), qPrintable(path));
    }
    // A project without the member: not one byte changes.
    QByteArray without = readFile(routingBotPath());
    const qsizetype from = without.indexOf(",\n    \"enterpriseIntegrations\"");
    QVERIFY(from > 0);
    without.remove(from, without.lastIndexOf("\n  }\n}") - from);
    Result<LoadedBot> loaded = readBot(without);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(loaded->bot.enterpriseIntegrations.isEmpty());
    QCOMPARE(writeBot(loaded->bot), without);
}

void TestEnterpriseIntegration::unknownMembersAreKept()
{
    const QByteArray text
            = routingBotWith("\"companyName\": \"Acme\",",
                             "\"companyName\": \"Acme\",\n        \"region\": \"emea\",")
                      .replace("\"environment\": \"Cloud\"",
                               "\"environment\": \"Cloud\",\n            "
                               "\"note\": \"seen\"")
                      .replace("\"accessTokenSecret\": "
                               "\"lp12345678_routing_bot_accessTokenSecret\"",
                               "\"accessTokenSecret\": "
                               "\"lp12345678_routing_bot_accessTokenSecret\",\n"
                               "              \"rotation\": 90");
    Result<LoadedBot> loaded = readBot(text);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(writeBot(loaded->bot), text);
    // Edited, the unknown members stay where they were.
    m_doc->load(loaded->bot);
    EnterpriseIntegration e = integration(0);
    e.companyName = QStringLiteral("Acme Corp");
    e.agents[0].loginName = QStringLiteral("router");
    e.agents[0].keyNames.secret = QStringLiteral("router_secret");
    QVERIFY(m_doc->execute(std::make_unique<EditEnterpriseIntegrationCommand>(*m_doc, e)).ok());
    QByteArray expected = text;
    expected.replace("\"companyName\": \"Acme\"", "\"companyName\": \"Acme Corp\"")
            .replace("\"loginName\": \"routing-bot\"", "\"loginName\": \"router\"")
            .replace("\"secret\": \"lp12345678_routing_bot_secret\"",
                     "\"secret\": \"router_secret\"");
    QCOMPARE(writeBot(m_doc->bot()), expected);
}

void TestEnterpriseIntegration::unknownConversationTypeIsKept()
{
    const QByteArray text = routingBotWith("\"MESSAGING\"", "\"VOICE\"");
    Result<LoadedBot> loaded = readBot(text);
    QVERIFY(loaded.ok());
    const EnterpriseAgent &agent = loaded->bot.enterpriseIntegrations.first().agents.first();
    QCOMPARE(agent.conversationType, ConversationType::Unknown);
    QCOMPARE(writeBot(loaded->bot), text);
    QCOMPARE(enterpriseProblems(loaded->bot),
             QStringList{QStringLiteral("error: enterpriseIntegrations[0].agents[0]."
                                        "conversationType: unknown conversation type \"VOICE\" "
                                        "(use MESSAGING or CHAT)")});
    // Chosen again, a known type replaces it.
    m_doc->load(loaded->bot);
    EnterpriseAgent chat = agent;
    chat.conversationType = ConversationType::Chat;
    QVERIFY(m_doc->execute(
                         std::make_unique<EditEnterpriseAgentCommand>(*m_doc, integrationId, chat))
                    .ok());
    QVERIFY(writeBot(m_doc->bot()).contains("\"conversationType\": \"CHAT\""));
}

void TestEnterpriseIntegration::newIntegrationsAreWrittenInOrder()
{
    // A CB export without x-dialogsmith: the integration comes in the canonical layout.
    const QString path = allSamplePaths().first();
    m_doc->load(loadBot(path), path);
    EnterpriseIntegration e = EnterpriseIntegration::create(QStringLiteral("Beta"));
    e.id = QStringLiteral("i-1");
    EnterpriseAgent agent = EnterpriseAgent::create();
    agent.id = QStringLiteral("a-1");
    agent.conversationType = ConversationType::Chat;
    agent.accountNumber = QStringLiteral("42");
    agent.loginName = QStringLiteral("beta-bot");
    agent.keyNames = keyNamesOf(QStringLiteral("lp42_beta_bot_"));
    e.agents.append(agent);
    QVERIFY(m_doc->execute(std::make_unique<AddEnterpriseIntegrationCommand>(*m_doc, e)).ok());
    const QByteArray written = writeBot(m_doc->bot());
    const QByteArray expected = R"("enterpriseIntegrations": [
      {
        "id": "i-1",
        "type": "LivePerson",
        "companyName": "Beta",
        "agents": [
          {
            "id": "a-1",
            "conversationType": "CHAT",
            "accountNumber": "42",
            "loginName": "beta-bot",
            "role": "ASSIGNED_AGENT",
            "authentication": "OAuth",
            "keyNames": {
              "appKey": "lp42_beta_bot_appKey",
              "secret": "lp42_beta_bot_secret",
              "accessToken": "lp42_beta_bot_accessToken",
              "accessTokenSecret": "lp42_beta_bot_accessTokenSecret"
            }
          }
        ]
      }
    ])";
    QVERIFY2(written.contains(expected), written.mid(written.indexOf("x-dialogsmith")).constData());
    // After the secrets, before the canvas positions.
    const QJsonObject ext = jsonObject(written).value(QStringLiteral("x-dialogsmith")).toObject();
    const QStringList keys = ext.keys();
    QVERIFY(keys.contains(QStringLiteral("enterpriseIntegrations")));
    const qsizetype at = written.indexOf("\"enterpriseIntegrations\"");
    QVERIFY(written.indexOf("\"format\": \"dialogsmith\"") < at);
    if (written.contains("\"interactions\": {"))
        QVERIFY(at < written.indexOf("\"interactions\": {", written.indexOf("x-dialogsmith")));
}

void TestEnterpriseIntegration::conversationBuilderExportLeavesItOut()
{
    const QByteArray cb = writeBot(m_doc->bot(), WriteTarget::ConversationBuilder);
    QVERIFY(!cb.contains("enterpriseIntegrations"));
    QVERIFY(!cb.contains("lp12345678_routing_bot_"));
}

void TestEnterpriseIntegration::malformedContentIsRefusedWithThePlace_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an array")
            << QByteArray("\"enterpriseIntegrations\": [")
            << QByteArray("\"enterpriseIntegrations\": 7, \"old\": [")
            << QStringLiteral("x-dialogsmith.enterpriseIntegrations: expected an array, found a "
                              "number");
    QTest::newRow("agents") << QByteArray("\"agents\": [") << QByteArray("\"agents\": 1, \"a\": [")
                            << QStringLiteral("x-dialogsmith.enterpriseIntegrations[0].agents: "
                                              "expected an array, found a number");
    QTest::newRow("agent") << QByteArray("\"agents\": [") << QByteArray("\"agents\": [ true,")
                           << QStringLiteral("x-dialogsmith.enterpriseIntegrations[0].agents[0]: "
                                             "expected an object, found a boolean");
    QTest::newRow("key names") << QByteArray("\"keyNames\": {")
                               << QByteArray("\"keyNames\": [], \"k\": {")
                               << QStringLiteral("x-dialogsmith.enterpriseIntegrations[0].agents[0]"
                                                 ".keyNames: expected an object, found an array");
    QTest::newRow("key name") << QByteArray("\"appKey\": \"lp12345678_routing_bot_appKey\"")
                              << QByteArray("\"appKey\": 12")
                              << QStringLiteral("x-dialogsmith.enterpriseIntegrations[0].agents[0]"
                                                ".keyNames.appKey: expected a string, found a "
                                                "number");
    QTest::newRow("login") << QByteArray("\"loginName\": \"routing-bot\"")
                           << QByteArray("\"loginName\": [\"routing-bot\"]")
                           << QStringLiteral("x-dialogsmith.enterpriseIntegrations[0].agents[0]"
                                             ".loginName: expected a string, found an array");
    QTest::newRow("syntax") << QByteArray("\"role\": \"ASSIGNED_AGENT\",")
                            << QByteArray("\"role\": \"ASSIGNED_AGENT\",,")
                            << QStringLiteral("line 450, column 38: expected a member name in "
                                              "quotes but found ','");
}

void TestEnterpriseIntegration::malformedContentIsRefusedWithThePlace()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, error);
    Result<LoadedBot> loaded = readBot(routingBotWith(from, to));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().toString(), error);
}

void TestEnterpriseIntegration::validation_data()
{
    QTest::addColumn<std::function<void(Bot &)>>("edit");
    QTest::addColumn<QStringList>("problems");
    using Edit = std::function<void(Bot &)>;
    const auto agent = [](Bot &b) -> EnterpriseAgent & {
        return b.enterpriseIntegrations[0].agents[0];
    };
    const QString at = QStringLiteral("error: enterpriseIntegrations[0].agents[0].");
    QTest::newRow("account number")
            << Edit([=](Bot &b) { agent(b).accountNumber = QStringLiteral("1234-5678"); })
            << QStringList{at
                           + QStringLiteral("accountNumber: the account number must be "
                                            "digits, found \"1234-5678\"")};
    QTest::newRow("no account number")
            << Edit([=](Bot &b) { agent(b).accountNumber.clear(); })
            << QStringList{at
                           + QStringLiteral("accountNumber: the account number must be "
                                            "digits, found \"\"")};
    QTest::newRow("login") << Edit([=](Bot &b) { agent(b).loginName = QStringLiteral(" "); })
                           << QStringList{at
                                          + QStringLiteral("loginName: the bot agent needs "
                                                           "the login name of its Bot user")};
    QTest::newRow("key names")
            << Edit([=](Bot &b) {
                   agent(b).keyNames.secret = QStringLiteral("my secret");
                   agent(b).keyNames.accessToken.clear();
                   agent(b).keyNames.appKey = QStringLiteral("1st");
               })
            << QStringList{
                       at
                               + QStringLiteral("keyNames.appKey: \"1st\" is not a valid secret "
                                                "name"),
                       at
                               + QStringLiteral("keyNames.secret: \"my secret\" is not a valid "
                                                "secret name"),
                       at
                               + QStringLiteral("keyNames.accessToken: the name of the key in "
                                                "the secret store is missing")};
    QTest::newRow("key name too long")
            << Edit([=](Bot &b) {
                   agent(b).keyNames.accessTokenSecret = QString(129, QLatin1Char('k'));
               })
            << QStringList{at
                           + QStringLiteral("keyNames.accessTokenSecret: \"%1\" is not a "
                                            "valid secret name")
                                     .arg(QString(129, QLatin1Char('k')))};
    QTest::newRow("environment")
            << Edit([=](Bot &b) { agent(b).environment = QStringLiteral("Mars"); })
            << QStringList{at
                           + QStringLiteral("environment: the environment \"Mars\" does not "
                                            "exist")};
    QTest::newRow("default environment")
            << Edit([=](Bot &b) { agent(b).environment.clear(); }) << QStringList();
    QTest::newRow("type")
            << Edit([](Bot &b) { b.enterpriseIntegrations[0].type = QStringLiteral("Genesys"); })
            << QStringList{QStringLiteral("warning: enterpriseIntegrations[0].type: unknown "
                                          "enterprise integration type \"Genesys\": it is kept "
                                          "as it is but cannot be deployed")};
    QTest::newRow("second agent")
            << Edit([](Bot &b) {
                   EnterpriseAgent a = EnterpriseAgent::create();
                   a.accountNumber = QStringLiteral("12345678");
                   a.keyNames = keyNamesOf(QStringLiteral("lp12345678_human_"));
                   b.enterpriseIntegrations[0].agents.append(a);
               })
            << QStringList{QStringLiteral("error: enterpriseIntegrations[0].agents[1].loginName: "
                                          "the bot agent needs the login name of its Bot user")};
}

void TestEnterpriseIntegration::validation()
{
    QFETCH(std::function<void(Bot &)>, edit);
    QFETCH(QStringList, problems);
    Bot bot = m_doc->bot();
    edit(bot);
    QCOMPARE(enterpriseProblems(bot), problems);
    // The place reads the same on the command line.
    for (const Problem &p : validateBot(bot)) {
        if (p.location.field.startsWith(QStringLiteral("enterpriseIntegrations")))
            QCOMPARE(describeLocation(bot, p.location), p.location.field);
    }
}

void TestEnterpriseIntegration::addIntegration()
{
    EnterpriseIntegration e = EnterpriseIntegration::create(QStringLiteral("Beta"));
    QVERIFY(!e.id.isEmpty());
    QCOMPARE(e.type, QStringLiteral("LivePerson"));
    doUndoRedo(new AddEnterpriseIntegrationCommand(*m_doc, e, 0), [&] {
        QCOMPARE(m_doc->bot().enterpriseIntegrations.size(), 2);
        QCOMPARE(integration(0).companyName, QStringLiteral("Beta"));
        QCOMPARE(integration(1).id, integrationId);
    });
    QCOMPARE(m_doc->bot().enterpriseIntegrations.size(), 1);
}

void TestEnterpriseIntegration::editIntegration()
{
    EnterpriseIntegration e = integration(0);
    e.companyName = QStringLiteral("Acme Corp");
    e.agents.clear();
    doUndoRedo(new EditEnterpriseIntegrationCommand(*m_doc, e), [&] {
        QCOMPARE(integration(0).companyName, QStringLiteral("Acme Corp"));
        QVERIFY(integration(0).agents.isEmpty());
    });
}

void TestEnterpriseIntegration::removeIntegration()
{
    QSignalSpy changed(m_doc.get(), &BotDocument::propertiesChanged);
    doUndoRedo(new RemoveEnterpriseIntegrationCommand(*m_doc, integrationId),
               [&] { QVERIFY(m_doc->bot().enterpriseIntegrations.isEmpty()); });
    QCOMPARE(changed.count(), 4); // do, undo, redo, undo
    // Removing the last one keeps an empty list in the file, as the user left it.
    QVERIFY(m_doc->execute(std::make_unique<RemoveEnterpriseIntegrationCommand>(*m_doc,
                                                                                integrationId))
                    .ok());
    QVERIFY(writeBot(m_doc->bot()).contains("\"enterpriseIntegrations\": []"));
}

void TestEnterpriseIntegration::addAgent()
{
    EnterpriseAgent agent = EnterpriseAgent::create();
    agent.conversationType = ConversationType::Chat;
    agent.accountNumber = QStringLiteral("12345678");
    agent.loginName = QStringLiteral("routing-bot-chat");
    agent.keyNames = keyNamesOf(QStringLiteral("lp12345678_routing_bot_chat_"));
    doUndoRedo(new AddEnterpriseAgentCommand(*m_doc, integrationId, agent), [&] {
        QCOMPARE(integration(0).agents.size(), 2);
        QCOMPARE(integration(0).agents.at(1), agent);
    });
    init(); // a fresh history
    doUndoRedo(new AddEnterpriseAgentCommand(*m_doc, integrationId, agent, 0), [&] {
        QCOMPARE(integration(0).agents.size(), 2);
        QCOMPARE(integration(0).agents.at(0).loginName, QStringLiteral("routing-bot-chat"));
    });
}

void TestEnterpriseIntegration::editAgent()
{
    EnterpriseAgent agent = integration(0).agents.at(0);
    agent.environment.clear();
    agent.conversationType = ConversationType::Chat;
    agent.accountNumber = QStringLiteral("87654321");
    doUndoRedo(new EditEnterpriseAgentCommand(*m_doc, integrationId, agent), [&] {
        QCOMPARE(integration(0).agents.at(0).environment, QString());
        QCOMPARE(integration(0).agents.at(0).accountNumber, QStringLiteral("87654321"));
        QCOMPARE(integration(0).agents.at(0).conversationType, ConversationType::Chat);
    });
}

void TestEnterpriseIntegration::removeAgent()
{
    doUndoRedo(new RemoveEnterpriseAgentCommand(*m_doc, integrationId, agentId),
               [&] { QVERIFY(integration(0).agents.isEmpty()); });
}

void TestEnterpriseIntegration::refusedCommandsChangeNothingAndSayWhy_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("reason");
    QTest::newRow("add duplicate integration")
            << 0
            << QStringLiteral("there is already an enterprise integration with the id "
                              "\"35a69d89-45be-46fd-bc07-18f614e61a28\"");
    QTest::newRow("add integration without id") << 1
                                                << QStringLiteral("an enterprise integration "
                                                                  "needs an id");
    QTest::newRow("edit unknown integration")
            << 2 << QStringLiteral("there is no enterprise integration with the id \"nope\"");
    QTest::newRow("remove unknown integration")
            << 3 << QStringLiteral("there is no enterprise integration with the id \"nope\"");
    QTest::newRow("add agent to unknown integration")
            << 4 << QStringLiteral("there is no enterprise integration with the id \"nope\"");
    QTest::newRow("add duplicate agent")
            << 5
            << QStringLiteral("there is already a bot agent with the id "
                              "\"4fdcb4e9-5c17-4c3f-b8c8-3d4bab160738\"");
    QTest::newRow("edit unknown agent")
            << 6 << QStringLiteral("there is no bot agent with the id \"nope\"");
    QTest::newRow("remove unknown agent")
            << 7 << QStringLiteral("there is no bot agent with the id \"nope\"");
    QTest::newRow("edit with repeated agent ids")
            << 8 << QStringLiteral("each bot agent of an integration needs an id of its own");
    QTest::newRow("agent without id") << 9 << QStringLiteral("a bot agent needs an id");
}

void TestEnterpriseIntegration::refusedCommandsChangeNothingAndSayWhy()
{
    QFETCH(int, which);
    QFETCH(QString, reason);
    BotDocument &doc = *m_doc;
    const QString nope = QStringLiteral("nope");
    EnterpriseAgent agent = integration(0).agents.at(0);
    DocumentCommand *command = nullptr;
    switch (which) {
    case 0:
        command = new AddEnterpriseIntegrationCommand(doc, integration(0));
        break;
    case 1:
        command = new AddEnterpriseIntegrationCommand(doc, EnterpriseIntegration{});
        break;
    case 2: {
        EnterpriseIntegration e = integration(0);
        e.id = nope;
        command = new EditEnterpriseIntegrationCommand(doc, e);
        break;
    }
    case 3:
        command = new RemoveEnterpriseIntegrationCommand(doc, nope);
        break;
    case 4:
        command = new AddEnterpriseAgentCommand(doc, nope, EnterpriseAgent::create());
        break;
    case 5:
        command = new AddEnterpriseAgentCommand(doc, integrationId, agent);
        break;
    case 6:
        agent.id = nope;
        command = new EditEnterpriseAgentCommand(doc, integrationId, agent);
        break;
    case 7:
        command = new RemoveEnterpriseAgentCommand(doc, integrationId, nope);
        break;
    case 8: {
        EnterpriseIntegration e = integration(0);
        e.agents.append(agent);
        command = new EditEnterpriseIntegrationCommand(doc, e);
        break;
    }
    case 9:
        command = new AddEnterpriseAgentCommand(doc, integrationId, EnterpriseAgent{});
        break;
    }
    const QByteArray before = writeBot(doc.bot());
    const Result<void> result = doc.execute(std::unique_ptr<DocumentCommand>(command));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, reason);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(writeBot(doc.bot()), before);
}

QTEST_GUILESS_MAIN(TestEnterpriseIntegration)
#include "tst_enterpriseintegration.moc"
