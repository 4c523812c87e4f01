// End to end: the Agent Desk dock as an agent console of the studio's embedded cloud. The tester
// signs in as the human agent ana, goes online; the preview chat (messaging channel) transfers
// to the human skill; the transfer reaches the cloud as a real conversation, so the dock rings;
// Accept shows the conversation so far with the bot's part; ana's reply appears in the preview;
// a transfer to billing rings ben (an AgentClient over a real socket), who sends it back; the
// dock rings again and closes it. A refused password says so in one sentence and changes
// nothing. Real widgets offscreen, a real cloud on 127.0.0.1.

#include "accountfile.h"
#include "agentclient.h"
#include "agentdeskpanel.h"
#include "botdocument.h"
#include "chatmodel.h"
#include "clouddeskpanel.h"
#include "cloudtesting.h"
#include "embeddedcloud.h"
#include "mainwindow.h"
#include "previewcontroller.h"
#include "previewpanel.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace dialogsmith;
using namespace dialogsmith::cloud::testing;
using dialogsmith::runtime::Channel;
using dialogsmith::ui::ChatEntry;
using dialogsmith::ui::ChatModel;
using dialogsmith::ui::CloudDeskPanel;
using dialogsmith::ui::MainWindow;

namespace {

const QString kGreeting = QStringLiteral(
        "Hi, I am the routing bot. Say \"agent\" to talk to a person, or ask about your bill.");
const QString kTransfer = QStringLiteral("Hold on while I transfer you to an agent.");

QStringList texts(const ChatModel &chat, ChatEntry::Kind kind)
{
    QStringList out;
    for (int r = 0; r < chat.rowCount(); ++r) {
        if (chat.at(r).kind == kind)
            out.append(chat.at(r).plain);
    }
    return out;
}

/// The conversation ids of the rings `notifications` brought that wait.
QStringList waitingRings(const QList<QJsonObject> &notifications)
{
    QStringList out;
    for (const QJsonObject &body : notifications) {
        for (const QJsonValue &change : body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject result = change.toObject().value(QLatin1String("result")).toObject();
            for (const QJsonValue &ring : result.value(QLatin1String("ringsDetails")).toArray()) {
                if (ring.toObject().value(QLatin1String("ringState")) == QLatin1String("WAITING"))
                    out.append(result.value(QLatin1String("conversationId")).toString());
            }
        }
    }
    return out;
}

} // namespace

class tst_CloudDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedPasswordShowsOneSentenceAndChangesNothing();
    void previewTransferRingsTheDockAndTheAgentAnswers();

private:
    std::unique_ptr<MainWindow> window();
    CloudDeskPanel *showDesk(MainWindow &w);

    QTemporaryDir m_tmp;
    QString m_accountFile;
};

void tst_CloudDesk::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_accountFile = isolateStudioWithSeedAccount(m_tmp, QStringLiteral("tst_clouddesk"));
    QVERIFY(!m_accountFile.isEmpty());
}

std::unique_ptr<MainWindow> tst_CloudDesk::window()
{
    MainWindow::Options options;
    options.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
    options.accountFile = m_accountFile;
    auto w = std::make_unique<MainWindow>(options);
    w->resize(1400, 900);
    w->show();
    w->activateWindow();
    // Keyboard focus needs the active window (under a real X server too).
    if (!QTest::qWaitForWindowExposed(w.get()) || !QTest::qWaitForWindowActive(w.get()))
        return nullptr;
    return w;
}

CloudDeskPanel *tst_CloudDesk::showDesk(MainWindow &w)
{
    w.agentDeskDock()->show();
    w.agentDeskDock()->raise();
    // The cloud console is the dock's first tab.
    if (w.agentDeskTabs()->currentWidget() != w.cloudDeskPanel())
        return nullptr;
    return w.cloudDeskPanel();
}

void tst_CloudDesk::refusedPasswordShowsOneSentenceAndChangesNothing()
{
    auto w = window();
    QVERIFY(w);
    CloudDeskPanel *desk = showDesk(*w);
    QVERIFY(desk);
    QVERIFY(!w->cloud()->isRunning());
    QVERIFY(desk->loginEdit()->isVisible());

    desk->loginEdit()->setText(QStringLiteral("ana"));
    desk->passwordEdit()->setText(QStringLiteral("not-her-password"));
    QTest::keyClick(desk->passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(desk->statusLabel()->text(),
                              QStringLiteral("The cloud refused the sign-in: wrong password for "
                                             "ana."),
                              5000);
    QVERIFY(!desk->isSignedIn());
    QVERIFY(!desk->client());
    QVERIFY(desk->signInButton()->isEnabled());
    QVERIFY(desk->loginEdit()->isVisible());
    // Nothing remembered, the password not kept.
    QVERIFY(!QSettings().contains(QStringLiteral("agentDesk/cloudLoginName")));
    QVERIFY(desk->passwordEdit()->text().isEmpty());
    // No agent of the cloud is online.
    cloud::Brand *brand = w->cloud()->server()->brand(QStringLiteral("12345678"));
    QVERIFY(brand);
    QCOMPARE(brand->availability(QStringLiteral("2")), cloud::Availability::Offline);
}

void tst_CloudDesk::previewTransferRingsTheDockAndTheAgentAnswers()
{
    auto w = window();
    QVERIFY(w);
    QVERIFY(w->openFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json")));
    CloudDeskPanel *desk = showDesk(*w);
    QVERIFY(desk);

    // Sign in as ana (skill human) with the keyboard: the cloud starts on demand.
    desk->loginEdit()->setFocus();
    QTest::keyClicks(desk->loginEdit(), QStringLiteral("ana"));
    QTest::keyClick(desk->loginEdit(), Qt::Key_Return);
    QVERIFY(desk->passwordEdit()->hasFocus());
    QTest::keyClicks(desk->passwordEdit(), QStringLiteral("ana-password"));
    QTest::keyClick(desk->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->isSignedIn(), 5000);
    QVERIFY(w->cloud()->isRunning());
    QVERIFY(desk->passwordEdit()->text().isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("agentDesk/cloudLoginName")).toString(),
             QStringLiteral("ana"));
    cloud::Brand *brand = w->cloud()->server()->brand(QStringLiteral("12345678"));
    QTRY_COMPARE(brand->availability(QStringLiteral("2")), cloud::Availability::Online);
    QTRY_COMPARE(desk->transferSkillBox()->count(), 3);

    // Away and back: the cloud hears it.
    desk->availabilityBox()->setCurrentIndex(1);
    emit desk->availabilityBox()->activated(1);
    QTRY_COMPARE(brand->availability(QStringLiteral("2")), cloud::Availability::Away);
    desk->availabilityBox()->setCurrentIndex(0);
    emit desk->availabilityBox()->activated(0);
    QTRY_COMPARE(brand->availability(QStringLiteral("2")), cloud::Availability::Online);

    // ben, billing, online in another client.
    QNetworkAccessManager network;
    cloud::AgentClient ben({w->cloud()->server()->hostPort(), false, {}},
                           {QStringLiteral("12345678"), QStringLiteral("ben"),
                            QStringLiteral("ben-password"), std::nullopt},
                           &network);
    QList<QJsonObject> benRings;
    connect(&ben, &cloud::AgentClient::notification, this,
            [&](const QString &type, const QJsonObject &body) {
                if (type == QLatin1String(".ams.routing.RoutingTaskNotification"))
                    benRings.append(body);
            });
    bool benOnline = false;
    connect(&ben, &cloud::AgentClient::connectedToCloud, this, [&] {
        ben.setAgentState(QStringLiteral("ONLINE"));
        ben.subscribeRoutingTasks([&](int code, const QJsonValue &) { benOnline = code == 200; });
    });
    ben.connectToCloud();
    QTRY_VERIFY_WITH_TIMEOUT(benOnline, 5000);

    // The preview in the messaging channel, Cloud environment: hi, then the transfer.
    ui::PreviewPanel *panel = w->previewPanel();
    ui::PreviewController *preview = w->previewController();
    panel->channelBox()->setCurrentIndex(panel->channelBox()->findData(int(Channel::Messaging)));
    emit panel->channelBox()->activated(panel->channelBox()->currentIndex());
    panel->environmentBox()->setCurrentIndex(
            panel->environmentBox()->findText(QStringLiteral("Cloud")));
    emit panel->environmentBox()->activated(panel->environmentBox()->currentIndex());
    QCOMPARE(preview->environment(), QStringLiteral("Cloud"));
    panel->input()->setText(QStringLiteral("hi"));
    QTest::keyClick(panel->input(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(texts(*panel->chat(), ChatEntry::Kind::Bot).contains(kGreeting), 5000);
    // The tester looks at another dock meanwhile: the ring brings the desk to the front.
    w->debuggerDock()->raise();
    panel->input()->setText(QStringLiteral("I want to speak to an agent"));
    QTest::keyClick(panel->input(), Qt::Key_Return);

    QTreeWidget *rings = desk->rings();
    QTRY_COMPARE_WITH_TIMEOUT(rings->topLevelItemCount(), 1, 5000);
    QTRY_VERIFY(desk->isVisible());
    QCOMPARE(rings->topLevelItem(0)->text(0), QStringLiteral("human"));
    QTRY_COMPARE(rings->topLevelItem(0)->text(2), QStringLiteral("I want to speak to an agent"));
    QVERIFY(!rings->topLevelItem(0)->text(1).isEmpty());
    // It went to the cloud, not to the local desk, and the project did not change.
    QCOMPARE(w->agentDeskPanel()->transfers()->topLevelItemCount(), 0);
    QVERIFY(!w->document()->isModified());
    QVERIFY(waitingRings(benRings).isEmpty());

    // Accept: the conversation so far, the bot's part included.
    QVERIFY(desk->acceptButton()->isEnabled());
    QTest::mouseClick(desk->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE(desk->conversations()->count(), 1);
    QTRY_COMPARE(rings->topLevelItemCount(), 0);
    const QString conversation = desk->currentConversation();
    QVERIFY(!conversation.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(desk->lines(conversation),
                              (QStringList{QStringLiteral("Studio preview: hi"),
                                           QStringLiteral("Routing Bot (bot): ") + kGreeting,
                                           QStringLiteral("Studio preview: I want to speak to an "
                                                          "agent"),
                                           QStringLiteral("Routing Bot (bot): ") + kTransfer}),
                              5000);
    QVERIFY(desk->thread()->toPlainText().contains(kGreeting));

    // Reply: it shows in the preview chat as the agent's.
    QVERIFY(desk->replyEdit()->hasFocus());
    QTest::keyClicks(desk->replyEdit(), QStringLiteral("Hello, this is Ana."));
    QTest::keyClick(desk->replyEdit(), Qt::Key_Return);
    QVERIFY(desk->replyEdit()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(texts(*panel->chat(), ChatEntry::Kind::Agent),
                              QStringList{QStringLiteral("Hello, this is Ana.")}, 5000);
    QVERIFY(texts(*panel->chat(), ChatEntry::Kind::Notice)
                    .contains(QStringLiteral("An agent accepted the transfer.")));
    QTRY_COMPARE(desk->lines(conversation).last(), QStringLiteral("You: Hello, this is Ana."));

    // DIALOGSMITH_SCREENSHOTS=DIR saves a picture of the window with the dock, to look at.
    if (const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS"); !dir.isEmpty()) {
        w->agentDeskDock()->grab().save(QDir(dir).filePath(QStringLiteral("agent-desk.png")));
        w->grab().save(QDir(dir).filePath(QStringLiteral("agent-desk-window.png")));
    }

    // Transfer to billing: ben rings, the conversation leaves ana's desk.
    desk->transferSkillBox()->setCurrentIndex(desk->transferSkillBox()->findData(1003));
    QVERIFY(desk->transferSkillBox()->currentIndex() >= 0);
    QTest::mouseClick(desk->transferButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(waitingRings(benRings), QStringList{conversation}, 5000);
    QTRY_COMPARE(desk->conversations()->count(), 0);

    // ben takes it and sends it back to human: ana's desk rings again; she accepts and closes.
    QString benRing;
    for (const QJsonObject &body : std::as_const(benRings)) {
        const QJsonObject result = body.value(QLatin1String("changes"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QLatin1String("result"))
                                           .toObject();
        benRing = result.value(QLatin1String("ringsDetails"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QLatin1String("ringId"))
                          .toString();
    }
    int accepted = 0;
    ben.updateRingState(benRing, true, [&](int code, const QJsonValue &) { accepted = code; });
    QTRY_COMPARE(accepted, 200);
    int sentBack = 0;
    ben.transferToSkill(conversation, QStringLiteral("1002"),
                        [&](int code, const QJsonValue &) { sentBack = code; });
    QTRY_COMPARE(sentBack, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rings->topLevelItemCount(), 1, 5000);
    rings->setCurrentItem(rings->topLevelItem(0));
    QTest::mouseClick(desk->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE(desk->conversations()->count(), 1);
    QTRY_VERIFY(desk->closeButton()->isEnabled());
    QTest::mouseClick(desk->closeButton(), Qt::LeftButton);
    QTRY_COMPARE(desk->conversations()->count(), 0);
    QTRY_VERIFY(!brand->conversation(conversation)->open);
    QTRY_VERIFY_WITH_TIMEOUT(
            texts(*panel->chat(), ChatEntry::Kind::Notice)
                    .contains(QStringLiteral("The agent closed the conversation.")),
            5000);

    // Signing out ends the login: ana is offline for the cloud.
    QTest::mouseClick(desk->signOutButton(), Qt::LeftButton);
    QVERIFY(!desk->isSignedIn());
    QTRY_COMPARE(brand->availability(QStringLiteral("2")), cloud::Availability::Offline);
    QCOMPARE(desk->loginEdit()->text(), QStringLiteral("ana"));
}

QTEST_MAIN(tst_CloudDesk)
#include "tst_clouddesk.moc"
