#include "search.h"
#include "testsupport.h"

using namespace dialogsmith::document;
using namespace testsupport;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsNamesTextsPatternsCodeAndUrls();
    void codeHitsCarryTheirLine();
    void caseSensitivityAndEmptyNeedle();
};

void TestSearch::findsNamesTextsPatternsCodeAndUrls()
{
    const Bot bot = loadBot(routingBotPath());
    auto whats = [&](const QString &needle) {
        QStringList out;
        for (const SearchHit &h : searchBot(bot, needle))
            out.append(h.what);
        return out;
    };
    QCOMPARE(whats(QStringLiteral("Agent Handoff")), QStringList{"Dialog name"});
    QCOMPARE(whats(QStringLiteral("transfer to billing")), QStringList{"Interaction name"});
    QVERIFY(whats(QStringLiteral("representative")).contains(QStringLiteral("Pattern")));
    QVERIFY(whats(QStringLiteral("livePersonAgent")).contains(QStringLiteral("URL")));
    QVERIFY(whats(QStringLiteral("lpApiKey")).contains(QStringLiteral("Header")));
    QVERIFY(whats(QStringLiteral("agentSkillId")).contains(QStringLiteral("Body")));
    QVERIFY(whats(QStringLiteral("getConversationId"))
                    .contains(QStringLiteral("Global functions")));
    QVERIFY(whats(QStringLiteral("routing bot")).contains(QStringLiteral("Text")));

    const QList<SearchHit> hits = searchBot(bot, QStringLiteral("representative"));
    QCOMPARE(hits.first().location.dialogId, bot.dialogs.at(1).id);
    QCOMPARE(hits.first().location.interactionId, bot.dialogs.at(1).interactions.at(0).id);
    QCOMPARE(hits.first().location.field, QStringLiteral("patterns"));
}

void TestSearch::codeHitsCarryTheirLine()
{
    const Bot bot = loadBot(routingBotPath());
    const QList<SearchHit> hits = searchBot(bot, QStringLiteral("botContext.sendMessage"));
    QCOMPARE(hits.size(), 2); // the agent and the billing transfers
    QCOMPARE(hits.first().what, QStringLiteral("Pre-process code"));
    QCOMPARE(hits.first().location.field, QStringLiteral("pre-process"));
    QCOMPARE(hits.first().line, 7);
    QCOMPARE(hits.first().snippet, QStringLiteral("botContext.sendMessage(message);"));
}

void TestSearch::caseSensitivityAndEmptyNeedle()
{
    const Bot bot = loadBot(routingBotPath());
    QVERIFY(!searchBot(bot, QStringLiteral("agent handoff")).isEmpty());
    QVERIFY(searchBot(bot, QStringLiteral("agent handoff"), Qt::CaseSensitive).isEmpty());
    QVERIFY(searchBot(bot, QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
