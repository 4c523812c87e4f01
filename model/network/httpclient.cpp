#include "httpclient.h"

#include "escalationpresets.h"
#include "secrethosts.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <memory>
#include <optional>
#include <utility>

namespace dialogsmith::network {

using document::Error;
using document::Result;
using runtime::HttpRequest;
using runtime::HttpResponse;

namespace {

constexpr int defaultTimeoutMs = 10000;

/// Integrations answer one conversation each: a cookie one server sets must not reach the next
/// conversation, so no cookie is ever kept.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

/// "api.test" or "127.0.0.1:8750": how failures name the server.
QString hostText(const QUrl &url)
{
    return url.port() >= 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                           : url.host();
}

/// A URL in a message: no user info, no query (either may hold a secret).
QString shortUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

int defaultPort(const QString &scheme)
{
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

/// A request a redirect must not take to another host: any secret went into it (URL, header or
/// body), or a header is named like a credential.
bool carriesCredentials(const HttpRequest &request)
{
    if (!request.secretNames.isEmpty())
        return true;
    static const char *const words[] = {"auth", "cookie", "key", "token", "secret", "password"};
    for (const auto &[name, value] : request.headers) {
        for (const char *word : words) {
            if (name.contains(QLatin1String(word), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool isJsonContentType(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}

bool isToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() <= 32
            || QStringLiteral("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

AddressScope addressScope(const QHostAddress &address)
{
    bool ipv4 = false;
    const quint32 a = address.toIPv4Address(&ipv4); // also for ::ffff:a.b.c.d
    if (ipv4) {
        if ((a >> 24) == 127 || (a >> 24) == 0) // 0.0.0.0 reaches this machine too
            return AddressScope::Loopback;
        if ((a >> 24) == 10 || (a & 0xFFF00000u) == 0xAC100000u // 172.16/12
            || (a & 0xFFFF0000u) == 0xC0A80000u                 // 192.168/16
            || (a & 0xFFC00000u) == 0x64400000u                 // 100.64/10
            || (a & 0xFFFF0000u) == 0xA9FE0000u                 // 169.254/16
            || (a >> 28) >= 0xE)                                // multicast, reserved, broadcast
            return AddressScope::Private;
        return AddressScope::Public;
    }
    if (address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv6))
        return AddressScope::Loopback;
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    if ((v6[0] & 0xFE) == 0xFC                       // fc00::/7 unique local
        || (v6[0] == 0xFE && (v6[1] & 0xC0) == 0x80) // fe80::/10 link-local
        || (v6[0] == 0xFE && (v6[1] & 0xC0) == 0xC0) // fec0::/10 site-local
        || v6[0] == 0xFF)                            // multicast
        return AddressScope::Private;
    return AddressScope::Public;
}

/// One request from send() to `done`: the reply, its deadline and the body read so far.
class HttpExchange final : public QObject
{
    // A QObject with its own meta-object, for findChildren<HttpExchange *>().
    Q_OBJECT

public:
    HttpExchange(HttpClient *client, HttpRequest request, HttpClient::Done done)
        : QObject(client)
        , m_client(client)
        , m_request(std::move(request))
        , m_done(std::move(done))
    {
        m_deadline.setSingleShot(true);
        // The integration's timeout is a promise to the user: not up to 5 % early.
        m_deadline.setTimerType(Qt::PreciseTimer);
    }

    void start();
    /// Fails the request unless it is over already.
    void fail(const QString &message) { finish(Error{message, {}}); }
    /// Forgets the callback: the client goes away without calling back.
    void drop()
    {
        m_finished = true;
        m_done = nullptr;
    }
    bool isFinished() const { return m_finished; }

private:
    void finish(Result<HttpResponse> result);
    void begin();
    void sendTo(const QUrl &url);
    bool redirect(int code);
    void follow(int code, const QUrl &target);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    bool append(const QByteArray &data);
    int status() const;
    QString failureText(QNetworkReply::NetworkError error, int status) const;
    void reportEscalation(const HttpResponse &response);
    QString host() const { return hostText(m_url); }

    HttpClient *m_client;
    HttpRequest m_request;
    HttpClient::Done m_done;
    QUrl m_url;     ///< as requested
    QUrl m_current; ///< after the redirects so far
    QByteArray m_verb;
    QByteArray m_payload; ///< the body to send (a redirect to GET drops it)
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    int m_redirects = 0;
    QStringList m_sslErrors;
    bool m_finished = false;
};

void HttpExchange::start()
{
    const int timeoutMs = m_request.timeoutMs > 0 ? m_request.timeoutMs : defaultTimeoutMs;
    m_url = QUrl(m_request.url.trimmed(), QUrl::StrictMode);
    m_current = m_url;
    const QString scheme = m_url.scheme().toLower();
    const QString method = m_request.method.trimmed().toUpper();

    QString problem;
    if (m_request.url.trimmed().isEmpty())
        problem = HttpClient::tr("the URL is empty");
    else if (!m_url.isValid())
        problem = HttpClient::tr("the URL \"%1\" is not valid: %2")
                          .arg(m_request.url, m_url.errorString());
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        problem = HttpClient::tr("the URL \"%1\" does not start with http:// or https://")
                          .arg(m_request.url);
    else if (m_url.host().isEmpty())
        problem = HttpClient::tr("the URL \"%1\" names no host").arg(m_request.url);
    else if (!isToken(method))
        problem = HttpClient::tr("\"%1\" is not an HTTP method").arg(m_request.method);
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (!problem.isEmpty())
            break;
        if (!isToken(name))
            problem = HttpClient::tr("\"%1\" is not a valid header name").arg(name);
        else if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            problem = HttpClient::tr("the value of the header \"%1\" contains a line break")
                              .arg(name);
    }
    if (!problem.isEmpty()) {
        // Never before send() returns, as the transport contract says.
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }

    m_verb = method.toLatin1();
    m_payload = m_request.body;
    connect(&m_deadline, &QTimer::timeout, this, [this, timeoutMs] {
        fail(HttpClient::tr("%1 did not answer within %2")
                     .arg(host(), HttpClient::durationText(timeoutMs)));
    });
    SecretHostPolicy *policy = m_client->m_secretPolicy;
    if (!policy || m_request.secretNames.isEmpty()) {
        begin();
        return;
    }
    // The secrets it carries must be allowed to go to its host (the user may be asked first).
    policy->check(m_request.secretNames, m_url,
                  [self = QPointer<HttpExchange>(this)](Result<void> allowed) {
                      if (!self || self->m_finished)
                          return;
                      if (allowed) {
                          self->begin();
                          return;
                      }
                      // Never before send() returns, as the transport contract says.
                      QTimer::singleShot(0, self, [self, why = allowed.error().message] {
                          if (self)
                              self->fail(why);
                      });
                  });
}

void HttpExchange::begin()
{
    // One deadline for the whole exchange, redirects included (not the time a question took).
    const int timeoutMs = m_request.timeoutMs > 0 ? m_request.timeoutMs : defaultTimeoutMs;
    m_deadline.start(timeoutMs);
    sendTo(m_url);
}

void HttpExchange::sendTo(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt: each one is checked (count, HTTPS to HTTP,
    // credentials to another host) before anything is sent to its target.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Dialogsmith"));
    bool hasContentType = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        const bool isContentType
                = name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        if (isContentType && m_payload.isEmpty())
            continue; // a redirect turned the request into a GET
        request.setRawHeader(name.toUtf8(), value.toUtf8());
        hasContentType = hasContentType || isContentType;
    }
    if (!m_payload.isEmpty() && !hasContentType) {
        const QByteArray trimmed = m_payload.trimmed();
        const bool json = trimmed.startsWith('{') || trimmed.startsWith('[');
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          json ? QByteArrayLiteral("application/json")
                               : QByteArrayLiteral("text/plain; charset=utf-8"));
    }

    QNetworkAccessManager *manager = m_client->m_manager;
    m_reply = m_payload.isEmpty() ? manager->sendCustomRequest(request, m_verb)
                                  : manager->sendCustomRequest(request, m_verb, m_payload);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // A certificate the client pins (the local cloud's own) is trusted as it is; anything
        // else is not: the handshake fails, and the message says why.
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() && m_client->m_pinned.contains(peer)) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
#endif
}

void HttpExchange::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
    HttpClient::Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(result));
}

int HttpExchange::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

bool HttpExchange::redirect(int code)
{
    const QByteArray location = m_reply->rawHeader("Location");
    if (location.isEmpty())
        return false; // a 3xx without a target is an answer
    const QUrl target = m_current.resolved(QUrl::fromEncoded(location));
    const int max = m_client->m_limits.maxRedirects;
    if (++m_redirects > max) {
        fail(HttpClient::tr("%1 redirected more than %2 times (a redirect loop?)")
                     .arg(host())
                     .arg(max));
        return true;
    }
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || target.host().isEmpty()) {
        fail(HttpClient::tr("%1 redirected to \"%2\", which is not an http:// or https:// URL")
                     .arg(host(), shortUrl(target)));
        return true;
    }
    if (m_current.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && scheme == QLatin1String("http")) {
        fail(HttpClient::tr("%1 redirected from HTTPS to plain HTTP (%2): not followed")
                     .arg(host(), shortUrl(target)));
        return true;
    }
    if (sameOrigin(m_current, target)) {
        follow(code, target);
        return true;
    }
    if (carriesCredentials(m_request)) {
        fail(HttpClient::tr("%1 redirected to another host (%2); the request carries "
                            "credentials, so the redirect was not followed")
                     .arg(host(), shortUrl(target)));
        return true;
    }
    if ((code == 307 || code == 308) && !m_payload.isEmpty()) {
        fail(HttpClient::tr("%1 redirected to another host (%2) asking to send the body there "
                            "too: not followed")
                     .arg(host(), shortUrl(target)));
        return true;
    }
    // A public server must not steer the request into this machine or a private network.
    m_reply->disconnect(this);
    const auto scopes = std::make_shared<
            std::pair<std::optional<AddressScope>, std::optional<AddressScope>>>();
    const QUrl from = m_current;
    const auto decide = [self = QPointer<HttpExchange>(this), scopes, code, target, from] {
        if (!self || self->m_finished || !scopes->first || !scopes->second)
            return;
        if (*scopes->first == AddressScope::Public && *scopes->second != AddressScope::Public) {
            self->fail(HttpClient::tr("%1 redirected from a public address to %2, which is on "
                                      "this machine or in a private network: not followed")
                               .arg(self->host(), shortUrl(target)));
            return;
        }
        self->follow(code, target);
    };
    const auto lookUp = [this](const QString &name, std::function<void(AddressScope)> done) {
        if (m_client->m_scopeLookup)
            m_client->m_scopeLookup(name, std::move(done));
        else
            HttpClient::lookUpScope(name, this, std::move(done));
    };
    lookUp(from.host(), [scopes, decide](AddressScope scope) {
        scopes->first = scope;
        decide();
    });
    lookUp(target.host(), [scopes, decide](AddressScope scope) {
        scopes->second = scope;
        decide();
    });
    return true;
}

void HttpExchange::follow(int code, const QUrl &target)
{
    // As browsers do: 303 is always a GET, and so are 301 and 302 after a POST.
    if (code == 303 || ((code == 301 || code == 302) && m_verb == "POST")) {
        if (m_verb != "HEAD")
            m_verb = "GET";
        m_payload.clear();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    m_current = target;
    m_body.clear();
    sendTo(target);
}

void HttpExchange::onMetaDataChanged()
{
    const int code = status();
    if (code >= 300 && code < 400)
        return; // a redirect: its length says nothing about the answer
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client->m_limits.maxBodyBytes)
        fail(HttpClient::tr("the answer from %1 is larger than %2: the request was stopped")
                     .arg(host(), sizeText(m_client->m_limits.maxBodyBytes)));
}

bool HttpExchange::append(const QByteArray &data)
{
    m_body += data;
    if (m_body.size() <= m_client->m_limits.maxBodyBytes)
        return true;
    m_body.clear();
    fail(HttpClient::tr("the answer from %1 is larger than %2: the request was stopped")
                 .arg(host(), sizeText(m_client->m_limits.maxBodyBytes)));
    return false;
}

void HttpExchange::onReadyRead()
{
    append(m_reply->readAll());
}

QString HttpExchange::failureText(QNetworkReply::NetworkError error, int code) const
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::tr("could not connect to %1: the connection was refused (is the server "
                              "running?)")
                .arg(host());
    case QNetworkReply::HostNotFoundError:
        return HttpClient::tr("could not find the host \"%1\": the DNS lookup failed")
                .arg(m_current.host());
    case QNetworkReply::RemoteHostClosedError:
        return code > 0 ? HttpClient::tr("%1 closed the connection before its answer was complete")
                                  .arg(host())
                        : HttpClient::tr("%1 closed the connection without answering").arg(host());
    case QNetworkReply::TimeoutError:
        return HttpClient::tr("the connection to %1 timed out").arg(host());
    case QNetworkReply::OperationCanceledError:
        return HttpClient::tr("the request to %1 was cancelled").arg(host());
    case QNetworkReply::SslHandshakeFailedError:
        return HttpClient::tr("the TLS connection to %1 failed: %2")
                .arg(host(), m_sslErrors.isEmpty() ? m_reply->errorString()
                                                   : m_sslErrors.join(QStringLiteral("; ")));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpClient::tr("the network is not available: %1").arg(m_reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return HttpClient::tr("the proxy for %1 failed: %2").arg(host(), m_reply->errorString());
    case QNetworkReply::ProtocolUnknownError:
        return HttpClient::tr("the scheme of %1 is not supported").arg(shortUrl(m_current));
    case QNetworkReply::ProtocolFailure:
        return HttpClient::tr("%1 sent an answer that is not valid HTTP").arg(host());
    default:
        break;
    }
    return HttpClient::tr("the request to %1 failed: %2").arg(host(), m_reply->errorString());
}

void HttpExchange::onFinished()
{
    if (m_finished)
        return;
    if (!append(m_reply->readAll()))
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    const int code = status();
    if ((code == 301 || code == 302 || code == 303 || code == 307 || code == 308) && redirect(code))
        return;

    // Errors Qt raises for 4xx and 5xx statuses are answers: the runtime judges the status.
    const bool answered = code > 0
                          && (error == QNetworkReply::NoError
                              || (error >= QNetworkReply::ContentAccessDenied
                                  && error <= QNetworkReply::UnknownContentError)
                              || error == QNetworkReply::ProtocolInvalidOperationError
                              || (error >= QNetworkReply::InternalServerError
                                  && error <= QNetworkReply::UnknownServerError));
    if (!answered) {
        fail(failureText(error, code));
        return;
    }

    HttpResponse response;
    response.status = code;
    response.reason = QString::fromUtf8(
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        response.headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    response.body = m_body;

    const bool success = code >= 200 && code < 300;
    const QString contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (success && isJsonContentType(contentType) && !m_body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(HttpClient::tr("%1 answered HTTP %2 with a body that is not valid JSON: %3 at "
                                "byte %4")
                         .arg(host())
                         .arg(code)
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
            return;
        }
    }
    if (success)
        reportEscalation(response);
    finish(std::move(response));
}

void HttpExchange::reportEscalation(const HttpResponse &response)
{
    if (m_request.method.compare(QLatin1String("POST"), Qt::CaseInsensitive) != 0
        || !isEscalationEndpoint(m_url))
        return;
    const QJsonObject body = QJsonDocument::fromJson(m_request.body).object();
    EscalationTicket ticket;
    ticket.endpoint = m_url;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            ticket.authorization = value;
    }
    ticket.conversationId = body.value(QLatin1String("conversationId")).toVariant().toString();
    ticket.skillId = body.value(QLatin1String("agentSkillId")).toVariant().toString();
    ticket.skillName = body.value(QLatin1String("agentSkillName")).toVariant().toString();
    ticket.transferId = QJsonDocument::fromJson(response.body)
                                .object()
                                .value(QLatin1String("transferId"))
                                .toVariant()
                                .toString();
    if (!ticket.conversationId.isEmpty())
        emit m_client->escalationQueued(ticket);
}

HttpClient::HttpClient(QObject *parent)
    : HttpClient(Limits{}, parent)
{}

HttpClient::HttpClient(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<EscalationTicket>();
    m_manager->setCookieJar(new NoCookieJar(m_manager));
}

HttpClient::~HttpClient()
{
    // Runtimes go first (they must outlive no transport): nobody waits for these any more.
    for (HttpExchange *exchange : findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly))
        exchange->drop();
}

void HttpClient::send(const HttpRequest &request, Done done)
{
    auto *exchange = new HttpExchange(this, request, std::move(done));
    exchange->start();
}

int HttpClient::pendingRequests() const
{
    int n = 0;
    for (const HttpExchange *exchange : findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly))
        n += exchange->isFinished() ? 0 : 1;
    return n;
}

void HttpClient::abortAll()
{
    for (HttpExchange *exchange : findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly))
        exchange->fail(tr("the request was cancelled"));
}

void HttpClient::lookUpScope(const QString &host, QObject *context,
                             std::function<void(AddressScope)> done)
{
    QHostAddress address;
    if (address.setAddress(host)) {
        done(addressScope(address));
        return;
    }
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"))) {
        done(AddressScope::Loopback);
        return;
    }
    QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo &info) {
        // The least public address counts: the connection may use any of them.
        AddressScope scope = AddressScope::Public;
        for (const QHostAddress &a : info.addresses())
            scope = std::max(scope, addressScope(a));
        done(scope);
    });
}

QString HttpClient::durationText(int ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace dialogsmith::network

#include "httpclient.moc"
