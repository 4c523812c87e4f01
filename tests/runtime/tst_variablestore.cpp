#include "variablestore.h"

#include <QTest>

using namespace dialogsmith::runtime;

class TestVariableStore : public QObject
{
    Q_OBJECT

private slots:
    void requestScopeEndsWithTheTurn()
    {
        VariableStore store;
        store.set(QStringLiteral("r"), VariableValue::fromText(QStringLiteral("1")),
                  StoreScope::Request);
        store.set(QStringLiteral("s"), VariableValue::fromText(QStringLiteral("2")),
                  StoreScope::Session);
        QCOMPARE(store.find(QStringLiteral("r"))->text, QStringLiteral("1"));
        store.endTurn();
        QVERIFY(!store.find(QStringLiteral("r")));
        QCOMPARE(store.find(QStringLiteral("s"))->text, QStringLiteral("2"));
    }

    void dialogScopeEndsWithItsDialog()
    {
        VariableStore store;
        store.set(QStringLiteral("a"), VariableValue::fromText(QStringLiteral("x")),
                  StoreScope::Dialog, QStringLiteral("dialog-a"));
        store.set(QStringLiteral("b"), VariableValue::fromText(QStringLiteral("y")),
                  StoreScope::Dialog, QStringLiteral("dialog-b"));
        store.endTurn();
        store.endDialog(QStringLiteral("dialog-a"));
        QVERIFY(!store.find(QStringLiteral("a")));
        QCOMPARE(store.find(QStringLiteral("b"))->text, QStringLiteral("y"));
    }

    void oneNameOneValue()
    {
        VariableStore store;
        store.set(QStringLiteral("v"), VariableValue::fromText(QStringLiteral("1")),
                  StoreScope::Request);
        store.set(QStringLiteral("v"), VariableValue::fromText(QStringLiteral("2")),
                  StoreScope::Session);
        store.endTurn(); // the session value replaced the request one and survives
        QCOMPARE(store.find(QStringLiteral("v"))->text, QStringLiteral("2"));
        QCOMPARE(*store.scopeOf(QStringLiteral("v")), StoreScope::Session);
    }

    void foreverIsSharedByTheUsersConversations()
    {
        auto user = std::make_shared<VariableStore::UserValues>();
        VariableStore first(user);
        first.set(QStringLiteral("lastVisited"), VariableValue::fromText(QStringLiteral("today")),
                  StoreScope::Forever);
        first.clearConversation();
        QCOMPARE(first.find(QStringLiteral("lastVisited"))->text, QStringLiteral("today"));
        VariableStore second(user);
        QCOMPARE(second.find(QStringLiteral("lastVisited"))->text, QStringLiteral("today"));
        VariableStore stranger;
        QVERIFY(!stranger.find(QStringLiteral("lastVisited")));
    }

    void clearConversationKeepsOnlyForever()
    {
        VariableStore store;
        store.set(QStringLiteral("s"), VariableValue::fromText(QStringLiteral("1")),
                  StoreScope::Session);
        store.set(QStringLiteral("f"), VariableValue::fromText(QStringLiteral("2")),
                  StoreScope::Forever);
        store.clearConversation();
        QCOMPARE(store.names(), QStringList{QStringLiteral("f")});
    }

    void removeAndNames()
    {
        VariableStore store;
        store.set(QStringLiteral("b"), VariableValue::fromText({}), StoreScope::Session);
        store.set(QStringLiteral("a"), VariableValue::fromText({}), StoreScope::Forever);
        QCOMPARE(store.names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(!store.remove(QStringLiteral("a")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("b")});
    }
};

QTEST_GUILESS_MAIN(TestVariableStore)
#include "tst_variablestore.moc"
