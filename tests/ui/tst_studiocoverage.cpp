// Test coverage in the studio, driven through the real main window offscreen: after Run All the
// canvas marks exactly what no transcript reached, View ▸ Show Coverage hides and shows the
// marks, and edits recompute them.

#include "botdocument.h"
#include "canvasscene.h"
#include "coveragecontroller.h"
#include "dialogcanvas.h"
#include "edgeitem.h"
#include "explorerdelegate.h"
#include "explorermodel.h"
#include "inspector.h"
#include "interactioncommands.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "projectfile.h"
#include "runtimetesting.h"
#include "testspanel.h"
#include "translations.h"

#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace dialogsmith;
using namespace dialogsmith::runtime::testing;
using dialogsmith::ui::CanvasScene;
using dialogsmith::ui::EdgeItem;
using dialogsmith::ui::ExplorerModel;
using dialogsmith::ui::MainWindow;
using dialogsmith::ui::NodeItem;

namespace {

/// "Main": a greeting asks "Small or large?"; the suite only ever answers "small", so the
/// "large" rule and its answer are never reached. "Orders" is never reached at all.
///
///   Main   (10 items): greet (interaction, starter, next rule), ask size (interaction, rule
///          "small", rule "large"), small answer (interaction, next rule), large answer
///          (interaction, next rule). Reached: 7 → 70 %.
///   Orders  (5 items): order start (interaction, starter, next rule), order reply
///          (interaction, next rule). Reached: 0 → 0 %.
Bot shopBot()
{
    Interaction small
            = text(QStringLiteral("small answer"), QStringLiteral("Small it is."), Action::end());
    Interaction large
            = text(QStringLiteral("large answer"), QStringLiteral("Large it is."), Action::end());
    Interaction ask
            = question(QStringLiteral("ask size"), QStringLiteral("Small or large?"),
                       {patternRule({QStringLiteral("small")}, Action::toInteraction(small.id),
                                    QStringLiteral("small")),
                        patternRule({QStringLiteral("large")}, Action::toInteraction(large.id),
                                    QStringLiteral("large"))});
    return bot(
            {dialog(QStringLiteral("Main"),
                    {starter(QStringLiteral("greet"), {QStringLiteral("hi")}), ask, small, large}),
             dialog(QStringLiteral("Orders"),
                    {starter(QStringLiteral("order start"), {QStringLiteral("order")}),
                     text(QStringLiteral("order reply"), QStringLiteral("Which order?"),
                          Action::end())})});
}

bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}

QString idOf(const Bot &bot, const QString &name)
{
    const Interaction *in = bot.interactionByName(name);
    return in ? in->id : QString();
}

/// Saves a picture of `widget` into $DIALOGSMITH_SCREENSHOTS, when it is set.
void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

QDockWidget *dock(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

/// The interactions of the dialog on the canvas whose node carries the uncovered mark.
QSet<QString> markedNodes(CanvasScene *scene)
{
    QSet<QString> ids;
    for (const QString &id : scene->order()) {
        if (scene->node(id) && scene->node(id)->isUncovered())
            ids.insert(id);
    }
    return ids;
}

/// (interaction id, rule index) of the marked edges of the dialog on the canvas.
QSet<std::pair<QString, int>> markedEdges(CanvasScene *scene)
{
    QSet<std::pair<QString, int>> edges;
    for (const QString &id : scene->order()) {
        for (EdgeItem *edge : scene->edgesFrom(id)) {
            if (edge->isUncovered())
                edges.insert({id, edge->link().slot});
        }
    }
    return edges;
}

} // namespace

class tst_StudioCoverage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.recoveryDirectory = m_dir.filePath(QStringLiteral("recovery"));
        return o;
    }

    /// Opens the shop bot and runs all its tests.
    bool openAndRun(MainWindow &window)
    {
        if (!window.openFile(m_project))
            return false;
        QSignalSpy finished(window.testsPanel(), &ui::TestsPanel::runFinished);
        window.action(QStringLiteral("runTests"))->trigger();
        return finished.wait(15000) && window.coverage()->hasRun();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_studiocoverage"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_project = m_dir.filePath(QStringLiteral("shop.json"));
        QVERIFY(format::saveBotFile(shopBot(), m_project));
        const QString tests = m_dir.filePath(QStringLiteral("shop.tests"));
        QVERIFY(QDir().mkpath(tests));
        QVERIFY(write(tests + QStringLiteral("/small.txt"),
                      QStringLiteral("user: hi\nbot: Small or large?\nuser: small\n"
                                     "bot: Small it is.\n")));
        QVERIFY(write(tests + QStringLiteral("/greeting.txt"),
                      QStringLiteral("user: hi\nbot: Small or large?\n")));
    }

    void init() { QSettings().clear(); }

    void theCanvasMarksExactlyWhatNoTranscriptReached()
    {
        MainWindow window(options());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *toggle = window.action(QStringLiteral("showCoverage"));
        QVERIFY(!toggle->isEnabled());
        QVERIFY(openAndRun(window));
        QVERIFY(toggle->isEnabled());
        QVERIFY(toggle->isChecked());

        const Bot &bot = window.document()->bot();
        const QString ask = idOf(bot, QStringLiteral("ask size"));
        const QString large = idOf(bot, QStringLiteral("large answer"));
        const QString orderStart = idOf(bot, QStringLiteral("order start"));
        const QString orderReply = idOf(bot, QStringLiteral("order reply"));

        QVERIFY(window.showDialogNamed(QStringLiteral("Main")));
        CanvasScene *scene = window.canvas()->canvasScene();
        QCOMPARE(markedNodes(scene), QSet<QString>({large}));
        QCOMPARE(markedEdges(scene), (QSet<std::pair<QString, int>>{{ask, 1}, {large, 0}}));
        // Screen readers hear the mark.
        QAccessibleInterface *canvas
                = QAccessible::queryAccessibleInterface(window.canvas()->view());
        QVERIFY(canvas);
        QStringList described;
        for (int i = 0; i < canvas->childCount(); ++i) {
            const QString text = canvas->child(i)->text(QAccessible::Description);
            if (text.endsWith(QLatin1String("(not covered by the tests)")))
                described.append(canvas->child(i)->text(QAccessible::Name));
        }
        QCOMPARE(described, QStringList({QStringLiteral("large answer")}));
        window.canvas()->zoomToFit();
        saveShot(&window, "coverage-window.png");

        QVERIFY(window.showDialogNamed(QStringLiteral("Orders")));
        QCOMPARE(markedNodes(scene), QSet<QString>({orderStart, orderReply}));
        QCOMPARE(markedEdges(scene),
                 (QSet<std::pair<QString, int>>{{orderStart, 0}, {orderReply, 0}}));
    }

    void theToggleHidesAndShowsTheMarks()
    {
        MainWindow window(options());
        QVERIFY(openAndRun(window));
        QVERIFY(window.showDialogNamed(QStringLiteral("Main")));
        CanvasScene *scene = window.canvas()->canvasScene();
        const QString large = idOf(window.document()->bot(), QStringLiteral("large answer"));
        QCOMPARE(markedNodes(scene), QSet<QString>({large}));

        QAction *toggle = window.action(QStringLiteral("showCoverage"));
        QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+C")));
        toggle->trigger();
        QVERIFY(!toggle->isChecked());
        QVERIFY(markedNodes(scene).isEmpty());
        QVERIFY(markedEdges(scene).isEmpty());

        toggle->trigger();
        QVERIFY(toggle->isChecked());
        QCOMPARE(markedNodes(scene), QSet<QString>({large}));
        QCOMPARE(markedEdges(scene).size(), 2);

        // Off, then a new run: on again by itself.
        toggle->trigger();
        QSignalSpy finished(window.testsPanel(), &ui::TestsPanel::runFinished);
        window.action(QStringLiteral("runTests"))->trigger();
        QVERIFY(finished.wait(15000));
        QVERIFY(toggle->isChecked());
        QCOMPARE(markedNodes(scene), QSet<QString>({large}));
    }

    void editsRecomputeTheMarks()
    {
        MainWindow window(options());
        QVERIFY(openAndRun(window));
        QVERIFY(window.showDialogNamed(QStringLiteral("Main")));
        CanvasScene *scene = window.canvas()->canvasScene();
        document::BotDocument *document = window.document();
        const QString ask = idOf(document->bot(), QStringLiteral("ask size"));
        const QString small = idOf(document->bot(), QStringLiteral("small answer"));
        const QString large = idOf(document->bot(), QStringLiteral("large answer"));

        // The rules swapped: each keeps its result (found by content, not by place).
        QList<Rule> rules = document->interaction(ask)->rules;
        std::swap(rules[0], rules[1]);
        QVERIFY(document->execute(
                std::make_unique<document::SetRulesCommand>(*document, ask, rules)));
        window.coverage()->refresh();
        QCOMPARE(markedEdges(scene), (QSet<std::pair<QString, int>>{{ask, 0}, {large, 0}}));

        // A changed rule was not tested as it is now.
        rules[1].patterns = {QStringLiteral("small"), QStringLiteral("tiny")};
        QVERIFY(document->execute(
                std::make_unique<document::SetRulesCommand>(*document, ask, rules)));
        QTRY_COMPARE_WITH_TIMEOUT(markedEdges(scene),
                                  (QSet<std::pair<QString, int>>{{ask, 0}, {ask, 1}, {large, 0}}),
                                  3000);
        QCOMPARE(markedNodes(scene), QSet<QString>({large}));

        // A new interaction is not covered; undo takes it away again.
        Interaction extra = text(QStringLiteral("extra"), QStringLiteral("More?"));
        QVERIFY(document->execute(std::make_unique<document::AddInteractionCommand>(
                *document, document->dialogIdOf(small), extra, 4)));
        window.coverage()->refresh();
        QCOMPARE(markedNodes(scene), QSet<QString>({large, extra.id}));
        document->undoStack()->undo();
        document->undoStack()->undo();
        window.coverage()->refresh();
        QCOMPARE(markedNodes(scene), QSet<QString>({large}));
        QCOMPARE(markedEdges(scene), (QSet<std::pair<QString, int>>{{ask, 0}, {large, 0}}));
    }

    void theExplorerShowsEachDialogsPercentage()
    {
        MainWindow window(options());
        QVERIFY(openAndRun(window));
        const auto *model = static_cast<const ExplorerModel *>(window.explorer()->model());
        const Bot &bot = window.document()->bot();
        const QModelIndex main = model->indexOfDialog(bot.dialogs.at(0).id);
        const QModelIndex orders = model->indexOfDialog(bot.dialogs.at(1).id);
        QCOMPARE(main.data().toString(), QStringLiteral("Main \u2014 70 %"));
        QCOMPARE(orders.data().toString(), QStringLiteral("Orders \u2014 0 %"));
        // The tree draws the figure apart from the name (ExplorerDelegate).
        QCOMPARE(main.data(ExplorerModel::CoverageRole).toString(), QStringLiteral("70 %"));
        QVERIFY(qobject_cast<ui::ExplorerDelegate *>(window.explorer()->itemDelegate()));
        QVERIFY(main.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Coverage: 7 of 10 items reached")));
        QVERIFY(orders.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Coverage: 0 of 5 items reached")));
        // Renaming edits the name alone.
        QCOMPARE(main.data(Qt::EditRole).toString(), QStringLiteral("Main"));

        window.action(QStringLiteral("showCoverage"))->trigger();
        QCOMPARE(main.data().toString(), QStringLiteral("Main"));
        QVERIFY(main.data(ExplorerModel::CoverageRole).toString().isEmpty());
        QVERIFY(!main.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Coverage")));
        window.action(QStringLiteral("showCoverage"))->trigger();
        QCOMPARE(main.data().toString(), QStringLiteral("Main \u2014 70 %"));
    }

    void percentagesRoundWithoutClaimingAllOrNothing()
    {
        QCOMPARE(ExplorerModel::percentText({2, 3}), QStringLiteral("67 %"));
        QCOMPARE(ExplorerModel::percentText({999, 1000}), QStringLiteral("99 %"));
        QCOMPARE(ExplorerModel::percentText({1, 1000}), QStringLiteral("1 %"));
        QCOMPARE(ExplorerModel::percentText({0, 4}), QStringLiteral("0 %"));
        QCOMPARE(ExplorerModel::percentText({4, 4}), QStringLiteral("100 %"));
    }

    void thePanelListsWhatIsNotCoveredAndEnterJumpsToIt()
    {
        MainWindow window(options());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::TestsPanel *panel = window.testsPanel();
        QVERIFY(!panel->uncoveredList()->isVisibleTo(panel));
        QVERIFY(openAndRun(window));

        QTreeWidget *list = panel->uncoveredList();
        QVERIFY(list->isVisibleTo(panel));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            rows.append(item->text(0) + u'|' + item->text(1) + u'|' + item->text(2));
        }
        QCOMPARE(rows, QStringList({QStringLiteral("Main|Rule|ask size \u203a large"),
                                    QStringLiteral("Main|Interaction|large answer"),
                                    QStringLiteral("Main|Rule|large answer \u203a next action"),
                                    QStringLiteral("Orders|Interaction|order start"),
                                    QStringLiteral("Orders|Dialog starter|order start"),
                                    QStringLiteral("Orders|Rule|order start \u203a next action"),
                                    QStringLiteral("Orders|Interaction|order reply"),
                                    QStringLiteral("Orders|Rule|order reply \u203a next action")}));
        QCOMPARE(panel->coverageLabel()->text(),
                 QStringLiteral("Coverage: 7 of 15 items reached; not covered:"));
        saveShot(&window, "coverage-panel-window.png");

        const Bot &bot = window.document()->bot();
        const QString ask = idOf(bot, QStringLiteral("ask size"));
        const QString large = idOf(bot, QStringLiteral("large answer"));
        const QString orderReply = idOf(bot, QStringLiteral("order reply"));
        QVERIFY(window.showDialogNamed(QStringLiteral("Orders")));

        // Enter on an interaction: its dialog on the canvas, the node selected, the inspector.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(1));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.canvas()->dialogId(), bot.dialogs.at(0).id);
        QCOMPARE(window.canvas()->selectedInteractions(), QStringList({large}));
        QCOMPARE(window.inspector()->interactionId(), large);

        // Enter on a rule: its interaction selected, the inspector at the rule.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.canvas()->selectedInteractions(), QStringList({ask}));
        QCOMPARE(window.inspector()->interactionId(), ask);

        // And into the other dialog.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(6));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.canvas()->dialogId(), bot.dialogs.at(1).id);
        QCOMPARE(window.canvas()->selectedInteractions(), QStringList({orderReply}));

        // An edit that reaches nothing new is listed at once: a new interaction.
        Interaction extra = text(QStringLiteral("extra"), QStringLiteral("More?"));
        QVERIFY(window.document()->execute(std::make_unique<document::AddInteractionCommand>(
                *window.document(), bot.dialogs.at(1).id, extra)));
        window.coverage()->refresh();
        QCOMPARE(list->topLevelItemCount(), 10);
        QCOMPARE(panel->coverageLabel()->text(),
                 QStringLiteral("Coverage: 7 of 17 items reached; not covered:"));
    }

    // The sample bot with a suite that leaves the agent hand-off and the fallback unreached: the
    // pictures in the README (saved when DIALOGSMITH_SCREENSHOTS names a folder).
    void theSampleBotWithASmallSuite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sample = QStringLiteral(DIALOGSMITH_SOURCE_DIR)
                               + QStringLiteral("/resources/samples/routing-bot.json");
        const QString project = dir.filePath(QStringLiteral("routing-bot.json"));
        QVERIFY(QFile::copy(sample, project));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("routing-bot.tests"))));
        for (const char *name : {"greeting", "billing"}) {
            QVERIFY(QFile::copy(
                    QStringLiteral(DIALOGSMITH_SOURCE_DIR
                                   "/tests/data/transcripts/routing-bot.%1.txt")
                            .arg(QLatin1String(name)),
                    dir.filePath(
                            QStringLiteral("routing-bot.tests/%1.txt").arg(QLatin1String(name)))));
        }
        // One transcript that fails, as a suite often has one.
        QVERIFY(write(dir.filePath(QStringLiteral("routing-bot.tests/welcome.txt")),
                      QStringLiteral("user: hello\nbot: Hello! How can I help?\n")));
        // The English plural forms, as the studio shows them ("Failed (1 check)").
        const QList<QTranslator *> translators
                = resources::installTranslations(QLocale(QLocale::English));
        const auto removeTranslators = qScopeGuard([&] {
            for (QTranslator *t : translators) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        QVERIFY(!translators.isEmpty());
        MainWindow window(options());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(project));
        QSignalSpy finished(window.testsPanel(), &ui::TestsPanel::runFinished);
        window.action(QStringLiteral("runTests"))->trigger();
        QVERIFY(finished.wait(15000));
        QCOMPARE(window.coverage()->report().total.covered, 11);
        QCOMPARE(window.coverage()->report().total.total, 22);

        QVERIFY(window.showDialogNamed(QStringLiteral("Agent Handoff")));
        window.resizeDocks({dock(window, "projectDock"), dock(window, "testsDock")}, {230, 250},
                           Qt::Horizontal);
        window.resizeDocks({dock(window, "testsDock")}, {250}, Qt::Vertical);
        CanvasScene *scene = window.canvas()->canvasScene();
        QCOMPARE(markedNodes(scene).size(), 2);
        window.canvas()->zoomToFit();
        QTest::qWait(50);
        saveShot(&window, "coverage-canvas.png");
        QCOMPARE(window.testsPanel()->uncoveredList()->topLevelItemCount(), 11);
        saveShot(dock(window, "testsDock"), "tests-panel.png");
    }

    void anotherBotClearsTheCoverage()
    {
        MainWindow window(options());
        QVERIFY(openAndRun(window));
        QVERIFY(window.newProject(false));
        QVERIFY(!window.coverage()->hasRun());
        QVERIFY(!window.action(QStringLiteral("showCoverage"))->isEnabled());
    }
};

QTEST_MAIN(tst_StudioCoverage)
#include "tst_studiocoverage.moc"
