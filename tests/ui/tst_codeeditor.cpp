#include "codeeditor.h"
#include "codelexers.h"
#include "findbar.h"
#include "scriptsyntax.h"
#include "syntaxchecker.h"
#include "templatesyntax.h"
#include "templatetextedit.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJSEngine>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <Qsci/qscilexerjavascript.h>

using namespace dialogsmith::ui;

namespace {

constexpr int CheckTimeoutMs = 2500;

bool indicatorAt(const CodeEditor &editor, int indicator, long position)
{
    return editor.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                static_cast<unsigned long>(indicator), position)
           != 0;
}

QStringList completionItems(const CodeEditor &editor)
{
    QStringList items;
    for (const QListWidget *list : editor.findChildren<QListWidget *>()) {
        if (!list->isVisible())
            continue;
        for (int i = 0; i < list->count(); ++i)
            items.append(list->item(i)->text());
    }
    return items;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private slots:
    void apiListCoversTheDesignedFunctions();
    void typingIsAnEditAndSetCodeKeepsTheCursor();
    void completionListsBotContextFunctions();
    void typingWithTheCaretOffScreenDoesNotCrash();
    void syntaxErrorIsUnderlinedAndClearsWhenFixed();
    void syntaxErrorMessageIsTheLinesTooltip();
    void coloursFollowThePalette();
    void syntaxCheckNeverRunsTheCode();
    void findAndReplace();
    void escapeClosesTheFindBar();
    void jsonModeHighlightsTemplates();
    void templatedJsonCheck_data();
    void templatedJsonCheck();
    void templateTextEditKeepsTheCursor();
};

void TestCodeEditor::apiListCoversTheDesignedFunctions()
{
    // Every botContext function the runtime offers, with its parameters and a description.
    const QStringList expected{"getChannel()",
                               "getUserChannel()",
                               "sendMessage(message)",
                               "sendMessages(messages)",
                               "sendMessageWithQuickReplies(message, quickReplies)",
                               "sendImmediateReply(message)",
                               "setBotVariable(name, value, persistForSession, persistForever)",
                               "getBotVariable(name)",
                               "getEnvVariable(name)",
                               "getCurrentUserMessage()",
                               "getQuickReplyPayload()",
                               "getButtonPayload()",
                               "getDialogStarterIntent()",
                               "setTriggerNextMessage(interactionName)",
                               "setMessageDelay(milliseconds)",
                               "printDebugMessage(message)",
                               "isApiExecutionSuccessful()",
                               "getApiStatusCode()",
                               "getUserPlatformId()",
                               "getConversationId()",
                               "getChatBotId()",
                               "evaluateOptions(userResponse, options)",
                               "addQuickReplies(quickReplies)",
                               "logCustomEvent(userMessage, eventName, eventDetail)",
                               "logEscalationEvent(userMessage, escalationType)",
                               "registerContextNamespace(namespace, ttlSeconds)",
                               "setContextDataForConversation(namespace, property, value)",
                               "getContextDataForConversation(namespace, property)",
                               "deleteContextDataForConversation(namespace, property)",
                               "setContextDataForUser(namespace, property, value)",
                               "getContextDataForUser(namespace, property)",
                               "deleteContextDataForUser(namespace, property)",
                               "setGlobalContextData(namespace, property, value)",
                               "getGlobalContextData(namespace, property)",
                               "deleteGlobalContextData(namespace, property)",
                               "getLPEngagementAttribute(attributeName)",
                               "getLPCustomerInfo()",
                               "getLPUserPersonalInfo()",
                               "getLPAccountId()"};
    const QStringList &entries = botContextApiEntries();
    for (const QString &signature : expected) {
        const QString prefix = QStringLiteral("botContext.") + signature + QLatin1Char('\n');
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const QString &e) { return e.startsWith(prefix); });
        QVERIFY2(it != entries.cend(), qPrintable(signature));
        QVERIFY2(it->size() > prefix.size() + 10, qPrintable("no description: " + signature));
    }
}

void TestCodeEditor::typingIsAnEditAndSetCodeKeepsTheCursor()
{
    CodeEditor editor(CodeEditor::Language::JavaScript);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(&editor, &CodeEditor::codeEdited);
    editor.setFocus();
    QTest::keyClicks(&editor, "var a;");
    QVERIFY(!edits.isEmpty());
    QCOMPARE(edits.last().at(0).toString(), QStringLiteral("var a;"));

    // An update from outside (undo, another view) is not an edit and leaves the cursor alone.
    edits.clear();
    editor.setCursorPosition(0, 4);
    editor.setCode(QStringLiteral("var a;\nvar b;"));
    QVERIFY(edits.isEmpty());
    int line = -1;
    int index = -1;
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QCOMPARE(index, 4);
    QCOMPARE(editor.code(), QStringLiteral("var a;\nvar b;"));
}

void TestCodeEditor::completionListsBotContextFunctions()
{
    CodeEditor editor(CodeEditor::Language::JavaScript);
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isCompletionReady(), 2000);
    editor.setFocus();
    QTest::keyClicks(&editor, "botContext.");
    QTRY_VERIFY_WITH_TIMEOUT(editor.isListActive(), 1000);
    const QStringList items = completionItems(editor);
    for (const char *name :
         {"sendMessage", "setBotVariable", "getBotVariable", "setTriggerNextMessage",
          "getLPAccountId", "setContextDataForConversation"})
        QVERIFY2(items.contains(QLatin1String(name)), name);
    QCOMPARE(items.size(), botContextApiEntries().size());

    // Narrowing as the user types, and a call tip once the call opens.
    QTest::keyClicks(&editor, "setBot");
    QTRY_COMPARE_WITH_TIMEOUT(completionItems(editor), QStringList{"setBotVariable"}, 1000);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.code(), QStringLiteral("botContext.setBotVariable"));
    QTest::keyClicks(&editor, "(");
    QTRY_VERIFY_WITH_TIMEOUT(editor.isCallTipActive(), 1000);
}

void TestCodeEditor::typingWithTheCaretOffScreenDoesNotCrash()
{
    // QScintilla dereferences the screen under the caret when it shows a popup; a window partly
    // outside every screen used to crash it.
    CodeEditor editor(CodeEditor::Language::JavaScript);
    editor.resize(500, 300);
    const QRect screen = editor.screen()->geometry();
    editor.move(screen.right() + 2000, screen.bottom() + 2000);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isCompletionReady(), 2000);
    editor.setFocus();
    QTest::keyClicks(&editor, "botContext.setBot(");
    QCOMPARE(editor.code(), QStringLiteral("botContext.setBot("));
    QVERIFY(!editor.isListActive());
    // Back on screen, completion works again.
    editor.move(screen.topLeft() + QPoint(20, 20));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, "botContext.");
    QTRY_VERIFY_WITH_TIMEOUT(editor.isListActive(), 1000);
}

void TestCodeEditor::syntaxErrorIsUnderlinedAndClearsWhenFixed()
{
    CodeEditor editor(CodeEditor::Language::JavaScript);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    QTest::keyClicks(&editor, "var ok = 1;");
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, "var broken = ;");
    QTRY_VERIFY_WITH_TIMEOUT(editor.syntaxError().has_value(), CheckTimeoutMs);
    QCOMPARE(editor.syntaxError()->line, 2);
    QVERIFY(!editor.syntaxError()->message.isEmpty());
    const long secondLine = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, 1);
    QVERIFY(indicatorAt(editor, CodeEditor::ErrorIndicator, secondLine + 4));
    QVERIFY(!indicatorAt(editor, CodeEditor::ErrorIndicator, 2));
    QCOMPARE(editor.markersAtLine(1) & (1 << CodeEditor::ErrorMarker),
             1 << CodeEditor::ErrorMarker);

    // Fixing it clears the underline and the marker.
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QTest::keyClicks(&editor, "2;");
    QTRY_VERIFY_WITH_TIMEOUT(!editor.syntaxError().has_value() && !editor.isSyntaxCheckPending(),
                             CheckTimeoutMs);
    QVERIFY(!indicatorAt(editor, CodeEditor::ErrorIndicator, secondLine + 4));
    QCOMPARE(editor.markersAtLine(1) & (1 << CodeEditor::ErrorMarker), 0);
}

void TestCodeEditor::syntaxErrorMessageIsTheLinesTooltip()
{
    CodeEditor editor(CodeEditor::Language::JavaScript);
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCode(QStringLiteral("var a = 1;\nvar b = ;"));
    QTRY_VERIFY_WITH_TIMEOUT(editor.syntaxError().has_value(), CheckTimeoutMs);
    const auto pointOf = [&](int line) {
        const long position = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE,
                                                   static_cast<unsigned long>(line));
        const int x = int(
                editor.SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, position));
        const int y = int(
                editor.SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, position));
        return QPoint(x + 2, y + 3);
    };
    QHelpEvent onError(QEvent::ToolTip, pointOf(1), editor.viewport()->mapToGlobal(pointOf(1)));
    QApplication::sendEvent(editor.viewport(), &onError);
    QTRY_COMPARE_WITH_TIMEOUT(QToolTip::text(), editor.syntaxError()->message, 1000);
    QHelpEvent elsewhere(QEvent::ToolTip, pointOf(0), editor.viewport()->mapToGlobal(pointOf(0)));
    QApplication::sendEvent(editor.viewport(), &elsewhere);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::text().isEmpty() || !QToolTip::isVisible(), 1000);
}

void TestCodeEditor::coloursFollowThePalette()
{
    CodeEditor editor(CodeEditor::Language::JavaScript);
    const auto paper = [&] {
        const long bgr = editor.SendScintilla(
                QsciScintillaBase::SCI_STYLEGETBACK,
                static_cast<unsigned long>(QsciScintillaBase::STYLE_DEFAULT));
        return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
    };
    QCOMPARE(paper(), editor.palette().color(QPalette::Base));
    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    editor.setPalette(dark);
    QCOMPARE(paper(), QColor(0x1e, 0x1f, 0x22));
    const long keyword
            = editor.SendScintilla(QsciScintillaBase::SCI_STYLEGETFORE,
                                   static_cast<unsigned long>(QsciLexerJavaScript::Keyword));
    // A keyword colour that reads on dark: light, not the light theme's dark blue.
    QVERIFY(QColor(int(keyword & 0xff), int((keyword >> 8) & 0xff), int((keyword >> 16) & 0xff))
                    .lightnessF()
            > 0.5);
}

void TestCodeEditor::syntaxCheckNeverRunsTheCode()
{
    QJSEngine engine;
    // Valid code is only compiled.
    QVERIFY(!checkScriptSyntax(engine, QStringLiteral("ran = true;")).has_value());
    QVERIFY(engine.globalObject().property(QStringLiteral("ran")).isUndefined());
    // Code that closes the wrapper itself cannot get out either.
    const auto escape = checkScriptSyntax(engine, QStringLiteral("}); ran = true; (function(){"));
    QVERIFY(escape.has_value());
    QVERIFY(engine.globalObject().property(QStringLiteral("ran")).isUndefined());
    // Returns are fine in interaction code; an unclosed brace is reported on its last line.
    QVERIFY(!checkScriptSyntax(engine, QStringLiteral("if (a) { return 1; }")).has_value());
    const auto open = checkScriptSyntax(engine, QStringLiteral("if (a) {\n  b();\n\n"));
    QVERIFY(open.has_value());
    QCOMPARE(open->line, 2);
}

void TestCodeEditor::findAndReplace()
{
    CodeEditor editor(CodeEditor::Language::JavaScript);
    editor.resize(520, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCode(QStringLiteral("var foo = 1;\nfoo = foo + 1; // Foo"));
    editor.setFocus();
    QSignalSpy edits(&editor, &CodeEditor::codeEdited);

    QTest::keyClick(&editor, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = editor.findBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isReplaceVisible());
    QTRY_VERIFY_WITH_TIMEOUT(bar->findEdit()->hasFocus(), 1000);
    QTest::keyClicks(bar->findEdit(), "foo");
    QCOMPARE(editor.selectedText(), QStringLiteral("foo"));
    QCOMPARE(bar->statusLabel()->text(), QStringLiteral("1 of 4"));
    QTest::keyClick(bar->findEdit(), Qt::Key_F3);
    QCOMPARE(bar->statusLabel()->text(), QStringLiteral("2 of 4"));
    QTest::keyClick(bar->findEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->statusLabel()->text(), QStringLiteral("1 of 4"));

    // Match case leaves the comment's "Foo" out.
    QTest::mouseClick(bar->caseSensitiveButton(), Qt::LeftButton);
    QCOMPARE(bar->statusLabel()->text(), QStringLiteral("1 of 3"));

    // Ctrl+H opens the replace row; "All" is one edit.
    QTest::keyClick(&editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->isReplaceVisible());
    QTRY_VERIFY_WITH_TIMEOUT(bar->replaceEdit()->hasFocus(), 1000);
    QTest::keyClicks(bar->replaceEdit(), "count");
    edits.clear();
    QTest::mouseClick(bar->replaceAllButton(), Qt::LeftButton);
    QCOMPARE(editor.code(), QStringLiteral("var count = 1;\ncount = count + 1; // Foo"));
    QCOMPARE(edits.size(), 1);

    // Enter in the replace field replaces the selected match and moves on.
    editor.setCode(QStringLiteral("a a a"));
    bar->findEdit()->setText(QStringLiteral("a"));
    bar->replaceEdit()->setText(QStringLiteral("b"));
    bar->replaceEdit()->setFocus();
    editor.setSelection(0, 0, 0, 1);
    QTest::keyClick(bar->replaceEdit(), Qt::Key_Return);
    QCOMPARE(editor.code(), QStringLiteral("b a a"));
    QCOMPARE(editor.selectedText(), QStringLiteral("a"));
}

void TestCodeEditor::escapeClosesTheFindBar()
{
    CodeEditor editor(CodeEditor::Language::Json);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    QTest::keyClick(&editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(editor.findBar()->isVisible());
    QVERIFY(editor.findBar()->isReplaceVisible());
    QTest::keyClick(editor.findBar()->findEdit(), Qt::Key_Escape);
    QVERIFY(!editor.findBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(editor.hasFocus(), 1000);
}

void TestCodeEditor::jsonModeHighlightsTemplates()
{
    CodeEditor editor(CodeEditor::Language::Json);
    editor.setCode(QStringLiteral("{\"id\": \"{$botContext.convId}\", \"n\": 1}"));
    const long start = 8; // the "{" of the template
    QVERIFY(!indicatorAt(editor, CodeEditor::TemplateIndicator, start - 1));
    QVERIFY(indicatorAt(editor, CodeEditor::TemplateIndicator, start));
    QVERIFY(indicatorAt(editor, CodeEditor::TemplateIndicator, start + 19));
    QVERIFY(!indicatorAt(editor, CodeEditor::TemplateIndicator, start + 20));
}

void TestCodeEditor::templatedJsonCheck_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line"); // 0: valid

    QTest::newRow("templates in strings")
            << QStringLiteral("{\n  \"a\": \"{$chatBotId}\",\n  \"b\": \"x {$env.y} z\"\n}") << 0;
    QTest::newRow("template as a value") << QStringLiteral("{\"n\": {$botContext.count}}") << 0;
    QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": \"{$x}\"\n  \"b\": 1\n}") << 3;
    QTest::newRow("unclosed template") << QStringLiteral("{\"a\": \"{$x\"}") << 1;
    QTest::newRow("quote inside a template string")
            << QStringLiteral("{\"a\": \"say \\\"{$x}\\\"\"}") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestCodeEditor::templatedJsonCheck()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    const auto issue = checkTemplatedJson(body);
    QCOMPARE(issue.has_value(), line > 0);
    if (issue)
        QCOMPARE(issue->line, line);
}

void TestCodeEditor::templateTextEditKeepsTheCursor()
{
    TemplateTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy edits(&edit, &TemplateTextEdit::textEdited);
    edit.setFocus();
    QTest::keyClicks(&edit, "Hello {$botContext.name}");
    QCOMPARE(edits.last().at(0).toString(), QStringLiteral("Hello {$botContext.name}"));
    const int edited = int(edits.size());
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(5);
    edit.setTextCursor(cursor);
    edit.setText(QStringLiteral("Hello {$botContext.name}, welcome"));
    QCOMPARE(edits.size(), edited);
    QCOMPARE(edit.textCursor().position(), 5);
    // The template has its own colour.
    const QTextBlock block = edit.document()->firstBlock();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QVERIFY(std::any_of(formats.cbegin(), formats.cend(), [](const QTextLayout::FormatRange &r) {
        return r.start == 6 && r.length == 18;
    }));
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
