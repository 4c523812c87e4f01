#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class QWebSocket;

namespace dialogsmith::cloud {

/// Where a client finds a cloud: its CSDS domain ("127.0.0.1:PORT", as LivePerson's SDK takes
/// it), whether it speaks TLS, and certificates to trust exactly (the local cloud's own
/// certificate, which no CA vouches for).
struct CloudEndpoint
{
    QString csdsDomain;
    bool tls = false;
    QList<QSslCertificate> pinned;

    QString scheme() const { return tls ? QStringLiteral("https") : QStringLiteral("http"); }
    QString wsScheme() const { return tls ? QStringLiteral("wss") : QStringLiteral("ws"); }
};

/// A client of the cloud's messaging WebSocket: requests with answers matched by id, and
/// notifications. The base of AgentClient and ConsumerClient; HTTP steps before the socket
/// (CSDS, login, signup) go through the QNetworkAccessManager it is given.
class MessagingClient : public QObject
{
    Q_OBJECT
public:
    /// code is the answer's code (0 when no answer came: the connection closed or the request
    /// timed out); body the answer's body.
    using Answer = std::function<void(int code, const QJsonValue &body)>;

    MessagingClient(CloudEndpoint endpoint, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    ~MessagingClient() override;

    bool isConnected() const;
    /// Sends a request; `answer` is called once. Returns its id (empty when not connected:
    /// `answer` is then called with code 0).
    QString request(const QString &type, const QJsonValue &body, Answer answer = {},
                    const QJsonValue &headers = {});
    /// Sends a raw text frame (tests of bad input).
    void sendRaw(const QString &text);
    /// Closes the socket.
    void disconnectFromCloud();
    /// Seconds a request may wait for its answer.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    const CloudEndpoint &endpoint() const { return m_endpoint; }

signals:
    void notification(const QString &type, const QJsonObject &body);
    /// The socket closed (code: the WebSocket close code, 4401 for a login that is not valid).
    void disconnected(int code, const QString &reason);
    /// Connecting failed: one sentence.
    void failed(const QString &sentence);

protected:
    /// An HTTP POST/GET of JSON to `host` ("127.0.0.1:PORT", a domain CSDS named; empty: the
    /// CSDS domain); `done(status, body, error sentence)`, the sentence set when no answer came.
    /// A body that is a JSON array arrives as {"items": array}.
    void http(const QString &method, const QString &host, const QString &path,
              const QJsonObject &body,
              std::function<void(int, const QJsonObject &, const QString &)> done,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// Opens the WebSocket at `path` on `host` (with headers, for clients that can send them).
    void openSocket(const QString &host, const QString &path,
                    const QList<QPair<QByteArray, QByteArray>> &headers,
                    std::function<void()> opened);
    /// Ignores TLS errors when the peer's certificate is one the endpoint pins.
    bool pinnedPeer(const QSslCertificate &peer) const;
    QNetworkAccessManager *network() const { return m_network; }

private:
    void received(const QString &text);
    void failPending();

    struct Pending
    {
        Answer answer;
        qint64 deadline = 0;
    };

    CloudEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    QWebSocket *m_socket = nullptr;
    QHash<QString, Pending> m_pending;
    QTimer *m_timeouts;
    quint64 m_nextId = 1;
    int m_requestTimeoutMs = 10000;
};

} // namespace dialogsmith::cloud
