#include "clicommands.h"
#include "clisession.h"
#include "conversation.h"
#include "runtimecommands.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace dialogsmith::cli {

using namespace runtime;

int runChat(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Chat with a bot: one user message per line on stdin, each bot message printed as\n"
            "'bot: TEXT' (choices as '  [n] label'; answer with the label or n). 'reset'\n"
            "restarts the conversation; 'display userid' shows the user id. Integrations and\n"
            "agent transfers fail until the network layer is available."));
    parser.addPositionalArgument(QStringLiteral("chat"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to run."),
                                 QStringLiteral("FILE"));
    addRunOptions(parser);
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Also print the event log as '# ...' lines."));
    parser.addOption(debug);
    if (const int code = parseCommandLine(parser, args, 1, out, err); code >= 0)
        return code;
    RunOptions options;
    if (!readRunOptions(parser, QStringLiteral("chat"), options, err))
        return ExitUsage;

    const QString file = parser.positionalArguments().value(1);
    std::unique_ptr<CliSession> session = CliSession::open(file, err);
    if (!session)
        return ExitProblems;
    std::unique_ptr<BotRuntime> runtime = session->makeRuntime(options);
    Conversation *conversation = runtime->startConversation({options.channel, {}, {}});

    QObject::connect(conversation, &Conversation::messageSent, [&out](const BotMessage &m) {
        for (const QString &line : formatMessage(m))
            out << line << "\n";
    });
    if (parser.isSet(debug)) {
        QObject::connect(conversation, &Conversation::eventOccurred, [&out](const RuntimeEvent &e) {
            if (e.type == RuntimeEvent::Type::MessageSent)
                return;
            const QString text = e.describe();
            for (const QString &line : text.split(QLatin1Char('\n')))
                out << "# " << line << "\n";
            // Requests and responses: the lines the summary does not show.
            const QStringList detail = e.detail.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < detail.size() && !e.detail.isEmpty(); ++i) {
                if (i > 0 || !text.endsWith(detail.at(i)))
                    out << "#   " << detail.at(i) << "\n";
            }
        });
    }

    // A prompt only for people: piped input gets bot lines and nothing else.
    const bool interactive = isatty(fileno(stdin));
    QTextStream in(stdin);
    QString line;
    while (true) {
        if (interactive)
            out << "> " << Qt::flush;
        if (!in.readLineInto(&line))
            break;
        if (line.trimmed().isEmpty())
            continue;
        conversation->send(line);
        if (!waitForTurn(*conversation)) {
            err << "dialogsmith-cli chat: the bot did not answer within 30 s\n";
            return ExitProblems;
        }
        out << Qt::flush;
    }
    return ExitOk;
}

} // namespace dialogsmith::cli
