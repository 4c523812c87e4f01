#include "consumersession.h"

#include "cloudserver.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

namespace dialogsmith::cloud {

namespace {

const QString kConversationChange = QStringLiteral("cqm.ExConversationChangeNotification");
const QString kMessagingEvent = QStringLiteral("ms.MessagingEventNotification");

} // namespace

ConsumerSession::ConsumerSession(CloudServer *server, Brand *brand, const QString &consumerId,
                                 std::unique_ptr<QWebSocket> socket)
    : MessagingSession(server, brand, std::move(socket),
                       server->options().consumerRequestsPerSecond)
{
    if (!consumerId.isEmpty()) {
        authenticate(consumerId);
        return;
    }
    // A browser proves who it is in its first frame; one that never does is not kept.
    QTimer::singleShot(10000, this, [this] {
        if (m_consumer.isEmpty())
            closeWith(4401, tr("no InitConnection with the consumer's JWT"));
    });
}

void ConsumerSession::authenticate(const QString &consumerId)
{
    m_consumer = consumerId;
    brand()->addConsumerListener(m_consumer, this);
}

void ConsumerSession::ended()
{
    if (!m_consumer.isEmpty())
        brand()->removeConsumerListener(m_consumer, this);
}

void ConsumerSession::handle(const protocol::Request &r)
{
    const QString &t = r.type;
    if (t == QLatin1String("InitConnection")) {
        initConnection(r);
        return;
    }
    if (m_consumer.isEmpty()) {
        refuse(r, Refusal{401, tr("send InitConnection with the consumer's JWT first")});
        return;
    }
    if (t == QLatin1String("GetClock")) {
        reply(r, QStringLiteral("GetClockResponse"),
              QJsonObject{{QStringLiteral("currentTime"), nowMs()}});
    } else if (t == QLatin1String("cm.ConsumerRequestConversation")) {
        requestConversation(r);
    } else if (t == QLatin1String("ms.PublishEvent")) {
        publishEvent(r);
    } else if (t == QLatin1String("ms.SubscribeMessagingEvents")) {
        subscribeEvents(r);
    } else if (t == QLatin1String("cqm.SubscribeExConversations")) {
        subscribeConversations(r);
    } else if (t == QLatin1String("cqm.UnsubscribeExConversations")) {
        const QString id = bodyText(r.body, QStringLiteral("subscriptionId"));
        const auto before = m_subscriptions.size();
        m_subscriptions.removeIf([&](const Subscription &s) { return s.id == id; });
        if (m_subscriptions.size() == before)
            refuse(r, Refusal{404, tr("no subscription with id %1").arg(id.left(80))});
        else
            reply(r, QStringLiteral("GenericResponse"));
    } else if (t == QLatin1String("cm.UpdateConversationField")) {
        updateConversation(r);
    } else if (t == QLatin1String("userprofile.SetUserProfile")) {
        if (!r.body.isObject()) {
            refuse(r, Refusal{400, tr("SetUserProfile needs a profile object")});
            return;
        }
        QJsonObject profile;
        const QJsonObject body = r.body.toObject();
        for (const QString &key :
             {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("nickName"),
              QStringLiteral("avatarUrl"), QStringLiteral("email"), QStringLiteral("phone")}) {
            const QString value = body.value(key).toString().left(256);
            if (!value.isEmpty())
                profile.insert(key, value);
        }
        brand()->setConsumerProfile(m_consumer, profile);
        reply(r, QStringLiteral("GenericResponse"));
    } else if (t == QLatin1String("userprofile.GetUserProfile")) {
        userProfile(r);
    } else {
        refuse(r, Refusal{400, tr("unknown request type '%1'").arg(t.left(80))});
    }
}

void ConsumerSession::initConnection(const protocol::Request &r)
{
    QString jwt;
    for (const QJsonValue &h : r.headers.toArray()) {
        const QJsonObject header = h.toObject();
        if (header.value(QLatin1String("type")).toString()
            == QLatin1String(".ams.headers.ConsumerAuthentication"))
            jwt = header.value(QLatin1String("jwt")).toString();
    }
    if (jwt.isEmpty() && !m_consumer.isEmpty()) {
        reply(r, QStringLiteral("InitConnectionResponse"));
        return;
    }
    const QString consumer = server()->verifyConsumerJwt(brand()->id(), jwt);
    if (consumer.isEmpty()) {
        refuse(r, Refusal{401, tr("the consumer JWT is not valid: sign up again")});
        closeWith(4401, tr("the consumer JWT is not valid"));
        return;
    }
    if (!m_consumer.isEmpty() && consumer != m_consumer) {
        refuse(r, Refusal{409, tr("the connection belongs to another consumer")});
        return;
    }
    if (m_consumer.isEmpty())
        authenticate(consumer);
    reply(r, QStringLiteral("InitConnectionResponse"));
}

const ConversationRecord *ConsumerSession::ownConversation(const QJsonObject &body,
                                                           Refusal *refusal) const
{
    QString id = body.value(QLatin1String("conversationId")).toString();
    if (id.isEmpty())
        id = body.value(QLatin1String("dialogId")).toString();
    if (id.isEmpty()) {
        *refusal = Refusal{400, tr("the request needs a 'conversationId' or 'dialogId'")};
        return nullptr;
    }
    const ConversationRecord *c = brand()->conversation(id);
    if (!c || c->consumerPid != m_consumer) {
        *refusal = Refusal{404, tr("no conversation with id %1").arg(id.left(80))};
        return nullptr;
    }
    return c;
}

void ConsumerSession::requestConversation(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    std::optional<qint64> skill;
    const QJsonValue skillValue = body.value(QLatin1String("skillId"));
    if (skillValue.isString() && !skillValue.toString().isEmpty()) {
        bool ok = false;
        skill = skillValue.toString().toLongLong(&ok);
        if (!ok) {
            refuse(r, Refusal{400, tr("'skillId' must be a number")});
            return;
        }
    } else if (skillValue.isDouble()) {
        skill = skillValue.toInteger();
    }
    const QString brandId = bodyText(body, QStringLiteral("brandId"));
    if (!brandId.isEmpty() && brandId != brand()->id()) {
        refuse(r, Refusal{400, tr("'brandId' %1 is not this connection's account %2")
                                       .arg(brandId.left(40), brand()->id())});
        return;
    }
    const QJsonObject campaign = body.value(QLatin1String("campaignInfo")).toObject();
    QString id;
    if (Outcome bad = brand()->requestConversation(
                m_consumer, skill, bodyText(campaign, QStringLiteral("campaignId")),
                bodyText(campaign, QStringLiteral("engagementId")), &id)) {
        refuse(r, *bad);
        return;
    }
    m_dialogs.insert(id);
    reply(r, QStringLiteral("cm.RequestConversationResponse"),
          QJsonObject{{QStringLiteral("conversationId"), id}});
}

void ConsumerSession::publishEvent(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    Refusal refusal;
    const ConversationRecord *c = ownConversation(body, &refusal);
    if (!c) {
        refuse(r, refusal);
        return;
    }
    const QJsonValue event = body.value(QLatin1String("event"));
    if (!event.isObject()) {
        refuse(r, Refusal{400, tr("PublishEvent needs an 'event' object")});
        return;
    }
    qint64 sequence = -1;
    if (Outcome bad = brand()->publish(c->id, m_consumer, event.toObject(), &sequence)) {
        refuse(r, *bad);
        return;
    }
    QJsonObject answer;
    if (sequence >= 0)
        answer.insert(QStringLiteral("sequence"), sequence);
    reply(r, QStringLiteral("ms.PublishEventResponse"), answer);
}

void ConsumerSession::subscribeEvents(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    Refusal refusal;
    const ConversationRecord *c = ownConversation(body, &refusal);
    if (!c) {
        refuse(r, refusal);
        return;
    }
    m_dialogs.insert(c->id);
    const qint64 from = std::max<qint64>(0, body.value(QLatin1String("fromSeq")).toInteger());
    reply(r, QStringLiteral("GenericSubscribeResponse"),
          QJsonObject{{QStringLiteral("subscriptionId"), c->id}});
    QJsonArray changes;
    for (const MessagingEvent &e : brand()->events(c->id, from - 1))
        changes.append(protocol::consumerEvent(e));
    if (!changes.isEmpty())
        send(protocol::notification(kMessagingEvent,
                                    QJsonObject{{QStringLiteral("changes"), changes}}));
}

void ConsumerSession::subscribeConversations(const protocol::Request &r)
{
    Subscription s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QJsonValue &v : r.body.toObject().value(QLatin1String("convState")).toArray()) {
        const QString state = v.toString();
        if (state != QLatin1String("OPEN") && state != QLatin1String("CLOSE")) {
            refuse(r, Refusal{400, tr("'convState' may hold OPEN and CLOSE")});
            return;
        }
        s.states.insert(state);
    }
    QJsonArray changes;
    for (const ConversationRecord *c : brand()->conversations()) {
        if (c->consumerPid != m_consumer)
            continue;
        if (!s.states.isEmpty()
            && !s.states.contains(c->open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE")))
            continue;
        s.known.insert(c->id);
        changes.append(protocol::consumerConversationChange(*brand(), *c, false));
    }
    m_subscriptions.append(s);
    reply(r, QStringLiteral("GenericSubscribeResponse"),
          QJsonObject{{QStringLiteral("subscriptionId"), s.id}});
    send(protocol::notification(kConversationChange,
                                QJsonObject{{QStringLiteral("subscriptionId"), s.id},
                                            {QStringLiteral("changes"), changes}}));
}

void ConsumerSession::updateConversation(const protocol::Request &r)
{
    const QJsonObject body = r.body.toObject();
    Refusal refusal;
    const ConversationRecord *c = ownConversation(body, &refusal);
    if (!c) {
        refuse(r, refusal);
        return;
    }
    const QJsonValue field = body.value(QLatin1String("conversationField"));
    const QJsonArray fields = field.isArray() ? field.toArray() : QJsonArray{field};
    if (fields.isEmpty() || !fields.first().isObject()) {
        refuse(r, Refusal{400, tr("UpdateConversationField needs a 'conversationField'")});
        return;
    }
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("field")).toString() != QLatin1String("ConversationStateField")
            || f.value(QLatin1String("conversationState")).toString() != QLatin1String("CLOSE")) {
            refuse(r, Refusal{400, tr("a consumer may only close its conversation "
                                      "(ConversationStateField CLOSE)")});
            return;
        }
    }
    if (Outcome bad = brand()->closeByConsumer(m_consumer, c->id)) {
        refuse(r, *bad);
        return;
    }
    reply(r, QStringLiteral("cm.UpdateConversationFieldResponse"));
}

void ConsumerSession::userProfile(const protocol::Request &r)
{
    const QString id = bodyText(r.body, QStringLiteral("userId"));
    if (id == m_consumer) {
        reply(r, QStringLiteral("userprofile.GetUserProfileResponse"),
              brand()->consumerProfile(m_consumer));
        return;
    }
    const User *user = brand()->account().userByPid(id);
    if (!user) {
        refuse(r, Refusal{404, tr("no agent with id %1").arg(id.left(80))});
        return;
    }
    reply(r, QStringLiteral("userprofile.GetUserProfileResponse"), protocol::agentProfile(*user));
}

// --- BrandListener ----------------------------------------------------------------------------

void ConsumerSession::conversationChanged(const ConversationRecord &c, const QStringList &)
{
    for (Subscription &s : m_subscriptions) {
        const bool match
                = s.states.isEmpty()
                  || s.states.contains(c.open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE"));
        if (!match && !s.known.contains(c.id))
            continue;
        if (match)
            s.known.insert(c.id);
        else
            s.known.remove(c.id);
        send(protocol::notification(kConversationChange,
                                    QJsonObject{{QStringLiteral("subscriptionId"), s.id},
                                                {QStringLiteral("changes"),
                                                 QJsonArray{protocol::consumerConversationChange(
                                                         *brand(), c, !match)}}}));
    }
}

void ConsumerSession::eventPublished(const ConversationRecord &c, const MessagingEvent &,
                                     protocol::EventFrames &frames)
{
    if (m_dialogs.contains(c.id))
        send(frames.consumer());
}

} // namespace dialogsmith::cloud
