#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the client tests. Raw sockets, so that it can be as
// slow, wrong or large as a test needs, which a proper server library would not allow. With TLS
// it uses the throwaway self-signed certificate in tests/support/data (valid 2020-2120, for
// 127.0.0.1 only).

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace dialogsmith::network::testing {

inline QString testDataFile(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/tests/support/data/") + name;
}

inline QSslCertificate testCertificate()
{
    QFile f(testDataFile(QStringLiteral("test-server.crt")));
    f.open(QIODevice::ReadOnly);
    return QSslCertificate(f.readAll());
}

class TestHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[n, v] : headers) {
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
    };

    explicit TestHttpServer(bool tls = false)
    {
        if (tls) {
            auto server = std::make_unique<QSslServer>();
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(testCertificate());
            QFile keyFile(testDataFile(QStringLiteral("test-server.key")));
            keyFile.open(QIODevice::ReadOnly);
            config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(config);
            m_server = std::move(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(),
                         [this] { accept(); });
        // QSslServer offers a connection only once its handshake is done.
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(),
                         [this] { accept(); });
        m_server->listen(QHostAddress::LocalHost, 0);
        m_tls = tls;
    }

    // Sockets still open say goodbye to m_buffers: the server goes first.
    ~TestHttpServer() { m_server.reset(); }

    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
                .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                .arg(port())
                .arg(path);
    }

    QList<Request> requests;
    /// How long "/slow" waits before it answers.
    int slowMs = 2000;
    /// Where "/downgrade", "/cross" and "/cross307" send the client.
    QString otherBase;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                r.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.append(r);
            answer(socket, r);
        }
    }

    static void write(QTcpSocket *socket, int status, const QByteArray &reason,
                      const QByteArray &contentType, const QByteArray &body,
                      const QByteArray &extra = {})
    {
        socket->write(
                "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                + (contentType.isEmpty() ? QByteArray() : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n"
                + body);
    }

    void answer(QTcpSocket *socket, const Request &r)
    {
        const QByteArray path = r.path.split('?').value(0);
        if (path == "/ok") {
            write(socket, 200, "OK", "application/json", R"({"ok": true})");
        } else if (path == "/ordered") {
            // Keys not in alphabetical order: readers must keep the server's order.
            write(socket, 200, "OK", "application/json",
                  R"({"zeta": 1, "alpha": {"second": 2, "first": 1}})");
        } else if (path == "/text") {
            write(socket, 200, "OK", "text/plain", "plain text\n");
        } else if (path == "/notjson") {
            write(socket, 200, "OK", "application/json; charset=utf-8", "<html>oops</html>");
        } else if (path.startsWith("/status/")) {
            const int status = path.mid(8).toInt();
            write(socket, status, status == 503 ? "Service Unavailable" : "Failure", "text/plain",
                  "\n  Something broke here\nsecond line\n");
        } else if (path == "/slow") {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(slowMs, socket, [guarded] {
                if (guarded)
                    write(guarded, 200, "OK", "application/json", "{}");
            });
        } else if (path == "/loop") {
            write(socket, 302, "Found", {}, {}, "Location: /loop\r\n");
        } else if (path.startsWith("/chain/")) {
            const int left = path.mid(7).toInt();
            write(socket, 302, "Found", {}, {},
                  left > 0 ? "Location: /chain/" + QByteArray::number(left - 1) + "\r\n"
                           : QByteArray("Location: /ok\r\n"));
        } else if (path == "/cross" || path == "/downgrade") {
            write(socket, 302, "Found", {}, {}, "Location: " + otherBase.toUtf8() + "/ok\r\n");
        } else if (path == "/cross307") {
            write(socket, 307, "Temporary Redirect", {}, {},
                  "Location: " + otherBase.toUtf8() + "/echo\r\n");
        } else if (path == "/same307") {
            write(socket, 307, "Temporary Redirect", {}, {}, "Location: /echo\r\n");
        } else if (path == "/huge") {
            write(socket, 200, "OK", "application/octet-stream", QByteArray(11 * 1024 * 1024, 'x'));
        } else if (path == "/huge-stream") {
            // No length: the body ends when the connection does.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: "
                          "close\r\n\r\n");
            socket->write(QByteArray(11 * 1024 * 1024, 'y'));
            socket->disconnectFromHost();
        } else if (path == "/image.png") {
            // A 1x1 PNG that also tries to set a cookie.
            write(socket, 200, "OK", "image/png",
                  QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                         "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
                  "Set-Cookie: session=tracked; Path=/\r\n");
        } else if (path == "/trickle") {
            // One byte every 100 ms, for ever: never silent, never done.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                          "100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(100);
        } else if (path == "/drop") {
            socket->abort();
        } else if (path == "/garbage") {
            socket->write("this is not HTTP at all\r\n\r\n");
            socket->disconnectFromHost();
        } else if (path.endsWith("/botcentral/livePersonAgent")) {
            // A careless server that quotes the key it refuses.
            write(socket, 500, "Internal Server Error", "text/plain",
                  "wrong key: " + r.header("Authorization") + "\n");
        } else if (path == "/echo") {
            QJsonObject headers;
            for (const auto &[n, v] : r.headers)
                headers.insert(QString::fromLatin1(n.toLower()), QString::fromUtf8(v));
            const QJsonObject echo{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                   {QStringLiteral("path"), QString::fromUtf8(r.path)},
                                   {QStringLiteral("headers"), headers},
                                   {QStringLiteral("body"), QString::fromUtf8(r.body)}};
            write(socket, 200, "OK", "application/json",
                  QJsonDocument(echo).toJson(QJsonDocument::Compact));
        } else {
            write(socket, 404, "Not Found", "text/plain", "no such path\n");
        }
    }

    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_tls = false;
};

/// A port nothing listens on: bound, then released.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace dialogsmith::network::testing
