#include "messagingclient.h"

#include <QJsonArray>

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace dialogsmith::cloud {

MessagingClient::MessagingClient(CloudEndpoint endpoint, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(network)
    , m_timeouts(new QTimer(this))
{
    m_timeouts->setInterval(250);
    connect(m_timeouts, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<QString> late;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (it->deadline <= now)
                late.append(it.key());
        }
        for (const QString &id : std::as_const(late)) {
            const Pending p = m_pending.take(id);
            if (p.answer)
                p.answer(0, QJsonObject{{QStringLiteral("message"),
                                         tr("no answer within %1 ms").arg(m_requestTimeoutMs)}});
        }
        if (m_pending.isEmpty())
            m_timeouts->stop();
    });
}

MessagingClient::~MessagingClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool MessagingClient::pinnedPeer(const QSslCertificate &peer) const
{
    return !peer.isNull() && m_endpoint.pinned.contains(peer);
}

bool MessagingClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void MessagingClient::http(const QString &method, const QString &host, const QString &path,
                           const QJsonObject &body,
                           std::function<void(int, const QJsonObject &, const QString &)> done,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(
            QUrl(QStringLiteral("%1://%2%3")
                         .arg(m_endpoint.scheme(), host.isEmpty() ? m_endpoint.csdsDomain : host,
                              path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply
            = method == QLatin1String("GET")
                      ? m_network->get(request)
                      : m_network->post(request,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        if (pinnedPeer(reply->sslConfiguration().peerCertificate()))
            reply->ignoreSslErrors(errors);
    });
    QPointer<MessagingClient> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, done = std::move(done)] {
        reply->deleteLater();
        if (!self)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Some routes answer with an array: it arrives as {"items": [...]}.
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        const QJsonObject answer
                = document.isArray() ? QJsonObject{{QStringLiteral("items"), document.array()}}
                                     : document.object();
        QString error;
        if (status == 0) {
            error = reply->error() == QNetworkReply::ConnectionRefusedError
                            ? tr("the cloud is not running at %1 (the connection was refused)")
                                      .arg(reply->url().authority())
                            : tr("could not reach the cloud at %1: %2")
                                      .arg(reply->url().authority(), reply->errorString());
        }
        done(status, answer, error);
    });
}

void MessagingClient::openSocket(const QString &host, const QString &path,
                                 const QList<QPair<QByteArray, QByteArray>> &headers,
                                 std::function<void()> opened)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_socket && pinnedPeer(m_socket->sslConfiguration().peerCertificate()))
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &MessagingClient::received);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket = m_socket] {
                // A socket that never opened emits no disconnected(): say why it failed instead.
                if (socket != m_socket || socket->state() == QAbstractSocket::ConnectedState)
                    return;
                const QString reason
                        = socket->error() == QAbstractSocket::ConnectionRefusedError
                                  ? tr("the cloud is not running at %1 (the connection "
                                       "was refused)")
                                            .arg(socket->requestUrl().authority())
                                  : socket->errorString();
                m_socket->deleteLater();
                m_socket = nullptr;
                failPending();
                emit disconnected(1006, reason);
            });
    connect(m_socket, &QWebSocket::connected, this, [this, opened = std::move(opened)] {
        // QWebSocket has no socket options of its own; its TCP socket is its child. Small
        // requests must not wait for the cloud's delayed acknowledgements (Nagle).
        if (m_socket) {
            for (QAbstractSocket *tcp : m_socket->findChildren<QAbstractSocket *>())
                tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        opened();
    });
    QWebSocket *socket = m_socket;
    connect(m_socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        const int code = int(socket->closeCode());
        const QString reason = socket->closeReason();
        m_socket->deleteLater();
        m_socket = nullptr;
        failPending();
        emit disconnected(code, reason);
    });
    QNetworkRequest request(
            QUrl(QStringLiteral("%1://%2%3")
                         .arg(m_endpoint.wsScheme(), host.isEmpty() ? m_endpoint.csdsDomain : host,
                              path)));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    m_socket->open(request);
}

void MessagingClient::disconnectFromCloud()
{
    if (m_socket)
        m_socket->close();
}

QString MessagingClient::request(const QString &type, const QJsonValue &body, Answer answer,
                                 const QJsonValue &headers)
{
    if (!isConnected()) {
        if (answer)
            answer(0, QJsonObject{{QStringLiteral("message"), tr("not connected to the cloud")}});
        return {};
    }
    const QString id = QString::number(m_nextId++);
    QJsonObject frame{{QStringLiteral("kind"), QStringLiteral("req")},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("body"), body}};
    if (!headers.isUndefined() && !headers.isNull())
        frame.insert(QStringLiteral("headers"), headers);
    m_pending.insert(id, Pending{std::move(answer),
                                 QDateTime::currentMSecsSinceEpoch() + m_requestTimeoutMs});
    if (!m_timeouts->isActive())
        m_timeouts->start();
    m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    return id;
}

void MessagingClient::sendRaw(const QString &text)
{
    if (isConnected())
        m_socket->sendTextMessage(text);
}

void MessagingClient::received(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = frame.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("resp")) {
        const auto it = m_pending.find(frame.value(QLatin1String("reqId")).toString());
        if (it == m_pending.end())
            return;
        const Pending p = *it;
        m_pending.erase(it);
        if (p.answer)
            p.answer(frame.value(QLatin1String("code")).toInt(),
                     frame.value(QLatin1String("body")));
    } else if (kind == QLatin1String("notification")) {
        emit notification(frame.value(QLatin1String("type")).toString(),
                          frame.value(QLatin1String("body")).toObject());
    }
}

void MessagingClient::failPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.answer)
            p.answer(0, QJsonObject{{QStringLiteral("message"),
                                     tr("the connection to the cloud closed")}});
    }
}

} // namespace dialogsmith::cloud
