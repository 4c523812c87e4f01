#pragma once

#include "botmessage.h"
#include "compiledbot.h"
#include "runtimeevent.h"
#include "runtimeoptions.h"
#include "scriptcontext.h"
#include "templateexpander.h"
#include "transport.h"
#include "variablestore.h"

#include <QJSValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dialogsmith::runtime {

class BotRuntime;
class ScriptHost;
struct ScriptOutcome;
struct CoverageRecorder;

/// One conversation with a bot: the user's messages in, the bot's messages and a log of events
/// out. Created by BotRuntime::startConversation().
///
/// A turn is asynchronous: send() starts it; messageSent() and eventOccurred() report what
/// happens; turnFinished() ends it. A turn that needs no network finishes before send() returns;
/// one that waits for an integration finishes later, and other conversations run meanwhile.
/// Messages sent during a turn wait for it to finish. "reset" restarts the conversation and
/// "display userid" shows the user id, as in CB's preview. A message that equals the title or the
/// payload of a quick reply or button the bot just offered, or its number, picks it: the bot sees
/// its payload (and getQuickReplyPayload() / getButtonPayload() return it).
///
/// Matching a message: the question waiting for an answer (its rules), then dialog-starter
/// patterns, intents, the fallback dialog, and the built-in fallback text. Dialogs form a stack:
/// a dialog that ends hands back to the one below it, which sends its last interaction again
/// unless the bot variable `skipPreviousDialog` is 'true'. A turn stops with an error after more
/// than 10 statements in a row in one dialog, more than 5 dialog hops (jumps to another dialog
/// and resumed dialogs), or a script that runs out of time.
///
/// A failed agent transfer (an ESCALATION interaction, or the legacy escalation integration in
/// the messaging channel) is followed, in the same turn, by escalationFailedMessage() as if the
/// user had sent it: the first dialog with a starter pattern that names it (and matches) runs;
/// with none, the user sees transferFailedText(). Once per turn: a second failed transfer in the
/// same turn shows transferFailedText().
class Conversation : public QObject, private ScriptContext, private TemplateScope
{
    Q_OBJECT
public:
    ~Conversation() override;

    QString id() const { return m_id; }
    QString userId() const override { return m_userId; }
    Channel channel() const { return m_channel; }

    /// Starts a turn with the user's message (or queues it while a turn runs).
    void send(const QString &message);
    /// Runs a turn in dialog `dialogId` as if its starter had matched, with no user message:
    /// "start from this dialog" in the preview, a transcript's `start:` line. False (and nothing
    /// happens) when there is no such dialog or a turn is running.
    bool startInDialog(const QString &dialogId);
    /// True from send() until turnFinished().
    bool isBusy() const
    {
        return m_turnState == TurnState::Running || m_turnState == TurnState::WaitingForIntegration
               || m_turnState == TurnState::WaitingForEscalation;
    }
    /// Restarts the conversation (a new id, session variables and dialogs cleared); a turn that
    /// is waiting for the network is abandoned. `persistForever` variables stay. Called from a
    /// slot of this conversation's signals, it takes effect when the running turn is over.
    void reset();

    /// A bot variable as text (objects as JSON), or nullopt when it is not set.
    std::optional<QString> variable(const QString &name) const;
    /// `text` with every secret value a request of this conversation used shown as `***`: for
    /// showing variables, which may hold what a server echoed back.
    QString redacted(const QString &text) const;
    QStringList variableNames() const;
    /// The dialogs on the stack, bottom first (names).
    QStringList dialogStack() const;
    /// The question waiting for the user's answer, or an empty id.
    QString waitingInteractionId() const;

    /// Records what this conversation reaches into `recorder` (null: nothing), which must
    /// outlive it or be replaced first.
    void setCoverage(CoverageRecorder *recorder) { m_coverage = recorder; }

    /// The text sent when nothing matches and the bot has no fallback dialog.
    static QString fallbackText();
    /// What the bot receives as the user's message after a failed agent transfer, as in CB: a
    /// dialog whose starter pattern matches it can answer.
    static QString escalationFailedMessage();
    /// What the user sees after a failed transfer when no dialog catches
    /// escalationFailedMessage().
    static QString transferFailedText();

signals:
    void messageSent(const dialogsmith::runtime::BotMessage &message);
    void eventOccurred(const dialogsmith::runtime::RuntimeEvent &event);
    void turnFinished();

private:
    friend class BotRuntime;
    Conversation(BotRuntime *runtime, const ConversationOptions &options);

    struct Frame
    {
        int dialog = -1;
        int lastSent = -1; ///< the interaction to send again when the dialog is back on top
        bool waiting = false;
    };
    /// Where the turn is. Idle → Running (send(), startInDialog()) → Running again after each
    /// wait → Finishing (turnFinished() is being delivered; messages sent now are queued) → Idle.
    enum class TurnState {
        Idle,
        Running,               ///< interactions run until the cursor runs out or a wait begins
        WaitingForIntegration, ///< an integration's request is out; its answer resumes the turn
        WaitingForEscalation,  ///< an agent transfer was asked for; its answer resumes the turn
        Finishing,
    };
    /// Whether the conversation is open: it starts on the first message, a CLOSE_CONVERSATION
    /// action closes it, and the next message then starts it again.
    enum class Life { NotStarted, Open, Closed };
    /// What a failed agent transfer still asks of the turn: once the interaction's own flow is
    /// over, the bot gets escalationFailedMessage() (Pending); a second failure in the same turn
    /// (PendingAgain, after Delivered) shows transferFailedText() instead.
    enum class TransferFailure { None, Pending, Delivered, PendingAgain };
    void setTransferFailed(bool failed);

    // Turn driving.
    void prepareTurn();
    void beginTurn(const QString &message);
    void run();
    void finishTurn();
    void abortTurn(const QString &error, const document::Interaction *at = nullptr);
    void start();
    void restart();

    // Matching.
    void pickOfferedChoice();
    bool answerQuestion(Frame &frame);
    void matchGlobally();
    bool ruleFires(const document::Interaction &in, const document::Rule &rule,
                   const CompiledRule &compiled);
    bool variableConditionsHold(const document::Rule &rule);
    bool variableCondition(const document::VariableCondition &condition);

    // Flow.
    bool enterDialog(int dialog, bool replaceTop, const QString &why);
    void runInteraction(InteractionRef ref);
    void follow(InteractionRef ref, const document::Action &action);
    void goTo(InteractionRef target);
    void completeDialog();
    void closeConversation();
    bool runSlot(int handle);
    void beginInteraction(InteractionRef ref);
    void leaveInteraction();
    void applyAssignments(const document::Rule &rule);
    void followRules(InteractionRef ref, bool apiResult);

    // Content.
    bool buildMessage(const document::Interaction &in, BotMessage &message);
    void emitMessage(BotMessage message);
    void sendText(const QString &text);
    /// `secretNames` collects the names of the secrets that expanded.
    QString expand(const QString &text, TemplateContext context = TemplateContext::Text,
                   bool allowSecrets = false, QStringList *secretNames = nullptr);

    // Integrations and escalations.
    void callIntegration(InteractionRef ref);
    document::Result<HttpRequest> buildRequest(const document::Integration &integration);
    void integrationDone(quint64 turn, document::Result<HttpResponse> result);
    void handleIntegrationResult(const document::Result<HttpResponse> &result);
    void storeDataFields(const document::Integration &integration, const QString &rdv);
    void finishIntegration(InteractionRef ref);
    void escalate(InteractionRef ref);
    void escalationDone(quint64 turn, document::Result<void> result);
    void handleEscalationResult(const document::Result<void> &result);
    void transferFailed();

    // Variables and events.
    void setVariable(const QString &name, const VariableValue &value, StoreScope scope);
    QString variableText(const VariableValue &value) const;
    bool observed() const { return m_observed; }
    void note(RuntimeEvent::Type type, const QString &text,
              const document::Interaction *at = nullptr);
    void reportScript(const ScriptOutcome &outcome);

    // ScriptContext
    QString channelName() const override;
    QString conversationId() const override { return m_id; }
    QString botId() const override;
    QString currentUserMessage() const override { return m_userMessage; }
    QString quickReplyPayload() const override { return m_quickReplyPayload; }
    QString buttonPayload() const override { return m_buttonPayload; }
    QString dialogStarterIntent() const override { return m_starterIntent; }
    std::optional<QString> environmentValue(const QString &name) const override;
    const VariableValue *botVariable(const QString &name) const override;
    void setBotVariable(const QString &name, const VariableValue &value, StoreScope scope) override;
    void removeBotVariable(const QString &name) override;
    void sendMessage(const BotMessage &message) override;
    void addQuickReplies(const QList<Choice> &replies) override;
    void setTriggerNextMessage(const QString &interactionName) override;
    void setMessageDelay(int ms) override;
    void stopInteraction() override;
    void printDebugMessage(const QString &text) override;
    void logEvent(const QString &text) override;
    bool apiExecutionSuccessful() const override { return m_apiSuccess; }
    int apiStatusCode() const override { return m_apiStatus; }
    ContextStore &contextStore() override;
    QString lpEngagementAttribute(const QString &name) const override;
    QJsonObject lpCustomerInfo() const override;
    QJsonObject lpPersonalInfo() const override;
    QString lpAccountId() const override;

    // TemplateScope
    std::optional<QString> resolve(const TemplateRef &ref) const override;
    bool isDataVariable(QStringView name) const override;

    BotRuntime *m_runtime;
    const CompiledBot &m_bot;
    ScriptHost &m_scripts;
    Channel m_channel;
    QString m_id;
    QString m_userId;
    VariableStore m_variables;
    QJSValue m_scope;
    Life m_life = Life::NotStarted;
    std::vector<Frame> m_stack;
    QList<Choice> m_offered; ///< choices of the last message; the next answer may pick one
    QString m_starterIntent;
    bool m_apiSuccess = false;
    CoverageRecorder *m_coverage = nullptr;
    int m_apiStatus = 0;

    // The turn.
    TurnState m_turnState = TurnState::Idle;
    bool m_running = false; ///< the conversation's own code is on the stack (not a turn state:
                            ///< reset() from a slot waits for it to unwind)
    quint64 m_turn = 0;
    QStringList m_queue;
    bool m_observed = false;
    bool m_ranScript = false;
    QString m_userMessage;
    QString m_quickReplyPayload;
    QString m_buttonPayload;
    InteractionRef m_cursor; ///< the interaction to run next
    int m_chain = 0;         ///< statements run in a row in the current dialog
    int m_hops = 0;          ///< dialog jumps and resumes in this turn
    TransferFailure m_transferFailure = TransferFailure::None;

    // The interaction that runs.
    InteractionRef m_current;
    QString m_trigger;
    bool m_stopped = false;
    QList<Choice> m_addedReplies;
    int m_delay = 0;

    // Waiting for a transport.
    bool m_inTransport = false; ///< inside the transport's call: an answer now is synchronous
    std::optional<document::Result<HttpResponse>> m_syncResponse;
    std::optional<document::Result<void>> m_syncEscalation;
    QStringList m_requestSecrets;
    QStringList m_secretsSeen; ///< every secret value a request used: no log line shows one
};

} // namespace dialogsmith::runtime
