#include "protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dialogsmith::cloud::protocol {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CloudProtocol)
};

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QJsonObject dialogJson(const ConversationRecord &c)
{
    QJsonArray details;
    for (const Participant &p : c.participants) {
        details.append(QJsonObject{{QStringLiteral("id"), p.pid},
                                   {QStringLiteral("role"), roleName(p.role)},
                                   {QStringLiteral("state"), QStringLiteral("ACTIVE")}});
    }
    QJsonObject dialog{
            {QStringLiteral("dialogId"), c.id},
            {QStringLiteral("participantsDetails"), details},
            {QStringLiteral("dialogType"), QStringLiteral("MAIN")},
            {QStringLiteral("channelType"), QStringLiteral("MESSAGING")},
            {QStringLiteral("state"), c.open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE")},
            {QStringLiteral("creationTs"), c.startTs},
            {QStringLiteral("metaDataLastUpdateTs"), c.lastUpdate}};
    if (!c.open) {
        dialog.insert(QStringLiteral("endTs"), c.endTs);
        dialog.insert(QStringLiteral("closedBy"), c.closeReason);
    }
    return dialog;
}

/// What both views share.
QJsonObject details(const Brand &brand, const ConversationRecord &c)
{
    const QString skill = QString::number(c.skillId);
    QJsonObject d{
            {QStringLiteral("skillId"), skill},
            {QStringLiteral("brandId"), brand.id()},
            {QStringLiteral("state"), c.open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE")},
            {QStringLiteral("stage"), c.open ? QStringLiteral("OPEN") : QStringLiteral("CLOSE")},
            {QStringLiteral("startTs"), c.startTs},
            {QStringLiteral("metaDataLastUpdateTs"), c.lastUpdate},
            {QStringLiteral("ttr"),
             QJsonObject{{QStringLiteral("ttrType"), QStringLiteral("NORMAL")},
                         {QStringLiteral("value"), 3600}}},
            {QStringLiteral("conversationHandlerDetails"),
             QJsonObject{{QStringLiteral("accountId"), brand.id()},
                         {QStringLiteral("skillId"), skill}}},
            {QStringLiteral("dialogs"), QJsonArray{dialogJson(c)}}};
    if (!c.open) {
        d.insert(QStringLiteral("closeReason"), c.closeReason);
        d.insert(QStringLiteral("endTs"), c.endTs);
    }
    if (!c.campaignId.isEmpty()) {
        d.insert(QStringLiteral("campaignInfo"),
                 QJsonObject{{QStringLiteral("campaignId"), c.campaignId},
                             {QStringLiteral("engagementId"), c.engagementId}});
    }
    return d;
}

} // namespace

Outcome parseRequest(const QByteArray &frame, Request *request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError) {
        return Refusal{400, Tr::tr("the frame is not valid JSON (%1 at offset %2)")
                                    .arg(error.errorString())
                                    .arg(error.offset)};
    }
    if (!doc.isObject())
        return Refusal{400, Tr::tr("a frame must be a JSON object")};
    const QJsonObject o = doc.object();
    request->id = text(o.value(QLatin1String("id")));
    request->type = o.value(QLatin1String("type")).toString();
    request->body = o.value(QLatin1String("body"));
    request->headers = o.value(QLatin1String("headers"));
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("req"))
        return Refusal{400, Tr::tr("a frame's 'kind' must be \"req\"")};
    if (request->id.isEmpty())
        return Refusal{400, Tr::tr("a request needs an 'id'")};
    if (request->type.isEmpty())
        return Refusal{400, Tr::tr("a request needs a 'type'")};
    return std::nullopt;
}

// --- JsonWriter ---------------------------------------------------------------------------------

void JsonWriter::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_first = true; // the value follows without a comma
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    separate();
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[uchar(c) >> 4];
                m_out += hex[uchar(c) & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}

// --- Frames -----------------------------------------------------------------------------------

namespace {

/// The members an event change has on both sides; `originatorId` differs.
void writeEventMembers(JsonWriter &w, const MessagingEvent &e, const QString &originatorId)
{
    if (e.sequence >= 0)
        w.key("sequence").number(e.sequence);
    w.key("originatorId").string(originatorId);
    w.key("originatorMetadata")
            .beginObject()
            .key("id")
            .string(e.originatorPid)
            .key("role")
            .string(roleName(e.role))
            .endObject();
    w.key("serverTimestamp").number(e.serverTimestamp);
    w.key("event").raw(e.eventJson);
    w.key("dialogId").string(e.conversationId);
    w.key("conversationId").string(e.conversationId);
}

} // namespace

const QByteArray &EventFrames::agent()
{
    if (m_agent.isEmpty()) {
        JsonWriter w;
        w.beginObject().key("kind").string(u"notification");
        w.key("type").string(u".ams.ms.OnlineEventDistribution");
        w.key("body").beginObject();
        writeEventMembers(w, m_event,
                          m_event.originatorUserId.isEmpty()
                                  ? m_event.originatorPid
                                  : m_brand.oldAgentId(m_event.originatorUserId));
        w.key("originatorPId").string(m_event.originatorPid);
        w.endObject().endObject();
        m_agent = w.take();
    }
    return m_agent;
}

const QByteArray &EventFrames::consumer()
{
    if (m_consumer.isEmpty()) {
        JsonWriter w;
        w.beginObject().key("kind").string(u"notification");
        w.key("type").string(u"ms.MessagingEventNotification");
        w.key("body").beginObject().key("changes").beginArray().beginObject();
        writeEventMembers(w, m_event, m_event.originatorPid);
        w.endObject().endArray().endObject().endObject();
        m_consumer = w.take();
    }
    return m_consumer;
}

QByteArray response(const QString &reqId, int code, const QString &type, const QJsonValue &body)
{
    JsonWriter w;
    w.beginObject().key("kind").string(u"resp");
    if (!reqId.isEmpty())
        w.key("reqId").string(reqId);
    w.key("code").number(code).key("type").string(type);
    w.key("body");
    if (body.isObject() && body.toObject().isEmpty())
        w.raw("{}");
    else if (body.isObject())
        w.raw(QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
    else if (body.isArray())
        w.raw(QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact));
    else if (body.isString())
        w.string(body.toString());
    else if (body.isDouble())
        w.number(body.toInteger());
    else
        w.raw("null");
    w.endObject();
    return w.take();
}

QByteArray errorResponse(const QString &reqId, const QString &type, const Refusal &refusal)
{
    return response(reqId, refusal.code, type,
                    QJsonObject{{QStringLiteral("message"), refusal.message}});
}

QByteArray notification(const QString &type, const QJsonValue &body)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("notification")},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("body"), body}})
            .toJson(QJsonDocument::Compact);
}

// --- Agent side -------------------------------------------------------------------------------

QJsonObject agentConversationChange(const Brand &brand, const ConversationRecord &c, bool deleted)
{
    QJsonObject d = details(brand, c);
    d.insert(QStringLiteral("convId"), c.id);
    // Older clients read participants by role with ACCOUNT.USERID ids, newer ones PIds.
    QJsonObject byRole;
    QJsonObject pidsByRole;
    for (const Participant &p : c.participants) {
        const QString role = roleName(p.role);
        QJsonArray ids = byRole.value(role).toArray();
        ids.append(p.userId.isEmpty() ? p.pid : brand.oldAgentId(p.userId));
        byRole.insert(role, ids);
        QJsonArray pids = pidsByRole.value(role).toArray();
        pids.append(p.pid);
        pidsByRole.insert(role, pids);
    }
    d.insert(QStringLiteral("participants"), byRole);
    d.insert(QStringLiteral("participantsPId"), pidsByRole);
    QJsonObject result{{QStringLiteral("convId"), c.id},
                       {QStringLiteral("effectiveTTR"), -1},
                       {QStringLiteral("conversationDetails"), d},
                       {QStringLiteral("lastUpdateTime"), c.lastUpdate},
                       {QStringLiteral("numberOfunreadMessages"), QJsonObject{}}};
    return QJsonObject{
            {QStringLiteral("type"), deleted ? QStringLiteral("DELETE") : QStringLiteral("UPSERT")},
            {QStringLiteral("result"), result}};
}

QJsonObject agentEvent(const Brand &brand, const MessagingEvent &e)
{
    QJsonObject o{{QStringLiteral("originatorId"), e.originatorUserId.isEmpty()
                                                           ? e.originatorPid
                                                           : brand.oldAgentId(e.originatorUserId)},
                  {QStringLiteral("originatorPId"), e.originatorPid},
                  {QStringLiteral("originatorMetadata"),
                   QJsonObject{{QStringLiteral("id"), e.originatorPid},
                               {QStringLiteral("role"), roleName(e.role)}}},
                  {QStringLiteral("serverTimestamp"), e.serverTimestamp},
                  {QStringLiteral("event"), e.event},
                  {QStringLiteral("dialogId"), e.conversationId},
                  {QStringLiteral("conversationId"), e.conversationId}};
    if (e.sequence >= 0)
        o.insert(QStringLiteral("sequence"), e.sequence);
    return o;
}

QJsonObject routingTaskChange(const Brand &brand, const Ring &ring)
{
    const QString skill = QString::number(ring.skillId);
    const QJsonObject details{{QStringLiteral("ringId"), ring.id},
                              {QStringLiteral("ringExpiration"), ring.expires},
                              {QStringLiteral("ringState"), Ring::stateName(ring.state)},
                              {QStringLiteral("weight"), 1.0},
                              {QStringLiteral("brandId"), brand.id()},
                              {QStringLiteral("convId"), ring.conversationId},
                              {QStringLiteral("consumerId"), ring.consumerPid},
                              {QStringLiteral("skillId"), skill}};
    const QJsonObject result{
            {QStringLiteral("routingTaskId"), ring.conversationId + QLatin1Char('_') + skill},
            {QStringLiteral("assignedAgentId"),
             ring.state == Ring::State::Accepted ? brand.oldAgentId(ring.userId) : QString()},
            {QStringLiteral("brandId"), brand.id()},
            {QStringLiteral("conversationId"), ring.conversationId},
            {QStringLiteral("consumerId"), ring.consumerPid},
            {QStringLiteral("skillId"), skill},
            {QStringLiteral("taskCompleted"), ring.state != Ring::State::Waiting},
            {QStringLiteral("ringsDetails"), QJsonArray{details}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("UPSERT")},
                       {QStringLiteral("result"), result}};
}

// --- Consumer side ----------------------------------------------------------------------------

QJsonObject consumerConversationChange(const Brand &brand, const ConversationRecord &c,
                                       bool deleted)
{
    QJsonObject d = details(brand, c);
    QJsonArray participants;
    for (const Participant &p : c.participants) {
        participants.append(QJsonObject{{QStringLiteral("id"), p.pid},
                                        {QStringLiteral("role"), roleName(p.role)}});
    }
    d.insert(QStringLiteral("participants"), participants);
    const QJsonObject result{{QStringLiteral("convId"), c.id},
                             {QStringLiteral("effectiveTTR"), -1},
                             {QStringLiteral("conversationDetails"), d}};
    return QJsonObject{
            {QStringLiteral("type"), deleted ? QStringLiteral("DELETE") : QStringLiteral("UPSERT")},
            {QStringLiteral("result"), result}};
}

QJsonObject consumerEvent(const MessagingEvent &e)
{
    QJsonObject o{{QStringLiteral("originatorId"), e.originatorPid},
                  {QStringLiteral("originatorMetadata"),
                   QJsonObject{{QStringLiteral("id"), e.originatorPid},
                               {QStringLiteral("role"), roleName(e.role)}}},
                  {QStringLiteral("serverTimestamp"), e.serverTimestamp},
                  {QStringLiteral("event"), e.event},
                  {QStringLiteral("dialogId"), e.conversationId},
                  {QStringLiteral("conversationId"), e.conversationId}};
    if (e.sequence >= 0)
        o.insert(QStringLiteral("sequence"), e.sequence);
    return o;
}

QJsonObject agentProfile(const User &user)
{
    const QString nick = user.nickname.isEmpty() ? user.loginName : user.nickname;
    const qsizetype space = user.name.indexOf(QLatin1Char(' '));
    return QJsonObject{
            {QStringLiteral("userId"), user.pid},
            {QStringLiteral("nickName"), nick},
            {QStringLiteral("firstName"), space < 0 ? user.name : user.name.left(space)},
            {QStringLiteral("lastName"), space < 0 ? QString() : user.name.mid(space + 1)},
            {QStringLiteral("avatarUrl"), QString()},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("userType"),
             user.type == UserType::Bot ? QStringLiteral("BOT") : QStringLiteral("HUMAN")}};
}

} // namespace dialogsmith::cloud::protocol
