#include "agentclient.h"

#include <QJsonArray>

namespace dialogsmith::cloud {

AgentClient::AgentClient(CloudEndpoint endpoint, AgentCredentials credentials,
                         QNetworkAccessManager *network, QObject *parent)
    : MessagingClient(std::move(endpoint), network, parent)
    , m_credentials(std::move(credentials))
{
    connect(this, &MessagingClient::disconnected, this, [this](int code, const QString &reason) {
        if (m_state == State::Connecting) {
            fail(code == 4401
                         ? tr("the cloud refused the login: %1").arg(reason)
                         : tr("the cloud closed the connection (%1 %2)").arg(code).arg(reason));
        } else if (m_state == State::Online) {
            m_state = State::Offline;
        }
    });
}

void AgentClient::fail(const QString &sentence)
{
    m_state = State::Failed;
    emit failed(sentence);
}

void AgentClient::connectToCloud()
{
    m_state = State::Connecting;
    const QString account = m_credentials.accountId;
    http(QStringLiteral("GET"), QString(),
         QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(account), {},
         [this, account](int status, const QJsonObject &csds, const QString &error) {
             if (!error.isEmpty())
                 return fail(error);
             if (status != 200)
                 return fail(
                         csds.value(QLatin1String("error"))
                                 .toString(tr("the domain look-up answered HTTP %1").arg(status)));
             QString vep;
             QString messaging;
             for (const QJsonValue &v : csds.value(QLatin1String("baseURIs")).toArray()) {
                 const QJsonObject uri = v.toObject();
                 const QString service = uri.value(QLatin1String("service")).toString();
                 if (service == QLatin1String("agentVep"))
                     vep = uri.value(QLatin1String("baseURI")).toString();
                 else if (service == QLatin1String("asyncMessagingEnt"))
                     messaging = uri.value(QLatin1String("baseURI")).toString();
             }
             if (vep.isEmpty() || messaging.isEmpty())
                 return fail(tr("the domain look-up named no agentVep or asyncMessagingEnt"));
             QJsonObject login{{QStringLiteral("username"), m_credentials.loginName}};
             if (m_credentials.keys) {
                 login.insert(QStringLiteral("appKey"), m_credentials.keys->appKey);
                 login.insert(QStringLiteral("secret"), m_credentials.keys->secret);
                 login.insert(QStringLiteral("accessToken"), m_credentials.keys->accessToken);
                 login.insert(QStringLiteral("accessTokenSecret"),
                              m_credentials.keys->accessTokenSecret);
             } else {
                 login.insert(QStringLiteral("password"), m_credentials.password);
             }
             http(QStringLiteral("POST"), vep,
                  QStringLiteral("/api/account/%1/login?v=1.3").arg(account), login,
                  [this, account, messaging](int loginStatus, const QJsonObject &answer,
                                             const QString &loginError) {
                      if (!loginError.isEmpty())
                          return fail(loginError);
                      if (loginStatus >= 300 || answer.contains(QLatin1String("error")))
                          return fail(answer.value(QLatin1String("error"))
                                              .toString(tr("the login answered HTTP %1")
                                                                .arg(loginStatus)));
                      const QJsonObject config = answer.value(QLatin1String("config")).toObject();
                      m_userId = config.value(QLatin1String("userId")).toString();
                      m_userPid = config.value(QLatin1String("userPid")).toString();
                      m_bearer = answer.value(QLatin1String("bearer")).toString();
                      m_userTypeId = config.value(QLatin1String("userTypeId")).toInt();
                      if (m_userId.isEmpty() || m_bearer.isEmpty())
                          return fail(tr("the login answer has no user id or bearer"));
                      openSocket(messaging,
                                 QStringLiteral("/ws_api/account/%1/messaging/brand/%2?v=2.1")
                                         .arg(account, m_bearer),
                                 {}, [this] {
                                     m_state = State::Online;
                                     emit connectedToCloud();
                                 });
                  });
         });
}

void AgentClient::setAgentState(const QString &availability, Answer answer)
{
    request(QStringLiteral(".ams.routing.SetAgentState"),
            QJsonObject{{QStringLiteral("availability"), availability},
                        {QStringLiteral("channels"), QJsonArray{QStringLiteral("MESSAGING")}},
                        {QStringLiteral("agentUserId"), oldAgentId()}},
            std::move(answer));
}

void AgentClient::subscribeRoutingTasks(Answer answer)
{
    request(QStringLiteral(".ams.routing.SubscribeRoutingTasks"),
            QJsonObject{{QStringLiteral("channelType"), QStringLiteral("MESSAGING")},
                        {QStringLiteral("agentId"), oldAgentId()},
                        {QStringLiteral("brandId"), m_credentials.accountId}},
            std::move(answer));
}

void AgentClient::subscribeExConversations(const QJsonObject &filters, Answer answer)
{
    request(QStringLiteral(".ams.aam.SubscribeExConversations"), filters, std::move(answer));
}

void AgentClient::updateRingState(const QString &ringId, bool accept, Answer answer)
{
    request(QStringLiteral(".ams.routing.UpdateRingState"),
            QJsonObject{{QStringLiteral("ringId"), ringId},
                        {QStringLiteral("ringState"),
                         accept ? QStringLiteral("ACCEPTED") : QStringLiteral("REJECTED")}},
            std::move(answer));
}

void AgentClient::queryMessages(const QString &conversationId, qint64 newerThan, Answer answer)
{
    request(QStringLiteral(".ams.ms.QueryMessages"),
            QJsonObject{{QStringLiteral("dialogId"), conversationId},
                        {QStringLiteral("newerThanSequence"), newerThan}},
            std::move(answer));
}

void AgentClient::publishText(const QString &conversationId, const QString &text, Answer answer)
{
    publishEvent(conversationId,
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("ContentEvent")},
                             {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                             {QStringLiteral("message"), text}},
                 std::move(answer));
}

void AgentClient::publishEvent(const QString &conversationId, const QJsonObject &event,
                               Answer answer)
{
    request(QStringLiteral(".ams.ms.PublishEvent"),
            QJsonObject{{QStringLiteral("dialogId"), conversationId},
                        {QStringLiteral("event"), event}},
            std::move(answer));
}

void AgentClient::transferToSkill(const QString &conversationId, const QString &skillId,
                                  Answer answer)
{
    const QJsonArray fields{
            QJsonObject{{QStringLiteral("field"), QStringLiteral("ParticipantsChange")},
                        {QStringLiteral("type"), QStringLiteral("REMOVE")},
                        {QStringLiteral("role"), QStringLiteral("ASSIGNED_AGENT")},
                        {QStringLiteral("userId"), oldAgentId()}},
            QJsonObject{{QStringLiteral("field"), QStringLiteral("Skill")},
                        {QStringLiteral("type"), QStringLiteral("UPDATE")},
                        {QStringLiteral("skill"), skillId}}};
    request(QStringLiteral(".ams.cm.UpdateConversationField"),
            QJsonObject{{QStringLiteral("conversationId"), conversationId},
                        {QStringLiteral("conversationField"), fields}},
            std::move(answer));
}

void AgentClient::closeConversation(const QString &conversationId, Answer answer)
{
    request(QStringLiteral(".ams.cm.UpdateConversationField"),
            QJsonObject{
                    {QStringLiteral("conversationId"), conversationId},
                    {QStringLiteral("conversationField"),
                     QJsonArray{QJsonObject{
                             {QStringLiteral("field"), QStringLiteral("ConversationStateField")},
                             {QStringLiteral("conversationState"), QStringLiteral("CLOSE")}}}}},
            std::move(answer));
}

void AgentClient::userProfile(const QString &pid, Answer answer)
{
    request(QStringLiteral(".ams.userprofile.GetUserProfile"),
            QJsonObject{{QStringLiteral("userId"), pid}}, std::move(answer));
}

void AgentClient::fetchSkills(
        std::function<void(const QList<Skill> &skills, const QString &error)> done)
{
    if (m_bearer.isEmpty()) {
        done({}, tr("not logged in"));
        return;
    }
    http(QStringLiteral("GET"), QString(),
         QStringLiteral("/api/account/%1/configuration/le-users/skills")
                 .arg(m_credentials.accountId),
         {},
         [done = std::move(done)](int status, const QJsonObject &answer, const QString &error) {
             if (!error.isEmpty())
                 return done({}, error);
             if (status != 200)
                 return done({}, answer.value(QLatin1String("error"))
                                         .toString(tr("the skills answered HTTP %1").arg(status)));
             QList<Skill> skills;
             for (const QJsonValue &v : answer.value(QLatin1String("items")).toArray()) {
                 const QJsonObject o = v.toObject();
                 Skill skill;
                 skill.id = o.value(QLatin1String("id")).toInteger();
                 skill.name = o.value(QLatin1String("name")).toString();
                 skills.append(skill);
             }
             done(skills, QString());
         },
         {{"Authorization", "Bearer " + m_bearer.toUtf8()}});
}

void AgentClient::logout()
{
    if (!m_bearer.isEmpty()) {
        http(QStringLiteral("POST"), QString(),
             QStringLiteral("/api/account/%1/logout").arg(m_credentials.accountId), {},
             [](int, const QJsonObject &, const QString &) {},
             {{"Authorization", "Bearer " + m_bearer.toUtf8()}});
    }
    m_bearer.clear();
    m_state = State::Offline;
    disconnectFromCloud();
}

} // namespace dialogsmith::cloud
