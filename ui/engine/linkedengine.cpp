// Linked into a program (tests, benchmarks, tools), the engine is attached to every main window
// as it is made, and the code editors check JavaScript syntax from the start.
#include "mainwindow.h"
#include "scriptsyntax.h"
#include "studioengineimpl.h"

namespace {

[[maybe_unused]] const bool linked = [] {
    dialogsmith::ui::MainWindow::useLinkedEngine(&dialogsmith::ui::createStudioEngine);
    dialogsmith::ui::SyntaxCheckService::setCheckerFactory(
            &dialogsmith::ui::makeJavaScriptSyntaxChecker);
    return true;
}();

} // namespace
