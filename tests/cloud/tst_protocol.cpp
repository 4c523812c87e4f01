// The cloud's frames, written by hand for speed, are valid JSON that says what the slow way
// says: escaping of every kind of text, and the event frames of both sides.

#include "cloudtesting.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dialogsmith::cloud;

class tst_Protocol : public QObject
{
    Q_OBJECT

private slots:
    void writerEscapesEveryString_data();
    void writerEscapesEveryString();
    void nestedObjectsAndArrays();
    void eventFramesCarryTheEventForEachSide();
    void responsesCarryTheirBody();
    void badFramesAreRefusedWithAReason();
};

void tst_Protocol::writerEscapesEveryString_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\" and 'bye'");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\to\\\"x\"\\");
    QTest::newRow("control") << QString::fromUtf8("a\nb\rc\td\x01\x1f\b\f");
    QTest::newRow("unicode") << QStringLiteral("Grüße, こんにちは, 😀, \u2028\u2029");
    QTest::newRow("markup") << QStringLiteral("<img src=x onerror=alert(1)></script>");
    QTest::newRow("empty") << QString();
}

void tst_Protocol::writerEscapesEveryString()
{
    QFETCH(QString, text);
    protocol::JsonWriter w;
    w.beginObject().key("text").string(text).key("n").number(-42).endObject();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(w.take(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("text").toString(), text);
    QCOMPARE(o.value("n").toInteger(), -42);
}

void tst_Protocol::nestedObjectsAndArrays()
{
    protocol::JsonWriter w;
    w.beginObject().key("a").beginArray();
    w.beginObject().key("x").number(1).endObject();
    w.beginObject().endObject();
    w.number(3).string(u"four").raw("{\"five\":5}");
    w.endArray().key("b").beginObject().key("c").beginArray().endArray().endObject().endObject();
    const QByteArray json = w.take();
    QCOMPARE(json, QByteArray(R"({"a":[{"x":1},{},3,"four",{"five":5}],"b":{"c":[]}})"));
}

void tst_Protocol::eventFramesCarryTheEventForEachSide()
{
    Brand brand(testing::seedAccount());
    MessagingEvent e;
    e.sequence = 7;
    e.conversationId = QStringLiteral("conv-1");
    e.role = Role::AssignedAgent;
    e.originatorPid = QStringLiteral("00000000-0000-4000-8000-000000000002");
    e.originatorUserId = QStringLiteral("2");
    e.serverTimestamp = 1234;
    e.event = QJsonObject{
            {"type", "ContentEvent"}, {"contentType", "text/plain"}, {"message", "Hi \"there\"\n"}};
    e.eventJson = QJsonDocument(e.event).toJson(QJsonDocument::Compact);
    protocol::EventFrames frames(brand, e);

    const QJsonObject agent = QJsonDocument::fromJson(frames.agent()).object();
    QCOMPARE(agent.value("kind").toString(), QStringLiteral("notification"));
    QCOMPARE(agent.value("type").toString(), QStringLiteral(".ams.ms.OnlineEventDistribution"));
    const QJsonObject body = agent.value("body").toObject();
    QCOMPARE(body, protocol::agentEvent(brand, e)); // the same as the QJsonObject-built view
    QCOMPARE(body.value("originatorId").toString(), QStringLiteral("12345678.2"));
    QCOMPARE(body.value("originatorPId").toString(), e.originatorPid);
    QCOMPARE(body.value("event").toObject(), e.event);

    const QJsonObject consumer = QJsonDocument::fromJson(frames.consumer()).object();
    QCOMPARE(consumer.value("type").toString(), QStringLiteral("ms.MessagingEventNotification"));
    const QJsonObject change
            = consumer.value("body").toObject().value("changes").toArray().first().toObject();
    QCOMPARE(change, protocol::consumerEvent(e));
    QCOMPARE(change.value("originatorMetadata").toObject().value("role").toString(),
             QStringLiteral("ASSIGNED_AGENT"));
    // Made once: the same bytes on every call.
    QCOMPARE(frames.agent().constData(), frames.agent().constData());
}

void tst_Protocol::responsesCarryTheirBody()
{
    QJsonObject r
            = QJsonDocument::fromJson(protocol::response("7", 200, "x", QJsonObject{})).object();
    QCOMPARE(r.value("reqId").toString(), QStringLiteral("7"));
    QCOMPARE(r.value("code").toInt(), 200);
    QCOMPARE(r.value("body").toObject(), QJsonObject{});
    r = QJsonDocument::fromJson(protocol::response("8", 200, "y", QJsonArray{1, "two"})).object();
    QCOMPARE(r.value("body").toArray(), (QJsonArray{1, "two"}));
    r = QJsonDocument::fromJson(protocol::errorResponse({}, "z", Refusal{429, "too \"many\""}))
                .object();
    QVERIFY(!r.contains("reqId"));
    QCOMPARE(r.value("code").toInt(), 429);
    QCOMPARE(r.value("body").toObject().value("message").toString(),
             QStringLiteral("too \"many\""));
}

void tst_Protocol::badFramesAreRefusedWithAReason()
{
    protocol::Request r;
    QVERIFY(protocol::parseRequest("{", &r)->message.contains("not valid JSON"));
    QVERIFY(protocol::parseRequest("[1]", &r)->message.contains("JSON object"));
    QVERIFY(protocol::parseRequest(R"({"kind":"resp","id":"1","type":"x"})", &r)
                    ->message.contains("kind"));
    QVERIFY(protocol::parseRequest(R"({"kind":"req","type":"x"})", &r)->message.contains("'id'"));
    const Outcome noType = protocol::parseRequest(R"({"kind":"req","id":5})", &r);
    QVERIFY(noType->message.contains("'type'"));
    QCOMPARE(r.id, QStringLiteral("5")); // an answer can still name the request
    QVERIFY(!protocol::parseRequest(R"({"kind":"req","id":"1","type":".GetClock","body":{}})", &r));
    QCOMPARE(r.type, QStringLiteral(".GetClock"));
}

QTEST_MAIN(tst_Protocol)
#include "tst_protocol.moc"
