#include "scripthost.h"

#include "botcontextapi.h"
#include "scriptcontext.h"
#include "scriptwatchdog.h"

#include <QCoreApplication>
#include <QJSValueIterator>
#include <QRegularExpression>
#include <QSet>

namespace dialogsmith::runtime {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::ScriptHost)
};
} // namespace

namespace {

const QString globalsFile = QStringLiteral("globals");
const QString scriptFilePrefix = QStringLiteral("script-");
const QString globalsLabel = QStringLiteral("global functions");

// Compiled once per engine. `invoke` turns any exception (also `throw "text"`) into a marker
// the host can tell from a normal result; `sweep` moves implicit globals into a scope.
const char helpersSource[] = R"JS((function() {
    var threw = {};
    var h = {
        threw: threw,
        error: undefined,
        invoke: function(fn, a, b) {
            try { return fn(a, b); } catch (e) { h.error = e; return threw; }
        },
        stringify: function(v) {
            try { var s = JSON.stringify(v); return s === undefined ? String(v) : s; }
            catch (e) { return String(v); }
        },
        parse: function(t) { try { return JSON.parse(t); } catch (e) { return undefined; } },
        sweep: function(g, scope) {
            var names = Object.keys(g);
            for (var i = 0; i < names.length; ++i) {
                scope[names[i]] = g[names[i]];
                delete g[names[i]];
            }
            return names.length;
        }
    };
    return h;
})())JS";

QSet<QString> ownNames(const QJSValue &object)
{
    QSet<QString> names;
    QJSValueIterator it(object);
    while (it.hasNext()) {
        it.next();
        names.insert(it.name());
    }
    return names;
}

/// Which of `candidates` resolve after `source` ran in `engine`, as code written after it would
/// see them: the global object's names and the source's top-level `let`, `const` and `class`
/// bindings (which live only as long as the script that declares them, so the check runs at the
/// end of that script). Empty when the source throws before its end.
QSet<QString> resolvableNames(QJSEngine &engine, const QString &source,
                              const QStringList &candidates)
{
    const QJSValue resolve = engine.evaluate(
            source
                    + QStringLiteral(
                            "\n;(function(__dsNames) { var __dsFound = [];"
                            " for (var __dsI = 0; __dsI < __dsNames.length; ++__dsI) {"
                            "  try { eval(__dsNames[__dsI]); __dsFound.push(__dsNames[__dsI]); }"
                            "  catch (__dsE) {} }"
                            " return __dsFound; })"),
            globalsFile);
    QSet<QString> names;
    if (!resolve.isCallable())
        return names;
    QJSValue list = engine.newArray(uint(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i)
        list.setProperty(quint32(i), candidates.at(i));
    const QJSValue found = resolve.call({list});
    const int length = found.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i)
        names.insert(found.property(quint32(i)).toString());
    return names;
}

/// The names the global functions declare at top level (functions, `var`, `let`, `const` and
/// `class`), found by running them once in a throw-away engine against a `botContext` whose
/// every function returns null.
QStringList discoverGlobalNames(const QString &source, std::chrono::milliseconds budget)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z_$][A-Za-z0-9_$]*"));
    QStringList candidates;
    for (auto it = word.globalMatch(source); it.hasNext();) {
        const QString name = it.next().captured();
        if (!name.startsWith(QLatin1String("__ds")))
            candidates.append(name);
    }
    candidates.removeDuplicates();

    const QString fakeContext = QStringLiteral(
            "new Proxy({}, { get: function() { return function() { return null; }; } })");
    QJSEngine baseline;
    baseline.globalObject().setProperty(QStringLiteral("botContext"),
                                        baseline.evaluate(fakeContext));
    QJSEngine probe;
    const QSet<QString> before = ownNames(probe.globalObject());
    probe.globalObject().setProperty(QStringLiteral("botContext"), probe.evaluate(fakeContext));
    QSet<QString> found;
    {
        ScriptWatchdog watchdog(&probe);
        watchdog.arm(budget);
        // What resolves after the source and not in an engine that never saw it was declared by
        // it (built-ins such as Math resolve in both).
        found = resolvableNames(probe, source, candidates)
                - resolvableNames(baseline, QString(), candidates);
        watchdog.disarm();
    }
    // A source that throws half-way still declared what ran before: its global object says so.
    static const QRegularExpression identifier(QStringLiteral("\\A[A-Za-z_$][A-Za-z0-9_$]*\\z"));
    for (const QString &name : ownNames(probe.globalObject())) {
        if (!before.contains(name) && identifier.match(name).hasMatch())
            found.insert(name);
    }
    found.remove(QStringLiteral("botContext"));
    QStringList names(found.cbegin(), found.cend());
    names.sort();
    return names;
}

} // namespace

ScriptHost::ScriptHost(std::chrono::milliseconds budget)
    : m_engine(std::make_unique<QJSEngine>())
    , m_watchdog(std::make_unique<ScriptWatchdog>(m_engine.get()))
    , m_budget(budget)
{
    m_api = new BotContextApi(m_engine.get(), m_engine.get());
    m_apiValue = m_engine->newQObject(m_api);
    m_helpers = m_engine->evaluate(QString::fromLatin1(helpersSource));
    Q_ASSERT(!m_helpers.isError());
    m_invoke = m_helpers.property(QStringLiteral("invoke"));
    m_threw = m_helpers.property(QStringLiteral("threw"));
    m_sweep = m_helpers.property(QStringLiteral("sweep"));
    m_stringify = m_helpers.property(QStringLiteral("stringify"));
    m_parse = m_helpers.property(QStringLiteral("parse"));
}

ScriptHost::~ScriptHost() = default;

QJSValue ScriptHost::evaluateGuarded(const QString &program, const QString &fileName)
{
    // Compiling evaluates the wrapper: code that closes it early could run now, so guard it too.
    m_watchdog->arm(m_budget);
    QJSValue result = m_engine->evaluate(program, fileName);
    if (m_watchdog->disarm())
        return m_engine->newErrorObject(QJSValue::GenericError,
                                        Text::tr("script timed out while compiling"));
    return result;
}

int ScriptHost::compile(const QString &code, const QString &label)
{
    if (code.trimmed().isEmpty())
        return -1;
    const int handle = int(m_scripts.size());
    Script script;
    script.label = label;
    // One line: the script's line numbers stay the ones its author sees.
    const QString program = QStringLiteral("(function(botContext, __scope) { with (__scope) { ")
                            + code + QStringLiteral("\n}})");
    QJSValue function = evaluateGuarded(program, scriptFilePrefix + QString::number(handle));
    if (function.isError() || !function.isCallable())
        script.error = failure(function, label);
    else
        script.function = function;
    m_scripts.append(script);
    return handle;
}

std::optional<ScriptOutcome> ScriptHost::compileError(int handle) const
{
    return handle >= 0 && handle < m_scripts.size() ? m_scripts.at(handle).error : std::nullopt;
}

const QString &ScriptHost::label(int handle) const
{
    static const QString none;
    return handle >= 0 && handle < m_scripts.size() ? m_scripts.at(handle).label : none;
}

QString ScriptHost::labelOfFile(const QString &fileName, const QString &fallback) const
{
    // QJSEngine reports file names as URLs ("file:script-3").
    const QString base = fileName.mid(fileName.lastIndexOf(QLatin1Char(':')) + 1);
    if (base == globalsFile)
        return globalsLabel;
    if (base.startsWith(scriptFilePrefix)) {
        bool ok = false;
        const int handle = base.mid(scriptFilePrefix.size()).toInt(&ok);
        if (ok && handle >= 0 && handle < m_scripts.size())
            return m_scripts.at(handle).label;
    }
    return fallback;
}

ScriptOutcome ScriptHost::failure(const QJSValue &error, const QString &label) const
{
    ScriptOutcome out;
    out.status = ScriptOutcome::Status::Error;
    out.location = label;
    if (error.isError()) {
        out.message = error.toString();
        out.line = error.property(QStringLiteral("lineNumber")).toInt();
        out.location = labelOfFile(error.property(QStringLiteral("fileName")).toString(), label);
    } else {
        out.message = Text::tr("uncaught exception: ") + error.toString();
    }
    return out;
}

ScriptOutcome ScriptHost::call(const QJSValue &function, const QJSValueList &args,
                               ScriptContext *context, const QString &label)
{
    ScriptContext *previous = m_api->context();
    m_api->setContext(context);
    m_api->takeStopRequest();

    QJSValueList invokeArgs{function};
    invokeArgs.append(args);
    m_watchdog->arm(m_budget);
    const QJSValue result = m_invoke.call(invokeArgs);
    const bool timedOut = m_watchdog->disarm();

    m_api->setContext(previous);
    const bool stopped = m_api->takeStopRequest();

    ScriptOutcome out;
    out.location = label;
    if (timedOut) {
        out.status = ScriptOutcome::Status::TimedOut;
        out.message = Text::tr("script timed out in %1").arg(label);
    } else if (stopped) {
        out.status = ScriptOutcome::Status::Stopped;
    } else if (result.strictlyEquals(m_threw)) {
        out = failure(m_helpers.property(QStringLiteral("error")), label);
        m_helpers.setProperty(QStringLiteral("error"), QJSValue());
    } else if (result.isError()) {
        out = failure(result, label); // an engine error outside any try (e.g. stack overflow)
    } else {
        out.value = result;
    }
    return out;
}

ScriptOutcome ScriptHost::run(int handle, ScriptContext &context, const QJSValue &scope)
{
    if (handle < 0 || handle >= m_scripts.size())
        return {};
    const Script &script = m_scripts.at(handle);
    if (script.error)
        return *script.error;
    return call(script.function, {m_apiValue, scope}, &context, script.label);
}

void ScriptHost::setGlobalFunctions(const QString &source)
{
    m_globalsFactory = QJSValue();
    m_globalNames.clear();
    m_globalsError.reset();
    if (source.trimmed().isEmpty())
        return;

    m_globalNames = discoverGlobalNames(source, m_budget);
    QString accessors;
    for (const QString &name : std::as_const(m_globalNames))
        accessors += QStringLiteral("get %1() { return %1; }, set %1(v) { %1 = v; }, ").arg(name);
    const QString program = QStringLiteral("(function(botContext) { ") + source
                            + QStringLiteral("\n; return { ") + accessors + QStringLiteral("}; })");
    QJSValue factory = evaluateGuarded(program, globalsFile);
    if (factory.isError() || !factory.isCallable()) {
        m_globalsError = failure(factory, globalsLabel);
        m_globalNames.clear();
        return;
    }
    m_globalsFactory = factory;
}

std::optional<ScriptOutcome> ScriptHost::globalFunctionsError() const
{
    return m_globalsError;
}

bool ScriptHost::hasInitConversation() const
{
    return m_globalNames.contains(QLatin1String("__initConversation"));
}

QJSValue ScriptHost::newScope(ScriptContext &context, ScriptOutcome *outcome)
{
    if (!m_globalsFactory.isCallable()) {
        if (outcome)
            *outcome = m_globalsError.value_or(ScriptOutcome());
        return m_engine->newObject();
    }
    ScriptOutcome result = call(m_globalsFactory, {m_apiValue}, &context, globalsLabel);
    if (outcome)
        *outcome = result;
    return result.value.isObject() ? result.value : m_engine->newObject();
}

ScriptOutcome ScriptHost::runInitConversation(ScriptContext &context, const QJSValue &scope)
{
    const QJSValue init = scope.property(QStringLiteral("__initConversation"));
    if (!init.isCallable())
        return {};
    return call(init, {}, &context, QStringLiteral("__initConversation()"));
}

void ScriptHost::collectImplicitGlobals(const QJSValue &scope)
{
    m_sweep.call({m_engine->globalObject(), scope});
}

QString ScriptHost::stringify(const QJSValue &value)
{
    return m_stringify.call({value}).toString();
}

QJsonValue ScriptHost::toJson(const QJSValue &value)
{
    return m_engine->fromScriptValue<QJsonValue>(value);
}

QJSValue ScriptHost::fromJson(const QJsonValue &value)
{
    return m_engine->toScriptValue(value);
}

QJSValue ScriptHost::parseJson(const QString &text)
{
    return m_parse.call({QJSValue(text)});
}

} // namespace dialogsmith::runtime
