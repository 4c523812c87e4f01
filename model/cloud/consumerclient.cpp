#include "consumerclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dialogsmith::cloud {

ConsumerClient::ConsumerClient(CloudEndpoint endpoint, QString accountId,
                               QNetworkAccessManager *network, QObject *parent)
    : MessagingClient(std::move(endpoint), network, parent)
    , m_accountId(std::move(accountId))
{
    connect(this, &MessagingClient::notification, this, &ConsumerClient::handleNotification);
}

void ConsumerClient::connectToCloud()
{
    if (!m_jwt.isEmpty()) {
        openConnection();
        return;
    }
    http(QStringLiteral("POST"), QString(),
         QStringLiteral("/api/account/%1/signup").arg(m_accountId), {},
         [this](int status, const QJsonObject &answer, const QString &error) {
             if (!error.isEmpty())
                 return emit failed(error);
             m_jwt = answer.value(QLatin1String("jwt")).toString();
             if (status != 200 || m_jwt.isEmpty())
                 return emit failed(answer.value(QLatin1String("error"))
                                            .toString(tr("signup answered HTTP %1").arg(status)));
             const QList<QByteArray> parts = m_jwt.toLatin1().split('.');
             if (parts.size() == 3) {
                 m_consumerId
                         = QJsonDocument::fromJson(
                                   QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                                   .object()
                                   .value(QLatin1String("sub"))
                                   .toString();
             }
             openConnection();
         });
}

void ConsumerClient::openConnection()
{
    openSocket(QString(),
               QStringLiteral("/ws_api/account/%1/messaging/consumer?v=3").arg(m_accountId), {},
               [this] {
                   const QJsonArray headers{
                           QJsonObject{{QStringLiteral("type"),
                                        QStringLiteral(".ams.headers.ClientProperties")},
                                       {QStringLiteral("deviceFamily"), QStringLiteral("DESKTOP")},
                                       {QStringLiteral("os"), QStringLiteral("LINUX")}},
                           QJsonObject{{QStringLiteral("type"),
                                        QStringLiteral(".ams.headers.ConsumerAuthentication")},
                                       {QStringLiteral("jwt"), m_jwt}}};
                   request(
                           QStringLiteral("InitConnection"), QJsonObject{},
                           [this](int code, const QJsonValue &body) {
                               if (code != 200)
                                   return emit failed(
                                           body.toObject()
                                                   .value(QLatin1String("message"))
                                                   .toString(tr("InitConnection answered %1")
                                                                     .arg(code)));
                               request(QStringLiteral("cqm.SubscribeExConversations"),
                                       QJsonObject{{QStringLiteral("brandId"), m_accountId},
                                                   {QStringLiteral("convState"),
                                                    QJsonArray{QStringLiteral("OPEN")}}});
                               if (!m_conversationId.isEmpty()) {
                                   const qint64 last = m_events.isEmpty() ? 0 : m_events.lastKey();
                                   subscribeEvents(last + 1);
                               }
                               emit connectedToCloud();
                           },
                           headers);
               });
}

void ConsumerClient::subscribeEvents(qint64 fromSeq)
{
    request(QStringLiteral("ms.SubscribeMessagingEvents"),
            QJsonObject{{QStringLiteral("conversationId"), m_conversationId},
                        {QStringLiteral("dialogId"), m_conversationId},
                        {QStringLiteral("fromSeq"), fromSeq}});
}

void ConsumerClient::requestConversation(Answer answer, const QString &skillId)
{
    QJsonObject body{{QStringLiteral("brandId"), m_accountId},
                     {QStringLiteral("channelType"), QStringLiteral("MESSAGING")}};
    if (!skillId.isEmpty())
        body.insert(QStringLiteral("skillId"), skillId);
    request(QStringLiteral("cm.ConsumerRequestConversation"), body,
            [this, answer = std::move(answer)](int code, const QJsonValue &reply) {
                if (code == 200) {
                    m_conversationId
                            = reply.toObject().value(QLatin1String("conversationId")).toString();
                    m_events.clear();
                    subscribeEvents(0);
                }
                if (answer)
                    answer(code, reply);
            });
}

void ConsumerClient::publishText(const QString &text, Answer answer)
{
    publishEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("ContentEvent")},
                             {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                             {QStringLiteral("message"), text}},
                 std::move(answer));
}

void ConsumerClient::publishEvent(const QJsonObject &event, Answer answer)
{
    request(QStringLiteral("ms.PublishEvent"),
            QJsonObject{{QStringLiteral("dialogId"), m_conversationId},
                        {QStringLiteral("conversationId"), m_conversationId},
                        {QStringLiteral("event"), event}},
            std::move(answer));
}

void ConsumerClient::closeConversation(Answer answer)
{
    request(QStringLiteral("cm.UpdateConversationField"),
            QJsonObject{
                    {QStringLiteral("conversationId"), m_conversationId},
                    {QStringLiteral("conversationField"),
                     QJsonObject{
                             {QStringLiteral("field"), QStringLiteral("ConversationStateField")},
                             {QStringLiteral("conversationState"), QStringLiteral("CLOSE")}}}},
            std::move(answer));
}

void ConsumerClient::handleNotification(const QString &type, const QJsonObject &body)
{
    if (type == QLatin1String("ms.MessagingEventNotification")) {
        for (const QJsonValue &v : body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            if (change.value(QLatin1String("dialogId")).toString() != m_conversationId)
                continue;
            if (change.contains(QLatin1String("sequence"))) {
                const qint64 seq = change.value(QLatin1String("sequence")).toInteger();
                if (m_events.contains(seq))
                    continue;
                m_events.insert(seq, change);
            }
            emit eventReceived(change);
        }
    } else if (type == QLatin1String("cqm.ExConversationChangeNotification")) {
        for (const QJsonValue &v : body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            const QJsonObject result = change.value(QLatin1String("result")).toObject();
            if (result.value(QLatin1String("convId")).toString() != m_conversationId)
                continue;
            m_details = result.value(QLatin1String("conversationDetails")).toObject();
            emit conversationChanged(change);
        }
    }
}

} // namespace dialogsmith::cloud
