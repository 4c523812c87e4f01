#pragma once

#include "botmessage.h"
#include "previewtranscript.h"
#include "runtimeevent.h"
#include "runtimeoptions.h"
#include "validation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <memory>

namespace dialogsmith::document {
class BotDocument;
struct Bot;
} // namespace dialogsmith::document

namespace dialogsmith::runtime {
class BotRuntime;
class Conversation;
class UnavailableTransport;
} // namespace dialogsmith::runtime

namespace dialogsmith::ui {

class ChatModel;
class DebuggerRecord;
class PreviewNetwork;

/// The preview's conversation, without widgets: a BotRuntime built from the document's bot, one
/// Conversation on it, and what the preview panels show about them.
///
/// Edits never reach a running conversation: the runtime holds the bot as it was when the
/// preview (re)started, and after an edit isStale() says that a restart would run something
/// else. A bot with problems runs anyway; its problems go to the event log. Turns are
/// asynchronous (a turn that waits for the network finishes later) and scripts have a
/// watchdog, so nothing here blocks the UI.
///
/// Bot messages are released in order, each after its interaction's delay when delays are on
/// (typingChanged() meanwhile); turnFinished() comes once the turn is over and every message of
/// it has been shown. The `messaging` channel sends integrations and agent transfers over the
/// network through a PreviewNetwork; `web` sends nothing, as Conversation Builder's preview.
class PreviewController : public QObject
{
    Q_OBJECT

public:
    explicit PreviewController(document::BotDocument *document, QObject *parent = nullptr);
    ~PreviewController() override;

    document::BotDocument *document() const { return m_document; }
    /// The network side (agent desk, secrets, HTTP).
    PreviewNetwork *network() const { return m_network.get(); }

    runtime::Channel channel() const { return m_channel; }
    /// Switches to `channel`; a running preview restarts in it unless `restartNow` is false.
    void setChannel(runtime::Channel channel, bool restartNow = true);
    /// The environment chosen in the preview: a name of the bot's environments, or empty for
    /// the bot's default.
    QString environment() const { return m_environment; }
    /// Restarts the preview with environment `name`.
    void setEnvironment(const QString &name);
    /// The environment the runtime reads: environment() when the bot still has it, otherwise
    /// the bot's default (empty when the bot has none).
    QString effectiveEnvironment() const;
    /// Values that replace or add to the environment's for the next start (a transcript's
    /// `env:` lines).
    void setEnvironmentOverrides(const QHash<QString, QString> &values);
    bool delaysEnabled() const { return m_delays; }
    /// Interaction delays on (with a typing indicator) or off; off shows pending messages now.
    void setDelaysEnabled(bool enabled);

    /// Whether a conversation runs.
    bool isRunning() const;
    /// The bot was edited since the preview started: a restart runs the edited bot.
    bool isStale() const { return m_stale; }
    /// No turn running and no message waiting for its delay.
    bool isIdle() const;
    runtime::BotRuntime *runtime() const { return m_runtime.get(); }
    runtime::Conversation *conversation() const;
    /// The problems of the running bot (what did not compile, a missing environment...).
    const QList<document::Problem> &problems() const { return m_problems; }
    /// The interactions entered in the last turn, in order.
    const QStringList &turnPath() const { return m_path; }
    /// The variables and the event log of the conversations so far, for the debugger panel.
    DebuggerRecord *debuggerRecord() const { return m_debuggerRecord; }
    /// The chat the preview panel shows, kept here from the start, so that a panel made late
    /// (the studio makes it when its dock first shows) shows everything said before it.
    ChatModel *chat() const { return m_chat; }
    /// The chat entry of the bot message numbered `serial` in this conversation (the serial of
    /// botMessage()), or 0.
    quint64 chatEntryForMessage(int serial) const { return m_messageEntries.value(serial); }
    /// The conversation since it started, for Save Transcript.
    const PreviewRecording &recording() const { return m_recording; }
    /// Where the current conversation starts in m_recording (after the last reset).
    qsizetype m_historyStart = 0;
    /// The user id of preview conversations: the one `dialogsmith-cli test` uses, so a saved
    /// transcript that shows it ("display userid") passes there too.
    static QString userId();

    /// Sends what the user typed (starting the preview if needed). `display` is what the chat
    /// shows when it differs (a quick reply's title for its payload).
    void send(const QString &text, const QString &display = {});
    /// Sends `choice` of the bot message `messageSerial` as the user's answer.
    void sendChoice(const runtime::Choice &choice);
    /// A new runtime from the document's bot and a new conversation.
    void restart();
    /// The running conversation starts over, like the `reset` command.
    void reset();
    /// Restarts the preview and enters dialog `dialogId` at once (its first interaction runs as
    /// if its starter had matched).
    void startFromDialog(const QString &dialogId);
    /// The dialog the current conversation started in (empty: the beginning).
    QString startDialogId() const { return m_startDialogId; }
    /// Shows every delayed message now.
    void flushDelayed();

signals:
    /// A conversation started: the chat starts a new section; `description` says with what.
    void conversationStarted(const QString &description);
    /// The chat should drop what it shows (another bot was loaded).
    void cleared();
    void userMessage(const QString &text);
    /// A bot message to show; `serial` counts the messages of this conversation from 1.
    void botMessage(const dialogsmith::runtime::BotMessage &message, int serial);
    /// A human agent's reply (agent desk).
    void agentMessage(const QString &text);
    /// A line for the chat between bubbles: transfers, resets.
    void notice(const QString &text, bool error);
    void typingChanged(bool typing);
    void eventOccurred(const dialogsmith::runtime::RuntimeEvent &event);
    /// A user message went to the bot.
    void turnStarted(const QString &message);
    /// The turn is over and all its messages are shown.
    void turnFinished();
    /// The conversation was reset (the `reset` command): variables and dialogs are gone.
    void conversationReset();
    void staleChanged(bool stale);
    /// The interaction running now ("" when none), then the path of the turn so far.
    void runningInteractionChanged(const QString &interactionId);
    void pathChanged(const QStringList &interactionIds);
    void channelChanged(dialogsmith::runtime::Channel channel);
    void environmentChanged(const QString &name);
    void delaysChanged(bool enabled);

private:
    struct Pending
    {
        runtime::BotMessage message;
        int serial = 0;
    };

    bool ensureRunning();
    void start();
    void stop();
    void onMessageSent(const runtime::BotMessage &message);
    void onEvent(const runtime::RuntimeEvent &event);
    void onTurnFinished();
    void releaseDue(bool headDue);
    void updateTyping();
    void checkIdle();
    void documentChanged();
    void documentLoaded();
    void receiveAgentMessage(const QString &conversationId, const QString &text);
    void reportNetworkNotice(const QString &conversationId, const QString &text, bool error);

    document::BotDocument *m_document;
    std::unique_ptr<PreviewNetwork> m_network;
    std::unique_ptr<runtime::BotRuntime> m_runtime; ///< after the transports: it goes first
    QPointer<runtime::Conversation> m_conversation;
    QString m_conversationId;

    runtime::Channel m_channel = runtime::Channel::Web;
    QString m_environment;
    QHash<QString, QString> m_overrides;
    bool m_delays = true;
    QString m_startDialogId;

    bool m_stale = false;
    bool m_turnActive = false;
    bool m_typing = false;
    int m_serial = 0;
    std::deque<Pending> m_pending;
    QTimer m_delayTimer;
    QStringList m_path;
    QList<document::Problem> m_problems;
    PreviewRecording m_recording;
    DebuggerRecord *m_debuggerRecord;
    ChatModel *m_chat;
    QHash<int, quint64> m_messageEntries;
};

} // namespace dialogsmith::ui
