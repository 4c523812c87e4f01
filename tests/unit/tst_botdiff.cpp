// The diff and the outline of a bot: each edit of a scripted sequence (made with the document's
// own commands) shows as exactly that edit; the outline survives saving and loading.
#include "botcommands.h"
#include "botdiff.h"
#include "botdocument.h"
#include "botoutline.h"
#include "cbformat.h"
#include "dialogcommands.h"
#include "integrationcommands.h"
#include "interactioncommands.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

namespace {

/// A change as the tests write it: "changed interaction Welcome › welcome text: text".
QString brief(const BotChange &c)
{
    const QString kind = c.kind == BotChange::Kind::Added     ? QStringLiteral("added")
                         : c.kind == BotChange::Kind::Removed ? QStringLiteral("removed")
                                                              : QStringLiteral("changed");
    QString s = kind + u' ' + outlineKindName(c.area) + u' ' + c.label;
    if (c.kind == BotChange::Kind::Changed)
        s += QStringLiteral(": ") + c.field;
    return s;
}

QStringList briefs(const QList<BotChange> &changes)
{
    QStringList out;
    for (const BotChange &c : changes)
        out.append(brief(c));
    return out;
}

} // namespace

class TestBotDiff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameBotHasNoChanges();
    void scriptedEditsShowAsExactlyThoseEdits_data();
    void scriptedEditsShowAsExactlyThoseEdits();
    void codeChangesAreUnifiedDiffs();
    void undoingEverythingLeavesNoChanges();
    void removedItemsComeWithTheirValues();
    void unifiedDiffHunks();
    void jsonListsEveryChange();
    void outlineIsStableUnderSaveAndLoad_data();
    void outlineIsStableUnderSaveAndLoad();
    void outlineReadsLikeTheBot();
    void commandLine();

private:
    const Interaction &interaction(const QString &name) const
    {
        return *m_document->bot().interactionByName(name);
    }
    const Dialog &dialogNamed(const QString &name) const
    {
        for (const Dialog &d : m_document->bot().dialogs) {
            if (d.name == name)
                return d;
        }
        qFatal("no dialog %s", qPrintable(name));
    }
    std::unique_ptr<BotDocument> m_document;
};

void TestBotDiff::init()
{
    m_document = std::make_unique<BotDocument>();
    m_document->load(loadBot(routingBotPath()));
}

void TestBotDiff::sameBotHasNoChanges()
{
    const Bot bot = m_document->bot();
    QVERIFY(diffBots(bot, bot).isEmpty());
    // Read from its bytes again: nothing the file's layout holds counts as a change.
    const Bot reread = readBot(writeBot(bot))->bot;
    QCOMPARE(briefs(diffBots(bot, reread)), QStringList());
}

using Edit = std::function<DocumentCommand *(BotDocument &)>;
Q_DECLARE_METATYPE(Edit)

void TestBotDiff::scriptedEditsShowAsExactlyThoseEdits_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("expected");

    const auto find = [](BotDocument &d, const char *name) {
        return *d.bot().interactionByName(QString::fromUtf8(name));
    };
    QTest::newRow("text") << Edit([find](BotDocument &d) {
        Interaction in = find(d, "welcome text");
        in.text = QStringLiteral("Hello! Say agent or ask about your bill.");
        return new EditInteractionCommand(d, in, QStringLiteral("Edit text"));
    }) << QStringList{QStringLiteral("changed interaction Welcome › welcome text: text")};

    QTest::newRow("rename interaction") << Edit([find](BotDocument &d) {
        Interaction in = find(d, "transfer to agent");
        in.name = QStringLiteral("hand over");
        return new EditInteractionCommand(d, in, QStringLiteral("Rename"));
    }) << QStringList{QStringLiteral("changed interaction Agent Handoff › hand over: name")};

    QTest::newRow("add interaction") << Edit([](BotDocument &d) {
        Interaction in = Interaction::create(InteractionType::Text, QStringLiteral("thanks"));
        in.text = QStringLiteral("Thank you!");
        return new AddInteractionCommand(d, d.bot().dialogs.first().id, in);
    }) << QStringList{QStringLiteral("added interaction Welcome › thanks")};

    QTest::newRow("remove interaction") << Edit([find](BotDocument &d) {
        return new RemoveInteractionCommand(d, find(d, "welcome text").id);
    }) << QStringList{QStringLiteral("removed interaction Welcome › welcome text")};

    QTest::newRow("move interaction") << Edit([find](BotDocument &d) {
        return new MoveInteractionCommand(d, find(d, "welcome text").id, 0);
    }) << QStringList{QStringLiteral("changed dialog Welcome: interaction order")};

    QTest::newRow("rename dialog") << Edit([](BotDocument &d) {
        return new RenameDialogCommand(d, d.bot().dialogs.at(2).id, QStringLiteral("Bills"));
    }) << QStringList{QStringLiteral("changed dialog Bills: name")};

    QTest::newRow("add dialog") << Edit([](BotDocument &d) {
        Dialog dialog = Dialog::create(QStringLiteral("Goodbye"));
        dialog.interactions.append(
                Interaction::create(InteractionType::Text, QStringLiteral("bye")));
        return new AddDialogCommand(d, dialog);
    }) << QStringList{QStringLiteral("added dialog Goodbye")};

    QTest::newRow("remove dialog") << Edit([](BotDocument &d) {
        return new RemoveDialogCommand(d, d.bot().dialogs.at(2).id);
    }) << QStringList{QStringLiteral("removed dialog Billing")};

    QTest::newRow("pre-process code")
            << Edit([find](BotDocument &d) {
                   return new SetCodeCommand(
                           d, find(d, "welcome text").id, CodeSlot::PreProcess,
                           QStringLiteral("botContext.setBotVariable('seen', 'yes');"));
               })
            << QStringList{QStringLiteral(
                       "changed interaction Welcome › welcome text: pre-process code")};

    QTest::newRow("next action") << Edit([find](BotDocument &d) {
        return new SetNextActionCommand(d, find(d, "welcome text").id,
                                        Action{Action::Kind::CloseConversation, {}, {}});
    }) << QStringList{QStringLiteral("changed rule Welcome › welcome text › rule 1: action")};

    QTest::newRow("add rule") << Edit([find](BotDocument &d) {
        const Interaction in = find(d, "welcome text");
        QList<Rule> rules = in.rules;
        Rule billing;
        billing.name = QStringLiteral("billing");
        billing.condition = Rule::Condition::Pattern;
        billing.patterns = {QStringLiteral("*bill*")};
        billing.action = Action::toDialog(d.bot().dialogs.at(2).id);
        rules.prepend(billing);
        return new SetRulesCommand(d, in.id, rules);
    }) << QStringList{QStringLiteral("added rule Welcome › welcome text › rule \"billing\"")};

    QTest::newRow("rename rule")
            << Edit([find](BotDocument &d) {
                   const Interaction in = find(d, "welcome text");
                   QList<Rule> rules = in.rules;
                   rules.first().name = QStringLiteral("then wait");
                   return new SetRulesCommand(d, in.id, rules);
               })
            << QStringList{QStringLiteral(
                       "changed rule Welcome › welcome text › rule \"then wait\": name")};

    QTest::newRow("integration URL") << Edit([](BotDocument &d) {
        Integration in = d.bot().integrations.first();
        in.url = QStringLiteral("https://example.com/escalate");
        return new EditIntegrationCommand(d, in, QStringLiteral("Edit URL"));
    }) << QStringList{QStringLiteral("changed integration Escalation: URL")};

    QTest::newRow("rename integration") << Edit([](BotDocument &d) {
        Integration in = d.bot().integrations.first();
        in.name = QStringLiteral("Handover");
        return new EditIntegrationCommand(d, in, QStringLiteral("Rename"));
    }) << QStringList{QStringLiteral("changed integration Handover: name")};

    QTest::newRow("environment value") << Edit([](BotDocument &d) {
        QList<Environment> environments = d.bot().environments;
        environments.first().values.first().value = QStringLiteral("changed");
        return new SetEnvironmentsCommand(d, environments, d.bot().defaultEnvironment);
    })
                                       << QStringList{QStringLiteral("changed environment US: %1")
                                                              .arg(loadBot(routingBotPath())
                                                                           .environments.first()
                                                                           .values.first()
                                                                           .key)};

    QTest::newRow("global functions") << Edit([](BotDocument &d) {
        return new SetGlobalFunctionsCommand(d, QStringLiteral("function f() {}"));
    }) << QStringList{QStringLiteral("changed settings bot: global functions")};

    QTest::newRow("positions")
            << Edit([find](BotDocument &d) {
                   return new SetPositionsCommand(d,
                                                  {{find(d, "welcome text").id, QPointF(120, 340)},
                                                   {find(d, "agent starter").id, QPointF(10, 20)}});
               })
            << QStringList{QStringLiteral("changed interaction Welcome › welcome text: position"),
                           QStringLiteral(
                                   "changed interaction Agent Handoff › agent starter: position")};
}

void TestBotDiff::scriptedEditsShowAsExactlyThoseEdits()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, expected);
    const Bot before = m_document->bot();
    const auto done = m_document->execute(std::unique_ptr<DocumentCommand>(edit(*m_document)));
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(briefs(diffBots(before, m_document->bot())), expected);
    // And backwards: the same items, added and removed swapped.
    const QList<BotChange> back = diffBots(m_document->bot(), before);
    QCOMPARE(back.size(), expected.size());
    // Through a file both ways: saving does not add changes.
    const Bot saved = readBot(writeBot(m_document->bot()))->bot;
    QCOMPARE(briefs(diffBots(before, saved)), expected);
}

void TestBotDiff::codeChangesAreUnifiedDiffs()
{
    const Bot before = m_document->bot();
    const Interaction in = interaction(QStringLiteral("transfer to agent"));
    QString code = in.preProcess;
    code.replace(QStringLiteral("Hold on while I transfer you to an agent."),
                 QStringLiteral("One moment, an agent is on the way."));
    QVERIFY(m_document
                    ->execute(std::make_unique<SetCodeCommand>(*m_document, in.id,
                                                               CodeSlot::PreProcess, code))
                    .ok());
    const QList<BotChange> changes = diffBots(before, m_document->bot());
    QCOMPARE(changes.size(), 1);
    const QString text = describeChanges(changes);
    QVERIFY2(text.startsWith(QStringLiteral("changed interaction \"Agent Handoff › transfer to "
                                            "agent\": pre-process code\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                     "    -var message = 'Hold on while I transfer you to an agent.';\n"
                     "    +var message = 'One moment, an agent is on the way.';\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("    @@ -1,5 +1,5 @@\n")), qPrintable(text));
}

void TestBotDiff::undoingEverythingLeavesNoChanges()
{
    const Bot original = m_document->bot();
    Interaction in = interaction(QStringLiteral("welcome text"));
    in.text = QStringLiteral("changed");
    QVERIFY(m_document
                    ->execute(std::make_unique<EditInteractionCommand>(*m_document, in,
                                                                       QStringLiteral("t")))
                    .ok());
    QVERIFY(m_document
                    ->execute(std::make_unique<RemoveDialogCommand>(*m_document,
                                                                    original.dialogs.at(1).id))
                    .ok());
    QCOMPARE(diffBots(original, m_document->bot()).size(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(briefs(diffBots(original, m_document->bot())), QStringList());
}

void TestBotDiff::removedItemsComeWithTheirValues()
{
    const Bot before = m_document->bot();
    Interaction in = interaction(QStringLiteral("welcome text"));
    in.comment = QStringLiteral("a note");
    in.delayMs = 0;
    QVERIFY(m_document
                    ->execute(std::make_unique<EditInteractionCommand>(*m_document, in,
                                                                       QStringLiteral("c")))
                    .ok());
    const QList<BotChange> added = diffBots(before, m_document->bot());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().before, QString());
    QCOMPARE(added.first().after, QStringLiteral("a note"));
    QCOMPARE(added.first().interactionId, in.id);
    QCOMPARE(added.first().dialogId, before.dialogs.first().id);
    const QList<BotChange> removed = diffBots(m_document->bot(), before);
    QCOMPARE(removed.first().before, QStringLiteral("a note"));
    QCOMPARE(removed.first().after, QString());
}

void TestBotDiff::unifiedDiffHunks()
{
    QCOMPARE(unifiedDiff(QStringLiteral("a\nb"), QStringLiteral("a\nb")), QString());
    QCOMPARE(unifiedDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nx\nc")),
             QStringLiteral("@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n"));
    QCOMPARE(unifiedDiff(QString(), QStringLiteral("new")),
             QStringLiteral("@@ -0,0 +1,1 @@\n+new\n"));
    // Two changes far apart are two hunks with three lines of context each.
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines.append(QString::number(i));
    QStringList changed = lines;
    changed[1] = QStringLiteral("two");
    changed[17] = QStringLiteral("eighteen");
    const QString diff = unifiedDiff(lines.join(u'\n'), changed.join(u'\n'));
    QCOMPARE(diff, QStringLiteral("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
                                  "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n"));
}

void TestBotDiff::jsonListsEveryChange()
{
    const Bot before = m_document->bot();
    QVERIFY(m_document
                    ->execute(std::make_unique<RemoveDialogCommand>(*m_document,
                                                                    before.dialogs.at(2).id))
                    .ok());
    const QJsonObject json = changesToJson(diffBots(before, m_document->bot()));
    QCOMPARE(json.value(QLatin1String("same")).toBool(true), false);
    const QJsonArray changes = json.value(QLatin1String("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject c = changes.first().toObject();
    QCOMPARE(c.value(QLatin1String("change")).toString(), QStringLiteral("removed"));
    QCOMPARE(c.value(QLatin1String("kind")).toString(), QStringLiteral("dialog"));
    QCOMPARE(c.value(QLatin1String("label")).toString(), QStringLiteral("Billing"));
    QCOMPARE(c.value(QLatin1String("dialogId")).toString(), before.dialogs.at(2).id);
    QCOMPARE(changesToJson({}).value(QLatin1String("same")).toBool(), true);
}

void TestBotDiff::outlineIsStableUnderSaveAndLoad_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : allSamplePaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestBotDiff::outlineIsStableUnderSaveAndLoad()
{
    QFETCH(QString, path);
    const Bot bot = loadBot(path);
    const QString outline = outlineText(bot);
    QVERIFY(!outline.isEmpty());
    const Bot project = readBot(writeBot(bot))->bot;
    QCOMPARE(outlineText(project), outline);
    QVERIFY(diffBots(bot, project).isEmpty());
}

void TestBotDiff::outlineReadsLikeTheBot()
{
    const QString outline = outlineText(m_document->bot());
    QVERIFY2(outline.startsWith(QStringLiteral("bot \"Routing Bot\"\n")), qPrintable(outline));
    QVERIFY(outline.contains(QStringLiteral("\ndialog \"Agent Handoff\"\n")));
    QVERIFY(outline.contains(QStringLiteral("\n  interaction \"agent starter\"\n"
                                            "    type: DIALOG_STARTER\n")));
    QVERIFY(outline.contains(
            QStringLiteral("    patterns: *(agent|representative|help|human)*\n")));
    QVERIFY(outline.contains(
            QStringLiteral("    pre-process code:\n      | // Hand the conversation to a human "
                           "agent.\n")));
    QVERIFY(outline.contains(QStringLiteral("\nintegration \"Escalation\"\n")));
    // Secret values never show: only names (the bot holds none).
    QVERIFY(outline.contains(QStringLiteral("  secret names: lpApiKey\n")));
}

void TestBotDiff::commandLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString before = routingBotPath();
    Bot changed = m_document->bot();
    changed.dialogs.first().interactions[1].text = QStringLiteral("Welcome back!");
    const QString after = dir.filePath(QStringLiteral("after.json"));
    {
        QFile f(after);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeBot(changed));
    }
    const auto run = [](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(DIALOGSMITH_CLI), args);
        p.waitForFinished(30000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("diff"), before, before}, &out), 0);
    QCOMPARE(out, QByteArray());
    QCOMPARE(run({QStringLiteral("diff"), before, after}, &out), 1);
    QCOMPARE(QString::fromUtf8(out),
             QStringLiteral("changed interaction \"Welcome › welcome text\": text\n"
                            "    - %1\n    + Welcome back!\n")
                     .arg(m_document->bot().dialogs.first().interactions.at(1).text));
    QCOMPARE(run({QStringLiteral("diff"), QStringLiteral("--json"), before, after}, &out), 1);
    QCOMPARE(jsonObject(out).value(QLatin1String("changes")).toArray().size(), 1);
    QCOMPARE(run({QStringLiteral("diff"), before, dir.filePath(QStringLiteral("missing.json"))}),
             2);
    QCOMPARE(run({QStringLiteral("outline"), before}, &out), 0);
    QCOMPARE(QString::fromUtf8(out), outlineText(m_document->bot()));
}

QTEST_GUILESS_MAIN(TestBotDiff)
#include "tst_botdiff.moc"
