// The local agent desk as clients see it: real HTTP on 127.0.0.1, every route, the key, the
// validation, the bounds, the long poll, the API without HTTP, and 1,000 malformed requests.

#include "agentdesk.h"
#include "escalationpresets.h"
#include "httpclient.h"
#include "networktesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <tuple>

using namespace dialogsmith::network;
using namespace dialogsmith::network::testing;

namespace {

const QString deskKey = QStringLiteral("desk-key-123");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QString error; ///< the client's, when there was no answer
    QList<QPair<QString, QString>> headers;

    QString header(const QString &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QString message() const { return json.value(QStringLiteral("error")).toString(); }
};

QByteArray transferBody(const QString &conversationId, const QString &skillId = QStringLiteral("1"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("userPlatformId"), QStringLiteral("u-1")},
                                     {QStringLiteral("chatBotId"), QStringLiteral("bot-1")},
                                     {QStringLiteral("message"), QStringLiteral("Hold on.")},
                                     {QStringLiteral("conversationId"), conversationId},
                                     {QStringLiteral("agentSkillName"), QStringLiteral("human")},
                                     {QStringLiteral("agentSkillId"), skillId}})
            .toJson(QJsonDocument::Compact);
}

/// Raw bytes in, raw bytes out: for requests no HTTP client would send. The event loop runs
/// meanwhile: the desk lives on this thread.
QByteArray raw(quint16 port, const QByteArray &bytes, int waitMs = 2000)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    std::ignore = QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::UnconnectedState
                       || answer.contains("\r\n\r\n");
            },
            waitMs);
    answer += socket.readAll();
    return answer;
}

} // namespace

class TestAgentDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AgentDesk> m_desk;
    HttpClient m_client;

    static AgentDeskOptions defaultOptions()
    {
        AgentDeskOptions o;
        o.key = deskKey;
        o.skills = {{QStringLiteral("human"), QStringLiteral("1")},
                    {QStringLiteral("billing"), QStringLiteral("2")}};
        return o;
    }

    Answer call(const QString &method, const QString &path, const QByteArray &body = {},
                const QString &key = deskKey, int timeoutMs = 2000)
    {
        HttpRequest r;
        r.method = method;
        r.url = m_desk->baseUrl().toString() + path;
        if (!key.isNull())
            r.headers = {{QStringLiteral("Authorization"), key}};
        r.body = body;
        r.timeoutMs = timeoutMs;
        const Exchange e = exchange(m_client, r, timeoutMs + 1000);
        Answer a;
        if (!e.ok()) {
            a.error = e.error();
            return a;
        }
        a.status = e.response().status;
        a.headers = e.response().headers;
        a.json = QJsonDocument::fromJson(e.response().body).object();
        return a;
    }

    QString queue(const QString &conversationId, const QString &skill = QStringLiteral("1"))
    {
        const Answer a = call(QStringLiteral("POST"), escalationPath(),
                              transferBody(conversationId, skill));
        return a.json.value(QStringLiteral("transferId")).toString();
    }

private slots:
    void init()
    {
        m_desk = std::make_unique<AgentDesk>(defaultOptions());
        const auto port = m_desk->listen(0);
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        QVERIFY(*port > 0);
    }

    void cleanup() { m_desk.reset(); }

    void needsAKeyAndAFreePort()
    {
        AgentDesk keyless({});
        const auto refused = keyless.listen(0);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("needs a key")));
        AgentDesk second(defaultOptions());
        const auto taken = second.listen(m_desk->port());
        QVERIFY(!taken.ok());
        QVERIFY(taken.error().message.startsWith(
                QStringLiteral("could not listen on 127.0.0.1:%1: ").arg(m_desk->port())));
    }

    void listensOnLoopbackOnly()
    {
        QCOMPARE(m_desk->baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port()));
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                outside = a;
        }
        if (outside.isNull())
            QSKIP("this machine has no address besides loopback");
        QTcpSocket socket;
        socket.connectToHost(outside, m_desk->port());
        QVERIFY(!socket.waitForConnected(1000));
    }

    void everyRouteNeedsTheKey()
    {
        const QString id = queue(QStringLiteral("c-key"));
        QCOMPARE(id, QStringLiteral("1"));
        const QList<QPair<QString, QString>> routes{
                {QStringLiteral("POST"), escalationPath()},
                {QStringLiteral("GET"), QStringLiteral("/desk/transfers")},
                {QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/accept")},
                {QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/messages")},
                {QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/close")},
                {QStringLiteral("GET"),
                 QStringLiteral("/desk/conversations/c-key/messages?after=0")},
                {QStringLiteral("GET"), QStringLiteral("/no/such/route")},
        };
        for (const auto &[method, path] : routes) {
            const Answer wrong = call(method, path, transferBody(QStringLiteral("c-key")),
                                      QStringLiteral("nope"));
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.message(),
                     QStringLiteral("the Authorization header does not match the desk key"));
            const Answer none
                    = call(method, path, transferBody(QStringLiteral("c-key")), QString());
            QCOMPARE(none.status, 401);
            QVERIFY(none.message().contains(QStringLiteral("no Authorization header")));
            QVERIFY(!wrong.message().contains(deskKey));
        }
        // Nothing changed without the key.
        QCOMPARE(m_desk->transfer(id)->state, DeskTransfer::State::Queued);
    }

    void transfersAreValidated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << 400 << QString()
                               << QStringLiteral("the body is empty: send a JSON object with the "
                                                 "fields userPlatformId, chatBotId, message, "
                                                 "conversationId, agentSkillName, agentSkillId");
        QTest::newRow("not JSON") << QByteArray("{\"a\": ") << 400 << QString()
                                  << QStringLiteral(
                                             "the body is not valid JSON: unterminated object at "
                                             "byte 6");
        QTest::newRow("array") << QByteArray("[1]") << 400 << QString()
                               << QStringLiteral("the body must be a JSON object");
        QTest::newRow("number field")
                << QByteArray(R"({"userPlatformId": 5, "chatBotId": "b", "conversationId": "c",
                                 "agentSkillId": "1"})")
                << 400 << QStringLiteral("userPlatformId")
                << QStringLiteral("the field \"userPlatformId\" must be a string");
        QTest::newRow("missing conversation")
                << QByteArray(R"({"userPlatformId": "u", "chatBotId": "b", "agentSkillId": "1"})")
                << 400 << QStringLiteral("conversationId")
                << QStringLiteral("the field \"conversationId\" is missing or empty");
        QTest::newRow("no skill")
                << QByteArray(R"({"userPlatformId": "u", "chatBotId": "b", "conversationId": "c"})")
                << 400 << QStringLiteral("agentSkillId")
                << QStringLiteral("the field \"agentSkillId\" is missing or empty");
        QTest::newRow("unknown skill id")
                << transferBody(QStringLiteral("c"), QStringLiteral("9")) << 422
                << QStringLiteral("agentSkillId")
                << QStringLiteral("there is no skill with the id \"9\" on this desk (skills: "
                                  "human=1, billing=2)");
        QTest::newRow("unknown skill name")
                << QByteArray(R"({"userPlatformId": "u", "chatBotId": "b", "conversationId": "c",
                                 "agentSkillName": "sales"})")
                << 422 << QStringLiteral("agentSkillName")
                << QStringLiteral("there is no skill named \"sales\" on this desk (skills: "
                                  "human=1, billing=2)");
    }

    void transfersAreValidated()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Answer a = call(QStringLiteral("POST"), escalationPath(), body);
        QCOMPARE(a.status, status);
        QCOMPARE(a.message(), message);
        QCOMPARE(a.json.value(QStringLiteral("field")).toString(), field);
        QVERIFY(m_desk->transfers().isEmpty());
    }

    void transferLifecycle()
    {
        QSignalSpy queued(m_desk.get(), &AgentDesk::transferQueued);
        QSignalSpy accepted(m_desk.get(), &AgentDesk::transferAccepted);
        QSignalSpy messages(m_desk.get(), &AgentDesk::agentMessage);
        QSignalSpy closed(m_desk.get(), &AgentDesk::transferClosed);
        QSignalSpy logged(m_desk.get(), &AgentDesk::requestHandled);

        const Answer posted = call(QStringLiteral("POST"), escalationPath(),
                                   transferBody(QStringLiteral("c-1")));
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.json, (QJsonObject{{QStringLiteral("status"), QStringLiteral("queued")},
                                           {QStringLiteral("transferId"), QStringLiteral("1")}}));
        QCOMPARE(posted.header(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        QCOMPARE(queued.count(), 1);
        const DeskTransfer t = queued.first().first().value<DeskTransfer>();
        QCOMPARE(t.conversationId, QStringLiteral("c-1"));
        QCOMPARE(t.skillId, QStringLiteral("1"));
        QCOMPARE(t.skillName, QStringLiteral("human"));
        QCOMPARE(t.message, QStringLiteral("Hold on."));
        QCOMPARE(t.fields.size(), 6);
        // Asking again while it is open is the same transfer.
        QCOMPARE(call(QStringLiteral("POST"), escalationPath(), transferBody(QStringLiteral("c-1")))
                         .json.value(QStringLiteral("transferId")),
                 QJsonValue(QStringLiteral("1")));
        QCOMPARE(queued.count(), 1);
        // Numbers for skill ids are fine; skills queue separately.
        QCOMPARE(call(QStringLiteral("POST"), escalationPath(),
                      R"({"userPlatformId": "u", "chatBotId": "b", "conversationId": "c-2",
                          "agentSkillId": 2})")
                         .status,
                 200);

        const Answer list
                = call(QStringLiteral("GET"), QStringLiteral("/desk/transfers?state=queued"));
        QCOMPARE(list.status, 200);
        const QJsonArray transfers = list.json.value(QStringLiteral("transfers")).toArray();
        QCOMPARE(transfers.size(), 2);
        QCOMPARE(transfers.at(0).toObject().value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(transfers.at(1).toObject().value(QStringLiteral("skillName")).toString(),
                 QStringLiteral("billing"));
        QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/desk/transfers?skill=billing"))
                         .json.value(QStringLiteral("transfers"))
                         .toArray()
                         .size(),
                 1);
        QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/desk/transfers?state=lost")).status,
                 400);

        const QByteArray hello = R"({"text": "Hello, I am Ana."})";
        const Answer early
                = call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/messages"), hello);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.message(), QStringLiteral("transfer 1 is queued: accept it before writing"));

        const Answer accept
                = call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/accept"));
        QCOMPARE(accept.status, 200);
        QCOMPARE(accept.json.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/accept")).status,
                 409);

        for (const QByteArray &bad : {QByteArray(), QByteArray("{\"text\": 3}"),
                                      QByteArray("{\"text\": \"  \"}"), QByteArray("nope")}) {
            const Answer a = call(QStringLiteral("POST"),
                                  QStringLiteral("/desk/transfers/1/messages"), bad);
            QCOMPARE(a.status, 400);
        }
        const Answer sent
                = call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/messages"), hello);
        QCOMPARE(sent.status, 201);
        QCOMPARE(sent.json.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hello, I am Ana."));
        QCOMPARE(messages.count(), 1);

        const Answer read = call(QStringLiteral("GET"),
                                 QStringLiteral("/desk/conversations/c-1/messages?after=0"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        const QJsonArray got = read.json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(got.size(), 1);
        const qint64 seq = got.first().toObject().value(QStringLiteral("seq")).toInteger();
        QVERIFY(call(QStringLiteral("GET"),
                     QStringLiteral("/desk/conversations/c-1/messages?after=%1").arg(seq))
                        .json.value(QStringLiteral("messages"))
                        .toArray()
                        .isEmpty());
        QCOMPARE(call(QStringLiteral("GET"),
                      QStringLiteral("/desk/conversations/c-1/messages?after=x"))
                         .json.value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("after")));
        QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/desk/conversations/c-9/messages"))
                         .status,
                 404);

        QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/close")).status,
                 200);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/close")).status,
                 409);
        QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/1/messages"), hello)
                         .status,
                 409);
        QCOMPARE(
                call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/77/accept")).message(),
                QStringLiteral("there is no transfer 77"));
        // A closed conversation may hand over again: a new transfer.
        QCOMPARE(queue(QStringLiteral("c-1")), QStringLiteral("3"));

        // One log entry per request, with what the log line needs.
        QVERIFY(logged.count() >= 20);
        const DeskRequestLog first = logged.first().first().value<DeskRequestLog>();
        QCOMPARE(first.method, QStringLiteral("POST"));
        QCOMPARE(first.path, escalationPath());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.transferId, QStringLiteral("1"));
        const QJsonObject line = first.toJson();
        QVERIFY(line.contains(QStringLiteral("time")));
        QVERIFY(line.contains(QStringLiteral("ms")));
    }

    void unknownRoutesAndMethods()
    {
        const Answer missing = call(QStringLiteral("GET"), QStringLiteral("/desk/nothing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.message(), QStringLiteral("there is no route GET /desk/nothing"));
        const Answer wrongMethod = call(QStringLiteral("GET"), escalationPath());
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header(QStringLiteral("Allow")), QStringLiteral("POST"));
        QCOMPARE(call(QStringLiteral("DELETE"), QStringLiteral("/desk/transfers")).status, 405);
        QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/desk/conversations/c/messages"))
                         .status,
                 405);
    }

    void longPollWaitsForTheAgent()
    {
        const QString id = queue(QStringLiteral("c-poll"));
        QVERIFY(m_desk->accept(id).ok());
        // A poller that still thinks "queued" hears "accepted" at once.
        QElapsedTimer quick;
        quick.start();
        const Answer news
                = call(QStringLiteral("GET"),
                       QStringLiteral("/desk/conversations/c-poll/messages?after=0&wait=5&"
                                      "state=queued"),
                       {}, deskKey, 6000);
        QCOMPARE(news.json.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QVERIFY2(quick.elapsed() < 2500, qPrintable(QString::number(quick.elapsed()))); // not 5 s
        QTimer::singleShot(200, m_desk.get(), [this, id] {
            QVERIFY(m_desk->sendMessage(id, QStringLiteral("Still there?")).ok());
        });
        QElapsedTimer timer;
        timer.start();
        const Answer a = call(QStringLiteral("GET"),
                              QStringLiteral("/desk/conversations/c-poll/messages?after=0&wait=5&"
                                             "state=accepted"),
                              {}, deskKey, 6000);
        QCOMPARE(a.status, 200);
        QVERIFY2(timer.elapsed() >= 150 && timer.elapsed() < 1500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(a.json.value(QStringLiteral("messages"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("Still there?")));
    }

    void longPollIsBounded()
    {
        AgentDeskOptions o = defaultOptions();
        o.maxWait = std::chrono::milliseconds(300);
        m_desk = std::make_unique<AgentDesk>(o);
        QVERIFY(m_desk->listen(0).ok());
        queue(QStringLiteral("c-b"));
        QElapsedTimer timer;
        timer.start();
        const Answer a = call(QStringLiteral("GET"),
                              QStringLiteral("/desk/conversations/c-b/messages?after=0&wait=30"));
        QCOMPARE(a.status, 200);
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 1000,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(a.json.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        // Closing wakes a waiting poll at once, long before the bound (here 10 s).
        o.maxWait = std::chrono::milliseconds(10000);
        m_desk = std::make_unique<AgentDesk>(o);
        QVERIFY(m_desk->listen(0).ok());
        queue(QStringLiteral("c-b"));
        QTimer::singleShot(100, m_desk.get(),
                           [this] { QVERIFY(m_desk->closeTransfer(QStringLiteral("1")).ok()); });
        timer.restart();
        const Answer woken
                = call(QStringLiteral("GET"),
                       QStringLiteral("/desk/conversations/c-b/messages?after=0&wait=30"), {},
                       deskKey, 12000);
        QCOMPARE(woken.json.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void queuesAreBounded()
    {
        AgentDeskOptions o = defaultOptions();
        o.maxQueuedPerSkill = 2;
        o.maxOpenTransfers = 3;
        m_desk = std::make_unique<AgentDesk>(o);
        QVERIFY(m_desk->listen(0).ok());
        QVERIFY(!queue(QStringLiteral("a")).isEmpty());
        QVERIFY(!queue(QStringLiteral("b")).isEmpty());
        const Answer full
                = call(QStringLiteral("POST"), escalationPath(), transferBody(QStringLiteral("c")));
        QCOMPARE(full.status, 429);
        QCOMPARE(full.message(),
                 QStringLiteral("the queue of skill human is full (2 transfers wait)"));
        QVERIFY(!queue(QStringLiteral("d"), QStringLiteral("2")).isEmpty());
        const Answer desk = call(QStringLiteral("POST"), escalationPath(),
                                 transferBody(QStringLiteral("e"), QStringLiteral("2")));
        QCOMPARE(desk.status, 503);
    }

    void agentSideWithoutHttp()
    {
        const QString id = queue(QStringLiteral("c-api"));
        QCOMPARE(m_desk->sendMessage(id, QStringLiteral("early")).error().message,
                 QStringLiteral("transfer 1 is queued: accept it before writing"));
        const auto accepted = m_desk->accept(id);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->state, DeskTransfer::State::Accepted);
        const auto message = m_desk->sendMessage(id, QStringLiteral("Hi"));
        QVERIFY(message.ok());
        QCOMPARE(message->text, QStringLiteral("Hi"));
        QVERIFY(message->seq > 0);
        QCOMPARE(m_desk->transfer(id)->messages.size(), 1);
        QVERIFY(m_desk->closeTransfer(id).ok());
        QCOMPARE(m_desk->closeTransfer(id).error().message,
                 QStringLiteral("transfer 1 is closed already"));
        QCOMPARE(m_desk->accept(QStringLiteral("x")).error().message,
                 QStringLiteral("there is no transfer x"));
    }

    void malformedAndOversizedRequests()
    {
        const QByteArray garbage = raw(m_desk->port(), "GARBAGE\r\n\r\n");
        QVERIFY2(garbage.startsWith("HTTP/1.1 400 Bad Request\r\n"), garbage.constData());
        QVERIFY(garbage.contains("Connection: close"));
        QVERIFY(garbage.contains("not valid HTTP"));
        // A request line and then nonsense: QHttpServer closes, nothing breaks.
        raw(m_desk->port(), "GET /desk/transfers HTTP/1.1\r\nno colon here\r\n\r\n", 500);

        QByteArray big = "POST " + escalationPath().toUtf8() + " HTTP/1.1\r\nHost: x\r\n"
                         + "Authorization: " + deskKey.toUtf8()
                         + "\r\nContent-Length: 2000000\r\n\r\n" + QByteArray(1100000, 'x');
        const QByteArray oversized = raw(m_desk->port(), big);
        QVERIFY2(oversized.startsWith("HTTP/1.1 413 Payload Too Large\r\n"),
                 oversized.left(200).constData());

        QByteArray headers = "GET /desk/transfers HTTP/1.1\r\nHost: x\r\nX-Big: "
                             + QByteArray(100 * 1024, 'h') + "\r\n\r\n";
        QVERIFY(raw(m_desk->port(), headers)
                        .startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"));

        // And the desk answers as before.
        QCOMPARE(call(QStringLiteral("GET"), QStringLiteral("/desk/transfers")).status, 200);
    }

    void survivesAThousandBadRequests()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        const QByteArray key = deskKey.toUtf8();
        const QByteArray valid = "POST " + escalationPath().toUtf8()
                                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + key
                                 + "\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(transferBody(QStringLiteral("f")).size())
                                 + "\r\n\r\n" + transferBody(QStringLiteral("f"));
        const auto randomBytes = [&random](int max) {
            QByteArray b(1 + random.bounded(max), Qt::Uninitialized);
            for (char &c : b)
                c = char(random.bounded(256));
            return b;
        };
        const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"};
        const QList<QByteArray> paths{"/",
                                      "/desk",
                                      "/desk/transfers",
                                      "/desk/transfers/1/accept",
                                      "/desk/transfers/%00/close",
                                      "/desk/conversations//messages",
                                      "/botservice-0.1/botcentral/livePersonAgent",
                                      "/../../etc"};

        int failures = 0;
        QStringList report;
        constexpr int batch = 25;
        for (int start = 0; start < 1000; start += batch) {
            struct Probe
            {
                std::unique_ptr<QTcpSocket> socket;
                QByteArray answer;
                QByteArray expected; ///< the status line prefix a well-formed request must get
                int kind = 0;
            };
            std::vector<Probe> probes(batch);
            for (int i = 0; i < batch; ++i) {
                Probe &p = probes[i];
                p.kind = (start + i) % 8;
                QByteArray bytes;
                switch (p.kind) {
                case 0: // random bytes
                    bytes = randomBytes(2000);
                    break;
                case 1: // a valid request cut anywhere
                    bytes = valid.left(random.bounded(valid.size()));
                    break;
                case 2: // huge header
                    bytes = "GET /desk/transfers HTTP/1.1\r\nHost: x\r\nX-Big: "
                            + QByteArray(100 * 1024 + random.bounded(50000), 'h') + "\r\n\r\n";
                    p.expected = "HTTP/1.1 431";
                    break;
                case 3: { // bad JSON with the right key
                    const QByteArray body = randomBytes(300).replace('\0', ' ');
                    bytes = "POST " + escalationPath().toUtf8()
                            + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + key
                            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                            + body;
                    p.expected = "HTTP/1.1 4";
                    break;
                }
                case 4: { // random method and path with the key
                    const QByteArray path = paths.at(random.bounded(paths.size()));
                    bytes = methods.at(random.bounded(methods.size())) + ' ' + path
                            + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + key
                            + "\r\nContent-Length: 0\r\n\r\n";
                    p.expected = "HTTP/1.1 ";
                    break;
                }
                case 5: // wrong key
                    bytes = "GET /desk/transfers HTTP/1.1\r\nHost: x\r\nAuthorization: "
                            + randomBytes(40).toHex() + "\r\n\r\n";
                    p.expected = "HTTP/1.1 401";
                    break;
                case 6: // not HTTP
                    bytes = "GARBAGE " + randomBytes(50).toHex() + "\r\n\r\n";
                    p.expected = "HTTP/1.1 400";
                    break;
                default: // a request line and nothing more
                    bytes = "POST /desk/transfers/1/messages HTTP/1.1\r\n";
                    break;
                }
                p.socket = std::make_unique<QTcpSocket>();
                p.socket->connectToHost(QHostAddress::LocalHost, m_desk->port());
                QTcpSocket *s = p.socket.get();
                QObject::connect(s, &QTcpSocket::connected, s, [s, bytes] { s->write(bytes); });
                QObject::connect(s, &QTcpSocket::readyRead, s,
                                 [s, &p] { p.answer += s->readAll(); });
            }
            // Wait for what must come; the rest is dropped.
            std::ignore = QTest::qWaitFor(
                    [&] {
                        for (const Probe &p : probes) {
                            if (!p.expected.isEmpty() && !p.answer.contains("\r\n\r\n"))
                                return false;
                        }
                        return true;
                    },
                    3000);
            for (Probe &p : probes) {
                if (!p.expected.isEmpty() && !p.answer.startsWith(p.expected)) {
                    ++failures;
                    report.append(QStringLiteral("kind %1: %2")
                                          .arg(p.kind)
                                          .arg(QString::fromLatin1(p.answer.left(60))));
                }
                p.socket->abort();
            }
        }
        QVERIFY2(failures == 0, qPrintable(report.mid(0, 10).join(QLatin1Char('\n'))));

        // Still answering, correctly.
        const Answer list = call(QStringLiteral("GET"), QStringLiteral("/desk/transfers"));
        QCOMPARE(list.status, 200);
        const Answer posted = call(QStringLiteral("POST"), escalationPath(),
                                   transferBody(QStringLiteral("after-fuzz")));
        QCOMPARE(posted.status, 200);
        const QString id = posted.json.value(QStringLiteral("transferId")).toString();
        QCOMPARE(call(QStringLiteral("POST"), QStringLiteral("/desk/transfers/%1/accept").arg(id))
                         .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestAgentDesk)
#include "tst_agentdesk.moc"
