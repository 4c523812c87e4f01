// The engine's parts, registered where the shell asks for them as the program starts (a program
// that links the engine: tests, benchmarks, tools) or as the engine module is loaded (the
// application): the main window's engine, the code editors and the Code tab's page, and the
// JavaScript syntax check.
#include "codeeditor.h"
#include "codepage.h"
#include "mainwindow.h"
#include "scriptsyntax.h"
#include "studioengineimpl.h"

namespace dialogsmith::ui {

namespace {

[[maybe_unused]] const bool registered = [] {
    MainWindow::useLinkedEngine(&createStudioEngine);
    SyntaxCheckService::setCheckerFactory(&makeJavaScriptSyntaxChecker);
    setCodeEditorFactory([](CodeLanguage language, QWidget *parent) -> CodeEditorApi * {
        return new CodeEditor(language, parent);
    });
    CodePageBase::setFactory(
            [](document::BotDocument *document, QWidget *parent) -> CodePageBase * {
                return new CodePage(document, parent);
            });
    return true;
}();

} // namespace

} // namespace dialogsmith::ui
