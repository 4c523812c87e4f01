// Every Conversation Builder sample a designer may bring: it opens in the studio, every dialog
// shows on the canvas, every dialog runs in the preview, and Save keeps every field.
#include "botdocument.h"
#include "canvasscene.h"
#include "chatmodel.h"
#include "dialogcanvas.h"
#include "mainwindow.h"
#include "previewcontroller.h"
#include "previewpanel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith::document;
using namespace dialogsmith::ui;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestSamples : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DIALOGSMITH_KEYCHAIN", "off");
        // The samples call public web APIs: through a proxy port where nothing listens, every
        // call fails at once on this machine instead of going out.
        QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 1));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_tmp.filePath(QStringLiteral("settings")));
    }

    void everySampleOpensRunsAndRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        const QDir samples(QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples"));
        const QStringList files = samples.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 6);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << samples.filePath(file);
        QTest::newRow("routing-bot")
                << QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
    }

    void everySampleOpensRunsAndRoundTrips()
    {
        QFETCH(QString, path);
        MainWindow::Options options;
        options.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        const Bot bot = window.document()->bot();
        QVERIFY(!bot.dialogs.isEmpty());

        // Each dialog on the canvas, a node per interaction.
        for (const Dialog &d : bot.dialogs) {
            window.showDialog(d.id);
            QCOMPARE(window.canvas()->dialogId(), d.id);
            QCOMPARE(window.canvas()->canvasScene()->order().size(), d.interactions.size());
        }

        // Each dialog run in the preview (no network: the web channel, as CB's preview), and a
        // message from the tester: every run ends and the chat shows something.
        PreviewController *preview = window.previewController();
        preview->setDelaysEnabled(false);
        const ChatModel *chat = window.previewPanel()->chat();
        for (const Dialog &d : bot.dialogs) {
            if (d.interactions.isEmpty())
                continue;
            preview->startFromDialog(d.id);
            QTRY_VERIFY_WITH_TIMEOUT(preview->isIdle(), 5000);
            QVERIFY2(preview->isRunning(), qPrintable(d.name));
        }
        const int before = chat->rowCount();
        QSignalSpy finished(preview, &PreviewController::turnFinished);
        preview->send(QStringLiteral("hi"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && preview->isIdle(), 5000);
        QVERIFY(chat->rowCount() > before);

        // Save As: the same JSON value, apart from the studio's own object.
        const QString saved = m_tmp.filePath(QFileInfo(path).fileName());
        QVERIFY(window.saveFile(saved));
        QJsonObject original = readJson(path);
        QJsonObject written = readJson(saved);
        QVERIFY(!written.isEmpty());
        original.remove(QStringLiteral("x-dialogsmith"));
        QVERIFY(written.contains(QStringLiteral("x-dialogsmith")));
        written.remove(QStringLiteral("x-dialogsmith"));
        QCOMPARE(written, original);
        QVERIFY(!window.document()->isModified());
    }
};

QTEST_MAIN(TestSamples)
#include "tst_samples.moc"
