#include "fragment.h"
#include "testsupport.h"

using namespace dialogsmith::document;
using namespace dialogsmith::format;
using namespace testsupport;

class TestFragment : public QObject
{
    Q_OBJECT

private slots:
    void interactionsSurviveTheClipboard();
    void dialogsSurviveTheClipboard();
    void pastedCopiesGetNewIdsNamesAndInternalTargets();
    void garbageIsRefused();
};

void TestFragment::interactionsSurviveTheClipboard()
{
    const Bot bot = loadBot(samplePath(QStringLiteral("bot-samples_back-guide_goBackBot.json")));
    Fragment f;
    f.interactions = {*bot.interactionByName(QStringLiteral("text_question_5")),
                      *bot.interactionByName(QStringLiteral("quick_reply_7"))};
    f.interactions[0].comment = QStringLiteral("asks to continue");
    Result<Fragment> back = readFragment(writeFragment(f, bot.id));
    QVERIFY(back.ok());
    QCOMPARE(back->dialogs.size(), 0);
    QCOMPARE(back->interactions.size(), 2);
    QCOMPARE(back->interactions.at(0).name, QStringLiteral("text_question_5"));
    QCOMPARE(back->interactions.at(0).rules.size(), 3);
    QCOMPARE(back->interactions.at(0).comment, QStringLiteral("asks to continue"));
    QCOMPARE(back->interactions.at(1).quickReplies.size(), 2);
    QCOMPARE(back->interactions.at(1).preProcess, f.interactions.at(1).preProcess);
}

void TestFragment::dialogsSurviveTheClipboard()
{
    const Bot bot = loadBot(routingBotPath());
    Fragment f;
    f.dialogs = {bot.dialogs.at(1)};
    Result<Fragment> back = readFragment(writeFragment(f, bot.id));
    QVERIFY(back.ok());
    QCOMPARE(back->dialogs.size(), 1);
    QCOMPARE(back->dialogs.first().name, QStringLiteral("Agent Handoff"));
    QCOMPARE(back->dialogs.first().interactions.size(), 2);
    QCOMPARE(back->dialogs.first().interactions.at(1).preProcess,
             bot.dialogs.at(1).interactions.at(1).preProcess);
}

void TestFragment::pastedCopiesGetNewIdsNamesAndInternalTargets()
{
    const Bot bot = loadBot(samplePath(QStringLiteral("bot-samples_back-guide_goBackBot.json")));
    const Interaction question = *bot.interactionByName(QStringLiteral("text_question_5"));
    const Interaction outside = *bot.interactionByName(QStringLiteral("quick_reply_7"));
    Fragment f;
    f.interactions = {question, outside};
    Fragment once = copyForPaste(f, bot);
    QCOMPARE(once.interactions.at(0).name, QStringLiteral("text_question_5 copy"));
    QVERIFY(once.interactions.at(0).id != question.id);
    QCOMPARE(once.interactions.at(0).id.size(), 40);
    QCOMPARE(once.interactions.at(0).fileOrder, -1);
    // The no-match rule went back to the question itself: it follows the copy.
    QCOMPARE(once.interactions.at(0).rules.at(1).action.target, once.interactions.at(0).id);
    // quick_reply_7's "back" rule goes to an interaction outside the fragment: unchanged.
    QCOMPARE(once.interactions.at(1).rules.at(1).action.target, outside.rules.at(1).action.target);

    Bot withCopy = bot;
    withCopy.dialogs[0].interactions.append(once.interactions);
    const Fragment twice = copyForPaste(f, withCopy);
    QCOMPARE(twice.interactions.at(0).name, QStringLiteral("text_question_5 copy 2"));
    // Copying a copy numbers it instead of stacking "copy copy".
    Fragment ofCopy;
    ofCopy.interactions = {once.interactions.at(0)};
    QCOMPARE(copyForPaste(ofCopy, withCopy).interactions.at(0).name,
             QStringLiteral("text_question_5 copy 2"));

    Fragment dialogs;
    dialogs.dialogs = {bot.dialogs.at(1)};
    const Fragment d = copyForPaste(dialogs, bot);
    QCOMPARE(d.dialogs.first().name, QStringLiteral("1 Welcome copy"));
    QVERIFY(d.dialogs.first().id != bot.dialogs.at(1).id);
}

void TestFragment::garbageIsRefused()
{
    QVERIFY(!readFragment("hello").ok());
    QVERIFY(!readFragment("{}").ok());
}

QTEST_GUILESS_MAIN(TestFragment)
#include "tst_fragment.moc"
