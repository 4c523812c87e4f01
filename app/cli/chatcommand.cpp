#include "agentmessagepoller.h"
#include "clicommands.h"
#include "clisession.h"
#include "conversation.h"
#include "httpclient.h"
#include "runtimecommands.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <functional>
#include <unistd.h>

namespace dialogsmith::cli {

using namespace runtime;

namespace {

constexpr int turnTimeoutMs = 30000;

/// Standard input, line by line, from the event loop: agent replies print while the user types.
class StdinReader
{
public:
    StdinReader(std::function<void(const QString &)> onLine, std::function<void()> onEnd)
        : m_onLine(std::move(onLine))
        , m_onEnd(std::move(onEnd))
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier,
                         [this] { readAvailable(); });
    }

private:
    void readAvailable()
    {
        char chunk[65536];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n > 0) {
            m_buffer.append(chunk, n);
            qsizetype end;
            while ((end = m_buffer.indexOf('\n')) >= 0) {
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                if (line.endsWith('\r'))
                    line.chop(1);
                m_onLine(QString::fromUtf8(line));
            }
            return;
        }
        // End of input (or an error reading it): the last line may lack its newline.
        m_notifier.setEnabled(false);
        if (!m_buffer.isEmpty())
            m_onLine(QString::fromUtf8(std::exchange(m_buffer, {})));
        m_onEnd();
    }

    QSocketNotifier m_notifier{STDIN_FILENO, QSocketNotifier::Read};
    QByteArray m_buffer;
    std::function<void(const QString &)> m_onLine;
    std::function<void()> m_onEnd;
};

} // namespace

int runChat(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Chat with a bot: one user message per line on stdin, each bot message printed as\n"
            "'bot: TEXT' (choices as '  [n] label'; answer with the label or n). 'reset'\n"
            "restarts the conversation; 'display userid' shows the user id. In the messaging\n"
            "channel integrations and agent transfers go over the network; once a transfer is\n"
            "taken, the agent's replies print as 'agent: TEXT' until the agent closes it or\n"
            "stdin ends. Errors go to stderr."));
    parser.addPositionalArgument(QStringLiteral("chat"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to run."),
                                 QStringLiteral("FILE"));
    addRunOptions(parser);
    const QCommandLineOption debugOption(
            QStringLiteral("debug"), QStringLiteral("Also print the event log as '# ...' lines."));
    parser.addOption(debugOption);
    if (const int code = parseCommandLine(parser, args, 1, out, err); code >= 0)
        return code;
    RunOptions options;
    if (!readRunOptions(parser, QStringLiteral("chat"), options, err))
        return ExitUsage;
    const bool debug = parser.isSet(debugOption);

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
    QObject::connect(
            conversation, &Conversation::eventOccurred, [&out, &err, debug](const RuntimeEvent &e) {
                if (e.type == RuntimeEvent::Type::MessageSent)
                    return;
                if (!debug) {
                    // Failures are worth a line even without the log.
                    if (e.type == RuntimeEvent::Type::Error)
                        err << "dialogsmith-cli chat: " << e.describe() << "\n" << Qt::flush;
                    return;
                }
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

    // A prompt only for people: piped input gets bot lines and nothing else.
    const bool interactive = isatty(fileno(stdin));
    const auto prompt = [&] {
        out << Qt::flush;
        if (interactive)
            out << "> " << Qt::flush;
    };

    // After a transfer went through: the agent's replies, from the desk that took it.
    std::unique_ptr<network::AgentMessagePoller> poller;
    QObject::connect(
            &session->http(), &network::HttpClient::escalationQueued,
            [&](const network::EscalationTicket &ticket) {
                if (ticket.conversationId != conversation->id())
                    return;
                poller = std::make_unique<network::AgentMessagePoller>(session->http(), ticket);
                QObject::connect(poller.get(), &network::AgentMessagePoller::agentMessage,
                                 [&](const QString &text) {
                                     // At a terminal the reply replaces the waiting prompt.
                                     if (interactive)
                                         out << "\r";
                                     out << formatAgentMessage(text) << "\n";
                                     if (!conversation->isBusy())
                                         prompt();
                                     out << Qt::flush;
                                 });
                QObject::connect(poller.get(), &network::AgentMessagePoller::stateChanged,
                                 [&out, debug](const QString &state) {
                                     if (debug)
                                         out << "# agent desk: the transfer is " << state << "\n"
                                             << Qt::flush;
                                 });
                QObject::connect(poller.get(), &network::AgentMessagePoller::failed,
                                 [&err](const QString &message) {
                                     err << "dialogsmith-cli chat: agent messages: " << message
                                         << "\n"
                                         << Qt::flush;
                                 });
                poller->start();
            });

    QEventLoop loop;
    int exitCode = ExitOk;
    QStringList pending;
    bool inputEnded = false;
    QTimer turnTimer;
    turnTimer.setSingleShot(true);
    QObject::connect(&turnTimer, &QTimer::timeout, &loop, [&] {
        err << "dialogsmith-cli chat: the bot did not answer within " << turnTimeoutMs / 1000
            << " s\n";
        exitCode = ExitProblems;
        loop.quit();
    });

    // One message at a time: the next goes once turnFinished() has been delivered.
    std::function<void()> next = [&] {
        if (conversation->isBusy())
            return;
        while (!pending.isEmpty()) {
            const QString line = pending.takeFirst();
            if (line.trimmed().isEmpty())
                continue;
            turnTimer.start(turnTimeoutMs);
            conversation->send(line);
            return;
        }
        if (inputEnded)
            loop.quit();
    };
    QObject::connect(conversation, &Conversation::turnFinished, &loop, [&] {
        if (conversation->isBusy())
            return;
        turnTimer.stop();
        // A reset starts another conversation: the old transfer is not its business.
        if (poller && poller->ticket().conversationId != conversation->id())
            poller.reset();
        prompt();
        QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    });

    StdinReader input(
            [&](const QString &line) {
                pending.append(line);
                next();
            },
            [&] {
                inputEnded = true;
                next();
            });
    if (interactive)
        out << "> " << Qt::flush;
    loop.exec();
    poller.reset();
    out << Qt::flush;
    return exitCode;
}

} // namespace dialogsmith::cli
