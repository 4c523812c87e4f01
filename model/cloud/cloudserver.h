#pragma once

#include "account.h"
#include "brand.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QAbstractHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QWebSocket;

namespace dialogsmith::network {
class AgentDesk;
class ConnectionGuard;
} // namespace dialogsmith::network

namespace dialogsmith::cloud {

class AgentSession;
class ConsumerSession;

/// How a CloudServer listens and what it bounds.
struct CloudOptions
{
    /// PEM files; both set: HTTPS and WSS, neither: plain HTTP and WS.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    int maxConnections = 4096;
    qint64 maxRequestBytes = 1024 * 1024;
    std::chrono::milliseconds idleTimeout{30000};
    /// The largest WebSocket frame or message a client may send.
    qint64 maxFrameBytes = 512 * 1024;
    /// Requests per second one WebSocket may send (twice as many in a burst); beyond, each
    /// request is answered 429 and a connection that keeps on is closed.
    int consumerRequestsPerSecond = 200;
    int agentRequestsPerSecond = 20000;
    /// Bytes waiting to be sent to a client that does not read before it is disconnected.
    qint64 maxPendingBytes = 16 * 1024 * 1024;
    std::chrono::seconds tokenLifetime{2 * 3600};
    BrandOptions brand;
    /// The value of a secret-store name: the accounts' API access keys and the Bot users'
    /// OAuth keys are checked against it. Required.
    std::function<std::optional<QString>(const QString &name)> secret;
    /// The key of the agent desk the cloud hosts for transfers of conversations it does not
    /// have (the studio's preview); empty: no desk. A transfer with this key that carries the
    /// conversation so far (`"transcript"`) and names a skill of an account becomes a real
    /// conversation of that account instead (CloudServer::escalation).
    QString deskKey;
    /// What `Authorization: Bearer <token>` the management routes (/cloud/...) need; empty:
    /// they answer 404.
    QString adminToken;
};

/// Routes the cloud's management API (deploying and starting bot agents) to whoever provides it.
class CloudAdminApi
{
public:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };
    virtual ~CloudAdminApi() = default;
    /// `path` below /cloud/ split at '/', e.g. {"agents", "12345678", "routing-bot", "start"}.
    virtual Answer handle(const QString &method, const QStringList &path, const QByteArray &body)
            = 0;
};

/// The local conversational cloud: one server on 127.0.0.1 that plays LiveEngage for one or
/// more accounts, so that LivePerson's own clients work against it unchanged.
///
/// HTTP(S) routes:
///   GET  /api/account/{id}/service/baseURI.json   CSDS: every service is this server
///   POST /api/account/{id}/login?v=1.3            agent login: password, or the four OAuth keys
///   POST /api/account/{id}/refresh?v=1.3          keeps a login alive ({"csrf"} + its cookie)
///   POST /api/account/{id}/logout                 ends a login
///   POST /api/account/{id}/signup                 a consumer identity: {"jwt"}
///   GET  /api/account/{id}/configuration/le-users/skills   the skills (with an agent's bearer)
///   GET  /visitor/?siteid={id}                    the visitor test page
///   GET  /agent/                                  the agent console
///   GET  /web/...                                 what the two pages load
///   POST /botservice-0.1/botcentral/livePersonAgent   the legacy escalation: transfers a
///        conversation of the account whose API access key is the Authorization header; with
///        the deskKey and a "transcript" ([{"role": "consumer" | "bot", "text"}]), a conversation
///        from elsewhere (the studio's preview) becomes one of the account with the skill
///        (Brand::handOver); other conversations go to the hosted agent desk (deskKey)
///   GET  /desk/conversations/{id}/messages?after=N    for such a handed-over conversation: its
///        state and the human agents' messages, as the agent desk answers (deskKey)
///   /desk/...                                     the hosted agent desk's routes
///   /cloud/...                                    management (CloudAdminApi), admin token
/// WebSockets:
///   /ws_api/account/{id}/messaging/brand/{bearer}?v=2.1   the agent API (AgentSession)
///   /ws_api/account/{id}/messaging/consumer?v=3           the consumer API (ConsumerSession)
///
/// Connections, request sizes, frame sizes, request rates and what waits to be sent are bounded;
/// bad input gets a clear answer and never harms other clients. Lives on one thread.
class CloudServer final : public QObject
{
    Q_OBJECT
public:
    explicit CloudServer(CloudOptions options, QObject *parent = nullptr);
    ~CloudServer() override;

    /// Listens on 127.0.0.1:`port` (0: a free port) and returns the port.
    document::Result<quint16> listen(quint16 port = 0);
    /// Stops listening and closes every connection; conversations stay.
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    bool isTls() const { return !m_certificate.isNull(); }
    /// The certificate served over TLS (null without TLS).
    QSslCertificate certificate() const { return m_certificate; }
    /// "http(s)://127.0.0.1:PORT"
    QUrl baseUrl() const;
    /// "127.0.0.1:PORT": the csdsDomain clients are given.
    QString hostPort() const;

    /// Serves `account` (replacing an account with the same id: the file changed).
    Brand *setAccount(Account account);
    Brand *brand(const QString &accountId) const;
    QList<Brand *> brands() const;
    network::AgentDesk *desk() const { return m_desk; }
    const CloudOptions &options() const { return m_options; }
    void setAdminApi(CloudAdminApi *api) { m_admin = api; }

    /// A login for `user` of `accountId`, as the login route gives it (for tests and the studio).
    QString issueBearer(const QString &accountId, const QString &userId);
    /// A consumer identity and its JWT, as the signup route gives it.
    QString issueConsumerJwt(const QString &accountId, QString *consumerId = nullptr);
    /// The consumer id a JWT of `accountId` names, or empty when it is not valid.
    QString verifyConsumerJwt(const QString &accountId, const QString &jwt) const;

    /// Open WebSocket sessions (agents and consumers).
    int sessionCount() const;

signals:
    /// One line of the activity log: what the brands report, plus logins
    /// ({"event": "login", ...}), refused logins and closed sessions.
    void activity(const QJsonObject &entry);

private:
    friend class AgentSession;
    friend class ConsumerSession;
    friend class MessagingSession;
    struct Login;
    struct Answer;

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Answer route(const QHttpServerRequest &request, const QString &method,
                 const QStringList &segments);
    Answer csds(const QString &accountId);
    Answer login(const QString &accountId, const QByteArray &body);
    Answer refresh(const QString &accountId, const QHttpServerRequest &request);
    Answer logout(const QString &accountId, const QHttpServerRequest &request);
    Answer signup(const QString &accountId);
    Answer skills(const QString &accountId, const QHttpServerRequest &request);
    /// The visitor page, the agent console and what they load, from the resources.
    void servePage(const QHttpServerRequest &request, const QString &method,
                   const QStringList &segments, QHttpServerResponder &&responder);
    std::optional<Answer> escalation(const QHttpServerRequest &request);
    /// A transfer with the desk key and a transcript: the conversation joins an account.
    std::optional<Answer> handOver(const QJsonObject &body);
    /// The agent messages of a handed-over conversation, or nullopt when `segments` are not
    /// such a route.
    std::optional<Answer> handedOverMessages(const QHttpServerRequest &request,
                                             const QStringList &segments);
    Answer admin(const QHttpServerRequest &request, const QString &method, const QStringList &path);

    void acceptWebSocket();
    /// Lets a socket that was sent a close frame go once the peer answers (or soon after).
    void dropWhenClosed(std::unique_ptr<QWebSocket> socket);
    /// The login behind `bearer`, or null (unknown or expired).
    const Login *loginFor(const QString &bearer) const;
    void sessionEnded(QObject *session);

    CloudOptions m_options;
    network::ConnectionGuard *m_guard = nullptr;
    QAbstractHttpServer *m_server = nullptr;
    QTcpServer *m_tcp = nullptr;
    network::AgentDesk *m_desk = nullptr;
    CloudAdminApi *m_admin = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_port = 0;
    QByteArray m_jwtKey;
    QHash<QString, Brand *> m_brands;
    QHash<QString, std::shared_ptr<Login>> m_logins; ///< by bearer
    QHash<QObject *, bool> m_sessions;
    /// Conversations handed over by the desk key: the sender's conversation id -> where it is.
    struct HandedOver
    {
        QString accountId;
        QString conversationId;
        QString botPid;
    };
    QHash<QString, HandedOver> m_handedOver;
};

} // namespace dialogsmith::cloud
