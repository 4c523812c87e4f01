#include "scripthost.h"

#include "botcontextapi.h"
#include "scriptcontext.h"
#include "scriptwatchdog.h"

#include <QCoreApplication>
#include <QJSValueIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
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

// Evaluated once per engine, before any bot code runs: the built-ins it uses are captured here,
// so a bot that replaces JSON, String or Object (or puts getters on their prototypes) cannot
// reach the host through them. `invoke` turns any exception (also `throw "text"`) into a marker
// the host can tell from a normal result; everything the host reads from a script's value goes
// through one of these functions, under the watchdog, and comes back as a primitive or an
// object without a prototype.
const char helpersSource[] = R"JS((function() {
    var stringify = JSON.stringify, parse = JSON.parse, toText = String, toNumber = Number;
    var ownNames = Object.getOwnPropertyNames, describeProperty = Object.getOwnPropertyDescriptor;
    var defineProperty = Object.defineProperty, create = Object.create, apply = Reflect.apply;
    var freeze = Object.freeze, SetType = Set, setHas = Set.prototype.has;
    var setAdd = Set.prototype.add;
    var errorToString = Error.prototype.toString, ErrorType = Error, RangeErrorType = RangeError;
    var threw = create(null);
    function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }
    var isArray = Array.isArray, bind = Function.prototype.bind;
    var StringType = String, NumberType = Number, BooleanType = Boolean;
    function put(o, key, value) {
        var property = create(null);
        property.value = value;
        property.writable = property.enumerable = property.configurable = true;
        defineProperty(o, key, property);
    }
    // A copy of `v` that JSON.stringify turns into the same text, made by recursion with a depth
    // bound (this engine's JSON.stringify recurses in C++ without one): toJSON() called, own
    // enumerable members read, nothing else. A cycle counts as too deep.
    function plain(v, depth, max, key) {
        if (isObject(v) && typeof v.toJSON === 'function')
            v = v.toJSON(key);
        if (!isObject(v) || typeof v === 'function')
            return v;
        if (v instanceof StringType || v instanceof NumberType || v instanceof BooleanType)
            return v;
        if (depth >= max)
            throw new RangeErrorType('the value is nested more than ' + max + ' levels deep');
        var out, i;
        if (isArray(v)) {
            out = [];
            for (i = 0; i < v.length; ++i)
                put(out, i, plain(v[i], depth + 1, max, toText(i)));
            return out;
        }
        out = create(null);
        var names = ownNames(v);
        for (i = 0; i < names.length; ++i) {
            var property = describeProperty(v, names[i]);
            if (property && property.enumerable)
                put(out, names[i], plain(v[names[i]], depth + 1, max, names[i]));
        }
        return out;
    }
    function describe(e) {
        var out = create(null);
        out.message = '';
        out.line = 0;
        out.file = '';
        try {
            if (e instanceof ErrorType) {
                out.message = toText(apply(errorToString, e, []));
                out.line = toNumber(e.lineNumber) || 0;
                out.file = toText(e.fileName === undefined ? '' : e.fileName);
            } else {
                out.message = 'uncaught exception: ' + toText(e);
            }
        } catch (inner) {
            out.message = 'an exception that cannot be shown';
        }
        return out;
    }
    var h = create(null);
    h.threw = threw;
    h.error = undefined;
    h.invoke = function(fn, a, b) {
        try { return fn(a, b); } catch (e) { h.error = describe(e); return threw; }
    };
    h.describe = describe;
    // `botContext` as scripts see it: a frozen plain object with the C++ object's functions
    // bound to it, which itself stays out of reach (no destroy(), objectName or signals, and
    // nothing a conversation could change for the others). Bound functions add no frame, so an
    // error they throw names the script's line.
    h.facade = function(target, names) {
        var api = {};
        for (var i = 0; i < names.length; ++i)
            api[names[i]] = apply(bind, target[names[i]], [target]);
        return freeze(api);
    };
    h.text = function(v, max) {
        if (!isObject(v))
            return toText(v);
        try {
            var s = stringify(plain(v, 0, max, ''));
            return s === undefined ? toText(v) : s;
        } catch (e) {
            return toText(v);
        }
    };
    h.json = function(v, max) { return stringify(plain(v, 0, max, '')); };
    // Whether no object in `v` is more than `max` levels down (shared and cyclic objects are
    // visited once; getters are not called).
    h.within = function(v, max) {
        var seen = new SetType(), objects = [v], depths = [0];
        while (objects.length > 0) {
            var n = objects.length - 1, o = objects[n], depth = depths[n];
            objects.length = n;
            depths.length = n;
            if (!isObject(o) || apply(setHas, seen, [o]))
                continue;
            if (depth >= max)
                return false;
            apply(setAdd, seen, [o]);
            var names = ownNames(o);
            for (var i = 0; i < names.length; ++i) {
                var property = describeProperty(o, names[i]);
                if (property && isObject(property.value)) {
                    objects[objects.length] = property.value;
                    depths[depths.length] = depth + 1;
                }
            }
        }
        return true;
    };
    h.parse = function(t) { try { return parse(t); } catch (e) { return undefined; } };
    h.member = function(v, path) {
        for (var i = 0; i < path.length; ++i) {
            if (v === null || v === undefined)
                return undefined;
            v = v[path[i]];
        }
        return v;
    };
    h.initConversation = function(scope) {
        var f = scope.__initConversation;
        if (typeof f === 'function')
            f();
    };
    // Moves the enumerable properties, getters and all, without calling a getter (this engine's
    // Object.keys() reads every value, so it is not used).
    h.sweep = function(g, scope) {
        var names = ownNames(g), moved = 0;
        for (var i = 0; i < names.length; ++i) {
            var property = describeProperty(g, names[i]);
            if (!property || !property.enumerable)
                continue;
            // Without a prototype: defining reads `value`, `get`... even when they are missing.
            var fields = ownNames(property), plain = create(null);
            for (var f = 0; f < fields.length; ++f)
                plain[fields[f]] = property[fields[f]];
            try {
                defineProperty(scope, names[i], plain);
                delete g[names[i]];
                ++moved;
            } catch (e) {}
        }
        return moved;
    };
    // The global object, the objects it holds and their prototypes, as they are before any bot
    // code runs; builtInsChanged() tells whether a script has changed them since. Every object
    // is checked for added or removed properties and a changed prototype or extensibility; the
    // ones bots change in practice (the global object, Object, Array, String, the prototypes of
    // the basic types, JSON, Math) also for a property replaced or redefined. RegExp is left
    // out: matching updates its legacy statics (RegExp.$1...).
    var globalObject = (function() { return this; })();
    var getProto = Object.getPrototypeOf, isExtensible = Object.isExtensible;
    var ownSymbols = Object.getOwnPropertySymbols;
    var closely = [globalObject, Object, Object.prototype, Array, Array.prototype, String,
                   String.prototype, Number, Number.prototype, Boolean.prototype,
                   Function.prototype, Date.prototype, RegExp.prototype, Error.prototype,
                   Promise.prototype, JSON, Math];
    var builtIns = (function() {
        var list = [], names = ownNames(globalObject);
        for (var i = 0; i < names.length; ++i) {
            var p = describeProperty(globalObject, names[i]);
            if (!p || !isObject(p.value) || p.value === RegExp)
                continue;
            list[list.length] = p.value;
            var q = describeProperty(p.value, 'prototype');
            if (q && isObject(q.value))
                list[list.length] = q.value;
        }
        return list;
    })();
    function fingerprint() {
        var out = [];
        for (var i = 0; i < builtIns.length; ++i) {
            var o = builtIns[i];
            out[out.length] = getProto(o);
            out[out.length] = isExtensible(o);
            out[out.length] = ownNames(o).length;
            out[out.length] = ownSymbols(o).length;
        }
        for (var c = 0; c < closely.length; ++c) {
            var keys = ownNames(closely[c]);
            for (var n = 0; n < keys.length; ++n) {
                var p = describeProperty(closely[c], keys[n]);
                out[out.length] = keys[n];
                out[out.length] = p.value;
                out[out.length] = p.get;
                out[out.length] = p.set;
                out[out.length] = (p.writable ? 1 : 0) + (p.enumerable ? 2 : 0)
                        + (p.configurable ? 4 : 0);
            }
        }
        return out;
    }
    var pristine = null;
    h.markBuiltIns = function() { pristine = fingerprint(); };
    h.builtInsChanged = function() {
        var now = fingerprint();
        if (now.length !== pristine.length)
            return true;
        for (var i = 0; i < now.length; ++i) {
            if (now[i] !== pristine[i] && (now[i] === now[i] || pristine[i] === pristine[i]))
                return true;
        }
        return false;
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
QStringList discoverGlobalNames(const QString &source, std::chrono::milliseconds budget,
                                qint64 memoryLimit)
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
        ScriptWatchdog watchdog(&probe, memoryLimit);
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

ScriptHost::ScriptHost(std::chrono::milliseconds budget, qint64 memoryLimit)
    : m_engine(std::make_unique<QJSEngine>())
    , m_watchdog(std::make_unique<ScriptWatchdog>(m_engine.get(), memoryLimit))
    , m_budget(budget)
{
    m_helpers = m_engine->evaluate(QString::fromLatin1(helpersSource));
    Q_ASSERT(!m_helpers.isError());
    const auto helper = [this](const char *name) {
        return m_helpers.property(QString::fromLatin1(name));
    };
    m_invoke = helper("invoke");
    m_threw = helper("threw");
    m_describe = helper("describe");
    m_sweep = helper("sweep");
    m_text = helper("text");
    m_json = helper("json");
    m_parse = helper("parse");
    m_member = helper("member");
    m_within = helper("within");
    m_initConversation = helper("initConversation");

    m_api = std::make_unique<BotContextApi>(*this);
    QJSEngine::setObjectOwnership(m_api.get(), QJSEngine::CppOwnership);
    m_apiValue = helper("facade").call({m_engine->newQObject(m_api.get()), botContextFunctions()});
    Q_ASSERT(m_apiValue.isObject());
    m_builtInsChanged = helper("builtInsChanged");
    helper("markBuiltIns").call();
}

bool ScriptHost::builtInsChanged()
{
    const std::optional<QJSValue> changed = guarded(m_builtInsChanged, {});
    return !changed || !changed->isBool() || changed->toBool();
}

QJSValue ScriptHost::botContextFunctions()
{
    // CB's functions are BotContextApi's own invokable methods; QObject's are not among them.
    const QMetaObject &meta = BotContextApi::staticMetaObject;
    QStringList names;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        const QMetaMethod method = meta.method(i);
        if (method.methodType() == QMetaMethod::Method && method.access() == QMetaMethod::Public)
            names.append(QString::fromLatin1(method.name()));
    }
    names.removeDuplicates();
    QJSValue list = m_engine->newArray(uint(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        list.setProperty(quint32(i), names.at(i));
    return list;
}

ScriptHost::~ScriptHost() = default;

std::optional<QJSValue> ScriptHost::guarded(const QJSValue &function, const QJSValueList &args)
{
    if (m_depth > 0) {
        // Inside a script (botContext called back into the host): its budget applies.
        ++m_depth;
        QJSValue result = function.call(args);
        --m_depth;
        if (m_engine->isInterrupted())
            return std::nullopt;
        return result;
    }
    m_watchdog->arm(m_budget);
    ++m_depth;
    QJSValue result = function.call(args);
    --m_depth;
    if (!ranToEnd(m_watchdog->disarm()))
        return std::nullopt;
    return result;
}

bool ScriptHost::ranToEnd(ScriptWatchdog::Stop why)
{
    m_lastStop = why;
    if (why == ScriptWatchdog::Stop::Memory)
        m_engine->collectGarbage(); // give back what the script took
    return why == ScriptWatchdog::Stop::None;
}

qint64 ScriptHost::memoryLimit() const
{
    return m_watchdog->memoryLimit();
}

void ScriptHost::setMemoryLimit(qint64 bytes)
{
    m_watchdog->setMemoryLimit(bytes);
}

QString ScriptHost::memoryText(qint64 bytes)
{
    return bytes % (1024 * 1024) == 0 ? QStringLiteral("%1 MB").arg(bytes / (1024 * 1024))
                                      : QStringLiteral("%1 KB").arg(bytes / 1024);
}

QJSValue ScriptHost::evaluateGuarded(const QString &program, const QString &fileName)
{
    // Compiling evaluates the wrapper: code that closes it early could run now, so guard it too.
    const bool outer = m_depth == 0;
    if (outer)
        m_watchdog->arm(m_budget);
    ++m_depth;
    QJSValue result = m_engine->evaluate(program, fileName);
    --m_depth;
    if (outer ? !ranToEnd(m_watchdog->disarm()) : m_engine->isInterrupted())
        return m_engine->newErrorObject(
                QJSValue::GenericError,
                m_lastStop == ScriptWatchdog::Stop::Memory
                        ? Text::tr("script stopped while compiling: it used more than %1")
                                  .arg(memoryText(memoryLimit()))
                        : Text::tr("script timed out while compiling"));
    return result;
}

int ScriptHost::compile(const QString &code, const QString &label)
{
    const int handle = declare(code, label);
    if (handle >= 0)
        compileScript(handle);
    return handle;
}

int ScriptHost::declare(const QString &code, const QString &label)
{
    if (code.trimmed().isEmpty())
        return -1;
    Script script;
    script.label = label;
    script.code = code;
    m_scripts.append(script);
    return int(m_scripts.size() - 1);
}

void ScriptHost::compileScript(int handle)
{
    Script &script = m_scripts[handle];
    if (script.compiled)
        return;
    script.compiled = true;
    // One line: the script's line numbers stay the ones its author sees.
    const QString program = QStringLiteral("(function(botContext, __scope) { with (__scope) { ")
                            + script.code + QStringLiteral("\n}})");
    script.code.clear();
    QJSValue function = evaluateGuarded(program, scriptFilePrefix + QString::number(handle));
    // evaluateGuarded() may have run code: look the script up again.
    Script &compiled = m_scripts[handle];
    if (function.isError() || !function.isCallable())
        compiled.error = failure(function, compiled.label);
    else
        compiled.function = function;
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

ScriptOutcome ScriptHost::failure(const QJSValue &error, const QString &label)
{
    // The error is a script's value: its toString() and properties may run its code.
    std::optional<QJSValue> description = guarded(m_describe, {error});
    return describedFailure(description ? *description : QJSValue(), label);
}

ScriptOutcome ScriptHost::describedFailure(const QJSValue &description, const QString &label) const
{
    // `description` comes from the helpers: an object without a prototype holding primitives.
    ScriptOutcome out;
    out.status = ScriptOutcome::Status::Error;
    out.location = label;
    if (!description.isObject()) {
        out.message = Text::tr("an exception that could not be read in time");
        return out;
    }
    out.message = description.property(QStringLiteral("message")).toString();
    out.line = description.property(QStringLiteral("line")).toInt();
    out.location = labelOfFile(description.property(QStringLiteral("file")).toString(), label);
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
    const std::optional<QJSValue> result = guarded(m_invoke, invokeArgs);

    m_api->setContext(previous);
    const bool stopped = m_api->takeStopRequest();

    ScriptOutcome out;
    out.location = label;
    if (!result && m_lastStop == ScriptWatchdog::Stop::Memory) {
        out.status = ScriptOutcome::Status::OutOfMemory;
        out.message = QStringLiteral("script stopped in %1: it used more than %2 of memory")
                              .arg(label, memoryText(memoryLimit()));
    } else if (!result) {
        out.status = ScriptOutcome::Status::TimedOut;
        out.message = Text::tr("script timed out in %1").arg(label);
    } else if (stopped) {
        out.status = ScriptOutcome::Status::Stopped;
    } else if (result->strictlyEquals(m_threw)) {
        out = describedFailure(m_helpers.property(QStringLiteral("error")), label);
        m_helpers.setProperty(QStringLiteral("error"), QJSValue());
    } else if (result->isError()) {
        out = failure(*result, label); // an engine error outside any try (e.g. stack overflow)
    } else {
        out.value = *result;
    }
    return out;
}

ScriptOutcome ScriptHost::run(int handle, ScriptContext &context, const QJSValue &scope)
{
    if (handle < 0 || handle >= m_scripts.size())
        return {};
    compileScript(handle);
    const Script &script = m_scripts.at(handle);
    if (script.error)
        return *script.error;
    return call(script.function, {m_apiValue, scope}, &context, script.label);
}

void ScriptHost::setGlobalFunctions(const QString &source)
{
    setGlobalFunctions(source, source.trimmed().isEmpty()
                                       ? QStringList()
                                       : discoverGlobalNames(source, m_budget, memoryLimit()));
}

void ScriptHost::setGlobalFunctions(const QString &source, const QStringList &knownNames)
{
    m_globalsFactory = QJSValue();
    m_globalNames.clear();
    m_globalsError.reset();
    if (source.trimmed().isEmpty())
        return;

    m_globalNames = knownNames;
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
    // Looking the function up runs the scope's getter: part of the guarded call.
    return call(m_initConversation, {scope}, &context, QStringLiteral("__initConversation()"));
}

bool ScriptHost::collectImplicitGlobals(const QJSValue &scope)
{
    return guarded(m_sweep, {m_engine->globalObject(), scope}).has_value();
}

std::optional<QString> ScriptHost::text(const QJSValue &value)
{
    if (!value.isObject())
        return value.toString(); // a primitive: no script code runs
    const std::optional<QJSValue> text = guarded(m_text, {value, maxValueDepth});
    if (!text || !text->isString())
        return std::nullopt;
    return text->toString();
}

QString ScriptHost::stringify(const QJSValue &value)
{
    return text(value).value_or(unreadableText());
}

QString ScriptHost::unreadableText()
{
    return QStringLiteral("(cannot be shown: its script code ran out of time)");
}

std::optional<QString> ScriptHost::memberText(const QJSValue &object, const QStringList &path)
{
    QJSValue list = m_engine->newArray(uint(path.size()));
    for (qsizetype i = 0; i < path.size(); ++i)
        list.setProperty(quint32(i), path.at(i));
    const std::optional<QJSValue> member = guarded(m_member, {object, list});
    if (!member || member->isUndefined() || member->isNull())
        return std::nullopt;
    return text(*member);
}

std::optional<QJsonValue> ScriptHost::toJson(const QJSValue &value, QString *problem)
{
    if (!value.isObject())
        return m_engine->fromScriptValue<QJsonValue>(value); // a primitive: no script code runs
    // Through JSON text: the depth is bounded and only the helpers' captured built-ins run.
    const std::optional<QJSValue> json = guarded(m_invoke, {m_json, value, maxValueDepth});
    if (!json) {
        if (problem)
            *problem = QStringLiteral("reading the value ran out of time");
        return std::nullopt;
    }
    if (json->strictlyEquals(m_threw)) {
        const ScriptOutcome why = describedFailure(m_helpers.property(QStringLiteral("error")), {});
        m_helpers.setProperty(QStringLiteral("error"), QJSValue());
        if (problem)
            *problem = why.message;
        return std::nullopt;
    }
    if (!json->isString())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArrayLiteral("[") + json->toString().toUtf8() + QByteArrayLiteral("]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        if (problem)
            *problem = error.errorString();
        return std::nullopt;
    }
    return doc.array().at(0);
}

bool ScriptHost::withinDepth(const QJSValue &value)
{
    if (!value.isObject())
        return true;
    const std::optional<QJSValue> within = guarded(m_within, {value, maxValueDepth});
    return within && within->isBool() && within->toBool();
}

QJSValue ScriptHost::fromJson(const QJsonValue &value)
{
    return m_engine->toScriptValue(value);
}

QJSValue ScriptHost::parseJson(const QString &text)
{
    return guarded(m_parse, {QJSValue(text)}).value_or(QJSValue());
}

} // namespace dialogsmith::runtime
