#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <chrono>
#include <memory>

#ifndef QT_NO_SSL
#include <QSslServer>
#endif

class QTcpSocket;
class QTimer;

namespace dialogsmith::network {

/// Guards the connections of a QHttpServer before QHttpServer sees them: QHttpServer 6.4 has no
/// limits of its own and closes a connection it cannot parse without a word.
///
/// Every accepted socket is adopted first: beyond `maxConnections` it is refused with 503; its
/// request line and header size are checked (400, 431) and its request size bounded (413), each
/// answered with a JSON `{"error": sentence}` and the connection closed; idle connections are
/// closed after `idleTimeout` unless a request is held on them (long poll) or they became
/// WebSockets, which have their own bounds. The server calls beginRequest() when QHttpServer
/// hands it a request, and hold() around long polls. Lives on the server's thread.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 128;
        qint64 maxRequestBytes = 1024 * 1024;
        std::chrono::milliseconds idleTimeout{30000};
        /// How refusals name the server in their sentences ("the desk", "the cloud").
        QString serverName;
    };

    explicit ConnectionGuard(Limits limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    const Limits &limits() const { return m_limits; }
    /// Takes `socket` under guard; false (and the socket is being refused) when full.
    bool adopt(QTcpSocket *socket);
    /// QHttpServer handed over a complete request on `socket`: its size count starts again.
    /// False when the connection is being refused and the request must not be answered.
    bool beginRequest(QTcpSocket *socket);
    /// A request on `socket` is held (+1) or answered (-1): held connections are never idle.
    void hold(QTcpSocket *socket, int delta);
    /// Answers `status` with `message` and closes the connection.
    void refuse(QTcpSocket *socket, int status, const QString &message);
    /// Open connections (WebSockets included).
    int count() const { return int(m_connections.size()); }
    /// Forgets every connection (the server is closing them).
    void clear();

    /// What the start of a connection's first request tells before QHttpServer parses it.
    struct HeadCheck
    {
        int status = 0;        ///< 0 while it looks fine; 400 not HTTP, 431 headers too large
        bool complete = false; ///< the headers ended
        bool upgrade = false;  ///< it asks for a WebSocket
    };
    /// Checks `head` (the request's first bytes so far): its request line, its header size.
    static HeadCheck checkHead(const QByteArray &head);

signals:
    /// After every refusal, for the server's log.
    void refused(int status, const QString &message);

private:
    struct Connection;
    Connection *find(QTcpSocket *socket);
    void watch(QTcpSocket *socket);
    void sweep();

    Limits m_limits;
    QTimer *m_sweeper;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
};

/// A QTcpServer whose connections a ConnectionGuard adopts before they are handed on.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard *guard, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard *m_guard;
};

#ifndef QT_NO_SSL
/// The same for TLS: the guard adopts a socket when its handshake starts; a connection beyond
/// the limit is dropped before the handshake.
class GuardedSslServer final : public QSslServer
{
public:
    GuardedSslServer(ConnectionGuard *guard, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard *m_guard;
};
#endif

/// The reason phrase of an HTTP status ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace dialogsmith::network
