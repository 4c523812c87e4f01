#include "actionpicker.h"
#include "botcommands.h"
#include "botdocument.h"
#include "botform.h"
#include "codeeditor.h"
#include "codepage.h"
#include "formwidgets.h"
#include "inspector.h"
#include "integrationcommands.h"
#include "interactioncommands.h"
#include "interactionform.h"
#include "projectfile.h"
#include "ruleseditor.h"
#include "templatetextedit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace dialogsmith;
using document::Interaction;
using document::InteractionType;
using ui::Inspector;

namespace {

QString sample(const char *relative)
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/") + QLatin1String(relative);
}

bool load(document::BotDocument &document, const QString &path)
{
    auto loaded = format::loadBotFile(path);
    if (!loaded)
        return false;
    document.load(loaded->bot, path);
    return true;
}

QString idOf(const document::BotDocument &document, const QString &name)
{
    const Interaction *i = document.bot().interactionByName(name);
    return i ? i->id : QString();
}

void selectAllAndType(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

// Opens a combo box's list and picks an entry with the keyboard, as a user would.
void choose(QComboBox *combo, int index)
{
    QWidget *window = combo->window(); // the combo may be gone afterwards (a retype rebuilds)
    combo->setFocus();
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 1000);
    view->setCurrentIndex(combo->model()->index(index, combo->modelColumn()));
    QTest::keyClick(view->viewport(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isVisible(), 1000);
    // A desktop hands activation back to the window when the popup closes; offscreen does not.
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingANameIsOneUndoStep();
    void undoUpdatesTheFormWithoutTakingTheFocus();
    void duplicateNameIsRefusedAndTheTextKept();
    void retypeThroughTheTypeCombo();
    void rulesEditorAddsAPatternRuleWithATarget();
    void nextActionPickerSetsTheStatementsAction();
    void codeTabTypingIsOneSetCodeStep();
    void focusFieldJumpsToTheProblem();
    void multipleChoiceShowsItsRules();
    void choicesAndButtonsEditTheDocument();
    void agentTransferCanSendNoMessage();
    void universalJsonErrorIsShownInline();
    void integrationPickerSetsIdAndName();
    void botSettingsAndGlobalFunctions();
    void starterIntentAndItsSamples();
    void tabWalksTheFormInOrder();
    void followsReloadsAndRemovals();
    void closingCommitsNoEdit();

private:
    document::BotDocument *m_document = nullptr;
    Inspector *m_inspector = nullptr;
};

void TestInspector::init()
{
    m_document = new document::BotDocument(this);
    QVERIFY(load(*m_document, sample("resources/samples/routing-bot.json")));
    m_inspector = new Inspector(m_document);
    m_inspector->resize(420, 800);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
}

void TestInspector::cleanup()
{
    delete m_inspector;
    m_inspector = nullptr;
    delete m_document;
    m_document = nullptr;
}

void TestInspector::typingANameIsOneUndoStep()
{
    const QString id = idOf(*m_document, QStringLiteral("welcome text"));
    m_inspector->showInteraction(id);
    QLineEdit *name = m_inspector->interactionForm()->nameEdit();
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("welcome text"));
    const int steps = m_document->undoStack()->count();

    selectAllAndType(name, QStringLiteral("greeting"));
    QCOMPARE(m_document->interaction(id)->name, QStringLiteral("greeting"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_inspector->interactionForm()->nameEdit(), name); // no rebuild while typing

    m_document->undoStack()->undo();
    QCOMPARE(m_document->interaction(id)->name, QStringLiteral("welcome text"));
    QCOMPARE(name->text(), QStringLiteral("welcome text"));
    m_document->undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("greeting"));
}

void TestInspector::undoUpdatesTheFormWithoutTakingTheFocus()
{
    const QString id = idOf(*m_document, QStringLiteral("welcome text"));
    m_inspector->showInteraction(id);
    ui::TemplateTextEdit *text = m_inspector->interactionForm()->textEdit();
    QVERIFY(text);
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, " Welcome!");
    QVERIFY(m_document->interaction(id)->text.endsWith(QLatin1String("Welcome!")));

    // Someone else edits the name while the user is in the text: the name shows it, the text
    // keeps the focus and its cursor.
    QLineEdit *name = m_inspector->interactionForm()->nameEdit();
    const int cursor = text->textCursor().position();
    Interaction renamed = *m_document->interaction(id);
    renamed.name = QStringLiteral("hello text");
    QVERIFY(m_document->execute(std::make_unique<document::EditInteractionCommand>(
            *m_document, renamed, QStringLiteral("Rename"))));
    QCOMPARE(name->text(), QStringLiteral("hello text"));
    QVERIFY(text->hasFocus());
    QCOMPARE(text->textCursor().position(), cursor);

    // Undo of the typing comes back into the field, still focused.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!text->toPlainText().endsWith(QLatin1String("Welcome!")));
    QCOMPARE(text->toPlainText(), m_document->interaction(id)->text);
    QVERIFY(text->hasFocus());
}

void TestInspector::duplicateNameIsRefusedAndTheTextKept()
{
    const QString id = idOf(*m_document, QStringLiteral("welcome text"));
    m_inspector->showInteraction(id);
    QSignalSpy status(m_inspector, &Inspector::statusMessage);
    QLineEdit *name = m_inspector->interactionForm()->nameEdit();
    selectAllAndType(name, QStringLiteral("agent starter"));

    QCOMPARE(m_document->interaction(id)->name, QStringLiteral("agent starte"));
    QCOMPARE(name->text(), QStringLiteral("agent starter"));
    QVERIFY(ui::hasFieldError(name));
    QVERIFY(name->toolTip().contains(QLatin1String("already exists")));
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().at(0).toString().contains(QLatin1String("already exists")));

    // Another edit elsewhere does not overwrite what the user typed.
    m_document->undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("agent starter"));

    // Typing on to a free name is accepted and clears the mark.
    QTest::keyClicks(name, " 2");
    QCOMPARE(m_document->interaction(id)->name, QStringLiteral("agent starter 2"));
    QVERIFY(!ui::hasFieldError(name));
}

void TestInspector::retypeThroughTheTypeCombo()
{
    const QString id = idOf(*m_document, QStringLiteral("welcome text"));
    m_inspector->showInteraction(id);
    QVERIFY(!m_inspector->interactionForm()->rulesEditor()->isVisibleTo(m_inspector));
    QComboBox *type = m_inspector->interactionForm()->typeCombo();
    const int steps = m_document->undoStack()->count();

    // Arrow keys open the list rather than retyping at every step.
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(type->view()->isVisible(), 1000);
    QCOMPARE(m_document->undoStack()->count(), steps);
    type->hidePopup();

    choose(type, type->findData(int(InteractionType::TextQuestion)));
    QCOMPARE(m_document->interaction(id)->type, InteractionType::TextQuestion);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    // The form is rebuilt for a question: its rules are there, the next action is not.
    ui::InteractionForm *form = m_inspector->interactionForm();
    QCOMPARE(form->type(), InteractionType::TextQuestion);
    QTRY_VERIFY_WITH_TIMEOUT(form->rulesEditor()->isVisibleTo(m_inspector), 1000);
    QVERIFY(!form->nextActionPicker()->isVisibleTo(m_inspector));
    QVERIFY(form->typeCombo()->hasFocus());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->interaction(id)->type, InteractionType::Text);
    QCOMPARE(m_inspector->interactionForm()->type(), InteractionType::Text);
    QCOMPARE(m_inspector->interactionForm()->typeCombo()->currentData().toInt(),
             int(InteractionType::Text));
}

void TestInspector::rulesEditorAddsAPatternRuleWithATarget()
{
    const QString id = idOf(*m_document, QStringLiteral("welcome text"));
    const QString target = idOf(*m_document, QStringLiteral("transfer to agent"));
    QVERIFY(m_document->execute(std::make_unique<document::RetypeInteractionCommand>(
            *m_document, id, InteractionType::TextQuestion)));
    m_inspector->showInteraction(id);
    ui::RulesEditor *rules = m_inspector->interactionForm()->rulesEditor();
    const int before = int(m_document->interaction(id)->rules.size());

    QTest::mouseClick(rules->addButton(), Qt::LeftButton, {}, QPoint(10, 10));
    QCOMPARE(m_document->interaction(id)->rules.size(), before + 1);
    QCOMPARE(rules->conditionCombo()->currentData().toInt(),
             int(document::Rule::Condition::Pattern));
    // The new rule's first pattern has the focus: type it.
    QLineEdit *pattern = rules->patternsEditor()->lineEdit(0, 0);
    QVERIFY(pattern);
    QTRY_VERIFY_WITH_TIMEOUT(pattern->hasFocus(), 1000);
    const int beforeTyping = m_document->undoStack()->count();
    QTest::keyClicks(pattern, "*(agent|human)*");
    QCOMPARE(m_document->undoStack()->count(), beforeTyping + 1);

    ui::ActionPicker *action = rules->actionPicker();
    choose(action->kindCombo(),
           action->kindCombo()->findData(int(document::Action::Kind::Interaction)));
    QVERIFY(action->targetCombo()->isVisibleTo(m_inspector));
    choose(action->targetCombo(), action->targetCombo()->findData(target));

    const document::Rule &rule = m_document->interaction(id)->rules.last();
    QCOMPARE(rule.condition, document::Rule::Condition::Pattern);
    QCOMPARE(rule.patterns, QStringList{"*(agent|human)*"});
    QCOMPARE(rule.action.kind, document::Action::Kind::Interaction);
    QCOMPARE(rule.action.target, target);
    QVERIFY(rules->list()->currentItem()->toolTip().contains(QLatin1String("transfer to agent")));

    // Undo walks back one choice at a time and the form follows.
    m_document->undoStack()->undo(); // the target
    m_document->undoStack()->undo(); // the action kind
    QCOMPARE(action->kindCombo()->currentData().toInt(), int(document::Action::Kind::Next));
    QVERIFY(!action->targetCombo()->isVisibleTo(m_inspector));
    m_document->undoStack()->undo(); // the typed pattern, one step
    QCOMPARE(m_document->interaction(id)->rules.last().patterns, QStringList{QString()});
    QCOMPARE(pattern->text(), QString());
}

void TestInspector::nextActionPickerSetsTheStatementsAction()
{
    const QString id = idOf(*m_document, QStringLiteral("agent starter"));
    m_inspector->showInteraction(id);
    ui::ActionPicker *next = m_inspector->interactionForm()->nextActionPicker();
    QVERIFY(next->isVisibleTo(m_inspector));
    QCOMPARE(next->kindCombo()->currentData().toInt(), int(document::Action::Kind::Next));
    choose(next->kindCombo(),
           next->kindCombo()->findData(int(document::Action::Kind::CloseConversation)));
    QCOMPARE(m_document->interaction(id)->nextAction().kind,
             document::Action::Kind::CloseConversation);
    m_document->undoStack()->undo();
    QCOMPARE(next->kindCombo()->currentData().toInt(), int(document::Action::Kind::Next));
}

void TestInspector::codeTabTypingIsOneSetCodeStep()
{
    const QString id = idOf(*m_document, QStringLiteral("transfer to agent"));
    m_inspector->showInteraction(id);
    m_inspector->tabs()->setCurrentIndex(1);
    ui::CodeEditor *pre = m_inspector->codePage()->editor(document::CodeSlot::PreProcess);
    QVERIFY(pre && pre->isVisible());
    const QString original = m_document->interaction(id)->preProcess;
    QCOMPARE(pre->code(), original);
    QVERIFY(!m_inspector->codePage()->editor(document::CodeSlot::ProcessUserResponse));

    const int steps = m_document->undoStack()->count();
    pre->setFocus();
    pre->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    QTest::keyClick(pre, Qt::Key_Return);
    QTest::keyClicks(pre, "botContext.printDebugMessage('done');");
    const QString edited = m_document->interaction(id)->preProcess;
    QVERIFY(edited.startsWith(original));
    QVERIFY(edited.endsWith(QLatin1String("botContext.printDebugMessage('done');")));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY(m_document->undoStack()->undoText().contains(QLatin1String("pre-process")));

    m_document->undoStack()->undo();
    QCOMPARE(pre->code(), original);
    m_document->undoStack()->redo();
    QCOMPARE(pre->code(), edited);
}

void TestInspector::focusFieldJumpsToTheProblem()
{
    QVERIFY(!m_inspector->focusField(QStringLiteral("name"))); // nothing shown

    m_inspector->showInteraction(idOf(*m_document, QStringLiteral("agent starter")));
    QVERIFY(m_inspector->focusField(QStringLiteral("patterns")));
    auto *patterns = qobject_cast<ui::RowListEditor *>(
            m_inspector->interactionForm()->field(QStringLiteral("patterns")));
    QTRY_VERIFY_WITH_TIMEOUT(patterns->lineEdit(0, 0)->hasFocus(), 1000);
    QVERIFY(m_inspector->focusField(QStringLiteral("next action")));
    QTRY_VERIFY_WITH_TIMEOUT(
            m_inspector->interactionForm()->nextActionPicker()->kindCombo()->hasFocus(), 1000);
    QVERIFY(!m_inspector->focusField(QStringLiteral("integration")));

    m_inspector->showInteraction(idOf(*m_document, QStringLiteral("transfer to agent")));
    QVERIFY(m_inspector->focusField(QStringLiteral("integration")));
    QTRY_VERIFY_WITH_TIMEOUT(
            m_inspector->interactionForm()->field(QStringLiteral("integration"))->hasFocus(), 1000);
    QVERIFY(m_inspector->focusField(QStringLiteral("pre-process"), 4));
    QCOMPARE(m_inspector->tabs()->currentIndex(), 1);
    ui::CodeEditor *pre = m_inspector->codePage()->editor(document::CodeSlot::PreProcess);
    QTRY_VERIFY_WITH_TIMEOUT(pre->hasFocus(), 1000);
    int line = -1;
    int index = -1;
    pre->getCursorPosition(&line, &index);
    QCOMPARE(line, 3);
    QVERIFY(m_inspector->focusField(QStringLiteral("type")));
    QCOMPARE(m_inspector->tabs()->currentIndex(), 0);

    // setFocus() on the inspector lands in the name field.
    m_inspector->interactionForm()->typeCombo()->clearFocus();
    m_inspector->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(m_inspector->interactionForm()->nameEdit()->hasFocus(), 1000);
}

void TestInspector::multipleChoiceShowsItsRules()
{
    QVERIFY(load(*m_document, sample("tests/data/cb-samples/universal.json")));
    const QString id = idOf(*m_document, QStringLiteral("tile_categories"));
    m_inspector->showInteraction(id);
    ui::RulesEditor *rules = m_inspector->interactionForm()->rulesEditor();
    QCOMPARE(rules->list()->count(), 6);
    QVERIFY(rules->list()->item(1)->text().startsWith(QLatin1String("2. Image")));
    QCOMPARE(rules->optionCombo()->currentText(), QStringLiteral("Text"));

    QVERIFY(m_inspector->focusField(QStringLiteral("rule 4")));
    QCOMPARE(rules->currentRule(), 3);
    QCOMPARE(rules->nameEdit()->text(), QStringLiteral("Map"));
    QCOMPARE(rules->actionPicker()->targetCombo()->currentText(),
             QStringLiteral("map_tile_examples"));

    // Moving a rule down is one step and keeps it selected.
    QTest::mouseClick(rules->moveDownButton(), Qt::LeftButton);
    QCOMPARE(m_document->interaction(id)->rules.at(4).name, QStringLiteral("Map"));
    QCOMPARE(rules->currentRule(), 4);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->interaction(id)->rules.at(3).name, QStringLiteral("Map"));
    QCOMPARE(rules->list()->item(3)->text(), QStringLiteral("4. Map"));
}

void TestInspector::choicesAndButtonsEditTheDocument()
{
    QVERIFY(load(*m_document, sample("tests/data/cb-samples/universal.json")));
    const QString id = idOf(*m_document, QStringLiteral("tile_categories"));
    m_inspector->showInteraction(id);
    auto *choices = qobject_cast<ui::RowListEditor *>(
            m_inspector->interactionForm()->field(QStringLiteral("choices")));
    QCOMPARE(choices->rowCount(), 6);
    QTest::mouseClick(choices->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->interaction(id)->choices.size(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(choices->lineEdit(6, 0)->hasFocus(), 1000);
    selectAllAndType(choices->lineEdit(6, 0), QStringLiteral("Carousel"));
    QCOMPARE(m_document->interaction(id)->choices.last(), QStringLiteral("Carousel"));
    // Alt+Up moves the row and the focus follows it.
    QTest::keyClick(choices->lineEdit(6, 0), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_document->interaction(id)->choices.at(5), QStringLiteral("Carousel"));
    QTRY_VERIFY_WITH_TIMEOUT(choices->lineEdit(5, 0)->hasFocus(), 1000);
    QTest::mouseClick(choices->removeButton(5), Qt::LeftButton);
    QCOMPARE(m_document->interaction(id)->choices.size(), 6);
    QVERIFY(!m_document->interaction(id)->choices.contains(QStringLiteral("Carousel")));

    // Buttons: a web link edits the URL, a postback the payload.
    QVERIFY(m_document->execute(std::make_unique<document::RetypeInteractionCommand>(
            *m_document, id, InteractionType::Button)));
    auto *buttons = qobject_cast<ui::RowListEditor *>(
            m_inspector->interactionForm()->field(QStringLiteral("buttons")));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->addButton(), Qt::LeftButton);
    QTest::keyClicks(buttons->lineEdit(0, 0), "Docs");
    choose(buttons->comboBox(0, 1), 1);
    QTest::keyClicks(buttons->lineEdit(0, 2), "https://example.com");
    const document::Button &button = m_document->interaction(id)->buttons.first();
    QCOMPARE(button.title, QStringLiteral("Docs"));
    QCOMPARE(button.type, QStringLiteral("url"));
    QCOMPARE(button.url, QStringLiteral("https://example.com"));
    QVERIFY(button.payload.isEmpty());
}

void TestInspector::agentTransferCanSendNoMessage()
{
    Interaction transfer
            = Interaction::create(InteractionType::Escalation, QStringLiteral("to a person"));
    transfer.text = QStringLiteral("One moment please.");
    const QString dialog = m_document->bot().dialogs.first().id;
    QVERIFY(m_document->execute(
            std::make_unique<document::AddInteractionCommand>(*m_document, dialog, transfer)));
    m_inspector->showInteraction(transfer.id);
    auto *none = qobject_cast<QCheckBox *>(
            m_inspector->interactionForm()->field(QStringLiteral("no message")));
    ui::TemplateTextEdit *message = m_inspector->interactionForm()->textEdit();
    QVERIFY(none && message);
    QVERIFY(!none->isChecked());
    QTest::mouseClick(none, Qt::LeftButton, {}, QPoint(5, none->height() / 2));
    QCOMPARE(m_document->interaction(transfer.id)->text, QStringLiteral("BLANK_MESSAGE"));
    QVERIFY(!message->isEnabled());
    QTest::mouseClick(none, Qt::LeftButton, {}, QPoint(5, none->height() / 2));
    QCOMPARE(m_document->interaction(transfer.id)->text, QStringLiteral("One moment please."));
    QVERIFY(message->isEnabled());

    auto *skill = qobject_cast<QLineEdit *>(
            m_inspector->interactionForm()->field(QStringLiteral("skill name")));
    QTest::keyClicks(skill, "billing");
    QCOMPARE(m_document->interaction(transfer.id)->skillName, QStringLiteral("billing"));
}

void TestInspector::universalJsonErrorIsShownInline()
{
    QVERIFY(load(*m_document, sample("tests/data/cb-samples/universal.json")));
    const QString id = idOf(*m_document, QStringLiteral("universal_9"));
    m_inspector->showInteraction(id);
    auto *editor = qobject_cast<ui::CodeEditor *>(
            m_inspector->interactionForm()->field(QStringLiteral("universal")));
    QVERIFY(editor);
    const auto messages = m_inspector->interactionForm()->findChildren<ui::InlineMessage *>();
    const auto shown = [&] {
        return std::any_of(messages.cbegin(), messages.cend(), [](ui::InlineMessage *m) {
            return !m->text().isEmpty() && m->text().contains(QLatin1String("JSON"));
        });
    };
    QVERIFY(!shown());
    editor->setFocus();
    editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTSTART);
    QTest::keyClick(editor, Qt::Key_Delete); // the opening brace
    QVERIFY(shown());
    // Search names the field "universal content" and gives a line.
    QVERIFY(m_inspector->focusField(QStringLiteral("universal content"), 3));
    int line = -1;
    int index = -1;
    editor->getCursorPosition(&line, &index);
    QCOMPARE(line, 2);
    editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTSTART);
    QVERIFY(editor->shownDiagnostic().has_value());
    QCOMPARE(m_document->interaction(id)->universalJson, editor->code()); // nothing is lost
    QTest::keyClicks(editor, "{");
    QVERIFY(!shown());
}

void TestInspector::integrationPickerSetsIdAndName()
{
    document::Integration second = document::Integration::create(QStringLiteral("Orders"));
    second.url = QStringLiteral("https://api.example.com/orders");
    QVERIFY(m_document->execute(
            std::make_unique<document::AddIntegrationCommand>(*m_document, second)));
    const QString id = idOf(*m_document, QStringLiteral("transfer to agent"));
    m_inspector->showInteraction(id);
    auto *combo = qobject_cast<QComboBox *>(
            m_inspector->interactionForm()->field(QStringLiteral("integration")));
    QCOMPARE(combo->currentText(), QStringLiteral("Escalation"));
    choose(combo, combo->findData(second.id));
    QCOMPARE(m_document->interaction(id)->integrationId, second.id);
    QCOMPARE(m_document->interaction(id)->integrationName, QStringLiteral("Orders"));

    QSignalSpy open(m_inspector, &Inspector::openIntegrationRequested);
    const auto buttons = combo->parentWidget()->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), second.id);
}

void TestInspector::botSettingsAndGlobalFunctions()
{
    m_inspector->showBotCode();
    QVERIFY(m_inspector->isShowingBot());
    QCOMPARE(m_inspector->tabs()->currentIndex(), 1);
    ui::CodeEditor *functions = m_inspector->codePage()->globalFunctionsEditor();
    QVERIFY(functions && functions->isVisible());
    const int steps = m_document->undoStack()->count();
    QVERIFY(functions->code().contains(QLatin1String("__initConversation")));
    functions->setFocus();
    QTest::keyClick(functions, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(functions, "function greet() { return 'hi'; }");
    QCOMPARE(m_document->bot().globalFunctions,
             QStringLiteral("function greet() { return 'hi'; }"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);

    m_inspector->tabs()->setCurrentIndex(0);
    QLineEdit *name = m_inspector->botForm()->nameEdit();
    QCOMPARE(name->text(), QStringLiteral("Routing Bot"));
    selectAllAndType(name, QStringLiteral("Router"));
    QCOMPARE(m_document->bot().name, QStringLiteral("Router"));
    QCOMPARE(m_document->undoStack()->count(), steps + 2);
    // An empty name is refused; the field says why and keeps what is there.
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(m_document->bot().name, QStringLiteral("Router"));
    QVERIFY(ui::hasFieldError(name));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->bot().name, QStringLiteral("Routing Bot"));
}

void TestInspector::starterIntentAndItsSamples()
{
    document::Bot bot = m_document->bot();
    bot.intents.append({QStringLiteral("intent-1"),
                        QStringLiteral("talk to agent"),
                        {QStringLiteral("I need a person")}});
    QVERIFY(m_document->execute(
            std::make_unique<document::EditBotCommand>(*m_document, bot, QStringLiteral("x"))));
    const QString id = idOf(*m_document, QStringLiteral("agent starter"));
    m_inspector->showInteraction(id);
    ui::InteractionForm *form = m_inspector->interactionForm();
    auto *intent = qobject_cast<QComboBox *>(form->field(QStringLiteral("intent")));
    auto *samples = qobject_cast<ui::RowListEditor *>(form->field(QStringLiteral("samples")));
    QVERIFY(intent && samples);
    QVERIFY(!samples->isVisibleTo(m_inspector)); // no intent chosen yet
    choose(intent, intent->findData(QStringLiteral("intent-1")));
    QCOMPARE(m_document->interaction(id)->intentId, QStringLiteral("intent-1"));
    QVERIFY(samples->isVisibleTo(m_inspector));
    QCOMPARE(samples->rowCount(), 1);

    const int steps = m_document->undoStack()->count();
    QTest::mouseClick(samples->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(samples->lineEdit(1, 0)->hasFocus(), 1000);
    QTest::keyClicks(samples->lineEdit(1, 0), "get me a human");
    QCOMPARE(m_document->bot().intents.first().samples,
             (QStringList{"I need a person", "get me a human"}));
    QCOMPARE(m_document->undoStack()->count(), steps + 2); // add, then the typing
    m_document->undoStack()->undo();
    QCOMPARE(samples->lineEdit(1, 0)->text(), QString());

    // The "user says" sample is the interaction's text.
    auto *userSays = qobject_cast<QLineEdit *>(form->field(QStringLiteral("text")));
    selectAllAndType(userSays, QStringLiteral("human please"));
    QCOMPARE(m_document->interaction(id)->text, QStringLiteral("human please"));
}

void TestInspector::tabWalksTheFormInOrder()
{
    m_inspector->showInteraction(idOf(*m_document, QStringLiteral("agent starter")));
    ui::InteractionForm *form = m_inspector->interactionForm();
    QWidget *name = form->nameEdit();
    name->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(name->hasFocus(), 1000);
    const auto tabTo = [](QWidget *expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == expected;
    };
    QVERIFY(tabTo(form->typeCombo()));
    QVERIFY(tabTo(form->field(QStringLiteral("enabled"))));
    QVERIFY(tabTo(form->field(QStringLiteral("delay"))));

    // A row added later still sits before its list's "Add" button in the Tab order.
    auto *patterns = qobject_cast<ui::RowListEditor *>(form->field(QStringLiteral("patterns")));
    QTest::mouseClick(patterns->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(patterns->lineEdit(1, 0)->hasFocus(), 1000);
    patterns->lineEdit(0, 0)->setFocus();
    QVERIFY(tabTo(patterns->lineEdit(1, 0)));
    QVERIFY(tabTo(patterns->addButton()));
}

void TestInspector::followsReloadsAndRemovals()
{
    const QString id = idOf(*m_document, QStringLiteral("welcome text"));
    m_inspector->showInteraction(id);
    // A reload with the same ids (a revert) shows the file's values.
    document::Bot bot = m_document->bot();
    bot.dialogs[0].interactions[1].name = QStringLiteral("reloaded text");
    m_document->load(bot);
    QCOMPARE(m_inspector->interactionId(), id);
    QCOMPARE(m_inspector->interactionForm()->nameEdit()->text(), QStringLiteral("reloaded text"));
    // Deleting the shown interaction empties the inspector; undo does not bring it back by
    // itself, but showing it again works.
    QVERIFY(m_document->execute(
            std::make_unique<document::RemoveInteractionCommand>(*m_document, id)));
    QVERIFY(!m_inspector->interactionForm());
    QVERIFY(m_inspector->interactionId().isEmpty());
    m_document->undoStack()->undo();
    m_inspector->showInteraction(id);
    QCOMPARE(m_inspector->interactionForm()->nameEdit()->text(), QStringLiteral("reloaded text"));
}

void TestInspector::closingCommitsNoEdit()
{
    // The bot's language is an editable combo box: when its text names one of its entries in
    // another case, it commits that entry when it loses the focus, and it loses the focus when
    // the inspector's window closes, after the inspector's and the form's own destructors ran.
    // Closing must not edit the bot through the half-destroyed form.
    document::Bot bot = m_document->bot();
    bot.language = QStringLiteral("de-de");
    QVERIFY(m_document->execute(std::make_unique<document::EditBotCommand>(
            *m_document, bot, QStringLiteral("lower-case language"))));
    m_inspector->showBotCode();
    m_inspector->tabs()->setCurrentIndex(0);
    QComboBox *language = m_inspector->botForm()->languageCombo();
    QTRY_VERIFY_WITH_TIMEOUT(language->isVisible(), 1000);
    QCOMPARE(language->currentText(), QStringLiteral("de-de"));
    language->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(language->hasFocus(), 1000);
    const int steps = m_document->undoStack()->count();

    delete m_inspector;
    m_inspector = nullptr;
    QCOMPARE(m_document->bot().language, QStringLiteral("de-de"));
    QCOMPARE(m_document->undoStack()->count(), steps);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
