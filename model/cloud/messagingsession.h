#pragma once

#include "brand.h"
#include "protocol.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QWebSocket;

namespace dialogsmith::cloud {

class CloudServer;

/// What the agent and consumer WebSocket sessions share: one client's socket, its frames parsed
/// into requests, answers and notifications sent back, a request rate bound (each request beyond
/// it is answered 429; a client that keeps on is disconnected) and a bound on what waits to be
/// sent to a client that does not read. A session deletes itself when its socket closes.
class MessagingSession : public QObject, public BrandListener
{
    Q_OBJECT
public:
    MessagingSession(CloudServer *server, Brand *brand, std::unique_ptr<QWebSocket> socket,
                     int requestsPerSecond);
    ~MessagingSession() override;

    Brand *brand() const { return m_brand; }
    /// Sends one frame; a client that has too much waiting is disconnected.
    void send(const QByteArray &frame);
    /// Closes the socket with a WebSocket close code (4401: the login is not valid).
    void closeWith(int code, const QString &reason);

protected:
    /// One well-formed request. Answer it with reply() or refuse().
    virtual void handle(const protocol::Request &request) = 0;
    /// The socket is gone: leave the brand.
    virtual void ended() = 0;

    void reply(const protocol::Request &request, const QString &type,
               const QJsonValue &body = QJsonObject{}, int code = 200);
    void refuse(const protocol::Request &request, const Refusal &refusal);
    QWebSocket *socket() const { return m_socket.get(); }
    CloudServer *server() const { return m_server; }

private:
    void received(const QString &text);
    bool takeToken();
    void finish();

    CloudServer *m_server;
    Brand *m_brand;
    std::unique_ptr<QWebSocket> m_socket;
    double m_rate;
    double m_tokens;
    QElapsedTimer m_refill;
    int m_refusedInARow = 0;
    bool m_finished = false;
};

/// "x" of a request body that may be a bare string or {"x": ...}.
QString bodyText(const QJsonValue &body, const QString &member);

} // namespace dialogsmith::cloud
