#include "contextstore.h"

#include <QTest>

using namespace dialogsmith::runtime;
using Scope = ContextStore::Scope;

class TestContextStore : public QObject
{
    Q_OBJECT

private slots:
    void namespacesMustBeRegistered()
    {
        ContextStore store;
        QVERIFY(!store.set(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("p"), 1));
        QVERIFY(store.registerNamespace(QStringLiteral("ns")));
        QVERIFY(store.set(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("p"), 1));
        QCOMPARE(*store.get(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("p")),
                 QJsonValue(1));
        QVERIFY(store.deleteNamespace(QStringLiteral("ns")));
        QVERIFY(!store.get(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("p")));
    }

    void scopesAreSeparate()
    {
        ContextStore store;
        store.registerNamespace(QStringLiteral("ns"));
        store.set(Scope::User, QStringLiteral("u1"), QStringLiteral("ns"), QStringLiteral("p"),
                  QStringLiteral("user one"));
        store.set(Scope::Conversation, QStringLiteral("c1"), QStringLiteral("ns"),
                  QStringLiteral("p"), QStringLiteral("conversation one"));
        QCOMPARE(store.get(Scope::User, QStringLiteral("u1"), QStringLiteral("ns"),
                           QStringLiteral("p"))
                         ->toString(),
                 QStringLiteral("user one"));
        QVERIFY(!store.get(Scope::User, QStringLiteral("u2"), QStringLiteral("ns"),
                           QStringLiteral("p")));
        QVERIFY(!store.get(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("p")));
        QCOMPARE(store.getAll(Scope::Conversation, QStringLiteral("c1"), QStringLiteral("ns")),
                 QJsonObject({{QStringLiteral("p"), QStringLiteral("conversation one")}}));
        store.dropConversation(QStringLiteral("c1"));
        QVERIFY(store.getAll(Scope::Conversation, QStringLiteral("c1"), QStringLiteral("ns"))
                        .isEmpty());
    }

    void removeAndRemoveAll()
    {
        ContextStore store;
        store.registerNamespace(QStringLiteral("ns"));
        store.set(Scope::User, QStringLiteral("u"), QStringLiteral("ns"), QStringLiteral("a"), 1);
        store.set(Scope::User, QStringLiteral("u"), QStringLiteral("ns"), QStringLiteral("b"), 2);
        QVERIFY(store.remove(Scope::User, QStringLiteral("u"), QStringLiteral("ns"),
                             QStringLiteral("a")));
        QVERIFY(!store.remove(Scope::User, QStringLiteral("u"), QStringLiteral("ns"),
                              QStringLiteral("a")));
        QVERIFY(store.removeAll(Scope::User, QStringLiteral("u"), QStringLiteral("ns")));
        QVERIFY(store.getAll(Scope::User, QStringLiteral("u"), QStringLiteral("ns")).isEmpty());
        QVERIFY(!store.removeAll(Scope::User, QStringLiteral("u"), QStringLiteral("other")));
    }

    void timeToLive()
    {
        ContextStore store;
        qint64 now = 1000000;
        store.setClock([&now] { return now; });
        store.registerNamespace(QStringLiteral("ns"));
        store.set(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("old"), 1);
        store.registerNamespace(QStringLiteral("ns"), 60); // applies to what is written next
        store.set(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("new"), 2);
        now += 61 * 1000;
        QVERIFY(store.get(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("old")));
        QVERIFY(!store.get(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("new")));
    }

    void persistsAsJson()
    {
        ContextStore store;
        store.registerNamespace(QStringLiteral("ns"), 0);
        store.set(Scope::Global, {}, QStringLiteral("ns"), QStringLiteral("g"),
                  QJsonObject{{QStringLiteral("k"), true}});
        store.set(Scope::User, QStringLiteral("u"), QStringLiteral("ns"), QStringLiteral("p"),
                  QStringLiteral("v"));
        ContextStore copy;
        QVERIFY(copy.fromJson(store.toJson()));
        QCOMPARE(copy.toJson(), store.toJson());
        QCOMPARE(copy.get(Scope::User, QStringLiteral("u"), QStringLiteral("ns"),
                          QStringLiteral("p"))
                         ->toString(),
                 QStringLiteral("v"));
        QVERIFY(!copy.fromJson(QJsonObject{{QStringLiteral("namespaces"), 3}}));
        QVERIFY(copy.hasNamespace(QStringLiteral("ns"))); // unchanged after a bad load
    }
};

QTEST_GUILESS_MAIN(TestContextStore)
#include "tst_contextstore.moc"
