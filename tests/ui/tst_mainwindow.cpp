#include "botdocument.h"
#include "chatmodel.h"
#include "codeeditor.h"
#include "codepage.h"
#include "debuggermodels.h"
#include "debuggerpanel.h"
#include "dialogcanvas.h"
#include "environmentseditor.h"
#include "explorermodel.h"
#include "findbar.h"
#include "fontpreload.h"
#include "inspector.h"
#include "interactioncommands.h"
#include "largecodeeditor.h"
#include "mainwindow.h"
#include "previewcontroller.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "projectfile.h"
#include "searchpanel.h"
#include "studiostyle.h"
#include "testspanel.h"
#include "transcriptactions.h"
#include "typeicons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dialogsmith::document;
using dialogsmith::ui::ExplorerModel;
using dialogsmith::ui::MainWindow;

namespace {

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

/// Answers the next modal message box with `button` (by its standard button or its text) and
/// records its text.
void answerNextMessageBox(QObject *context, QString *text, QMessageBox::StandardButton button,
                          const QString &buttonText = {})
{
    QTimer::singleShot(0, context, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (!buttonText.isEmpty()) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == buttonText) {
                    b->click();
                    return;
                }
            }
        }
        box->button(button)->click();
    });
}

/// Saves a picture of `widget` into $DIALOGSMITH_SCREENSHOTS, when it is set.
void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out.append(model->index(r, 0, parent).data().toString());
    return out;
}

QModelIndex dialogsIndex(const QTreeView *explorer)
{
    const QModelIndex bot = explorer->model()->index(0, 0);
    return explorer->model()->index(0, 0, bot);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsTheSampleBot();
    void fontConfigurationIsReadWhileStarting();
    void studioStyleKeepsStandardIconsOffTheStart();
    void badFileKeepsTheCurrentProject();
    void openingLeavesTheRecentListForLater();
    void titleFollowsTheUndoStack();
    void closingWithChangesAsks();
    void savedProjectReopensWithEverything();
    void autosaveWritesARecoveryCopyThatIsOffered();
    void restoredWorkSurvivesASecondCrash();
    void aFileThatCannotBeOpenedKeepsTheChangesUnasked();
    void largeFilesOpenWhileTheWindowStaysResponsive();
    void problemsPanelJumpsToADanglingNextAction();
    void findInProjectJumpsToTheHit();
    void copyPasteAndDuplicateInteractions();
    void deleteAndUndoFromTheExplorer();
    void renameInTheExplorerIsUndoable();
    void environmentsEditorEditsValues();
    void everyActionHasAShortcutOrAMenu();
    void layoutIsRestored();
    void firstStartLeavesTheRoomToTheCanvas();
    void testsAndSearchResultsAreMadeWhenFirstShown();
    void thePreviewChatIsMadeWhenFirstShownWithAllThatWasSaid();
    void codeOpensInALargeEditorBesideTheCanvas();

private:
    QTemporaryDir m_tmp;
    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
        return o;
    }
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_tmp.filePath(QStringLiteral("settings")));
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(m_tmp.filePath(QStringLiteral("recovery"))).removeRecursively();
}

void TestMainWindow::showsTheSampleBot()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    const QTreeView *explorer = window.explorer();
    QCOMPARE(childNames(explorer->model(), dialogsIndex(explorer)),
             (QStringList{"Welcome", "Agent Handoff", "Billing", "Fallback"}));
    const QModelIndex handoff = explorer->model()->index(1, 0, dialogsIndex(explorer));
    QCOMPARE(childNames(explorer->model(), handoff),
             (QStringList{"agent starter", "transfer to agent"}));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("routing-bot.json")));
    QCOMPARE(window.centre()->currentWidget(), window.canvas());
    QCOMPARE(window.canvas()->dialogId(), window.document()->bot().dialogs.first().id);
    QVERIFY(window.showDialogNamed(QStringLiteral("agent handoff")));
    QCOMPARE(window.canvas()->dialogId(), window.document()->bot().dialogs.at(1).id);
}

void TestMainWindow::fontConfigurationIsReadWhileStarting()
{
    // A program that only prints text starts no reading.
    dialogsmith::ui::FontPreload printing(false);
    QVERIFY(!printing.started());
    printing.wait();

    // The studio reads it ahead on this platform (the build found fontconfig), and Qt's fonts
    // work with what was read: the window's font is a real family from the font database.
    {
        dialogsmith::ui::FontPreload fonts;
        QCOMPARE(fonts.started(), dialogsmith::ui::FontPreload::available());
        QVERIFY(dialogsmith::ui::FontPreload::available());
        fonts.wait();
        fonts.wait();                        // a second wait returns at once
    }                                        // and the destructor of a finished one too
    dialogsmith::ui::FontPreload unfinished; // the destructor waits for one still reading
    const QString family = QFontInfo(QApplication::font()).family();
    QVERIFY(!family.isEmpty());
    QVERIFY2(QFontDatabase::families().contains(family), qPrintable(family));
}

void TestMainWindow::studioStyleKeepsStandardIconsOffTheStart()
{
    using dialogsmith::ui::StudioStyle;
    const QString base = QApplication::style()->name();
    // The tests run with the platform's default style, Fusion.
    QCOMPARE(base.toLower(), QStringLiteral("fusion"));
    StudioStyle::install();
    auto *studio = qobject_cast<StudioStyle *>(QApplication::style());
    QVERIFY(studio);
    QCOMPARE(studio->baseStyle()->name(), base); // the style in use, wrapped
    StudioStyle::install();
    QCOMPARE(QApplication::style(), studio); // installed once

    // A bar's extension button shows the studio's chevrons, drawn only when shown.
    const QImage more = dialogsmith::ui::studioIcon(QStringLiteral("more")).pixmap(16).toImage();
    QCOMPARE(studio->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage(),
             more);
    QToolBar bar;
    auto *extension = bar.findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    QCOMPARE(extension->icon().pixmap(16).toImage(), more);
    QCOMPARE(studio->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).pixmap(16).toImage(),
             dialogsmith::ui::studioIcon(QStringLiteral("moredown")).pixmap(16).toImage());

    // Fusion's dock title buttons: made once, Fusion's own pictures.
    for (const QStyle::StandardPixmap button :
         {QStyle::SP_TitleBarCloseButton, QStyle::SP_TitleBarNormalButton}) {
        const QIcon first = studio->standardIcon(button);
        QCOMPARE(studio->standardIcon(button, nullptr, &bar).cacheKey(), first.cacheKey());
        QCOMPARE(first.pixmap(10).toImage(),
                 studio->baseStyle()->standardIcon(button).pixmap(10).toImage());
    }
    // Everything else is the base style's.
    QCOMPARE(studio->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32).toImage(),
             studio->baseStyle()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32).toImage());
    QCOMPARE(studio->pixelMetric(QStyle::PM_ToolBarIconSize),
             studio->baseStyle()->pixelMetric(QStyle::PM_ToolBarIconSize));
}

void TestMainWindow::badFileKeepsTheCurrentProject()
{
    MainWindow window(options());
    QVERIFY(window.openFile(routingBot()));
    const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"bot\": {\"name\": 1}}");
    f.close();
    QString shown;
    answerNextMessageBox(this, &shown, QMessageBox::Ok);
    QVERIFY(!window.openFile(bad));
    QVERIFY2(shown.contains(QStringLiteral("bot.name: expected a string, found a number")),
             qPrintable(shown));
    QCOMPARE(window.document()->filePath(), routingBot());
    QCOMPARE(window.document()->bot().name, QStringLiteral("Routing Bot"));
}

void TestMainWindow::titleFollowsTheUndoStack()
{
    MainWindow window(options());
    QVERIFY(window.openFile(routingBot()));
    QVERIFY(!window.isWindowModified());
    BotDocument *doc = window.document();
    QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(
                                 *doc, doc->bot().dialogs[0].interactions[1].id,
                                 CodeSlot::PreProcess, QStringLiteral("var a;")))
                    .ok());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
    window.action(QStringLiteral("undo"))->trigger();
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.action(QStringLiteral("redo"))->text().contains(QStringLiteral("pre-process")));
}

void TestMainWindow::closingWithChangesAsks()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    BotDocument *doc = window.document();
    QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(
                                 *doc, doc->bot().dialogs[0].interactions[1].id,
                                 CodeSlot::PreProcess, QStringLiteral("var a;")))
                    .ok());
    QString asked;
    answerNextMessageBox(this, &asked, QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(asked.contains(QStringLiteral("routing-bot.json")));

    // Opening another file asks too; Cancel keeps the edit.
    answerNextMessageBox(this, nullptr, QMessageBox::Cancel);
    QVERIFY(!window.openFile(routingBot()));
    QVERIFY(doc->isModified());

    answerNextMessageBox(this, nullptr, QMessageBox::Discard);
    QVERIFY(window.close());
}

void TestMainWindow::savedProjectReopensWithEverything()
{
    const QString path = m_tmp.filePath(QStringLiteral("saved.json"));
    {
        MainWindow window(options());
        QVERIFY(window.openFile(routingBot()));
        BotDocument *doc = window.document();
        const QString id = doc->bot().dialogs[1].interactions[1].id;
        QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(
                                     *doc, id, CodeSlot::PostProcess,
                                     QStringLiteral("botContext.printDebugMessage('x');")))
                        .ok());
        QVERIFY(window.saveFile(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("saved.json")));
    }
    MainWindow again(options());
    QVERIFY(again.openFile(path));
    QCOMPARE(again.document()->bot().dialogs[1].interactions[1].postProcess,
             QStringLiteral("botContext.printDebugMessage('x');"));
    // Recent files remember it.
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().first(),
             QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::openingLeavesTheRecentListForLater()
{
    // Writing the settings syncs the disk twice (tens of milliseconds on a busy disk): opening a
    // project shows it first and writes the recent list a moment later.
    const QString settingsFile = QSettings().fileName();
    const auto onDisk = [&settingsFile] {
        QFile file(settingsFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString path = QFileInfo(routingBot()).absoluteFilePath();
    {
        MainWindow window(options());
        QVERIFY(window.openFile(routingBot()));
        QVERIFY2(!onDisk().contains(QFileInfo(path).fileName()), qPrintable(onDisk()));
        // The menu lists it at once.
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QVERIFY(recent->actions().first()->text().endsWith(QFileInfo(path).fileName()));
        QCOMPARE(recent->actions().first()->toolTip(), path);
    }
    QVERIFY(onDisk().contains(QFileInfo(path).fileName()));

    QSettings().clear();
    QSettings().sync();
    {
        MainWindow window(options());
        QVERIFY(window.openFile(routingBot()));
        QTRY_VERIFY_WITH_TIMEOUT(onDisk().contains(QFileInfo(path).fileName()), 10000);
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), {path});
    }
}

void TestMainWindow::autosaveWritesARecoveryCopyThatIsOffered()
{
    const QString path = m_tmp.filePath(QStringLiteral("crashy.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(routingBot(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                             QFileDevice::FileModificationTime));
    file.close();
    MainWindow::Options o = options();
    o.autosaveIntervalMs = 50;

    auto *window = new MainWindow(o);
    QVERIFY(window->openFile(path));
    BotDocument *doc = window->document();
    QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(
                                 *doc, doc->bot().dialogs[0].interactions[1].id,
                                 CodeSlot::PreProcess, QStringLiteral("var lost;")))
                    .ok());
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(o.recoveryDirectory).entryList(QDir::Files).isEmpty(), 2000);
    // A crash: the window is gone without closing (so without asking or cleaning up).
    delete window;

    MainWindow next(o);
    answerNextMessageBox(this, nullptr, QMessageBox::NoButton, QStringLiteral("Restore"));
    next.offerRecovery();
    QCOMPARE(next.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(next.document()->bot().dialogs[0].interactions[1].preProcess,
             QStringLiteral("var lost;"));
    QVERIFY(next.isWindowModified()); // restored work still needs saving
    // The crashed window's copy is gone; the work lives on in next's own copy.
    QCOMPARE(QDir(o.recoveryDirectory).entryList({QStringLiteral("*.json")}, QDir::Files).size(),
             1);

    // Saving makes the copy unnecessary; nothing is offered afterwards.
    QVERIFY(next.saveFile(path));
    MainWindow third(o);
    third.offerRecovery(); // would block on a message box if anything were offered
    QVERIFY(!third.isWindowModified());
}

void TestMainWindow::restoredWorkSurvivesASecondCrash()
{
    // Restoring used to delete the copy at once and schedule nothing: a second crash lost it.
    MainWindow::Options o = options();
    o.autosaveIntervalMs = 50;
    auto *first = new MainWindow(o);
    QVERIFY(first->openFile(routingBot()));
    BotDocument *doc = first->document();
    QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(
                                 *doc, doc->bot().dialogs[0].interactions[1].id,
                                 CodeSlot::PreProcess, QStringLiteral("var kept;")))
                    .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
            !QDir(o.recoveryDirectory).entryList({QStringLiteral("*.json")}).isEmpty(), 2000);
    delete first; // crash

    auto *second = new MainWindow(o);
    answerNextMessageBox(this, nullptr, QMessageBox::NoButton, QStringLiteral("Restore"));
    second->offerRecovery();
    QCOMPARE(second->document()->bot().dialogs[0].interactions[1].preProcess,
             QStringLiteral("var kept;"));
    delete second; // crash again, before any further edit or autosave

    MainWindow third(o);
    answerNextMessageBox(this, nullptr, QMessageBox::NoButton, QStringLiteral("Restore"));
    third.offerRecovery();
    QCOMPARE(third.document()->bot().dialogs[0].interactions[1].preProcess,
             QStringLiteral("var kept;"));
    QVERIFY(third.isWindowModified());
}

void TestMainWindow::aFileThatCannotBeOpenedKeepsTheChangesUnasked()
{
    // Choosing Discard and then failing to open the file left the changed bot marked saved.
    MainWindow::Options o = options();
    o.autosaveIntervalMs = 50;
    MainWindow window(o);
    QVERIFY(window.openFile(routingBot()));
    BotDocument *doc = window.document();
    QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(
                                 *doc, doc->bot().dialogs[0].interactions[1].id,
                                 CodeSlot::PreProcess, QStringLiteral("var mine;")))
                    .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
            !QDir(o.recoveryDirectory).entryList({QStringLiteral("*.json")}).isEmpty(), 2000);
    const QString bad = m_tmp.filePath(QStringLiteral("broken.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    // Whatever asks is answered as a hurried user would: Discard, then OK.
    QStringList asked;
    QTimer answering;
    connect(&answering, &QTimer::timeout, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked.append(box->windowTitle());
        if (QAbstractButton *discard = box->button(QMessageBox::Discard))
            discard->click();
        else
            box->button(QMessageBox::Ok)->click();
    });
    answering.start(10);
    QVERIFY(!window.openFile(bad));
    answering.stop();
    QCOMPARE(asked, QStringList{QStringLiteral("Cannot Open Bot")});
    QVERIFY(doc->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(doc->bot().dialogs[0].interactions[1].preProcess, QStringLiteral("var mine;"));
    QVERIFY(!QDir(o.recoveryDirectory).entryList({QStringLiteral("*.json")}).isEmpty());
}

void TestMainWindow::largeFilesOpenWhileTheWindowStaysResponsive()
{
    // A bot of a few MB: read and parsed beside the window, which shows a progress dialog and
    // keeps running its timers meanwhile.
    Bot big = Bot::createEmpty(QStringLiteral("Big bot"));
    Dialog &d = big.dialogs.first();
    for (int i = 0; i < 6000; ++i) {
        Interaction in = Interaction::create(InteractionType::Text, QStringLiteral("t%1").arg(i));
        in.text = QStringLiteral("Message number %1 with some text to make it longer").arg(i);
        d.interactions.append(in);
    }
    const QString path = m_tmp.filePath(QStringLiteral("big.json"));
    QVERIFY(dialogsmith::format::saveBotFile(big, path).ok());
    QVERIFY(QFileInfo(path).size() >= 1024 * 1024);

    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int ticks = 0;
    bool progressShown = false;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        if (QWidget *progress = window.findChild<QWidget *>(QStringLiteral("openProgress")))
            progressShown = progressShown || progress->isVisible();
    });
    ticker.start(1);
    QVERIFY(window.openFile(path));
    ticker.stop();
    QVERIFY(progressShown);
    QVERIFY2(ticks > 0, "the window's timers stood still while the file was read");
    QCOMPARE(window.document()->bot().dialogs.first().interactions.size(), 6002);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("openProgress")));
}

void TestMainWindow::problemsPanelJumpsToADanglingNextAction()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    BotDocument *doc = window.document();
    const Interaction welcome = doc->bot().dialogs[0].interactions[1];
    const QString removedId = doc->bot().dialogs[2].interactions[1].id;
    QVERIFY(doc->execute(std::make_unique<SetNextActionCommand>(*doc, welcome.id,
                                                                Action::toInteraction(removedId)))
                    .ok());
    QVERIFY(doc->execute(std::make_unique<RemoveInteractionCommand>(*doc, removedId)).ok());

    QTreeWidget *list = window.problemsPanel()->list();
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 2000);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QVERIFY(item->text(0).contains(QStringLiteral("interaction that does not exist")));
    QCOMPARE(item->text(1),
             QStringLiteral("dialog \"Welcome\" > interaction \"welcome text\" > next action"));
    // The style's message icon marks it (asked for only once there is a problem to show).
    QCOMPARE(item->icon(0).pixmap(16).toImage(),
             window.style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(16).toImage());
    list->setCurrentItem(item);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.canvas()->dialogId(), doc->bot().dialogs[0].id);
    QCOMPARE(window.canvas()->selectedInteractions(), QStringList{welcome.id});
    QCOMPARE(ExplorerModel::idOf(window.explorer()->currentIndex()), welcome.id);
    QVERIFY(window.windowTitle().contains(QStringLiteral("routing-bot.json")));
    doc->markSaved();
}

void TestMainWindow::findInProjectJumpsToTheHit()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    QLineEdit *field = window.searchPanel()->field();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("representative"));
    QTreeWidget *results = window.searchPanel()->results();
    QCOMPARE(results->topLevelItemCount(), 1);
    QTreeWidgetItem *hit = results->topLevelItem(0)->child(0);
    QVERIFY(hit->text(0).startsWith(QStringLiteral("agent starter")));
    results->setCurrentItem(hit);
    QTest::keyClick(results, Qt::Key_Return);
    const Dialog &handoff = window.document()->bot().dialogs[1];
    QCOMPARE(window.canvas()->dialogId(), handoff.id);
    QCOMPARE(window.canvas()->selectedInteractions(), QStringList{handoff.interactions[0].id});
}

void TestMainWindow::testsAndSearchResultsAreMadeWhenFirstShown()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    auto *testsDock = window.findChild<QDockWidget *>(QStringLiteral("testsDock"));
    auto *searchDock = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
    QVERIFY(window.findChildren<dialogsmith::ui::TestsPanel *>().isEmpty());
    QVERIFY(window.findChildren<dialogsmith::ui::SearchPanel *>().isEmpty());

    // Bot > Tests opens the dock with the panel in it.
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    QTRY_VERIFY(testsDock->isVisible());
    QCOMPARE(window.findChildren<dialogsmith::ui::TestsPanel *>().size(), 1);
    QCOMPARE(testsDock->widget(), window.testsPanel());
    QVERIFY(window.testsPanel()->isVisible());
    // Closed and shown again, it is the same panel.
    testsDock->close();
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    QTRY_VERIFY(testsDock->isVisible());
    QCOMPARE(window.findChildren<dialogsmith::ui::TestsPanel *>().size(), 1);

    // A dock the user shows from the View menu gets its panel too, once its tab is chosen.
    searchDock->toggleViewAction()->trigger();
    QTRY_VERIFY(searchDock->isVisible());
    searchDock->raise();
    QTRY_VERIFY(searchDock->widget());
    QCOMPARE(searchDock->widget(), window.searchPanel());
    QCOMPARE(window.findChildren<dialogsmith::ui::SearchPanel *>().size(), 1);
}

void TestMainWindow::thePreviewChatIsMadeWhenFirstShownWithAllThatWasSaid()
{
    using dialogsmith::ui::ChatEntry;
    using dialogsmith::ui::PreviewController;
    using dialogsmith::ui::PreviewPanel;
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    // The first start hides the chat, and nothing makes it before it shows.
    QVERIFY(!window.previewDock()->isVisible());
    QVERIFY(window.findChildren<PreviewPanel *>().isEmpty());
    // The Preview menu has the transcript actions all the same.
    QCOMPARE(window.action(QStringLiteral("saveTranscript"))->text(),
             dialogsmith::ui::createSaveTranscriptAction(&window)->text());
    QVERIFY(window.action(QStringLiteral("openTranscript")));

    // A conversation started from elsewhere (a shortcut, the Tests panel) shows the chat, made
    // while the conversation starts: it shows the whole conversation, its first notice too.
    PreviewController *preview = window.previewController();
    QSignalSpy finished(preview, &PreviewController::turnFinished);
    preview->setDelaysEnabled(false);
    preview->send(QStringLiteral("hello"));
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY(window.previewDock()->isVisible());
    QCOMPARE(window.findChildren<PreviewPanel *>().size(), 1);
    PreviewPanel *panel = window.previewPanel();
    QCOMPARE(window.previewDock()->widget(), panel);
    QCOMPARE(panel->chat(), preview->chat());
    QList<ChatEntry::Kind> kinds;
    QStringList plain;
    for (int row = 0; row < panel->chat()->rowCount(); ++row) {
        kinds.append(panel->chat()->at(row).kind);
        plain.append(panel->chat()->at(row).plain);
    }
    QCOMPARE(kinds, (QList<ChatEntry::Kind>{ChatEntry::Kind::Notice, ChatEntry::Kind::User,
                                            ChatEntry::Kind::Bot}));
    QVERIFY2(plain.at(0).startsWith(QStringLiteral("New conversation: Routing Bot")),
             qPrintable(plain.at(0)));
    QCOMPARE(plain.at(1), QStringLiteral("hello"));
    QVERIFY2(plain.at(2).startsWith(QStringLiteral("Hi, I am the routing bot.")),
             qPrintable(plain.at(2)));
    // The bot's answer is the one the chat entry of its message shows.
    QCOMPARE(panel->entryForMessage(1), panel->chat()->at(2).id);

    // Shown from the View menu in another window, the dock gets its chat at once.
    MainWindow other(options());
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(other.findChildren<PreviewPanel *>().isEmpty());
    other.previewDock()->toggleViewAction()->trigger();
    QTRY_VERIFY(other.previewDock()->isVisible());
    QCOMPARE(other.findChildren<PreviewPanel *>().size(), 1);
    QCOMPARE(other.previewDock()->widget(), other.previewPanel());
    QTRY_VERIFY(other.previewPanel()->isVisible());
}

void TestMainWindow::copyPasteAndDuplicateInteractions()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    BotDocument *doc = window.document();
    const Dialog handoff = doc->bot().dialogs[1];
    window.showDialog(handoff.id);
    window.canvas()->selectInteractions({handoff.interactions[1].id});
    window.action(QStringLiteral("copy"))->trigger();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("transfer to agent")));
    window.action(QStringLiteral("paste"))->trigger();
    QCOMPARE(doc->bot().dialogs[1].interactions.size(), 3);
    const Interaction &copy = doc->bot().dialogs[1].interactions[2];
    QCOMPARE(copy.name, QStringLiteral("transfer to agent copy"));
    QCOMPARE(copy.preProcess, handoff.interactions[1].preProcess);
    QCOMPARE(doc->undoStack()->count(), 1);

    window.canvas()->selectInteractions({copy.id});
    window.action(QStringLiteral("duplicate"))->trigger();
    QCOMPARE(doc->bot().dialogs[1].interactions.size(), 4);
    QCOMPARE(doc->bot().dialogs[1].interactions[3].name,
             QStringLiteral("transfer to agent copy 2"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Duplicate"));
    // Duplicate leaves the clipboard as it was.
    QVERIFY(!QApplication::clipboard()->text().contains(QStringLiteral("copy 2")));

    window.action(QStringLiteral("undo"))->trigger();
    window.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(doc->bot().dialogs[1].interactions.size(), 2);
    QVERIFY(!doc->isModified());
}

void TestMainWindow::deleteAndUndoFromTheExplorer()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    QTreeView *explorer = window.explorer();
    const QModelIndex billing = explorer->model()->index(2, 0, dialogsIndex(explorer));
    explorer->setCurrentIndex(billing);
    explorer->setFocus();
    QTest::keyClick(explorer, Qt::Key_Delete);
    QCOMPARE(childNames(explorer->model(), dialogsIndex(explorer)),
             (QStringList{"Welcome", "Agent Handoff", "Fallback"}));
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(childNames(explorer->model(), dialogsIndex(explorer)),
             (QStringList{"Welcome", "Agent Handoff", "Billing", "Fallback"}));
    // The restored dialog still has its interactions in the tree.
    QCOMPARE(explorer->model()->rowCount(explorer->model()->index(2, 0, dialogsIndex(explorer))),
             2);
}

void TestMainWindow::renameInTheExplorerIsUndoable()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    QTreeView *explorer = window.explorer();
    const QModelIndex welcome = explorer->model()->index(0, 0, dialogsIndex(explorer));
    explorer->setCurrentIndex(welcome);
    explorer->setFocus();
    QTest::keyClick(explorer, Qt::Key_F2);
    QLineEdit *editor = explorer->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Greeting"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from the event loop.
    QTRY_COMPARE(window.document()->bot().dialogs[0].name, QStringLiteral("Greeting"));

    // A name another dialog has is refused and nothing changes.
    explorer->setCurrentIndex(explorer->model()->index(0, 0, dialogsIndex(explorer)));
    QTest::keyClick(explorer, Qt::Key_F2);
    editor = explorer->findChild<QLineEdit *>();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Billing"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("already exists")));
    QCOMPARE(window.document()->bot().dialogs[0].name, QStringLiteral("Greeting"));

    window.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(window.document()->bot().dialogs[0].name, QStringLiteral("Welcome"));
}

void TestMainWindow::environmentsEditorEditsValues()
{
    MainWindow window(options());
    QVERIFY(window.openFile(routingBot()));
    window.action(QStringLiteral("editEnvironments"))->trigger();
    QCOMPARE(window.centre()->currentWidget(), window.environmentsEditor());
    QTableWidget *table = window.environmentsEditor()->table();
    QCOMPARE(table->columnCount(), 5);
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Local"));
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Cloud"));
    int hostRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r)->text() == QLatin1String("lpPlatformHost"))
            hostRow = r;
    }
    QVERIFY(hostRow >= 0);
    table->item(hostRow, 3)->setText(QStringLiteral("http://127.0.0.1:9999"));
    QCOMPARE(valueOf(window.document()->bot().environment(QStringLiteral("Local"))->values,
                     QStringLiteral("lpPlatformHost")),
             QStringLiteral("http://127.0.0.1:9999"));
    window.environmentsEditor()->addKey(QStringLiteral("region"));
    QCOMPARE(table->rowCount(), 4);
    window.action(QStringLiteral("undo"))->trigger();
    window.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(valueOf(window.document()->bot().environment(QStringLiteral("Local"))->values,
                     QStringLiteral("lpPlatformHost")),
             QStringLiteral("http://127.0.0.1:8750"));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::everyActionHasAShortcutOrAMenu()
{
    MainWindow window(options());
    const QStringList needShortcut
            = {"new",   "open",      "save",   "saveAs", "undo", "redo",     "cut", "copy",
               "paste", "duplicate", "delete", "rename", "find", "exportCb", "quit"};
    for (const QString &name : needShortcut) {
        QAction *a = window.action(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name));
        QVERIFY2(!a->toolTip().isEmpty(), qPrintable(name));
    }
    QCOMPARE(window.action(QStringLiteral("find"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+F")));
}

void TestMainWindow::layoutIsRestored()
{
    {
        MainWindow window(options());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->hide();
        QVERIFY(window.close());
    }
    MainWindow again(options());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1000, 700));
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
}

void TestMainWindow::firstStartLeavesTheRoomToTheCanvas()
{
    MainWindow window(options());
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    auto dock = [&window](const char *name) {
        return window.findChild<QDockWidget *>(QLatin1String(name));
    };
    // Collapsed: nothing below the canvas, no chat beside the inspector.
    for (const char *name : {"problemsDock", "searchDock", "testsDock", "debuggerDock",
                             "agentDeskDock", "previewDock"})
        QVERIFY2(!dock(name)->isVisible(), name);
    QVERIFY(dock("projectDock")->isVisible());
    QVERIFY(dock("inspectorDock")->isVisible());
    QTRY_VERIFY(window.canvas()->isVisible());
    QVERIFY2(window.canvas()->width() > window.width() * 55 / 100,
             qPrintable(QString::number(window.canvas()->width())));
    // Code editors are made when code is first shown, not at start-up.
    QVERIFY(window.findChildren<dialogsmith::ui::CodeEditor *>().isEmpty());
    // So are the debugger, the agent desk, the tests and the search results, when their docks
    // first show.
    for (const char *name : {"debuggerDock", "agentDeskDock", "testsDock", "searchDock"})
        QVERIFY2(!dock(name)->widget(), name);
    const int fullHeight = window.canvas()->height();

    // A problem opens the bottom area, with room for a few rows.
    BotDocument *doc = window.document();
    const Interaction welcome = doc->bot().dialogs[0].interactions[1];
    QVERIFY(doc->execute(std::make_unique<SetNextActionCommand>(
                                 *doc, welcome.id, Action::toInteraction(QStringLiteral("gone"))))
                    .ok());
    QTRY_VERIFY_WITH_TIMEOUT(dock("problemsDock")->isVisible(), 2000);
    QTRY_VERIFY(dock("problemsDock")->height() >= 120);
    QVERIFY(window.canvas()->height() < fullHeight);
    // Closed by the user, it stays closed while the same problems remain.
    dock("problemsDock")->close();
    QVERIFY(doc->execute(std::make_unique<SetCodeCommand>(*doc, welcome.id, CodeSlot::PreProcess,
                                                          QStringLiteral("var greeted = true;")))
                    .ok());
    QTest::qWait(600);
    QVERIFY(!dock("problemsDock")->isVisible());

    // A run brings the chat beside the inspector and the debugger below.
    window.action(QStringLiteral("previewRestart"))->trigger();
    QTRY_VERIFY(dock("previewDock")->isVisible());
    QTRY_VERIFY(dock("debuggerDock")->isVisible());
    QVERIFY(dock("previewDock")->width() >= 300);
    QVERIFY(window.canvas()->width() > window.width() * 30 / 100);
    // The debugger, made as the run opened its dock, shows the run from its start.
    QVERIFY(dock("debuggerDock")->widget());
    const dialogsmith::ui::EventLogModel *log = window.debuggerPanel()->log();
    QVERIFY(log->rowCount() > 0);
    QVERIFY2(log->at(0).event.text.startsWith(QLatin1String("Preview started")),
             qPrintable(log->at(0).event.text));
    doc->markSaved();
}

void TestMainWindow::codeOpensInALargeEditorBesideTheCanvas()
{
    using dialogsmith::ui::CodeEditor;
    MainWindow window(options());
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    BotDocument *doc = window.document();
    QVERIFY(window.showInteractionNamed(QStringLiteral("transfer to agent")));
    const QString id = window.inspector()->interactionId();
    const QString original = doc->interaction(id)->preProcess;
    QVERIFY(!original.isEmpty());

    // The Code tab offers the large editor; the key opens it at the cursor's slot and line.
    QToolButton *button = window.inspector()->largeEditorButton();
    QVERIFY(!button->isVisible());
    window.inspector()->tabs()->setCurrentIndex(1);
    QVERIFY(button->isVisible());
    QVERIFY(button->toolTip().contains(QStringLiteral("Ctrl+Shift+E")));
    CodeEditor *small = window.inspector()->codePage()->editor(CodeSlot::PreProcess);
    QVERIFY(small);
    small->setFocus();
    small->goToLine(3);
    QTRY_VERIFY(small->hasFocus());
    saveShot(&window, "inspector-code-1366.png");
    QTest::keyClick(small, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.centre()->currentWidget(), window.largeCodeEditor());
    CodeEditor *big = window.largeCodeEditor()->codePage()->editor(CodeSlot::PreProcess);
    QVERIFY(big);
    QTRY_VERIFY(big->hasFocus());
    int line = -1;
    int index = -1;
    big->getCursorPosition(&line, &index);
    QCOMPARE(line, 2);
    QCOMPARE(big->code(), original);
    saveShot(&window, "large-code-editor-1366.png");
    QVERIFY2(big->width() > small->width() * 3 / 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(big->width()).arg(small->width())));

    // Typing there is one undoable step, seen by the inspector too.
    const int steps = doc->undoStack()->count();
    big->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    QTest::keyClick(big, Qt::Key_Return);
    QTest::keyClicks(big, "botContext.printDebugMessage('large');");
    const QString edited = doc->interaction(id)->preProcess;
    QVERIFY(edited.endsWith(QLatin1String("botContext.printDebugMessage('large');")));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(small->code(), edited);
    // Syntax errors and find/replace work as in the inspector.
    QTest::keyClicks(big, "(");
    QTRY_VERIFY_WITH_TIMEOUT(big->syntaxError().has_value(), 3000);
    QTest::keyClick(big, Qt::Key_Backspace);
    QTRY_VERIFY_WITH_TIMEOUT(!big->syntaxError().has_value(), 3000);
    QTest::keyClick(big, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(big->findBar()->isVisible());
    doc->undoStack()->undo();
    QCOMPARE(doc->interaction(id)->preProcess, original);
    QCOMPARE(big->code(), original);
    QCOMPARE(small->code(), original);

    // Back to the canvas; the global functions open in the large editor too.
    QTest::mouseClick(window.largeCodeEditor()->backButton(), Qt::LeftButton);
    QCOMPARE(window.centre()->currentWidget(), static_cast<QWidget *>(window.canvas()));
    window.action(QStringLiteral("globalFunctions"))->trigger();
    QCOMPARE(window.centre()->currentWidget(), window.largeCodeEditor());
    QVERIFY(window.largeCodeEditor()->isShowingGlobalFunctions());
    QCOMPARE(window.largeCodeEditor()->codePage()->globalFunctionsEditor()->code(),
             doc->bot().globalFunctions);
    QTRY_VERIFY(window.largeCodeEditor()->codePage()->globalFunctionsEditor()->hasFocus());
    // Opening another project puts the canvas back.
    QVERIFY(window.openFile(routingBot()));
    QCOMPARE(window.centre()->currentWidget(), static_cast<QWidget *>(window.canvas()));
    doc->markSaved();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
