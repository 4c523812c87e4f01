#pragma once

#include "account.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace dialogsmith::cloud {

namespace protocol {
class EventFrames;
}

/// A participant's role in a conversation, as LivePerson names them.
enum class Role { Consumer, AssignedAgent, Agent, Manager, Reader, Controller };
/// "CONSUMER", "ASSIGNED_AGENT", "AGENT", "MANAGER", "READER", "CONTROLLER"
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

/// An agent's routing availability (`.ams.routing.SetAgentState`).
enum class Availability { Offline, Online, Away };
QString availabilityName(Availability availability);
std::optional<Availability> availabilityFromName(const QString &name);

/// The outcome of a request the brand refused: an HTTP-like code (400 bad input, 403 not
/// allowed, 404 unknown, 409 wrong state, 429 a bound reached) and one sentence.
struct Refusal
{
    int code = 400;
    QString message;
};
using Outcome = std::optional<Refusal>;

struct Participant
{
    Role role = Role::Consumer;
    QString pid;    ///< the consumer's id, or the agent's user PId
    QString userId; ///< agents: the LiveEngage user id; empty for consumers
    qint64 since = 0;
};

/// One sequenced event of a conversation's main dialog (content, rich content, accept status)
/// or, with sequence -1, an event that is passed on and not kept (chat state).
struct MessagingEvent
{
    qint64 sequence = -1;
    QString conversationId;
    Role role = Role::Consumer; ///< the originator's role when it sent the event
    QString originatorPid;      ///< consumer id, agent PId, or "system" for the controller
    QString originatorUserId;   ///< agents: the user id (the old originatorId is ACCOUNT.USERID)
    qint64 serverTimestamp = 0;
    QJsonObject event;    ///< {"type": "ContentEvent", ...} as the originator sent it
    QByteArray eventJson; ///< `event` as compact JSON, made once for every frame that carries it

    bool isContent() const;
};

/// A skill change of a conversation: a transfer, or the entry on the campaign's skill.
struct TransferRecord
{
    qint64 time = 0;
    qint64 fromSkill = -1;
    qint64 toSkill = -1;
    QString by;     ///< the user id that asked, or "escalation" for the legacy endpoint
    QString reason; ///< "transfer", "escalation", "entry"
};

/// A conversation as the cloud keeps it.
struct ConversationRecord
{
    QString id; ///< also the id of its main dialog
    QString consumerPid;
    qint64 skillId = -1;
    bool open = true;
    QString closeReason; ///< "CONSUMER", "AGENT", "SYSTEM" once closed
    qint64 startTs = 0;
    qint64 endTs = 0;
    qint64 lastUpdate = 0;
    QString campaignId;
    QString engagementId;
    QList<Participant> participants; ///< current, in order of joining
    QList<Participant> formerParticipants;
    QList<TransferRecord> transfers;
    std::vector<MessagingEvent> events; ///< sequence N at index N-1
    /// The latest accept status ("ACCEPT", "READ") of each content event, by sequence.
    QHash<qint64, QString> acceptStatus;

    // Routing: set while the conversation waits for an agent on its skill.
    qint64 queuedSince = 0;
    QString ringId;
    QSet<QString> declinedBy; ///< users who rejected a ring or let it expire in this wait
    bool queueNoticeSent = false;

    const Participant *participant(Role role) const;
    const Participant *participantByUser(const QString &userId) const;
    bool hasParticipantPid(const QString &pid) const;
    QString assignedAgentUserId() const;

    /// The whole conversation for the transcript file.
    QJsonObject toJson(const Account &account) const;
};

/// A routing task offered to one agent.
struct Ring
{
    enum class State { Waiting, Accepted, Rejected, Expired, Cancelled };

    QString id;
    QString conversationId;
    QString consumerPid;
    QString userId;
    qint64 skillId = -1;
    State state = State::Waiting;
    qint64 created = 0;
    qint64 expires = 0;

    static QString stateName(State state);
};

/// Receives what happens in a brand. Sessions register for the consumer or agent they serve;
/// watchers get every conversation change of the brand.
class BrandListener
{
public:
    virtual ~BrandListener() = default;
    /// Participants, skill or state changed (also a new conversation). `removedUsers` are agents
    /// that left with this change, so their subscriptions can drop it.
    virtual void conversationChanged(const ConversationRecord &conversation,
                                     const QStringList &removedUsers)
            = 0;
    /// `frames` gives the event's frame for each side, made once for all listeners.
    virtual void eventPublished(const ConversationRecord &conversation, const MessagingEvent &event,
                                protocol::EventFrames &frames)
            = 0;
    virtual void ringChanged(const Ring &ring) { Q_UNUSED(ring) }
};

struct BrandOptions
{
    std::chrono::milliseconds ringTimeout{30000};
    int maxOpenConversations = 20000;
    int maxClosedKept = 20000;
    int maxEventsPerConversation = 10000;
    int maxMessageLength = 20000;
    int maxRichContentBytes = 256 * 1024;
};

/// One LiveEngage account at run time: its conversations, the agents' availability, the skill
/// queues and the rings. No sockets here: the consumer and agent sessions call in, and learn
/// what changed through BrandListener.
///
/// Routing: a new conversation enters on its campaign's entry skill (or the skill the consumer
/// asked for) and waits in that skill's queue. A waiting conversation rings one agent at a time:
/// an agent with the skill who is ONLINE, subscribed to routing tasks, below max chats (rings
/// count) and has not declined it; the least loaded first, then the one who got a conversation
/// longest ago. An accepted ring makes the agent the ASSIGNED_AGENT; a rejected or expired one
/// rings the next. While no agent can take it the consumer is told once, by the controller. A
/// transfer (legacy escalation or UpdateConversationField Skill + ParticipantsChange REMOVE)
/// removes the assigned agent, sets the skill and queues the conversation again.
///
/// Everything is bounded (BrandOptions); a refused request changes nothing. Lives on one thread.
class Brand final : public QObject
{
    Q_OBJECT
public:
    explicit Brand(Account account, BrandOptions options = {}, QObject *parent = nullptr);
    ~Brand() override;

    const Account &account() const { return m_account; }
    QString id() const { return m_account.id; }
    /// Replaces the account (the file changed): skills and users apply to later routing.
    void setAccount(Account account);
    const BrandOptions &options() const { return m_options; }

    /// "ACCOUNT.USERID": how LiveEngage's older fields name an agent.
    QString oldAgentId(const QString &userId) const;
    /// The user id in "ACCOUNT.USERID" (or a bare user id), or empty.
    QString userIdFromOldId(const QString &oldId) const;

    // --- Consumers -------------------------------------------------------------------------
    /// A new consumer identity (signup); returns its id.
    QString addConsumer();
    bool hasConsumer(const QString &consumerPid) const;
    void setConsumerProfile(const QString &consumerPid, const QJsonObject &profile);
    QJsonObject consumerProfile(const QString &consumerPid) const;
    /// Opens a conversation for the consumer on `skillId`, or on the campaign's entry skill
    /// (the first campaign when `campaignId` is empty). A consumer has one open conversation.
    Outcome requestConversation(const QString &consumerPid, std::optional<qint64> skillId,
                                const QString &campaignId, const QString &engagementId,
                                QString *conversationId);
    /// The consumer's open conversation, or empty.
    QString openConversationOf(const QString &consumerPid) const;

    // --- Events ----------------------------------------------------------------------------
    /// A participant publishes `event` in a conversation's main dialog. Content, rich content
    /// and accept status are kept with a sequence number (returned); chat state is passed on.
    Outcome publish(const QString &conversationId, const QString &pid, const QJsonObject &event,
                    qint64 *sequence = nullptr);
    /// The kept events with a sequence above `newerThan`, at most `limit`.
    QList<MessagingEvent> events(const QString &conversationId, qint64 newerThan,
                                 int limit = 10000) const;

    // --- Agents ----------------------------------------------------------------------------
    void agentConnected(const QString &userId);
    void agentDisconnected(const QString &userId, bool routingSubscribed);
    Outcome setAvailability(const QString &userId, Availability availability);
    Availability availability(const QString &userId) const;
    void setRoutingSubscribed(const QString &userId, bool subscribed);
    /// Accepts or rejects a ring offered to `userId`.
    Outcome updateRing(const QString &userId, const QString &ringId, bool accept);
    /// The rings waiting for `userId`.
    QList<Ring> waitingRings(const QString &userId) const;
    /// Applies `.ams.cm.UpdateConversationField` fields (ParticipantsChange, Skill,
    /// ConversationStateField) for an agent, all or nothing.
    Outcome updateConversationFields(const QString &userId, const QString &conversationId,
                                     const QJsonArray &fields);
    /// The consumer closes its conversation.
    Outcome closeByConsumer(const QString &consumerPid, const QString &conversationId);
    /// The legacy escalation endpoint: the assigned agent (the bot) leaves and the conversation
    /// waits on `skillId`. 404 unknown conversation, 409 closed, 422 unknown skill.
    Outcome escalate(const QString &conversationId, qint64 skillId, const QString &message);
    /// Open conversations assigned to `userId`.
    int load(const QString &userId) const;
    /// A conversation that began elsewhere (the studio's preview) arrives with what was said so
    /// far and is transferred to `skillId` as if the account's bot had escalated it: a new
    /// consumer and conversation, `history` ({"role": "consumer" | "bot", "text"} lines) kept
    /// as its first events (the bot's lines from the account's first Bot user, or the
    /// controller when it has none), then `message` from the bot, then the skill's queue.
    /// Returns the new conversation's id in `conversationId`. 422 unknown skill, 429 too many.
    Outcome handOver(const QJsonArray &history, qint64 skillId, const QString &message,
                     QString *conversationId);

    // --- Conversations ---------------------------------------------------------------------
    const ConversationRecord *conversation(const QString &id) const;
    /// Every conversation kept, oldest first.
    QList<const ConversationRecord *> conversations() const;
    /// Conversations waiting on `skillId`, first in line first.
    QStringList queue(qint64 skillId) const;
    /// Everything kept, for the transcript file written when the cloud stops.
    QJsonObject toJson() const;

    // --- Listeners -------------------------------------------------------------------------
    void addConsumerListener(const QString &consumerPid, BrandListener *listener);
    void removeConsumerListener(const QString &consumerPid, BrandListener *listener);
    void addAgentListener(const QString &userId, BrandListener *listener);
    void removeAgentListener(const QString &userId, BrandListener *listener);
    void addWatcher(BrandListener *listener);
    void removeWatcher(BrandListener *listener);

signals:
    /// One line of the cloud's activity log: {"event": "conversation-opened" | "ring" |
    /// "accept" | "reject" | "transfer" | "message" | "close" | "queued" | "agent-state", ...}.
    void activity(const QJsonObject &entry);

private:
    ConversationRecord *find(const QString &id);
    Outcome checkEvent(const QJsonObject &event) const;
    MessagingEvent &appendEvent(ConversationRecord &c, Role role, const QString &pid,
                                const QString &userId, const QJsonObject &event);
    void distribute(const ConversationRecord &c, const MessagingEvent &event);
    void changed(const ConversationRecord &c, const QStringList &removedUsers = {});
    void log(const QString &event, const ConversationRecord *c, QJsonObject extra = {});

    // Routing.
    void enqueue(ConversationRecord &c);
    void dequeue(ConversationRecord &c);
    void dispatch(qint64 skillId);
    void dispatchAll();
    void dispatchSkillsOf(const QString &userId);
    bool canTake(const QString &userId, qint64 skillId) const;
    void ring(ConversationRecord &c, const QString &userId);
    void finishRing(const QString &ringId, Ring::State state);
    void expire(const QString &ringId);
    void cancelRingsOf(const QString &userId);
    void tellQueued(ConversationRecord &c);
    void assign(ConversationRecord &c, const QString &userId);
    // By value: callers pass a participant's own id, which the removal destroys.
    void removeAgent(ConversationRecord &c, const QString userId, QStringList &removed);
    void close(ConversationRecord &c, const QString &reason);
    void pruneClosed();

    struct Presence
    {
        Availability availability = Availability::Offline;
        int connections = 0;
        int routingSubscriptions = 0;
        qint64 lastAssigned = 0;
        int pendingRings = 0;
    };

    Account m_account;
    BrandOptions m_options;
    QHash<QString, std::shared_ptr<ConversationRecord>> m_conversations;
    std::deque<QString> m_order; ///< conversation ids, oldest first
    int m_open = 0;
    int m_closed = 0;
    QHash<QString, QString> m_openByConsumer;
    QHash<QString, QJsonObject> m_consumers;
    QHash<QString, Presence> m_presence;
    QHash<QString, QSet<QString>> m_assigned; ///< user id -> open conversations assigned
    std::map<qint64, std::deque<QString>> m_queues;
    QHash<QString, Ring> m_rings; ///< waiting rings by id
    quint64 m_nextRing = 1;
    QHash<QString, QList<BrandListener *>> m_consumerListeners;
    QHash<QString, QList<BrandListener *>> m_agentListeners;
    QList<BrandListener *> m_watchers;
};

/// Milliseconds since the epoch: LivePerson's timestamps.
qint64 nowMs();

} // namespace dialogsmith::cloud
