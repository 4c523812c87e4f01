#include "agentsession.h"

#include "cloudserver.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

namespace dialogsmith::cloud {

namespace {

const QString kExChange = QStringLiteral(".ams.aam.ExConversationChangeNotification");

QString responseType(const QString &requestType)
{
    return requestType + QStringLiteral("$Response");
}

QString newSubscriptionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Interval of the check that the login behind a session is still valid.
constexpr int loginCheckMs = 30000;

} // namespace

AgentSession::AgentSession(CloudServer *server, Brand *brand, const QString &userId,
                           const QString &bearer, std::unique_ptr<QWebSocket> socket)
    : MessagingSession(server, brand, std::move(socket), server->options().agentRequestsPerSecond)
    , m_userId(userId)
    , m_bearer(bearer)
{
    if (const User *u = brand->account().user(userId))
        m_pid = u->pid;
    brand->addAgentListener(userId, this);
    brand->agentConnected(userId);
    auto *check = new QTimer(this);
    check->setInterval(loginCheckMs);
    connect(check, &QTimer::timeout, this, [this] {
        if (!this->server()->loginFor(m_bearer))
            closeWith(4401, tr("the login expired: log in again"));
    });
    check->start();
}

void AgentSession::ended()
{
    brand()->removeAgentListener(m_userId, this);
    if (m_watching)
        brand()->removeWatcher(this);
    brand()->agentDisconnected(m_userId, !m_routingSubscription.isEmpty());
}

void AgentSession::handle(const protocol::Request &r)
{
    const QString &t = r.type;
    if (!server()->loginFor(m_bearer)) {
        refuse(r, Refusal{401, tr("the login expired: log in again")});
        closeWith(4401, tr("the login expired: log in again"));
        return;
    }
    if (t == QLatin1String(".GetClock")) {
        reply(r, responseType(t), QJsonObject{{QStringLiteral("currentTime"), nowMs()}});
    } else if (t == QLatin1String(".ams.routing.SetAgentState")) {
        const QString name = bodyText(r.body, QStringLiteral("availability"));
        const auto availability = availabilityFromName(name);
        if (!availability) {
            refuse(r, Refusal{400, tr("'availability' must be ONLINE, AWAY or OFFLINE")});
            return;
        }
        if (Outcome bad = brand()->setAvailability(m_userId, *availability)) {
            refuse(r, *bad);
            return;
        }
        reply(r, responseType(t));
        if (m_agentStateSubscribed) {
            const QJsonObject result{
                    {QStringLiteral("agentUserId"), brand()->oldAgentId(m_userId)},
                    {QStringLiteral("availability"), name},
                    {QStringLiteral("channels"), QJsonArray{QStringLiteral("MESSAGING")}}};
            send(protocol::notification(
                    QStringLiteral(".ams.routing.AgentStateNotification"),
                    QJsonObject{{QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{
                                         {QStringLiteral("type"), QStringLiteral("UPSERT")},
                                         {QStringLiteral("result"), result}}}}}));
        }
    } else if (t == QLatin1String(".ams.routing.SubscribeRoutingTasks")) {
        const bool first = m_routingSubscription.isEmpty();
        if (first)
            m_routingSubscription = newSubscriptionId();
        reply(r, responseType(t),
              QJsonObject{{QStringLiteral("subscriptionId"), m_routingSubscription}});
        const QList<Ring> waiting = brand()->waitingRings(m_userId);
        if (!waiting.isEmpty()) {
            QJsonArray changes;
            for (const Ring &ring : waiting)
                changes.append(protocol::routingTaskChange(*brand(), ring));
            send(protocol::notification(
                    QStringLiteral(".ams.routing.RoutingTaskNotification"),
                    QJsonObject{{QStringLiteral("subscriptionId"), m_routingSubscription},
                                {QStringLiteral("changes"), changes}}));
        }
        if (first)
            brand()->setRoutingSubscribed(m_userId, true);
    } else if (t == QLatin1String(".ams.routing.UpdateRoutingTaskSubscription")) {
        reply(r, responseType(t));
    } else if (t == QLatin1String(".ams.routing.UpdateRingState")) {
        updateRing(r);
    } else if (t == QLatin1String(".ams.aam.SubscribeExConversations")) {
        subscribeConversations(r);
    } else if (t == QLatin1String(".ams.aam.UnsubscribeExConversations")) {
        const QString id = bodyText(r.body, QStringLiteral("subscriptionId"));
        const auto before = m_subscriptions.size();
        m_subscriptions.removeIf([&](const Subscription &s) { return s.id == id; });
        if (m_subscriptions.size() == before) {
            refuse(r, Refusal{404, tr("no subscription with id %1").arg(id.left(80))});
            return;
        }
        const bool watching = std::any_of(m_subscriptions.begin(), m_subscriptions.end(),
                                          [](const Subscription &s) { return s.agents.isEmpty(); });
        if (m_watching && !watching) {
            brand()->removeWatcher(this);
            m_watching = false;
        }
        reply(r, responseType(t));
    } else if (t == QLatin1String(".ams.ms.QueryMessages")
               || t == QLatin1String("ms.SubscribeMessagingEvents")) {
        queryMessages(r);
    } else if (t == QLatin1String(".ams.ms.PublishEvent")) {
        publishEvent(r);
    } else if (t == QLatin1String(".ams.cm.UpdateConversationField")) {
        updateConversation(r);
    } else if (t == QLatin1String(".ams.userprofile.GetUserProfile")) {
        userProfile(r);
    } else if (t == QLatin1String(".ams.routing.SubscribeAgentsState")) {
        m_agentStateSubscribed = true;
        const QString id = newSubscriptionId();
        reply(r, responseType(t), QJsonObject{{QStringLiteral("subscriptionId"), id}});
        const QJsonObject result{
                {QStringLiteral("agentUserId"), brand()->oldAgentId(m_userId)},
                {QStringLiteral("availability"), availabilityName(brand()->availability(m_userId))},
                {QStringLiteral("channels"), QJsonArray{QStringLiteral("MESSAGING")}}};
        send(protocol::notification(
                QStringLiteral(".ams.routing.AgentStateNotification"),
                QJsonObject{
                        {QStringLiteral("subscriptionId"), id},
                        {QStringLiteral("changes"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("UPSERT")},
                                                {QStringLiteral("result"), result}}}}}));
    } else if (t == QLatin1String(".ams.cm.AgentRequestConversation")
               || t == QLatin1String(".ams.ms.GenerateURLForDownloadFile")
               || t == QLatin1String(".ams.ms.GenerateURLForUploadFile")) {
        refuse(r, Refusal{400, tr("%1 is not supported by the local cloud").arg(t)});
    } else {
        refuse(r, Refusal{400, tr("unknown request type '%1'").arg(t.left(80))});
    }
}

void AgentSession::updateRing(const protocol::Request &r)
{
    const QString ringId = bodyText(r.body, QStringLiteral("ringId"));
    const QString state = bodyText(r.body, QStringLiteral("ringState"));
    if (ringId.isEmpty()) {
        refuse(r, Refusal{400, tr("UpdateRingState needs a 'ringId'")});
        return;
    }
    if (state != QLatin1String("ACCEPTED") && state != QLatin1String("REJECTED")) {
        refuse(r, Refusal{400, tr("'ringState' must be ACCEPTED or REJECTED")});
        return;
    }
    if (Outcome bad = brand()->updateRing(m_userId, ringId, state == QLatin1String("ACCEPTED"))) {
        refuse(r, *bad);
        return;
    }
    reply(r, responseType(r.type));
}

bool AgentSession::matches(const Subscription &s, const ConversationRecord &c) const
{
    if (!s.states.isEmpty()
        && !s.states.contains(c.open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE")))
        return false;
    if (!s.skills.isEmpty() && !s.skills.contains(c.skillId))
        return false;
    if (s.agents.isEmpty())
        return true;
    return std::any_of(c.participants.begin(), c.participants.end(),
                       [&](const Participant &p) { return s.agents.contains(p.userId); });
}

void AgentSession::subscribeConversations(const protocol::Request &r)
{
    if (!r.body.isObject() && !r.body.isUndefined() && !r.body.isNull()) {
        refuse(r, Refusal{400, tr("the body must be an object of filters")});
        return;
    }
    const QJsonObject body = r.body.toObject();
    Subscription s;
    s.id = newSubscriptionId();
    bool hadAgents = false;
    for (const QJsonValue &v : body.value(QLatin1String("agentIds")).toArray()) {
        hadAgents = true;
        const QString id = v.toString();
        QString user = brand()->userIdFromOldId(id);
        if (user.isEmpty()) {
            if (const User *u = brand()->account().userByPid(id))
                user = u->id;
        }
        // An id this account does not know filters everything out.
        s.agents.insert(user.isEmpty() ? QStringLiteral("\x01unknown") : user);
    }
    for (const QJsonValue &v : body.value(QLatin1String("convState")).toArray()) {
        const QString state = v.toString();
        if (state != QLatin1String("OPEN") && state != QLatin1String("CLOSE")) {
            refuse(r, Refusal{400, tr("'convState' may hold OPEN and CLOSE")});
            return;
        }
        s.states.insert(state);
    }
    for (const QJsonValue &v : body.value(QLatin1String("skillIds")).toArray())
        s.skills.insert(v.isString() ? v.toString().toLongLong() : v.toInteger());
    if (!hadAgents && !m_watching) {
        brand()->addWatcher(this);
        m_watching = true;
    }
    QJsonArray changes;
    for (const ConversationRecord *c : brand()->conversations()) {
        if (matches(s, *c)) {
            s.known.insert(c->id);
            changes.append(protocol::agentConversationChange(*brand(), *c, false));
        }
    }
    m_subscriptions.append(s);
    reply(r, responseType(r.type), QJsonObject{{QStringLiteral("subscriptionId"), s.id}});
    // The first notification lists what matches now, also when that is nothing.
    send(protocol::notification(kExChange, QJsonObject{{QStringLiteral("subscriptionId"), s.id},
                                                       {QStringLiteral("changes"), changes}}));
}

bool AgentSession::mayRead(const ConversationRecord &c) const
{
    if (c.participantByUser(m_userId))
        return true;
    if (std::any_of(c.formerParticipants.begin(), c.formerParticipants.end(),
                    [&](const Participant &p) { return p.userId == m_userId; }))
        return true;
    const QList<Ring> rings = brand()->waitingRings(m_userId);
    return std::any_of(rings.begin(), rings.end(),
                       [&](const Ring &ring) { return ring.conversationId == c.id; });
}

void AgentSession::queryMessages(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    const QString dialogId = body.value(QLatin1String("dialogId")).toString();
    if (dialogId.isEmpty()) {
        refuse(r, Refusal{400, tr("the request needs a 'dialogId'")});
        return;
    }
    const ConversationRecord *c = brand()->conversation(dialogId);
    if (!c) {
        refuse(r, Refusal{404, tr("no conversation with id %1").arg(dialogId.left(80))});
        return;
    }
    if (!mayRead(*c)) {
        refuse(r, Refusal{403, tr("only participants may read a conversation")});
        return;
    }
    const QJsonValue newer = body.contains(QLatin1String("newerThanSequence"))
                                     ? body.value(QLatin1String("newerThanSequence"))
                                     : body.value(QLatin1String("fromSeq"));
    const int limit
            = body.contains(QLatin1String("maxQuantity"))
                      ? std::clamp(body.value(QLatin1String("maxQuantity")).toInt(), 1, 10000)
                      : 10000;
    QJsonArray events;
    for (const MessagingEvent &e : brand()->events(dialogId, newer.toInteger(), limit))
        events.append(protocol::agentEvent(*brand(), e));
    reply(r, QStringLiteral(".ams.ms.QueryMessages$Response"), events);
}

void AgentSession::publishEvent(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    const QString dialogId = body.value(QLatin1String("dialogId")).toString();
    const QJsonValue event = body.value(QLatin1String("event"));
    if (dialogId.isEmpty() || !event.isObject()) {
        refuse(r, Refusal{400, tr("PublishEvent needs a 'dialogId' and an 'event' object")});
        return;
    }
    qint64 sequence = -1;
    if (Outcome bad = brand()->publish(dialogId, m_pid, event.toObject(), &sequence)) {
        refuse(r, *bad);
        return;
    }
    QJsonObject answer;
    if (sequence >= 0)
        answer.insert(QStringLiteral("sequence"), sequence);
    reply(r, responseType(r.type), answer);
}

void AgentSession::updateConversation(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    const QString id = body.value(QLatin1String("conversationId")).toString();
    const QJsonValue field = body.value(QLatin1String("conversationField"));
    if (id.isEmpty() || !(field.isArray() || field.isObject())) {
        refuse(r, Refusal{400, tr("UpdateConversationField needs a 'conversationId' and a "
                                  "'conversationField'")});
        return;
    }
    const QJsonArray fields = field.isArray() ? field.toArray() : QJsonArray{field};
    if (Outcome bad = brand()->updateConversationFields(m_userId, id, fields)) {
        refuse(r, *bad);
        return;
    }
    reply(r, responseType(r.type));
}

void AgentSession::userProfile(const protocol::Request &r)
{
    const QString id = bodyText(r.body, QStringLiteral("userId"));
    if (brand()->hasConsumer(id)) {
        QJsonObject profile = brand()->consumerProfile(id);
        profile.insert(QStringLiteral("userId"), id);
        reply(r, QStringLiteral(".ams.userprofile.GetUserProfile$Response"), profile);
        return;
    }
    const User *user = brand()->account().userByPid(id);
    if (!user) {
        const QString userId = brand()->userIdFromOldId(id);
        user = userId.isEmpty() ? nullptr : brand()->account().user(userId);
    }
    if (!user) {
        refuse(r, Refusal{404, tr("no consumer or agent with id %1").arg(id.left(80))});
        return;
    }
    reply(r, QStringLiteral(".ams.userprofile.GetUserProfile$Response"),
          protocol::agentProfile(*user));
}

// --- BrandListener ----------------------------------------------------------------------------

void AgentSession::conversationChanged(const ConversationRecord &c, const QStringList &)
{
    for (Subscription &s : m_subscriptions) {
        const bool match = matches(s, c);
        if (!match && !s.known.contains(c.id))
            continue;
        if (match)
            s.known.insert(c.id);
        else
            s.known.remove(c.id);
        send(protocol::notification(
                kExChange,
                QJsonObject{{QStringLiteral("subscriptionId"), s.id},
                            {QStringLiteral("changes"),
                             QJsonArray{protocol::agentConversationChange(*brand(), c, !match)}}}));
    }
}

void AgentSession::eventPublished(const ConversationRecord &, const MessagingEvent &,
                                  protocol::EventFrames &frames)
{
    send(frames.agent());
}

void AgentSession::ringChanged(const Ring &ring)
{
    if (m_routingSubscription.isEmpty())
        return;
    send(protocol::notification(
            QStringLiteral(".ams.routing.RoutingTaskNotification"),
            QJsonObject{{QStringLiteral("subscriptionId"), m_routingSubscription},
                        {QStringLiteral("changes"),
                         QJsonArray{protocol::routingTaskChange(*brand(), ring)}}}));
}

} // namespace dialogsmith::cloud
