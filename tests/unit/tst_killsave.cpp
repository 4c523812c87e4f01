// Saves are atomic even when the process dies half-way: a process saving over an existing file
// is killed (SIGKILL) at random moments, over and over; afterwards the file is always the old or
// the new version, byte for byte, and loads. For the project file, the secrets file and the
// recovery copy.

#include "cbformat.h"
#include "projectfile.h"
#include "recovery.h"
#include "secretstore.h"
#include "timescale.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dialogsmith;

namespace {

constexpr int trials = 100;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The two versions `mode` writes, as bytes: made the way the child makes them.
QList<QByteArray> versions(const QString &mode, const QString &scratch)
{
    QList<QByteArray> out;
    document::Bot bot = format::loadBotFile(QStringLiteral(DIALOGSMITH_SOURCE_DIR
                                                           "/resources/samples/routing-bot.json"))
                                ->bot;
    for (const QString &version : {QStringLiteral("old"), QStringLiteral("new")}) {
        if (mode == QLatin1String("secrets")) {
            network::SecretStore::Options options;
            options.directory = scratch;
            options.backend = network::SecretStore::Backend::FileOnly;
            options.environment = false;
            network::SecretStore store(options);
            if (!store.setValue(QStringLiteral("key"), version))
                qFatal("cannot write a secret");
            out.append(readAll(store.filePath()));
        } else {
            bot.name = version;
            out.append(format::writeBot(bot));
        }
    }
    return out;
}

} // namespace

class TestKillSave : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesLeaveTheOldOrTheNewFile_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("project") << QStringLiteral("project");
        QTest::newRow("secrets") << QStringLiteral("secrets");
        QTest::newRow("recovery") << QStringLiteral("recovery");
    }

    void killedSavesLeaveTheOldOrTheNewFile()
    {
        QFETCH(QString, mode);
        QTemporaryDir dir;
        QTemporaryDir scratch;
        const QList<QByteArray> expected = versions(mode, scratch.path());
        QVERIFY(expected.at(0) != expected.at(1));
        const QString file = mode == QLatin1String("project")   ? dir.filePath("bot.json")
                             : mode == QLatin1String("secrets") ? dir.filePath("secrets.json")
                                                                : QString();
        int sawOld = 0;
        int sawNew = 0;
        for (int trial = 0; trial < trials; ++trial) {
            QProcess child;
            child.start(QStringLiteral(KILLSAVE_CHILD), {mode, dir.path()});
            QVERIFY(child.waitForStarted());
            // Wait until it saves, then a random moment: within one save or between two.
            QVERIFY(child.waitForReadyRead(10000));
            QTest::qSleep(
                    int(QRandomGenerator::global()->bounded(1, 25 * testsupport::timeScale())));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QVERIFY2(
                    child.exitStatus() == QProcess::CrashExit,
                    qPrintable(QStringLiteral("the saving process ended by itself (%1): %2")
                                       .arg(child.exitCode())
                                       .arg(QString::fromLocal8Bit(child.readAllStandardError()))));

            QString path = file;
            if (mode == QLatin1String("recovery")) {
                const QDir recovery(dir.filePath(QStringLiteral("recovery")));
                const QStringList copies = recovery.entryList({QStringLiteral("*.json")});
                if (copies.isEmpty())
                    continue; // killed before its first copy was in place
                QCOMPARE(copies.size(), 1);
                path = recovery.filePath(copies.first());
                // The side file is written before the copy: it is there, and whole.
                QVERIFY(QJsonDocument::fromJson(
                                readAll(recovery.filePath(QFileInfo(path).completeBaseName()
                                                          + QStringLiteral(".meta"))))
                                .isObject());
                // The next start offers it (the dead process's lock holds nothing).
                QCOMPARE(format::RecoveryStore(recovery.path()).pending().size(), 1);
            } else if (!QFile::exists(path)) {
                continue;
            }
            const QByteArray bytes = readAll(path);
            QVERIFY2(bytes == expected.at(0) || bytes == expected.at(1),
                     qPrintable(QStringLiteral("trial %1: %2 bytes, neither version")
                                        .arg(trial)
                                        .arg(bytes.size())));
            (bytes == expected.at(0) ? sawOld : sawNew)++;
            if (mode == QLatin1String("secrets")) {
                network::SecretStore::Options options;
                options.directory = dir.path();
                options.backend = network::SecretStore::Backend::FileOnly;
                options.environment = false;
                QVERIFY(network::SecretStore(options).value(QStringLiteral("key")).has_value());
            } else {
                QVERIFY(format::loadBotFile(path).ok());
            }
        }
        // The kills landed at different moments: both versions were seen.
        QVERIFY2(sawOld > 0 && sawNew > 0,
                 qPrintable(QStringLiteral("old %1, new %2").arg(sawOld).arg(sawNew)));
        qInfo("%s: %d kills, old version %d times, new version %d times", qPrintable(mode), trials,
              sawOld, sawNew);
    }
};

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
