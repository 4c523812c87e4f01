// The preview: the controller that runs the document's bot, the chat panel, transcripts, the
// debugger and the main window's wiring (web channel; the agent desk has tst_previewdesk).
#include "botdocument.h"
#include "chatmodel.h"
#include "chatview.h"
#include "conversation.h"
#include "debuggermodels.h"
#include "debuggerpanel.h"
#include "dialogcanvas.h"
#include "inspector.h"
#include "interactioncommands.h"
#include "mainwindow.h"
#include "previewcontroller.h"
#include "previewpanel.h"
#include "previewtranscript.h"
#include "projectfile.h"
#include "transcriptreplay.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace dialogsmith::document;
using namespace dialogsmith::ui;
using dialogsmith::runtime::Channel;
using dialogsmith::runtime::RuntimeEvent;

namespace {

constexpr int turnTimeoutMs = 3000;

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

Bot loadRoutingBot()
{
    Result<dialogsmith::format::LoadedBot> loaded = dialogsmith::format::loadBotFile(routingBot());
    if (!loaded)
        qFatal("cannot load the sample bot");
    return loaded->bot;
}

Interaction starter(const QString &name, const QStringList &patterns)
{
    Interaction in = Interaction::create(InteractionType::DialogStarter, name);
    in.patterns = patterns;
    return in;
}

Interaction text(const QString &name, const QString &message, const Action &next = Action::next())
{
    Interaction in = Interaction::create(InteractionType::Text, name);
    in.text = message;
    in.setNextAction(next);
    return in;
}

Dialog dialog(const QString &name, const QList<Interaction> &interactions)
{
    Dialog d = Dialog::create(name);
    d.interactions = interactions;
    return d;
}

Bot testBot(const QList<Dialog> &dialogs)
{
    Bot b = Bot::createEmpty(QStringLiteral("Test bot"));
    b.dialogs = dialogs;
    return b;
}

/// Sends `message` and waits until the preview shows the whole answer.
bool say(PreviewController &preview, const QString &message)
{
    QSignalSpy finished(&preview, &PreviewController::turnFinished);
    preview.send(message);
    return !finished.isEmpty() || finished.wait(turnTimeoutMs);
}

QList<const ChatEntry *> entries(const ChatModel &chat, ChatEntry::Kind kind)
{
    QList<const ChatEntry *> out;
    for (int r = 0; r < chat.rowCount(); ++r) {
        if (chat.at(r).kind == kind)
            out.append(&chat.at(r));
    }
    return out;
}

QStringList texts(const ChatModel &chat, ChatEntry::Kind kind)
{
    QStringList out;
    for (const ChatEntry *e : entries(chat, kind))
        out.append(e->plain);
    return out;
}

/// What a tooltip shows: QToolTip renders it as HTML when it looks like HTML.
QString shownToolTip(const QVariant &tip)
{
    const QString text = tip.toString();
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

/// The log rows of `type`.
QList<int> logRows(const EventLogModel &log, RuntimeEvent::Type type)
{
    QList<int> rows;
    for (int r = 0; r < log.rowCount(); ++r) {
        if (!log.at(r).header && log.at(r).event.type == type)
            rows.append(r);
    }
    return rows;
}

/// "go" asks with two quick replies; the YES_PAYLOAD answer says the payload it got.
Bot quickReplyBot()
{
    Interaction ask = Interaction::create(InteractionType::QuickReply, QStringLiteral("ask"));
    ask.text = QStringLiteral("Shall we?");
    ask.quickReplies
            = {{QStringLiteral("text"),
                QStringLiteral("Yes please"),
                QStringLiteral("YES_PAYLOAD"),
                {}},
               {QStringLiteral("text"), QStringLiteral("No"), QStringLiteral("NO_PAYLOAD"), {}}};
    Rule yes;
    yes.condition = Rule::Condition::Pattern;
    yes.patterns = {QStringLiteral("YES_PAYLOAD")};
    Interaction answer = text(QStringLiteral("answer"), QStringLiteral("payload {$userMessage}"),
                              Action::end());
    yes.action = Action::toInteraction(answer.id);
    ask.rules = {yes};
    return testBot(
            {dialog(QStringLiteral("Ask"),
                    {starter(QStringLiteral("start"), {QStringLiteral("go")}), ask, answer})});
}

struct Preview
{
    explicit Preview(const Bot &bot)
    {
        document.load(bot);
        panel.resize(420, 600);
        panel.show();
    }
    BotDocument document;
    PreviewController controller{&document};
    PreviewPanel panel{&controller};
    DebuggerPanel debugger{&controller};
};

} // namespace

/// Takes the URLs QDesktopServices would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    explicit UrlCatcher(QList<QUrl> *opened)
        : m_opened(opened)
    {}
public slots:
    void open(const QUrl &url) { m_opened->append(url); }

private:
    QList<QUrl> *m_opened;
};

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void webHandOffSaysItAndSendsNothing();
    void variablesAndLogShowWhatATurnDid();
    void aDebuggerMadeAfterTheConversationShowsAllOfIt();
    void userTextIsShownAsText();
    void variableValuesAreShownAsText();
    void clickingAQuickReplySendsItsPayload();
    void quickRepliesCanBePickedWithTheKeyboard();
    void screenReadersReadTheChatAndPressItsChoices();
    void transcriptReplaysGreenThenRedAfterAnEdit();
    void savedTranscriptPassesOnTheCommandLine();
    void savedTranscriptTrimsBlanksAroundBotTexts();
    void editsOfferARestartAndKeepTheConversation();
    void halfEditedBotStillRuns();
    void delaysShowATypingIndicator();
    void startFromADialog();
    void replayStartsInTheFirstDialogOfThatName();
    void resetCommandClearsTheConversation();
    void inputRecallsEarlierMessages();
    void doubleClickOnAnErrorJumpsToTheCode();
    void canvasFollowsTheConversation();
    void aLinkWhoseTextNamesAnotherHostAsksFirst();

private:
    QTemporaryDir m_tmp;
};

void TestPreview::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // Secrets from a file in the test's config folder, never the desktop's keychain.
    qputenv("DIALOGSMITH_KEYCHAIN", "off");
    qputenv("DIALOGSMITH_SECRET_STORE", "file");
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preview"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_tmp.filePath(QStringLiteral("settings")));
}

void TestPreview::webHandOffSaysItAndSendsNothing()
{
    Preview p(loadRoutingBot());
    QCOMPARE(p.controller.channel(), Channel::Web);
    QVERIFY(say(p.controller, QStringLiteral("I want to speak to an agent")));
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot),
             QStringList{QStringLiteral("Hold on while I transfer you to an agent.")});
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::User),
             QStringList{QStringLiteral("I want to speak to an agent")});
    // As in CB's preview: no request, no transfer, no agent.
    QVERIFY(logRows(*p.debugger.log(), RuntimeEvent::Type::Request).isEmpty());
    QVERIFY(logRows(*p.debugger.log(), RuntimeEvent::Type::Response).isEmpty());
    QVERIFY(entries(*p.panel.chat(), ChatEntry::Kind::Agent).isEmpty());
    const QList<int> transfers = logRows(*p.debugger.log(), RuntimeEvent::Type::Escalation);
    QVERIFY(!transfers.isEmpty());
    QVERIFY2(p.debugger.log()->at(transfers.first()).event.text.contains(QLatin1String("not sent")),
             qPrintable(p.debugger.log()->at(transfers.first()).event.text));
    QVERIFY(p.controller.isIdle());
}

void TestPreview::variablesAndLogShowWhatATurnDid()
{
    Preview p(loadRoutingBot());
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    VariablesModel *vars = p.debugger.variables();
    QVERIFY(vars->rowOf(QStringLiteral("convId")) >= 0);
    QVERIFY(vars->rowOf(QStringLiteral("agentSkillName")) < 0);

    QVERIFY(say(p.controller, QStringLiteral("I want to speak to an agent")));
    const int skill = vars->rowOf(QStringLiteral("agentSkillName"));
    QVERIFY(skill >= 0);
    QCOMPARE(vars->index(skill, VariablesModel::ValueColumn).data().toString(),
             QStringLiteral("human"));
    QCOMPARE(vars->index(skill, VariablesModel::ScopeColumn).data().toString(),
             QStringLiteral("session"));
    QVERIFY(vars->index(skill, 0).data(VariablesModel::ChangedRole).toBool());
    QVERIFY(vars->index(skill, 0).data(Qt::BackgroundRole).isValid());
    // Set in the first turn, untouched in this one.
    QVERIFY(!vars->index(vars->rowOf(QStringLiteral("convId")), 0)
                     .data(VariablesModel::ChangedRole)
                     .toBool());

    // The filter narrows the table.
    p.debugger.variableFilter()->setText(QStringLiteral("skill"));
    QCOMPARE(p.debugger.variablesView()->model()->rowCount(), 2);
    p.debugger.variableFilter()->clear();

    // The log: the pattern that matched, the interactions entered, the variables set.
    const EventLogModel &log = *p.debugger.log();
    const QList<int> patterns = logRows(log, RuntimeEvent::Type::PatternMatched);
    QVERIFY(!patterns.isEmpty());
    QVERIFY(log.at(patterns.last()).event.text.contains(QLatin1String("*(agent|")));
    QStringList entered;
    for (int r : logRows(log, RuntimeEvent::Type::InteractionEntered))
        entered.append(log.at(r).event.interactionName);
    QVERIFY(entered.contains(QStringLiteral("transfer to agent")));
    QVERIFY(!logRows(log, RuntimeEvent::Type::VariableChanged).isEmpty());
    // A header row per user message.
    int headers = 0;
    for (int r = 0; r < log.rowCount(); ++r)
        headers += log.at(r).header ? 1 : 0;
    QCOMPARE(headers, 2);

    // The kind filter keeps matching events (and the turn headers).
    p.debugger.logKind()->setCurrentIndex(
            p.debugger.logKind()->findData(int(EventLogFilter::Kind::Matching)));
    QAbstractItemModel *filtered = p.debugger.logView()->model();
    QVERIFY(filtered->rowCount() < log.rowCount());
    for (int r = 0; r < filtered->rowCount(); ++r) {
        const int type = filtered->index(r, 0).data(EventLogModel::TypeRole).toInt();
        QVERIFY(type < 0 || type == int(RuntimeEvent::Type::PatternMatched)
                || type == int(RuntimeEvent::Type::IntentMatched)
                || type == int(RuntimeEvent::Type::RuleEvaluated));
    }
}

void TestPreview::aDebuggerMadeAfterTheConversationShowsAllOfIt()
{
    // The studio makes its debugger when the dock first shows; what ran before is not lost.
    BotDocument document;
    document.load(loadRoutingBot());
    PreviewController controller{&document};
    QVERIFY(say(controller, QStringLiteral("hi")));
    QVERIFY(say(controller, QStringLiteral("I want to speak to an agent")));

    DebuggerPanel debugger{&controller};
    const EventLogModel &log = *debugger.log();
    const auto turns = [&log] {
        int headers = 0;
        for (int r = 0; r < log.rowCount(); ++r)
            headers += log.at(r).header ? 1 : 0;
        return headers;
    };
    const QList<int> notes = logRows(log, RuntimeEvent::Type::Info);
    QVERIFY(!notes.isEmpty());
    QVERIFY(log.at(notes.first()).event.text.startsWith(QLatin1String("Preview started")));
    QCOMPARE(turns(), 2);
    QVERIFY(!logRows(log, RuntimeEvent::Type::PatternMatched).isEmpty());
    QCOMPARE(debugger.logView()->model()->rowCount(), log.rowCount());
    // The variables with what the last turn changed, and the state line.
    const VariablesModel *vars = debugger.variables();
    const int skill = vars->rowOf(QStringLiteral("agentSkillName"));
    QVERIFY(skill >= 0);
    QVERIFY(vars->index(skill, 0).data(VariablesModel::ChangedRole).toBool());
    QVERIFY(vars->index(skill, 0).data(Qt::BackgroundRole).isValid());
    const auto *state = debugger.findChild<QLabel *>(QStringLiteral("conversationState"));
    QVERIFY(state);
    QVERIFY2(!state->text().contains(QLatin1String("has not started")), qPrintable(state->text()));

    // And it follows the next turn as one made at the start would.
    QVERIFY(say(controller, QStringLiteral("billing")));
    QCOMPARE(turns(), 3);
    QCOMPARE(debugger.logView()->model()->rowCount(), log.rowCount());
}

void TestPreview::userTextIsShownAsText()
{
    Preview p(loadRoutingBot());
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    const QStringList attacks{
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("<img src=x onerror=alert(1)>"),
            QStringLiteral("<a href=\"javascript:alert(1)\">click</a>"),
            QStringLiteral("<b>unbalanced <i>tags</b>"),
    };
    for (const QString &attack : attacks) {
        p.panel.input()->setText(attack);
        QTest::keyClick(p.panel.input(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(p.controller.isIdle(), turnTimeoutMs);
        const QList<const ChatEntry *> users = entries(*p.panel.chat(), ChatEntry::Kind::User);
        QVERIFY(!users.isEmpty());
        const ChatEntry *e = users.last();
        QCOMPARE(e->plain, attack);
        // On screen: the characters as typed, no markup.
        QCOMPARE(p.panel.chatView()->renderedText(e->id), attack);
        QTextDocument doc;
        doc.setHtml(e->html);
        QCOMPARE(doc.toPlainText(), attack);
    }
}

void TestPreview::variableValuesAreShownAsText()
{
    // The template's own markup renders; the variable's value never does.
    Interaction greet = text(QStringLiteral("greet"),
                             QStringLiteral("<b>Welcome</b> {$botContext.name}! Visit "
                                            "<a href=\"https://example.com\">us</a>."));
    greet.preProcess = QStringLiteral(
            "botContext.setBotVariable('name', botContext.getCurrentUserMessage().substring(5), "
            "true, false);");
    Preview p(testBot(
            {dialog(QStringLiteral("Greeting"),
                    {starter(QStringLiteral("start"), {QStringLiteral("name *")}), greet})}));
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    const QStringList values{
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("<img src=x onerror=alert(1)>"),
            QStringLiteral("<a href=\"javascript:alert(1)\">x</a>"),
            QStringLiteral("<b>bold</i>"),
            QStringLiteral("<b>fine</b>"),
    };
    for (const QString &value : values) {
        QVERIFY(say(p.controller, QStringLiteral("name ") + value));
        const ChatEntry *e = entries(*p.panel.chat(), ChatEntry::Kind::Bot).last();
        const QString shown = p.panel.chatView()->renderedText(e->id);
        QCOMPARE(shown, QStringLiteral("Welcome %1! Visit us.").arg(value));
        // The allowed subset still renders: the template's bold and link.
        QTextDocument doc;
        doc.setHtml(e->html);
        QTextCursor cursor(&doc);
        cursor.setPosition(2);
        QVERIFY(cursor.charFormat().fontWeight() > QFont::Normal);
        cursor.setPosition(10);
        QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Normal));
        QVERIFY(e->html.contains(QLatin1String("<a href=\"https://example.com\">us</a>")));
        QVERIFY(!e->html.contains(QLatin1String("<script")));
        QVERIFY(!e->html.contains(QLatin1String("<img")));
        QVERIFY(!e->html.contains(QLatin1String("javascript:alert(1)\">x")));
        // The debugger's tooltips show the value as text too.
        const VariablesModel *variables = p.debugger.variables();
        const int row = variables->rowOf(QStringLiteral("name"));
        QVERIFY(row >= 0);
        QCOMPARE(shownToolTip(
                         variables->index(row, VariablesModel::ValueColumn).data(Qt::ToolTipRole)),
                 value);
        const EventLogModel *log = p.debugger.log();
        const int changed = logRows(*log, RuntimeEvent::Type::VariableChanged).last();
        QVERIFY(shownToolTip(log->index(changed, EventLogModel::TextColumn).data(Qt::ToolTipRole))
                        .startsWith(QStringLiteral("name = ") + value));
    }
}

void TestPreview::clickingAQuickReplySendsItsPayload()
{
    Preview p(quickReplyBot());
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    QVERIFY(say(p.controller, QStringLiteral("go")));
    const ChatEntry *question = entries(*p.panel.chat(), ChatEntry::Kind::Bot).last();
    QCOMPARE(question->choices.size(), 2);
    const QRect rect = p.panel.chatView()->choiceRect(question->id, 0);
    QVERIFY(p.panel.chatView()->viewport()->rect().contains(rect.center()));

    QSignalSpy finished(&p.controller, &PreviewController::turnFinished);
    QTest::mouseClick(p.panel.chatView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), turnTimeoutMs);
    // The chat shows the title; the bot got the payload.
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::User).last(), QStringLiteral("Yes please"));
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot).last(),
             QStringLiteral("payload YES_PAYLOAD"));
    QCOMPARE(p.controller.recording().items.at(2).text, QStringLiteral("YES_PAYLOAD"));
    // Answered: the quick replies are spent.
    QVERIFY(p.panel.chat()->entry(question->id)->choicesSpent);
}

void TestPreview::screenReadersReadTheChatAndPressItsChoices()
{
    Preview p(quickReplyBot());
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    QVERIFY(say(p.controller, QStringLiteral("go")));
    ChatView *view = p.panel.chatView();
    const ChatModel &chat = *p.panel.chat();
    const ChatEntry *question = entries(chat, ChatEntry::Kind::Bot).last();
    QCOMPARE(question->choices.size(), 2);

    // The chat is a list of its entries; a bubble is named by its text, said by whom.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->childCount(), chat.rowCount());
    const int row = chat.rowOf(question->id);
    QAccessibleInterface *bubble = list->child(row);
    QVERIFY(bubble && bubble->isValid());
    QCOMPARE(bubble->role(), QAccessible::ListItem);
    QCOMPARE(bubble->text(QAccessible::Name), question->plain.trimmed());
    QCOMPARE(bubble->text(QAccessible::Description), QStringLiteral("The bot's message"));
    QCOMPARE(list->indexOfChild(bubble), row);
    QCOMPARE(bubble->parent(), list);
    const QList<const ChatEntry *> sent = entries(chat, ChatEntry::Kind::User);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(list->child(chat.rowOf(sent.last()->id))->text(QAccessible::Description),
             QStringLiteral("Your message"));

    // Its choices are push buttons named by their titles, with a press action.
    QCOMPARE(bubble->childCount(), 2);
    QAccessibleInterface *yes = bubble->child(0);
    QVERIFY(yes && yes->isValid());
    QCOMPARE(yes->role(), QAccessible::Button);
    QCOMPARE(yes->text(QAccessible::Name), QStringLiteral("Yes please"));
    QVERIFY(!yes->state().disabled);
    QVERIFY(!yes->rect().isEmpty());
    QAccessibleActionInterface *actions = yes->actionInterface();
    QVERIFY(actions);
    QCOMPARE(actions->actionNames(), QStringList{QAccessibleActionInterface::pressAction()});

    // Pressing it sends the choice, as a click does.
    QSignalSpy finished(&p.controller, &PreviewController::turnFinished);
    actions->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), turnTimeoutMs);
    QCOMPARE(texts(chat, ChatEntry::Kind::User).last(), QStringLiteral("Yes please"));
    QCOMPARE(texts(chat, ChatEntry::Kind::Bot).last(), QStringLiteral("payload YES_PAYLOAD"));
    // Answered: the choice is unavailable and offers nothing to press.
    QVERIFY(yes->state().disabled);
    QVERIFY(actions->actionNames().isEmpty());
    QCOMPARE(list->childCount(), chat.rowCount());
}

void TestPreview::quickRepliesCanBePickedWithTheKeyboard()
{
    Preview p(quickReplyBot());
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    QVERIFY(say(p.controller, QStringLiteral("go")));
    ChatView *view = p.panel.chatView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    // Tab reaches the first quick reply, Enter picks it.
    QSignalSpy finished(&p.controller, &PreviewController::turnFinished);
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), turnTimeoutMs);
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::User).last(), QStringLiteral("Yes please"));
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot).last(),
             QStringLiteral("payload YES_PAYLOAD"));
    // Nothing left to pick: Tab moves on.
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
}

void TestPreview::transcriptReplaysGreenThenRedAfterAnEdit()
{
    Preview p(loadRoutingBot());
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    QVERIFY(say(p.controller, QStringLiteral("what is my bill")));
    QVERIFY(say(p.controller, QStringLiteral("blah")));
    const QString path = m_tmp.filePath(QStringLiteral("session.txt"));
    QVERIFY(p.panel.saveTranscript(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QVERIFY(saved.contains(QLatin1String("channel: web\n")));
    QVERIFY(saved.contains(QLatin1String("user: hi\nbot: Hi, I am the routing bot.")));
    QVERIFY(saved.contains(QLatin1String("user: what is my bill\nbot: Let me connect you")));

    // Replayed on the same bot: every check passes and each bot message is marked.
    QVERIFY(p.panel.replayTranscript(path));
    QTRY_VERIFY_WITH_TIMEOUT(!p.panel.replay()->isRunning(), 5000);
    QCOMPARE(p.panel.replay()->failed(), 0);
    QCOMPARE(p.panel.replay()->passed(), 3);
    QVERIFY(p.panel.replaySummary()->text().contains(QLatin1String("passed")));
    const QList<const ChatEntry *> bots = entries(*p.panel.chat(), ChatEntry::Kind::Bot);
    int passed = 0;
    for (const ChatEntry *e : bots)
        passed += e->check == ChatEntry::Check::Passed ? 1 : 0;
    QCOMPARE(passed, 3);

    // The welcome text changes: the replay marks that message with what was expected.
    const Interaction *welcome = p.document.bot().interactionByName(QStringLiteral("welcome text"));
    QVERIFY(welcome);
    Interaction edited = *welcome;
    edited.text = QStringLiteral("Hello! I route you to the right team.");
    QVERIFY(p.document.execute(std::make_unique<EditInteractionCommand>(
            p.document, edited, QStringLiteral("Edit text"))));
    QVERIFY(p.panel.replayTranscript(path));
    QTRY_VERIFY_WITH_TIMEOUT(!p.panel.replay()->isRunning(), 5000);
    QCOMPARE(p.panel.replay()->failed(), 1);
    QCOMPARE(p.panel.replay()->passed(), 2);
    const ChatEntry *failed = nullptr;
    const QList<const ChatEntry *> now = entries(*p.panel.chat(), ChatEntry::Kind::Bot);
    for (const ChatEntry *e : now) {
        if (e->check == ChatEntry::Check::Failed)
            failed = e;
    }
    QVERIFY(failed);
    QCOMPARE(failed->plain, QStringLiteral("Hello! I route you to the right team."));
    QVERIFY(failed->expected.startsWith(QLatin1String("Hi, I am the routing bot.")));
    QVERIFY(p.panel.replaySummary()->text().contains(QLatin1String("1 failed")));
    // The replay restarted the preview with the edited bot: nothing is stale.
    QVERIFY(!p.controller.isStale());
}

void TestPreview::savedTranscriptPassesOnTheCommandLine()
{
    Preview p(loadRoutingBot());
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    QVERIFY(say(p.controller, QStringLiteral("display userid")));
    QVERIFY(say(p.controller, QStringLiteral("I want to speak to an agent")));
    QVERIFY(say(p.controller, QStringLiteral("blah")));
    const QString path = m_tmp.filePath(QStringLiteral("cli.txt"));
    QVERIFY(p.panel.saveTranscript(path));
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI), {QStringLiteral("test"), routingBot(), path});
    QVERIFY(cli.waitForFinished(20000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String(" 0 failed")), qPrintable(out));
}

void TestPreview::savedTranscriptTrimsBlanksAroundBotTexts()
{
    // CB exports often end texts with a space that no chat shows.
    Preview p(testBot({dialog(QStringLiteral("Welcome"),
                              {starter(QStringLiteral("start"), {QStringLiteral("hi")}),
                               text(QStringLiteral("greet"), QStringLiteral("Hello there! "))})}));
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    const QString text = p.controller.recording().toText();
    QVERIFY2(text.contains(QLatin1String("\nbot: Hello there!\n")), qPrintable(text));
    const QString bot = m_tmp.filePath(QStringLiteral("blanks.json"));
    QVERIFY(dialogsmith::format::saveBotFile(p.document.bot(), bot).ok());
    const QString path = m_tmp.filePath(QStringLiteral("blanks.txt"));
    QVERIFY(p.panel.saveTranscript(path));
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI), {QStringLiteral("test"), bot, path});
    QVERIFY(cli.waitForFinished(20000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("1 passed, 0 failed")), qPrintable(out));
}

void TestPreview::editsOfferARestartAndKeepTheConversation()
{
    Preview p(loadRoutingBot());
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    QVERIFY(!p.panel.staleBar()->isVisible());
    const QString conversation = p.controller.conversation()->id();

    const Interaction *welcome = p.document.bot().interactionByName(QStringLiteral("welcome text"));
    Interaction edited = *welcome;
    edited.text = QStringLiteral("Edited welcome.");
    QVERIFY(p.document.execute(std::make_unique<EditInteractionCommand>(
            p.document, edited, QStringLiteral("Edit text"))));
    QVERIFY(p.controller.isStale());
    QVERIFY(p.panel.staleBar()->isVisible());
    // The running conversation goes on with the bot it started with.
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    QCOMPARE(p.controller.conversation()->id(), conversation);
    QVERIFY(texts(*p.panel.chat(), ChatEntry::Kind::Bot)
                    .last()
                    .startsWith(QLatin1String("Hi, I am")));

    QTest::mouseClick(p.panel.restartButton(), Qt::LeftButton);
    QVERIFY(!p.controller.isStale());
    QVERIFY(!p.panel.staleBar()->isVisible());
    QVERIFY(p.controller.conversation()->id() != conversation);
    QVERIFY(say(p.controller, QStringLiteral("hi")));
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot).last(),
             QStringLiteral("Edited welcome."));
}

void TestPreview::halfEditedBotStillRuns()
{
    // A syntax error, a runtime error, and a rule that goes nowhere.
    Interaction broken = text(QStringLiteral("broken"), QStringLiteral("still here"));
    broken.preProcess = QStringLiteral("var x = ;");
    Interaction throws = text(QStringLiteral("throws"), QStringLiteral("after the error"),
                              Action::toInteraction(QStringLiteral("missing-id")));
    throws.preProcess = QStringLiteral("var a = 1;\nnull.boom();");
    Preview p(testBot(
            {dialog(QStringLiteral("Half"),
                    {starter(QStringLiteral("start"), {QStringLiteral("go")}), broken, throws})}));
    QVERIFY(say(p.controller, QStringLiteral("go")));
    QVERIFY(!p.controller.problems().isEmpty());
    const QStringList bot = texts(*p.panel.chat(), ChatEntry::Kind::Bot);
    QVERIFY2(bot.contains(QStringLiteral("still here")), qPrintable(bot.join(QLatin1Char('|'))));
    const QList<int> errors = logRows(*p.debugger.log(), RuntimeEvent::Type::Error);
    QVERIFY(errors.size() >= 2);
    // Errors are red.
    const QModelIndex row = p.debugger.log()->index(errors.last(), EventLogModel::TextColumn);
    QCOMPARE(row.data(Qt::ForegroundRole).value<QBrush>().color().red() > 150, true);
    // And the preview goes on.
    QVERIFY(say(p.controller, QStringLiteral("go")));
}

void TestPreview::delaysShowATypingIndicator()
{
    Interaction slow = text(QStringLiteral("slow"), QStringLiteral("after a pause"));
    slow.delayMs = 400;
    Preview p(testBot({dialog(QStringLiteral("Slow"),
                              {starter(QStringLiteral("start"), {QStringLiteral("go")}),
                               text(QStringLiteral("fast"), QStringLiteral("at once")), slow})}));
    QVERIFY(p.controller.delaysEnabled());
    QSignalSpy finished(&p.controller, &PreviewController::turnFinished);
    p.controller.send(QStringLiteral("go"));
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot), QStringList{QStringLiteral("at once")});
    QVERIFY(p.panel.chat()->isTyping());
    QVERIFY(!p.controller.isIdle());
    QVERIFY(finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(texts(*p.panel.chat(), ChatEntry::Kind::Bot).size(), 2, 2000);
    QVERIFY(!p.panel.chat()->isTyping());
    QCOMPARE(finished.size(), 1);

    // Off: everything at once.
    QTest::mouseClick(p.panel.delaysButton(), Qt::LeftButton);
    QVERIFY(!p.controller.delaysEnabled());
    p.controller.send(QStringLiteral("go"));
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot).size(), 4);
    QVERIFY(!p.panel.chat()->isTyping());
}

void TestPreview::startFromADialog()
{
    Preview p(loadRoutingBot());
    const Dialog *billing = nullptr;
    for (const Dialog &d : p.document.bot().dialogs) {
        if (d.name == QLatin1String("Billing"))
            billing = &d;
    }
    QVERIFY(billing);
    QSignalSpy finished(&p.controller, &PreviewController::turnFinished);
    p.controller.startFromDialog(billing->id);
    QTRY_VERIFY_WITH_TIMEOUT(p.controller.isIdle(), turnTimeoutMs);
    // No user message: the dialog just runs.
    QVERIFY(entries(*p.panel.chat(), ChatEntry::Kind::User).isEmpty());
    QCOMPARE(texts(*p.panel.chat(), ChatEntry::Kind::Bot),
             QStringList{QStringLiteral("Let me connect you with our billing team.")});
    QCOMPARE(p.controller.startDialogId(), billing->id);
    QCOMPARE(p.controller.recording().startDialog, QStringLiteral("Billing"));
    // The log says the dialog was entered directly, with no pattern matched.
    bool entered = false;
    for (int r = 0; r < p.debugger.log()->rowCount(); ++r) {
        const RuntimeEvent &e = p.debugger.log()->at(r).event;
        QVERIFY(p.debugger.log()->at(r).header || e.type != RuntimeEvent::Type::PatternMatched);
        entered = entered
                  || (e.type == RuntimeEvent::Type::DialogStarted
                      && e.text == QStringLiteral("\"Billing\" (started here)"));
    }
    QVERIFY(entered);
    QVERIFY(p.controller.recording().toText().contains(QLatin1String("\nstart: Billing\n")));

    // A replay of that transcript starts in the same dialog, in the preview and on the command
    // line.
    const QString path = m_tmp.filePath(QStringLiteral("billing.txt"));
    QVERIFY(p.panel.saveTranscript(path));
    QVERIFY(p.panel.replayTranscript(path));
    QTRY_VERIFY_WITH_TIMEOUT(!p.panel.replay()->isRunning(), 5000);
    QCOMPARE(p.panel.replay()->failed(), 0);
    QCOMPARE(p.panel.replay()->passed(), 1);
    QProcess cli;
    cli.start(QStringLiteral(DIALOGSMITH_CLI), {QStringLiteral("test"), routingBot(), path});
    QVERIFY(cli.waitForFinished(20000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("1 passed, 0 failed")), qPrintable(out));
}

void TestPreview::replayStartsInTheFirstDialogOfThatName()
{
    // Two dialogs share a name but for its case: `start:` picks the first, as the command line
    // does (both use the runtime's transcript runner).
    Preview p(
            testBot({dialog(QStringLiteral("Billing"),
                            {starter(QStringLiteral("one"), {QStringLiteral("one")}),
                             text(QStringLiteral("first"), QStringLiteral("First billing."))}),
                     dialog(QStringLiteral("billing"),
                            {starter(QStringLiteral("two"), {QStringLiteral("two")}),
                             text(QStringLiteral("second"), QStringLiteral("Second billing."))})}));
    const QString path = m_tmp.filePath(QStringLiteral("first-billing.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("start: billing\nbot: First billing.\n");
    file.close();
    QVERIFY(p.panel.replayTranscript(path));
    QTRY_VERIFY_WITH_TIMEOUT(!p.panel.replay()->isRunning(), 5000);
    QCOMPARE(p.panel.replay()->failed(), 0);
    QCOMPARE(p.panel.replay()->passed(), 1);
    QCOMPARE(p.controller.startDialogId(), p.document.bot().dialogs.at(0).id);
}

void TestPreview::resetCommandClearsTheConversation()
{
    Preview p(loadRoutingBot());
    QVERIFY(say(p.controller, QStringLiteral("agent")));
    QVERIFY(p.debugger.variables()->rowOf(QStringLiteral("agentSkillName")) >= 0);
    const QString before = p.controller.conversation()->id();
    QSignalSpy reset(&p.controller, &PreviewController::conversationReset);
    QVERIFY(say(p.controller, QStringLiteral("reset")));
    QCOMPARE(reset.size(), 1);
    QVERIFY(p.controller.conversation()->id() != before);
    QVERIFY(p.debugger.variables()->rowOf(QStringLiteral("agentSkillName")) < 0);
    QVERIFY(texts(*p.panel.chat(), ChatEntry::Kind::Notice)
                    .contains(QStringLiteral("The conversation was reset.")));

    // The Reset button does the same, and the transcript says "reset".
    QVERIFY(say(p.controller, QStringLiteral("agent")));
    p.controller.reset();
    QVERIFY(p.debugger.variables()->rowOf(QStringLiteral("agentSkillName")) < 0);
    QCOMPARE(p.controller.recording().items.last().text, QStringLiteral("reset"));
}

void TestPreview::inputRecallsEarlierMessages()
{
    Preview p(loadRoutingBot());
    QVERIFY(QTest::qWaitForWindowExposed(&p.panel));
    QLineEdit *input = p.panel.input();
    for (const QString &m : {QStringLiteral("hi"), QStringLiteral("billing")}) {
        input->setText(m);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(p.controller.isIdle(), turnTimeoutMs);
    }
    QVERIFY(input->text().isEmpty());
    input->setText(QStringLiteral("draft"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("billing"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), QStringLiteral("hi"));
    QTest::keyClick(input, Qt::Key_Down);
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->text(), QStringLiteral("draft"));
}

void TestPreview::doubleClickOnAnErrorJumpsToTheCode()
{
    QSettings().clear();
    MainWindow::Options options;
    options.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
    MainWindow window(options);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Interaction faulty = text(QStringLiteral("faulty"), QStringLiteral("hmm"));
    faulty.preProcess = QStringLiteral("var ok = 1;\nvar also = 2;\nundefinedThing.call();");
    Bot bot = testBot({dialog(QStringLiteral("Other"),
                              {starter(QStringLiteral("other"), {QStringLiteral("other")}),
                               text(QStringLiteral("other text"), QStringLiteral("o"))}),
                       dialog(QStringLiteral("Faulty"),
                              {starter(QStringLiteral("start"), {QStringLiteral("go")}), faulty})});
    window.document()->load(bot);
    window.showDialog(bot.dialogs.first().id);

    PreviewController *preview = window.previewController();
    QVERIFY(say(*preview, QStringLiteral("go")));
    DebuggerPanel *debugger = window.debuggerPanel();
    QVERIFY(window.debuggerDock()->isVisible());
    const QList<int> errors = logRows(*debugger->log(), RuntimeEvent::Type::Error);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(debugger->log()->at(errors.first()).event.line, 3);

    QTreeView *log = debugger->logView();
    const QModelIndex proxy
            = log->model()->index(qobject_cast<QSortFilterProxyModel *>(log->model())
                                          ->mapFromSource(debugger->log()->index(errors.first(), 0))
                                          .row(),
                                  EventLogModel::TextColumn);
    log->scrollTo(proxy);
    const QPoint at = log->visualRect(proxy).center();
    // A double-click on an item is a press first, as with a real mouse.
    QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(log->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(window.inspector()->interactionId(), faulty.id, 1000);
    QCOMPARE(window.canvas()->dialogId(), bot.dialogs.at(1).id);
    QCOMPARE(window.inspector()->tabs()->currentIndex(), 1); // Code
}

void TestPreview::canvasFollowsTheConversation()
{
    QSettings().clear();
    MainWindow::Options options;
    options.recoveryDirectory = m_tmp.filePath(QStringLiteral("recovery"));
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(routingBot()));
    const QString welcome = window.document()->bot().dialogs.first().id;
    QCOMPARE(window.canvas()->dialogId(), welcome);
    // The tester is editing the greeting while chatting.
    const QString greeting = window.document()->bot().dialogs.first().interactions.at(1).id;
    QVERIFY(window.showInteractionNamed(window.document()->interaction(greeting)->name));
    QCOMPARE(window.inspector()->interactionId(), greeting);
    QSignalSpy running(window.previewController(), &PreviewController::runningInteractionChanged);
    QSignalSpy path(window.previewController(), &PreviewController::pathChanged);
    QVERIFY(say(*window.previewController(), QStringLiteral("billing")));
    // The canvas shows the dialog the turn ran, with its path; the inspector keeps what it edits.
    QCOMPARE(window.canvas()->dialogId(), window.document()->bot().dialogs.at(2).id);
    QCOMPARE(window.inspector()->interactionId(), greeting);
    QVERIFY(!path.isEmpty());
    const QStringList last = path.last().first().toStringList();
    QCOMPARE(last.size(), 2);
    QCOMPARE(window.document()->interaction(last.last())->name,
             QStringLiteral("transfer to billing"));
    QVERIFY(!running.isEmpty());

    // Start from the explorer's dialog menu action, as the user would.
    QAction *start = window.action(QStringLiteral("previewStartDialog"));
    QVERIFY(start);
    window.showDialog(welcome);
    start->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.previewController()->isIdle(), turnTimeoutMs);
    QCOMPARE(window.previewController()->startDialogId(), welcome);
    QCOMPARE(texts(*window.previewPanel()->chat(), ChatEntry::Kind::Bot).last(),
             QStringLiteral("Hi, I am the routing bot. Say \"agent\" to talk to a person, or ask "
                            "about your bill."));
    // F5 restarts from the beginning.
    window.action(QStringLiteral("previewRestart"))->trigger();
    QVERIFY(window.previewController()->startDialogId().isEmpty());
}

void TestPreview::aLinkWhoseTextNamesAnotherHostAsksFirst()
{
    Preview p(testBot({}));
    QList<QUrl> opened;
    UrlCatcher catcher(&opened);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    ChatView *view = p.panel.findChild<ChatView *>();
    QVERIFY(view);
    const auto answerPrompt = [](QMessageBox::StandardButton button, QString *asked) {
        QTimer::singleShot(0, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("linkHostPrompt"))
                return;
            *asked = box->text();
            box->button(button)->click();
        });
    };

    // Text and address agree (apart from "www."), or the text is no address: opened at once.
    emit view->linkActivated(QUrl(QStringLiteral("https://www.bank.test/login")),
                             QStringLiteral("bank.test"));
    emit view->linkActivated(QUrl(QStringLiteral("https://other.test/")),
                             QStringLiteral("Click here"));
    QCOMPARE(opened.size(), 2);

    // "www.bank.test" that goes elsewhere: the user is asked, knowing where it goes.
    QString asked;
    answerPrompt(QMessageBox::Cancel, &asked);
    emit view->linkActivated(QUrl(QStringLiteral("https://evil.test/bank.test")),
                             QStringLiteral("https://www.bank.test/login"));
    QCOMPARE(asked, QStringLiteral("The link says www.bank.test but goes to evil.test."));
    QCOMPARE(opened.size(), 2);
    answerPrompt(QMessageBox::Open, &asked);
    emit view->linkActivated(QUrl(QStringLiteral("https://evil.test/")),
                             QStringLiteral("www.bank.test"));
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.last(), QUrl(QStringLiteral("https://evil.test/")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
