#include "scriptsyntax.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace dialogsmith::ui {

std::optional<ScriptSyntaxError> checkScriptSyntax(QJSEngine &engine, const QString &code)
{
    if (code.trimmed().isEmpty())
        return std::nullopt;
    // The Function constructor only compiles its body; it never runs it and a body cannot close
    // the function early, so this decides validity safely. It reports no line, though.
    const QJSValue compiled
            = engine.globalObject().property(QStringLiteral("Function")).callAsConstructor({code});
    if (!compiled.isError())
        return std::nullopt;

    // For the line: the same code as the body of a function expression, followed by a character
    // that is never valid JavaScript outside a string, comment or template. The script as a whole
    // can therefore never compile, so evaluate() only ever reports a syntax error and runs
    // nothing, even if the code closes the wrapper itself.
    const QString wrapped = QStringLiteral("(function(){") + code + QStringLiteral("\n})\n@");
    const QJSValue result = engine.evaluate(wrapped);
    const int codeLines = int(code.count(QLatin1Char('\n'))) + 1;
    int line = result.isError() ? result.property(QStringLiteral("lineNumber")).toInt() : 0;
    QString message
            = result.isError() ? result.property(QStringLiteral("message")).toString() : QString();
    if (line <= 0 || line > codeLines || message.isEmpty()) {
        // The parser only noticed at the end: something opened is never closed.
        line = codeLines;
        while (line > 1 && code.section(QLatin1Char('\n'), line - 1, line - 1).trimmed().isEmpty())
            --line;
        message = QCoreApplication::translate(
                "dialogsmith::ui::SyntaxCheck",
                "unexpected end of code: a bracket, brace, string or comment is not closed");
    }
    return ScriptSyntaxError{line, message};
}

namespace {

class JavaScriptSyntaxChecker : public ScriptSyntaxChecker
{
public:
    std::optional<ScriptSyntaxError> check(const QString &code) override
    {
        return checkScriptSyntax(m_engine, code);
    }

private:
    QJSEngine m_engine;
};

} // namespace

std::unique_ptr<ScriptSyntaxChecker> makeJavaScriptSyntaxChecker()
{
    return std::make_unique<JavaScriptSyntaxChecker>();
}

} // namespace dialogsmith::ui
