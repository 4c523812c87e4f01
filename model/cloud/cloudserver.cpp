#include "cloudserver.h"

#include "agentdesk.h"
#include "agentsession.h"
#include "connectionguard.h"
#include "consumersession.h"
#include "escalationpresets.h"
#include "password.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace dialogsmith::cloud {

using document::Error;
using document::Result;

namespace {

constexpr int maxLogins = 10000;

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

QString randomToken(int bytes = 32)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding
                                                           | QByteArray::OmitTrailingEquals));
}

bool sameSecret(const QByteArray &given, const QByteArray &expected)
{
    return !expected.isEmpty() && constantTimeEquals(given, expected);
}

QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString cookieValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray trimmed = part.trimmed();
            if (trimmed.startsWith(name + '='))
                return QString::fromLatin1(trimmed.mid(name.size() + 1));
        }
    }
    return {};
}

/// Answers every request itself, and takes every WebSocket upgrade: QHttpServer 6.4 hands an
/// upgrade to its WebSocket server only when a route claims it, and its routes cannot.
class CloudHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    CloudHttpServer(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive)
            == 0)
            return true; // the WebSocket server takes the connection from here
        m_handler(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, makeResponder(request, socket));
    }

private:
    Handler m_handler;
};

} // namespace

/// One agent login: what the bearer stands for.
struct CloudServer::Login
{
    QString accountId;
    QString userId;
    QString bearer;
    QString csrf;
    QString cookie;
    qint64 expires = 0;
};

struct CloudServer::Answer
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Sent instead of `body` when set (LiveEngage answers some routes with an array).
    std::optional<QJsonArray> array;

    static Answer error(int status, const QString &message)
    {
        return Answer{status, QJsonObject{{QStringLiteral("error"), message}}, {}};
    }
};

CloudServer::CloudServer(CloudOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_jwtKey(randomBytes(32))
{
    if (!m_options.deskKey.isEmpty()) {
        network::AgentDeskOptions desk;
        desk.key = m_options.deskKey;
        m_desk = new network::AgentDesk(desk, this);
    }
}

CloudServer::~CloudServer()
{
    close();
}

Result<quint16> CloudServer::listen(quint16 port)
{
    close();
    const bool tls = !m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls) {
        if (m_options.tlsCertificateFile.isEmpty() || m_options.tlsKeyFile.isEmpty())
            return Error{tr("TLS needs both a certificate file and a key file"), {}};
        const QList<QSslCertificate> certs
                = QSslCertificate::fromPath(m_options.tlsCertificateFile, QSsl::Pem);
        if (certs.isEmpty() || certs.first().isNull())
            return Error{tr("%1 holds no PEM certificate").arg(m_options.tlsCertificateFile), {}};
        QFile keyFile(m_options.tlsKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error{tr("could not read the key file %1: %2")
                                 .arg(m_options.tlsKeyFile, keyFile.errorString()),
                         {}};
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return Error{tr("%1 holds no unencrypted PEM private key").arg(m_options.tlsKeyFile),
                         {}};
        m_certificate = certs.first();
        m_key = key;
    }

    m_guard = new network::ConnectionGuard({m_options.maxConnections, m_options.maxRequestBytes,
                                            m_options.idleTimeout, tr("the cloud")},
                                           this);
    QTcpServer *tcp = nullptr;
    if (tls) {
        auto *ssl = new network::GuardedSslServer(m_guard, this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(
                QSslCertificate::fromPath(m_options.tlsCertificateFile, QSsl::Pem));
        config.setPrivateKey(m_key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        tcp = ssl;
    } else {
        tcp = new network::GuardedTcpServer(m_guard, this);
    }
    // Loopback only: the cloud is for rehearsing on this machine.
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        delete m_guard;
        m_guard = nullptr;
        m_certificate = QSslCertificate();
        return Error{tr("could not listen on 127.0.0.1:%1: %2").arg(port).arg(reason), {}};
    }
    m_tcp = tcp;
    m_port = tcp->serverPort();
    m_server = new CloudHttpServer(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(request, std::move(responder));
            },
            this);
    connect(m_server, &QAbstractHttpServer::newWebSocketConnection, this,
            &CloudServer::acceptWebSocket);
    m_server->bind(tcp);
    return m_port;
}

void CloudServer::close()
{
    const QList<QObject *> sessions = m_sessions.keys();
    m_sessions.clear();
    for (QObject *s : sessions)
        delete s;
    if (m_desk && m_guard)
        m_desk->forgetConnections(m_guard);
    delete m_server; // owns the TCP server, which owns the sockets
    m_server = nullptr;
    m_tcp = nullptr;
    delete m_guard;
    m_guard = nullptr;
    m_port = 0;
}

bool CloudServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QUrl CloudServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                        .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_port));
}

QString CloudServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

Brand *CloudServer::setAccount(Account account)
{
    if (Brand *existing = m_brands.value(account.id)) {
        existing->setAccount(std::move(account));
        return existing;
    }
    const QString id = account.id;
    auto *brand = new Brand(std::move(account), m_options.brand, this);
    connect(brand, &Brand::activity, this, &CloudServer::activity);
    m_brands.insert(id, brand);
    return brand;
}

Brand *CloudServer::brand(const QString &accountId) const
{
    return m_brands.value(accountId);
}

QList<Brand *> CloudServer::brands() const
{
    return m_brands.values();
}

int CloudServer::sessionCount() const
{
    return int(m_sessions.size());
}

// --- Logins and JWTs --------------------------------------------------------------------------

QString CloudServer::issueBearer(const QString &accountId, const QString &userId)
{
    const qint64 now = nowMs();
    for (auto it = m_logins.begin(); it != m_logins.end();)
        it = (*it)->expires <= now ? m_logins.erase(it) : std::next(it);
    auto login = std::make_shared<Login>();
    login->accountId = accountId;
    login->userId = userId;
    login->bearer = randomToken();
    login->csrf = randomToken(24);
    login->cookie = randomToken(24);
    login->expires = now + qint64(m_options.tokenLifetime.count()) * 1000;
    m_logins.insert(login->bearer, login);
    return login->bearer;
}

const CloudServer::Login *CloudServer::loginFor(const QString &bearer) const
{
    const auto it = m_logins.constFind(bearer);
    if (it == m_logins.constEnd() || (*it)->expires <= nowMs())
        return nullptr;
    return it->get();
}

QString CloudServer::issueConsumerJwt(const QString &accountId, QString *consumerId)
{
    Brand *b = brand(accountId);
    if (!b)
        return {};
    const QString consumer = b->addConsumer();
    if (consumerId)
        *consumerId = consumer;
    const qint64 now = nowMs() / 1000;
    const QByteArray header = base64url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = base64url(
            QJsonDocument(QJsonObject{{QStringLiteral("sub"), consumer},
                                      {QStringLiteral("iss"), QStringLiteral("dialogsmith-cloud")},
                                      {QStringLiteral("aud"), accountId},
                                      {QStringLiteral("iat"), now},
                                      {QStringLiteral("exp"), now + 24 * 3600}})
                    .toJson(QJsonDocument::Compact));
    const QByteArray signature = base64url(QMessageAuthenticationCode::hash(
            header + '.' + payload, m_jwtKey, QCryptographicHash::Sha256));
    return QString::fromLatin1(header + '.' + payload + '.' + signature);
}

QString CloudServer::verifyConsumerJwt(const QString &accountId, const QString &jwt) const
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3 || jwt.size() > 4096)
        return {};
    const QByteArray expected = base64url(QMessageAuthenticationCode::hash(
            parts[0] + '.' + parts[1], m_jwtKey, QCryptographicHash::Sha256));
    if (!sameSecret(parts[2], expected))
        return {};
    const QJsonObject payload
            = QJsonDocument::fromJson(
                      QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                      .object();
    const QString consumer = payload.value(QLatin1String("sub")).toString();
    if (payload.value(QLatin1String("aud")).toString() != accountId
        || payload.value(QLatin1String("exp")).toInteger() <= nowMs() / 1000)
        return {};
    Brand *b = brand(accountId);
    return b && b->hasConsumer(consumer) ? consumer : QString();
}

// --- HTTP -------------------------------------------------------------------------------------

void CloudServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    if (m_guard && !m_guard->beginRequest(socket))
        return;
    QString method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = QStringLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        method = QStringLiteral("POST");
        break;
    case QHttpServerRequest::Method::Put:
        method = QStringLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Delete:
        method = QStringLiteral("DELETE");
        break;
    case QHttpServerRequest::Method::Head:
        method = QStringLiteral("HEAD");
        break;
    default:
        method = QStringLiteral("OTHER");
        break;
    }
    QStringList segments;
    for (const QString &s : request.url().path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(s.toUtf8()));

    std::optional<Answer> handedOver;
    if (!segments.isEmpty() && segments.first() == QLatin1String("desk")) {
        handedOver = handedOverMessages(request, segments);
        if (!handedOver && m_desk) {
            m_desk->handle(request, std::move(responder), m_guard);
            return;
        }
    }
    if (!segments.isEmpty()
        && (segments.first() == QLatin1String("visitor")
            || segments.first() == QLatin1String("agent")
            || segments.first() == QLatin1String("web"))) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            servePage(request, method, segments, std::move(responder));
        return;
    }
    Answer answer;
    if (handedOver) {
        answer = *handedOver;
    } else if (segments.join(u'/') == network::escalationPath().mid(1)) {
        std::optional<Answer> mine = escalation(request);
        if (!mine && m_desk) {
            m_desk->handle(request, std::move(responder), m_guard);
            return;
        }
        answer = mine.value_or(Answer::error(
                401, tr("the Authorization header is not the API access key of an account "
                        "of this cloud")));
    } else {
        answer = route(request, method, segments);
    }
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray data
            = (answer.array ? QJsonDocument(*answer.array).toJson(QJsonDocument::Compact)
                            : QJsonDocument(answer.body).toJson(QJsonDocument::Compact))
              + '\n';
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(data.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeBody(method == QLatin1String("HEAD") ? QByteArray() : data);
}

CloudServer::Answer CloudServer::route(const QHttpServerRequest &request, const QString &method,
                                       const QStringList &s)
{
    const auto onlyPost = [&]() -> std::optional<Answer> {
        if (method == QLatin1String("POST"))
            return std::nullopt;
        Answer a = Answer::error(405, tr("use POST"));
        a.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        return a;
    };
    if (s.size() >= 4 && s[0] == QLatin1String("api") && s[1] == QLatin1String("account")) {
        const QString account = s[2];
        const QString what = s[3];
        if (s.size() == 5 && what == QLatin1String("service")
            && s[4] == QLatin1String("baseURI.json")) {
            if (method != QLatin1String("GET") && method != QLatin1String("HEAD")) {
                Answer a = Answer::error(405, tr("use GET"));
                a.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET")));
                return a;
            }
            return csds(account);
        }
        if (s.size() == 4) {
            if (what == QLatin1String("login"))
                return onlyPost().value_or(login(account, request.body()));
            if (what == QLatin1String("refresh"))
                return onlyPost().value_or(refresh(account, request));
            if (what == QLatin1String("logout"))
                return onlyPost().value_or(logout(account, request));
            if (what == QLatin1String("signup"))
                return onlyPost().value_or(signup(account));
        }
        if (s.size() == 6 && what == QLatin1String("configuration")
            && s[4] == QLatin1String("le-users") && s[5] == QLatin1String("skills")) {
            if (method != QLatin1String("GET") && method != QLatin1String("HEAD")) {
                Answer a = Answer::error(405, tr("use GET"));
                a.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET")));
                return a;
            }
            return skills(account, request);
        }
    }
    if (!s.isEmpty() && s[0] == QLatin1String("cloud"))
        return admin(request, method, s.mid(1));
    return Answer::error(404, tr("no such route: %1").arg(s.join(u'/').left(200)));
}

CloudServer::Answer CloudServer::csds(const QString &accountId)
{
    bool digits = !accountId.isEmpty() && accountId.size() <= 20;
    for (const QChar c : accountId)
        digits = digits && c.isDigit();
    if (!digits)
        return Answer::error(400, tr("an account id is a number"));
    // Every account gets the list, so a client learns "no such account" from the login, as it
    // does from LiveEngage.
    QJsonArray uris;
    for (const char *service :
         {"agentVep", "asyncMessagingEnt", "facadeMsg", "msgHist", "idp", "acCdnDomain",
          "accountConfigReadOnly", "accountConfigReadWrite", "leDataReporting", "smt"}) {
        uris.append(QJsonObject{{QStringLiteral("service"), QString::fromLatin1(service)},
                                {QStringLiteral("account"), accountId},
                                {QStringLiteral("baseURI"), hostPort()}});
    }
    return Answer{200, QJsonObject{{QStringLiteral("baseURIs"), uris}}, {}};
}

CloudServer::Answer CloudServer::login(const QString &accountId, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString username = o.value(QLatin1String("username")).toString();
    auto refused = [&](int status, const QString &reason) {
        emit activity(QJsonObject{{QStringLiteral("event"), QStringLiteral("login-refused")},
                                  {QStringLiteral("account"), accountId},
                                  {QStringLiteral("loginName"), username.left(100)},
                                  {QStringLiteral("reason"), reason}});
        return Answer::error(status, reason);
    };
    Brand *b = brand(accountId);
    if (!b)
        return refused(
                404,
                tr("no such account: %1 is not an account of this cloud").arg(accountId.left(40)));
    if (username.isEmpty())
        return refused(400, tr("the login needs a 'username'"));
    const User *user = b->account().userByLogin(username);
    if (!user)
        return refused(
                401,
                tr("unknown login name '%1' in account %2").arg(username.left(100), accountId));
    QString method;
    if (o.contains(QLatin1String("password"))) {
        if (user->type == UserType::Bot)
            return refused(401, tr("%1 is a Bot user: log in with its API key (the four OAuth "
                                   "keys)")
                                        .arg(username));
        if (!user->password
            || !verifyPassword(*user->password, o.value(QLatin1String("password")).toString()))
            return refused(401, tr("wrong password for %1").arg(username));
        method = QStringLiteral("password");
    } else if (o.contains(QLatin1String("appKey"))) {
        // Any user with generated keys may log in with them (integrations log in human agents
        // too); the bot agent checks that its user is a Bot user.
        const OAuthKeys given{o.value(QLatin1String("appKey")).toString(),
                              o.value(QLatin1String("secret")).toString(),
                              o.value(QLatin1String("accessToken")).toString(),
                              o.value(QLatin1String("accessTokenSecret")).toString()};
        const KeyNames names = b->account().keyNames(*user);
        std::optional<OAuthKeys> stored;
        if (m_options.secret) {
            const auto a = m_options.secret(names.appKey);
            const auto s = m_options.secret(names.secret);
            const auto t = m_options.secret(names.accessToken);
            const auto ts = m_options.secret(names.accessTokenSecret);
            if (a && s && t && ts)
                stored = OAuthKeys{*a, *s, *t, *ts};
        }
        if (!stored)
            return refused(401, tr("no API key was generated for %1: generate one with "
                                   "'dialogsmith-cli account key generate %1'")
                                        .arg(user->loginName));
        if (!matchOAuthKeys(*stored, given))
            return refused(401, tr("the OAuth keys for %1 were refused: they are not the "
                                   "keys generated for this user")
                                        .arg(user->loginName));
        method = QStringLiteral("oauth");
    } else {
        return refused(400, tr("send a 'password', or the four OAuth keys (appKey, secret, "
                               "accessToken, accessTokenSecret)"));
    }
    if (m_logins.size() >= maxLogins)
        return refused(429, tr("too many logins; log out some first"));
    const QString bearer = issueBearer(accountId, user->id);
    const Login &l = *m_logins.value(bearer);
    emit activity(QJsonObject{{QStringLiteral("event"), QStringLiteral("login")},
                              {QStringLiteral("account"), accountId},
                              {QStringLiteral("loginName"), username},
                              {QStringLiteral("userId"), user->id},
                              {QStringLiteral("method"), method}});
    const QJsonObject config{{QStringLiteral("userId"), user->id},
                             {QStringLiteral("userPid"), user->pid},
                             {QStringLiteral("loginName"), user->loginName},
                             {QStringLiteral("accountId"), accountId},
                             {QStringLiteral("userTypeId"), user->type == UserType::Bot ? 2 : 1},
                             {QStringLiteral("isAdmin"), false}};
    Answer answer{200,
                  QJsonObject{{QStringLiteral("bearer"), bearer},
                              {QStringLiteral("csrf"), l.csrf},
                              {QStringLiteral("sessionTTl"),
                               QString::number(m_options.tokenLifetime.count())},
                              {QStringLiteral("config"), config}},
                  {}};
    QByteArray cookie = "session_id=" + l.cookie.toLatin1() + "; Path=/; HttpOnly; SameSite=Strict";
    if (isTls())
        cookie += "; Secure";
    answer.headers.append(qMakePair(QByteArray("Set-Cookie"), cookie));
    return answer;
}

CloudServer::Answer CloudServer::refresh(const QString &accountId,
                                         const QHttpServerRequest &request)
{
    const QString csrf = QJsonDocument::fromJson(request.body())
                                 .object()
                                 .value(QLatin1String("csrf"))
                                 .toString();
    const QString cookie = cookieValue(request, "session_id");
    const qint64 now = nowMs();
    for (const auto &login : std::as_const(m_logins)) {
        if (login->accountId == accountId && login->expires > now
            && sameSecret(login->csrf.toLatin1(), csrf.toLatin1())
            && sameSecret(login->cookie.toLatin1(), cookie.toLatin1())) {
            login->expires = now + qint64(m_options.tokenLifetime.count()) * 1000;
            return Answer{200, QJsonObject{{QStringLiteral("csrf"), login->csrf}}, {}};
        }
    }
    return Answer::error(401, tr("session unauthorized: log in again"));
}

CloudServer::Answer CloudServer::logout(const QString &accountId, const QHttpServerRequest &request)
{
    QByteArray auth = headerValue(request, "Authorization");
    if (auth.startsWith("Bearer "))
        auth = auth.mid(7).trimmed();
    const auto it = m_logins.find(QString::fromLatin1(auth));
    if (it == m_logins.end() || (*it)->accountId != accountId)
        return Answer::error(401, tr("not logged in"));
    const QString bearer = (*it)->bearer;
    m_logins.erase(it);
    for (QObject *o : m_sessions.keys()) {
        if (auto *s = qobject_cast<AgentSession *>(o); s && s->bearer() == bearer)
            s->closeWith(4401, tr("logged out"));
    }
    return Answer{200, QJsonObject{}, {}};
}

CloudServer::Answer CloudServer::skills(const QString &accountId, const QHttpServerRequest &request)
{
    QByteArray auth = headerValue(request, "Authorization");
    if (auth.startsWith("Bearer "))
        auth = auth.mid(7).trimmed();
    const Login *l = loginFor(QString::fromLatin1(auth));
    if (!l || l->accountId != accountId)
        return Answer::error(401, tr("not logged in"));
    Brand *b = brand(accountId);
    if (!b)
        return Answer::error(404, tr("no such account: %1").arg(accountId.left(40)));
    QJsonArray list;
    for (const Skill &skill : b->account().skills) {
        list.append(QJsonObject{{QStringLiteral("id"), skill.id},
                                {QStringLiteral("name"), skill.name},
                                {QStringLiteral("deleted"), false}});
    }
    Answer a;
    a.array = list;
    return a;
}

CloudServer::Answer CloudServer::signup(const QString &accountId)
{
    Brand *b = brand(accountId);
    if (!b)
        return Answer::error(404, tr("no such account: %1").arg(accountId.left(40)));
    const QString jwt = issueConsumerJwt(accountId);
    if (jwt.isEmpty())
        return Answer::error(429, tr("too many consumers"));
    return Answer{200, QJsonObject{{QStringLiteral("jwt"), jwt}}, {}};
}

std::optional<CloudServer::Answer> CloudServer::escalation(const QHttpServerRequest &request)
{
    const QByteArray key = headerValue(request, "Authorization");
    if (key.isEmpty() || !m_options.secret)
        return std::nullopt;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString conversationId = body.value(QLatin1String("conversationId")).toString();
    if (!m_options.deskKey.isEmpty() && sameSecret(key, m_options.deskKey.toUtf8())
        && body.value(QLatin1String("transcript")).isArray()) {
        if (std::optional<Answer> mine = handOver(body))
            return mine;
    }
    for (Brand *b : std::as_const(m_brands)) {
        const std::optional<QString> apiKey = m_options.secret(b->account().apiKeySecret);
        if (!apiKey || !sameSecret(key, apiKey->toUtf8()))
            continue;
        if (!b->conversation(conversationId))
            continue; // not a conversation of this cloud: the hosted desk takes it
        const QJsonValue skillValue = body.value(QLatin1String("agentSkillId"));
        bool ok = false;
        const qint64 skill = skillValue.isString()
                                     ? skillValue.toString().toLongLong(&ok)
                                     : (ok = skillValue.isDouble(), skillValue.toInteger());
        if (!ok) {
            Answer a = Answer::error(400, tr("'agentSkillId' must be a skill id"));
            a.body.insert(QStringLiteral("field"), QStringLiteral("agentSkillId"));
            return a;
        }
        if (Outcome bad
            = b->escalate(conversationId, skill, body.value(QLatin1String("message")).toString())) {
            return Answer::error(bad->code, bad->message);
        }
        return Answer{200,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("transferred")},
                                  {QStringLiteral("conversationId"), conversationId},
                                  {QStringLiteral("skillId"), QString::number(skill)}},
                      {}};
    }
    return std::nullopt;
}

std::optional<CloudServer::Answer> CloudServer::handOver(const QJsonObject &body)
{
    const QString from = body.value(QLatin1String("conversationId")).toString();
    const QJsonValue skillValue = body.value(QLatin1String("agentSkillId"));
    bool ok = false;
    const qint64 skill = skillValue.isString()
                                 ? skillValue.toString().toLongLong(&ok)
                                 : (ok = skillValue.isDouble(), skillValue.toInteger());
    if (from.isEmpty() || from.size() > 200 || !ok)
        return std::nullopt;
    const QString message = body.value(QLatin1String("message")).toString();
    // Asked again while it is still open (the agent transferred it back to the bot's skill, or
    // the tester insisted): the same conversation goes to the skill.
    if (const auto it = m_handedOver.constFind(from); it != m_handedOver.constEnd()) {
        Brand *b = brand(it->accountId);
        const ConversationRecord *c = b ? b->conversation(it->conversationId) : nullptr;
        if (c && c->open && b->account().skill(skill)) {
            if (Outcome bad = b->escalate(c->id, skill, message))
                return Answer::error(bad->code, bad->message);
            return Answer{200,
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("transferred")},
                                      {QStringLiteral("conversationId"), from},
                                      {QStringLiteral("transferId"), c->id},
                                      {QStringLiteral("skillId"), QString::number(skill)}},
                          {}};
        }
    }
    for (Brand *b : std::as_const(m_brands)) {
        if (!b->account().skill(skill))
            continue;
        QString id;
        if (Outcome bad
            = b->handOver(body.value(QLatin1String("transcript")).toArray(), skill, message, &id))
            return Answer::error(bad->code, bad->message);
        QString botPid;
        for (const User &u : b->account().users) {
            if (u.type == UserType::Bot) {
                botPid = u.pid;
                break;
            }
        }
        m_handedOver.insert(from, HandedOver{b->id(), id, botPid});
        return Answer{200,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("transferred")},
                                  {QStringLiteral("conversationId"), from},
                                  {QStringLiteral("transferId"), id},
                                  {QStringLiteral("skillId"), QString::number(skill)}},
                      {}};
    }
    return std::nullopt; // no account has the skill: the hosted desk takes it
}

std::optional<CloudServer::Answer>
CloudServer::handedOverMessages(const QHttpServerRequest &request, const QStringList &segments)
{
    if (segments.size() != 4 || segments[1] != QLatin1String("conversations")
        || segments[3] != QLatin1String("messages"))
        return std::nullopt;
    const auto it = m_handedOver.constFind(segments[2]);
    if (it == m_handedOver.constEnd())
        return std::nullopt;
    if (!sameSecret(headerValue(request, "Authorization"), m_options.deskKey.toUtf8()))
        return Answer::error(401, tr("the Authorization header is not the desk's key"));
    Brand *b = brand(it->accountId);
    const ConversationRecord *c = b ? b->conversation(it->conversationId) : nullptr;
    if (!c)
        return Answer::error(404, tr("the cloud no longer keeps this conversation"));
    const qint64 after
            = QUrlQuery(request.url()).queryItemValue(QStringLiteral("after")).toLongLong();
    // The human agents' words: the bot's lines are the preview's own.
    QJsonArray messages;
    for (const MessagingEvent &e : b->events(c->id, after)) {
        if ((e.role != Role::AssignedAgent && e.role != Role::Agent)
            || e.originatorPid == it->botPid
            || e.event.value(QLatin1String("type")).toString() != QLatin1String("ContentEvent"))
            continue;
        messages.append(QJsonObject{
                {QStringLiteral("seq"), e.sequence},
                {QStringLiteral("text"), e.event.value(QLatin1String("message")).toString()}});
    }
    const Participant *agent = c->participant(Role::AssignedAgent);
    const QString state = !c->open                            ? QStringLiteral("closed")
                          : agent && agent->pid != it->botPid ? QStringLiteral("accepted")
                                                              : QStringLiteral("queued");
    return Answer{200,
                  QJsonObject{{QStringLiteral("state"), state},
                              {QStringLiteral("conversationId"), segments[2]},
                              {QStringLiteral("messages"), messages}},
                  {}};
}

CloudServer::Answer CloudServer::admin(const QHttpServerRequest &request, const QString &method,
                                       const QStringList &path)
{
    if (!m_admin || m_options.adminToken.isEmpty())
        return Answer::error(404, tr("no such route"));
    QByteArray auth = headerValue(request, "Authorization");
    if (!auth.startsWith("Bearer ")
        || !sameSecret(auth.mid(7).trimmed(), m_options.adminToken.toUtf8()))
        return Answer::error(401, tr("the management routes need the cloud's admin token"));
    const CloudAdminApi::Answer a = m_admin->handle(method, path, request.body());
    return Answer{a.status, a.body, {}};
}

// --- Pages ----------------------------------------------------------------------------------

namespace {

QByteArray contentType(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (name.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (name.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    return "text/plain; charset=utf-8";
}

/// A file name the pages may load: letters, digits, '.', '-', '_', not starting with a dot.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.size() > 100)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.')
            && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

/// A page of its own for what went wrong, with the pages' stylesheet and no script.
QByteArray messagePage(const QString &title, const QString &message, const QString &linkText = {},
                       const QString &link = {})
{
    QString html
            = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>%1</title><link rel=\"stylesheet\" "
                             "href=\"/web/common/chat.css\"></head>\n<body class=\"message-page\">"
                             "<main><h1>%1</h1><p>%2</p>")
                      .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    if (!link.isEmpty()) {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(link.toHtmlEscaped(), linkText.toHtmlEscaped());
    }
    html += QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

} // namespace

void CloudServer::servePage(const QHttpServerRequest &request, const QString &method,
                            const QStringList &segments, QHttpServerResponder &&responder)
{
    const QString ws = isTls() ? QStringLiteral("wss") : QStringLiteral("ws");
    // Everything the pages load comes from here; they connect only to this server.
    const QByteArray csp
            = QStringLiteral("default-src 'self'; script-src 'self'; style-src 'self'; "
                             "img-src 'self' data:; font-src 'self'; "
                             "connect-src 'self' %1://127.0.0.1:%2 %1://localhost:%2; "
                             "object-src 'none'; base-uri 'none'; form-action 'none'; "
                             "frame-ancestors 'none'")
                      .arg(ws)
                      .arg(m_port)
                      .toLatin1();
    auto send = [&](int status, const QByteArray &type, const QByteArray &data,
                    const QList<QPair<QByteArray, QByteArray>> &extra = {}) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
        responder.writeHeader("Content-Type", type);
        responder.writeHeader("Content-Length", QByteArray::number(data.size()));
        responder.writeHeader("Content-Security-Policy", csp);
        responder.writeHeader("X-Content-Type-Options", "nosniff");
        responder.writeHeader("Referrer-Policy", "no-referrer");
        responder.writeHeader("Cache-Control", "no-cache");
        for (const auto &[name, value] : extra)
            responder.writeHeader(name, value);
        responder.writeBody(method == QLatin1String("HEAD") ? QByteArray() : data);
    };
    auto notFound = [&] {
        send(404, "text/html; charset=utf-8",
             messagePage(tr("Not found"), tr("There is no page at this address.")));
    };
    if (method != QLatin1String("GET") && method != QLatin1String("HEAD")) {
        send(405, "text/plain; charset=utf-8", tr("use GET").toUtf8() + '\n',
             {qMakePair(QByteArray("Allow"), QByteArray("GET"))});
        return;
    }
    const QString area = segments.first();
    const bool trailingSlash = request.url().path().endsWith(QLatin1Char('/'));
    QString file;
    if (area == QLatin1String("web")) {
        if (segments.size() != 3
            || (segments[1] != QLatin1String("common") && segments[1] != QLatin1String("lib"))
            || !isPlainName(segments[2])) {
            notFound();
            return;
        }
        file = segments[1] + QLatin1Char('/') + segments[2];
    } else if (segments.size() == 1 && !trailingSlash) {
        // "/visitor?siteid=1" -> "/visitor/?siteid=1": the page's files are relative to it.
        QUrl to;
        to.setPath(QLatin1Char('/') + area + QLatin1Char('/'));
        to.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        send(301, "text/plain; charset=utf-8", QByteArray(),
             {qMakePair(QByteArray("Location"), to.toString(QUrl::FullyEncoded).toLatin1())});
        return;
    } else if (segments.size() == 1) {
        file = area + QStringLiteral("/index.html");
        if (area == QLatin1String("visitor")) {
            const QString site
                    = QUrlQuery(request.url())
                              .queryItemValue(QStringLiteral("siteid"), QUrl::FullyDecoded);
            if (!brand(site)) {
                QStringList ids = m_brands.keys();
                ids.sort();
                const QString title = site.isEmpty() ? tr("Which account?")
                                                     : tr("No account %1 here").arg(site.left(40));
                const QString message
                        = ids.isEmpty() ? tr("This cloud serves no account yet: start it with an "
                                             "account file.")
                                        : tr("The visitor page needs the account number: "
                                             "/visitor/?siteid=ACCOUNT. This cloud serves %1.")
                                                  .arg(ids.join(QStringLiteral(", ")));
                send(404, "text/html; charset=utf-8",
                     ids.isEmpty()
                             ? messagePage(title, message)
                             : messagePage(title, message,
                                           tr("Open the visitor page of %1").arg(ids.first()),
                                           QStringLiteral("/visitor/?siteid=") + ids.first()));
                return;
            }
        }
    } else if (segments.size() == 2 && isPlainName(segments[1])) {
        file = area + QLatin1Char('/') + segments[1];
    } else {
        notFound();
        return;
    }
    QFile f(QStringLiteral(":/cloud/web/") + file);
    // A resource folder opens as a file too; only files are served, never a listing.
    if (QFileInfo(f).isDir() || !f.open(QIODevice::ReadOnly)) {
        notFound();
        return;
    }
    send(200, contentType(file), f.readAll());
}

// --- WebSockets -------------------------------------------------------------------------------

void CloudServer::acceptWebSocket()
{
    while (m_server && m_server->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QStringList s = socket->requestUrl().path().split(u'/', Qt::SkipEmptyParts);
        const bool messaging = s.size() >= 5 && s[0] == QLatin1String("ws_api")
                               && s[1] == QLatin1String("account")
                               && s[3] == QLatin1String("messaging");
        Brand *b = messaging ? brand(s[2]) : nullptr;
        QObject *session = nullptr;
        if (!messaging) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("no such WebSocket endpoint"));
        } else if (!b) {
            socket->close(QWebSocketProtocol::CloseCode(4404), tr("no such account"));
        } else if (s.size() == 6 && s[4] == QLatin1String("brand")) {
            const Login *l = loginFor(s[5]);
            if (!l || l->accountId != b->id()) {
                socket->close(QWebSocketProtocol::CloseCode(4401),
                              tr("the login is not valid: log in again"));
            } else {
                session = new AgentSession(this, b, l->userId, l->bearer, std::move(socket));
            }
        } else if (s.size() == 5 && s[4] == QLatin1String("consumer")) {
            QString consumer;
            const QByteArray auth = socket->request().rawHeader("Authorization");
            if (auth.startsWith("jwt ") || auth.startsWith("JWT ")) {
                consumer = verifyConsumerJwt(b->id(), QString::fromLatin1(auth.mid(4).trimmed()));
                if (consumer.isEmpty()) {
                    socket->close(QWebSocketProtocol::CloseCode(4401),
                                  tr("the consumer JWT is not valid"));
                    continue;
                }
            }
            session = new ConsumerSession(this, b, consumer, std::move(socket));
        } else {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("no such WebSocket endpoint"));
        }
        if (session)
            m_sessions.insert(session, true);
        else if (socket)
            dropWhenClosed(std::move(socket));
    }
}

void CloudServer::dropWhenClosed(std::unique_ptr<QWebSocket> socket)
{
    QWebSocket *s = socket.release();
    s->setParent(this);
    connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
    // A peer that never answers the close frame gets no more than this.
    QTimer::singleShot(2000, s, [s] {
        s->abort();
        s->deleteLater();
    });
}

void CloudServer::sessionEnded(QObject *session)
{
    m_sessions.remove(session);
}

} // namespace dialogsmith::cloud
