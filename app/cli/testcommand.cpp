#include "clicommands.h"
#include "clisession.h"
#include "conversation.h"
#include "runtimecommands.h"
#include "transcript.h"
#include "transcriptrunner.h"

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

void report(QTextStream &out, const QString &file, const StepVerdict &verdict)
{
    out << file << ":" << verdict.step.line << ": FAILED: " << verdict.step.source << "\n"
        << "  expected: " << TranscriptRunner::expected(verdict.step) << "\n"
        << "  actual:   " << TranscriptRunner::actual(verdict) << "\n";
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
    TranscriptRunner runner(*parsed);
    const Transcript &transcript = runner.transcript();
    // The parser has checked the name.
    if (!transcript.channel.isEmpty())
        options.channel = channelFromName(transcript.channel).value_or(options.channel);
    // The command line's --env wins over the transcript's.
    QHash<QString, QString> environment = transcript.environment;
    environment.insert(options.environment);
    options.environment = environment;

    std::unique_ptr<BotRuntime> runtime = session.makeRuntime(options);
    const document::Result<QString> startDialog = runner.startDialogId(runtime->bot());
    if (!startDialog) {
        err << file << ": error: " << startDialog.error().message << "\n";
        return false;
    }
    Conversation *conversation
            = runtime->startConversation({options.channel, QStringLiteral("test-user"), {}});
    QObject::connect(conversation, &Conversation::messageSent,
                     [&runner](const BotMessage &m) { runner.messageReceived(m); });
    if (debug) {
        QObject::connect(conversation, &Conversation::eventOccurred, [&out](const RuntimeEvent &e) {
            if (e.type != RuntimeEvent::Type::MessageSent)
                out << "# " << e.describe() << "\n";
        });
    }

    int line = 0; // of the user step being answered, for a timeout
    if (!startDialog->isEmpty()) {
        if (debug)
            out << "# start: " << transcript.startDialog << "\n";
        conversation->startInDialog(*startDialog);
    }
    const auto variable = [conversation](const QString &name) {
        return conversation->variable(name);
    };
    for (;;) {
        if (!waitForTurn(*conversation)) {
            err << file << (line > 0 ? QStringLiteral(":%1").arg(line) : QString())
                << ": error: the bot did not answer within 30 s\n";
            return false;
        }
        const qsizetype checked = runner.verdicts().size();
        const std::optional<Transcript::Step> user = runner.advance(variable);
        for (const StepVerdict &verdict : runner.verdicts().mid(checked)) {
            if (!verdict.passed)
                report(out, file, verdict);
        }
        if (!user)
            break;
        line = user->line;
        if (debug)
            out << "# user: " << user->text << "\n";
        conversation->send(user->text);
    }
    tally.passed += runner.passed();
    tally.failed += runner.failed();
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
