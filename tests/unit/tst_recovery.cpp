#include "projectfile.h"
#include "recovery.h"
#include "testsupport.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

#include <memory>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void unsavedWorkIsOfferedAndRestorable();
    void copiesOlderThanTheirProjectAreDeleted();
    void discardForgetsTheCopy();
    void untitledProjectsAreRecoverableToo();
    void copiesOfRunningSessionsAreNotOffered();
    void twoWindowsOnOneProjectKeepTheirOwnCopies();
};

void TestRecovery::unsavedWorkIsOfferedAndRestorable()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("recovery"));
    const QString project = tmp.filePath(QStringLiteral("bot.json"));
    Bot bot = loadBot(routingBotPath());
    QVERIFY(saveBotFile(bot, project).ok());
    QTest::qWait(20); // the copy must be newer than the file
    bot.name = QStringLiteral("Edited but not saved");
    {
        RecoveryStore crashed(dir);
        QVERIFY(crashed.save(bot, project, QStringLiteral("k")).ok());
    } // the process is gone: its lock with it

    RecoveryStore store(dir);
    const QList<RecoveryStore::Entry> pending = store.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().projectPath, QFileInfo(project).absoluteFilePath());
    QCOMPARE(pending.first().displayName, QStringLiteral("bot.json"));
    Result<LoadedBot> restored = loadBotFile(pending.first().recoveryFile);
    QVERIFY(restored.ok());
    QCOMPARE(restored->bot.name, QStringLiteral("Edited but not saved"));
    store.remove(pending.first());
    QVERIFY(store.pending().isEmpty());
}

void TestRecovery::copiesOlderThanTheirProjectAreDeleted()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("recovery"));
    const QString project = tmp.filePath(QStringLiteral("bot.json"));
    const Bot bot = loadBot(routingBotPath());
    {
        RecoveryStore crashed(dir);
        QVERIFY(crashed.save(bot, project, QStringLiteral("k")).ok());
    }
    QTest::qWait(20);
    QVERIFY(saveBotFile(bot, project).ok()); // saved since, by another window say
    RecoveryStore store(dir);
    QVERIFY(store.pending().isEmpty());
    // Not offered, and not kept forever either.
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());
}

void TestRecovery::discardForgetsTheCopy()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("recovery"));
    RecoveryStore store(dir);
    const QString project = tmp.filePath(QStringLiteral("never-written.json"));
    QVERIFY(store.save(loadBot(routingBotPath()), project, QStringLiteral("k")).ok());
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    store.discard(QStringLiteral("k"));
    QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty()); // the lock too
    RecoveryStore next(dir);
    QVERIFY(next.pending().isEmpty());
}

void TestRecovery::untitledProjectsAreRecoverableToo()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("recovery"));
    const Bot bot = Bot::createEmpty(QStringLiteral("Scratch bot"));
    {
        RecoveryStore crashed(dir);
        QVERIFY(crashed.save(bot, {}, QStringLiteral("session-1")).ok());
        QVERIFY(crashed.save(bot, {}, QStringLiteral("session-2")).ok());
    }
    RecoveryStore store(dir);
    const QList<RecoveryStore::Entry> pending = store.pending();
    QCOMPARE(pending.size(), 2);
    QVERIFY(pending.first().projectPath.isEmpty());
    QCOMPARE(pending.first().displayName, QStringLiteral("Scratch bot"));
}

void TestRecovery::copiesOfRunningSessionsAreNotOffered()
{
    // A second studio starting while the first one runs must not offer (and then delete) the
    // first one's copy.
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("recovery"));
    auto running = std::make_unique<RecoveryStore>(dir);
    QVERIFY(running->save(loadBot(routingBotPath()), {}, QStringLiteral("running")).ok());
    QVERIFY(running->pending().isEmpty()); // not its own either
    RecoveryStore second(dir);
    QVERIFY(second.pending().isEmpty());
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    // A lock left by a process that died is stale: the copy is offered.
    running.reset();
    QCOMPARE(second.pending().size(), 1);
}

void TestRecovery::twoWindowsOnOneProjectKeepTheirOwnCopies()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("recovery"));
    const QString project = tmp.filePath(QStringLiteral("shared.json"));
    Bot first = loadBot(routingBotPath());
    Bot second = first;
    first.name = QStringLiteral("First window's work");
    second.name = QStringLiteral("Second window's work");
    {
        RecoveryStore store(dir);
        QVERIFY(store.save(first, project, QStringLiteral("window-1")).ok());
        QVERIFY(store.save(second, project, QStringLiteral("window-2")).ok());
        // The first window closes cleanly: the second one's copy stays.
        store.discard(QStringLiteral("window-1"));
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    }
    RecoveryStore next(dir);
    const QList<RecoveryStore::Entry> pending = next.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(loadBotFile(pending.first().recoveryFile)->bot.name,
             QStringLiteral("Second window's work"));
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
