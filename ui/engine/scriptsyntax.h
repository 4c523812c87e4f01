#pragma once

#include "syntaxchecker.h"

class QJSEngine;

namespace dialogsmith::ui {

/// Parses `code` as the body of a function, as CB runs interaction code, without running any of
/// it: the code is compiled as `Function` body first, and only if that fails it is evaluated
/// inside a wrapper that ends in a guaranteed syntax error, which yields the line of the first
/// error while making sure nothing can execute.
std::optional<ScriptSyntaxError> checkScriptSyntax(QJSEngine &engine, const QString &code);

/// The code editors' syntax checker: checkScriptSyntax() in a QJSEngine of its own.
std::unique_ptr<ScriptSyntaxChecker> makeJavaScriptSyntaxChecker();

} // namespace dialogsmith::ui
