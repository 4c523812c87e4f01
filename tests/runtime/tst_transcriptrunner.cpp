// The transcript runner that `dialogsmith-cli test` and the preview's replay share: per-step
// verdicts, the messages each bot line compares, and the dialog a `start:` line picks.

#include "runtimetesting.h"
#include "transcriptrunner.h"

#include <QTest>

using namespace dialogsmith::runtime;
using namespace dialogsmith::runtime::testing;

namespace {

Bot billingBot()
{
    Interaction greet = text(QStringLiteral("Greet"), QStringLiteral("Hello!"));
    greet.preProcess = QStringLiteral("botContext.setBotVariable('greeted', 'yes', true, false);");
    return bot({dialog(QStringLiteral("Welcome"),
                       {starter(QStringLiteral("Start"), {QStringLiteral("hi")}), greet,
                        text(QStringLiteral("Ask"), QStringLiteral("How can I help?"))}),
                dialog(QStringLiteral("Billing"),
                       {starter(QStringLiteral("Billing start"), {QStringLiteral("bill")}),
                        text(QStringLiteral("First billing"), QStringLiteral("Billing one."))}),
                dialog(QStringLiteral("billing"),
                       {starter(QStringLiteral("Other start"), {QStringLiteral("invoice")}),
                        text(QStringLiteral("Second billing"), QStringLiteral("Billing two."))})});
}

Transcript parse(const QString &text)
{
    const Result<Transcript> parsed = Transcript::parse(text);
    if (!parsed)
        qFatal("transcript does not parse: %s", qPrintable(parsed.error().message));
    return *parsed;
}

/// Runs `runner` to its end on `harness`'s conversation the way the CLI does; every bot message
/// gets its index as serial.
void run(TranscriptRunner &runner, Harness &harness)
{
    int serial = 0;
    QObject::connect(&harness.conversation(), &Conversation::messageSent,
                     [&](const BotMessage &m) { runner.messageReceived(m, serial++); });
    const Result<QString> start = runner.startDialogId(harness.runtime.bot());
    QVERIFY(start.ok());
    if (!start->isEmpty())
        harness.probe.startIn(*start);
    const auto variable = [&](const QString &name) {
        return harness.conversation().variable(name);
    };
    while (const std::optional<Transcript::Step> user = runner.advance(variable))
        harness.say(user->text);
    QVERIFY(runner.atEnd());
}

} // namespace

class TestTranscriptRunner : public QObject
{
    Q_OBJECT

private slots:
    void passingStepsGiveOneVerdictEach()
    {
        Harness h(billingBot());
        TranscriptRunner runner(parse(QStringLiteral("user: hi\n"
                                                     "bot: Hello!\n"
                                                     "bot~ how can *\n"
                                                     "var greeted = yes\n")));
        run(runner, h);
        QCOMPARE(runner.passed(), 3);
        QCOMPARE(runner.failed(), 0);
        const QList<StepVerdict> &v = runner.verdicts();
        QCOMPARE(v.size(), 3);
        QCOMPARE(v.at(0).step.line, 2);
        QCOMPARE(v.at(0).actual, QStringLiteral("Hello!"));
        QCOMPARE(v.at(0).messageSerial, 0);
        QCOMPARE(v.at(1).messageSerial, 1);
        QCOMPARE(v.at(2).actual, QStringLiteral("yes"));
        QCOMPARE(v.at(2).messageSerial, -1);
    }

    void failingStepsSayWhatWasExpectedAndFound()
    {
        Harness h(billingBot());
        TranscriptRunner runner(parse(QStringLiteral("user: hi\n"
                                                     "bot: Hi!\n"
                                                     "bot~ *bill*\n"
                                                     "bot: one more\n"
                                                     "var greeted = no\n")));
        run(runner, h);
        QCOMPARE(runner.passed(), 0);
        QCOMPARE(runner.failed(), 4);
        const QList<StepVerdict> &v = runner.verdicts();
        QCOMPARE(TranscriptRunner::expected(v.at(0).step), QStringLiteral("Hi!"));
        QCOMPARE(TranscriptRunner::actual(v.at(0)), QStringLiteral("Hello!"));
        QCOMPARE(TranscriptRunner::expected(v.at(1).step),
                 QStringLiteral("a message matching *bill*"));
        QCOMPARE(TranscriptRunner::actual(v.at(1)), QStringLiteral("How can I help?"));
        QVERIFY(v.at(2).missing);
        QCOMPARE(v.at(2).messageSerial, -1);
        QCOMPARE(TranscriptRunner::actual(v.at(2)), QStringLiteral("(no more bot messages)"));
        QCOMPARE(TranscriptRunner::expected(v.at(3).step), QStringLiteral("greeted = no"));
        QCOMPARE(TranscriptRunner::actual(v.at(3)), QStringLiteral("greeted = yes"));
    }

    void messagesNoBotLineNamesAreIgnored()
    {
        Harness h(billingBot());
        // The first turn's second message is not checked; the next turn starts afresh.
        TranscriptRunner runner(parse(QStringLiteral("user: hi\n"
                                                     "bot: Hello!\n"
                                                     "user: bill\n"
                                                     "bot: Billing one.\n")));
        run(runner, h);
        QCOMPARE(runner.failed(), 0);
        QCOMPARE(runner.passed(), 2);
    }

    void startPicksTheFirstDialogOfThatNameIgnoringCase()
    {
        // Two dialogs are called "Billing" and "billing": the first in the bot's order wins, in
        // the command line and in the preview alike.
        Harness h(billingBot());
        TranscriptRunner runner(parse(QStringLiteral("start: BILLING\n"
                                                     "bot: Billing one.\n")));
        const Result<QString> id = runner.startDialogId(h.runtime.bot());
        QVERIFY(id.ok());
        QCOMPARE(*id, h.runtime.bot().dialogs.at(1).id);
        run(runner, h);
        QCOMPARE(runner.passed(), 1);
        QCOMPARE(runner.failed(), 0);
    }

    void startInAMissingDialogIsAnError()
    {
        Harness h(billingBot());
        TranscriptRunner runner(parse(QStringLiteral("start: Returns\nuser: hi\n")));
        const Result<QString> id = runner.startDialogId(h.runtime.bot());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().message, QStringLiteral("the bot has no dialog named 'Returns'"));
        TranscriptRunner none(parse(QStringLiteral("user: hi\n")));
        QCOMPARE(none.startDialogId(h.runtime.bot()).value(), QString());
    }

    void blanksAroundABotMessageDoNotCount()
    {
        // CB exports often end a text with a space that no chat shows.
        Harness h(
                bot({dialog(QStringLiteral("Welcome"),
                            {starter(QStringLiteral("Start"), {QStringLiteral("hi")}),
                             text(QStringLiteral("Greet"), QStringLiteral("  Hello there! "))})}));
        TranscriptRunner runner(parse(QStringLiteral("user: hi\nbot: Hello there!\n")));
        run(runner, h);
        QCOMPARE(runner.passed(), 1);
        QCOMPARE(runner.failed(), 0);
        // Blanks inside still count.
        Harness h2(bot({dialog(QStringLiteral("Welcome"),
                               {starter(QStringLiteral("Start"), {QStringLiteral("hi")}),
                                text(QStringLiteral("Greet"), QStringLiteral("Hello  there!"))})}));
        TranscriptRunner strict(parse(QStringLiteral("user: hi\nbot: Hello there!\n")));
        run(strict, h2);
        QCOMPARE(strict.failed(), 1);
    }

    void restartForgetsEveryVerdict()
    {
        Harness h(billingBot());
        TranscriptRunner runner(parse(QStringLiteral("user: hi\nbot: Hello!\n")));
        run(runner, h);
        QCOMPARE(runner.verdicts().size(), 1);
        runner.restart();
        QVERIFY(!runner.atEnd());
        QCOMPARE(runner.verdicts().size(), 0);
        QCOMPARE(runner.passed(), 0);
        const std::optional<Transcript::Step> user = runner.advance({});
        QVERIFY(user.has_value());
        QCOMPARE(user->text, QStringLiteral("hi"));
        QCOMPARE(user->line, 1);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptRunner)
#include "tst_transcriptrunner.moc"
