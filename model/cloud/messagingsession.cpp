#include "messagingsession.h"

#include "cloudserver.h"

#include <QTimer>
#include <QWebSocket>

namespace dialogsmith::cloud {

namespace {

/// Requests refused in a row (rate or bad frames) after which a client is disconnected.
constexpr int maxRefusedInARow = 5000;

} // namespace

QString bodyText(const QJsonValue &body, const QString &member)
{
    if (body.isString())
        return body.toString();
    const QJsonValue v = body.toObject().value(member);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

MessagingSession::MessagingSession(CloudServer *server, Brand *brand,
                                   std::unique_ptr<QWebSocket> socket, int requestsPerSecond)
    : QObject(server)
    , m_server(server)
    , m_brand(brand)
    , m_socket(std::move(socket))
    , m_rate(std::max(1, requestsPerSecond))
    , m_tokens(2.0 * m_rate)
{
    m_refill.start();
    const qint64 maxFrame = server->options().maxFrameBytes;
    m_socket->setMaxAllowedIncomingFrameSize(quint64(maxFrame));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(maxFrame));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &MessagingSession::received);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { received(QString::fromUtf8(data)); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &MessagingSession::finish);
}

MessagingSession::~MessagingSession()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void MessagingSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    ended();
    m_server->sessionEnded(this);
    deleteLater();
}

bool MessagingSession::takeToken()
{
    const double elapsed = double(m_refill.restart()) / 1000.0;
    m_tokens = std::min(2.0 * m_rate, m_tokens + elapsed * m_rate);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void MessagingSession::received(const QString &text)
{
    if (m_finished)
        return;
    protocol::Request request;
    if (!takeToken()) {
        protocol::parseRequest(text.toUtf8(), &request);
        send(protocol::errorResponse(
                request.id, request.type,
                Refusal{429, tr("too many requests: at most %1 per second").arg(qint64(m_rate))}));
        if (++m_refusedInARow >= maxRefusedInARow)
            closeWith(1008, tr("too many requests"));
        return;
    }
    if (Outcome bad = protocol::parseRequest(text.toUtf8(), &request)) {
        send(protocol::errorResponse(request.id, request.type, *bad));
        if (++m_refusedInARow >= maxRefusedInARow)
            closeWith(1008, tr("too many bad frames"));
        return;
    }
    m_refusedInARow = 0;
    handle(request);
}

void MessagingSession::send(const QByteArray &frame)
{
    if (m_finished || !m_socket)
        return;
    if (m_socket->bytesToWrite() > m_server->options().maxPendingBytes) {
        closeWith(1008, tr("the client does not read what it is sent"));
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void MessagingSession::closeWith(int code, const QString &reason)
{
    if (!m_socket)
        return;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // A peer that never answers the close gets no more than this.
    QTimer::singleShot(2000, this, [this] {
        if (m_socket)
            m_socket->abort();
        finish();
    });
}

void MessagingSession::reply(const protocol::Request &request, const QString &type,
                             const QJsonValue &body, int code)
{
    send(protocol::response(request.id, code, type, body));
}

void MessagingSession::refuse(const protocol::Request &request, const Refusal &refusal)
{
    send(protocol::errorResponse(request.id, request.type, refusal));
}

} // namespace dialogsmith::cloud
