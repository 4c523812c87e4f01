#include "brand.h"

#include "protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <tuple>

namespace dialogsmith::cloud {

namespace {

const QString kSystemPid = QStringLiteral("system");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString clipped(const QString &text, int max = 200)
{
    return text.size() <= max ? text : text.left(max) + QStringLiteral("…");
}

} // namespace

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Consumer:
        return QStringLiteral("CONSUMER");
    case Role::AssignedAgent:
        return QStringLiteral("ASSIGNED_AGENT");
    case Role::Agent:
        return QStringLiteral("AGENT");
    case Role::Manager:
        return QStringLiteral("MANAGER");
    case Role::Reader:
        return QStringLiteral("READER");
    case Role::Controller:
        return QStringLiteral("CONTROLLER");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Consumer, Role::AssignedAgent, Role::Agent, Role::Manager, Role::Reader,
                   Role::Controller}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Offline:
        return QStringLiteral("OFFLINE");
    case Availability::Online:
        return QStringLiteral("ONLINE");
    case Availability::Away:
        return QStringLiteral("AWAY");
    }
    return {};
}

std::optional<Availability> availabilityFromName(const QString &name)
{
    for (Availability a : {Availability::Offline, Availability::Online, Availability::Away}) {
        if (availabilityName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString Ring::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("WAITING");
    case State::Accepted:
        return QStringLiteral("ACCEPTED");
    case State::Rejected:
        return QStringLiteral("REJECTED");
    case State::Expired:
        return QStringLiteral("EXPIRED");
    case State::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

bool MessagingEvent::isContent() const
{
    const QString type = event.value(QLatin1String("type")).toString();
    return type == QLatin1String("ContentEvent") || type == QLatin1String("RichContentEvent");
}

// --- ConversationRecord ---------------------------------------------------------------------

const Participant *ConversationRecord::participant(Role role) const
{
    for (const Participant &p : participants) {
        if (p.role == role)
            return &p;
    }
    return nullptr;
}

const Participant *ConversationRecord::participantByUser(const QString &userId) const
{
    for (const Participant &p : participants) {
        if (!p.userId.isEmpty() && p.userId == userId)
            return &p;
    }
    return nullptr;
}

bool ConversationRecord::hasParticipantPid(const QString &pid) const
{
    return std::any_of(participants.begin(), participants.end(),
                       [&](const Participant &p) { return p.pid == pid; });
}

QString ConversationRecord::assignedAgentUserId() const
{
    const Participant *p = participant(Role::AssignedAgent);
    return p ? p->userId : QString();
}

namespace {

QJsonObject participantJson(const Participant &p, const Account &account)
{
    QJsonObject o{{QStringLiteral("role"), roleName(p.role)},
                  {QStringLiteral("id"), p.pid},
                  {QStringLiteral("since"), p.since}};
    if (!p.userId.isEmpty()) {
        o.insert(QStringLiteral("userId"), p.userId);
        if (const User *u = account.user(p.userId))
            o.insert(QStringLiteral("loginName"), u->loginName);
    }
    return o;
}

} // namespace

QJsonObject ConversationRecord::toJson(const Account &account) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("consumerId"), consumerPid);
    o.insert(QStringLiteral("skillId"), QString::number(skillId));
    if (const Skill *s = account.skill(skillId))
        o.insert(QStringLiteral("skillName"), s->name);
    o.insert(QStringLiteral("state"), open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE"));
    if (!open)
        o.insert(QStringLiteral("closeReason"), closeReason);
    o.insert(QStringLiteral("startTs"), startTs);
    if (endTs)
        o.insert(QStringLiteral("endTs"), endTs);
    if (!campaignId.isEmpty())
        o.insert(QStringLiteral("campaignId"), campaignId);
    QJsonArray ps;
    for (const Participant &p : participants)
        ps.append(participantJson(p, account));
    o.insert(QStringLiteral("participants"), ps);
    QJsonArray former;
    for (const Participant &p : formerParticipants)
        former.append(participantJson(p, account));
    o.insert(QStringLiteral("formerParticipants"), former);
    QJsonArray ts;
    for (const TransferRecord &t : transfers) {
        ts.append(QJsonObject{{QStringLiteral("time"), t.time},
                              {QStringLiteral("fromSkillId"), QString::number(t.fromSkill)},
                              {QStringLiteral("toSkillId"), QString::number(t.toSkill)},
                              {QStringLiteral("by"), t.by},
                              {QStringLiteral("reason"), t.reason}});
    }
    o.insert(QStringLiteral("transfers"), ts);
    QJsonArray es;
    for (const MessagingEvent &e : events) {
        QJsonObject j{{QStringLiteral("sequence"), e.sequence},
                      {QStringLiteral("time"), e.serverTimestamp},
                      {QStringLiteral("role"), roleName(e.role)},
                      {QStringLiteral("originatorId"), e.originatorPid},
                      {QStringLiteral("event"), e.event}};
        if (const User *u = account.user(e.originatorUserId))
            j.insert(QStringLiteral("loginName"), u->loginName);
        const QString status = acceptStatus.value(e.sequence);
        if (!status.isEmpty())
            j.insert(QStringLiteral("acceptStatus"), status);
        es.append(j);
    }
    o.insert(QStringLiteral("events"), es);
    return o;
}

// --- Brand ----------------------------------------------------------------------------------

Brand::Brand(Account account, BrandOptions options, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_options(options)
{}

Brand::~Brand() = default;

void Brand::setAccount(Account account)
{
    m_account = std::move(account);
    // Users that are gone lose their rings; skills that are gone keep their queues until
    // transferred, since a conversation is never dropped.
    const QStringList users = m_presence.keys();
    for (const QString &userId : users) {
        if (!m_account.user(userId))
            cancelRingsOf(userId);
    }
    dispatchAll();
}

QString Brand::oldAgentId(const QString &userId) const
{
    return m_account.id + QLatin1Char('.') + userId;
}

QString Brand::userIdFromOldId(const QString &oldId) const
{
    const QString prefix = m_account.id + QLatin1Char('.');
    const QString id = oldId.startsWith(prefix) ? oldId.mid(prefix.size()) : oldId;
    return m_account.user(id) ? id : QString();
}

// --- Consumers ------------------------------------------------------------------------------

QString Brand::addConsumer()
{
    const QString pid = newId();
    m_consumers.insert(pid, QJsonObject{});
    return pid;
}

bool Brand::hasConsumer(const QString &consumerPid) const
{
    return m_consumers.contains(consumerPid);
}

void Brand::setConsumerProfile(const QString &consumerPid, const QJsonObject &profile)
{
    if (m_consumers.contains(consumerPid))
        m_consumers.insert(consumerPid, profile);
}

QJsonObject Brand::consumerProfile(const QString &consumerPid) const
{
    return m_consumers.value(consumerPid);
}

Outcome Brand::requestConversation(const QString &consumerPid, std::optional<qint64> skillId,
                                   const QString &campaignId, const QString &engagementId,
                                   QString *conversationId)
{
    if (!m_consumers.contains(consumerPid))
        return Refusal{403, tr("unknown consumer: sign up first")};
    if (const QString open = m_openByConsumer.value(consumerPid); !open.isEmpty())
        return Refusal{409, tr("the consumer already has an open conversation (%1)").arg(open)};
    if (m_open >= m_options.maxOpenConversations)
        return Refusal{429, tr("too many open conversations (%1): close some first")
                                    .arg(m_options.maxOpenConversations)};

    qint64 skill = -1;
    QString campaign = campaignId;
    QString engagement = engagementId;
    if (skillId && *skillId != -1) {
        if (!m_account.skill(*skillId))
            return Refusal{400, tr("the account has no skill with id %1").arg(*skillId)};
        skill = *skillId;
    } else {
        const Campaign *found = nullptr;
        for (const Campaign &c : m_account.campaigns) {
            if (campaignId.isEmpty() || c.id == campaignId) {
                found = &c;
                break;
            }
        }
        if (!found) {
            return Refusal{400, campaignId.isEmpty()
                                        ? tr("the account has no campaign to route the "
                                             "conversation: add one with an entry skill")
                                        : tr("the account has no campaign %1").arg(campaignId)};
        }
        skill = found->entrySkill;
        campaign = found->id;
        if (engagement.isEmpty())
            engagement = found->engagementId;
    }

    auto record = std::make_shared<ConversationRecord>();
    ConversationRecord &c = *record;
    c.id = newId();
    c.consumerPid = consumerPid;
    c.skillId = skill;
    c.startTs = nowMs();
    c.lastUpdate = c.startTs;
    c.campaignId = campaign;
    c.engagementId = engagement;
    c.participants.append(Participant{Role::Consumer, consumerPid, {}, c.startTs});
    c.transfers.append(TransferRecord{c.startTs, -1, skill, QString(), QStringLiteral("entry")});
    m_conversations.insert(c.id, record);
    m_order.push_back(c.id);
    m_openByConsumer.insert(consumerPid, c.id);
    ++m_open;
    if (conversationId)
        *conversationId = c.id;

    log(QStringLiteral("conversation-opened"), &c);
    enqueue(c);
    changed(c);
    dispatch(skill);
    return std::nullopt;
}

QString Brand::openConversationOf(const QString &consumerPid) const
{
    return m_openByConsumer.value(consumerPid);
}

// --- Events ---------------------------------------------------------------------------------

Outcome Brand::checkEvent(const QJsonObject &event) const
{
    const QString type = event.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ContentEvent")) {
        const QJsonValue message = event.value(QLatin1String("message"));
        if (!message.isString())
            return Refusal{400, tr("a ContentEvent needs a text 'message'")};
        if (message.toString().size() > m_options.maxMessageLength)
            return Refusal{
                    413,
                    tr("the message is longer than %1 characters").arg(m_options.maxMessageLength)};
        const QJsonValue contentType = event.value(QLatin1String("contentType"));
        if (!contentType.isUndefined() && !contentType.isString())
            return Refusal{400, tr("'contentType' must be text")};
        return std::nullopt;
    }
    if (type == QLatin1String("RichContentEvent")) {
        const QJsonValue content = event.value(QLatin1String("content"));
        if (!content.isObject())
            return Refusal{400, tr("a RichContentEvent needs a 'content' object")};
        if (QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact).size()
            > m_options.maxRichContentBytes) {
            return Refusal{413, tr("the rich content is larger than %1 KB")
                                        .arg(m_options.maxRichContentBytes / 1024)};
        }
        return std::nullopt;
    }
    if (type == QLatin1String("ChatStateEvent")) {
        static const QStringList states{QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"),
                                        QStringLiteral("GONE"), QStringLiteral("COMPOSING"),
                                        QStringLiteral("PAUSE")};
        if (!states.contains(event.value(QLatin1String("chatState")).toString()))
            return Refusal{400, tr("'chatState' must be one of %1").arg(states.join(u", "))};
        return std::nullopt;
    }
    if (type == QLatin1String("AcceptStatusEvent")) {
        static const QStringList statuses{QStringLiteral("ACCEPT"), QStringLiteral("READ"),
                                          QStringLiteral("ACCESS"), QStringLiteral("NACK"),
                                          QStringLiteral("ACTION")};
        if (!statuses.contains(event.value(QLatin1String("status")).toString()))
            return Refusal{400, tr("'status' must be one of %1").arg(statuses.join(u", "))};
        const QJsonValue list = event.value(QLatin1String("sequenceList"));
        if (!list.isArray() || list.toArray().isEmpty())
            return Refusal{400, tr("an AcceptStatusEvent needs a 'sequenceList' of numbers")};
        for (const QJsonValue &v : list.toArray()) {
            if (!v.isDouble())
                return Refusal{400, tr("'sequenceList' must hold numbers")};
        }
        return std::nullopt;
    }
    if (type.isEmpty())
        return Refusal{400, tr("the event has no 'type'")};
    return Refusal{400, tr("unknown event type '%1' (ContentEvent, RichContentEvent, "
                           "ChatStateEvent and AcceptStatusEvent are known)")
                                .arg(clipped(type, 60))};
}

Outcome Brand::publish(const QString &conversationId, const QString &pid, const QJsonObject &event,
                       qint64 *sequence)
{
    ConversationRecord *c = find(conversationId);
    if (!c)
        return Refusal{404, tr("no conversation with id %1").arg(clipped(conversationId, 80))};
    if (!c->open)
        return Refusal{409, tr("the conversation is closed")};
    const Participant *p = nullptr;
    for (const Participant &candidate : c->participants) {
        if (candidate.pid == pid) {
            p = &candidate;
            break;
        }
    }
    if (!p)
        return Refusal{403, tr("only participants may publish in a conversation")};
    if (Outcome bad = checkEvent(event))
        return bad;

    const QString type = event.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ChatStateEvent")) {
        MessagingEvent e;
        e.conversationId = c->id;
        e.role = p->role;
        e.originatorPid = p->pid;
        e.originatorUserId = p->userId;
        e.serverTimestamp = nowMs();
        e.event = event;
        e.eventJson = QJsonDocument(event).toJson(QJsonDocument::Compact);
        distribute(*c, e);
        if (sequence)
            *sequence = -1;
        return std::nullopt;
    }
    if (int(c->events.size()) >= m_options.maxEventsPerConversation)
        return Refusal{429, tr("the conversation holds %1 events, the most it may")
                                    .arg(m_options.maxEventsPerConversation)};

    if (type == QLatin1String("AcceptStatusEvent")) {
        const QString status = event.value(QLatin1String("status")).toString();
        for (const QJsonValue &v : event.value(QLatin1String("sequenceList")).toArray()) {
            const qint64 seq = v.toInteger();
            if (seq < 1 || seq > qint64(c->events.size()))
                return Refusal{400, tr("no event with sequence %1").arg(seq)};
        }
        for (const QJsonValue &v : event.value(QLatin1String("sequenceList")).toArray()) {
            const qint64 seq = v.toInteger();
            const MessagingEvent &target = c->events[size_t(seq - 1)];
            if (target.originatorPid != pid && target.isContent())
                c->acceptStatus.insert(seq, status);
        }
    }
    // A participant's own event is in the log before anyone is told about it.
    const Participant who = *p;
    MessagingEvent &e = appendEvent(*c, who.role, who.pid, who.userId, event);
    if (sequence)
        *sequence = e.sequence;
    if (e.isContent()) {
        QJsonObject extra{{QStringLiteral("sequence"), e.sequence},
                          {QStringLiteral("role"), roleName(who.role)}};
        if (const User *u = m_account.user(who.userId))
            extra.insert(QStringLiteral("loginName"), u->loginName);
        if (type == QLatin1String("ContentEvent"))
            extra.insert(QStringLiteral("text"),
                         clipped(event.value(QLatin1String("message")).toString()));
        else
            extra.insert(QStringLiteral("text"), QStringLiteral("[rich content]"));
        log(QStringLiteral("message"), c, extra);
    }
    distribute(*c, e);
    return std::nullopt;
}

MessagingEvent &Brand::appendEvent(ConversationRecord &c, Role role, const QString &pid,
                                   const QString &userId, const QJsonObject &event)
{
    MessagingEvent e;
    e.sequence = qint64(c.events.size()) + 1;
    e.conversationId = c.id;
    e.role = role;
    e.originatorPid = pid;
    e.originatorUserId = userId;
    e.serverTimestamp = nowMs();
    e.event = event;
    e.eventJson = QJsonDocument(event).toJson(QJsonDocument::Compact);
    c.lastUpdate = e.serverTimestamp;
    c.events.push_back(std::move(e));
    return c.events.back();
}

QList<MessagingEvent> Brand::events(const QString &conversationId, qint64 newerThan,
                                    int limit) const
{
    QList<MessagingEvent> out;
    const auto it = m_conversations.constFind(conversationId);
    if (it == m_conversations.constEnd())
        return out;
    const auto &events = (*it)->events;
    for (size_t i = size_t(std::max<qint64>(0, newerThan)); i < events.size(); ++i) {
        if (out.size() >= limit)
            break;
        out.append(events[i]);
    }
    return out;
}

void Brand::distribute(const ConversationRecord &c, const MessagingEvent &event)
{
    QList<BrandListener *> targets = m_consumerListeners.value(c.consumerPid);
    for (const Participant &p : c.participants) {
        if (p.userId.isEmpty())
            continue;
        for (BrandListener *l : m_agentListeners.value(p.userId)) {
            if (!targets.contains(l))
                targets.append(l);
        }
    }
    protocol::EventFrames frames(*this, event);
    for (BrandListener *l : std::as_const(targets))
        l->eventPublished(c, event, frames);
}

void Brand::changed(const ConversationRecord &c, const QStringList &removedUsers)
{
    QList<BrandListener *> targets = m_consumerListeners.value(c.consumerPid);
    auto add = [&](const QList<BrandListener *> &ls) {
        for (BrandListener *l : ls) {
            if (!targets.contains(l))
                targets.append(l);
        }
    };
    for (const Participant &p : c.participants) {
        if (!p.userId.isEmpty())
            add(m_agentListeners.value(p.userId));
    }
    for (const QString &userId : removedUsers)
        add(m_agentListeners.value(userId));
    add(m_watchers);
    for (BrandListener *l : std::as_const(targets))
        l->conversationChanged(c, removedUsers);
}

void Brand::log(const QString &event, const ConversationRecord *c, QJsonObject extra)
{
    extra.insert(QStringLiteral("event"), event);
    extra.insert(QStringLiteral("account"), m_account.id);
    if (c) {
        extra.insert(QStringLiteral("conversationId"), c->id);
        extra.insert(QStringLiteral("skillId"), QString::number(c->skillId));
        if (const Skill *s = m_account.skill(c->skillId))
            extra.insert(QStringLiteral("skill"), s->name);
    }
    emit activity(extra);
}

// --- Agents ---------------------------------------------------------------------------------

void Brand::agentConnected(const QString &userId)
{
    ++m_presence[userId].connections;
}

void Brand::agentDisconnected(const QString &userId, bool routingSubscribed)
{
    auto it = m_presence.find(userId);
    if (it == m_presence.end())
        return;
    it->connections = std::max(0, it->connections - 1);
    if (routingSubscribed)
        it->routingSubscriptions = std::max(0, it->routingSubscriptions - 1);
    if (it->connections == 0 && it->availability != Availability::Offline) {
        it->availability = Availability::Offline;
        log(QStringLiteral("agent-state"), nullptr,
            {{QStringLiteral("userId"), userId},
             {QStringLiteral("loginName"),
              m_account.user(userId) ? m_account.user(userId)->loginName : QString()},
             {QStringLiteral("availability"), availabilityName(Availability::Offline)}});
    }
    if (it->connections == 0 || it->routingSubscriptions == 0)
        cancelRingsOf(userId);
}

Outcome Brand::setAvailability(const QString &userId, Availability availability)
{
    const User *user = m_account.user(userId);
    if (!user)
        return Refusal{404, tr("no user with id %1").arg(userId)};
    Presence &presence = m_presence[userId];
    if (presence.availability == availability)
        return std::nullopt;
    presence.availability = availability;
    log(QStringLiteral("agent-state"), nullptr,
        {{QStringLiteral("userId"), userId},
         {QStringLiteral("loginName"), user->loginName},
         {QStringLiteral("availability"), availabilityName(availability)}});
    if (availability == Availability::Online) {
        // Coming back online is a new chance for conversations this agent declined before.
        for (const qint64 skill : user->skills) {
            const auto q = m_queues.find(skill);
            if (q == m_queues.end())
                continue;
            for (const QString &id : q->second) {
                if (ConversationRecord *c = find(id))
                    c->declinedBy.remove(userId);
            }
        }
        dispatchSkillsOf(userId);
    } else {
        cancelRingsOf(userId);
    }
    return std::nullopt;
}

Availability Brand::availability(const QString &userId) const
{
    return m_presence.value(userId).availability;
}

void Brand::setRoutingSubscribed(const QString &userId, bool subscribed)
{
    Presence &presence = m_presence[userId];
    presence.routingSubscriptions
            = std::max(0, presence.routingSubscriptions + (subscribed ? 1 : -1));
    if (subscribed)
        dispatchSkillsOf(userId);
    else if (presence.routingSubscriptions == 0)
        cancelRingsOf(userId);
}

Outcome Brand::updateRing(const QString &userId, const QString &ringId, bool accept)
{
    const auto it = m_rings.constFind(ringId);
    if (it == m_rings.constEnd())
        return Refusal{404, tr("no waiting ring with id %1 (it may have expired or been taken)")
                                    .arg(clipped(ringId, 120))};
    if (it->userId != userId)
        return Refusal{403, tr("the ring %1 was offered to another agent").arg(ringId)};
    const Ring ring = *it;
    ConversationRecord *c = find(ring.conversationId);
    if (!accept) {
        if (c)
            c->declinedBy.insert(userId);
        finishRing(ringId, Ring::State::Rejected);
        if (c)
            log(QStringLiteral("reject"), c, {{QStringLiteral("userId"), userId}});
        dispatch(ring.skillId);
        return std::nullopt;
    }
    if (!c || !c->open) {
        finishRing(ringId, Ring::State::Cancelled);
        return Refusal{409, tr("the conversation is closed")};
    }
    finishRing(ringId, Ring::State::Accepted);
    assign(*c, userId);
    dispatch(ring.skillId);
    return std::nullopt;
}

QList<Ring> Brand::waitingRings(const QString &userId) const
{
    QList<Ring> out;
    for (const Ring &r : m_rings) {
        if (r.userId == userId)
            out.append(r);
    }
    std::sort(out.begin(), out.end(),
              [](const Ring &a, const Ring &b) { return a.created < b.created; });
    return out;
}

int Brand::load(const QString &userId) const
{
    return int(m_assigned.value(userId).size());
}

Outcome Brand::updateConversationFields(const QString &userId, const QString &conversationId,
                                        const QJsonArray &fields)
{
    ConversationRecord *c = find(conversationId);
    if (!c)
        return Refusal{404, tr("no conversation with id %1").arg(clipped(conversationId, 80))};
    if (fields.isEmpty())
        return Refusal{400, tr("'conversationField' lists no change")};
    if (!c->open)
        return Refusal{409, tr("the conversation is closed")};

    struct Change
    {
        enum Kind { Add, Remove, Skill, Close } kind;
        QString userId;
        Role role = Role::AssignedAgent;
        qint64 skill = -1;
    };
    QList<Change> changes;
    const bool isParticipant = c->participantByUser(userId) != nullptr;
    for (const QJsonValue &value : fields) {
        const QJsonObject f = value.toObject();
        const QString field = f.value(QLatin1String("field")).toString();
        if (field == QLatin1String("ParticipantsChange")) {
            const QString type = f.value(QLatin1String("type")).toString();
            const QString who
                    = f.contains(QLatin1String("userId"))
                              ? userIdFromOldId(f.value(QLatin1String("userId")).toString())
                              : userId;
            if (who.isEmpty())
                return Refusal{400,
                               tr("ParticipantsChange names a user this account does not have")};
            const auto role = roleFromName(f.value(QLatin1String("role")).toString());
            if (!role || *role == Role::Consumer || *role == Role::Controller)
                return Refusal{400, tr("ParticipantsChange needs an agent 'role' (ASSIGNED_AGENT, "
                                       "AGENT, MANAGER or READER)")};
            if (type == QLatin1String("REMOVE")) {
                const Participant *p = c->participantByUser(who);
                if (!p || p->role != *role)
                    return Refusal{
                            409,
                            tr("that user is not a participant with role %1").arg(roleName(*role))};
                changes.append({Change::Remove, who, *role});
            } else if (type == QLatin1String("ADD")) {
                if (c->participantByUser(who))
                    return Refusal{409, tr("that user is already a participant")};
                if (*role == Role::AssignedAgent && c->participant(Role::AssignedAgent))
                    return Refusal{409, tr("the conversation already has an assigned agent")};
                changes.append({Change::Add, who, *role});
            } else if (type == QLatin1String("SUGGEST")) {
                return Refusal{400, tr("transfer to a particular agent (SUGGEST) is not supported: "
                                       "transfer to a skill")};
            } else {
                return Refusal{400, tr("ParticipantsChange 'type' must be ADD, REMOVE or SUGGEST")};
            }
        } else if (field == QLatin1String("Skill")) {
            const QJsonValue skill = f.value(QLatin1String("skill"));
            bool ok = false;
            const qint64 id = skill.isString() ? skill.toString().toLongLong(&ok)
                                               : (ok = skill.isDouble(), skill.toInteger());
            if (!ok)
                return Refusal{400, tr("Skill needs a 'skill' id")};
            if (!m_account.skill(id))
                return Refusal{400, tr("the account has no skill with id %1").arg(id)};
            changes.append({Change::Skill, {}, Role::AssignedAgent, id});
        } else if (field == QLatin1String("ConversationStateField")) {
            if (f.value(QLatin1String("conversationState")).toString() != QLatin1String("CLOSE"))
                return Refusal{400, tr("ConversationStateField supports 'conversationState': "
                                       "'CLOSE' only")};
            changes.append({Change::Close, {}, Role::AssignedAgent, -1});
        } else if (field.isEmpty()) {
            return Refusal{400, tr("a conversation field has no 'field' name")};
        } else {
            return Refusal{400, tr("unknown conversation field '%1' (ParticipantsChange, Skill "
                                   "and ConversationStateField are known)")
                                        .arg(clipped(field, 60))};
        }
    }
    const bool joinsOnly = std::all_of(changes.begin(), changes.end(), [&](const Change &ch) {
        return ch.kind == Change::Add && ch.userId == userId;
    });
    if (!isParticipant && !joinsOnly)
        return Refusal{403, tr("only participants may change a conversation")};

    // Everything checked: apply in a fixed order (leave, skill, join, close).
    QStringList removed;
    bool skillChanged = false;
    const qint64 fromSkill = c->skillId;
    for (const Change &ch : std::as_const(changes)) {
        if (ch.kind == Change::Remove)
            removeAgent(*c, ch.userId, removed);
    }
    for (const Change &ch : std::as_const(changes)) {
        if (ch.kind == Change::Skill && ch.skill != c->skillId) {
            c->skillId = ch.skill;
            skillChanged = true;
        }
    }
    for (const Change &ch : std::as_const(changes)) {
        if (ch.kind != Change::Add)
            continue;
        if (ch.role == Role::AssignedAgent) {
            assign(*c, ch.userId);
        } else {
            const User *u = m_account.user(ch.userId);
            c->participants.append(
                    Participant{ch.role, u ? u->pid : QString(), ch.userId, nowMs()});
        }
    }
    const bool closing = std::any_of(changes.begin(), changes.end(),
                                     [](const Change &ch) { return ch.kind == Change::Close; });
    if (closing) {
        close(*c, QStringLiteral("AGENT"));
        return std::nullopt;
    }
    c->lastUpdate = nowMs();
    const bool unassigned = !c->participant(Role::AssignedAgent);
    if (unassigned && (skillChanged || !removed.isEmpty())) {
        c->transfers.append(
                TransferRecord{nowMs(), fromSkill, c->skillId, userId, QStringLiteral("transfer")});
        dequeue(*c);
        c->declinedBy.clear();
        c->queueNoticeSent = false;
        log(QStringLiteral("transfer"), c,
            {{QStringLiteral("fromSkillId"), QString::number(fromSkill)},
             {QStringLiteral("by"), userId}});
        enqueue(*c);
        changed(*c, removed);
        dispatch(c->skillId);
    } else {
        changed(*c, removed);
    }
    for (const QString &u : std::as_const(removed))
        dispatchSkillsOf(u);
    return std::nullopt;
}

Outcome Brand::closeByConsumer(const QString &consumerPid, const QString &conversationId)
{
    ConversationRecord *c = find(conversationId);
    if (!c || c->consumerPid != consumerPid)
        return Refusal{404, tr("no conversation with id %1").arg(clipped(conversationId, 80))};
    if (!c->open)
        return Refusal{409, tr("the conversation is closed already")};
    close(*c, QStringLiteral("CONSUMER"));
    return std::nullopt;
}

Outcome Brand::escalate(const QString &conversationId, qint64 skillId, const QString &message)
{
    ConversationRecord *c = find(conversationId);
    if (!c)
        return Refusal{404, tr("no conversation with id %1").arg(clipped(conversationId, 80))};
    if (!c->open)
        return Refusal{409, tr("the conversation is closed")};
    if (!m_account.skill(skillId))
        return Refusal{422, tr("the account has no skill with id %1").arg(skillId)};
    // The transfer message goes to the consumer from the bot before it leaves, as on
    // LiveEngage; a bot that has just sent the same text itself is not repeated.
    if (const Participant *bot = c->participant(Role::AssignedAgent);
        bot && !message.trimmed().isEmpty()
        && int(c->events.size()) < m_options.maxEventsPerConversation) {
        const auto last
                = std::find_if(c->events.rbegin(), c->events.rend(), [&](const MessagingEvent &e) {
                      return e.originatorPid == bot->pid && e.isContent();
                  });
        const bool repeated = last != c->events.rend()
                              && last->event.value(QLatin1String("message")).toString() == message;
        if (!repeated) {
            const Participant who = *bot;
            MessagingEvent &e = appendEvent(
                    *c, who.role, who.pid, who.userId,
                    QJsonObject{
                            {QStringLiteral("type"), QStringLiteral("ContentEvent")},
                            {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                            {QStringLiteral("message"), message.left(m_options.maxMessageLength)}});
            distribute(*c, e);
        }
    }
    QStringList removed;
    if (const Participant *p = c->participant(Role::AssignedAgent))
        removeAgent(*c, p->userId, removed);
    const qint64 fromSkill = c->skillId;
    c->skillId = skillId;
    c->lastUpdate = nowMs();
    c->transfers.append(TransferRecord{c->lastUpdate, fromSkill, skillId,
                                       QStringLiteral("escalation"), QStringLiteral("escalation")});
    dequeue(*c);
    c->declinedBy.clear();
    c->queueNoticeSent = false;
    log(QStringLiteral("transfer"), c,
        {{QStringLiteral("fromSkillId"), QString::number(fromSkill)},
         {QStringLiteral("by"), QStringLiteral("escalation")},
         {QStringLiteral("text"), clipped(message)}});
    enqueue(*c);
    changed(*c, removed);
    dispatch(skillId);
    for (const QString &u : std::as_const(removed))
        dispatchSkillsOf(u);
    return std::nullopt;
}

Outcome Brand::handOver(const QJsonArray &history, qint64 skillId, const QString &message,
                        QString *conversationId)
{
    if (!m_account.skill(skillId))
        return Refusal{422, tr("the account has no skill with id %1").arg(skillId)};
    if (m_open >= m_options.maxOpenConversations)
        return Refusal{429, tr("too many open conversations (%1): close some first")
                                    .arg(m_options.maxOpenConversations)};
    const User *bot = nullptr;
    for (const User &u : m_account.users) {
        if (u.type == UserType::Bot) {
            bot = &u;
            break;
        }
    }

    const QString consumer = addConsumer();
    m_consumers.insert(consumer, QJsonObject{{QStringLiteral("firstName"), tr("Studio preview")}});
    auto record = std::make_shared<ConversationRecord>();
    ConversationRecord &c = *record;
    c.id = newId();
    c.consumerPid = consumer;
    c.skillId = bot && !bot->skills.isEmpty() ? bot->skills.first() : skillId;
    c.startTs = nowMs();
    c.lastUpdate = c.startTs;
    c.participants.append(Participant{Role::Consumer, consumer, {}, c.startTs});
    c.transfers.append(
            TransferRecord{c.startTs, -1, c.skillId, QString(), QStringLiteral("entry")});
    if (bot) {
        c.participants.append(Participant{Role::AssignedAgent, bot->pid, bot->id, c.startTs});
        m_assigned[bot->id].insert(c.id);
    }
    m_conversations.insert(c.id, record);
    m_order.push_back(c.id);
    m_openByConsumer.insert(consumer, c.id);
    ++m_open;
    if (conversationId)
        *conversationId = c.id;

    auto text = [this](const QString &t) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("ContentEvent")},
                           {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                           {QStringLiteral("message"), t.left(m_options.maxMessageLength)}};
    };
    // Room for the transfer message after the history.
    const int room = m_options.maxEventsPerConversation - 1;
    for (const QJsonValue &v : history) {
        if (int(c.events.size()) >= room)
            break;
        const QJsonObject line = v.toObject();
        const QString said = line.value(QLatin1String("text")).toString();
        if (said.trimmed().isEmpty())
            continue;
        if (line.value(QLatin1String("role")).toString() == QLatin1String("consumer"))
            appendEvent(c, Role::Consumer, consumer, {}, text(said));
        else if (bot)
            appendEvent(c, Role::AssignedAgent, bot->pid, bot->id, text(said));
        else
            appendEvent(c, Role::Controller, QStringLiteral("system"), {}, text(said));
    }
    if (!bot && !message.trimmed().isEmpty())
        appendEvent(c, Role::Controller, QStringLiteral("system"), {}, text(message));
    log(QStringLiteral("conversation-opened"), &c,
        {{QStringLiteral("from"), QStringLiteral("studio")}});
    return escalate(c.id, skillId, message);
}

// --- Conversations --------------------------------------------------------------------------

ConversationRecord *Brand::find(const QString &id)
{
    const auto it = m_conversations.find(id);
    return it == m_conversations.end() ? nullptr : it->get();
}

const ConversationRecord *Brand::conversation(const QString &id) const
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.constEnd() ? nullptr : it->get();
}

QList<const ConversationRecord *> Brand::conversations() const
{
    QList<const ConversationRecord *> out;
    for (const QString &id : m_order) {
        if (const ConversationRecord *c = conversation(id))
            out.append(c);
    }
    return out;
}

QStringList Brand::queue(qint64 skillId) const
{
    QStringList out;
    const auto it = m_queues.find(skillId);
    if (it != m_queues.end()) {
        for (const QString &id : it->second)
            out.append(id);
    }
    return out;
}

QJsonObject Brand::toJson() const
{
    QJsonArray list;
    for (const ConversationRecord *c : conversations())
        list.append(c->toJson(m_account));
    return QJsonObject{{QStringLiteral("account"), m_account.id},
                       {QStringLiteral("conversations"), list}};
}

// --- Listeners ------------------------------------------------------------------------------

void Brand::addConsumerListener(const QString &consumerPid, BrandListener *listener)
{
    m_consumerListeners[consumerPid].append(listener);
}

void Brand::removeConsumerListener(const QString &consumerPid, BrandListener *listener)
{
    auto it = m_consumerListeners.find(consumerPid);
    if (it == m_consumerListeners.end())
        return;
    it->removeAll(listener);
    if (it->isEmpty())
        m_consumerListeners.erase(it);
}

void Brand::addAgentListener(const QString &userId, BrandListener *listener)
{
    m_agentListeners[userId].append(listener);
}

void Brand::removeAgentListener(const QString &userId, BrandListener *listener)
{
    auto it = m_agentListeners.find(userId);
    if (it == m_agentListeners.end())
        return;
    it->removeAll(listener);
    if (it->isEmpty())
        m_agentListeners.erase(it);
}

void Brand::addWatcher(BrandListener *listener)
{
    if (!m_watchers.contains(listener))
        m_watchers.append(listener);
}

void Brand::removeWatcher(BrandListener *listener)
{
    m_watchers.removeAll(listener);
}

// --- Routing --------------------------------------------------------------------------------

void Brand::enqueue(ConversationRecord &c)
{
    if (c.queuedSince)
        return;
    c.queuedSince = nowMs();
    m_queues[c.skillId].push_back(c.id);
}

void Brand::dequeue(ConversationRecord &c)
{
    if (!c.queuedSince)
        return;
    c.queuedSince = 0;
    const auto q = m_queues.find(c.skillId);
    if (q != m_queues.end()) {
        auto &list = q->second;
        list.erase(std::remove(list.begin(), list.end(), c.id), list.end());
        if (list.empty())
            m_queues.erase(q);
    }
    // Also look in every queue: a skill change may have come after queueing.
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        auto &list = it->second;
        list.erase(std::remove(list.begin(), list.end(), c.id), list.end());
        it = list.empty() ? m_queues.erase(it) : std::next(it);
    }
    if (!c.ringId.isEmpty())
        finishRing(c.ringId, Ring::State::Cancelled);
}

bool Brand::canTake(const QString &userId, qint64 skillId) const
{
    const User *user = m_account.user(userId);
    if (!user || !user->skills.contains(skillId))
        return false;
    const auto it = m_presence.constFind(userId);
    if (it == m_presence.constEnd() || it->availability != Availability::Online
        || it->routingSubscriptions <= 0 || it->connections <= 0)
        return false;
    if (!user->maxChats)
        return true;
    return load(userId) + it->pendingRings < *user->maxChats;
}

void Brand::dispatch(qint64 skillId)
{
    const auto q = m_queues.find(skillId);
    if (q == m_queues.end())
        return;
    const std::deque<QString> waiting = q->second; // ring() and tellQueued() leave it alone
    int position = 0;
    for (const QString &id : waiting) {
        ++position;
        ConversationRecord *c = find(id);
        if (!c || !c->open || !c->ringId.isEmpty())
            continue;
        const User *best = nullptr;
        std::tuple<int, qint64, int> bestKey;
        int order = 0;
        for (const User &u : m_account.users) {
            ++order;
            if (c->declinedBy.contains(u.id) || !canTake(u.id, skillId))
                continue;
            const Presence &p = m_presence[u.id];
            const std::tuple<int, qint64, int> key{load(u.id) + p.pendingRings, p.lastAssigned,
                                                   order};
            if (!best || key < bestKey) {
                best = &u;
                bestKey = key;
            }
        }
        if (best)
            ring(*c, best->id);
        else if (!c->queueNoticeSent)
            tellQueued(*c);
    }
}

void Brand::dispatchAll()
{
    std::vector<qint64> skills;
    for (const auto &entry : m_queues)
        skills.push_back(entry.first);
    for (const qint64 skill : skills)
        dispatch(skill);
}

void Brand::dispatchSkillsOf(const QString &userId)
{
    const User *user = m_account.user(userId);
    if (!user)
        return;
    const QList<qint64> skills = user->skills;
    for (const qint64 skill : skills)
        dispatch(skill);
}

void Brand::ring(ConversationRecord &c, const QString &userId)
{
    Ring r;
    r.id = QStringLiteral("%1_%2_%3").arg(c.id, userId).arg(m_nextRing++);
    r.conversationId = c.id;
    r.consumerPid = c.consumerPid;
    r.userId = userId;
    r.skillId = c.skillId;
    r.created = nowMs();
    r.expires = r.created + m_options.ringTimeout.count();
    c.ringId = r.id;
    ++m_presence[userId].pendingRings;
    m_rings.insert(r.id, r);
    QTimer::singleShot(m_options.ringTimeout, this, [this, id = r.id] { expire(id); });
    const User *u = m_account.user(userId);
    log(QStringLiteral("ring"), &c,
        {{QStringLiteral("userId"), userId},
         {QStringLiteral("loginName"), u ? u->loginName : QString()},
         {QStringLiteral("ringId"), r.id}});
    const QList<BrandListener *> listeners = m_agentListeners.value(userId);
    for (BrandListener *l : listeners)
        l->ringChanged(r);
}

void Brand::finishRing(const QString &ringId, Ring::State state)
{
    const auto it = m_rings.find(ringId);
    if (it == m_rings.end())
        return;
    Ring r = *it;
    m_rings.erase(it);
    r.state = state;
    if (ConversationRecord *c = find(r.conversationId); c && c->ringId == ringId)
        c->ringId.clear();
    auto p = m_presence.find(r.userId);
    if (p != m_presence.end())
        p->pendingRings = std::max(0, p->pendingRings - 1);
    const QList<BrandListener *> listeners = m_agentListeners.value(r.userId);
    for (BrandListener *l : listeners)
        l->ringChanged(r);
}

void Brand::expire(const QString &ringId)
{
    const auto it = m_rings.constFind(ringId);
    if (it == m_rings.constEnd())
        return;
    const Ring r = *it;
    if (ConversationRecord *c = find(r.conversationId)) {
        c->declinedBy.insert(r.userId);
        log(QStringLiteral("ring-expired"), c, {{QStringLiteral("userId"), r.userId}});
    }
    finishRing(ringId, Ring::State::Expired);
    dispatch(r.skillId);
}

void Brand::cancelRingsOf(const QString &userId)
{
    QList<Ring> rings;
    for (const Ring &r : std::as_const(m_rings)) {
        if (r.userId == userId)
            rings.append(r);
    }
    for (const Ring &r : std::as_const(rings))
        finishRing(r.id, Ring::State::Cancelled);
    for (const Ring &r : std::as_const(rings))
        dispatch(r.skillId);
}

void Brand::tellQueued(ConversationRecord &c)
{
    c.queueNoticeSent = true;
    const Skill *skill = m_account.skill(c.skillId);
    const QString name = skill ? skill->name : QString::number(c.skillId);
    const QStringList waiting = queue(c.skillId);
    const int position = int(waiting.indexOf(c.id)) + 1;
    const QString text = tr("All agents for %1 are busy or offline. You are number %2 in the "
                            "queue; an agent will be with you as soon as one is free.")
                                 .arg(name)
                                 .arg(position);
    log(QStringLiteral("queued"), &c, {{QStringLiteral("position"), position}});
    if (int(c.events.size()) >= m_options.maxEventsPerConversation)
        return;
    const QJsonObject event{{QStringLiteral("type"), QStringLiteral("ContentEvent")},
                            {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                            {QStringLiteral("message"), text}};
    MessagingEvent &e = appendEvent(c, Role::Controller, kSystemPid, QString(), event);
    distribute(c, e);
}

void Brand::assign(ConversationRecord &c, const QString &userId)
{
    const User *u = m_account.user(userId);
    dequeue(c);
    c.queueNoticeSent = false;
    c.participants.append(
            Participant{Role::AssignedAgent, u ? u->pid : QString(), userId, nowMs()});
    c.lastUpdate = nowMs();
    m_assigned[userId].insert(c.id);
    m_presence[userId].lastAssigned = c.lastUpdate;
    log(QStringLiteral("accept"), &c,
        {{QStringLiteral("userId"), userId},
         {QStringLiteral("loginName"), u ? u->loginName : QString()}});
    changed(c);
}

void Brand::removeAgent(ConversationRecord &c, const QString userId, QStringList &removed)
{
    for (qsizetype i = 0; i < c.participants.size(); ++i) {
        if (c.participants[i].userId == userId) {
            c.formerParticipants.append(c.participants.takeAt(i));
            break;
        }
    }
    auto it = m_assigned.find(userId);
    if (it != m_assigned.end()) {
        it->remove(c.id);
        if (it->isEmpty())
            m_assigned.erase(it);
    }
    removed.append(userId);
}

void Brand::close(ConversationRecord &c, const QString &reason)
{
    c.open = false;
    c.closeReason = reason;
    c.endTs = nowMs();
    c.lastUpdate = c.endTs;
    dequeue(c);
    m_openByConsumer.remove(c.consumerPid);
    QStringList freed;
    for (const Participant &p : std::as_const(c.participants)) {
        if (p.userId.isEmpty())
            continue;
        auto it = m_assigned.find(p.userId);
        if (it != m_assigned.end()) {
            it->remove(c.id);
            if (it->isEmpty())
                m_assigned.erase(it);
        }
        freed.append(p.userId);
    }
    --m_open;
    ++m_closed;
    log(QStringLiteral("close"), &c, {{QStringLiteral("closeReason"), reason}});
    changed(c);
    for (const QString &u : std::as_const(freed))
        dispatchSkillsOf(u);
    pruneClosed();
}

void Brand::pruneClosed()
{
    while (m_closed > m_options.maxClosedKept && !m_order.empty()) {
        // The oldest conversations come first; open ones stay.
        auto it = std::find_if(m_order.begin(), m_order.end(), [this](const QString &id) {
            const ConversationRecord *c = conversation(id);
            return c && !c->open;
        });
        if (it == m_order.end())
            break;
        m_conversations.remove(*it);
        m_order.erase(it);
        --m_closed;
    }
}

} // namespace dialogsmith::cloud
