#include "botcontextapi.h"
#include "scriptcontext.h"
#include "scripthost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dialogsmith::runtime;
using namespace std::chrono_literals;

namespace {

/// The smallest conversation: variables and messages.
class FakeContext : public ScriptContext
{
public:
    VariableStore variables;
    QStringList sent;
    QString trigger;
    bool stopped = false;
    ContextStore store;

    QString channelName() const override { return QStringLiteral("web"); }
    QString conversationId() const override { return QStringLiteral("conv"); }
    QString userId() const override { return QStringLiteral("user"); }
    QString botId() const override { return QStringLiteral("bot"); }
    QString currentUserMessage() const override { return QStringLiteral("hello"); }
    QString quickReplyPayload() const override { return {}; }
    QString buttonPayload() const override { return {}; }
    QString dialogStarterIntent() const override { return {}; }
    std::optional<QString> environmentValue(const QString &) const override { return {}; }
    const VariableValue *botVariable(const QString &name) const override
    {
        return variables.find(name);
    }
    void setBotVariable(const QString &name, const VariableValue &value, StoreScope scope) override
    {
        variables.set(name, value, scope);
    }
    void removeBotVariable(const QString &name) override { variables.remove(name); }
    void sendMessage(const BotMessage &message) override { sent.append(message.text); }
    void addQuickReplies(const QList<Choice> &) override {}
    void setTriggerNextMessage(const QString &name) override { trigger = name; }
    void setMessageDelay(int) override {}
    void stopInteraction() override { stopped = true; }
    void printDebugMessage(const QString &text) override
    {
        sent.append(QStringLiteral("debug: ") + text);
    }
    void logEvent(const QString &) override {}
    bool apiExecutionSuccessful() const override { return false; }
    int apiStatusCode() const override { return 0; }
    ContextStore &contextStore() override { return store; }
    QString lpEngagementAttribute(const QString &) const override { return {}; }
    QJsonObject lpCustomerInfo() const override { return {}; }
    QJsonObject lpPersonalInfo() const override { return {}; }
    QString lpAccountId() const override { return {}; }
};

} // namespace

class TestScriptHost : public QObject
{
    Q_OBJECT

private slots:
    void runsCompiledScriptsWithBotContext()
    {
        ScriptHost host;
        FakeContext context;
        const int h
                = host.compile(QStringLiteral("botContext.sendMessage('hi ' + "
                                              "botContext.getCurrentUserMessage());\nreturn 7;"),
                               QStringLiteral("greeting pre-process"));
        QVERIFY(h >= 0);
        const ScriptOutcome out = host.run(h, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::Ok);
        QCOMPARE(out.value.toInt(), 7);
        QCOMPARE(context.sent, QStringList{QStringLiteral("hi hello")});
        QCOMPARE(host.compile(QStringLiteral("  \n"), QStringLiteral("empty")), -1);
    }

    void syntaxErrorsKeepTheirLine()
    {
        ScriptHost host;
        FakeContext context;
        const int h = host.compile(QStringLiteral("var a = 1;\nvar b = ;\n"),
                                   QStringLiteral("broken post-process"));
        const auto error = host.compileError(h);
        QVERIFY(error);
        QCOMPARE(error->line, 2);
        QCOMPARE(error->location, QStringLiteral("broken post-process"));
        QVERIFY(error->message.startsWith(QStringLiteral("SyntaxError")));
        // Running it reports the same error rather than doing anything.
        QCOMPARE(host.run(h, context, host.engine().newObject()).status,
                 ScriptOutcome::Status::Error);
    }

    // declare() compiles when the script first runs: same handles, same outcomes as compile().
    void declaredScriptsCompileWhenTheyFirstRun()
    {
        ScriptHost host;
        FakeContext context;
        QCOMPARE(host.declare(QStringLiteral(" "), QStringLiteral("empty")), -1);
        const int ok = host.declare(QStringLiteral("return 6 * 7;"), QStringLiteral("answer"));
        const int broken = host.declare(QStringLiteral("var a = 1;\nvar b = ;\n"),
                                        QStringLiteral("broken post-process"));
        QCOMPARE(ok, 0);
        QCOMPARE(broken, 1);
        QVERIFY(!host.compileError(broken)); // not compiled yet
        QCOMPARE(host.compile(QStringLiteral("return 1;"), QStringLiteral("eager")), 2);

        const ScriptOutcome out = host.run(broken, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::Error);
        QCOMPARE(out.line, 2);
        QCOMPARE(out.location, QStringLiteral("broken post-process"));
        QVERIFY(out.message.startsWith(QStringLiteral("SyntaxError")));
        QVERIFY(host.compileError(broken));
        QCOMPARE(host.run(ok, context, host.engine().newObject()).value.toInt(), 42);
        QCOMPARE(host.run(ok, context, host.engine().newObject()).value.toInt(), 42);
    }

    void changedBuiltInsAreNoticed()
    {
        ScriptHost host;
        FakeContext context;
        host.setGlobalFunctions(QStringLiteral("var counter = 0;"));
        QVERIFY(!host.builtInsChanged());
        const QJSValue scope = host.newScope(context);
        const int plain = host.compile(QStringLiteral("counter++; implicit = [1, 2].map(String);"
                                                      " return JSON.stringify(implicit);"),
                                       QStringLiteral("plain"));
        QCOMPARE(host.run(plain, context, scope).value.toString(), QStringLiteral("[\"1\",\"2\"]"));
        QVERIFY(host.collectImplicitGlobals(scope));
        QVERIFY(!host.builtInsChanged()); // its own scope only
        const int changer = host.compile(QStringLiteral("Array.prototype.last = function() {"
                                                        " return this[this.length - 1]; };"),
                                         QStringLiteral("changer"));
        QCOMPARE(host.run(changer, context, scope).status, ScriptOutcome::Status::Ok);
        QVERIFY(host.builtInsChanged());

        ScriptHost other;
        const int redefine = other.compile(
                QStringLiteral("Object.defineProperty(Math, 'PI', {value: Math.PI});"
                               " JSON.parse = function() { return 1; };"),
                QStringLiteral("redefine"));
        QCOMPARE(other.run(redefine, context, other.engine().newObject()).status,
                 ScriptOutcome::Status::Ok);
        QVERIFY(other.builtInsChanged());
    }

    // Names found by one host serve another given the same source.
    void globalFunctionsWithKnownNames()
    {
        const QString source
                = QStringLiteral("var counter = 5;\nfunction bump() { return ++counter; }");
        ScriptHost first;
        first.setGlobalFunctions(source);
        ScriptHost second;
        second.setGlobalFunctions(source, first.globalNames());
        QCOMPARE(second.globalNames(), first.globalNames());
        FakeContext context;
        const QJSValue scope = second.newScope(context);
        const int h = second.declare(QStringLiteral("return bump();"), QStringLiteral("caller"));
        QCOMPARE(second.run(h, context, scope).value.toInt(), 6);
    }

    void exceptionsReportTheirLine()
    {
        ScriptHost host;
        FakeContext context;
        const int h = host.compile(QStringLiteral("var x = null;\n\nx.name = 1;"),
                                   QStringLiteral("faulty pre-process"));
        const ScriptOutcome out = host.run(h, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::Error);
        QCOMPARE(out.line, 3);
        QCOMPARE(out.location, QStringLiteral("faulty pre-process"));
        QVERIFY(out.message.contains(QStringLiteral("TypeError")));

        const int t
                = host.compile(QStringLiteral("throw 'plain text';"), QStringLiteral("thrower"));
        const ScriptOutcome thrown = host.run(t, context, host.engine().newObject());
        QCOMPARE(thrown.status, ScriptOutcome::Status::Error);
        QVERIFY(thrown.message.contains(QStringLiteral("plain text")));
    }

    void watchdogStopsEndlessScriptsAndTheNextRunWorks()
    {
        ScriptHost host(200ms);
        FakeContext context;
        const int loop = host.compile(QStringLiteral("while (true) {}"),
                                      QStringLiteral("spinner pre-process"));
        QElapsedTimer timer;
        timer.start();
        const ScriptOutcome out = host.run(loop, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::TimedOut);
        QCOMPARE(out.message, QStringLiteral("script timed out in spinner pre-process"));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        const int fine = host.compile(QStringLiteral("return 1 + 1;"), QStringLiteral("fine"));
        QCOMPARE(host.run(fine, context, host.engine().newObject()).value.toInt(), 2);
    }

    void scriptsThatAllocateWithoutBoundAreStopped()
    {
        ScriptHost host(30s, 32 * 1024 * 1024);
        FakeContext context;
        const int doubler = host.compile(
                QStringLiteral("var s = 'x';\nfor (var i = 0; i < 40; ++i) s = s + s;"),
                QStringLiteral("doubler pre-process"));
        QElapsedTimer timer;
        timer.start();
        const ScriptOutcome out = host.run(doubler, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::OutOfMemory);
        QVERIFY(out.interrupted());
        QCOMPARE(out.message, QStringLiteral("script stopped in doubler pre-process: it used more "
                                             "than 32 MB of memory"));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const int fine = host.compile(QStringLiteral("return 'ok';"), QStringLiteral("fine"));
        QCOMPARE(host.run(fine, context, host.engine().newObject()).value.toString(),
                 QStringLiteral("ok"));
    }

    void codeThatEscapesItsWrapperCannotHangCompilation()
    {
        ScriptHost host(200ms);
        QElapsedTimer timer;
        timer.start();
        const int h = host.compile(QStringLiteral("}}); while (true) {} ((function() {{"),
                                   QStringLiteral("sneaky"));
        QVERIFY(timer.elapsed() < 1500);
        QVERIFY(host.compileError(h));
    }

    void globalFunctionsLivePerConversation()
    {
        ScriptHost host;
        host.setGlobalFunctions(QStringLiteral(
                "var counter = 0;\nfunction bump() { counter++; return counter; }\n"
                "function __initConversation() { botContext.sendMessage('init'); }"));
        QVERIFY(!host.globalFunctionsError());
        QCOMPARE(host.globalNames(),
                 (QStringList{QStringLiteral("__initConversation"), QStringLiteral("bump"),
                              QStringLiteral("counter")}));
        QVERIFY(host.hasInitConversation());

        FakeContext a;
        FakeContext b;
        const QJSValue scopeA = host.newScope(a);
        const QJSValue scopeB = host.newScope(b);
        QCOMPARE(host.runInitConversation(a, scopeA).status, ScriptOutcome::Status::Ok);
        QCOMPARE(a.sent, QStringList{QStringLiteral("init")});

        const int h = host.compile(QStringLiteral("counter += 10; return bump();"),
                                   QStringLiteral("caller"));
        QCOMPARE(host.run(h, a, scopeA).value.toInt(), 11);
        QCOMPARE(host.run(h, a, scopeA).value.toInt(), 22);
        QCOMPARE(host.run(h, b, scopeB).value.toInt(), 11); // b's counter is its own
    }

    void letConstAndClassInGlobalFunctionsAreVisible()
    {
        // Modern global functions declare with let, const and class: interactions see them too,
        // each conversation with its own copy.
        ScriptHost host;
        host.setGlobalFunctions(QStringLiteral(
                "const GREETING = 'Hello';\n"
                "let visits = 0, last = null;\n"
                "class Counter { constructor() { this.n = 0; } next() { return ++this.n; } }\n"
                "function shout(t) { const loud = t.toUpperCase(); return loud; }\n"
                "if (true) { let hidden = 1; }"));
        QVERIFY(!host.globalFunctionsError());
        QCOMPARE(host.globalNames(),
                 (QStringList{QStringLiteral("Counter"), QStringLiteral("GREETING"),
                              QStringLiteral("last"), QStringLiteral("shout"),
                              QStringLiteral("visits")}));

        FakeContext a;
        FakeContext b;
        const QJSValue scopeA = host.newScope(a);
        const QJSValue scopeB = host.newScope(b);
        const int h = host.compile(
                QStringLiteral(
                        "visits += 1; last = GREETING; "
                        "return shout(GREETING) + ' ' + visits + ' ' + new Counter().next();"),
                QStringLiteral("caller"));
        QCOMPARE(host.run(h, a, scopeA).value.toString(), QStringLiteral("HELLO 1 1"));
        QCOMPARE(host.run(h, a, scopeA).value.toString(), QStringLiteral("HELLO 2 1"));
        QCOMPARE(host.run(h, b, scopeB).value.toString(), QStringLiteral("HELLO 1 1"));
        QCOMPARE(scopeA.property(QStringLiteral("last")).toString(), QStringLiteral("Hello"));

        // A constant stays constant.
        const int assign = host.compile(QStringLiteral("GREETING = 'Bye';"), QStringLiteral("c"));
        const ScriptOutcome out = host.run(assign, a, scopeA);
        QCOMPARE(out.status, ScriptOutcome::Status::Error);
        QVERIFY2(out.message.contains(QStringLiteral("TypeError")), qPrintable(out.message));
        QCOMPARE(host.run(h, a, scopeA).value.toString(), QStringLiteral("HELLO 3 1"));
    }

    void errorsInGlobalFunctionsNameThem()
    {
        ScriptHost host;
        host.setGlobalFunctions(QStringLiteral("function fail() {\n  null.x;\n}"));
        FakeContext context;
        const QJSValue scope = host.newScope(context);
        const int h = host.compile(QStringLiteral("fail();"), QStringLiteral("caller"));
        const ScriptOutcome out = host.run(h, context, scope);
        QCOMPARE(out.status, ScriptOutcome::Status::Error);
        QCOMPARE(out.location, QStringLiteral("global functions"));
        QCOMPARE(out.line, 2);

        ScriptHost broken;
        broken.setGlobalFunctions(QStringLiteral("function ok() {}\nfunction ( {"));
        QVERIFY(broken.globalFunctionsError());
        QCOMPARE(broken.globalFunctionsError()->line, 2);
        QVERIFY(broken.newScope(context).isObject()); // the bot still runs
    }

    void implicitGlobalsStayInTheirConversation()
    {
        ScriptHost host;
        FakeContext a;
        FakeContext b;
        const QJSValue scopeA = host.newScope(a);
        const QJSValue scopeB = host.newScope(b);
        const int set = host.compile(QStringLiteral("leaked = 'from a';"), QStringLiteral("set"));
        const int read = host.compile(QStringLiteral("return typeof leaked === 'undefined' ? "
                                                     "'none' : leaked;"),
                                      QStringLiteral("read"));
        host.run(set, a, scopeA);
        host.collectImplicitGlobals(scopeA);
        QCOMPARE(host.run(read, b, scopeB).value.toString(), QStringLiteral("none"));
        QCOMPARE(host.run(read, a, scopeA).value.toString(), QStringLiteral("from a"));
    }

    void sendImmediateReplyStopsTheScript()
    {
        ScriptHost host;
        FakeContext context;
        const int h = host.compile(QStringLiteral("botContext.sendImmediateReply('now');\n"
                                                  "botContext.sendMessage('never');"),
                                   QStringLiteral("stopper"));
        const ScriptOutcome out = host.run(h, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::Stopped);
        QVERIFY(out.ok());
        QCOMPARE(context.sent, QStringList{QStringLiteral("now")});
        QVERIFY(context.stopped);
    }

    void scriptsGetNoFilesNetworkOrTimers()
    {
        ScriptHost host;
        FakeContext context;
        const int h = host.compile(
                QStringLiteral("return [typeof console, typeof setTimeout, typeof XMLHttpRequest, "
                               "typeof require, typeof Qt, typeof print, typeof fetch, "
                               "typeof importScripts].join(',');"),
                QStringLiteral("probe"));
        QCOMPARE(host.run(h, context, host.engine().newObject()).value.toString(),
                 QStringLiteral("undefined,undefined,undefined,undefined,undefined,undefined,"
                                "undefined,undefined"));
    }

    void jsonHelpers()
    {
        ScriptHost host;
        const QJSValue parsed = host.parseJson(QStringLiteral("{\"a\": [1, 2]}"));
        QCOMPARE(host.stringify(parsed), QStringLiteral("{\"a\":[1,2]}"));
        QVERIFY(host.parseJson(QStringLiteral("{oops")).isUndefined());
        QCOMPARE(host.toJson(parsed)->toObject().value(QStringLiteral("a")).toArray().size(), 2);
        QCOMPARE(host.toJson(QJSValue(3))->toInt(), 3);
    }

    // --- The host reads what scripts made: bot code it may run is guarded too ------------------

    void aGetterOnTheGlobalObjectIsMovedNotCalled()
    {
        // Pre-process code from a hostile bot: reading the global after the script would never end.
        ScriptHost host(200ms);
        FakeContext context;
        const QJSValue scope = host.newScope(context);
        const int trap = host.compile(
                QStringLiteral("Object.defineProperty(this, 'zz', {get: function() { for (;;) {} "
                               "}, enumerable: true});\nleaked = 1;"),
                QStringLiteral("trap pre-process"));
        QCOMPARE(host.run(trap, context, scope).status, ScriptOutcome::Status::Ok);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(host.collectImplicitGlobals(scope));
        QVERIFY2(timer.elapsed() < 150, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(scope.property(QStringLiteral("leaked")).toInt(), 1);
        // Running it again is the script's business, under the script's budget.
        const int read = host.compile(QStringLiteral("return zz;"), QStringLiteral("reader"));
        QCOMPARE(host.run(read, context, scope).status, ScriptOutcome::Status::TimedOut);
    }

    void builtInsABotReplacesDoNotReachTheHost()
    {
        ScriptHost host(200ms);
        FakeContext context;
        const QJSValue scope = host.newScope(context);
        const int h = host.compile(
                QStringLiteral("var loop = function() { for (;;) {} };\n"
                               "JSON.stringify = loop; JSON.parse = loop; String = loop;\n"
                               "Object.keys = loop; Object.defineProperty = loop;\n"
                               "Object.getOwnPropertyDescriptor = loop;\n"
                               "Error.prototype.toString = loop; Reflect.apply = loop;\n"
                               "Function.prototype.call = loop; Function.prototype.apply = loop;\n"
                               "sneaky = 1;\n"
                               "return {a: [1, 2]};"),
                QStringLiteral("replacer"));
        const ScriptOutcome out = host.run(h, context, scope);
        QCOMPARE(out.status, ScriptOutcome::Status::Ok);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(host.stringify(out.value), QStringLiteral("{\"a\":[1,2]}"));
        QCOMPARE(host.toJson(out.value)->toObject().value(QStringLiteral("a")).toArray().size(), 2);
        QCOMPARE(host.parseJson(QStringLiteral("[7]")).property(0).toInt(), 7);
        QVERIFY(host.collectImplicitGlobals(scope));
        QCOMPARE(scope.property(QStringLiteral("sneaky")).toInt(), 1);
        // Errors are still described with the engine's own Error.prototype.toString.
        const int thrower = host.compile(QStringLiteral("null.x;"), QStringLiteral("thrower"));
        const ScriptOutcome error = host.run(thrower, context, scope);
        QCOMPARE(error.status, ScriptOutcome::Status::Error);
        QVERIFY2(error.message.startsWith(QStringLiteral("TypeError")), qPrintable(error.message));
        QVERIFY2(timer.elapsed() < 150, qPrintable(QString::number(timer.elapsed())));
    }

    void valuesWhoseCodeNeverEndsAreGivenUpOnInTime()
    {
        ScriptHost host(200ms);
        FakeContext context;
        const int h = host.compile(
                QStringLiteral("return {get x() { for (;;) {} }, y: {toJSON: function() { for (;;) "
                               "{} }}, s: {toString: function() { for (;;) {} }}, ok: 'fine'};"),
                QStringLiteral("values"));
        const QJSValue value = host.run(h, context, host.engine().newObject()).value;
        QVERIFY(value.isObject());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!host.text(value));
        QCOMPARE(host.stringify(value), ScriptHost::unreadableText());
        QVERIFY(!host.memberText(value, {QStringLiteral("x")}));
        QVERIFY(!host.memberText(value, {QStringLiteral("y")}));
        QString problem;
        QVERIFY(!host.toJson(value, &problem));
        QVERIFY(!problem.isEmpty());
        // A member that is fine reads fine; JSON never calls toString.
        QCOMPARE(host.memberText(value, {QStringLiteral("ok")}), QStringLiteral("fine"));
        QCOMPARE(host.memberText(value, {QStringLiteral("s")}), QStringLiteral("{}"));
        QVERIFY(!host.memberText(value, {QStringLiteral("none"), QStringLiteral("deeper")}));
        // Five reads stopped after 200 ms each.
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        const int fine = host.compile(QStringLiteral("return 2 + 2;"), QStringLiteral("fine"));
        QCOMPARE(host.run(fine, context, host.engine().newObject()).value.toInt(), 4);
    }

    void thrownValuesWhoseCodeNeverEndsTimeOut()
    {
        ScriptHost host(200ms);
        FakeContext context;
        const int h = host.compile(QStringLiteral("throw {toString: function() { for (;;) {} }};"),
                                   QStringLiteral("thrower"));
        QElapsedTimer timer;
        timer.start();
        const ScriptOutcome out = host.run(h, context, host.engine().newObject());
        QCOMPARE(out.status, ScriptOutcome::Status::TimedOut);
        QCOMPARE(out.message, QStringLiteral("script timed out in thrower"));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void aGetterForInitConversationRunsUnderTheWatchdog()
    {
        ScriptHost host(200ms);
        host.setGlobalFunctions(QStringLiteral(
                "Object.defineProperty(this, '__initConversation', {get: function() { for (;;) "
                "{} }, enumerable: true, configurable: true});"));
        FakeContext context;
        const QJSValue scope = host.newScope(context);
        QElapsedTimer timer;
        timer.start();
        const ScriptOutcome out = host.runInitConversation(context, scope);
        QCOMPARE(out.status, ScriptOutcome::Status::TimedOut);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestScriptHost)
#include "tst_scripthost.moc"
