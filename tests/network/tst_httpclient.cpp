// The integration client against real servers on 127.0.0.1: a test server that answers slowly,
// with errors, redirect loops, huge or non-JSON bodies, a TLS server, and a closed port. Every
// failure must arrive as its own sentence within its timeout (300 ms here).

#include "escalationpresets.h"
#include "httpclient.h"
#include "networktesting.h"
#include "testhttpserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace dialogsmith::network;
using namespace dialogsmith::network::testing;

Q_DECLARE_METATYPE(dialogsmith::network::AddressScope)

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.port()); }

private slots:
    void buildsTheRequestAndReadsTheAnswer()
    {
        HttpClient client;
        HttpRequest r = get(m_server.url(QStringLiteral("/echo?q=1")), 2000);
        r.method = QStringLiteral("post");
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer k")},
                     {QStringLiteral("X-Trace"), QStringLiteral("t1")}};
        r.body = R"({"a": "ü"})";
        const Exchange e = exchange(client, r);
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QVERIFY(!e.calledEarly);
        QCOMPARE(e.response().status, 200);
        QCOMPARE(e.response().reason, QStringLiteral("OK"));
        const QJsonObject echo = QJsonDocument::fromJson(e.response().body).object();
        QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/echo?q=1"));
        QCOMPARE(echo.value(QStringLiteral("body")).toString(), QStringLiteral(R"({"a": "ü"})"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer k"));
        QCOMPARE(headers.value(QStringLiteral("x-trace")).toString(), QStringLiteral("t1"));
        // A JSON body without a Content-Type says what it is.
        QCOMPARE(headers.value(QStringLiteral("content-type")).toString(),
                 QStringLiteral("application/json"));
        bool hasType = false;
        for (const auto &[name, value] : e.response().headers)
            hasType = hasType
                      || name.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
        QVERIFY(hasType);
    }

    void nonJsonAnswersAreAnswers()
    {
        HttpClient client;
        const Exchange e = exchange(client, get(m_server.url(QStringLiteral("/text"))));
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QCOMPARE(e.response().body, QByteArray("plain text\n"));
    }

    void httpErrorsAreAnswersWithStatusAndFirstLine()
    {
        HttpClient client;
        for (const int status : {401, 404, 503}) {
            const Exchange e
                    = exchange(client, get(m_server.url(QStringLiteral("/status/%1").arg(status))));
            QVERIFY2(e.ok(), qPrintable(e.error()));
            QCOMPARE(e.response().status, status);
            QVERIFY(e.response().body.contains("Something broke here"));
        }
        const Exchange e = exchange(client, get(m_server.url(QStringLiteral("/status/503"))));
        QCOMPARE(dialogsmith::runtime::describeHttpFailure(e.response(), {}),
                 QStringLiteral("the server answered HTTP 503 Service Unavailable: Something "
                                "broke here"));
    }

    void refusedConnection()
    {
        HttpClient client;
        const quint16 port = closedPort();
        const Exchange e = exchange(client, get(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QCOMPARE(e.error(), QStringLiteral("could not connect to 127.0.0.1:%1: the connection was "
                                           "refused (is the server running?)")
                                    .arg(port));
        QVERIFY2(e.ms < 2000, qPrintable(QString::number(e.ms))); // at once, not a timeout
    }

    void unknownHost()
    {
        HttpClient client;
        // .invalid never resolves (RFC 6761); a resolver that does not answer at all ends in the
        // timeout instead, which says so.
        const Exchange e
                = exchange(client, get(QStringLiteral("http://no-such-host.invalid/"), 3000));
        QVERIFY(e.result);
        if (e.error().contains(QStringLiteral("did not answer within")))
            QSKIP("this machine's resolver does not answer");
        QCOMPARE(e.error(), QStringLiteral("could not find the host \"no-such-host.invalid\": the "
                                           "DNS lookup failed"));
    }

    void slowServerTimesOut()
    {
        HttpClient client;
        const Exchange e = exchange(client, get(m_server.url(QStringLiteral("/slow"))));
        QCOMPARE(e.error(), QStringLiteral("%1 did not answer within 300 ms").arg(host()));
        QVERIFY2(e.ms >= 300 && e.ms < 3000, qPrintable(QString::number(e.ms)));
    }

    void redirectLoop()
    {
        HttpClient client;
        const Exchange e = exchange(client, get(m_server.url(QStringLiteral("/loop"))));
        QCOMPARE(e.error(),
                 QStringLiteral("%1 redirected more than 5 times (a redirect loop?)").arg(host()));
    }

    void fiveRedirectsAreFollowedSixAreNot()
    {
        HttpClient client;
        const Exchange five = exchange(client, get(m_server.url(QStringLiteral("/chain/4"))));
        QVERIFY2(five.ok(), qPrintable(five.error()));
        QCOMPARE(five.response().body, QByteArray(R"({"ok": true})"));
        const Exchange six = exchange(client, get(m_server.url(QStringLiteral("/chain/5"))));
        QVERIFY(six.error().contains(QStringLiteral("redirected more than 5 times")));
    }

    void credentialsDoNotFollowARedirectToAnotherHost()
    {
        TestHttpServer other;
        m_server.otherBase = QStringLiteral("http://127.0.0.1:%1").arg(other.port());
        HttpClient client;
        HttpRequest r = get(m_server.url(QStringLiteral("/cross")));
        const Exchange plain = exchange(client, r);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(other.requests.size(), 1);

        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("k")}};
        const Exchange withKey = exchange(client, r);
        QCOMPARE(withKey.error(),
                 QStringLiteral("%1 redirected to another host (%2/ok); the request carries "
                                "credentials, so the redirect was not followed")
                         .arg(host(), m_server.otherBase));
        QCOMPARE(other.requests.size(), 1);
    }

    void anySecretMakesTheRequestCredentialed()
    {
        // The key travels in the URL only: no header name gives it away.
        TestHttpServer other;
        m_server.otherBase = QStringLiteral("http://127.0.0.1:%1").arg(other.port());
        HttpClient client;
        HttpRequest r = get(m_server.url(QStringLiteral("/cross?key=s3cret")));
        r.secretNames = {QStringLiteral("apiKey")};
        const Exchange e = exchange(client, r);
        QCOMPARE(e.error(),
                 QStringLiteral("%1 redirected to another host (%2/ok); the request carries "
                                "credentials, so the redirect was not followed")
                         .arg(host(), m_server.otherBase));
        QCOMPARE(other.requests.size(), 0);
    }

    void aBodyIsNotResentToAnotherHost()
    {
        TestHttpServer other;
        m_server.otherBase = QStringLiteral("http://127.0.0.1:%1").arg(other.port());
        HttpClient client;
        HttpRequest r = get(m_server.url(QStringLiteral("/cross307")));
        r.method = QStringLiteral("POST");
        r.body = R"({"card": "4111 1111 1111 1111"})";
        const Exchange e = exchange(client, r);
        QCOMPARE(e.error(), QStringLiteral("%1 redirected to another host (%2/echo) asking to send "
                                           "the body there too: not followed")
                                    .arg(host(), m_server.otherBase));
        QCOMPARE(other.requests.size(), 0);
        // On the same host a 307 keeps its method and body, as it should.
        r.url = m_server.url(QStringLiteral("/same307"));
        const Exchange same = exchange(client, r);
        QVERIFY2(same.ok(), qPrintable(same.error()));
        const QJsonObject echo = QJsonDocument::fromJson(same.response().body).object();
        QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value(QStringLiteral("body")).toString().toUtf8(), r.body);
    }

    void redirectsFromAPublicAddressIntoThisMachineAreRefused()
    {
        TestHttpServer other;
        m_server.otherBase = QStringLiteral("http://localhost:%1").arg(other.port());
        HttpClient client;
        // 127.0.0.1 plays a public server here: a test cannot reach a real one.
        client.setScopeLookup([](const QString &name, std::function<void(AddressScope)> done) {
            done(name == QLatin1String("127.0.0.1") ? AddressScope::Public
                                                    : AddressScope::Loopback);
        });
        const Exchange e = exchange(client, get(m_server.url(QStringLiteral("/cross"))));
        QCOMPARE(e.error(), QStringLiteral("%1 redirected from a public address to %2/ok, which is "
                                           "on this machine or in a private network: not followed")
                                    .arg(host(), m_server.otherBase));
        QCOMPARE(other.requests.size(), 0);
        // Between two addresses of this machine a redirect is fine.
        m_server.otherBase = QStringLiteral("http://127.0.0.1:%1").arg(other.port());
        HttpClient local;
        const Exchange followed = exchange(local, get(m_server.url(QStringLiteral("/cross"))));
        QVERIFY2(followed.ok(), qPrintable(followed.error()));
        QCOMPARE(other.requests.size(), 1);
    }

    void addressScopes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressScope>("scope");
        const auto row = [](const char *address, AddressScope scope) {
            QTest::newRow(address) << QString::fromLatin1(address) << scope;
        };
        row("127.0.0.1", AddressScope::Loopback);
        row("127.8.9.10", AddressScope::Loopback);
        row("0.0.0.0", AddressScope::Loopback);
        row("::1", AddressScope::Loopback);
        row("::", AddressScope::Loopback);
        row("::ffff:127.0.0.1", AddressScope::Loopback);
        row("10.1.2.3", AddressScope::Private);
        row("172.16.0.1", AddressScope::Private);
        row("172.31.255.255", AddressScope::Private);
        row("192.168.1.1", AddressScope::Private);
        row("169.254.169.254", AddressScope::Private);
        row("100.64.0.1", AddressScope::Private);
        row("224.0.0.1", AddressScope::Private);
        row("fe80::1", AddressScope::Private);
        row("fd12:3456::1", AddressScope::Private);
        row("::ffff:10.0.0.1", AddressScope::Private);
        row("172.32.0.1", AddressScope::Public);
        row("8.8.8.8", AddressScope::Public);
        row("93.184.216.34", AddressScope::Public);
        row("2001:4860:4860::8888", AddressScope::Public);
    }

    void addressScopes()
    {
        QFETCH(QString, address);
        QFETCH(AddressScope, scope);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(addressScope(parsed), scope);
        std::optional<AddressScope> looked;
        HttpClient::lookUpScope(address, nullptr, [&looked](AddressScope s) { looked = s; });
        QVERIFY(looked && *looked == scope); // an address needs no DNS
        std::optional<AddressScope> name;
        HttpClient::lookUpScope(QStringLiteral("LocalHost"), nullptr,
                                [&name](AddressScope s) { name = s; });
        QVERIFY(name && *name == AddressScope::Loopback);
    }

    void hugeAnswersAreCut()
    {
        HttpClient client;
        for (const QString &path : {QStringLiteral("/huge"), QStringLiteral("/huge-stream")}) {
            const Exchange e = exchange(client, get(m_server.url(path), 3000));
            QCOMPARE(e.error(), QStringLiteral("the answer from %1 is larger than 10 MB: the "
                                               "request was stopped")
                                        .arg(host()));
        }
        HttpClient small(HttpClient::Limits{5, 16});
        const Exchange e = exchange(small, get(m_server.url(QStringLiteral("/echo"))));
        QVERIFY(e.error().endsWith(QStringLiteral("is larger than 16 bytes: the request was "
                                                  "stopped")));
    }

    void invalidJsonWhereJsonIsExpected()
    {
        HttpClient client;
        const Exchange e = exchange(client, get(m_server.url(QStringLiteral("/notjson"))));
        QVERIFY2(e.error().startsWith(
                         QStringLiteral("%1 answered HTTP 200 with a body that is not valid JSON: ")
                                 .arg(host())),
                 qPrintable(e.error()));
    }

    void closedAndBrokenConnections()
    {
        HttpClient client;
        const Exchange dropped = exchange(client, get(m_server.url(QStringLiteral("/drop"))));
        QCOMPARE(dropped.error(),
                 QStringLiteral("%1 closed the connection without answering").arg(host()));
        const Exchange garbage = exchange(client, get(m_server.url(QStringLiteral("/garbage"))));
        QVERIFY2(!garbage.ok() && garbage.error().contains(host()), qPrintable(garbage.error()));
    }

    void tlsErrorsAreFailures()
    {
        TestHttpServer tls(true);
        HttpClient client;
        const Exchange e = exchange(client, get(tls.url(QStringLiteral("/ok")), 3000));
        QVERIFY2(e.error().startsWith(QStringLiteral("the TLS connection to 127.0.0.1:%1 failed: ")
                                              .arg(tls.port())),
                 qPrintable(e.error()));
        QVERIFY2(e.error().contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                         || e.error().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(e.error()));
    }

    void trustedTlsWorksAndNeverDowngrades()
    {
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(testCertificate());
        QSslConfiguration::setDefaultConfiguration(trusting);

        TestHttpServer tls(true);
        tls.otherBase = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
        HttpClient client;
        const Exchange ok = exchange(client, get(tls.url(QStringLiteral("/ok")), 3000));
        const Exchange down = exchange(client, get(tls.url(QStringLiteral("/downgrade")), 3000));
        QSslConfiguration::setDefaultConfiguration(saved);

        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(down.error(),
                 QStringLiteral("127.0.0.1:%1 redirected from HTTPS to plain HTTP (%2/ok): not "
                                "followed")
                         .arg(tls.port())
                         .arg(tls.otherBase));
    }

    void badRequestsFailWithoutTheNetwork()
    {
        HttpClient client;
        struct Case
        {
            HttpRequest request;
            QString message;
        };
        HttpRequest badHeader = get(m_server.url(QStringLiteral("/ok")));
        badHeader.headers = {{QStringLiteral("X-A"), QStringLiteral("one\r\nX-B: two")}};
        HttpRequest badMethod = get(m_server.url(QStringLiteral("/ok")));
        badMethod.method = QStringLiteral("GE T");
        const QList<Case> cases{
                {get(QString()), QStringLiteral("the URL is empty")},
                {get(QStringLiteral("ftp://example.test/x")),
                 QStringLiteral("the URL \"ftp://example.test/x\" does not start with http:// or "
                                "https://")},
                {get(QStringLiteral("http://")),
                 QStringLiteral("the URL \"http://\" names no host")},
                {badHeader,
                 QStringLiteral("the value of the header \"X-A\" contains a line break")},
                {badMethod, QStringLiteral("\"GE T\" is not an HTTP method")},
        };
        for (const Case &c : cases) {
            const Exchange e = exchange(client, c.request);
            QVERIFY(!e.calledEarly); // never before send() returns
            QCOMPARE(e.error(), c.message);
        }
    }

    void requestsRunInParallel()
    {
        // Three requests of 1 s each: one after the other they would take 3 s.
        m_server.slowMs = 1000;
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            client.send(get(m_server.url(QStringLiteral("/slow")), 5000),
                        [&answered](Result<HttpResponse> r) { answered += r.ok() ? 1 : 0; });
        // A quick request is not stuck behind the slow ones.
        const Exchange quick = exchange(client, get(m_server.url(QStringLiteral("/ok")), 5000));
        QVERIFY(quick.ok());
        QVERIFY2(quick.ms < 900, qPrintable(QString::number(quick.ms)));
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 5000);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        m_server.slowMs = 2000;
    }

    void abortAllAnswersEveryRequest()
    {
        HttpClient client;
        QStringList errors;
        client.send(get(m_server.url(QStringLiteral("/slow")), 2000),
                    [&errors](Result<HttpResponse> r) { errors.append(r.error().message); });
        QCOMPARE(client.pendingRequests(), 1);
        client.abortAll();
        QCOMPARE(errors, QStringList{QStringLiteral("the request was cancelled")});
        QCOMPARE(client.pendingRequests(), 0);
    }

    void successfulEscalationsAreReported()
    {
        // Any host that answers 2xx at the legacy path: here, the test server's echo.
        HttpClient client;
        QSignalSpy spy(&client, &HttpClient::escalationQueued);
        HttpRequest r = get(m_server.url(QStringLiteral("/echo")), 2000);
        r.method = QStringLiteral("POST");
        r.body = R"({"conversationId": "c-1", "agentSkillId": 7, "agentSkillName": "human"})";
        QVERIFY(exchange(client, r).ok());
        QCOMPARE(spy.count(), 0); // not the escalation endpoint

        TestHttpServer desk;
        r.url = desk.url(escalationPath());
        r.headers = {{QStringLiteral("Authorization"), QStringLiteral("k")}};
        exchange(client, r); // an error from the test server: not a transfer
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
