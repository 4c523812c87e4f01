#pragma once

#include "messagingsession.h"

#include <QSet>

namespace dialogsmith::cloud {

/// One agent's WebSocket on the agent API (`/ws_api/account/{id}/messaging/brand/{bearer}`),
/// speaking what LivePerson's node-agent-sdk sends: `.GetClock`, `.ams.routing.SetAgentState`,
/// `.ams.routing.SubscribeRoutingTasks`, `.ams.routing.UpdateRingState`,
/// `.ams.aam.SubscribeExConversations` / `UnsubscribeExConversations`, `.ams.ms.QueryMessages`
/// (the SDK's subscribeMessagingEvents), `.ams.ms.PublishEvent`,
/// `.ams.cm.UpdateConversationField`, `.ams.userprofile.GetUserProfile` and
/// `.ams.routing.SubscribeAgentsState`. It sends `.ams.routing.RoutingTaskNotification`,
/// `.ams.aam.ExConversationChangeNotification` and `.ams.ms.OnlineEventDistribution` (every
/// event of the conversations the agent takes part in). Unknown types and bad bodies get a 4xx
/// answer; the connection stays.
class AgentSession final : public MessagingSession
{
    Q_OBJECT
public:
    AgentSession(CloudServer *server, Brand *brand, const QString &userId, const QString &bearer,
                 std::unique_ptr<QWebSocket> socket);

    QString userId() const { return m_userId; }
    QString bearer() const { return m_bearer; }

    // BrandListener
    void conversationChanged(const ConversationRecord &conversation,
                             const QStringList &removedUsers) override;
    void eventPublished(const ConversationRecord &conversation, const MessagingEvent &event,
                        protocol::EventFrames &frames) override;
    void ringChanged(const Ring &ring) override;

protected:
    void handle(const protocol::Request &request) override;
    void ended() override;

private:
    struct Subscription
    {
        QString id;
        QSet<QString> agents; ///< user ids; empty: every conversation of the account
        QSet<QString> states; ///< "OPEN", "CLOSE"; empty: both
        QSet<qint64> skills;  ///< empty: every skill
        QSet<QString> known;  ///< conversations the client was told about
    };

    bool matches(const Subscription &s, const ConversationRecord &c) const;
    void subscribeConversations(const protocol::Request &request);
    void queryMessages(const protocol::Request &request);
    void publishEvent(const protocol::Request &request);
    void updateConversation(const protocol::Request &request);
    void userProfile(const protocol::Request &request);
    void updateRing(const protocol::Request &request);
    bool mayRead(const ConversationRecord &c) const;

    QString m_userId;
    QString m_pid;
    QString m_bearer;
    QList<Subscription> m_subscriptions;
    bool m_watching = false;
    QString m_routingSubscription;
    bool m_agentStateSubscribed = false;
};

} // namespace dialogsmith::cloud
