#include "botcommands.h"
#include "botdocument.h"
#include "cbformat.h"
#include "dialogcommands.h"
#include "integrationcommands.h"
#include "interactioncommands.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addDialog();
    void removeDialog();
    void renameDialog();
    void moveDialog();
    void editDialog();
    void addInteraction();
    void removeInteraction();
    void moveInteraction();
    void retypeInteraction();
    void editInteractionField();
    void setNextAction();
    void setRules();
    void addIntegration();
    void removeIntegration();
    void editIntegration();
    void setGlobalFunctions();
    void setEnvironments();
    void editBot();

    void setPositions();
    void macroIsOneUndoStepAndEmptyMacroLeavesNone();
    void uniqueNames();
    void typingInOneCodeSlotIsOneUndoStep();
    void typingInTwoSlotsIsTwoUndoSteps();
    void failedCommandsChangeNothingAndSayWhy_data();
    void failedCommandsChangeNothingAndSayWhy();
    void modifiedStateFollowsTheUndoStack();
    void signalsNameWhatChanged();

private:
    /// Runs `command` and checks do → undo → redo by comparing the saved document.
    void doUndoRedo(DocumentCommand *command, const std::function<void()> &verifyDone);
    const Dialog &dialog(int i) const { return m_doc->bot().dialogs.at(i); }

    std::unique_ptr<BotDocument> m_doc;
};

void TestCommands::init()
{
    m_doc = std::make_unique<BotDocument>();
    m_doc->load(loadBot(routingBotPath()), routingBotPath());
    m_doc->setClock([] { return QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC); });
}

void TestCommands::doUndoRedo(DocumentCommand *command, const std::function<void()> &verifyDone)
{
    const QByteArray before = writeBot(m_doc->bot());
    const int count = m_doc->undoStack()->count();
    Result<void> ok = m_doc->execute(std::unique_ptr<DocumentCommand>(command));
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    const QByteArray done = writeBot(m_doc->bot());
    QVERIFY(done != before);
    verifyDone();
    m_doc->undoStack()->undo();
    QCOMPARE(writeBot(m_doc->bot()), before);
    m_doc->undoStack()->redo();
    QCOMPARE(writeBot(m_doc->bot()), done);
    verifyDone();
    m_doc->undoStack()->undo();
    QCOMPARE(writeBot(m_doc->bot()), before);
}

void TestCommands::addDialog()
{
    Dialog d = Dialog::create(QStringLiteral("Returns"));
    Interaction starter = Interaction::create(InteractionType::DialogStarter,
                                              QStringLiteral("returns starter"));
    starter.patterns = {QStringLiteral("*return*")};
    d.interactions = {starter};
    doUndoRedo(new AddDialogCommand(*m_doc, d, 1), [&] {
        QCOMPARE(dialog(1).name, QStringLiteral("Returns"));
        QCOMPARE(m_doc->dialogIdOf(starter.id), d.id);
        QVERIFY(m_doc->interaction(starter.id));
    });
    QVERIFY(!m_doc->interaction(starter.id));
}

void TestCommands::removeDialog()
{
    const Dialog billing = dialog(2);
    const QString starterId = billing.interactions.first().id;
    doUndoRedo(new RemoveDialogCommand(*m_doc, billing.id), [&] {
        QCOMPARE(m_doc->bot().dialogs.size(), 3);
        QVERIFY(!m_doc->dialog(billing.id));
        QVERIFY(!m_doc->interaction(starterId));
    });
    QCOMPARE(dialog(2), billing);
    QVERIFY(m_doc->interaction(starterId));
}

void TestCommands::renameDialog()
{
    const QString id = dialog(0).id;
    doUndoRedo(new RenameDialogCommand(*m_doc, id, QStringLiteral("Greeting")), [&] {
        QCOMPARE(dialog(0).name, QStringLiteral("Greeting"));
        QCOMPARE(dialog(0).modificationTime, QStringLiteral("2026-03-04 05:06:07"));
        QCOMPARE(dialog(0).interactions.size(), 2);
    });
    QCOMPARE(dialog(0).name, QStringLiteral("Welcome"));
}

void TestCommands::moveDialog()
{
    const QString id = dialog(3).id;
    doUndoRedo(new MoveDialogCommand(*m_doc, id, 0), [&] {
        QCOMPARE(dialog(0).id, id);
        QCOMPARE(dialog(1).name, QStringLiteral("Welcome"));
    });
    QCOMPARE(dialog(3).id, id);
}

void TestCommands::editDialog()
{
    Dialog d = dialog(2);
    d.enabled = false;
    doUndoRedo(new EditDialogCommand(*m_doc, d, QStringLiteral("Disable dialog")),
               [&] { QVERIFY(!dialog(2).enabled); });
    QVERIFY(dialog(2).enabled);
}

void TestCommands::addInteraction()
{
    const QString dialogId = dialog(1).id;
    Interaction text = Interaction::create(InteractionType::Text, QStringLiteral("apology"));
    text.text = QStringLiteral("Sorry for the wait.");
    doUndoRedo(new AddInteractionCommand(*m_doc, dialogId, text, 1), [&] {
        QCOMPARE(dialog(1).interactions.size(), 3);
        QCOMPARE(dialog(1).interactions.at(1).name, QStringLiteral("apology"));
        QCOMPARE(m_doc->dialogIdOf(text.id), dialogId);
        // The file links follow the new order.
        const QJsonObject root = jsonObject(writeBot(m_doc->bot()));
        for (const QJsonValue &v : root.value(QStringLiteral("conversationMessage")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("id")).toString() == text.id) {
                QCOMPARE(m.value(QStringLiteral("prevMessageId")).toString(),
                         dialog(1).interactions.at(0).id);
                QCOMPARE(m.value(QStringLiteral("nextMessageId")).toString(),
                         dialog(1).interactions.at(2).id);
            }
        }
    });
}

void TestCommands::removeInteraction()
{
    const Interaction transfer = dialog(1).interactions.at(1);
    doUndoRedo(new RemoveInteractionCommand(*m_doc, transfer.id), [&] {
        QCOMPARE(dialog(1).interactions.size(), 1);
        QVERIFY(!m_doc->interaction(transfer.id));
    });
    QCOMPARE(dialog(1).interactions.at(1), transfer);
}

void TestCommands::moveInteraction()
{
    const QString id = dialog(0).interactions.at(1).id;
    doUndoRedo(new MoveInteractionCommand(*m_doc, id, 0),
               [&] { QCOMPARE(dialog(0).interactions.at(0).id, id); });
    QCOMPARE(dialog(0).interactions.at(1).id, id);
}

void TestCommands::retypeInteraction()
{
    const QString id = dialog(0).interactions.at(1).id;
    doUndoRedo(new RetypeInteractionCommand(*m_doc, id, InteractionType::MultipleChoiceQuestion),
               [&] {
                   const Interaction *i = m_doc->interaction(id);
                   QCOMPARE(i->type, InteractionType::MultipleChoiceQuestion);
                   QCOMPARE(i->choices, (QStringList{"Yes", "No"}));
                   QVERIFY(i->text.startsWith(QStringLiteral("Hi, I am the routing bot")));
               });
    QCOMPARE(m_doc->interaction(id)->type, InteractionType::Text);
}

void TestCommands::editInteractionField()
{
    Interaction i = dialog(0).interactions.at(1);
    i.text = QStringLiteral("Welcome back!");
    i.delayMs = 300;
    i.comment = QStringLiteral("shorter greeting");
    doUndoRedo(new EditInteractionCommand(*m_doc, i, QStringLiteral("Edit text")), [&] {
        const Interaction *now = m_doc->interaction(i.id);
        QCOMPARE(now->text, QStringLiteral("Welcome back!"));
        QCOMPARE(now->delayMs, 300);
        QCOMPARE(now->comment, QStringLiteral("shorter greeting"));
    });
}

void TestCommands::setNextAction()
{
    const QString id = dialog(0).interactions.at(1).id;
    const QString target = dialog(2).id;
    doUndoRedo(new SetNextActionCommand(*m_doc, id, Action::toDialog(target)), [&] {
        QCOMPARE(m_doc->interaction(id)->nextAction().kind, Action::Kind::Dialog);
        QCOMPARE(m_doc->interaction(id)->nextAction().target, target);
    });
    QCOMPARE(m_doc->interaction(id)->nextAction().kind, Action::Kind::End);
}

void TestCommands::setRules()
{
    const QString id = dialog(0).interactions.at(1).id;
    Rule yes;
    yes.name = QStringLiteral("yes");
    yes.condition = Rule::Condition::Pattern;
    yes.patterns = {QStringLiteral("y(|es)")};
    yes.action = Action::toInteraction(dialog(0).interactions.at(0).id);
    Rule other;
    other.condition = Rule::Condition::NoMatch;
    other.noMatchMessage = QStringLiteral("Please say yes.");
    doUndoRedo(new SetRulesCommand(*m_doc, id, {yes, other}), [&] {
        const QList<Rule> &rules = m_doc->interaction(id)->rules;
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).patterns, QStringList{QStringLiteral("y(|es)")});
        QCOMPARE(rules.at(1).noMatchMessage, QStringLiteral("Please say yes."));
    });
}

void TestCommands::addIntegration()
{
    Integration in = Integration::create(QStringLiteral("Weather"));
    in.url = QStringLiteral("https://api.example.com/weather");
    doUndoRedo(new AddIntegrationCommand(*m_doc, in), [&] {
        QCOMPARE(m_doc->bot().integrations.size(), 2);
        QCOMPARE(m_doc->integration(in.id)->name, QStringLiteral("Weather"));
    });
    QVERIFY(!m_doc->integration(in.id));
}

void TestCommands::removeIntegration()
{
    const Integration esc = m_doc->bot().integrations.first();
    doUndoRedo(new RemoveIntegrationCommand(*m_doc, esc.id),
               [&] { QVERIFY(m_doc->bot().integrations.isEmpty()); });
    QCOMPARE(m_doc->bot().integrations.first(), esc);
}

void TestCommands::editIntegration()
{
    Integration esc = m_doc->bot().integrations.first();
    esc.timeoutMs = 3000;
    esc.headers.append({QStringLiteral("X-Trace"), QStringLiteral("1"), {}});
    doUndoRedo(new EditIntegrationCommand(*m_doc, esc, QStringLiteral("Edit integration")), [&] {
        QCOMPARE(m_doc->integration(esc.id)->timeoutMs, 3000);
        QCOMPARE(m_doc->integration(esc.id)->headers.size(), 3);
    });
}

void TestCommands::setGlobalFunctions()
{
    const QString code = QStringLiteral("function helper() { return 1; }");
    doUndoRedo(new SetGlobalFunctionsCommand(*m_doc, code), [&] {
        QCOMPARE(m_doc->bot().globalFunctions, code);
        QCOMPARE(m_doc->bot().globalFunctionsModificationTime,
                 QStringLiteral("2026-03-04 05:06:07"));
    });
}

void TestCommands::setEnvironments()
{
    QList<Environment> envs = m_doc->bot().environments;
    envs.removeLast();
    doUndoRedo(new SetEnvironmentsCommand(*m_doc, envs, QStringLiteral("EU")), [&] {
        QCOMPARE(m_doc->bot().environments.size(), 4);
        QCOMPARE(m_doc->bot().defaultEnvironment, QStringLiteral("EU"));
        // Environments live in x-dialogsmith: CB's bot object is untouched.
        QCOMPARE(m_doc->bot().modificationTime, qint64(1764028800000));
    });
}

void TestCommands::editBot()
{
    Bot b = m_doc->bot();
    b.name = QStringLiteral("Router");
    b.description = QStringLiteral("Routes people.");
    doUndoRedo(new EditBotCommand(*m_doc, b, QStringLiteral("Edit bot")), [&] {
        QCOMPARE(m_doc->bot().name, QStringLiteral("Router"));
        QCOMPARE(m_doc->bot().modificationTime,
                 QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC).toMSecsSinceEpoch());
        // Dialogs are not part of this command.
        QCOMPARE(m_doc->bot().dialogs.size(), 4);
    });
}

void TestCommands::setPositions()
{
    const QString a = dialog(0).interactions.at(0).id;
    const QString b = dialog(0).interactions.at(1).id;
    doUndoRedo(new SetPositionsCommand(*m_doc, {{a, QPointF(10, 20)}, {b, QPointF(10, 140)}}), [&] {
        QCOMPARE(m_doc->interaction(a)->position, std::optional(QPointF(10, 20)));
        QCOMPARE(m_doc->interaction(b)->position, std::optional(QPointF(10, 140)));
    });
    QVERIFY(!m_doc->interaction(a)->position);
}

void TestCommands::macroIsOneUndoStepAndEmptyMacroLeavesNone()
{
    const QByteArray before = writeBot(m_doc->bot());
    m_doc->beginMacro(QStringLiteral("Delete 2 interactions"));
    QVERIFY(m_doc->execute(std::make_unique<RemoveInteractionCommand>(
                                   *m_doc, dialog(0).interactions.at(1).id))
                    .ok());
    QVERIFY(m_doc->execute(std::make_unique<RemoveInteractionCommand>(
                                   *m_doc, dialog(1).interactions.at(1).id))
                    .ok());
    m_doc->endMacro();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Delete 2 interactions"));
    m_doc->undoStack()->undo();
    QCOMPARE(writeBot(m_doc->bot()), before);

    m_doc->beginMacro(QStringLiteral("Nothing"));
    QVERIFY(!m_doc->execute(std::make_unique<RemoveDialogCommand>(*m_doc, QStringLiteral("nope")))
                     .ok());
    m_doc->endMacro();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->index(), 0);
    QVERIFY(m_doc->undoStack()->canRedo()); // the refused macro did not cut the redo history
    QCOMPARE(writeBot(m_doc->bot()), before);
}

void TestCommands::uniqueNames()
{
    QCOMPARE(m_doc->uniqueInteractionName(QStringLiteral("welcome text")),
             QStringLiteral("welcome text 2"));
    QCOMPARE(m_doc->uniqueInteractionName(QStringLiteral("fresh")), QStringLiteral("fresh"));
    QCOMPARE(m_doc->uniqueDialogName(QStringLiteral("Billing")), QStringLiteral("Billing 2"));

    const QString taken = m_doc->bot().integrations.first().name;
    QCOMPARE(m_doc->uniqueIntegrationName(taken), taken + QStringLiteral(" 2"));
    QVERIFY(m_doc->execute(std::make_unique<AddIntegrationCommand>(
                                   *m_doc, Integration::create(taken + QStringLiteral(" 2"))))
                    .ok());
    QCOMPARE(m_doc->uniqueIntegrationName(taken), taken + QStringLiteral(" 3"));
    QCOMPARE(m_doc->uniqueIntegrationName(QStringLiteral("Weather")), QStringLiteral("Weather"));
}

void TestCommands::typingInOneCodeSlotIsOneUndoStep()
{
    const QString id = dialog(1).interactions.at(1).id;
    const QString original = m_doc->interaction(id)->preProcess;
    const QByteArray before = writeBot(m_doc->bot());
    QString typed = original;
    for (const QChar c : QStringLiteral("\n// done")) {
        typed += c;
        QVERIFY(m_doc->execute(std::make_unique<SetCodeCommand>(*m_doc, id, CodeSlot::PreProcess,
                                                                typed))
                        .ok());
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->interaction(id)->preProcess, original + QStringLiteral("\n// done"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->interaction(id)->preProcess, original);
    QCOMPARE(writeBot(m_doc->bot()), before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->interaction(id)->preProcess, typed);

    // Global functions merge the same way.
    for (int n = 1; n <= 3; ++n)
        QVERIFY(m_doc->execute(std::make_unique<SetGlobalFunctionsCommand>(
                                       *m_doc, QString(n, QLatin1Char('x'))))
                        .ok());
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestCommands::typingInTwoSlotsIsTwoUndoSteps()
{
    const QString id = dialog(1).interactions.at(1).id;
    QVERIFY(m_doc->execute(std::make_unique<SetCodeCommand>(*m_doc, id, CodeSlot::PreProcess,
                                                            QStringLiteral("a")))
                    .ok());
    QVERIFY(m_doc->execute(std::make_unique<SetCodeCommand>(*m_doc, id, CodeSlot::PostProcess,
                                                            QStringLiteral("b")))
                    .ok());
    QVERIFY(m_doc->execute(std::make_unique<SetCodeCommand>(*m_doc, id, CodeSlot::PostProcess,
                                                            QStringLiteral("bc")))
                    .ok());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->interaction(id)->postProcess, QString());
    QCOMPARE(m_doc->interaction(id)->preProcess, QStringLiteral("a"));
}

void TestCommands::failedCommandsChangeNothingAndSayWhy_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("reason");
    QTest::newRow("remove unknown dialog") << 0 << "no dialog with id";
    QTest::newRow("rename unknown dialog") << 1 << "no dialog with id";
    QTest::newRow("rename to a taken name") << 2 << "already exists";
    QTest::newRow("rename to empty") << 3 << "needs a name";
    QTest::newRow("move dialog out of range") << 4 << "outside";
    QTest::newRow("add interaction to unknown dialog") << 5 << "no dialog with id";
    QTest::newRow("add interaction with a taken name") << 6 << "already exists";
    QTest::newRow("edit interaction to a taken name") << 7 << "already exists";
    QTest::newRow("remove unknown interaction") << 8 << "no interaction with id";
    QTest::newRow("code of unknown interaction") << 9 << "no interaction with id";
    QTest::newRow("move interaction out of range") << 10 << "outside";
    QTest::newRow("retype to unknown") << 11 << "unknown type";
    QTest::newRow("add integration with a taken name") << 12 << "already exists";
    QTest::newRow("remove unknown integration") << 13 << "no integration with id";
    QTest::newRow("default environment missing") << 14 << "does not exist";
    QTest::newRow("add dialog with a used interaction id") << 15 << "already used";
}

void TestCommands::failedCommandsChangeNothingAndSayWhy()
{
    QFETCH(int, which);
    QFETCH(QString, reason);
    BotDocument &doc = *m_doc;
    const QString greetingId = dialog(0).interactions.at(1).id;
    DocumentCommand *command = nullptr;
    switch (which) {
    case 0:
        command = new RemoveDialogCommand(doc, QStringLiteral("nope"));
        break;
    case 1:
        command = new RenameDialogCommand(doc, QStringLiteral("nope"), QStringLiteral("X"));
        break;
    case 2:
        command = new RenameDialogCommand(doc, dialog(0).id, QStringLiteral("Billing"));
        break;
    case 3:
        command = new RenameDialogCommand(doc, dialog(0).id, QStringLiteral("  "));
        break;
    case 4:
        command = new MoveDialogCommand(doc, dialog(0).id, 9);
        break;
    case 5:
        command = new AddInteractionCommand(
                doc, QStringLiteral("nope"),
                Interaction::create(InteractionType::Text, QStringLiteral("t")));
        break;
    case 6:
        command = new AddInteractionCommand(
                doc, dialog(0).id,
                Interaction::create(InteractionType::Text, QStringLiteral("transfer to agent")));
        break;
    case 7: {
        Interaction i = *doc.interaction(greetingId);
        i.name = QStringLiteral("welcome starter");
        command = new EditInteractionCommand(doc, i, QStringLiteral("Rename"));
        break;
    }
    case 8:
        command = new RemoveInteractionCommand(doc, QStringLiteral("nope"));
        break;
    case 9:
        command = new SetCodeCommand(doc, QStringLiteral("nope"), CodeSlot::PostProcess,
                                     QStringLiteral("x"));
        break;
    case 10:
        command = new MoveInteractionCommand(doc, greetingId, 5);
        break;
    case 11:
        command = new RetypeInteractionCommand(doc, greetingId, InteractionType::Unknown);
        break;
    case 12:
        command = new AddIntegrationCommand(doc, Integration::create(QStringLiteral("Escalation")));
        break;
    case 13:
        command = new RemoveIntegrationCommand(doc, QStringLiteral("nope"));
        break;
    case 14:
        command = new SetEnvironmentsCommand(doc, doc.bot().environments, QStringLiteral("Mars"));
        break;
    case 15: {
        Dialog d = Dialog::create(QStringLiteral("Copy"));
        d.interactions = {*doc.interaction(greetingId)};
        command = new AddDialogCommand(doc, d);
        break;
    }
    }
    const QByteArray before = writeBot(doc.bot());
    Result<void> result = doc.execute(std::unique_ptr<DocumentCommand>(command));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(writeBot(doc.bot()), before);
}

void TestCommands::modifiedStateFollowsTheUndoStack()
{
    QSignalSpy spy(m_doc.get(), &BotDocument::modifiedChanged);
    QVERIFY(!m_doc->isModified());
    QVERIFY(m_doc->execute(std::make_unique<RenameDialogCommand>(*m_doc, dialog(0).id,
                                                                 QStringLiteral("Hello")))
                    .ok());
    QVERIFY(m_doc->isModified());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().toBool(), true);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(spy.last().first().toBool(), false);
    m_doc->undoStack()->redo();
    m_doc->markSaved();
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->isModified()); // back before the saved state

    // A document going away with unsaved changes says nothing more: its listeners may be half
    // destroyed already (a window deleting its children).
    int signalled = 0;
    connect(m_doc.get(), &BotDocument::modifiedChanged, [&signalled] { ++signalled; });
    m_doc.reset();
    QCOMPARE(signalled, 0);
}

void TestCommands::signalsNameWhatChanged()
{
    QSignalSpy inserted(m_doc.get(), &BotDocument::interactionInserted);
    QSignalSpy changed(m_doc.get(), &BotDocument::interactionChanged);
    QSignalSpy removed(m_doc.get(), &BotDocument::interactionRemoved);
    QSignalSpy any(m_doc.get(), &BotDocument::changed);
    const QString dialogId = dialog(0).id;
    const Interaction i = Interaction::create(InteractionType::Text, QStringLiteral("extra"));
    QVERIFY(m_doc->execute(std::make_unique<AddInteractionCommand>(*m_doc, dialogId, i)).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).toString(), dialogId);
    QCOMPARE(inserted.first().at(1).toString(), i.id);
    QVERIFY(m_doc->execute(std::make_unique<SetCodeCommand>(*m_doc, i.id, CodeSlot::PreProcess,
                                                            QStringLiteral("x")))
                    .ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), i.id);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(any.count(), 4);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
