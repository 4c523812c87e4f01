// The hand-off in the messaging channel: the sample bot's transfer reaches the studio's agent desk
// (a real HTTP server on 127.0.0.1), the tester accepts it and replies, the reply shows in the
// preview. No mocks: the runtime posts over HTTP and polls the desk for the agent's messages.
#include "agentdesk.h"
#include "agentdeskpanel.h"
#include "botdocument.h"
#include "botruntime.h"
#include "chatmodel.h"
#include "conversation.h"
#include "embeddedagentdesk.h"
#include "mainwindow.h"
#include "previewcontroller.h"
#include "previewnetwork.h"
#include "previewpanel.h"
#include "projectfile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace dialogsmith::document;
using namespace dialogsmith::ui;
using dialogsmith::runtime::Channel;

namespace {

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

QStringList texts(const ChatModel &chat, ChatEntry::Kind kind)
{
    QStringList out;
    for (int r = 0; r < chat.rowCount(); ++r) {
        if (chat.at(r).kind == kind)
            out.append(chat.at(r).plain);
    }
    return out;
}

} // namespace

class TestPreviewDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messagingHandOffReachesTheDeskAndTheReplyComesBack();
    void deskAddressAndKeyCanBeCopied();
    void otherEnvironmentsDoNotUseTheDesk();
    void transferFieldsShowAsText();

private:
    QTemporaryDir m_tmp;
};

void TestPreviewDesk::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DIALOGSMITH_KEYCHAIN", "off");
    qputenv("DIALOGSMITH_SECRET_STORE", "file");
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_previewdesk"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_tmp.filePath(QStringLiteral("settings")));
}

void TestPreviewDesk::messagingHandOffReachesTheDeskAndTheReplyComesBack()
{
    MainWindow::Options options;
    options.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
    MainWindow window(options);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));

    PreviewPanel *panel = window.previewPanel();
    PreviewController *preview = window.previewController();
    // The desk's panel is made when its dock first shows: here, when the transfer arrives.
    QVERIFY(!window.agentDeskDock()->widget());
    // The tester picks the channel and the Local environment in the preview's set-up row.
    panel->channelBox()->setCurrentIndex(panel->channelBox()->findData(int(Channel::Messaging)));
    emit panel->channelBox()->activated(panel->channelBox()->currentIndex());
    panel->environmentBox()->setCurrentIndex(
            panel->environmentBox()->findText(QStringLiteral("Local")));
    emit panel->environmentBox()->activated(panel->environmentBox()->currentIndex());
    QCOMPARE(preview->channel(), Channel::Messaging);
    QCOMPARE(preview->environment(), QStringLiteral("Local"));

    panel->input()->setText(QStringLiteral("I want to speak to an agent"));
    QTest::keyClick(panel->input(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isIdle(), 5000);

    // The transfer is in the dock, with the skill the Local environment names.
    QTRY_VERIFY_WITH_TIMEOUT(window.agentDeskDock()->widget(), 3000);
    auto *desk = window.agentDeskPanel();
    QVERIFY(desk);
    QCOMPARE(window.agentDeskTabs()->currentWidget(), desk);
    QTreeWidget *transfers = desk->transfers();
    QTRY_COMPARE_WITH_TIMEOUT(transfers->topLevelItemCount(), 1, 3000);
    QVERIFY(window.agentDeskDock()->isVisible());
    QTreeWidgetItem *row = transfers->topLevelItem(0);
    QCOMPARE(row->text(1), QStringLiteral("human (1)"));
    QCOMPARE(row->text(2), preview->conversation()->id());
    QCOMPARE(row->text(3), QStringLiteral("Hold on while I transfer you to an agent."));
    QCOMPARE(desk->currentTransfer(), row->data(0, Qt::UserRole + 1).toString());
    // The request went to the studio's desk, not to the file's 127.0.0.1:8750.
    const dialogsmith::network::EmbeddedAgentDesk *embedded = preview->network()->desk();
    QVERIFY(embedded->isRunning());
    QVERIFY(embedded->port() != 8750);
    // The project did not change.
    QVERIFY(!window.document()->isModified());

    // Accept, reply: the reply is an agent bubble in the preview.
    QVERIFY(desk->acceptButton()->isEnabled());
    QVERIFY(!desk->sendButton()->isEnabled());
    QTest::mouseClick(desk->acceptButton(), Qt::LeftButton);
    QCOMPARE(row->text(4), QStringLiteral("Accepted"));
    desk->replyEdit()->setText(QStringLiteral("Hello, this is the support team."));
    QVERIFY(desk->sendButton()->isEnabled());
    QTest::mouseClick(desk->sendButton(), Qt::LeftButton);
    QVERIFY(desk->replyEdit()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(texts(*panel->chat(), ChatEntry::Kind::Agent),
                              QStringList{QStringLiteral("Hello, this is the support team.")},
                              5000);
    QVERIFY(texts(*panel->chat(), ChatEntry::Kind::Notice)
                    .contains(QStringLiteral("An agent accepted the transfer.")));

    // Closing ends it on both sides.
    QTest::mouseClick(desk->closeButton(), Qt::LeftButton);
    QCOMPARE(row->text(4), QStringLiteral("Closed"));
    QTRY_VERIFY_WITH_TIMEOUT(
            texts(*panel->chat(), ChatEntry::Kind::Notice)
                    .contains(QStringLiteral("The agent closed the conversation.")),
            5000);
}

void TestPreviewDesk::deskAddressAndKeyCanBeCopied()
{
    BotDocument document;
    PreviewController preview(&document);
    AgentDeskPanel panel(preview.network());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const dialogsmith::network::EmbeddedAgentDesk *desk = preview.network()->desk();
    QTRY_VERIFY_WITH_TIMEOUT(desk->isRunning(), 1000);
    QVERIFY(panel.addressLabel()->text().contains(QString::number(desk->port())));
    QCOMPARE(panel.keyEdit()->text(), desk->key());
    QVERIFY(desk->key().size() >= 32);
    // The key is masked on screen until the user asks to see it.
    QCOMPARE(panel.keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!panel.keyEdit()->displayText().contains(desk->key()));
    QTest::mouseClick(panel.revealKeyButton(), Qt::LeftButton);
    QCOMPARE(panel.keyEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(panel.keyEdit()->displayText(), desk->key());
    QTest::mouseClick(panel.revealKeyButton(), Qt::LeftButton);
    QCOMPARE(panel.keyEdit()->echoMode(), QLineEdit::Password);
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Copy Key"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(QApplication::clipboard()->text(), desk->key());
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Copy URL"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("http://127.0.0.1:%1").arg(desk->port()));
}

void TestPreviewDesk::otherEnvironmentsDoNotUseTheDesk()
{
    Result<dialogsmith::format::LoadedBot> loaded = dialogsmith::format::loadBotFile(routingBot());
    QVERIFY(loaded);
    BotDocument document;
    document.load(loaded->bot);
    PreviewController preview(&document);
    preview.setChannel(Channel::Messaging);
    // US: the real LivePerson host; the desk has nothing to do with it.
    preview.restart();
    QCOMPARE(preview.runtime()->environment().value(QStringLiteral("lpPlatformHost")),
             QStringLiteral("https://platformservice.botcentralapi.com"));
    QVERIFY(!preview.network()->desk()->isRunning());
    // Local in web: nothing is sent, so nothing is redirected either.
    preview.setChannel(Channel::Web);
    preview.setEnvironment(QStringLiteral("Local"));
    preview.restart();
    QCOMPARE(preview.runtime()->environment().value(QStringLiteral("lpPlatformHost")),
             QStringLiteral("http://127.0.0.1:8750"));
    // Local in messaging with routing off: the file's address stays.
    preview.network()->setRoutesToDesk(false);
    preview.setChannel(Channel::Messaging);
    QCOMPARE(preview.runtime()->environment().value(QStringLiteral("lpPlatformHost")),
             QStringLiteral("http://127.0.0.1:8750"));
    preview.network()->setRoutesToDesk(true);
    preview.restart();
    QVERIFY(preview.network()->desk()->isRunning());
    QCOMPARE(preview.runtime()->environment().value(QStringLiteral("lpPlatformHost")),
             preview.network()->desk()->baseUrl().toString());
}

void TestPreviewDesk::transferFieldsShowAsText()
{
    // Anything on this machine that has the key can post a transfer: its fields are text.
    BotDocument document;
    PreviewController preview(&document);
    AgentDeskPanel panel(preview.network());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const dialogsmith::network::EmbeddedAgentDesk *desk = preview.network()->desk();
    QTRY_VERIFY_WITH_TIMEOUT(desk->isRunning(), 1000);

    const QString conversation = QStringLiteral("<b>c1</b>");
    QNetworkAccessManager manager;
    QNetworkRequest request(desk->escalationEndpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", desk->key().toUtf8());
    const QJsonObject body{{QStringLiteral("userPlatformId"), QStringLiteral("u1")},
                           {QStringLiteral("chatBotId"), QStringLiteral("b1")},
                           {QStringLiteral("message"), QStringLiteral("<i>help</i>")},
                           {QStringLiteral("conversationId"), conversation},
                           {QStringLiteral("agentSkillName"), QStringLiteral("human")},
                           {QStringLiteral("agentSkillId"), QStringLiteral("1")}};
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(panel.transfers()->topLevelItemCount(), 1, 3000);

    QTest::mouseClick(panel.acceptButton(), Qt::LeftButton);
    QLabel *status = panel.findChild<QLabel *>(QStringLiteral("deskStatus"));
    QString shown = status->text();
    if (status->textFormat() == Qt::RichText
        || (status->textFormat() == Qt::AutoText && Qt::mightBeRichText(shown))) {
        QTextDocument doc;
        doc.setHtml(shown);
        shown = doc.toPlainText();
    }
    QCOMPARE(shown, QStringLiteral("You are the agent in conversation %1.").arg(conversation));
}

QTEST_MAIN(TestPreviewDesk)
#include "tst_previewdesk.moc"
