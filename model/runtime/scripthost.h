#pragma once

#include "scriptwatchdog.h"

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

/// How a script call ended.
struct ScriptOutcome
{
    enum class Status {
        Ok,
        Error,       ///< an exception or a syntax error: `message`, `location`, `line`
        TimedOut,    ///< the watchdog interrupted it: out of time
        OutOfMemory, ///< the watchdog interrupted it: the process grew past the memory limit
        Stopped,     ///< `botContext.sendImmediateReply()` ended it early (not an error)
    };

    Status status = Status::Ok;
    QString message;  ///< "TypeError: Cannot read property 'x' of null"
    QString location; ///< the code that failed: a script label or "global functions"
    int line = 0;
    QJSValue value; ///< what the script returned

    bool ok() const { return status == Status::Ok || status == Status::Stopped; }
    /// The watchdog stopped it: the turn cannot go on.
    bool interrupted() const { return status == Status::TimedOut || status == Status::OutOfMemory; }
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
/// The host's own calls into JavaScript (reading a value a script made, which may run its
/// getters, `toJSON` or `toString`) go through the same guarded path, with built-ins captured
/// before any bot code ran.
class ScriptHost
{
public:
    /// How much the process may grow while one script runs, unless told otherwise.
    static constexpr qint64 defaultMemoryLimit = 128 * 1024 * 1024;

    explicit ScriptHost(std::chrono::milliseconds budget = std::chrono::seconds(2),
                        qint64 memoryLimit = defaultMemoryLimit);
    ~ScriptHost();

    ScriptHost(const ScriptHost &) = delete;
    ScriptHost &operator=(const ScriptHost &) = delete;

    QJSEngine &engine() { return *m_engine; }
    std::chrono::milliseconds budget() const { return m_budget; }
    void setBudget(std::chrono::milliseconds budget) { m_budget = budget; }
    /// Bytes the process may grow by during one script (0: no limit).
    qint64 memoryLimit() const;
    void setMemoryLimit(qint64 bytes);

    /// Compiles `code` (empty code compiles to nothing) and returns its handle, or -1 for empty
    /// code. `label` names it in errors: "transfer to agent pre-process". A syntax error is kept
    /// and reported by compileError() and by every run().
    int compile(const QString &code, const QString &label);
    /// Like compile(), but the code is compiled when it first runs: a runtime that shares a bot
    /// compiled (and checked) elsewhere pays only for the scripts its conversations reach. The
    /// handle is the one compile() would have returned; compileError() knows nothing of it until
    /// it ran.
    int declare(const QString &code, const QString &label);
    std::optional<ScriptOutcome> compileError(int handle) const;
    const QString &label(int handle) const;

    /// Runs a compiled script for the conversation `context` in its `scope`.
    ScriptOutcome run(int handle, ScriptContext &context, const QJSValue &scope);

    /// Sets the bot's global functions. Their top-level names are found once, without running
    /// them in this engine; a syntax error is kept in globalFunctionsError().
    void setGlobalFunctions(const QString &source);
    /// Sets global functions whose top-level names another host found already (globalNames()
    /// of a host given the same source): no probe engines are started.
    void setGlobalFunctions(const QString &source, const QStringList &knownNames);
    std::optional<ScriptOutcome> globalFunctionsError() const;
    /// The top-level names the global functions declare.
    const QStringList &globalNames() const { return m_globalNames; }
    bool hasInitConversation() const;

    /// A new conversation scope: evaluates the global functions for `context`.
    QJSValue newScope(ScriptContext &context, ScriptOutcome *outcome = nullptr);
    /// Calls `__initConversation()` of `scope`.
    ScriptOutcome runInitConversation(ScriptContext &context, const QJSValue &scope);
    /// Whether scripts have changed the built-in objects since the engine started (a prototype
    /// method added or replaced, a global redefined...): conversations of this engine all see
    /// such changes. True also when the check ran out of time.
    bool builtInsChanged();
    /// Moves variables that scripts assigned without declaring them into `scope` (getters are
    /// moved, not called). False when the watchdog stopped it.
    bool collectImplicitGlobals(const QJSValue &scope);

    // Reading values that scripts made. A getter, `toJSON` or `toString` of such a value is bot
    // code: these run it under the watchdog (like a script, with the same budget, unless a script
    // is running already), with JSON and the other built-ins as they were before any bot code
    // ran, and objects nested deeper than maxValueDepth are not converted.

    /// Objects nested deeper than this are not converted to JSON (context data, display).
    static constexpr int maxValueDepth = 64;
    /// `value` as CB shows it: JSON for objects and arrays (String() when JSON has no text for
    /// it), String() for the rest; nullopt when its code ran out of time.
    std::optional<QString> text(const QJSValue &value);
    /// text(), or unreadableText() when its code ran out of time.
    QString stringify(const QJSValue &value);
    static QString unreadableText();
    /// The text of `object.path[0].path[1]...`; nullopt when a step is undefined or null, or its
    /// code ran out of time.
    std::optional<QString> memberText(const QJSValue &object, const QStringList &path);
    /// `value` as JSON (an object, an array or a primitive); nullopt with the reason in
    /// `problem` when it cannot be converted (nested too deeply, cyclic, out of time).
    std::optional<QJsonValue> toJson(const QJSValue &value, QString *problem = nullptr);
    /// Whether no object in `value` is nested more than maxValueDepth levels down (getters are
    /// not called; false also when its code ran out of time).
    bool withinDepth(const QJSValue &value);
    QJSValue fromJson(const QJsonValue &value);
    /// `JSON.parse(text)`, or undefined when the text is not JSON.
    QJSValue parseJson(const QString &text);

private:
    struct Script
    {
        QString label;
        QString code; ///< until it is compiled (declare())
        bool compiled = false;
        QJSValue function;
        std::optional<ScriptOutcome> error;
    };

    void compileScript(int handle);

    ScriptOutcome call(const QJSValue &function, const QJSValueList &args, ScriptContext *context,
                       const QString &label);
    /// Calls `function` under the watchdog (armed unless a script runs already); nullopt when
    /// the watchdog stopped it. Every call into JavaScript goes through here.
    std::optional<QJSValue> guarded(const QJSValue &function, const QJSValueList &args);
    /// Records why the watchdog stopped the last guarded call; true when it did not.
    bool ranToEnd(ScriptWatchdog::Stop why);
    static QString memoryText(qint64 bytes);
    ScriptOutcome failure(const QJSValue &error, const QString &label);
    ScriptOutcome describedFailure(const QJSValue &description, const QString &label) const;
    QString labelOfFile(const QString &fileName, const QString &fallback) const;
    QJSValue evaluateGuarded(const QString &program, const QString &fileName);

    QJSValue botContextFunctions();

    /// Owned here, outliving the engine that wraps it (scripts never see the wrapper itself).
    std::unique_ptr<BotContextApi> m_api;
    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<ScriptWatchdog> m_watchdog;
    QJSValue m_apiValue; ///< what scripts see as `botContext`
    QJSValue m_helpers;  ///< the functions of helpersSource, captured before any bot code ran
    QJSValue m_invoke;
    QJSValue m_threw; ///< what m_invoke returns when the script threw
    QJSValue m_describe;
    QJSValue m_sweep;
    QJSValue m_text;
    QJSValue m_json;
    QJSValue m_parse;
    QJSValue m_member;
    QJSValue m_within;
    QJSValue m_initConversation;
    QJSValue m_builtInsChanged;
    int m_depth = 0; ///< calls into JavaScript on the stack
    ScriptWatchdog::Stop m_lastStop = ScriptWatchdog::Stop::None;
    std::chrono::milliseconds m_budget;
    QList<Script> m_scripts;
    QJSValue m_globalsFactory;
    QStringList m_globalNames;
    std::optional<ScriptOutcome> m_globalsError;
};

} // namespace dialogsmith::runtime
