// End to end: the studio deploys the sample routing bot to its embedded cloud and starts its
// agent through the Deploy panel (opened with its shortcut, driven by its buttons); a consumer
// on the consumer API, over a real socket, says "hi" and gets the bot's answer. Preview ›
// Open Visitor Test Page and Open Agent Console start the cloud on demand and hand its pages
// to the system browser.

#include "accountfile.h"
#include "cloudtesting.h"
#include "consumerclient.h"
#include "deploypanel.h"
#include "embeddedcloud.h"
#include "mainwindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith;
using namespace dialogsmith::cloud::testing;
using dialogsmith::ui::DeployPanel;
using dialogsmith::ui::MainWindow;

/// Stands in for the system browser: records the URLs the studio opens.
class Browser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_StudioDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deploysTheSampleBotAndAConsumerTalksToIt();
    void previewMenuOpensTheCloudsPagesInTheBrowser();

private:
    std::unique_ptr<MainWindow> window();

    QTemporaryDir m_tmp;
    QString m_accountFile;
};

void tst_StudioDeploy::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_accountFile = isolateStudioWithSeedAccount(m_tmp, QStringLiteral("tst_studiodeploy"));
    QVERIFY(!m_accountFile.isEmpty());
    // The Bot user's keys, where the secret store finds them.
    const QHash<QString, QString> secrets = seedSecrets();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        qputenv(qPrintable(QStringLiteral("DIALOGSMITH_SECRET_") + it.key()), it.value().toUtf8());
}

std::unique_ptr<MainWindow> tst_StudioDeploy::window()
{
    MainWindow::Options options;
    options.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
    options.accountFile = m_accountFile;
    auto w = std::make_unique<MainWindow>(options);
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

void tst_StudioDeploy::deploysTheSampleBotAndAConsumerTalksToIt()
{
    auto w = window();
    QVERIFY(w);
    QVERIFY(w->openFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json")));
    QVERIFY(!w->cloud()->isRunning());

    // Bot › Deploy, by its shortcut.
    w->deployDock()->hide();
    QTest::keySequence(w.get(), w->action(QStringLiteral("showDeploy"))->shortcut());
    QTRY_VERIFY(w->deployDock()->isVisible());
    DeployPanel *panel = w->deployPanel();
    auto *deploy = panel->findChild<QPushButton *>(QStringLiteral("deploy"));
    auto *start = panel->findChild<QPushButton *>(QStringLiteral("start"));
    auto *status = panel->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(deploy && start && status);

    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(w->cloud()->isRunning());
    QTRY_VERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Status: Online")),
                 qPrintable(status->text()));

    // A visitor of account 12345678, over a real socket.
    QNetworkAccessManager network;
    cloud::ConsumerClient consumer({w->cloud()->server()->hostPort(), false, {}},
                                   QStringLiteral("12345678"), &network);
    QVERIFY(openConversationAndSay(consumer, QStringLiteral("hi")));
    QTRY_COMPARE(agentMessages(consumer), QStringList{routingBotGreeting});
    // The panel counts the conversation.
    QTRY_COMPARE(status->text(), QStringLiteral("Status: Online (Demo, 1 conversation)"));

    // DIALOGSMITH_SCREENSHOTS=DIR saves a picture of the panel, to look at.
    if (const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS"); !dir.isEmpty()) {
        w->deployDock()->setFloating(true);
        w->deployDock()->resize(560, 600);
        QTest::qWait(200);
        QVERIFY(w->deployDock()->grab().save(QDir(dir).filePath("deploy-panel.png")));
        w->deployDock()->setFloating(false);
    }

    // Closing the studio stops its cloud.
    const quint16 port = w->cloud()->server()->port();
    w.reset();
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!probe.waitForConnected(2000));
}

void tst_StudioDeploy::previewMenuOpensTheCloudsPagesInTheBrowser()
{
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    auto w = window();
    QVERIFY(w);
    QAction *visitor = w->action(QStringLiteral("openVisitorPage"));
    QAction *console = w->action(QStringLiteral("openAgentConsole"));
    QVERIFY(visitor && console);
    QVERIFY(!visitor->icon().isNull());
    QVERIFY(!visitor->toolTip().isEmpty());
    // Both are in the Preview menu.
    QMenu *preview = nullptr;
    for (QAction *menu : w->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&Preview"))
            preview = menu->menu();
    }
    QVERIFY(preview);
    QVERIFY(preview->actions().contains(visitor));
    QVERIFY(preview->actions().contains(console));

    visitor->trigger();
    QVERIFY(w->cloud()->isRunning());
    const QString base = w->cloud()->baseUrl().toString();
    console->trigger();
    QCOMPARE(browser.opened.size(), 2);
    QCOMPARE(browser.opened.at(0).toString(), base + QStringLiteral("/visitor/?siteid=12345678"));
    QCOMPARE(browser.opened.at(1).toString(), base + QStringLiteral("/agent/"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

QTEST_MAIN(tst_StudioDeploy)
#include "tst_studiodeploy.moc"
