// Opening files: only regular files, never more than the limit, whatever the path points at.

#include "projectfile.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dialogsmith::document;
using namespace dialogsmith::format;

namespace {

const QString notRegular = QStringLiteral(
        "cannot open the file: it is not a regular file (a folder, a device or a pipe)");

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void aPipeIsNotWaitedFor()
    {
        // Opening a pipe nobody writes to used to block for ever.
        QTemporaryDir tmp;
        const QByteArray fifo = QFile::encodeName(tmp.filePath(QStringLiteral("pipe.json")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        std::atomic<bool> done = false;
        std::optional<Result<LoadedBot>> result;
        std::thread reader([&] {
            result = loadBotFile(QFile::decodeName(fifo));
            done = true;
        });
        const bool quick = QTest::qWaitFor([&] { return done.load(); }, 3000);
        if (!quick) {
            // Free the reader so that the test can end: a writer that writes nothing.
            const int fd = ::open(fifo.constData(), O_WRONLY);
            if (fd >= 0)
                ::close(fd);
        }
        reader.join();
        QVERIFY2(quick, "reading a pipe blocked");
        QVERIFY(!result->ok());
        QCOMPARE(result->error().message, notRegular);
    }

    void devicesAndFoldersAreNotRead()
    {
        QTemporaryDir tmp;
        for (const QString &path :
             {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), tmp.path()}) {
            QElapsedTimer timer;
            timer.start();
            const Result<LoadedBot> result = loadBotFile(path);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, notRegular);
            QVERIFY(timer.elapsed() < 1000);
        }
        QCOMPARE(loadBotFile(tmp.filePath(QStringLiteral("none.json"))).error().message,
                 QStringLiteral("cannot open the file: the file does not exist"));
    }

    void filesOverTheLimitAreNotRead()
    {
        QVERIFY(maxProjectFileBytes <= 32 * 1024 * 1024);
        QTemporaryDir tmp;
        QFile big(tmp.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(maxProjectFileBytes + 1)); // sparse: nothing is written
        big.close();
        QElapsedTimer timer;
        timer.start();
        const Result<LoadedBot> result = loadBotFile(big.fileName());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("the file is 33 MB; project files are limited to 32 MB"));
        QVERIFY(timer.elapsed() < 1000);
    }

    void aSymlinkToARegularFileOpens()
    {
        QTemporaryDir tmp;
        const QString link = tmp.filePath(QStringLiteral("link.json"));
        QVERIFY(QFile::link(testsupport::routingBotPath(), link));
        QVERIFY(loadBotFile(link).ok());
        QVERIFY(loadBotFile(QStringLiteral(":/no/such/resource.json"))
                        .error()
                        .message.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
