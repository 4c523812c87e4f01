// The Tests panel driven through its widgets, offscreen: it lists the transcripts of
// `<name>.tests/`, runs them in the background (the window keeps handling events), shows pass or
// fail with the first difference, cancels, and asks to replay a transcript on Enter.

#include "botdocument.h"
#include "runtimetesting.h"
#include "testspanel.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace dialogsmith;
using namespace dialogsmith::runtime::testing;
using dialogsmith::ui::TestsPanel;

namespace {

/// "hi" gets "Hello!"; "slow" takes a while in a script, then says "Done."; "never" reaches
/// nothing.
Bot shopBot()
{
    Interaction slow = text(QStringLiteral("slow step"), QStringLiteral("Done."), Action::end());
    slow.preProcess = QStringLiteral("var until = Date.now() + 150; while (Date.now() < until) {}");
    return bot({dialog(QStringLiteral("Greeting"),
                       {starter(QStringLiteral("greet"), {QStringLiteral("hi")}),
                        text(QStringLiteral("hello"), QStringLiteral("Hello!"), Action::end())}),
                dialog(QStringLiteral("Slow"),
                       {starter(QStringLiteral("slow start"), {QStringLiteral("slow")}), slow}),
                dialog(QStringLiteral("Never"),
                       {starter(QStringLiteral("never start"), {QStringLiteral("never")}),
                        text(QStringLiteral("unreached"), QStringLiteral("No."), Action::end())})});
}

bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}

QTreeWidgetItem *itemNamed(QTreeWidget *list, const QString &name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

class tst_TestsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_tests;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("shop.json"));
        m_tests = m_dir.filePath(QStringLiteral("shop.tests"));
        QVERIFY(QDir().mkpath(m_tests));
        QVERIFY(write(m_tests + QStringLiteral("/greeting.txt"),
                      QStringLiteral("user: hi\nbot: Hello!\n")));
        QVERIFY(write(m_tests + QStringLiteral("/wrong.txt"),
                      QStringLiteral("# expects the wrong text\nuser: hi\nbot: Goodbye!\n")));
        QVERIFY(write(m_tests + QStringLiteral("/notes.md"), QStringLiteral("not a test\n")));
    }

    void anUnsavedBotHasNoTests()
    {
        document::BotDocument document;
        document.load(shopBot());
        TestsPanel panel(&document);
        QVERIFY(panel.folder().isEmpty());
        QVERIFY(panel.files().isEmpty());
        QVERIFY(!panel.runAllAction()->isEnabled());
        QCOMPARE(panel.summary(), QStringLiteral("No tests"));
    }

    void listsTheTranscriptsBesideTheProject()
    {
        document::BotDocument document;
        document.load(shopBot(), m_project);
        TestsPanel panel(&document);
        QCOMPARE(QDir(panel.folder()).canonicalPath(), QDir(m_tests).canonicalPath());
        QCOMPARE(panel.list()->topLevelItemCount(), 2);
        QVERIFY(itemNamed(panel.list(), QStringLiteral("greeting.txt")));
        QVERIFY(itemNamed(panel.list(), QStringLiteral("wrong.txt")));
        QCOMPARE(itemNamed(panel.list(), QStringLiteral("greeting.txt"))->text(1),
                 QStringLiteral("Not run"));
        QVERIFY(panel.runAllAction()->isEnabled());
        QVERIFY(!panel.cancelAction()->isEnabled());
    }

    void runAllShowsPassAndFailWithTheFirstDifference()
    {
        document::BotDocument document;
        document.load(shopBot(), m_project);
        TestsPanel panel(&document);
        panel.show();
        QVERIFY(!panel.progress()->isVisibleTo(&panel));
        QSignalSpy finished(&panel, &TestsPanel::runFinished);
        panel.runAllAction()->trigger();
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.runAllAction()->isEnabled());
        QVERIFY(panel.progress()->isVisibleTo(&panel));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QVERIFY(!panel.isRunning());
        QVERIFY(!panel.progress()->isVisibleTo(&panel));

        const QString greeting = m_tests + QStringLiteral("/greeting.txt");
        const QString wrong = m_tests + QStringLiteral("/wrong.txt");
        QCOMPARE(panel.status(QDir::cleanPath(greeting)), TestsPanel::Status::Passed);
        QCOMPARE(panel.status(QDir::cleanPath(wrong)), TestsPanel::Status::Failed);
        QVERIFY(panel.firstDifference(QDir::cleanPath(greeting)).isEmpty());
        QCOMPARE(panel.firstDifference(QDir::cleanPath(wrong)),
                 QStringLiteral("line 3: expected \u201CGoodbye!\u201D, got \u201CHello!\u201D"));
        QTreeWidgetItem *failed = itemNamed(panel.list(), QStringLiteral("wrong.txt"));
        QVERIFY(failed->text(1).startsWith(QStringLiteral("Failed (1 check")));
        QCOMPARE(failed->text(2), panel.firstDifference(QDir::cleanPath(wrong)));
        QCOMPARE(itemNamed(panel.list(), QStringLiteral("greeting.txt"))->text(1),
                 QStringLiteral("Passed"));
        QCOMPARE(panel.summary(), QStringLiteral("1 passed, 1 failed"));

        // What the run reached: the greeting, not the other dialogs.
        const Bot &b = document.bot();
        QVERIFY(panel.coverage().interactions.contains(b.dialogs.at(0).interactions.at(1).id));
        QVERIFY(!panel.coverage().interactions.contains(b.dialogs.at(2).interactions.at(1).id));
    }

    void enterOnAFailingTranscriptAsksToReplayIt()
    {
        document::BotDocument document;
        document.load(shopBot(), m_project);
        TestsPanel panel(&document);
        panel.show();
        QSignalSpy open(&panel, &TestsPanel::openRequested);
        QTreeWidgetItem *wrong = itemNamed(panel.list(), QStringLiteral("wrong.txt"));
        panel.list()->setCurrentItem(wrong);
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(QFileInfo(open.at(0).at(0).toString()).fileName(), QStringLiteral("wrong.txt"));
    }

    void runSelectedRunsOnlyThose()
    {
        document::BotDocument document;
        document.load(shopBot(), m_project);
        TestsPanel panel(&document);
        QSignalSpy finished(&panel, &TestsPanel::runFinished);
        itemNamed(panel.list(), QStringLiteral("greeting.txt"))->setSelected(true);
        QVERIFY(panel.runSelectedAction()->isEnabled());
        panel.runSelectedAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(itemNamed(panel.list(), QStringLiteral("greeting.txt"))->text(1),
                 QStringLiteral("Passed"));
        QCOMPARE(itemNamed(panel.list(), QStringLiteral("wrong.txt"))->text(1),
                 QStringLiteral("Not run"));
        QCOMPARE(panel.summary(), QStringLiteral("1 passed, 0 failed, 1 not run"));
    }

    // x-dialogsmith.testFolders: more folders, relative to the project, listed after the
    // default one and run with it.
    void listsAndRunsTheFoldersTheProjectNames()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("app/shop.json"));
        for (const char *folder : {"app/shop.tests", "app/smoke", "shared"})
            QVERIFY(QDir().mkpath(dir.filePath(QLatin1String(folder))));
        QVERIFY(write(dir.filePath(QStringLiteral("app/shop.tests/a.txt")),
                      QStringLiteral("user: hi\nbot: Hello!\n")));
        QVERIFY(write(dir.filePath(QStringLiteral("app/smoke/b.txt")),
                      QStringLiteral("user: hi\nbot: Hello!\n")));
        QVERIFY(write(dir.filePath(QStringLiteral("shared/c.transcript")),
                      QStringLiteral("user: hi\nbot: Bye!\n")));
        QVERIFY(write(dir.filePath(QStringLiteral("shared/readme.md")), QStringLiteral("no\n")));
        Bot b = shopBot();
        b.extensionRaw = document::Json::object();
        b.extensionRaw.set(
                QStringLiteral("testFolders"),
                document::Json(QStringList{QStringLiteral("smoke"), QStringLiteral("../shared"),
                                           QStringLiteral("smoke/"), QStringLiteral("missing")}));
        document::BotDocument document;
        document.load(b, project);
        TestsPanel panel(&document);
        QCOMPARE(panel.folders(), QStringList({dir.filePath(QStringLiteral("app/shop.tests")),
                                               dir.filePath(QStringLiteral("app/smoke")),
                                               dir.filePath(QStringLiteral("shared")),
                                               dir.filePath(QStringLiteral("app/missing"))}));
        QStringList names;
        for (int i = 0; i < panel.list()->topLevelItemCount(); ++i)
            names.append(panel.list()->topLevelItem(i)->text(0));
        QCOMPARE(names, QStringList({QStringLiteral("a.txt"), QStringLiteral("smoke/b.txt"),
                                     QStringLiteral("../shared/c.transcript")}));

        QSignalSpy finished(&panel, &TestsPanel::runFinished);
        panel.runAllAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QCOMPARE(itemNamed(panel.list(), QStringLiteral("../shared/c.transcript"))->text(2),
                 QStringLiteral("line 2: expected \u201CBye!\u201D, got \u201CHello!\u201D"));

        // Another bot without the member lists the default folder only.
        document.load(shopBot(), project);
        QCOMPARE(panel.files(),
                 QStringList({dir.filePath(QStringLiteral("app/shop.tests/a.txt"))}));
    }

    // Slow transcripts on worker threads: the window handles events meanwhile, and a cancelled
    // run starts no further transcript.
    void cancelStopsARunThatKeepsTheWindowResponsive()
    {
        QTemporaryDir dir;
        const QString tests = dir.filePath(QStringLiteral("slow.tests"));
        QVERIFY(QDir().mkpath(tests));
        for (int i = 0; i < 12; ++i)
            QVERIFY(write(tests + QStringLiteral("/slow%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                          QStringLiteral("user: slow\nbot: Done.\nuser: slow\nbot: Done.\n")));
        document::BotDocument document;
        document.load(shopBot(), dir.filePath(QStringLiteral("slow.json")));
        TestsPanel panel(&document);
        QCOMPARE(panel.files().size(), 12);

        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start();
        QSignalSpy finished(&panel, &TestsPanel::runFinished);
        panel.runAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(panel.progress()->value() >= 1, 10000);
        QVERIFY(ticks > 0); // the event loop ran while transcripts did
        QVERIFY(panel.cancelAction()->isEnabled());
        panel.cancelAction()->trigger();
        QVERIFY(!panel.cancelAction()->isEnabled());
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QVERIFY(!panel.isRunning());
        int passed = 0;
        int cancelled = 0;
        for (const QString &file : panel.files()) {
            passed += panel.status(file) == TestsPanel::Status::Passed ? 1 : 0;
            cancelled += panel.status(file) == TestsPanel::Status::Cancelled ? 1 : 0;
        }
        QVERIFY(passed >= 1);
        QVERIFY2(cancelled >= 4, qPrintable(QString::number(cancelled)));
        QCOMPARE(passed + cancelled, 12);
        QVERIFY(panel.summary().contains(QStringLiteral("not run")));
        QVERIFY(panel.runAllAction()->isEnabled());
    }

    void closingThePanelDuringARunWaitsForItsWorkers()
    {
        QTemporaryDir dir;
        const QString tests = dir.filePath(QStringLiteral("slow.tests"));
        QVERIFY(QDir().mkpath(tests));
        for (int i = 0; i < 6; ++i)
            QVERIFY(write(tests + QStringLiteral("/slow%1.txt").arg(i),
                          QStringLiteral("user: slow\nbot: Done.\n")));
        document::BotDocument document;
        document.load(shopBot(), dir.filePath(QStringLiteral("slow.json")));
        auto *panel = new TestsPanel(&document);
        panel->runAll();
        QVERIFY(panel->isRunning());
        QElapsedTimer timer;
        timer.start();
        delete panel; // no crash, no result delivered to a deleted panel
        QVERIFY(timer.elapsed() < 5000);
        QTest::qWait(50);
    }
};

} // namespace

QTEST_MAIN(tst_TestsPanel)
#include "tst_testspanel.moc"
