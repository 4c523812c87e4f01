#pragma once

#include "botruntime.h"
#include "testsuite.h"
#include "transport.h"

#include <QCommandLineOption>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace dialogsmith::runtime {
class Conversation;
struct BotMessage;
} // namespace dialogsmith::runtime

namespace dialogsmith::network {
class EscalationClient;
class HttpClient;
class SecretHostPolicy;
class SecretStore;
} // namespace dialogsmith::network

namespace dialogsmith::cli {

/// The options chat, test and bench share: --channel, --env, --offline and --allow-secret-host.
struct RunOptions
{
    runtime::Channel channel = runtime::Channel::Web;
    QHash<QString, QString> environment; ///< --env KEY=VALUE
    bool offline = false;                ///< --offline: nothing goes to the network
    QStringList allowedSecretHosts;      ///< --allow-secret-host HOST: any secret may go there
};

/// Adds --channel, --env, --offline and --allow-secret-host to `parser`.
void addRunOptions(QCommandLineParser &parser);
/// Reads the run options; prints the problem and returns false on a bad value.
bool readRunOptions(const QCommandLineParser &parser, const QString &command, RunOptions &options,
                    QTextStream &err);
/// "KEY=VALUE" into `environment`; false when there is no '=' or no key.
bool parseAssignment(const QString &text, QHash<QString, QString> &environment);

/// A bot file loaded for runtimes that talk to the network: integrations over HTTP, agent
/// transfers to the legacy escalation endpoint at the environment's lpPlatformHost with the
/// secret lpApiKey, and `{$secret.NAME}` from the secret store (read once, when the bot is
/// loaded). A secret goes only to the hosts stored with it or allowed with --allow-secret-host;
/// a request that would take it anywhere else is not sent. With --offline every integration
/// and transfer fails at once instead.
class CliSession
{
public:
    CliSession();
    ~CliSession();

    /// Loads `file`; prints why it cannot and returns null. Compile problems are printed as
    /// warnings: the bot runs anyway.
    static std::unique_ptr<CliSession> open(const QString &file, QTextStream &err);
    /// A session of the bot `other` loaded, for another thread: it shares the compiled bot and
    /// the secrets read, and has network clients of its own.
    static std::unique_ptr<CliSession> share(const CliSession &other);

    /// A runtime for `options` (a new one each time: options differ between transcripts, and
    /// nothing one transcript did may reach the next). The bot is compiled once per session
    /// and shared, so a runtime is cheap. It must go before the session does.
    std::unique_ptr<runtime::BotRuntime> makeRuntime(const RunOptions &options);

    /// The bot as loaded.
    const document::Bot &bot() const { return m_bot; }

    /// The client every runtime of this session sends through.
    network::HttpClient &http() { return *m_http; }

private:
    document::Bot m_bot;
    std::shared_ptr<const runtime::CompiledBot> m_compiled;
    QHash<QString, QString> m_secrets;
    runtime::UnavailableTransport m_offline;
    std::unique_ptr<network::SecretStore> m_store;
    std::unique_ptr<network::SecretHostPolicy> m_secretHosts;
    std::unique_ptr<network::HttpClient> m_http;
    std::vector<std::unique_ptr<network::EscalationClient>> m_escalations;
};

using runtime::waitForTurn;

/// "bot: TEXT" (further lines of the text indented) and "  [n] label" for each choice.
QStringList formatMessage(const runtime::BotMessage &message);
/// "agent: TEXT", further lines indented: a human agent's reply after a transfer.
QString formatAgentMessage(const QString &text);

} // namespace dialogsmith::cli
