// End to end on the real main window: what a bot designer does in a session, driven through the
// widgets (menus, explorer, canvas palette, inspector forms, code editor) like a user.

#include "botdocument.h"
#include "canvasscene.h"
#include "codeeditor.h"
#include "codepage.h"
#include "dialogcanvas.h"
#include "edgeitem.h"
#include "formwidgets.h"
#include "inspector.h"
#include "interactionform.h"
#include "mainwindow.h"
#include "nodeitem.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace dialogsmith::document;
using namespace dialogsmith::ui;

namespace {

const QString seedPattern = QStringLiteral("*(agent|representative|help|human)*");

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

const Dialog *dialogNamed(const Bot &bot, const QString &name)
{
    for (const Dialog &d : bot.dialogs) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

/// Undo then redo the last step, checking the document goes back and forth.
void undoRedo(MainWindow &window, const std::function<bool()> &done)
{
    QVERIFY(done());
    window.action(QStringLiteral("undo"))->trigger();
    QVERIFY(!done());
    window.action(QStringLiteral("redo"))->trigger();
    QVERIFY(done());
}

void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

} // namespace

class TestStudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void designerBuildsAHandoffDialog();
    void canvasShowsAgentHandoffWithItsEdges();

private:
    QTemporaryDir m_tmp;
    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
        return o;
    }
};

void TestStudio::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_studio"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_tmp.filePath(QStringLiteral("settings")));
}

void TestStudio::designerBuildsAHandoffDialog()
{
    const QString saved = m_tmp.filePath(QStringLiteral("handoff.json"));
    {
        MainWindow window(options());
        window.setGeometry(window.screen()->availableGeometry());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(routingBot()));
        BotDocument *doc = window.document();

        // 1. A new dialog, named in place in the project tree.
        window.action(QStringLiteral("addDialog"))->trigger();
        QLineEdit *rename = window.explorer()->findChild<QLineEdit *>();
        QVERIFY(rename);
        rename->selectAll();
        QTest::keyClicks(rename, QStringLiteral("Escalate"));
        QTest::keyClick(rename, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialogNamed(doc->bot(), QStringLiteral("Escalate")), 2000);
        undoRedo(window, [&] { return dialogNamed(doc->bot(), QStringLiteral("Escalate")); });
        const QString dialogId = dialogNamed(doc->bot(), QStringLiteral("Escalate"))->id;
        QCOMPARE(window.canvas()->dialogId(), dialogId);

        // 2. Its starter gets the seed pattern in the inspector.
        const QString starterId = doc->dialog(dialogId)->interactions.first().id;
        window.canvas()->selectInteractions({starterId});
        QTRY_COMPARE_WITH_TIMEOUT(window.inspector()->interactionId(), starterId, 2000);
        auto *patterns = qobject_cast<RowListEditor *>(
                window.inspector()->interactionForm()->field(QStringLiteral("patterns")));
        QVERIFY(patterns);
        QTest::mouseClick(patterns->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(patterns->rowCount(), 1, 2000);
        QLineEdit *cell = patterns->lineEdit(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(cell->hasFocus(), 2000);
        QTest::keyClicks(cell, seedPattern);
        QTest::keyClick(cell, Qt::Key_Tab);
        QTRY_COMPARE_WITH_TIMEOUT(doc->interaction(starterId)->patterns, QStringList{seedPattern},
                                  2000);
        undoRedo(window,
                 [&] { return doc->interaction(starterId)->patterns == QStringList{seedPattern}; });

        // 3. An integration interaction from the canvas palette, calling "Escalation".
        QAbstractButton *integrationTool
                = window.canvas()->paletteButton(InteractionType::ApiIntegration);
        QVERIFY(integrationTool);
        window.canvas()->selectInteractions({starterId});
        QTest::mouseClick(integrationTool, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(doc->dialog(dialogId)->interactions.size(), 2, 2000);
        const QString callId = doc->dialog(dialogId)->interactions.at(1).id;
        QCOMPARE(doc->interaction(callId)->type, InteractionType::ApiIntegration);
        window.canvas()->selectInteractions({callId});
        QTRY_COMPARE_WITH_TIMEOUT(window.inspector()->interactionId(), callId, 2000);
        auto *combo = qobject_cast<QComboBox *>(
                window.inspector()->interactionForm()->field(QStringLiteral("integration")));
        QVERIFY(combo);
        const int escalation = combo->findText(QStringLiteral("Escalation"));
        QVERIFY(escalation >= 0);
        combo->setFocus();
        combo->setCurrentIndex(escalation);
        emit combo->activated(escalation);
        QTRY_COMPARE_WITH_TIMEOUT(doc->interaction(callId)->integrationName,
                                  QStringLiteral("Escalation"), 2000);
        undoRedo(window, [&] {
            return doc->interaction(callId)->integrationId == doc->bot().integrations.first().id;
        });
        saveShot(&window, "studio-integration.png");

        // 4. Pre-process code typed in the Code tab: one undo step.
        QTabWidget *tabs = window.inspector()->tabs();
        tabs->setCurrentIndex(1);
        CodeEditor *pre = window.inspector()->codePage()->editor(CodeSlot::PreProcess);
        QVERIFY(pre);
        pre->setFocus();
        QTest::keyClicks(pre, QStringLiteral("botContext.sendMessage('Connecting you now.');"));
        QTRY_COMPARE_WITH_TIMEOUT(doc->interaction(callId)->preProcess,
                                  QStringLiteral("botContext.sendMessage('Connecting you now.');"),
                                  3000);
        saveShot(&window, "studio-code.png");
        undoRedo(window, [&] {
            return doc->interaction(callId)->preProcess.startsWith(QStringLiteral("botContext"));
        });

        QVERIFY(window.saveFile(saved));
        QVERIFY(!window.isWindowModified());
    }

    // 5. Reopened, everything is there.
    MainWindow again(options());
    QVERIFY(again.openFile(saved));
    const Dialog *d = dialogNamed(again.document()->bot(), QStringLiteral("Escalate"));
    QVERIFY(d);
    QCOMPARE(d->interactions.size(), 2);
    QCOMPARE(d->interactions.at(0).type, InteractionType::DialogStarter);
    QCOMPARE(d->interactions.at(0).patterns, QStringList{seedPattern});
    QCOMPARE(d->interactions.at(1).type, InteractionType::ApiIntegration);
    QCOMPARE(d->interactions.at(1).integrationName, QStringLiteral("Escalation"));
    QCOMPARE(d->interactions.at(1).preProcess,
             QStringLiteral("botContext.sendMessage('Connecting you now.');"));
    QVERIFY(again.showDialogNamed(QStringLiteral("Escalate")));
    QVERIFY(again.canvas()->canvasScene()->node(d->interactions.at(1).id));
}

void TestStudio::canvasShowsAgentHandoffWithItsEdges()
{
    MainWindow window(options());
    window.setGeometry(window.screen()->availableGeometry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    QVERIFY(window.showDialogNamed(QStringLiteral("Agent Handoff")));
    const Dialog &handoff = window.document()->bot().dialogs.at(1);
    CanvasScene *scene = window.canvas()->canvasScene();
    QCOMPARE(scene->dialogId(), handoff.id);
    QCOMPARE(scene->order().size(), handoff.interactions.size());
    for (const Interaction &i : handoff.interactions) {
        QVERIFY2(scene->node(i.id), qPrintable(i.name));
        QVERIFY(scene->node(i.id)->isVisible());
    }
    // starter --next--> transfer; transfer --end.
    const QList<EdgeItem *> fromStarter = scene->edgesFrom(handoff.interactions.at(0).id);
    QCOMPARE(fromStarter.size(), 1);
    QCOMPARE(fromStarter.first()->link().kind, CanvasLink::Kind::Node);
    QCOMPARE(fromStarter.first()->link().target, handoff.interactions.at(1).id);
    const QList<EdgeItem *> fromTransfer = scene->edgesFrom(handoff.interactions.at(1).id);
    QCOMPARE(fromTransfer.size(), 1);
    QCOMPARE(fromTransfer.first()->link().kind, CanvasLink::Kind::End);
    saveShot(&window, "studio-agent-handoff.png");
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
