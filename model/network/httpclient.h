#pragma once

#include "transport.h"

#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QHostAddress;
class QNetworkAccessManager;

namespace dialogsmith::network {

class SecretHostPolicy;

/// Where an address is. A redirect from a public host to this machine or a private network is
/// refused: a server on the internet must not steer a request into the user's own network.
enum class AddressScope { Public, Private, Loopback };

/// The scope of `address`: loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16,
/// 100.64/10 shared, 169.254/16 and fe80::/10 link-local, fc00::/7 unique local, 0.0.0.0/8 and ::),
/// or public. IPv4-mapped IPv6 addresses count as their IPv4 address.
AddressScope addressScope(const QHostAddress &address);

/// A transfer that a legacy escalation endpoint took (2xx): what the bot side needs to follow
/// the conversation on the agent desk (AgentMessagePoller). Holds the Authorization value the
/// transfer carried: never log it.
struct EscalationTicket
{
    QUrl endpoint;         ///< where the transfer was posted
    QString authorization; ///< the Authorization header it carried
    QString conversationId;
    QString transferId; ///< from the answer, when the endpoint gave one
    QString skillId;
    QString skillName;
};

/// The runtime's integration transport over HTTP(S): one QNetworkAccessManager, requests in
/// parallel, answers on the thread that owns the client.
///
/// Every request has a deadline (HttpRequest::timeoutMs) for the whole exchange, redirects
/// included; at most Limits::maxRedirects redirects are followed, never from HTTPS to HTTP, never
/// to another host when the request carries credentials (any secret in it, or a header named
/// like one), never to another host with the body (307, 308), and never from a public address to
/// this machine or a private network; TLS errors are failures; the response body is capped at
/// Limits::maxBodyBytes. With a SecretHostPolicy, a request whose secrets may not go to its host
/// is not sent. Any HTTP status is an answer (the runtime
/// decides that only 2xx is success); a 2xx answer that says it is JSON but is not is a failure.
/// Every failure is one sentence naming the host: refused connection, DNS, timeout, TLS, redirect
/// loop, oversized or invalid response. `done` is always called exactly once and never before
/// send() returns; destroying the client fails what is still running.
class HttpClient final : public QObject, public runtime::IntegrationTransport
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxRedirects = 5;
        qint64 maxBodyBytes = 10 * 1024 * 1024;
    };

    explicit HttpClient(QObject *parent = nullptr);
    explicit HttpClient(Limits limits, QObject *parent = nullptr);
    ~HttpClient() override;

    void send(const runtime::HttpRequest &request, Done done) override;

    const Limits &limits() const { return m_limits; }
    /// Requests sent and not answered yet.
    int pendingRequests() const;
    /// Fails every running request ("the request was cancelled").
    void abortAll();
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }
    /// Server certificates trusted exactly as they are, although no CA vouches for them (the
    /// local cloud's own certificate, for the bots it hosts). Every other TLS error stays an
    /// error.
    void setPinnedCertificates(const QList<QSslCertificate> &certificates)
    {
        m_pinned = certificates;
    }

    /// "300 ms", "10 s", "2.5 s": how failures quote a timeout.
    static QString durationText(int ms);

    /// Decides where secrets may go; null (the default): anywhere. Not owned.
    void setSecretPolicy(SecretHostPolicy *policy) { m_secretPolicy = policy; }
    SecretHostPolicy *secretPolicy() const { return m_secretPolicy; }

    /// Finds a host's scope for redirects: addresses and "localhost" at once, names by DNS (the
    /// least public of their addresses). Replaceable for tests.
    using ScopeLookup
            = std::function<void(const QString &host, std::function<void(AddressScope)> done)>;
    void setScopeLookup(ScopeLookup lookup) { m_scopeLookup = std::move(lookup); }
    static void lookUpScope(const QString &host, QObject *context,
                            std::function<void(AddressScope)> done);

signals:
    /// A POST to a legacy escalation endpoint (isEscalationEndpoint()) answered 2xx: the
    /// conversation is with the agent side now.
    void escalationQueued(const dialogsmith::network::EscalationTicket &ticket);

private:
    friend class HttpExchange;

    Limits m_limits;
    QNetworkAccessManager *m_manager;
    QList<QSslCertificate> m_pinned;
    SecretHostPolicy *m_secretPolicy = nullptr;
    ScopeLookup m_scopeLookup;
};

} // namespace dialogsmith::network

Q_DECLARE_METATYPE(dialogsmith::network::EscalationTicket)
