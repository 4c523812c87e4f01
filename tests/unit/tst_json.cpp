#include "json.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dialogsmith::document;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void samplesComeBackByteForByte_data();
    void samplesComeBackByteForByte();
    void keepsMemberOrderAndNumberLiterals();
    void setInsertsNewKeysInCanonicalOrder();
    void stringsRoundTripEscapesAndUnicode();
    void stringsKeepALeadingByteOrderMark();
    void syntaxErrorsNameLineAndColumn_data();
    void syntaxErrorsNameLineAndColumn();
    void deepNestingIsRefusedWithoutCrashing();
    void tooManyValuesAreRefused();
    void invalidUtf8IsRefused();
    void duplicateKeysKeepTheLastValueForLookups();
    void copiesShareUntilChanged();
    void convertsToAndFromQJsonValue();
};

void TestJson::samplesComeBackByteForByte_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestJson::samplesComeBackByteForByte()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    Result<Json> parsed = parseJson(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(writeJson(*parsed), bytes);
    // And the value is what QJsonDocument reads.
    QCOMPARE(parsed->toQJsonValue().toObject(), QJsonDocument::fromJson(bytes).object());
}

void TestJson::keepsMemberOrderAndNumberLiterals()
{
    const QByteArray text = R"({"z": 1.50, "a": 1648588908911, "m": -0.0, "e": 1E+3})";
    Result<Json> parsed = parseJson(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->keys(), (QStringList{"z", "a", "m", "e"}));
    QCOMPARE(writeJson(*parsed, {0}),
             QByteArray(R"({"z":1.50,"a":1648588908911,"m":-0.0,"e":1E+3})"));
    QCOMPARE(parsed->value(QStringLiteral("z")).toDouble(), 1.5);
    QCOMPARE(parsed->value(QStringLiteral("a")).toDouble(), 1648588908911.0);
}

void TestJson::setInsertsNewKeysInCanonicalOrder()
{
    Json o = Json::object();
    const QStringList order = {"id", "name", "pattern", "type", "content"};
    o.set(QStringLiteral("id"), Json("1"), order);
    o.set(QStringLiteral("content"), Json::object(), order);
    o.set(QStringLiteral("name"), Json("n"), order);
    o.set(QStringLiteral("pattern"), Json::array(), order);
    o.set(QStringLiteral("extra"), Json(true), order);
    QCOMPARE(o.keys(), (QStringList{"id", "name", "pattern", "content", "extra"}));
    o.set(QStringLiteral("name"), Json("changed"), order);
    QCOMPARE(o.keys(), (QStringList{"id", "name", "pattern", "content", "extra"}));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("changed"));
    o.remove(QStringLiteral("pattern"));
    QCOMPARE(o.keys(), (QStringList{"id", "name", "content", "extra"}));
}

void TestJson::stringsRoundTripEscapesAndUnicode()
{
    const QString tricky = QStringLiteral("quote \" backslash \\ newline\n tab\t ctrl\x01 "
                                          "é 漢字 emoji 😀 slash /");
    Json o = Json::object();
    o.set(QStringLiteral("s"), Json(tricky));
    const QByteArray text = writeJson(o);
    QVERIFY(text.contains("\\\""));
    QVERIFY(text.contains("\\n"));
    QVERIFY(text.contains("\\u0001"));
    QVERIFY(text.contains("漢字")); // non-ASCII stays readable UTF-8
    Result<Json> back = parseJson(text);
    QVERIFY(back.ok());
    QCOMPARE(back->value(QStringLiteral("s")).toString(), tricky);
    QCOMPARE(QJsonDocument::fromJson(text).object().value(QStringLiteral("s")).toString(), tricky);

    Result<Json> escaped = parseJson(R"(["\u00e9\ud83d\ude00\/"])");
    QVERIFY(escaped.ok());
    QCOMPARE(escaped->at(0).toString(), QStringLiteral("é😀/"));
}

void TestJson::stringsKeepALeadingByteOrderMark()
{
    // U+FEFF at the start of a string (short, long, with an escape, a member name) is text: only
    // a byte order mark before the document itself is skipped.
    const QString bom(QChar(0xFEFF));
    const QString longText = bom + bom + QString(40, QLatin1Char('x'));
    const QByteArray text = "\xEF\xBB\xBF{\"\xEF\xBB\xBF"
                            "k\": [\"\xEF\xBB\xBF\xEF\xBB\xBF\", \""
                            + longText.toUtf8()
                            + "\", \"\xEF\xBB\xBF"
                              "a\\n\"]}";
    Result<Json> parsed = parseJson(text);
    QVERIFY(parsed.ok());
    const Json list = parsed->value(bom + QStringLiteral("k"));
    QCOMPARE(list.at(0).toString(), bom + bom);
    QCOMPARE(list.at(1).toString(), longText);
    QCOMPARE(list.at(2).toString(), bom + QStringLiteral("a\n"));
    Result<Json> again = parseJson(writeJson(*parsed));
    QVERIFY(again.ok());
    QVERIFY(*again == *parsed);
}

void TestJson::syntaxErrorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 1 << 1 << "empty";
    QTest::newRow("only spaces") << QByteArray("  \n ") << 2 << 2 << "empty";
    QTest::newRow("not json") << QByteArray("hello") << 1 << 1 << "expected a value";
    QTest::newRow("truncated object")
            << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2") << 3 << 8 << "unterminated array";
    QTest::newRow("missing comma")
            << QByteArray("{\"a\": 1\n \"b\": 2}") << 2 << 2 << "expected ',' or '}'";
    QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << 1 << 7 << "expected a value";
    QTest::newRow("bad escape") << QByteArray("[\"a\\qb\"]") << 1 << 4 << "invalid escape";
    QTest::newRow("raw newline in string")
            << QByteArray("[\"a\nb\"]") << 1 << 4 << "control character";
    QTest::newRow("bad number") << QByteArray("[01]") << 1 << 3 << "expected ',' or ']'";
    QTest::newRow("trailing text") << QByteArray("{} x") << 1 << 4 << "after the end";
    QTest::newRow("column counts characters")
            << QByteArray("[\"é\" x]") << 1 << 6 << "expected ',' or ']'";
}

void TestJson::syntaxErrorsNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Result<Json> parsed = parseJson(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().column, column);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestJson::deepNestingIsRefusedWithoutCrashing()
{
    // 50 MB of '[': a stack overflow if the parser recursed without a bound.
    const QByteArray deep(50 * 1024 * 1024, '[');
    Result<Json> parsed = parseJson(deep);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("nesting deeper than 512")));
    QCOMPARE(parsed.error().line, 1);
    QCOMPARE(parsed.error().column, 513);

    QByteArray ok = QByteArray(500, '[') + QByteArray(500, ']');
    QVERIFY(parseJson(ok).ok());
}

void TestJson::tooManyValuesAreRefused()
{
    // Each value costs memory far beyond its bytes: their number is bounded, not only the size.
    QCOMPARE(maxJsonValues, 2'000'000);
    const auto array = [](qint64 items) {
        QByteArray text = "[";
        text.reserve(items * 2 + 2);
        for (qint64 i = 0; i < items; ++i)
            text += i ? ",0" : "0";
        return text + ']';
    };
    QVERIFY(parseJson(array(maxJsonValues - 1)).ok()); // with the array: exactly the limit
    const Result<Json> tooMany = parseJson(array(maxJsonValues));
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().message,
             QStringLiteral("more than 2000000 values: too many for a bot"));
    QVERIFY(!parseJson("[1, [2, 3]]", 512, 4).ok()); // five values
    QVERIFY(parseJson("[1, [2, 3]]", 512, 5).ok());
}

void TestJson::invalidUtf8IsRefused()
{
    Result<Json> parsed = parseJson(QByteArray("{\"a\": \"ok\",\n \"b\": \"\xC3\x28\"}"));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("UTF-8")));
    QCOMPARE(parsed.error().line, 2);
    QCOMPARE(parsed.error().column, 8);
    // A byte order mark is accepted.
    QVERIFY(parseJson(QByteArray("\xEF\xBB\xBF{}")).ok());
}

void TestJson::duplicateKeysKeepTheLastValueForLookups()
{
    Result<Json> parsed = parseJson(R"({"a": 1, "a": 2})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->value(QStringLiteral("a")).toInt(), 2);
    // Both are written back: the file keeps what it said.
    QCOMPARE(writeJson(*parsed, {0}), QByteArray(R"({"a":1,"a":2})"));
}

void TestJson::copiesShareUntilChanged()
{
    Json a = Json::object();
    a.set(QStringLiteral("k"), Json("v"));
    Json b = a;
    b.set(QStringLiteral("k"), Json("w"));
    QCOMPARE(a.value(QStringLiteral("k")).toString(), QStringLiteral("v"));
    QCOMPARE(b.value(QStringLiteral("k")).toString(), QStringLiteral("w"));
    QVERIFY(a != b);
}

void TestJson::convertsToAndFromQJsonValue()
{
    const QByteArray text = R"({"b":true,"n":null,"i":42,"d":2.5,"s":"x","a":[1,{"k":"v"}]})";
    Result<Json> parsed = parseJson(text);
    QVERIFY(parsed.ok());
    const QJsonValue q = parsed->toQJsonValue();
    QCOMPARE(q.toObject(), QJsonDocument::fromJson(text).object());
    QCOMPARE(Json::fromQJsonValue(q).toQJsonValue(), q);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
