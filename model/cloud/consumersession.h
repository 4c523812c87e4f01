#pragma once

#include "messagingsession.h"

#include <QSet>

namespace dialogsmith::cloud {

/// One consumer's WebSocket on the Messaging Window API
/// (`/ws_api/account/{id}/messaging/consumer`). The consumer proves who it is with the JWT from
/// signup: in an `Authorization: jwt <token>` header on the upgrade, or, since browsers cannot
/// set WebSocket headers, in the first frame, `InitConnection` with a
/// `.ams.headers.ConsumerAuthentication` header. Then: `cm.ConsumerRequestConversation`,
/// `ms.PublishEvent` (text, rich content, chat state, accept status),
/// `ms.SubscribeMessagingEvents` (history from `fromSeq`, then every new event),
/// `cqm.SubscribeExConversations`, `cm.UpdateConversationField` (CLOSE),
/// `userprofile.SetUserProfile`, `userprofile.GetUserProfile`, `GetClock`. A JWT that is not
/// valid closes the socket with 4401.
class ConsumerSession final : public MessagingSession
{
    Q_OBJECT
public:
    /// `consumerId` is empty until InitConnection authenticates the consumer.
    ConsumerSession(CloudServer *server, Brand *brand, const QString &consumerId,
                    std::unique_ptr<QWebSocket> socket);

    QString consumerId() const { return m_consumer; }

    // BrandListener
    void conversationChanged(const ConversationRecord &conversation,
                             const QStringList &removedUsers) override;
    void eventPublished(const ConversationRecord &conversation, const MessagingEvent &event,
                        protocol::EventFrames &frames) override;

protected:
    void handle(const protocol::Request &request) override;
    void ended() override;

private:
    struct Subscription
    {
        QString id;
        QSet<QString> states;
        QSet<QString> known;
    };

    void authenticate(const QString &consumerId);
    void initConnection(const protocol::Request &request);
    void requestConversation(const protocol::Request &request);
    void publishEvent(const protocol::Request &request);
    void subscribeEvents(const protocol::Request &request);
    void subscribeConversations(const protocol::Request &request);
    void updateConversation(const protocol::Request &request);
    void userProfile(const protocol::Request &request);
    /// The consumer's conversation named in `body` (conversationId or dialogId), or a refusal.
    const ConversationRecord *ownConversation(const QJsonObject &body, Refusal *refusal) const;

    QString m_consumer;
    QList<Subscription> m_subscriptions;
    QSet<QString> m_dialogs; ///< conversations whose events the consumer subscribed to
};

} // namespace dialogsmith::cloud
