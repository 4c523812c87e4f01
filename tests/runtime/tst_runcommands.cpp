// dialogsmith-cli chat, test and bench as a user runs them: through the executable.

#include "runtimetesting.h"

#include "projectfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(DIALOGSMITH_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("dialogsmith-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

QString sample(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples/") + name;
}

} // namespace

class TestRunCommands : public QObject
{
    Q_OBJECT

private slots:
    void chatOverAPipe()
    {
        const Run run = cli({QStringLiteral("chat"), routingBot()},
                            "hi\n\nI want a human\nwhat is my bill\nblah\n");
        QCOMPARE(run.exitCode, 0);
        // One line per bot message and nothing else: no prompt when stdin is not a terminal.
        QCOMPARE(run.out,
                 QStringLiteral("bot: Hi, I am the routing bot. Say \"agent\" to talk to a person, "
                                "or ask about your bill.\n"
                                "bot: Hold on while I transfer you to an agent.\n"
                                "bot: Let me connect you with our billing team.\n"
                                "bot: Sorry, I did not get that. Say \"agent\" to talk to a "
                                "person, or \"billing\" for questions about invoices.\n"));
        QVERIFY(run.err.isEmpty());
    }

    void chatShowsChoicesAndAcceptsTheirNumber()
    {
        const Run run = cli({QStringLiteral("chat"),
                             sample(QStringLiteral("bot-samples_back-guide_goBackBot.json"))},
                            "hi\ncontinue\n2\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("\n  [1] Continue\n  [2] Back\n")));
        QVERIFY(run.out.endsWith(QStringLiteral("bot: This is interaction number 1. Type "
                                                "'continue' to proceed, or type 'back' to return "
                                                "to the previous interaction.\n")));
    }

    void chatDebugPrintsTheEventLog()
    {
        // Nothing listens on port 1 of this machine: the transfer fails at once.
        const Run run = cli({QStringLiteral("chat"), routingBot(), QStringLiteral("--debug"),
                             QStringLiteral("--channel"), QStringLiteral("messaging"),
                             QStringLiteral("--env"), QStringLiteral("humanSkillId=99"),
                             QStringLiteral("--env"),
                             QStringLiteral("lpPlatformHost=http://127.0.0.1:1")},
                            "agent\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("# pattern: \"agent\" matches pattern "
                                                "\"*(agent|representative|help|human)*\"")));
        QVERIFY(run.out.contains(QStringLiteral("# variable: agentSkillId = 99 (session)")));
        QVERIFY(run.out.contains(QStringLiteral("#   Authorization: ***")));
        QVERIFY2(run.out.contains(QStringLiteral("# error: integration \"Escalation\" failed: "
                                                 "could not connect to 127.0.0.1:1: the "
                                                 "connection was refused")),
                 qPrintable(run.out));
        QVERIFY(run.out.endsWith(QStringLiteral(
                "bot: Not able to transfer to Agent at this time. Please try later.\n")));
        QVERIFY(run.err.isEmpty()); // with --debug, errors are in the log
    }

    void multiLineMessages()
    {
        using namespace dialogsmith::runtime::testing;
        QTemporaryDir dir;
        const QString botFile = dir.filePath(QStringLiteral("lines.json"));
        const Bot b = bot({dialog(QStringLiteral("Lines"),
                                  {starter(QStringLiteral("s"), {QStringLiteral("lines")}),
                                   text(QStringLiteral("t"), QStringLiteral("first\nsecond"))})});
        QVERIFY(dialogsmith::format::saveBotFile(b, botFile).ok());

        const Run chat = cli({QStringLiteral("chat"), botFile}, "lines\n");
        QCOMPARE(chat.out, QStringLiteral("bot: first\n     second\n"));

        const QString transcript = dir.filePath(QStringLiteral("lines.txt"));
        QFile f(transcript);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("user: lines\nbot: first\\nsecond\n");
        f.close();
        const Run test = cli({QStringLiteral("test"), botFile, transcript});
        QCOMPARE(test.out, QStringLiteral("1 passed, 0 failed\n"));
        QCOMPARE(test.exitCode, 0);
    }

    void chatAnswersABotWhoseGlobalGetterNeverReturns()
    {
        // A downloaded bot's pre-process leaves a getter on the global object that never returns.
        using namespace dialogsmith::runtime::testing;
        QTemporaryDir dir;
        const QString botFile = dir.filePath(QStringLiteral("trap.json"));
        Interaction t = text(QStringLiteral("t"), QStringLiteral("still here"));
        t.preProcess = QStringLiteral(
                "Object.defineProperty(this,'zz',{get:function(){for(;;){}},enumerable:true});");
        const Bot b = bot({dialog(QStringLiteral("Trap"),
                                  {starter(QStringLiteral("s"), {QStringLiteral("hi")}), t})});
        QVERIFY(dialogsmith::format::saveBotFile(b, botFile).ok());

        QElapsedTimer timer;
        timer.start();
        const Run chat = cli({QStringLiteral("chat"), botFile}, "hi\nhi\n");
        QCOMPARE(chat.out, QStringLiteral("bot: still here\nbot: still here\n"));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("chat")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("chat"), routingBot(), QStringLiteral("--channel"),
                      QStringLiteral("sms")})
                         .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("chat"), routingBot(), QStringLiteral("--env"),
                      QStringLiteral("novalue")})
                         .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("test"), routingBot()}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bench"), routingBot(), QStringLiteral("--message"),
                      QStringLiteral("hi")})
                         .exitCode,
                 2); // no --turns
        QCOMPARE(cli({QStringLiteral("bench"), routingBot(), QStringLiteral("--turns"),
                      QStringLiteral("10")})
                         .exitCode,
                 2); // no --message
        QCOMPARE(cli({QStringLiteral("chat"), QStringLiteral("/no/such/bot.json")}).exitCode, 1);
    }

    void benchPrintsThroughputLatencyAndMemory()
    {
        const Run run
                = cli({QStringLiteral("bench"), routingBot(), QStringLiteral("--turns"),
                       QStringLiteral("400"), QStringLiteral("--warmup"), QStringLiteral("40"),
                       QStringLiteral("--conversations"), QStringLiteral("20"),
                       QStringLiteral("--message"), QStringLiteral("hi"),
                       QStringLiteral("--message"), QStringLiteral("I want a human")});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpression one(
                QStringLiteral("1 conversation: (\\d+) turns/s, p50 [0-9.]+ ms, p99 [0-9.]+ ms\n"));
        const QRegularExpression many(QStringLiteral(
                "20 conversations: (\\d+) turns/s, p50 [0-9.]+ ms, p99 [0-9.]+ ms\n"));
        QVERIFY2(one.match(run.out).hasMatch(), qPrintable(run.out));
        QVERIFY2(many.match(run.out).hasMatch(), qPrintable(run.out));
        QVERIFY(one.match(run.out).captured(1).toInt() > 0);
        QVERIFY(QRegularExpression(QStringLiteral("peak memory: [0-9.]+ MB"))
                        .match(run.out)
                        .hasMatch());

        const Run json = cli({QStringLiteral("bench"), routingBot(), QStringLiteral("--turns"),
                              QStringLiteral("100"), QStringLiteral("--warmup"),
                              QStringLiteral("0"), QStringLiteral("--message"),
                              QStringLiteral("blah"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("turns")).toInt(), 100);
        QVERIFY(result.value(QStringLiteral("one_conversation"))
                        .toObject()
                        .value(QStringLiteral("turns_per_s"))
                        .toInt()
                > 0);
        QCOMPARE(result.value(QStringLiteral("many_conversations"))
                         .toObject()
                         .value(QStringLiteral("silent_turns"))
                         .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestRunCommands)
#include "tst_runcommands.moc"
