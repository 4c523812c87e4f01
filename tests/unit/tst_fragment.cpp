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
    void pasteGoesAfterTheSelectionOrToTheEndOfTheDialog();
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

void TestFragment::pasteGoesAfterTheSelectionOrToTheEndOfTheDialog()
{
    const Bot bot = loadBot(routingBotPath());
    const Dialog &first = bot.dialogs.at(0);
    const Dialog &second = bot.dialogs.at(1);
    QVERIFY(first.interactions.size() >= 2);

    // After the last selected interaction, in its dialog, whatever dialog is on the canvas.
    std::optional<PastePlace> place = pastePlace(
            bot, second.id, {second.interactions.at(0).id, first.interactions.at(0).id});
    QVERIFY(place);
    QCOMPARE(place->dialogId, first.id);
    QCOMPARE(place->index, 1);

    // Without a selection, at the end of the dialog on the canvas.
    place = pastePlace(bot, second.id, {});
    QVERIFY(place);
    QCOMPARE(place->dialogId, second.id);
    QCOMPARE(place->index, -1);

    // Nowhere to go.
    QVERIFY(!pastePlace(bot, QString(), {}));
    QVERIFY(!pastePlace(bot, QStringLiteral("no such dialog"), {}));

    // Loose copies placed on the canvas move off their originals; copies inside dialogs do not.
    Fragment f;
    f.interactions = {first.interactions.at(0)};
    f.interactions[0].position = QPointF(100, 200);
    f.dialogs = {second};
    f.dialogs[0].interactions[0].position = QPointF(10, 20);
    const Fragment copy = copyForPaste(f, bot);
    QCOMPARE(*copy.interactions.at(0).position, QPointF(100 + pasteOffset, 200 + pasteOffset));
    QCOMPARE(*copy.dialogs.at(0).interactions.at(0).position, QPointF(10, 20));
}

QTEST_GUILESS_MAIN(TestFragment)

#include "tst_fragment.moc"
