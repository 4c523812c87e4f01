#include "connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#ifndef QT_NO_SSL
#include <QSslSocket>
#endif

namespace dialogsmith::network {

namespace {

/// QHttpServer's parser gives up at 80 KB of headers, silently: the guard says so before.
constexpr qint64 maxHeadBytes = 64 * 1024;
constexpr int sweepIntervalMs = 1000;
/// A refused connection whose peer does not close gets this long to read the answer.
constexpr int refuseGraceMs = 2000;

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    }
    return "Error";
}

/// What the guard knows about one connection, beside what QHttpServer knows.
struct ConnectionGuard::Connection
{
    QPointer<QTcpSocket> socket;
    qint64 pendingBytes = 0; ///< of the request being received
    /// The start of the connection's first request, until its headers are complete: QHttpServer
    /// 6.4 closes a connection whose request it cannot parse without a word, so the guard checks
    /// the request line and the header size first and answers 400 or 431 itself.
    QByteArray head;
    bool checkHead = true;
    bool upgrade = false; ///< the first request asks for a WebSocket
    QElapsedTimer idle;
    int held = 0;
    bool refused = false;
};

ConnectionGuard::ConnectionGuard(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(std::move(limits))
    , m_sweeper(new QTimer(this))
{
    m_sweeper->setInterval(sweepIntervalMs);
    connect(m_sweeper, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweeper->start();
}

ConnectionGuard::~ConnectionGuard() = default;

ConnectionGuard::Connection *ConnectionGuard::find(QTcpSocket *socket)
{
    const auto it = m_connections.constFind(socket);
    return it == m_connections.cend() ? nullptr : it.value().get();
}

bool ConnectionGuard::adopt(QTcpSocket *socket)
{
    if (m_connections.size() >= m_limits.maxConnections)
        sweep();
    if (m_connections.size() >= m_limits.maxConnections) {
        refuse(socket, 503,
               tr("%1 has too many open connections; try again later").arg(m_limits.serverName));
        return false;
    }
    // Answers are small and often come in twos (a response, then a notification): without this,
    // Nagle's algorithm holds the second one until the peer's delayed acknowledgement, 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto adopted = std::make_shared<Connection>();
    adopted->socket = socket;
    adopted->idle.start();
    m_connections.insert(socket, adopted);
    watch(socket);
    return true;
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    // Connected before QHttpServer connects its own slot: this one sees every chunk first.
    // QHttpServer disconnects every slot of a socket it hands to its WebSocket server, so this
    // one stops when the connection becomes a WebSocket.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        Connection *c = find(socket);
        if (!c || c->refused)
            return;
        c->idle.restart();
        const qint64 available = socket->bytesAvailable();
        c->pendingBytes += available;
        if (c->pendingBytes > m_limits.maxRequestBytes) {
            refuse(socket, 413,
                   tr("the request is larger than %1 bytes").arg(m_limits.maxRequestBytes));
            return;
        }
        if (!c->checkHead)
            return;
        c->head += socket->peek(std::min<qint64>(available, maxHeadBytes + 1 - c->head.size()));
        const HeadCheck check = checkHead(c->head);
        if (check.status == 400) {
            refuse(socket, 400,
                   tr("the request is not valid HTTP: it must start with a line like "
                      "\"GET /path HTTP/1.1\""));
        } else if (check.status == 431) {
            refuse(socket, 431,
                   tr("the request's headers are larger than %1 bytes").arg(maxHeadBytes));
        } else if (check.complete) {
            c->upgrade = check.upgrade;
            c->checkHead = false;
            c->head.clear();
        }
    });
}

ConnectionGuard::HeadCheck ConnectionGuard::checkHead(const QByteArray &head)
{
    HeadCheck check;
    const qsizetype lineEnd = head.indexOf('\n');
    static const QRegularExpression requestLine(
            QStringLiteral("^[A-Za-z]+ [!-~]+ HTTP/\\d\\.\\d\\r?$"));
    if (lineEnd >= 0 && !requestLine.match(QString::fromLatin1(head.left(lineEnd))).hasMatch()) {
        check.status = 400;
        return check;
    }
    if (head.contains("\r\n\r\n") || head.contains("\n\n")) {
        static const QRegularExpression upgrade(QStringLiteral("\\nupgrade:\\s*websocket"),
                                                QRegularExpression::CaseInsensitiveOption);
        check.complete = true;
        check.upgrade = upgrade.match(QString::fromLatin1(head)).hasMatch();
    } else if (head.size() > maxHeadBytes) {
        check.status = 431;
    }
    return check;
}

bool ConnectionGuard::beginRequest(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c)
        return true;
    if (c->refused)
        return false;
    c->pendingBytes = 0;
    // Later requests on a kept-alive connection may arrive in any chunks: only the first
    // one's start is known.
    c->checkHead = false;
    c->head.clear();
    c->idle.restart();
    return true;
}

void ConnectionGuard::hold(QTcpSocket *socket, int delta)
{
    if (Connection *c = find(socket)) {
        c->held = std::max(0, c->held + delta);
        c->idle.restart();
    }
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const QString &message)
{
    if (Connection *c = find(socket)) {
        if (c->refused)
            return;
        c->refused = true;
    }
    // QHttpServer may have let go of the socket: it must not outlive its connection.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                                    .toJson(QJsonDocument::Compact)
                            + '\n';
    // What is left of the request is never parsed: QHttpServer's slot runs after ours.
    socket->readAll();
    bool encrypted = true;
#ifndef QT_NO_SSL
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        encrypted = ssl->mode() == QSslSocket::UnencryptedMode || ssl->isEncrypted();
#endif
    if (socket->state() == QAbstractSocket::ConnectedState && encrypted) {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        QTimer::singleShot(refuseGraceMs, socket, [socket] { socket->abort(); });
    } else {
        socket->abort();
        socket->deleteLater();
    }
    emit refused(status, message);
}

void ConnectionGuard::clear()
{
    m_connections.clear();
}

void ConnectionGuard::sweep()
{
    const auto idleLimit = m_limits.idleTimeout.count();
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        Connection &c = *it.value();
        if (!c.socket) {
            it = m_connections.erase(it);
            continue;
        }
        if (c.socket->state() == QAbstractSocket::UnconnectedState) {
            c.socket->deleteLater();
            it = m_connections.erase(it);
            continue;
        }
        if (c.held == 0 && !c.refused && !c.upgrade && c.idle.elapsed() > idleLimit) {
            // Keep-alive connections and requests that never complete end here.
            c.socket->abort();
            c.socket->deleteLater();
            it = m_connections.erase(it);
            continue;
        }
        ++it;
    }
}

// --- Servers ----------------------------------------------------------------------------------

GuardedTcpServer::GuardedTcpServer(ConnectionGuard *guard, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (!m_guard->adopt(socket))
        return; // refused: too many connections
    addPendingConnection(socket);
}

#ifndef QT_NO_SSL
GuardedSslServer::GuardedSslServer(ConnectionGuard *guard, QObject *parent)
    : QSslServer(parent)
    , m_guard(guard)
{
    connect(this, &QSslServer::startedEncryptionHandshake, m_guard,
            [this](QSslSocket *socket) { m_guard->adopt(socket); });
}

void GuardedSslServer::incomingConnection(qintptr descriptor)
{
    if (m_guard->count() >= m_guard->limits().maxConnections) {
        // No TLS yet, so no way to say why: drop it before the handshake costs anything.
        QTcpSocket dropped;
        if (dropped.setSocketDescriptor(descriptor))
            dropped.abort();
        emit m_guard->refused(503, QStringLiteral("too many open connections"));
        return;
    }
    QSslServer::incomingConnection(descriptor);
}
#endif

} // namespace dialogsmith::network
