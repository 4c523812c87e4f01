#pragma once

#include "botruntime.h"
#include "transport.h"

#include <QCommandLineOption>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace dialogsmith::runtime {
class Conversation;
struct BotMessage;
} // namespace dialogsmith::runtime

namespace dialogsmith::cli {

/// The options chat, test and bench share: --channel and --env.
struct RunOptions
{
    runtime::Channel channel = runtime::Channel::Web;
    QHash<QString, QString> environment; ///< --env KEY=VALUE
};

/// Adds --channel and --env to `parser`.
void addRunOptions(QCommandLineParser &parser);
/// Reads --channel and --env; prints the problem and returns false on a bad value.
bool readRunOptions(const QCommandLineParser &parser, const QString &command, RunOptions &options,
                    QTextStream &err);
/// "KEY=VALUE" into `environment`; false when there is no '=' or no key.
bool parseAssignment(const QString &text, QHash<QString, QString> &environment);

/// Parses `args` (the command name first); prints --help and returns 0, prints a usage error and
/// returns 2, or returns -1 when the command should go on.
int parseCommandLine(QCommandLineParser &parser, const QStringList &args, int minPositional,
                     QTextStream &out, QTextStream &err);

/// A bot file loaded into a runtime whose transports fail every call: integrations and agent
/// transfers need the network layer, and the CLI never pretends they succeeded.
class CliSession
{
public:
    /// Loads `file`; prints why it cannot and returns null. Compile problems are printed as
    /// warnings: the bot runs anyway.
    static std::unique_ptr<CliSession> open(const QString &file, QTextStream &err);

    /// A runtime for `options` (a new one each time: options differ between transcripts).
    std::unique_ptr<runtime::BotRuntime> makeRuntime(const RunOptions &options);

private:
    document::Bot m_bot;
    runtime::UnavailableTransport m_transport;
};

/// Waits until the conversation's turn is over (the event loop runs meanwhile); false after
/// `timeoutMs`.
bool waitForTurn(runtime::Conversation &conversation, int timeoutMs = 30000);

/// "bot: TEXT" (further lines of the text indented) and "  [n] label" for each choice.
QStringList formatMessage(const runtime::BotMessage &message);

} // namespace dialogsmith::cli
