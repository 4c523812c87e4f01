#pragma once

#include "brand.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

/// The JSON shapes of LivePerson's messaging APIs: frames, and the agent (UMS brand API 2.1, as
/// LivePerson's node-agent-sdk reads it) and consumer (Messaging Window API) views of
/// conversations, events and rings. One place, so both sides and the tests agree.
namespace dialogsmith::cloud::protocol {

/// A request frame: {"kind": "req", "id", "type", "body", "headers"}.
struct Request
{
    QString id;
    QString type;
    QJsonValue body;
    QJsonValue headers;
};

/// Parses one text frame. On a bad frame returns the refusal; `id` is set when the frame had one.
Outcome parseRequest(const QByteArray &frame, Request *request);

/// Compact JSON written straight into bytes: the frames the cloud sends most (events,
/// answers) are built thousands of times a second, and building a QJsonObject to serialize it
/// costs several times more. Keys are ASCII literals; values are escaped.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &string(QStringView text);
    JsonWriter &number(qint64 value);
    /// Already valid JSON (a cached event, a serialized body).
    JsonWriter &raw(const QByteArray &json);
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    QByteArray m_out;
    bool m_first = true;
};

/// The frames that carry one event, each made when a listener first needs it: the agent side's
/// `.ams.ms.OnlineEventDistribution` and the consumer side's `ms.MessagingEventNotification`.
class EventFrames
{
public:
    EventFrames(const Brand &brand, const MessagingEvent &event)
        : m_brand(brand)
        , m_event(event)
    {}
    const QByteArray &agent();
    const QByteArray &consumer();

private:
    const Brand &m_brand;
    const MessagingEvent &m_event;
    QByteArray m_agent;
    QByteArray m_consumer;
};

/// {"kind": "resp", "reqId", "code", "type", "body"}
QByteArray response(const QString &reqId, int code, const QString &type, const QJsonValue &body);
/// An error response: body {"message": sentence} (reqId may be empty for unparsable frames).
QByteArray errorResponse(const QString &reqId, const QString &type, const Refusal &refusal);
/// {"kind": "notification", "type", "body"}
QByteArray notification(const QString &type, const QJsonValue &body);

// --- Agent side -------------------------------------------------------------------------------

/// One change of `.ams.aam.ExConversationChangeNotification`: {"type": "UPSERT"|"DELETE",
/// "result": {"convId", "conversationDetails": {participants by role with old ids,
/// participantsPId, dialogs with participantsDetails, skillId, state, ...}}}.
QJsonObject agentConversationChange(const Brand &brand, const ConversationRecord &conversation,
                                    bool deleted);
/// The body of `.ams.ms.OnlineEventDistribution` and of each entry of a QueryMessages answer.
QJsonObject agentEvent(const Brand &brand, const MessagingEvent &event);
/// One change of `.ams.routing.RoutingTaskNotification` for `ring`.
QJsonObject routingTaskChange(const Brand &brand, const Ring &ring);

// --- Consumer side ----------------------------------------------------------------------------

/// One change of `cqm.ExConversationChangeNotification`: participants as a list of {id, role}.
QJsonObject consumerConversationChange(const Brand &brand, const ConversationRecord &conversation,
                                       bool deleted);
/// One change of `ms.MessagingEventNotification`.
QJsonObject consumerEvent(const MessagingEvent &event);

/// Profile of an agent as others see it: {"firstName", "lastName", "nickName", "userId",
/// "avatarUrl", "description", "userType": "BOT"|"HUMAN"}.
QJsonObject agentProfile(const User &user);

} // namespace dialogsmith::cloud::protocol
