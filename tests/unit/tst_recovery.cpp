#include "projectfile.h"
#include "recovery.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void unsavedWorkIsOfferedAndRestorable();
    void nothingIsOfferedOnceTheProjectIsSavedAfterwards();
    void discardForgetsTheCopy();
    void untitledProjectsAreRecoverableToo();
};

void TestRecovery::unsavedWorkIsOfferedAndRestorable()
{
    QTemporaryDir tmp;
    RecoveryStore store(tmp.filePath(QStringLiteral("recovery")));
    const QString project = tmp.filePath(QStringLiteral("bot.json"));
    Bot bot = loadBot(routingBotPath());
    QVERIFY(saveBotFile(bot, project).ok());
    QTest::qWait(20); // the copy must be newer than the file
    bot.name = QStringLiteral("Edited but not saved");
    QVERIFY(store.save(bot, project, QStringLiteral("k")).ok());

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

void TestRecovery::nothingIsOfferedOnceTheProjectIsSavedAfterwards()
{
    QTemporaryDir tmp;
    RecoveryStore store(tmp.filePath(QStringLiteral("recovery")));
    const QString project = tmp.filePath(QStringLiteral("bot.json"));
    const Bot bot = loadBot(routingBotPath());
    QVERIFY(store.save(bot, project, QStringLiteral("k")).ok());
    QTest::qWait(20);
    QVERIFY(saveBotFile(bot, project).ok());
    QVERIFY(store.pending().isEmpty());
}

void TestRecovery::discardForgetsTheCopy()
{
    QTemporaryDir tmp;
    RecoveryStore store(tmp.filePath(QStringLiteral("recovery")));
    const QString project = tmp.filePath(QStringLiteral("never-written.json"));
    QVERIFY(store.save(loadBot(routingBotPath()), project, QStringLiteral("k")).ok());
    QCOMPARE(store.pending().size(), 1);
    store.discard(project, QStringLiteral("k"));
    QVERIFY(store.pending().isEmpty());
    QVERIFY(QDir(store.directory()).entryList(QDir::Files).isEmpty());
}

void TestRecovery::untitledProjectsAreRecoverableToo()
{
    QTemporaryDir tmp;
    RecoveryStore store(tmp.filePath(QStringLiteral("recovery")));
    const Bot bot = Bot::createEmpty(QStringLiteral("Scratch bot"));
    QVERIFY(store.save(bot, {}, QStringLiteral("session-1")).ok());
    QVERIFY(store.save(bot, {}, QStringLiteral("session-2")).ok());
    const QList<RecoveryStore::Entry> pending = store.pending();
    QCOMPARE(pending.size(), 2);
    QVERIFY(pending.first().projectPath.isEmpty());
    QCOMPARE(pending.first().displayName, QStringLiteral("Scratch bot"));
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
