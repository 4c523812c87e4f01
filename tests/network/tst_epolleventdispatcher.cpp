// The epoll event dispatcher the cloud runs on, installed for the main thread as the cloud
// installs it: timers, sockets, posted events, wake-ups from other threads and interrupts
// behave as with Qt's own dispatcher. The last case runs the cloud's routing through it.

#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

using dialogsmith::network::EpollEventDispatcher;

class tst_EpollEventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void isInstalled();
    void singleShotTimersFireOnceInOrder();
    void repeatingTimersKeepTheirInterval();
    void killedTimersNeverFire();
    void aTimerStoppingItselfDuringANestedLoop();
    void zeroTimersRunBeforeWaiting();
    void remainingTimeAndRegisteredTimers();
    void socketsReadWriteAndClose();
    void manySocketsAtOnce();
    void postedEventsFromAnotherThreadWakeTheLoop();
    void exitInterruptsTheLoop();
};

void tst_EpollEventDispatcher::isInstalled()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QCoreApplication::eventDispatcher()));
}

void tst_EpollEventDispatcher::singleShotTimersFireOnceInOrder()
{
    QStringList fired;
    QTimer::singleShot(60, this, [&] { fired.append("60"); });
    QTimer::singleShot(20, this, [&] { fired.append("20"); });
    QTimer::singleShot(40, this, [&] { fired.append("40"); });
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE(fired.size(), 3);
    QVERIFY(t.elapsed() >= 59);
    QCOMPARE(fired, (QStringList{"20", "40", "60"}));
    QTest::qWait(100);
    QCOMPARE(fired.size(), 3);
}

void tst_EpollEventDispatcher::repeatingTimersKeepTheirInterval()
{
    QTimer timer;
    timer.setInterval(20);
    timer.setTimerType(Qt::PreciseTimer);
    int ticks = 0;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    QElapsedTimer t;
    t.start();
    timer.start();
    QTRY_VERIFY(ticks >= 10);
    const qint64 elapsed = t.elapsed();
    timer.stop();
    QVERIFY2(elapsed >= 195, qPrintable(QString::number(elapsed)));
    const int stopped = ticks;
    QTest::qWait(80);
    QCOMPARE(ticks, stopped);
}

void tst_EpollEventDispatcher::killedTimersNeverFire()
{
    bool fired = false;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, this, [&] { fired = true; });
    timer.start(30);
    QTest::qWait(5);
    timer.stop();
    QTest::qWait(80);
    QVERIFY(!fired);
    // Restarted many times, it fires once, after the last start.
    for (int i = 0; i < 1000; ++i)
        timer.start(30);
    QTRY_VERIFY(fired);
}

void tst_EpollEventDispatcher::aTimerStoppingItselfDuringANestedLoop()
{
    QTimer outer;
    outer.setInterval(10);
    int outerTicks = 0;
    int inner = 0;
    QTimer other;
    other.setInterval(5);
    connect(&other, &QTimer::timeout, this, [&] { ++inner; });
    other.start();
    connect(&outer, &QTimer::timeout, this, [&] {
        if (++outerTicks == 1) {
            // A nested loop while this timer's event runs: it must not fire again inside,
            // others must.
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
    });
    outer.start();
    QTRY_VERIFY(outerTicks >= 3);
    QVERIFY(inner >= 5);
    outer.stop();
    other.stop();
}

void tst_EpollEventDispatcher::zeroTimersRunBeforeWaiting()
{
    int order = 0;
    int zero = 0;
    int later = 0;
    QTimer::singleShot(10, this, [&] { later = ++order; });
    QTimer::singleShot(0, this, [&] { zero = ++order; });
    QTRY_VERIFY(later > 0);
    QCOMPARE(zero, 1);
    QCOMPARE(later, 2);
}

void tst_EpollEventDispatcher::remainingTimeAndRegisteredTimers()
{
    QTimer timer;
    timer.start(500);
    const int left = timer.remainingTime();
    QVERIFY2(left > 400 && left <= 500, qPrintable(QString::number(left)));
    const auto timers = QCoreApplication::eventDispatcher()->registeredTimers(&timer);
    QCOMPARE(timers.size(), 1);
    QCOMPARE(timers.first().interval, 500);
    timer.stop();
    QCOMPARE(timer.remainingTime(), -1);
}

void tst_EpollEventDispatcher::socketsReadWriteAndClose()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray received;
    connect(peer, &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
    // A big write needs the write notifier many times.
    const QByteArray big(8 * 1024 * 1024, 'x');
    client.write(big);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), big.size(), 10000);
    QSignalSpy closed(peer, &QTcpSocket::disconnected);
    client.disconnectFromHost();
    QVERIFY(closed.wait(2000));
}

void tst_EpollEventDispatcher::manySocketsAtOnce()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int echoed = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection())
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
    });
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 500; ++i) {
        auto c = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = c.get();
        connect(raw, &QTcpSocket::connected, this, [raw] { raw->write("ping"); });
        connect(raw, &QTcpSocket::readyRead, this, [&echoed, raw] {
            if (raw->readAll() == "ping")
                ++echoed;
        });
        c->connectToHost(QHostAddress::LocalHost, server.serverPort());
        clients.push_back(std::move(c));
    }
    QTRY_COMPARE_WITH_TIMEOUT(echoed, 500, 20000);
}

void tst_EpollEventDispatcher::postedEventsFromAnotherThreadWakeTheLoop()
{
    int calls = 0;
    QThread thread;
    thread.start();
    QObject worker;
    worker.moveToThread(&thread);
    QMetaObject::invokeMethod(&worker, [this, &calls] {
        for (int i = 0; i < 100; ++i)
            QMetaObject::invokeMethod(
                    this, [&calls] { ++calls; }, Qt::QueuedConnection);
    });
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE(calls, 100);
    QVERIFY(t.elapsed() < 2000);
    thread.quit();
    thread.wait();
}

void tst_EpollEventDispatcher::exitInterruptsTheLoop()
{
    QEventLoop loop;
    QThread thread;
    thread.start();
    QObject worker;
    worker.moveToThread(&thread);
    QMetaObject::invokeMethod(&worker, [&loop] {
        QThread::msleep(30);
        QMetaObject::invokeMethod(
                &loop, [&loop] { loop.exit(7); }, Qt::QueuedConnection);
    });
    QElapsedTimer t;
    t.start();
    QCOMPARE(loop.exec(), 7);
    QVERIFY(t.elapsed() < 2000);
    thread.quit();
    thread.wait();
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    tst_EpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
