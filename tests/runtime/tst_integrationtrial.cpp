// A test request of one integration (IntegrationTrial) and the request/result pieces it shares
// with the conversation (integrationrequest.h).

#include "integrationrequest.h"
#include "integrationtrial.h"
#include "runtimetesting.h"

#include <QSignalSpy>
#include <QTest>

using namespace dialogsmith::runtime;
using namespace dialogsmith::runtime::testing;

namespace {

/// The integration of tst_conversation's integrationStoresItsResultAndFollowsApiRules().
Integration ordersIntegration()
{
    Integration api = Integration::create(QStringLiteral("Orders"));
    api.responseDataVariable = QStringLiteral("Orders");
    api.method = QStringLiteral("POST");
    api.url = QStringLiteral("{$env.host}/orders/{$botContext.customer}?k={$secret.url}");
    api.queryParams = {{QStringLiteral("q"), QStringLiteral("{$userMessage}"), {}}};
    api.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {$secret.token}"), {}},
                   {QStringLiteral("X-Trace"), QStringLiteral("{$secret.token}"), {}}};
    api.body = QStringLiteral("{\"note\": \"{$userMessage}\"}");
    api.transformScript = QStringLiteral(
            "var r = botContext.getBotVariable('api_Orders');\n"
            "var d = JSON.parse(r.jsonData);\nd.api_Orders.count = d.api_Orders.items.length;\n"
            "r.jsonData = JSON.stringify(d);\nbotContext.setBotVariable('api_Orders', r, true, "
            "false);\nbotContext.setBotVariable('who', botContext.getBotVariable('customer'));");
    api.customDataFields
            = {{QStringLiteral("first"), QStringLiteral("{$.api_Orders.items[0].id}"), {}},
               {QStringLiteral("all"), QStringLiteral("{$.api_Orders.items[i].id}"), {}},
               {QStringLiteral("count"), QStringLiteral("{$.api_Orders.count}"), {}}};
    return api;
}

IntegrationTrialInput ordersInput()
{
    Bot b = bot({});
    b.integrations = {ordersIntegration()};
    IntegrationTrialInput input;
    input.bot = b;
    input.integrationId = b.integrations.first().id;
    input.samples = {{QStringLiteral("{$botContext.customer}"), QStringLiteral("A/B")},
                     {QStringLiteral("{$secret.url}"), QStringLiteral("a b/c")},
                     {QStringLiteral("{$userMessage}"), QStringLiteral("orders \"new\" & old")},
                     {QStringLiteral("{$secret.token}"), QStringLiteral("tok3n")}};
    input.environment = {{QStringLiteral("host"), QStringLiteral("https://api.test")}};
    return input;
}

IntegrationTrialResult run(IntegrationTrial &trial, IntegrationTransport &transport)
{
    QSignalSpy spy(&trial, &IntegrationTrial::finished);
    trial.start(transport);
    if (spy.isEmpty())
        spy.wait(3000);
    Q_ASSERT(spy.size() == 1);
    return spy.first().first().value<IntegrationTrialResult>();
}

} // namespace

class TestIntegrationTrial : public QObject
{
    Q_OBJECT

private slots:
    void templatesAreListedOnceInOrderOfUse()
    {
        Bot b = bot({});
        Integration other = Integration::create(QStringLiteral("Profile"));
        Integration api = ordersIntegration();
        api.headers.append({QStringLiteral("X-Who"),
                            QStringLiteral("{Profile.name} {$location.city} {$env.host}"),
                            {}});
        b.integrations = {other, api};
        QStringList texts;
        for (const TemplateRef &ref : IntegrationTrial::templatesUsed(b, api))
            texts.append(templateText(ref));
        QCOMPARE(texts, (QStringList{"{$env.host}", "{$botContext.customer}", "{$secret.url}",
                                     "{$userMessage}", "{$secret.token}", "{Profile.name}",
                                     "{$location.city}"}));
    }

    void requestIsTheOneTheConversationSends()
    {
        // The conversation's own request for the same integration and values.
        const Integration api = ordersIntegration();
        Interaction call
                = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
        call.integrationId = api.id;
        Interaction s = starter(QStringLiteral("s"), {QStringLiteral("orders *")});
        s.preProcess = QStringLiteral("botContext.setBotVariable('customer', 'A/B', true, false);");
        Bot b = bot({dialog(QStringLiteral("D"), {s, call})});
        b.integrations = {api};
        RuntimeOptions options;
        options.environmentOverrides
                = {{QStringLiteral("host"), QStringLiteral("https://api.test")}};
        options.secret = [](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("url"))
                return QStringLiteral("a b/c");
            return name == QLatin1String("token") ? std::optional<QString>(QStringLiteral("tok3n"))
                                                  : std::nullopt;
        };
        Harness h(b, options, {Channel::Messaging, {}, {}});
        h.say(QStringLiteral("orders \"new\" & old"));
        QCOMPARE(h.transport.requests.size(), 1);
        const HttpRequest expected = h.transport.requests.first();

        IntegrationTrial trial(ordersInput());
        QStringList secrets;
        const auto request = trial.buildRequest(&secrets);
        QVERIFY(request.ok());
        QCOMPARE(request->method, expected.method);
        QCOMPARE(request->url, expected.url);
        QCOMPARE(request->headers, expected.headers);
        QCOMPARE(request->body, expected.body);
        QVERIFY(secrets.contains(QStringLiteral("tok3n")));
        QVERIFY(secrets.contains(QStringLiteral("a b/c")));
        QCOMPARE(request->secretNames,
                 (QStringList{QStringLiteral("url"), QStringLiteral("token")}));
        QCOMPARE(request->secretNames, expected.secretNames);

        const HttpRequest shown = redactedRequest(*request, secrets);
        QCOMPARE(shown.url, QStringLiteral("https://api.test/orders/"
                                           "A%2FB?k=***&q=orders%20%22new%22%20%26%20old"));
        QCOMPARE(shown.headers.at(0).second, QStringLiteral("***"));
        QCOMPARE(shown.headers.at(1).second, QStringLiteral("***"));
    }

    void answerSetsTheVariablesTheConversationWould()
    {
        IntegrationTrial trial(ordersInput());
        TestTransport transport;
        transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{
                    200,
                    {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}},
                    R"({"items": [{"id": "o1"}, {"id": "o2"}], "echo": "tok3n"})"});
        };
        const IntegrationTrialResult result = run(trial, transport);
        QCOMPARE(result.outcome, IntegrationTrialResult::Outcome::Answered);
        QVERIFY(result.success);
        QCOMPARE(result.response.status, 200);
        QVERIFY(result.message.isEmpty());
        QVERIFY(!result.response.body.contains("tok3n"));
        QCOMPARE(result.request.headers.first().second, QStringLiteral("***"));

        QHash<QString, QString> vars;
        QStringList order;
        for (const auto &[name, value] : result.variables) {
            vars.insert(name, value);
            order.append(name);
        }
        QCOMPARE(order, (QStringList{"api_Orders", "api_OrdersStatus", "who", "Orders.first",
                                     "Orders.all", "Orders.count"}));
        QCOMPARE(vars.value("api_OrdersStatus"), QStringLiteral("200"));
        QVERIFY(vars.value("api_Orders").contains(QStringLiteral("\\\"count\\\":2")));
        QVERIFY(!vars.value("api_Orders").contains(QStringLiteral("tok3n")));
        QCOMPARE(vars.value("who"), QStringLiteral("A/B"));
        QCOMPARE(vars.value("Orders.first"), QStringLiteral("o1"));
        QCOMPARE(vars.value("Orders.all"), QStringLiteral("o1, o2"));
        QCOMPARE(vars.value("Orders.count"), QStringLiteral("2"));
        QVERIFY(result.notes.isEmpty());
    }

    void failedStatusSkipsTheTransformScript()
    {
        IntegrationTrial trial(ordersInput());
        TestTransport transport;
        transport.handler = [](const HttpRequest &) {
            HttpResponse r{500, {}, "\nbroken: tok3n\nmore"};
            r.reason = QStringLiteral("Internal Server Error");
            return Result<HttpResponse>(r);
        };
        const IntegrationTrialResult result = run(trial, transport);
        QCOMPARE(result.outcome, IntegrationTrialResult::Outcome::Answered);
        QVERIFY(!result.success);
        QCOMPARE(result.message,
                 QStringLiteral("the server answered HTTP 500 Internal Server Error: broken: ***"));
        QCOMPARE(result.variables.size(), 2);
        QCOMPARE(result.variables.at(1), (QPair<QString, QString>{"api_OrdersStatus", "500"}));
    }

    void transportFailureIsItsSentence()
    {
        IntegrationTrial trial(ordersInput());
        TestTransport transport;
        transport.asynchronous = true;
        transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(
                    Error{QStringLiteral("could not connect to api.test?k=tok3n: refused"), {}});
        };
        const IntegrationTrialResult result = run(trial, transport);
        QCOMPARE(result.outcome, IntegrationTrialResult::Outcome::Failed);
        QCOMPARE(result.message, QStringLiteral("could not connect to api.test?k=***: refused"));
        QVERIFY(result.variables.isEmpty());
    }

    void refusesWhatCannotBeSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("https://api.test/orders/{$botContext.customer}");
        QTest::newRow("missing sample") << url << QString() << "{$botContext.customer}"
                                        << "{$botContext.customer} has no value: give it a "
                                           "sample value";
        QTest::newRow("empty secret")
                << url + QStringLiteral("?k={$secret.url}") << QString() << "{$secret.url}"
                << "{$secret.url} has no value: give it a sample value";
        QTest::newRow("unknown template")
                << url + QStringLiteral("/{$location.city}") << QString() << QString()
                << "{$location.city} has no value: give it a sample value";
        QTest::newRow("no scheme") << QStringLiteral("api.test/x") << QString() << QString()
                                   << "the URL \"api.test/x\" does not start with http:// or "
                                      "https://";
        QTest::newRow("no host") << QStringLiteral("http://{$env.empty}/x") << QString()
                                 << QString() << "the URL \"http:///x\" names no host";
        QTest::newRow("bad url") << QStringLiteral("http://exa mple.test/") << QString()
                                 << QString() << "";
        QTest::newRow("body not json")
                << url << QStringLiteral("{\"a\": \"{$botContext.customer}\",}") << QString()
                << "the body is not valid JSON once its templates are filled in: object is "
                   "missing after a comma at byte 13";
        QTest::newRow("unquoted value that is no JSON value")
                << url << QStringLiteral("{\"a\": {$botContext.customer}}") << QString()
                << "{$botContext.customer} stands outside quotes in the JSON body, so its value "
                   "must be one JSON value (a number, true, false, null, a quoted string, an "
                   "object or an array), and it is not: put the template in quotes to send it as "
                   "text";
        QTest::newRow("host from the conversation")
                << QStringLiteral("{$botContext.customer}/orders") << QString() << QString()
                << "{$botContext.customer} stands where the URL names its scheme or host: a value "
                   "from the conversation may not choose where a request goes (use {$env.NAME} "
                   "for the host)";
        QTest::newRow("host continued by the conversation")
                << QStringLiteral("https://api.test{$botContext.customer}/orders") << QString()
                << QString()
                << "{$botContext.customer} stands where the URL names its scheme or host: a value "
                   "from the conversation may not choose where a request goes (use {$env.NAME} "
                   "for the host)";
        QTest::newRow("user message as the scheme")
                << QStringLiteral("{$userMessage}://api.test/") << QString() << QString()
                << "{$userMessage} stands where the URL names its scheme or host: a value from "
                   "the conversation may not choose where a request goes (use {$env.NAME} for "
                   "the host)";
    }

    void valuesAreEscapedForWhereTheyStand_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sent");
        const QString json = QStringLiteral("application/json");
        // A value in quotes stays inside its string, whatever it holds.
        QTest::newRow("json string") << json << QStringLiteral("{\"n\": \"{$botContext.n}\"}")
                                     << QStringLiteral("1\",\"admin\":true,\"x\":\"")
                                     << QStringLiteral("{\"n\": \"1\\\",\\\"admin\\\":true,"
                                                       "\\\"x\\\":\\\"\"}");
        // Outside quotes: one JSON value goes in as it is.
        QTest::newRow("json number") << json << QStringLiteral("{\"n\": {$botContext.n}}")
                                     << QStringLiteral(" 42 ") << QStringLiteral("{\"n\": 42}");
        QTest::newRow("json object")
                << QString() << QStringLiteral("[{$botContext.n}]")
                << QStringLiteral("{\"a\": [1, true]}") << QStringLiteral("[{\"a\": [1, true]}]");
        QTest::newRow("json escaped quote before")
                << json << QStringLiteral("{\"q\": \"say \\\"{$botContext.n}\\\"\"}")
                << QStringLiteral("a\"b") << QStringLiteral("{\"q\": \"say \\\"a\\\"b\\\"\"}");
        // A form body: each value URL-encoded, so it cannot add a field.
        QTest::newRow("form") << QStringLiteral("application/x-www-form-urlencoded")
                              << QStringLiteral("user={$botContext.n}&role=guest")
                              << QStringLiteral("x&role=admin")
                              << QStringLiteral("user=x%26role%3Dadmin&role=guest");
        // XML: values as text, never markup.
        QTest::newRow("xml") << QStringLiteral("text/xml; charset=utf-8")
                             << QStringLiteral("<order id=\"{$botContext.n}\"/>")
                             << QStringLiteral("1\"/><admin/><x a=\"'")
                             << QStringLiteral("<order id=\"1&quot;/&gt;&lt;admin/&gt;&lt;x "
                                               "a=&quot;&apos;\"/>");
        QTest::newRow("xml by its first character")
                << QString() << QStringLiteral("<n>{$botContext.n}</n>") << QStringLiteral("<b>")
                << QStringLiteral("<n>&lt;b&gt;</n>");
        QTest::newRow("text") << QStringLiteral("text/plain") << QStringLiteral("n={$botContext.n}")
                              << QStringLiteral("a&b") << QStringLiteral("n=a&b");
    }

    void valuesAreEscapedForWhereTheyStand()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, body);
        QFETCH(QString, value);
        QFETCH(QString, sent);
        IntegrationTrialInput input = ordersInput();
        Integration &api = input.bot.integrations.first();
        api.queryParams.clear();
        api.headers.clear();
        if (!contentType.isEmpty())
            api.headers = {{QStringLiteral("Content-Type"), contentType, {}}};
        api.body = body;
        input.samples.insert(QStringLiteral("{$botContext.n}"), value);
        const IntegrationTrial trial(input);
        const auto request = trial.buildRequest();
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
        QCOMPARE(QString::fromUtf8(request->body), sent);
    }

    void refusesWhatCannotBeSent()
    {
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, drop);
        QFETCH(QString, message);
        IntegrationTrialInput input = ordersInput();
        Integration &api = input.bot.integrations.first();
        api.url = url;
        api.queryParams.clear();
        api.body = body;
        api.headers.clear();
        input.environment.insert(QStringLiteral("empty"), QString());
        if (drop == QLatin1String("{$secret.url}"))
            input.samples.insert(drop, QString());
        else
            input.samples.remove(drop);
        IntegrationTrial trial(input);
        TestTransport transport;
        const IntegrationTrialResult result = run(trial, transport);
        QCOMPARE(result.outcome, IntegrationTrialResult::Outcome::Refused);
        if (message.isEmpty())
            QVERIFY(result.message.startsWith(QStringLiteral("the URL \"http://exa mple.test/\" "
                                                             "is not valid")));
        else
            QCOMPARE(result.message, message);
        QVERIFY(transport.requests.isEmpty());
    }

    void transformScriptThatRunsOutOfTimeIsStopped()
    {
        IntegrationTrialInput input = ordersInput();
        input.bot.integrations.first().transformScript = QStringLiteral("while (true) {}");
        input.scriptBudget = std::chrono::milliseconds(200);
        IntegrationTrial trial(input);
        TestTransport transport;
        transport.handler = [](const HttpRequest &) {
            return Result<HttpResponse>(HttpResponse{200, {}, R"({"items": []})"});
        };
        const IntegrationTrialResult result = run(trial, transport);
        QCOMPARE(result.outcome, IntegrationTrialResult::Outcome::Answered);
        QCOMPARE(result.notes.size(), 1);
        QVERIFY2(result.notes.first().contains(QStringLiteral("Orders transform")),
                 qPrintable(result.notes.first()));
        QCOMPARE(result.variables.size(), 2); // no custom data fields after a timeout
    }

    void cancelReportsAtOnceAndIgnoresTheAnswer()
    {
        IntegrationTrial trial(ordersInput());
        TestTransport transport;
        transport.asynchronous = true;
        QSignalSpy spy(&trial, &IntegrationTrial::finished);
        trial.start(transport);
        QVERIFY(trial.isRunning());
        trial.cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<IntegrationTrialResult>().outcome,
                 IntegrationTrialResult::Outcome::Cancelled);
        QVERIFY(!trial.isRunning());
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationTrial)
#include "tst_integrationtrial.moc"
