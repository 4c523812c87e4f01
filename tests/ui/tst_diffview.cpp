// The diff view and snapshots through the main window's widgets: File ▸ Compare With… a file, the
// saved version, a git revision; the list, the marks on the canvas, the two-column text, jumps;
// snapshots saved, listed, compared with, restored and undone.
#include "botdocument.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "comparedialog.h"
#include "dialogcanvas.h"
#include "diffview.h"
#include "inspector.h"
#include "interactioncommands.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "projectfile.h"
#include "snapshotsdialog.h"
#include "versionscontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dialogsmith::document;
using dialogsmith::format::Snapshot;
using dialogsmith::ui::CompareDialog;
using dialogsmith::ui::DiffView;
using dialogsmith::ui::MainWindow;
using dialogsmith::ui::SnapshotsDialog;

namespace {

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

Bot loadRouting()
{
    auto loaded = dialogsmith::format::loadBotFile(routingBot());
    if (!loaded)
        qFatal("routing bot does not load");
    return loaded->bot;
}

const Dialog &dialogNamed(const Bot &bot, const QString &name)
{
    for (const Dialog &d : bot.dialogs) {
        if (d.name == name)
            return d;
    }
    qFatal("no dialog %s", qPrintable(name));
}

QString idOf(const BotDocument &document, const QString &name)
{
    const Interaction *in = document.bot().interactionByName(name);
    return in ? in->id : QString();
}

/// The rows of the change list as "Change | Item | Field".
QStringList rows(const QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        out.append(item->text(0) + QStringLiteral(" | ") + item->text(1)
                   + (item->text(2).isEmpty() ? QString() : QStringLiteral(" | ") + item->text(2)));
    }
    return out;
}

int rowOf(const QTreeWidget *list, const QString &itemText)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1).endsWith(itemText))
            return i;
    }
    return -1;
}

/// Saves a picture of `widget` into $DIALOGSMITH_SCREENSHOTS, when it is set.
void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

bool runGit(const QString &dir, const QStringList &arguments)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), arguments);
    return git.waitForFinished(20000) && git.exitStatus() == QProcess::NormalExit
           && git.exitCode() == 0;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareWithFileShowsExactlyTheChanges();
    void jumpAndEscapeLeaveTheComparison();
    void malformedFileIsOneSentenceAndChangesNothing();
    void savedVersionAfterAnEdit();
    void gitRevisionOfTheProjectFile();
    void gitIsGreyedOutsideARepository();
    void snapshotSaveListCompareRestoreUndo();

private:
    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
        return o;
    }
    /// Opens the routing bot in `window` and writes the older version the tests compare with:
    /// the routing bot with one more interaction ("please wait") in Agent Handoff. Then edits
    /// the project: adds "sorry" after the agent starter and changes the transfer's code.
    QString prepareAgentHandoffEdits(MainWindow &window);

    QTemporaryDir m_tmp;
};

void TestDiffView::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_diffview"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_tmp.filePath(QStringLiteral("settings")));
}

QString TestDiffView::prepareAgentHandoffEdits(MainWindow &window)
{
    Bot older = loadRouting();
    for (Dialog &d : older.dialogs) {
        if (d.name == QLatin1String("Agent Handoff")) {
            Interaction wait
                    = Interaction::create(InteractionType::Text, QStringLiteral("please wait"));
            wait.text = QStringLiteral("Please wait a moment.");
            d.interactions.append(wait);
        }
    }
    const QString olderPath = m_tmp.filePath(QStringLiteral("older.json"));
    if (!dialogsmith::format::saveBotFile(older, olderPath))
        qFatal("cannot write older.json");

    if (!window.openFile(routingBot()))
        qFatal("cannot open the routing bot");
    BotDocument &doc = *window.document();
    const Dialog &handoff = dialogNamed(doc.bot(), QStringLiteral("Agent Handoff"));
    Interaction sorry = Interaction::create(InteractionType::Text, QStringLiteral("sorry"));
    sorry.text = QStringLiteral("Sorry that I could not help.");
    if (!doc.execute(std::make_unique<AddInteractionCommand>(doc, handoff.id, sorry, 1)))
        qFatal("cannot add");
    const Interaction *transfer = doc.bot().interactionByName(QStringLiteral("transfer to agent"));
    QString code = transfer->preProcess;
    code.replace(QStringLiteral("Hold on while I transfer you to an agent."),
                 QStringLiteral("One moment: an agent will be with you shortly."));
    if (!doc.execute(
                std::make_unique<SetCodeCommand>(doc, transfer->id, CodeSlot::PreProcess, code)))
        qFatal("cannot set code");
    return olderPath;
}

void TestDiffView::compareWithFileShowsExactlyTheChanges()
{
    MainWindow window(options());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString older = prepareAgentHandoffEdits(window);
    const QByteArray project = dialogsmith::format::writeBot(window.document()->bot());

    QVERIFY(window.versions()->compareWithFile(older));
    DiffView *view = window.versions()->diffView();
    QVERIFY(view);
    QCOMPARE(window.centre()->currentWidget(), view);
    QCOMPARE(rows(view->changeList()),
             (QStringList{
                     QStringLiteral("+ Added | interaction Agent Handoff \u203a sorry"),
                     QStringLiteral("~ Changed | interaction Agent Handoff \u203a transfer to agent"
                                    " | pre-process code"),
                     QStringLiteral("\u2212 Removed | interaction Agent Handoff \u203a please "
                                    "wait"),
             }));
    QCOMPARE(view->summaryLabel()->text(), QStringLiteral("1 added, 1 removed, 1 changed"));

    // The canvas of Agent Handoff marks exactly those three nodes; the removed one is a ghost.
    const BotDocument &doc = *window.document();
    const QString handoff = dialogNamed(doc.bot(), QStringLiteral("Agent Handoff")).id;
    QCOMPARE(view->shownDialogId(), handoff);
    const QString sorry = idOf(doc, QStringLiteral("sorry"));
    const QString transfer = idOf(doc, QStringLiteral("transfer to agent"));
    const QString starter = idOf(doc, QStringLiteral("agent starter"));
    const QHash<QString, DiffView::Mark> marks = view->nodeMarks();
    QCOMPARE(marks.size(), 3);
    QCOMPARE(marks.value(sorry), DiffView::Mark::Added);
    QCOMPARE(marks.value(transfer), DiffView::Mark::Changed);
    QString ghost;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (it.value() == DiffView::Mark::Removed)
            ghost = it.key();
    }
    QVERIFY(!ghost.isEmpty());
    QVERIFY(!doc.interaction(ghost));
    QVERIFY(view->canvasScene()->node(ghost));
    QCOMPARE(view->canvasScene()->node(ghost)->content().name, QStringLiteral("please wait"));
    QVERIFY(view->canvasScene()->node(ghost)->opacity() < 1.0);
    QCOMPARE(view->canvasScene()->order().size(), 4);
    // Edges: the starter now leads to "sorry" (changed), "sorry"'s own is new, the ghost's gone;
    // the transfer's rule did not change.
    const QHash<QString, DiffView::Mark> edges = view->edgeMarks();
    QCOMPARE(edges.value(starter + QStringLiteral(" \u2192 ") + sorry), DiffView::Mark::Changed);
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (it.key().startsWith(sorry))
            QCOMPARE(it.value(), DiffView::Mark::Added);
        else if (it.key().startsWith(ghost))
            QCOMPARE(it.value(), DiffView::Mark::Removed);
        else
            QVERIFY2(it.key().startsWith(starter), qPrintable(it.key()));
    }
    QVERIFY(edges.keys().join(u',').contains(sorry));
    QVERIFY(edges.keys().join(u',').contains(ghost));

    // Selecting the code change centres its node and shows the changed line side by side.
    QTreeWidget *list = view->changeList();
    list->setCurrentItem(list->topLevelItem(rowOf(list, QStringLiteral("transfer to agent"))));
    QCOMPARE(view->canvasScene()->selectedIds(), QStringList{transfer});
    const QTableWidget *text = view->textView();
    QStringList changedBefore;
    QStringList changedAfter;
    for (int r = 0; r < text->rowCount(); ++r) {
        if (text->item(r, 0)->text().endsWith(u'~'))
            changedBefore.append(text->item(r, 1)->text());
        if (text->item(r, 2)->text().endsWith(u'~'))
            changedAfter.append(text->item(r, 3)->text());
    }
    QCOMPARE(changedBefore, QStringList{QStringLiteral(
                                    "var message = 'Hold on while I transfer you to an agent.';")});
    QCOMPARE(changedAfter,
             QStringList{QStringLiteral(
                     "var message = 'One moment: an agent will be with you shortly.';")});
    QCOMPARE(text->item(1, 0)->text(), QStringLiteral("2 ~"));
    QCOMPARE(text->item(0, 1)->text(),
             QStringLiteral("// Hand the conversation to a human agent."));
    QCOMPARE(text->item(0, 0)->text().trimmed(), QStringLiteral("1"));

    // The removed interaction: its node on the canvas, its fields in the left column only.
    list->setCurrentItem(list->topLevelItem(rowOf(list, QStringLiteral("please wait"))));
    QCOMPARE(view->canvasScene()->selectedIds(), QStringList{ghost});
    QVERIFY(text->rowCount() > 0);
    QCOMPARE(text->item(0, 3)->text(), QString());
    bool saysText = false;
    for (int r = 0; r < text->rowCount(); ++r)
        saysText |= text->item(r, 1)->text() == QLatin1String("text: Please wait a moment.");
    QVERIFY(saysText);
    // Its dialog is still there: "Show in Project" shows the dialog it was in.
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("diffViewGoTo"))->isEnabled());

    list->setCurrentItem(list->topLevelItem(rowOf(list, QStringLiteral("transfer to agent"))));
    // The picture for the README: the inspector has nothing to show beside a comparison.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->widget() == reinterpret_cast<QWidget *>(window.inspector()))
            dock->hide();
    }
    QTest::qWait(50);
    saveShot(&window, "diff-view.png");

    // Comparing changed nothing in the project.
    QCOMPARE(dialogsmith::format::writeBot(window.document()->bot()), project);
}

void TestDiffView::jumpAndEscapeLeaveTheComparison()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString older = prepareAgentHandoffEdits(window);
    QVERIFY(window.versions()->compareWithFile(older));
    DiffView *view = window.versions()->diffView();
    QTreeWidget *list = view->changeList();

    // Double-click (activate) a change: the project's canvas shows it, selected.
    const QString sorry = idOf(*window.document(), QStringLiteral("sorry"));
    list->setCurrentItem(list->topLevelItem(rowOf(list, QStringLiteral("sorry"))));
    emit list->itemActivated(list->currentItem(), 1);
    QCOMPARE(window.centre()->currentWidget(), window.canvas());
    QCOMPARE(window.canvas()->selectedInteractions(), QStringList{sorry});

    // Back again through the menu action's method, then Esc closes it.
    QVERIFY(window.versions()->compareWithFile(older));
    QCOMPARE(window.centre()->currentWidget(), view);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Escape);
    QCOMPARE(window.centre()->currentWidget(), window.canvas());

    // The back button too.
    QVERIFY(window.versions()->compareWithFile(older));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("diffViewBack")),
                      Qt::LeftButton);
    QCOMPARE(window.centre()->currentWidget(), window.canvas());

    // An edit made while the comparison shows (undo) shows in it.
    QVERIFY(window.versions()->compareWithFile(older));
    QCOMPARE(list->topLevelItemCount(), 3);
    window.document()->undoStack()->undo(); // the code change
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 3000);
}

void TestDiffView::malformedFileIsOneSentenceAndChangesNothing()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"bot\": [1, 2,");
    file.close();
    QWidget *before = window.centre()->currentWidget();
    const QByteArray project = dialogsmith::format::writeBot(window.document()->bot());

    QString shown;
    QTimer::singleShot(0, &window, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        box->accept();
    });
    QVERIFY(!window.versions()->compareWithFile(bad));
    QCOMPARE(shown, window.versions()->lastError());
    QVERIFY2(shown.startsWith(QStringLiteral("bad.json cannot be compared: ")), qPrintable(shown));
    QVERIFY(!shown.contains(u'\n'));
    QVERIFY(shown.endsWith(u'.'));
    QCOMPARE(window.centre()->currentWidget(), before);
    QCOMPARE(dialogsmith::format::writeBot(window.document()->bot()), project);
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestDiffView::savedVersionAfterAnEdit()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.versions()->setQuiet(true);
    QVERIFY(window.openFile(routingBot()));
    const QString path = m_tmp.filePath(QStringLiteral("saved.json"));
    QVERIFY(window.saveFile(path));
    QVERIFY(window.versions()->compareWithSavedVersion());
    QCOMPARE(window.versions()->diffView()->changeList()->topLevelItemCount(), 0);
    QCOMPARE(window.versions()->diffView()->summaryLabel()->text(), QStringLiteral("No changes."));

    BotDocument &doc = *window.document();
    Interaction in = *doc.bot().interactionByName(QStringLiteral("welcome text"));
    in.text = QStringLiteral("Hello again.");
    QVERIFY(doc.execute(std::make_unique<EditInteractionCommand>(doc, in, QStringLiteral("Edit")))
                    .ok());
    QVERIFY(window.versions()->compareWithSavedVersion());
    DiffView *view = window.versions()->diffView();
    QCOMPARE(rows(view->changeList()),
             QStringList{
                     QStringLiteral("~ Changed | interaction Welcome \u203a welcome text | text")});
    QCOMPARE(view->beforeTitle(), QStringLiteral("the saved version"));
    QCOMPARE(view->nodeMarks().size(), 1);
    QCOMPARE(view->nodeMarks().value(in.id), DiffView::Mark::Changed);
    QCOMPARE(view->textView()->item(0, 3)->text(), QStringLiteral("Hello again."));
    QCOMPARE(view->textView()->item(0, 2)->text(), QStringLiteral("1 ~"));

    // A project never saved has no saved version: one sentence, nothing shown.
    QTimer::singleShot(0, &window, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.newProject(false));
    QTimer::singleShot(0, &window, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    QVERIFY(!window.versions()->compareWithSavedVersion());
    QCOMPARE(window.versions()->lastError(),
             QStringLiteral("The project has not been saved to a file yet."));
}

void TestDiffView::gitRevisionOfTheProjectFile()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed on this machine: the git revision comparison cannot run "
              "(.ci/run/scripts/setup installs it)");
    QTemporaryDir repo;
    QVERIFY(runGit(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(runGit(repo.path(), {QStringLiteral("config"), QStringLiteral("user.email"),
                                 QStringLiteral("tests@example.invalid")}));
    QVERIFY(runGit(repo.path(), {QStringLiteral("config"), QStringLiteral("user.name"),
                                 QStringLiteral("Tests")}));
    QVERIFY(QDir(repo.path()).mkpath(QStringLiteral("bots")));
    const QString path = repo.filePath(QStringLiteral("bots/routing.json"));
    Bot bot = loadRouting();
    QVERIFY(dialogsmith::format::saveBotFile(bot, path).ok());
    QVERIFY(runGit(repo.path(), {QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(runGit(repo.path(), {QStringLiteral("commit"), QStringLiteral("-q"),
                                 QStringLiteral("-m"), QStringLiteral("First version")}));
    bot.dialogs.removeLast(); // the fallback dialog goes in the second commit
    QVERIFY(dialogsmith::format::saveBotFile(bot, path).ok());
    QVERIFY(runGit(repo.path(), {QStringLiteral("commit"), QStringLiteral("-q"),
                                 QStringLiteral("-am"), QStringLiteral("No fallback")}));

    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.versions()->setQuiet(true);
    QVERIFY(window.openFile(path));

    CompareDialog dialog(path, &window);
    QVERIFY(dialog.gitChoice()->isEnabled());
    QCOMPARE(dialog.revisionBox()->count(), 2);
    QVERIFY(dialog.revisionBox()->itemText(0).contains(QStringLiteral("No fallback")));
    QVERIFY(dialog.revisionBox()->itemText(1).contains(QStringLiteral("First version")));
    dialog.revisionBox()->setCurrentIndex(1);
    emit dialog.revisionBox()->activated(1);
    QVERIFY(dialog.gitChoice()->isChecked());
    QCOMPARE(dialog.source(), CompareDialog::Source::GitRevision);
    QVERIFY(dialog.compareButton()->isEnabled());

    QVERIFY2(window.versions()->compareWithRevision(dialog.revision(), dialog.revisionTitle()),
             qPrintable(window.versions()->lastError()));
    DiffView *view = window.versions()->diffView();
    QCOMPARE(rows(view->changeList()),
             QStringList{QStringLiteral("\u2212 Removed | dialog Fallback")});
    QVERIFY(view->beforeTitle().startsWith(QStringLiteral("revision ")));
    // Its dialog shows as ghosts only.
    const QHash<QString, DiffView::Mark> marks = view->nodeMarks();
    QVERIFY(!marks.isEmpty());
    for (DiffView::Mark m : marks)
        QCOMPARE(m, DiffView::Mark::Removed);

    // The newest commit is what the project is: no changes.
    QVERIFY(window.versions()->compareWithRevision(dialog.revisionBox()->itemData(0).toString(),
                                                   {}));
    QCOMPARE(view->changeList()->topLevelItemCount(), 0);

    // A revision git does not know: one sentence from git, nothing changed.
    QVERIFY(!window.versions()->compareWithRevision(QStringLiteral("0123456789abcdef"), {}));
    QVERIFY(window.versions()->lastError().startsWith(QStringLiteral("Git failed: ")));
}

void TestDiffView::gitIsGreyedOutsideARepository()
{
    QTemporaryDir plain;
    const QString path = plain.filePath(QStringLiteral("bot.json"));
    QVERIFY(dialogsmith::format::saveBotFile(loadRouting(), path).ok());
    CompareDialog dialog(path);
    QVERIFY(!dialog.gitChoice()->isEnabled());
    const QString expected = QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()
                                     ? QStringLiteral("Git is not installed.")
                                     : QStringLiteral("The project's folder is not in a git "
                                                      "repository.");
    QCOMPARE(dialog.gitChoice()->toolTip(), expected);
    QVERIFY(dialog.savedChoice()->isEnabled());
    QVERIFY(dialog.fileChoice()->isChecked());
    QVERIFY(!dialog.compareButton()->isEnabled());
    QTest::keyClicks(dialog.pathEdit(), QStringLiteral("/tmp/other.json"));
    QVERIFY(dialog.compareButton()->isEnabled());
    QCOMPARE(dialog.filePath(), QStringLiteral("/tmp/other.json"));

    CompareDialog unsaved(QString{});
    QVERIFY(!unsaved.savedChoice()->isEnabled());
    QCOMPARE(unsaved.savedChoice()->toolTip(),
             QStringLiteral("The project has not been saved to a file yet."));
    QVERIFY(!unsaved.gitChoice()->isEnabled());
}

void TestDiffView::snapshotSaveListCompareRestoreUndo()
{
    QTemporaryDir dir;
    QTemporaryDir data;
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.versions()->setQuiet(true);
    window.versions()->setSnapshotDataFolder(data.path());
    QVERIFY(window.openFile(routingBot()));
    const QString path = dir.filePath(QStringLiteral("shop.json"));
    QVERIFY(window.saveFile(path));
    const QByteArray original = dialogsmith::format::writeBot(window.document()->bot());

    QVERIFY(window.versions()->saveSnapshotNamed(QStringLiteral("before the edit")));
    QVERIFY(QDir(dir.filePath(QStringLiteral(".shop.snapshots"))).exists());
    QCOMPARE(window.versions()->snapshotStore().list().size(), 1);

    BotDocument &doc = *window.document();
    Interaction in = *doc.bot().interactionByName(QStringLiteral("welcome text"));
    in.text = QStringLiteral("Edited after the snapshot.");
    QVERIFY(doc.execute(std::make_unique<EditInteractionCommand>(doc, in, QStringLiteral("Edit")))
                    .ok());
    const QByteArray edited = dialogsmith::format::writeBot(doc.bot());
    const int steps = doc.undoStack()->count();

    // The list (File ▸ Snapshots…) compares: the diff view shows the edit.
    bool sawDialog = false;
    QTimer::singleShot(0, &window, [&sawDialog] {
        auto *dialog = qobject_cast<SnapshotsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = dialog->list()->topLevelItemCount() == 1
                    && dialog->list()->topLevelItem(0)->text(0) == QLatin1String("before the edit");
        QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
    });
    window.action(QStringLiteral("snapshots"))->trigger();
    QVERIFY(sawDialog);
    DiffView *view = window.versions()->diffView();
    QVERIFY(view);
    QCOMPARE(window.centre()->currentWidget(), view);
    QCOMPARE(rows(view->changeList()),
             QStringList{
                     QStringLiteral("~ Changed | interaction Welcome \u203a welcome text | text")});
    QCOMPARE(view->beforeTitle(), QStringLiteral("snapshot \"before the edit\""));

    // Restore through the list: one undo step; undo brings the edit back.
    QTimer::singleShot(0, &window, [] {
        if (auto *dialog = qobject_cast<SnapshotsDialog *>(QApplication::activeModalWidget()))
            QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    });
    window.action(QStringLiteral("snapshots"))->trigger();
    QCOMPARE(dialogsmith::format::writeBot(doc.bot()), original);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QVERIFY(doc.undoStack()->undoText().startsWith(QStringLiteral("Restore Snapshot")));
    window.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(dialogsmith::format::writeBot(doc.bot()), edited);
    window.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(dialogsmith::format::writeBot(doc.bot()), original);

    // Snapshots are saved like projects: no secret values in them.
    const Snapshot snapshot = window.versions()->snapshotStore().list().first();
    QFile file(snapshot.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
