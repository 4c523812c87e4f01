#pragma once

#include "messagingclient.h"

#include <QMap>

namespace dialogsmith::cloud {

/// A visitor on the Messaging Window API, the way a browser speaks it: signup for a JWT, the
/// consumer WebSocket with the JWT in its first frame (InitConnection), a subscription to its
/// conversations, then a conversation, messages and events. Keeps every event it was sent once
/// (by sequence), so a reconnect that asks again loses and repeats nothing. The tests, the
/// benchmark and `dialogsmith-cli visitor` use it.
class ConsumerClient final : public MessagingClient
{
    Q_OBJECT
public:
    ConsumerClient(CloudEndpoint endpoint, QString accountId, QNetworkAccessManager *network,
                   QObject *parent = nullptr);

    /// Signs up (once) and connects; connectedToCloud() or failed() follows. Called again after
    /// a disconnect, it reconnects with the same identity and asks for what it missed.
    void connectToCloud();
    QString consumerId() const { return m_consumerId; }
    QString conversationId() const { return m_conversationId; }
    QString accountId() const { return m_accountId; }

    /// Opens a conversation (on the campaign's entry skill unless `skillId` is set) and
    /// subscribes to its events.
    void requestConversation(Answer answer = {}, const QString &skillId = {});
    void publishText(const QString &text, Answer answer = {});
    void publishEvent(const QJsonObject &event, Answer answer = {});
    void closeConversation(Answer answer = {});

    /// Every kept event of the conversation so far, by sequence.
    const QMap<qint64, QJsonObject> &events() const { return m_events; }
    /// The latest conversation details the cloud sent (participants, skill, state).
    QJsonObject conversationDetails() const { return m_details; }

signals:
    void connectedToCloud();
    /// One event change of `ms.MessagingEventNotification` (content, chat state, accept status),
    /// each kept event once.
    void eventReceived(const QJsonObject &change);
    /// A `cqm.ExConversationChangeNotification` change for this consumer's conversation.
    void conversationChanged(const QJsonObject &change);

private:
    void openConnection();
    void subscribeEvents(qint64 fromSeq);
    void handleNotification(const QString &type, const QJsonObject &body);

    QString m_accountId;
    QString m_jwt;
    QString m_consumerId;
    QString m_conversationId;
    QMap<qint64, QJsonObject> m_events;
    QJsonObject m_details;
};

} // namespace dialogsmith::cloud
