#include "jsonpath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dialogsmith::runtime;

class TestJsonPath : public QObject
{
    Q_OBJECT

private:
    static QJsonValue root()
    {
        return QJsonDocument::fromJson(R"({"api_Stores": {"stores": [
            {"city": "Lyon", "zip": 69001, "open": true},
            {"city": "Nice", "zip": 6000, "tags": ["sea"]}
        ]}, "api_Quiz": [{"answer": "Paris", "category": {"title": "capitals"}}]})")
                .object();
    }

private slots:
    void memberAndIndex()
    {
        const auto r = evaluateJsonPath(root(), u"{$.api_Quiz[0].category.title}");
        QVERIFY(r);
        QCOMPARE(r->values, QStringList{QStringLiteral("capitals")});
        QVERIFY(!r->many);
    }

    void everyItem()
    {
        const auto r = evaluateJsonPath(root(), u"$.api_Stores.stores[i].city");
        QVERIFY(r);
        QCOMPARE(r->values, (QStringList{QStringLiteral("Lyon"), QStringLiteral("Nice")}));
        QVERIFY(r->many);
        QCOMPARE(evaluateJsonPath(root(), u"$.api_Stores.stores[*].zip")->values,
                 (QStringList{QStringLiteral("69001"), QStringLiteral("6000")}));
    }

    void valuesAsText()
    {
        QCOMPARE(evaluateJsonPath(root(), u"$.api_Stores.stores[0].open")->values,
                 QStringList{QStringLiteral("true")});
        QCOMPARE(evaluateJsonPath(root(), u"$.api_Stores.stores[1].tags")->values,
                 QStringList{QStringLiteral("[\"sea\"]")});
    }

    void missingPathsGiveNothing()
    {
        QVERIFY(evaluateJsonPath(root(), u"$.api_Stores.stores[5].city")->values.isEmpty());
        QVERIFY(evaluateJsonPath(root(), u"$.nothing.here")->values.isEmpty());
    }

    void malformedPaths()
    {
        QVERIFY(!evaluateJsonPath(root(), u"api_Quiz"));
        QVERIFY(!evaluateJsonPath(root(), u"$.api_Quiz[x]"));
        QVERIFY(!evaluateJsonPath(root(), u"$.api_Quiz[0"));
        QVERIFY(!evaluateJsonPath(root(), u"$..x"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
