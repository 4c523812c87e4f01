#pragma once

#include <QJSEngine>
#include <QJSValue>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace dialogsmith::runtime {

class BotContextApi;
class ScriptContext;
class ScriptWatchdog;

/// How a script call ended.
struct ScriptOutcome
{
    enum class Status {
        Ok,
        Error,    ///< an exception or a syntax error: `message`, `location`, `line`
        TimedOut, ///< the watchdog interrupted it
        Stopped,  ///< `botContext.sendImmediateReply()` ended it early (not an error)
    };

    Status status = Status::Ok;
    QString message;  ///< "TypeError: Cannot read property 'x' of null"
    QString location; ///< the code that failed: a script label or "global functions"
    int line = 0;
    QJSValue value; ///< what the script returned

    bool ok() const { return status == Status::Ok || status == Status::Stopped; }
};

/// Runs a bot's JavaScript: one QJSEngine for every conversation of a runtime.
///
/// Each code slot is compiled once, as a function of `botContext` and a per-conversation scope,
/// and runs inside `with (scope)`: the bot's global functions, evaluated once per conversation by
/// newScope(), live in that scope, so interaction code calls them by name and their state never
/// crosses conversations. Variables a script assigns without declaring them are moved into the
/// conversation's scope by collectImplicitGlobals() for the same reason.
///
/// Scripts get the ECMAScript built-ins and `botContext` only: no console, timers, files or
/// network. A watchdog interrupts any call after the budget; the engine is usable again at once.
class ScriptHost
{
public:
    explicit ScriptHost(std::chrono::milliseconds budget = std::chrono::seconds(2));
    ~ScriptHost();

    ScriptHost(const ScriptHost &) = delete;
    ScriptHost &operator=(const ScriptHost &) = delete;

    QJSEngine &engine() { return *m_engine; }
    std::chrono::milliseconds budget() const { return m_budget; }
    void setBudget(std::chrono::milliseconds budget) { m_budget = budget; }

    /// Compiles `code` (empty code compiles to nothing) and returns its handle, or -1 for empty
    /// code. `label` names it in errors: "transfer to agent pre-process". A syntax error is kept
    /// and reported by compileError() and by every run().
    int compile(const QString &code, const QString &label);
    std::optional<ScriptOutcome> compileError(int handle) const;
    const QString &label(int handle) const;

    /// Runs a compiled script for the conversation `context` in its `scope`.
    ScriptOutcome run(int handle, ScriptContext &context, const QJSValue &scope);

    /// Sets the bot's global functions. Their top-level names are found once, without running
    /// them in this engine; a syntax error is kept in globalFunctionsError().
    void setGlobalFunctions(const QString &source);
    std::optional<ScriptOutcome> globalFunctionsError() const;
    /// The top-level names the global functions declare.
    const QStringList &globalNames() const { return m_globalNames; }
    bool hasInitConversation() const;

    /// A new conversation scope: evaluates the global functions for `context`.
    QJSValue newScope(ScriptContext &context, ScriptOutcome *outcome = nullptr);
    /// Calls `__initConversation()` of `scope`.
    ScriptOutcome runInitConversation(ScriptContext &context, const QJSValue &scope);
    /// Moves variables that scripts assigned without declaring them into `scope`.
    void collectImplicitGlobals(const QJSValue &scope);

    QString stringify(const QJSValue &value);
    QJsonValue toJson(const QJSValue &value);
    QJSValue fromJson(const QJsonValue &value);
    /// `JSON.parse(text)`, or undefined when the text is not JSON.
    QJSValue parseJson(const QString &text);

private:
    struct Script
    {
        QString label;
        QJSValue function;
        std::optional<ScriptOutcome> error;
    };

    ScriptOutcome call(const QJSValue &function, const QJSValueList &args, ScriptContext *context,
                       const QString &label);
    ScriptOutcome failure(const QJSValue &error, const QString &label) const;
    QString labelOfFile(const QString &fileName, const QString &fallback) const;
    QJSValue evaluateGuarded(const QString &program, const QString &fileName);

    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<ScriptWatchdog> m_watchdog;
    BotContextApi *m_api = nullptr; ///< owned by m_engine's QObject tree
    QJSValue m_apiValue;
    QJSValue m_helpers; ///< JSON, the call trampoline and the implicit-global sweep
    QJSValue m_invoke;
    QJSValue m_threw; ///< what m_invoke returns when the script threw
    QJSValue m_sweep;
    QJSValue m_stringify;
    QJSValue m_parse;
    std::chrono::milliseconds m_budget;
    QList<Script> m_scripts;
    QJSValue m_globalsFactory;
    QStringList m_globalNames;
    std::optional<ScriptOutcome> m_globalsError;
};

} // namespace dialogsmith::runtime
