#include "scriptwatchdog.h"

#include <QElapsedTimer>
#include <QJSEngine>
#include <QTest>

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
            QVERIFY(!watchdog.disarm());
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
        QVERIFY(watchdog.disarm());
        QVERIFY(r.isError());
        QVERIFY2(timer.elapsed() >= 190 && timer.elapsed() < 1500,
                 qPrintable(QString::number(timer.elapsed())));
        // The engine works again at once.
        QVERIFY(!engine.isInterrupted());
        watchdog.arm(200ms);
        QCOMPARE(engine.evaluate(QStringLiteral("6 * 7")).toInt(), 42);
        QVERIFY(!watchdog.disarm());
    }

    void catchDoesNotSwallowTheInterrupt()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine);
        watchdog.arm(100ms);
        const QJSValue r = engine.evaluate(
                QStringLiteral("var caught = false; try { while (true) {} } catch (e) { caught = "
                               "true; } caught"));
        QVERIFY(watchdog.disarm());
        QVERIFY(r.isError());
    }

    void idleWatchdogWakesForTheNextScript()
    {
        QJSEngine engine;
        ScriptWatchdog watchdog(&engine);
        watchdog.arm(50ms);
        QVERIFY(!watchdog.disarm());
        QTest::qWait(150); // the watchdog went idle meanwhile
        watchdog.arm(100ms);
        QVERIFY(engine.evaluate(QStringLiteral("for (;;) {}")).isError());
        QVERIFY(watchdog.disarm());
    }
};

QTEST_GUILESS_MAIN(TestScriptWatchdog)
#include "tst_scriptwatchdog.moc"
