// The studio as the application starts it: the shell linked into the program, the engine (the
// preview, tests, integrations, local cloud and code editors) loaded from its module once the
// first window has been painted, or at once when something asks for it; a missing module is
// reported, and the rest of the studio keeps working. Once loaded the module stays, so ctest
// runs these functions in two processes (tests/e2e/CMakeLists.txt).

#include "botdocument.h"
#include "codepagebase.h"
#include "inspector.h"
#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using dialogsmith::ui::MainWindow;

namespace {

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

/// Whether a row of `model` shows `text` in any of its roles.
bool shows(const QAbstractItemModel &model, const QString &text)
{
    const QList<int> roles = model.roleNames().keys();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const int role : roles) {
            if (model.index(row, 0).data(role).toString().contains(text))
                return true;
        }
    }
    return false;
}

} // namespace

class tst_EngineModule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.recoveryDirectory = m_dir.filePath(QStringLiteral("recovery"));
        o.accountFile = m_dir.filePath(QStringLiteral("account.json"));
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("DIALOGSMITH_KEYCHAIN", "off");
    }

    void loadsOnceTheWindowIsPainted()
    {
        MainWindow::useEngineModule(QStringLiteral(DIALOGSMITH_ENGINE_MODULE));
        MainWindow window(options());
        QSignalSpy loaded(&window, &MainWindow::engineLoaded);
        QVERIFY(window.openFile(routingBot()));
        // Making the window and opening a bot do not need the engine...
        QVERIFY(!window.isEngineLoaded());
        window.show();
        // ...the first paint brings it, without anyone asking.
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.isEngineLoaded());
        QVERIFY(window.engineError().isEmpty());

        // The module's preview answers through the window's own action and chat.
        window.action(QStringLiteral("showPreview"))->trigger();
        auto *input = window.findChild<QLineEdit *>(QStringLiteral("previewInput"));
        QVERIFY(input);
        QTest::keyClicks(input, QStringLiteral("hi"));
        QTest::keyClick(input, Qt::Key_Return);
        const QAbstractItemModel *chat = window.findChild<QAbstractItemModel *>(
                QStringLiteral("previewChat"), Qt::FindChildrenRecursively);
        QVERIFY(chat);
        QTRY_VERIFY_WITH_TIMEOUT(shows(*chat, QStringLiteral("I am the routing bot")), 10000);
    }

    void laterWindowsGetItAsTheyAreMade()
    {
        MainWindow::useEngineModule(QStringLiteral(DIALOGSMITH_ENGINE_MODULE));
        MainWindow window(options());
        QVERIFY(window.isEngineLoaded());
        // The module's code editors on the inspector's Code tab.
        QVERIFY(window.openFile(routingBot()));
        QVERIFY(window.showInteractionNamed(QStringLiteral("agent starter")));
        window.inspector()->tabs()->setCurrentIndex(1);
        QVERIFY(window.inspector()->codePage());
        QWidget *editor = window.inspector()->codePage()->firstEditor();
        QVERIFY(editor);
        QVERIFY(editor->inherits("QsciScintilla"));
    }

    void loadsAtOnceWhenAskedFor()
    {
        MainWindow::useEngineModule(QStringLiteral(DIALOGSMITH_ENGINE_MODULE));
        MainWindow window(options());
        QVERIFY(!window.isEngineLoaded());
        // A command-line script or a shortcut before the first paint loads it there and then.
        QVERIFY2(window.previewController(), qPrintable(window.engineError()));
        QVERIFY(window.isEngineLoaded());
    }

    void aMissingModuleIsReportedAndEditingGoesOn()
    {
        MainWindow::useEngineModule(
                m_dir.filePath(QStringLiteral("nowhere/dialogsmith-engine.so")));
        MainWindow window(options());
        QSignalSpy loaded(&window, &MainWindow::engineLoaded);
        QVERIFY(!window.engine());
        QCOMPARE(loaded.count(), 0);
        QVERIFY2(window.engineError().contains(QStringLiteral("dialogsmith-engine.so")),
                 qPrintable(window.engineError()));
        // Asked again, it does not try again, and the preview's parts are simply absent.
        QVERIFY(!window.previewController());
        QVERIFY(!window.previewPanel());
        window.action(QStringLiteral("previewRestart"))->trigger();
        // The Code tab says why it is empty.
        QVERIFY(window.openFile(routingBot()));
        QVERIFY(window.showInteractionNamed(QStringLiteral("agent starter")));
        window.inspector()->tabs()->setCurrentIndex(1);
        QVERIFY(!window.inspector()->codePage());
        QVERIFY(window.inspector()->findChild<QLabel *>(QStringLiteral("codeUnavailable")));

        // Opening, editing and undoing need no engine.
        QVERIFY(!window.document()->isModified());
        window.action(QStringLiteral("addDialog"))->trigger();
        QVERIFY(window.document()->isModified());
        window.document()->undoStack()->undo();
        QVERIFY(!window.document()->isModified());
    }
};

QTEST_MAIN(tst_EngineModule)
#include "tst_enginemodule.moc"
