#include "clicommands.h"
#include "cloudcommands.h"
#include "epolleventdispatcher.h"
#include "networkcommands.h"
#include "runtimecommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

const Command commands[] = {
        {"validate", "Check bot files and list their problems.", dialogsmith::cli::runValidate},
        {"export", "Write a bot as a project or for Conversation Builder (--for cb).",
         dialogsmith::cli::runExport},
        {"info", "Summarize a bot (dialogs, interaction types, integrations).",
         dialogsmith::cli::runInfo},
        {"diff", "Compare two versions of a bot (exit 0 same, 1 different).",
         dialogsmith::cli::runDiff},
        {"outline", "Print a bot as a readable, stable outline (a textconv for git diff).",
         dialogsmith::cli::runOutline},
        {"chat", "Chat with a bot on stdin/stdout (--debug shows the event log).",
         dialogsmith::cli::runChat},
        {"test", "Run conversation transcripts against a bot.", dialogsmith::cli::runTest},
        {"bench", "Measure turns/s, turn latency and memory of the runtime.",
         dialogsmith::cli::runBench},
        {"secret", "Set, list or delete the values of {$secret.NAME}.",
         dialogsmith::cli::runSecret},
        {"agent-desk", "Run the local agent desk that takes bots' agent transfers.",
         dialogsmith::cli::runAgentDesk},
        {"account", "Set up the LiveEngage account: skills, users, keys, campaigns.",
         dialogsmith::cli::runAccount},
        {"cloud", "Run the local conversational cloud (LiveEngage on this machine).",
         dialogsmith::cli::runCloud},
        {"agent", "Deploy, start, stop or watch a bot's agents on the running cloud.",
         dialogsmith::cli::runAgent},
        {"visitor", "Talk to the running cloud as a visitor (stdin/stdout).",
         dialogsmith::cli::runVisitor},
};

void usage(QTextStream &s)
{
    s << "Usage: dialogsmith-cli COMMAND [OPTIONS] [ARGS]\n\n"
      << "Build, check and run Conversation Builder bots from the command line.\n\n"
      << "Commands:\n";
    for (const Command &c : commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(11) << c.summary << "\n";
    s << "\nRun 'dialogsmith-cli COMMAND --help' for a command's options.\n"
      << "Exit status: 0 ok, 1 problems found, 2 usage error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // The cloud serves thousands of sockets: Qt's own dispatchers go over all of them for every
    // event, epoll does not.
    if (argc > 1 && std::strcmp(argv[1], "cloud") == 0) {
        auto *dispatcher = new dialogsmith::network::EpollEventDispatcher;
        if (dispatcher->isValid())
            QCoreApplication::setEventDispatcher(dispatcher);
        else
            delete dispatcher;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialogsmith-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIALOGSMITH_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        usage(err);
        return dialogsmith::cli::ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        usage(out);
        return dialogsmith::cli::ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "dialogsmith-cli " << QCoreApplication::applicationVersion() << "\n";
        return dialogsmith::cli::ExitOk;
    }
    for (const Command &c : commands) {
        if (first == QLatin1String(c.name))
            return c.run(args, out, err);
    }
    err << "dialogsmith-cli: unknown command '" << first << "'\n\n";
    usage(err);
    return dialogsmith::cli::ExitUsage;
}
