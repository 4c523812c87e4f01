// Snapshots of a project: saved beside it or, where that cannot be written, in the data folder;
// listed newest first; restored as one undoable step. Also the two-column view of a changed text.
#include "botcommands.h"
#include "botdiff.h"
#include "botdocument.h"
#include "interactioncommands.h"
#include "projectfile.h"
#include "snapshotstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <unistd.h>

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

namespace {

/// Why a result failed (Qt evaluates a QVERIFY2 message even when the check passes).
template<typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void saveListAndLoad();
    void namesOfAnyCharactersSurvive();
    void emptyNameIsRefused();
    void readOnlyFolderFallsBackToDataFolder();
    void restoringIsOneUndoableStep();
    void sideBySidePairsChangedLines();
};

void TestSnapshots::saveListAndLoad()
{
    QTemporaryDir dir;
    QTemporaryDir data;
    const QString project = dir.filePath(QStringLiteral("routing.json"));
    Bot bot = loadBot(routingBotPath());
    QVERIFY(saveBotFile(bot, project).ok());
    const SnapshotStore store(project, data.path());
    QCOMPARE(store.besideFolder(), dir.filePath(QStringLiteral(".routing.snapshots")));

    const QDateTime t1(QDate(2026, 12, 7), QTime(5, 0, 0, 125), Qt::UTC);
    const QDateTime t2 = t1.addSecs(90);
    const Result<Snapshot> first = store.save(bot, QStringLiteral("before pricing"), t1);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    bot.name = QStringLiteral("Routing 2");
    const Result<Snapshot> second = store.save(bot, QStringLiteral("  renamed  "), t2);
    QVERIFY(second.ok());
    QCOMPARE(QFileInfo(second->path).absolutePath(), store.besideFolder());

    const QList<Snapshot> list = store.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("renamed"));
    QCOMPARE(list.at(0).created, t2);
    QCOMPARE(list.at(1).name, QStringLiteral("before pricing"));
    QCOMPARE(list.at(1).created, t1);
    const Result<LoadedBot> newest = SnapshotStore::load(list.at(0));
    QVERIFY2(newest.ok(), qPrintable(why(newest)));
    QCOMPARE(newest->bot.name, QStringLiteral("Routing 2"));
    QCOMPARE(SnapshotStore::load(list.at(1))->bot.name, loadBot(routingBotPath()).name);
    // Nothing went to the data folder.
    QVERIFY(!QFileInfo::exists(store.dataFolder()));
}

void TestSnapshots::namesOfAnyCharactersSurvive()
{
    QTemporaryDir dir;
    QTemporaryDir data;
    const SnapshotStore store(dir.filePath(QStringLiteral("b.json")), data.path());
    const QString name = QStringLiteral("v2/v3: \"ready\" 100% ✓");
    QVERIFY(store.save(loadBot(routingBotPath()), name).ok());
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().first().name, name);
}

void TestSnapshots::emptyNameIsRefused()
{
    QTemporaryDir dir;
    const SnapshotStore store(dir.filePath(QStringLiteral("b.json")), dir.filePath("data"));
    const Result<Snapshot> saved = store.save(loadBot(routingBotPath()), QStringLiteral("  "));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, QStringLiteral("a snapshot needs a name"));
    QVERIFY(store.list().isEmpty());
}

void TestSnapshots::readOnlyFolderFallsBackToDataFolder()
{
    QTemporaryDir dir;
    QTemporaryDir data;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString project = folder + QStringLiteral("/bot.json");
    QVERIFY(saveBotFile(loadBot(routingBotPath()), project).ok());
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                  | QFile::ExeGroup));
    const SnapshotStore store(project, data.path());
    if (::geteuid() == 0) {
        // Permissions do not stop the superuser: a file where the folder would go does.
        QVERIFY(QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QFile block(store.besideFolder());
        QVERIFY(block.open(QIODevice::WriteOnly));
    }
    const Result<Snapshot> saved = store.save(loadBot(routingBotPath()), QStringLiteral("one"));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(QFileInfo(saved->path).absolutePath(), store.dataFolder());
    QVERIFY(store.dataFolder().startsWith(data.path()));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().first().path, saved->path);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestSnapshots::restoringIsOneUndoableStep()
{
    BotDocument document;
    document.load(loadBot(routingBotPath()));
    const QByteArray original = writeBot(document.bot());
    const Bot snapshot = document.bot();

    Interaction in = *document.bot().interactionByName(QStringLiteral("welcome text"));
    in.text = QStringLiteral("Changed after the snapshot");
    QVERIFY(document.execute(std::make_unique<EditInteractionCommand>(document, in,
                                                                      QStringLiteral("Edit")))
                    .ok());
    QVERIFY(document.execute(std::make_unique<RemoveInteractionCommand>(
                                     document,
                                     document.bot()
                                             .interactionByName(QStringLiteral("transfer to agent"))
                                             ->id))
                    .ok());
    const QByteArray edited = writeBot(document.bot());
    const int steps = document.undoStack()->count();

    int loadedSignals = 0;
    connect(&document, &BotDocument::loaded, this, [&] { ++loadedSignals; });
    QVERIFY(document.execute(std::make_unique<ReplaceBotCommand>(document, snapshot,
                                                                 QStringLiteral("Restore")))
                    .ok());
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(writeBot(document.bot()), original);
    QVERIFY(document.interaction(in.id));
    QCOMPARE(loadedSignals, 1);
    document.undoStack()->undo();
    QCOMPARE(writeBot(document.bot()), edited);
    document.undoStack()->redo();
    QCOMPARE(writeBot(document.bot()), original);

    Bot nameless = snapshot;
    nameless.name.clear();
    const int before = document.undoStack()->count();
    QVERIFY(!document.execute(std::make_unique<ReplaceBotCommand>(document, nameless,
                                                                  QStringLiteral("Restore")))
                     .ok());
    QCOMPARE(document.undoStack()->count(), before);
}

void TestSnapshots::sideBySidePairsChangedLines()
{
    const QString before = QStringLiteral("a\nb\nc\nd");
    const QString after = QStringLiteral("a\nB\nc\nd\ne");
    const QList<SideBySideRow> rows = sideBySide(before, after);
    QCOMPARE(rows.size(), 5);
    using K = SideBySideRow::Kind;
    QCOMPARE(rows.at(0).kind, K::Same);
    QCOMPARE(rows.at(1).kind, K::Changed);
    QCOMPARE(rows.at(1).before, QStringLiteral("b"));
    QCOMPARE(rows.at(1).after, QStringLiteral("B"));
    QCOMPARE(rows.at(1).beforeLine, 1);
    QCOMPARE(rows.at(1).afterLine, 1);
    QCOMPARE(rows.at(2).kind, K::Same);
    QCOMPARE(rows.at(2).afterLine, 2);
    QCOMPARE(rows.at(4).kind, K::Added);
    QCOMPARE(rows.at(4).beforeLine, -1);
    QCOMPARE(rows.at(4).afterLine, 4);
    QCOMPARE(rows.at(4).after, QStringLiteral("e"));

    const QList<SideBySideRow> removed
            = sideBySide(QStringLiteral("x\ny\nz"), QStringLiteral("x\nz"));
    QCOMPARE(removed.size(), 3);
    QCOMPARE(removed.at(1).kind, K::Removed);
    QCOMPARE(removed.at(1).before, QStringLiteral("y"));
    QCOMPARE(removed.at(2).beforeLine, 2);
    QCOMPARE(removed.at(2).afterLine, 1);
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
