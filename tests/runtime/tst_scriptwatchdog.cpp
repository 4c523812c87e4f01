#include "scriptwatchdog.h"

#include <QElapsedTimer>
#include <QJSEngine>
#include <QTest>

#include <sys/resource.h>

using namespace dialogsmith::runtime;
using namespace std::chrono_literals;

class TestScriptWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void quickScriptsAreNotInterrupted()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine);
        const QJSValue f = engine.evaluate(QStringLiteral("(function(n) { return n + 1; })"));
        // Many short calls with a short budget: none may be interrupted by a stale deadline.
        for (int i = 0; i < 20000; ++i) {
            watchdog.arm(50ms);
            const QJSValue r = f.call({i});
            QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::None);
            QCOMPARE(r.toInt(), i + 1);
        }
    }

    void endlessLoopIsInterruptedWithinTheBudget()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine);
        QElapsedTimer timer;
        timer.start();
        watchdog.arm(200ms);
        const QJSValue r = engine.evaluate(QStringLiteral("while (true) {}"));
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::Time);
        QVERIFY(r.isError());
        QVERIFY2(timer.elapsed() >= 190 && timer.elapsed() < 1500,
                 qPrintable(QString::number(timer.elapsed())));
        // The engine works again at once.
        QVERIFY(!engine.isInterrupted());
        watchdog.arm(200ms);
        QCOMPARE(engine.evaluate(QStringLiteral("6 * 7")).toInt(), 42);
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::None);
    }

    void catchDoesNotSwallowTheInterrupt()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine);
        watchdog.arm(100ms);
        const QJSValue r = engine.evaluate(
                QStringLiteral("var caught = false; try { while (true) {} } catch (e) { caught = "
                               "true; } caught"));
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::Time);
        QVERIFY(r.isError());
    }

    void idleWatchdogWakesForTheNextScript()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine);
        watchdog.arm(50ms);
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::None);
        QTest::qWait(150); // the watchdog went idle meanwhile
        watchdog.arm(100ms);
        QVERIFY(engine.evaluate(QStringLiteral("for (;;) {}")).isError());
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::Time);
    }

    void memoryGrowthStopsTheScript()
    {
        // Doubling a string 40 times grew the process by hundreds of MB within the time budget.
        constexpr qint64 limit = 32 * 1024 * 1024;
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine, limit);
        const qint64 before = ScriptWatchdog::residentBytes();
        QVERIFY(before > 0);
        QElapsedTimer timer;
        timer.start();
        watchdog.arm(30s);
        const QJSValue r = engine.evaluate(
                QStringLiteral("var s = 'x'; for (var i = 0; i < 40; ++i) s = s + s; s.length"));
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::Memory);
        QVERIFY(r.isError());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_SELF, &usage), 0);
        const qint64 peak = qint64(usage.ru_maxrss) * 1024;
        // Stopped close to the limit (polled every few ms), far from the hundreds of MB before.
        QVERIFY2(peak - before < 3 * limit,
                 qPrintable(QStringLiteral("grew by %1 MB").arg((peak - before) >> 20)));
        engine.collectGarbage();
        watchdog.arm(1s);
        QCOMPARE(engine.evaluate(QStringLiteral("6 * 7")).toInt(), 42);
        QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::None);
    }

    void quickScriptsAreNotStoppedForMemory()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine, 16 * 1024 * 1024);
        const QJSValue f = engine.evaluate(
                QStringLiteral("(function(n) { var a = []; for (var i = 0; i < 100; ++i) "
                               "a.push({n: i}); return a.length + n; })"));
        for (int i = 0; i < 20000; ++i) {
            watchdog.arm(1s);
            const QJSValue r = f.call({i});
            QCOMPARE(watchdog.disarm(), ScriptWatchdog::Stop::None);
            QCOMPARE(r.toInt(), 100 + i);
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptWatchdog)
#include "tst_scriptwatchdog.moc"
