#pragma once

#include "account.h"
#include "messagingclient.h"

namespace dialogsmith::cloud {

/// How an agent logs in: a Human user's password, or a Bot user's four OAuth keys.
struct AgentCredentials
{
    QString accountId;
    QString loginName;
    QString password;
    std::optional<OAuthKeys> keys; ///< set: log in with the API key instead of a password
};

/// An agent connected the way LivePerson's node-agent-sdk connects: CSDS look-up of the
/// account's domains, login at `agentVep` (password or OAuth keys) for a bearer, then the agent
/// WebSocket at `asyncMessagingEnt`. What the cloud sends arrives as notification(); requests
/// are the agent API's types. The local cloud's hosted bot agents and the tests use it.
class AgentClient final : public MessagingClient
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Failed };

    AgentClient(CloudEndpoint endpoint, AgentCredentials credentials,
                QNetworkAccessManager *network, QObject *parent = nullptr);

    /// CSDS, login and the WebSocket; connectedToCloud() or failed() follows.
    void connectToCloud();
    State state() const { return m_state; }
    /// From the login: the user id, its PId and "ACCOUNT.USERID".
    QString userId() const { return m_userId; }
    QString userPid() const { return m_userPid; }
    QString oldAgentId() const { return m_credentials.accountId + QLatin1Char('.') + m_userId; }
    /// The login's user type: 1 a Human user, 2 a Bot user.
    int userTypeId() const { return m_userTypeId; }
    const AgentCredentials &credentials() const { return m_credentials; }

    // The requests agents send most, as LivePerson's SDK sends them.
    void setAgentState(const QString &availability, Answer answer = {});
    void subscribeRoutingTasks(Answer answer = {});
    void subscribeExConversations(const QJsonObject &filters, Answer answer = {});
    void updateRingState(const QString &ringId, bool accept, Answer answer = {});
    /// `.ams.ms.QueryMessages`: the events after sequence `newerThan`.
    void queryMessages(const QString &conversationId, qint64 newerThan, Answer answer);
    void publishText(const QString &conversationId, const QString &text, Answer answer = {});
    void publishEvent(const QString &conversationId, const QJsonObject &event, Answer answer = {});
    /// Leaves the conversation and sends it to `skillId` (Skill + ParticipantsChange REMOVE).
    void transferToSkill(const QString &conversationId, const QString &skillId, Answer answer = {});
    void closeConversation(const QString &conversationId, Answer answer = {});
    /// `.ams.userprofile.GetUserProfile` of a consumer or agent PId.
    void userProfile(const QString &pid, Answer answer);
    /// The account's skills (the configuration route, with the login's bearer): `done` gets
    /// them, or the sentence why not.
    void fetchSkills(std::function<void(const QList<Skill> &skills, const QString &error)> done);
    /// Ends the login and closes the socket.
    void logout();

signals:
    void connectedToCloud();

private:
    void fail(const QString &sentence);

    AgentCredentials m_credentials;
    State m_state = State::Offline;
    QString m_userId;
    QString m_userPid;
    QString m_bearer;
    int m_userTypeId = 0;
};

} // namespace dialogsmith::cloud
