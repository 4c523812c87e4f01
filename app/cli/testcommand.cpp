#include "clicommands.h"
#include "clisession.h"
#include "conversation.h"
#include "patternmatcher.h"
#include "runtimecommands.h"
#include "transcript.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace dialogsmith::cli {

using namespace runtime;

namespace {

struct Tally
{
    int passed = 0;
    int failed = 0;
};

void report(QTextStream &out, const QString &file, const Transcript::Step &step,
            const QString &expected, const QString &actual)
{
    out << file << ":" << step.line << ": FAILED: " << step.source << "\n"
        << "  expected: " << expected << "\n"
        << "  actual:   " << actual << "\n";
}

/// Runs one transcript; false when it could not run at all.
bool runTranscript(CliSession &session, const QString &file, RunOptions options, bool debug,
                   QTextStream &out, QTextStream &err, Tally &tally)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << file << ": error: " << f.errorString() << "\n";
        return false;
    }
    const document::Result<Transcript> parsed = Transcript::parse(QString::fromUtf8(f.readAll()));
    if (!parsed) {
        err << file << ":" << parsed.error().line << ": error: " << parsed.error().message << "\n";
        return false;
    }
    const Transcript &transcript = *parsed;
    // The parser has checked the name.
    if (!transcript.channel.isEmpty())
        options.channel = channelFromName(transcript.channel).value_or(options.channel);
    // The command line's --env wins over the transcript's.
    QHash<QString, QString> environment = transcript.environment;
    environment.insert(options.environment);
    options.environment = environment;

    std::unique_ptr<BotRuntime> runtime = session.makeRuntime(options);
    Conversation *conversation
            = runtime->startConversation({options.channel, QStringLiteral("test-user"), {}});
    QList<BotMessage> messages;
    QObject::connect(conversation, &Conversation::messageSent,
                     [&messages](const BotMessage &m) { messages.append(m); });
    if (debug) {
        QObject::connect(conversation, &Conversation::eventOccurred, [&out](const RuntimeEvent &e) {
            if (e.type != RuntimeEvent::Type::MessageSent)
                out << "# " << e.describe() << "\n";
        });
    }

    if (!transcript.startDialog.isEmpty()) {
        // `start: NAME`: the conversation begins in that dialog (names compare ignoring case).
        QString dialogId;
        for (const document::Dialog &d : runtime->bot().dialogs) {
            if (d.name.compare(transcript.startDialog, Qt::CaseInsensitive) == 0) {
                dialogId = d.id;
                break;
            }
        }
        if (dialogId.isEmpty()) {
            err << file << ": error: the bot has no dialog named '" << transcript.startDialog
                << "'\n";
            return false;
        }
        if (debug)
            out << "# start: " << transcript.startDialog << "\n";
        conversation->startInDialog(dialogId);
        if (!waitForTurn(*conversation)) {
            err << file << ": error: the bot did not answer within 30 s\n";
            return false;
        }
    }

    auto pass = [&tally] {
        ++tally.passed;
    };
    for (const Transcript::Step &step : transcript.steps) {
        switch (step.kind) {
        case Transcript::Step::Kind::User:
            messages.clear();
            if (debug)
                out << "# user: " << step.text << "\n";
            conversation->send(step.text);
            if (!waitForTurn(*conversation)) {
                err << file << ":" << step.line << ": error: the bot did not answer within 30 s\n";
                return false;
            }
            break;
        case Transcript::Step::Kind::Bot:
        case Transcript::Step::Kind::BotPattern: {
            const bool exact = step.kind == Transcript::Step::Kind::Bot;
            const QString expected
                    = exact ? step.text : QStringLiteral("a message matching ") + step.text;
            if (messages.isEmpty()) {
                ++tally.failed;
                report(out, file, step, expected, QStringLiteral("(no more bot messages)"));
                break;
            }
            // A transcript line holds one line: the message's line breaks are written "\n".
            const QString actual = messages.takeFirst().summary().replace(QLatin1Char('\n'),
                                                                          QStringLiteral("\\n"));
            const bool ok
                    = exact ? actual == step.text : PatternMatcher({step.text}).matches(actual);
            if (ok) {
                pass();
            } else {
                ++tally.failed;
                report(out, file, step, expected, actual);
            }
            break;
        }
        case Transcript::Step::Kind::Variable: {
            const QString actual = conversation->variable(step.name).value_or(QString());
            if (actual == step.text) {
                pass();
            } else {
                ++tally.failed;
                report(out, file, step, step.name + QStringLiteral(" = ") + step.text,
                       step.name + QStringLiteral(" = ") + actual);
            }
            break;
        }
        }
    }
    return true;
}

} // namespace

int runTest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Run conversation tests. A transcript has 'user: TEXT' lines (send a message),\n"
            "'bot: TEXT' (the next bot message is TEXT), 'bot~ PATTERN' (it matches a CB\n"
            "pattern), 'var NAME = VALUE' (a bot variable), 'channel: web|messaging',\n"
            "'env: KEY=VALUE' and 'start: DIALOG' (set-up: the conversation begins in that\n"
            "dialog), and '#' comments. Bot messages no 'bot' line names before the next\n"
            "'user' line are ignored; line breaks in a bot message are written \\n. The user\n"
            "id is 'test-user'. Prints 'N passed, N failed' and each failure; exits with 1\n"
            "when a check fails."));
    parser.addPositionalArgument(QStringLiteral("test"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to run."),
                                 QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("transcripts"), QStringLiteral("Transcript files."),
                                 QStringLiteral("TRANSCRIPT..."));
    addRunOptions(parser);
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Also print the event log as '# ...' lines."));
    parser.addOption(debug);
    if (const int code = parseCommandLine(parser, args, 2, out, err); code >= 0)
        return code;
    RunOptions options;
    if (!readRunOptions(parser, QStringLiteral("test"), options, err))
        return ExitUsage;

    const QStringList positional = parser.positionalArguments();
    std::unique_ptr<CliSession> session = CliSession::open(positional.at(1), err);
    if (!session)
        return ExitProblems;
    Tally tally;
    bool allRan = true;
    for (const QString &file : positional.mid(2))
        allRan = runTranscript(*session, file, options, parser.isSet(debug), out, err, tally)
                 && allRan;
    out << tally.passed << " passed, " << tally.failed << " failed\n";
    return allRan && tally.failed == 0 ? ExitOk : ExitProblems;
}

} // namespace dialogsmith::cli
