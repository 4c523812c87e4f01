// The cloud's HTTP routes and WebSockets with bad input, on real sockets: every bad request
// gets a clear answer, bounds hold, and nothing a client sends harms the others.

#include "agentclient.h"
#include "agentdesk.h"
#include "cloudtesting.h"
#include "consumerclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace dialogsmith::cloud;
using namespace dialogsmith::cloud::testing;

namespace {

const QString kAccount = QStringLiteral("12345678");

/// A raw WebSocket that keeps every frame it receives.
struct RawSocket
{
    explicit RawSocket(const QUrl &url, const QByteArray &authorization = {})
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        socket.open(request);
    }
    bool waitOpen()
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                               5000);
    }
    void send(const QJsonObject &frame)
    {
        socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    /// The answer to request `id`, waiting for it.
    QJsonObject answer(const QString &id)
    {
        QJsonObject found;
        std::ignore = QTest::qWaitFor(
                [&] {
                    for (const QJsonObject &f : std::as_const(frames)) {
                        if (f.value("kind") == QLatin1String("resp") && f.value("reqId") == id) {
                            found = f;
                            return true;
                        }
                    }
                    return false;
                },
                5000);
        return found;
    }
    int count(int code) const
    {
        return int(std::count_if(frames.begin(), frames.end(), [&](const QJsonObject &f) {
            return f.value("kind") == QLatin1String("resp") && f.value("code").toInt() == code;
        }));
    }

    QWebSocket socket;
    QList<QJsonObject> frames;
};

QJsonObject req(const QString &id, const QString &type, const QJsonValue &body = QJsonObject{})
{
    return {{"kind", "req"}, {"id", id}, {"type", type}, {"body", body}};
}

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QList<QNetworkReply::RawHeaderPair> headers;
};

HttpAnswer post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply
            = url.path().endsWith(".json") ? network.get(request) : network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    HttpAnswer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeaderPairs()};
    reply->deleteLater();
    return a;
}

} // namespace

class tst_CloudServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csdsListsThisServerForEveryService();
    void loginAnswersWhatIsWrong();
    void refreshKeepsALoginAlive();
    void agentSocketWithABadBearerIsClosedWith4401();
    void expiredLoginClosesTheSocketWith4401();
    void badFramesGetAnswersAndTheConnectionStays();
    void thousandBrokenFramesLeaveEveryoneElseServed();
    void consumerMustAuthenticateFirst();
    void consumerHeaderAuthenticationWorksToo();
    void oversizedFramesCloseOnlyThatConnection();
    void floodsAreAnswered429();
    void connectionsAreBounded();
    void conversationsAreKeptForTheTranscriptFile();
    void escalationsOfOtherConversationsGoToTheHostedDesk();
    void handedOverConversationsJoinTheAccount();
    void pagesAreServedWithAStrictPolicy_data();
    void pagesAreServedWithAStrictPolicy();
    void unknownAccountsAndAddressesGetAClearPage();
    void skillsAreListedForALoggedInAgent();

private:
    /// A GET without following redirects: status, headers (lower-case names), body.
    struct Page
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    Page get(const QString &path, const QByteArray &authorization = {})
    {
        QNetworkRequest request(http(path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        Page p;
        p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[k, v] : reply->rawHeaderPairs())
            p.headers.insert(k.toLower(), v);
        p.body = reply->readAll();
        reply->deleteLater();
        return p;
    }

    QUrl ws(const QString &path) const
    {
        return QUrl(QStringLiteral("ws://%1%2").arg(m_cloud->hostPort(), path));
    }
    QUrl http(const QString &path) const { return QUrl(m_cloud->baseUrl().toString() + path); }
    void start(CloudOptions options = cloudOptions());

    std::unique_ptr<CloudServer> m_cloud;
    QNetworkAccessManager m_network;
};

void tst_CloudServer::init()
{
    start();
}

void tst_CloudServer::start(CloudOptions options)
{
    m_cloud = std::make_unique<CloudServer>(std::move(options));
    m_cloud->setAccount(seedAccount());
    QVERIFY(m_cloud->listen().ok());
}

void tst_CloudServer::pagesAreServedWithAStrictPolicy_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("visitor page") << "/visitor/?siteid=12345678"
                                  << QByteArray("text/html; charset=utf-8")
                                  << QByteArray("id=\"live-chat\"");
    QTest::newRow("agent console") << "/agent/" << QByteArray("text/html; charset=utf-8")
                                   << QByteArray("id=\"login-form\"");
    QTest::newRow("script") << "/visitor/visitor.js" << QByteArray("text/javascript; charset=utf-8")
                            << QByteArray("InitConnection");
    QTest::newRow("stylesheet") << "/web/common/chat.css" << QByteArray("text/css; charset=utf-8")
                                << QByteArray(".bubble");
    QTest::newRow("json-pollock") << "/web/lib/json-pollock.global.no_validation.min.js"
                                  << QByteArray("text/javascript; charset=utf-8")
                                  << QByteArray("JsonPollock");
    QTest::newRow("json-pollock css")
            << "/web/lib/json-pollock.min.css" << QByteArray("text/css; charset=utf-8")
            << QByteArray("lp-json-pollock");
}

void tst_CloudServer::pagesAreServedWithAStrictPolicy()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, contains);
    const Page p = get(path);
    QCOMPARE(p.status, 200);
    QCOMPARE(p.headers.value("content-type"), type);
    QVERIFY(p.body.contains(contains));
    const QByteArray csp = p.headers.value("content-security-policy");
    for (const QByteArray &part :
         {QByteArray("default-src 'self'"), QByteArray("script-src 'self'"),
          QByteArray("style-src 'self'"), QByteArray("object-src 'none'"),
          QByteArray("frame-ancestors 'none'"),
          "connect-src 'self' ws://127.0.0.1:" + QByteArray::number(m_cloud->port())})
        QVERIFY2(csp.contains(part), csp.constData());
    QVERIFY2(!csp.contains("unsafe"), csp.constData());
    QCOMPARE(p.headers.value("x-content-type-options"), QByteArray("nosniff"));
    // No inline script or style, no inline handler in the pages themselves.
    if (type.startsWith("text/html")) {
        QVERIFY(!p.body.contains("<script>"));
        QVERIFY(!p.body.contains("<style"));
        QVERIFY(!p.body.contains("style="));
        QVERIFY(!QRegularExpression(QStringLiteral("\\son[a-z]+="))
                         .match(QString::fromUtf8(p.body))
                         .hasMatch());
    }
}

void tst_CloudServer::unknownAccountsAndAddressesGetAClearPage()
{
    Page p = get("/visitor/?siteid=999");
    QCOMPARE(p.status, 404);
    QVERIFY(p.headers.value("content-type").startsWith("text/html"));
    QVERIFY2(p.body.contains("No account 999 here"), p.body.constData());
    QVERIFY(p.body.contains("/visitor/?siteid=12345678"));
    QVERIFY(p.headers.value("content-security-policy").contains("default-src 'self'"));
    // What the visitor gave is text on that page.
    p = get("/visitor/?siteid=%3Cscript%3Ealert(1)%3C/script%3E");
    QCOMPARE(p.status, 404);
    QVERIFY(!p.body.contains("<script>alert"));
    QVERIFY(p.body.contains("&lt;script&gt;"));
    QCOMPARE(get("/visitor/").status, 404); // no siteid
    p = get("/visitor?siteid=12345678");
    QCOMPARE(p.status, 301);
    QCOMPARE(p.headers.value("location"), QByteArray("/visitor/?siteid=12345678"));
    // No listing, nothing outside the files, nothing but GET.
    for (const char *path : {"/web/lib/", "/web/common", "/web/", "/visitor/missing.js",
                             "/web/common/..%2Fvisitor%2Findex.html", "/web/other/chat.css",
                             "/agent/.hidden", "/visitor/a/b"}) {
        p = get(QString::fromLatin1(path));
        QVERIFY2(p.status == 404, path);
        QVERIFY2(p.headers.value("content-type").startsWith("text/html"), path);
    }
    QCOMPARE(post(m_network, http("/agent/"), "{}").status, 405);
}

void tst_CloudServer::skillsAreListedForALoggedInAgent()
{
    QCOMPARE(get("/api/account/12345678/configuration/le-users/skills").status, 401);
    QCOMPARE(get("/api/account/12345678/configuration/le-users/skills", "Bearer nonsense").status,
             401);
    const QString bearer = m_cloud->issueBearer(kAccount, QStringLiteral("2"));
    const Page p = get("/api/account/12345678/configuration/le-users/skills",
                       "Bearer " + bearer.toLatin1());
    QCOMPARE(p.status, 200);
    const QJsonArray skills = QJsonDocument::fromJson(p.body).array();
    QCOMPARE(skills.size(), seedAccount().skills.size());
    QCOMPARE(skills.first().toObject().value("name").toString(), seedAccount().skills.first().name);
    QCOMPARE(skills.first().toObject().value("id").toInteger(), seedAccount().skills.first().id);
}

void tst_CloudServer::cleanup()
{
    m_cloud.reset();
}

void tst_CloudServer::csdsListsThisServerForEveryService()
{
    const HttpAnswer a
            = post(m_network, http("/api/account/12345678/service/baseURI.json?version=1.0"), {});
    QCOMPARE(a.status, 200);
    QStringList services;
    for (const QJsonValue &v : a.body.value("baseURIs").toArray()) {
        services.append(v.toObject().value("service").toString());
        QCOMPARE(v.toObject().value("baseURI").toString(), m_cloud->hostPort());
    }
    QVERIFY(services.contains("agentVep"));
    QVERIFY(services.contains("asyncMessagingEnt"));
    QVERIFY(services.contains("facadeMsg"));
    QCOMPARE(post(m_network, http("/api/account/12x/service/baseURI.json"), {}).status, 400);
}

void tst_CloudServer::loginAnswersWhatIsWrong()
{
    const QUrl login = http("/api/account/12345678/login?v=1.3");
    HttpAnswer a = post(m_network, login, R"({"username":"ana","password":"ana-password"})");
    QCOMPARE(a.status, 200);
    QVERIFY(!a.body.value("bearer").toString().isEmpty());
    QVERIFY(!a.body.value("csrf").toString().isEmpty());
    QCOMPARE(a.body.value("config").toObject().value("userId").toString(), QStringLiteral("2"));
    QCOMPARE(a.body.value("config").toObject().value("userTypeId").toInt(), 1);

    a = post(m_network, login, R"({"username":"ana","password":"nope"})");
    QCOMPARE(a.status, 401);
    QCOMPARE(a.body.value("error").toString(), QStringLiteral("wrong password for ana"));
    a = post(m_network, login, R"({"username":"nobody","password":"x"})");
    QCOMPARE(a.status, 401);
    QVERIFY(a.body.value("error").toString().startsWith("unknown login name 'nobody'"));
    a = post(m_network, http("/api/account/999/login?v=1.3"),
             R"({"username":"ana","password":"x"})");
    QCOMPARE(a.status, 404);
    QVERIFY(a.body.value("error").toString().startsWith("no such account"));
    a = post(m_network, login, R"({"username":"routing-bot","password":"x"})");
    QCOMPARE(a.status, 401);
    QVERIFY(a.body.value("error").toString().contains("is a Bot user"));
    a = post(m_network, login, R"({"username":"ana"})");
    QCOMPARE(a.status, 400);
    a = post(m_network, login, "this is not json");
    QCOMPARE(a.status, 400);

    const OAuthKeys k = keysOf("routing-bot");
    const QJsonObject oauth{{"username", "routing-bot"},
                            {"appKey", k.appKey},
                            {"secret", k.secret},
                            {"accessToken", k.accessToken},
                            {"accessTokenSecret", k.accessTokenSecret}};
    a = post(m_network, login, QJsonDocument(oauth).toJson());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.value("config").toObject().value("userTypeId").toInt(), 2);
    QJsonObject wrong = oauth;
    wrong.insert("secret", "0000000000000000");
    a = post(m_network, login, QJsonDocument(wrong).toJson());
    QCOMPARE(a.status, 401);
    QVERIFY2(a.body.value("error").toString().contains("refused"),
             qPrintable(a.body.value("error").toString()));
    QJsonObject noKeys = oauth;
    noKeys.insert("username", "ana");
    a = post(m_network, login, QJsonDocument(noKeys).toJson());
    QCOMPARE(a.status, 401);
}

void tst_CloudServer::refreshKeepsALoginAlive()
{
    HttpAnswer a = post(m_network, http("/api/account/12345678/login?v=1.3"),
                        R"({"username":"ben","password":"ben-password"})");
    QCOMPARE(a.status, 200);
    const QString csrf = a.body.value("csrf").toString();
    // The cookie jar of the network access manager carries the session cookie.
    a = post(m_network, http("/api/account/12345678/refresh?v=1.3"),
             QJsonDocument(QJsonObject{{"csrf", csrf}}).toJson());
    QCOMPARE(a.status, 200);
    a = post(m_network, http("/api/account/12345678/refresh?v=1.3"), R"({"csrf":"forged"})");
    QCOMPARE(a.status, 401);
    QNetworkAccessManager stranger; // no cookie
    a = post(stranger, http("/api/account/12345678/refresh?v=1.3"),
             QJsonDocument(QJsonObject{{"csrf", csrf}}).toJson());
    QCOMPARE(a.status, 401);
}

void tst_CloudServer::agentSocketWithABadBearerIsClosedWith4401()
{
    RawSocket raw(ws("/ws_api/account/12345678/messaging/brand/not-a-bearer?v=2.1"));
    QVERIFY(raw.waitClosed());
    QCOMPARE(int(raw.socket.closeCode()), 4401);
    // A valid bearer of another account is not valid here either.
    m_cloud->setAccount([] {
        Account other = seedAccount();
        other.id = QStringLiteral("777");
        return other;
    }());
    const QString bearer = m_cloud->issueBearer("777", "2");
    RawSocket cross(ws("/ws_api/account/12345678/messaging/brand/" + bearer + "?v=2.1"));
    QVERIFY(cross.waitClosed());
    QCOMPARE(int(cross.socket.closeCode()), 4401);
    RawSocket nowhere(ws("/ws_api/nothing/here"));
    QVERIFY(nowhere.waitClosed());
    QCOMPARE(int(nowhere.socket.closeCode()), int(QWebSocketProtocol::CloseCodePolicyViolated));
}

void tst_CloudServer::expiredLoginClosesTheSocketWith4401()
{
    CloudOptions options = cloudOptions();
    options.tokenLifetime = std::chrono::seconds(1);
    start(options);
    const QString bearer = m_cloud->issueBearer(kAccount, "2");
    RawSocket raw(ws("/ws_api/account/12345678/messaging/brand/" + bearer + "?v=2.1"));
    QVERIFY(raw.waitOpen());
    raw.send(req("1", ".GetClock"));
    QCOMPARE(raw.answer("1").value("code").toInt(), 200);
    QTest::qWait(1200);
    raw.send(req("2", ".GetClock"));
    QCOMPARE(raw.answer("2").value("code").toInt(), 401);
    QVERIFY(raw.waitClosed());
    QCOMPARE(int(raw.socket.closeCode()), 4401);
}

void tst_CloudServer::badFramesGetAnswersAndTheConnectionStays()
{
    const QString bearer = m_cloud->issueBearer(kAccount, "2");
    RawSocket raw(ws("/ws_api/account/12345678/messaging/brand/" + bearer + "?v=2.1"));
    QVERIFY(raw.waitOpen());

    raw.send(req("1", ".ams.NoSuchThing"));
    QJsonObject a = raw.answer("1");
    QCOMPARE(a.value("code").toInt(), 400);
    QVERIFY(a.value("body").toObject().value("message").toString().contains(
            "unknown request type"));

    raw.socket.sendTextMessage("{not json");
    QTRY_COMPARE(raw.count(400), 2);
    QVERIFY(raw.frames.last().value("body").toObject().value("message").toString().contains(
            "not valid JSON"));

    raw.send(req("3", ".ams.ms.PublishEvent", QJsonObject{{"event", QJsonObject{}}}));
    a = raw.answer("3");
    QCOMPARE(a.value("code").toInt(), 400);
    QVERIFY(a.value("body").toObject().value("message").toString().contains("dialogId"));

    raw.send(req("4", ".ams.routing.SetAgentState", QJsonObject{{"availability", "SLEEPY"}}));
    QCOMPARE(raw.answer("4").value("code").toInt(), 400);
    raw.send(req("5", ".ams.routing.UpdateRingState",
                 QJsonObject{{"ringId", "x"}, {"ringState", "ACCEPTED"}}));
    QCOMPARE(raw.answer("5").value("code").toInt(), 404);
    raw.send(req("6", ".ams.cm.UpdateConversationField",
                 QJsonObject{{"conversationId", "nope"},
                             {"conversationField", QJsonArray{QJsonObject{{"field", "Skill"}}}}}));
    QCOMPARE(raw.answer("6").value("code").toInt(), 404);
    raw.send(QJsonObject{{"kind", "req"}, {"type", ".GetClock"}});
    QTRY_COMPARE(raw.count(400), 5);

    // Still connected and answering.
    raw.send(req("7", ".GetClock"));
    QCOMPARE(raw.answer("7").value("code").toInt(), 200);
    QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);
}

void tst_CloudServer::thousandBrokenFramesLeaveEveryoneElseServed()
{
    const QString bearer = m_cloud->issueBearer(kAccount, "2");
    RawSocket bad(ws("/ws_api/account/12345678/messaging/brand/" + bearer + "?v=2.1"));
    RawSocket badConsumer(ws("/ws_api/account/12345678/messaging/consumer?v=3"));
    QVERIFY(bad.waitOpen());
    QVERIFY(badConsumer.waitOpen());
    const QStringList garbage{"",
                              "null",
                              "[]",
                              "{\"kind\":\"req\"}",
                              "\x01\x02",
                              "{\"id\":5}",
                              "{\"kind\":\"resp\",\"id\":\"1\"}",
                              QString(300, u'{'),
                              "{\"kind\":\"req\",\"id\":\"1\",\"type\":7}"};
    for (int i = 0; i < 1000; ++i) {
        bad.socket.sendTextMessage(garbage[i % garbage.size()]);
        badConsumer.socket.sendTextMessage(garbage[(i + 3) % garbage.size()]);
        if (i % 100 == 0)
            QCoreApplication::processEvents();
    }

    // A well-behaved consumer and agent are served meanwhile.
    auto consumer = std::make_unique<ConsumerClient>(CloudEndpoint{m_cloud->hostPort(), false, {}},
                                                     kAccount, &m_network);
    QSignalSpy connected(consumer.get(), &ConsumerClient::connectedToCloud);
    consumer->connectToCloud();
    QVERIFY(connected.wait(10000));
    int code = 0;
    consumer->requestConversation([&](int c, const QJsonValue &) { code = c; });
    QTRY_COMPARE(code, 200);
    AgentClient ben({m_cloud->hostPort(), false, {}}, {kAccount, "ben", "ben-password", {}},
                    &m_network);
    QSignalSpy benConnected(&ben, &AgentClient::connectedToCloud);
    ben.connectToCloud();
    QVERIFY(benConnected.wait(10000));
    int clock = 0;
    ben.request(".GetClock", QJsonObject{}, [&](int c, const QJsonValue &) { clock = c; });
    QTRY_COMPARE(clock, 200);
    // Every broken frame got an answer (bad request or too many requests), none was ignored.
    QTRY_COMPARE(bad.count(400) + bad.count(429), 1000);
}

void tst_CloudServer::consumerMustAuthenticateFirst()
{
    RawSocket raw(ws("/ws_api/account/12345678/messaging/consumer?v=3"));
    QVERIFY(raw.waitOpen());
    raw.send(req("1", "cm.ConsumerRequestConversation", QJsonObject{{"brandId", kAccount}}));
    QCOMPARE(raw.answer("1").value("code").toInt(), 401);
    QJsonObject init = req("2", "InitConnection");
    init.insert("headers", QJsonArray{QJsonObject{{"type", ".ams.headers.ConsumerAuthentication"},
                                                  {"jwt", "a.b.c"}}});
    raw.send(init);
    QCOMPARE(raw.answer("2").value("code").toInt(), 401);
    QVERIFY(raw.waitClosed());
    QCOMPARE(int(raw.socket.closeCode()), 4401);

    // With a real JWT it works, in the frame as a browser sends it.
    const QString jwt = m_cloud->issueConsumerJwt(kAccount);
    RawSocket good(ws("/ws_api/account/12345678/messaging/consumer?v=3"));
    QVERIFY(good.waitOpen());
    init.insert("headers", QJsonArray{QJsonObject{{"type", ".ams.headers.ConsumerAuthentication"},
                                                  {"jwt", jwt}}});
    good.send(init);
    QCOMPARE(good.answer("2").value("code").toInt(), 200);
    good.send(req("3", "cm.ConsumerRequestConversation", QJsonObject{{"brandId", kAccount}}));
    QCOMPARE(good.answer("3").value("code").toInt(), 200);
    // A second open conversation is refused; the first is named.
    good.send(req("4", "cm.ConsumerRequestConversation", QJsonObject{{"brandId", kAccount}}));
    QCOMPARE(good.answer("4").value("code").toInt(), 409);
    // A JWT of another account does not open this one.
    QVERIFY(m_cloud->verifyConsumerJwt("777", jwt).isEmpty());
}

void tst_CloudServer::consumerHeaderAuthenticationWorksToo()
{
    const QString jwt = m_cloud->issueConsumerJwt(kAccount);
    RawSocket raw(ws("/ws_api/account/12345678/messaging/consumer?v=3"), "jwt " + jwt.toLatin1());
    QVERIFY(raw.waitOpen());
    raw.send(req("1", "GetClock"));
    QCOMPARE(raw.answer("1").value("code").toInt(), 200);
    RawSocket forged(ws("/ws_api/account/12345678/messaging/consumer?v=3"), "jwt x.y.z");
    QVERIFY(forged.waitClosed());
    QCOMPARE(int(forged.socket.closeCode()), 4401);
}

void tst_CloudServer::oversizedFramesCloseOnlyThatConnection()
{
    CloudOptions options = cloudOptions();
    options.maxFrameBytes = 4096;
    start(options);
    const QString jwt = m_cloud->issueConsumerJwt(kAccount);
    RawSocket big(ws("/ws_api/account/12345678/messaging/consumer?v=3"), "jwt " + jwt.toLatin1());
    RawSocket small(ws("/ws_api/account/12345678/messaging/consumer?v=3"), "jwt " + jwt.toLatin1());
    QVERIFY(big.waitOpen());
    QVERIFY(small.waitOpen());
    big.socket.sendTextMessage(QString(10000, u'x'));
    QVERIFY(big.waitClosed());
    QCOMPARE(int(big.socket.closeCode()), int(QWebSocketProtocol::CloseCodeTooMuchData));
    small.send(req("1", "GetClock"));
    QCOMPARE(small.answer("1").value("code").toInt(), 200);
}

void tst_CloudServer::floodsAreAnswered429()
{
    CloudOptions options = cloudOptions();
    options.consumerRequestsPerSecond = 20;
    start(options);
    const QString jwt = m_cloud->issueConsumerJwt(kAccount);
    RawSocket raw(ws("/ws_api/account/12345678/messaging/consumer?v=3"), "jwt " + jwt.toLatin1());
    QVERIFY(raw.waitOpen());
    for (int i = 0; i < 100; ++i)
        raw.send(req(QString::number(i), "GetClock"));
    QTRY_COMPARE(raw.count(200) + raw.count(429), 100);
    QVERIFY2(raw.count(429) >= 50, qPrintable(QString::number(raw.count(429))));
    QVERIFY(raw.count(200) >= 40); // the burst allowance
    QTest::qWait(300);
    raw.send(req("after", "GetClock"));
    QCOMPARE(raw.answer("after").value("code").toInt(), 200);
}

void tst_CloudServer::connectionsAreBounded()
{
    CloudOptions options = cloudOptions();
    options.maxConnections = 4;
    start(options);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, m_cloud->port());
        QVERIFY(held.back()->waitForConnected(2000));
    }
    QTest::qWait(100);
    QTcpSocket extra;
    extra.connectToHost(QHostAddress::LocalHost, m_cloud->port());
    QVERIFY(extra.waitForConnected(2000));
    extra.write("GET /api/account/12345678/service/baseURI.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(extra.bytesAvailable() > 0 || extra.state() == QAbstractSocket::UnconnectedState);
    QVERIFY(extra.readAll().startsWith("HTTP/1.1 503"));
    held.clear();
    QTest::qWait(1500); // the guard notices closed connections
    QCOMPARE(post(m_network, http("/api/account/12345678/service/baseURI.json"), {}).status, 200);
}

void tst_CloudServer::conversationsAreKeptForTheTranscriptFile()
{
    ConsumerClient consumer({m_cloud->hostPort(), false, {}}, kAccount, &m_network);
    QSignalSpy connected(&consumer, &ConsumerClient::connectedToCloud);
    consumer.connectToCloud();
    QVERIFY(connected.wait(5000));
    consumer.requestConversation();
    QTRY_VERIFY(!consumer.conversationId().isEmpty());
    consumer.publishText("hello <b>there</b>");
    QTRY_COMPARE(consumer.events().size(), 2); // the queue notice (nobody online) and the text
    const QJsonObject all = m_cloud->brand(kAccount)->toJson();
    const QJsonArray conversations = all.value("conversations").toArray();
    QCOMPARE(conversations.size(), 1);
    const QJsonObject c = conversations.first().toObject();
    QCOMPARE(c.value("id").toString(), consumer.conversationId());
    QCOMPARE(c.value("skillName").toString(), QStringLiteral("routing-bot"));
    const QJsonArray events = c.value("events").toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].toObject().value("event").toObject().value("message").toString(),
             QStringLiteral("hello <b>there</b>"));
    QCOMPARE(events[1].toObject().value("role").toString(), QStringLiteral("CONSUMER"));
    QCOMPARE(events[1].toObject().value("sequence").toInt(), 2);
}

void tst_CloudServer::escalationsOfOtherConversationsGoToTheHostedDesk()
{
    CloudOptions options = cloudOptions();
    options.deskKey = QStringLiteral("desk-key-for-the-studio-preview");
    start(options);
    const QUrl endpoint = http("/botservice-0.1/botcentral/livePersonAgent");
    const QByteArray body = R"({"userPlatformId":"u1","chatBotId":"b1","message":"Hold on",)"
                            R"("conversationId":"preview-conversation","agentSkillName":"human",)"
                            R"("agentSkillId":"1002"})";
    // A conversation the cloud does not have, with the desk's key: the desk queues it.
    HttpAnswer a = post(m_network, endpoint, body,
                        {{"Authorization", "desk-key-for-the-studio-preview"}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.value("status").toString(), QStringLiteral("queued"));
    QCOMPARE(m_cloud->desk()->transfers().size(), 1);
    // The desk's own routes answer on the cloud's port.
    QNetworkRequest list(http("/desk/transfers"));
    list.setRawHeader("Authorization", "desk-key-for-the-studio-preview");
    QNetworkReply *reply = m_network.get(list);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    // Neither the account's key nor the desk's: refused.
    a = post(m_network, endpoint, body, {{"Authorization", "wrong"}});
    QCOMPARE(a.status, 401);

    // A conversation of the cloud with the account's API key: transferred there, not queued
    // on the desk.
    ConsumerClient consumer({m_cloud->hostPort(), false, {}}, kAccount, &m_network);
    QSignalSpy connected(&consumer, &ConsumerClient::connectedToCloud);
    consumer.connectToCloud();
    QVERIFY(connected.wait(5000));
    consumer.requestConversation();
    QTRY_VERIFY(!consumer.conversationId().isEmpty());
    QByteArray own = body;
    own.replace("preview-conversation", consumer.conversationId().toLatin1());
    a = post(m_network, endpoint, own,
             {{"Authorization", seedSecrets().value("lpApiKey").toLatin1()}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.value("status").toString(), QStringLiteral("transferred"));
    QCOMPARE(m_cloud->brand(kAccount)->conversation(consumer.conversationId())->skillId, 1002);
    QCOMPARE(m_cloud->desk()->transfers().size(), 1);
    // An unknown skill is refused with 422, as the desk does.
    own.replace("\"1002\"", "\"4242\"");
    a = post(m_network, endpoint, own,
             {{"Authorization", seedSecrets().value("lpApiKey").toLatin1()}});
    QCOMPARE(a.status, 422);
}

void tst_CloudServer::handedOverConversationsJoinTheAccount()
{
    // What the studio's preview sends: its conversation so far, with the desk's key.
    CloudOptions options = cloudOptions();
    options.deskKey = QStringLiteral("desk-key-for-the-studio-preview");
    start(options);
    const QByteArray key = "desk-key-for-the-studio-preview";
    const QUrl endpoint = http("/botservice-0.1/botcentral/livePersonAgent");
    const QByteArray body
            = R"({"userPlatformId":"u1","chatBotId":"b1","message":"Hold on",)"
              R"("conversationId":"preview-1","agentSkillName":"human","agentSkillId":"1002",)"
              R"("transcript":[{"role":"consumer","text":"hi"},{"role":"bot","text":"Hello!"},)"
              R"({"role":"consumer","text":"<b>an agent</b>"}]})";
    Brand *brand = m_cloud->brand(kAccount);
    HttpAnswer a = post(m_network, endpoint, body, {{"Authorization", "wrong"}});
    QCOMPARE(a.status, 401);
    QVERIFY(brand->conversations().isEmpty());

    a = post(m_network, endpoint, body, {{"Authorization", key}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.value("status").toString(), QStringLiteral("transferred"));
    const QString id = a.body.value("transferId").toString();
    const ConversationRecord *c = brand->conversation(id);
    QVERIFY(c);
    QVERIFY(c->open);
    QCOMPARE(c->skillId, 1002);
    QCOMPARE(brand->queue(1002), QStringList{id});
    QVERIFY(m_cloud->desk()->transfers().isEmpty());
    // The history as events: the visitor, the account's Bot user, then its transfer message.
    const QString botPid = seedAccount().userByLogin(QStringLiteral("routing-bot"))->pid;
    QStringList history;
    for (const MessagingEvent &e : brand->events(id, 0)) {
        history.append(QStringLiteral("%1 %2: %3")
                               .arg(roleName(e.role),
                                    e.originatorPid == botPid ? QStringLiteral("bot")
                                                              : QStringLiteral("other"),
                                    e.event.value("message").toString()));
    }
    // ... and, nobody being online yet, the controller's word to the visitor.
    QCOMPARE(history.size(), 5);
    QVERIFY2(history.last().startsWith(QStringLiteral("CONTROLLER other: All agents for human")),
             qPrintable(history.last()));
    QCOMPARE(history.mid(0, 4), (QStringList{QStringLiteral("CONSUMER other: hi"),
                                             QStringLiteral("ASSIGNED_AGENT bot: Hello!"),
                                             QStringLiteral("CONSUMER other: <b>an agent</b>"),
                                             QStringLiteral("ASSIGNED_AGENT bot: Hold on")}));
    QVERIFY(!c->participant(Role::AssignedAgent));

    // The desk's message route answers for it, with the desk's key only.
    const QString messages = QStringLiteral("/desk/conversations/preview-1/messages?after=0");
    QCOMPARE(get(messages, "wrong").status, 401);
    Page p = get(messages, key);
    QCOMPARE(p.status, 200);
    QJsonObject answer = QJsonDocument::fromJson(p.body).object();
    QCOMPARE(answer.value("state").toString(), QStringLiteral("queued"));
    QVERIFY(answer.value("messages").toArray().isEmpty());

    // ana takes it and answers: her words (not the bot's) come back, then the close.
    AgentClient ana({m_cloud->hostPort(), false, {}},
                    {kAccount, QStringLiteral("ana"), QStringLiteral("ana-password"), std::nullopt},
                    &m_network);
    QSignalSpy connected(&ana, &AgentClient::connectedToCloud);
    ana.connectToCloud();
    QVERIFY(connected.wait(5000));
    ana.setAgentState(QStringLiteral("ONLINE"));
    ana.subscribeRoutingTasks();
    QTRY_COMPARE(brand->waitingRings(QStringLiteral("2")).size(), 1);
    int code = 0;
    ana.updateRingState(brand->waitingRings(QStringLiteral("2")).first().id, true,
                        [&](int answerCode, const QJsonValue &) { code = answerCode; });
    QTRY_COMPARE(code, 200);
    code = 0;
    ana.publishText(id, QStringLiteral("Hi, Ana here."),
                    [&](int answerCode, const QJsonValue &) { code = answerCode; });
    QTRY_COMPARE(code, 200);
    answer = QJsonDocument::fromJson(get(messages, key).body).object();
    QCOMPARE(answer.value("state").toString(), QStringLiteral("accepted"));
    const QJsonArray replies = answer.value("messages").toArray();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).toObject().value("text").toString(), QStringLiteral("Hi, Ana here."));
    const qint64 seq = replies.at(0).toObject().value("seq").toInteger();
    QCOMPARE(seq, 6);
    answer = QJsonDocument::fromJson(
                     get(QStringLiteral("/desk/conversations/preview-1/messages?after=6"), key)
                             .body)
                     .object();
    QVERIFY(answer.value("messages").toArray().isEmpty());
    code = 0;
    ana.closeConversation(id, [&](int answerCode, const QJsonValue &) { code = answerCode; });
    QTRY_COMPARE(code, 200);
    answer = QJsonDocument::fromJson(get(messages, key).body).object();
    QCOMPARE(answer.value("state").toString(), QStringLiteral("closed"));

    // A skill no account has: the hosted desk takes the transfer, as before.
    QByteArray other = body;
    other.replace("\"1002\"", "\"1\"").replace("preview-1", "preview-2");
    a = post(m_network, endpoint, other, {{"Authorization", key}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.value("status").toString(), QStringLiteral("queued"));
    QCOMPARE(m_cloud->desk()->transfers().size(), 1);
}

QTEST_MAIN(tst_CloudServer)
#include "tst_cloudserver.moc"
