#include "templateexpander.h"
#include "transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <QTest>

using namespace dialogsmith::runtime;
using dialogsmith::document::Result;

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void unavailableTransportFailsFromTheEventLoop()
    {
        UnavailableTransport transport;
        HttpRequest request;
        request.integrationName = QStringLiteral("Orders");
        std::optional<Result<HttpResponse>> answer;
        transport.send(request, [&answer](Result<HttpResponse> r) { answer = std::move(r); });
        QVERIFY(!answer); // never before send() returns
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 1000);
        QVERIFY(!answer->ok());
        QCOMPARE(
                answer->error().message,
                QStringLiteral("the network is off here: the integration \"Orders\" was not sent"));

        std::optional<Result<void>> transfer;
        transport.escalate({QStringLiteral("7"), QStringLiteral("billing"), {}, {}, {}, {}},
                           [&transfer](Result<void> r) { transfer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(transfer.has_value(), 1000);
        QVERIFY(!transfer->ok());
        QVERIFY(transfer->error().message.contains(QStringLiteral("\"billing\"")));
    }

    void redactionCoversEveryFormASecretTakes()
    {
        const QString secret = QStringLiteral("a+b/c=d:e&f g\"h<i>'\u00e9\U0001F600");
        const QByteArray encoded = QUrl::toPercentEncoding(secret);
        const QStringList forms{
                secret,
                QString::fromLatin1(encoded),
                QString::fromLatin1(encoded).toLower(),
                QString::fromLatin1(encoded).replace(QLatin1String("%20"), QLatin1String("+")),
                QString::fromLatin1(QUrl::toPercentEncoding(secret, "/:=&+")),
                escapeTemplateValue(secret, TemplateContext::JsonString),
                QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact))
                        .mid(2)
                        .chopped(2),
                QStringLiteral("a+b\\/c=d:e&f g\\\"h\\u003ci>'\\u00E9\\ud83d\\ude00"),
                secret.toHtmlEscaped(),
                QStringLiteral("a+b/c=d:e&#38;f g&#x22;h&lt;i&gt;&apos;&#233;&#x1F600;"),
        };
        for (const QString &form : forms) {
            const QString text = QStringLiteral("before ") + form + QStringLiteral(" after");
            QCOMPARE(redactSecrets(text, {secret}), QStringLiteral("before *** after"));
        }
        // Text around it and other values stay as they are.
        QCOMPARE(redactSecrets(QStringLiteral("a+b/c"), {secret}), QStringLiteral("a+b/c"));
    }

    void requestLogsAreRedacted()
    {
        HttpRequest request;
        request.method = QStringLiteral("POST");
        request.url = QStringLiteral("https://api.test/x?key=TOPSECRET");
        request.headers = {{QStringLiteral("authorization"), QStringLiteral("Basic abc")},
                           {QStringLiteral("X-Key"), QStringLiteral("TOPSECRET")},
                           {QStringLiteral("Accept"), QStringLiteral("application/json")}};
        request.body = "{\"token\": \"TOPSECRET\"}";
        const QString log = describeRequest(request, {QStringLiteral("TOPSECRET")});
        QVERIFY(!log.contains(QStringLiteral("TOPSECRET")));
        QVERIFY(!log.contains(QStringLiteral("abc")));
        QCOMPARE(log,
                 QStringLiteral("POST https://api.test/x?key=***\nauthorization: ***\n"
                                "X-Key: ***\nAccept: application/json\n\n{\"token\": \"***\"}"));
    }

    void httpFailuresSayStatusReasonAndFirstLine()
    {
        HttpResponse response{
                503, {}, "\n  Service down: s3cret\nmore\n", QStringLiteral("Service Unavailable")};
        QCOMPARE(describeHttpFailure(response, {QStringLiteral("s3cret")}),
                 QStringLiteral("the server answered HTTP 503 Service Unavailable: Service down: "
                                "***"));
        QCOMPARE(describeHttpFailure(HttpResponse{404, {}, {}}, {}),
                 QStringLiteral("the server answered HTTP 404"));
        const QString longLine
                = describeHttpFailure(HttpResponse{500, {}, QByteArray(1000, 'x')}, {});
        QVERIFY(longLine.endsWith(QStringLiteral("xxx...")));
        QVERIFY(longLine.size() < 250);
    }

    void longBodiesAreCutAfterRedaction()
    {
        HttpResponse response{
                200, {}, QByteArray(4090, 'a') + "SECRET-VALUE" + QByteArray(100, 'b')};
        const QString log = describeResponse(response, {QStringLiteral("SECRET-VALUE")});
        QVERIFY(log.startsWith(QStringLiteral("HTTP 200\n\n")));
        QVERIFY(!log.contains(QStringLiteral("SECRET")));
        QVERIFY(log.endsWith(QStringLiteral("(4202 bytes)")));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
