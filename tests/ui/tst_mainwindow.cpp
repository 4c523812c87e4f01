#include "botdocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using dialogsmith::ui::MainWindow;

namespace {

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

QStringList childTexts(const QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i)
        out.append(item->child(i)->text(0));
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSampleBotInTheTree();
    void badFileKeepsTheCurrentProject();
};

void TestMainWindow::showsTheSampleBotInTheTree()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    QTreeWidget *tree = window.explorer();
    QCOMPARE(tree->topLevelItemCount(), 3);
    const QTreeWidgetItem *dialogs = tree->topLevelItem(0);
    QCOMPARE(childTexts(dialogs), (QStringList{"Welcome", "Agent Handoff", "Billing", "Fallback"}));
    QCOMPARE(childTexts(dialogs->child(1)), (QStringList{"agent starter", "transfer to agent"}));
    QCOMPARE(dialogs->child(1)->child(1)->text(1), QStringLiteral("Integration"));
    QCOMPARE(childTexts(tree->topLevelItem(1)), QStringList{"Escalation"});
    QCOMPARE(childTexts(tree->topLevelItem(2)), (QStringList{"US", "EU", "APAC", "Local"}));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("routing-bot.json")));
}

void TestMainWindow::badFileKeepsTheCurrentProject()
{
    MainWindow window;
    QVERIFY(window.openFile(routingBot()));
    QTemporaryDir tmp;
    const QString bad = tmp.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"bot\": {\"name\": 1}}");
    f.close();

    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openFile(bad));
    QVERIFY2(shown.contains(QStringLiteral("bot.name: expected a string, found a number")),
             qPrintable(shown));
    QCOMPARE(window.document()->filePath(), routingBot());
    QCOMPARE(window.document()->bot().name, QStringLiteral("Routing Bot"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
