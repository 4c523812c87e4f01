#include "clisession.h"

#include "clicommands.h"
#include "conversation.h"
#include "escalationclient.h"
#include "httpclient.h"
#include "projectfile.h"
#include "secrethosts.h"
#include "secretstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dialogsmith::cli {

using namespace runtime;

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("channel"),
                      QStringLiteral("Channel: 'web' (preview, default) or 'messaging'."),
                      QStringLiteral("channel"), QStringLiteral("web")});
    parser.addOption({QStringLiteral("env"),
                      QStringLiteral("Set the environment value KEY (repeatable); overrides the "
                                     "bot's default environment."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("offline"),
                      QStringLiteral("Send nothing over the network: integrations and agent "
                                     "transfers fail at once.")});
    parser.addOption({QStringLiteral("allow-secret-host"),
                      QStringLiteral("Let secrets go to HOST (api.example.com, or "
                                     "127.0.0.1:8750 for one port) in this run, besides the "
                                     "hosts stored with each secret (repeatable)."),
                      QStringLiteral("HOST")});
}

bool parseAssignment(const QString &text, QHash<QString, QString> &environment)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    environment.insert(text.left(eq).trimmed(), text.mid(eq + 1));
    return true;
}

bool readRunOptions(const QCommandLineParser &parser, const QString &command, RunOptions &options,
                    QTextStream &err)
{
    const std::optional<Channel> channel = channelFromName(parser.value(QStringLiteral("channel")));
    if (!channel) {
        err << "dialogsmith-cli " << command << ": unknown channel '"
            << parser.value(QStringLiteral("channel")) << "' (use 'web' or 'messaging')\n";
        return false;
    }
    options.channel = *channel;
    options.offline = parser.isSet(QStringLiteral("offline"));
    for (const QString &host : parser.values(QStringLiteral("allow-secret-host"))) {
        if (!network::SecretStore::isValidHost(host)) {
            err << "dialogsmith-cli " << command << ": --allow-secret-host expects a host such "
                << "as api.example.com or 127.0.0.1:8750, got '" << host << "'\n";
            return false;
        }
        options.allowedSecretHosts.append(host);
    }
    for (const QString &assignment : parser.values(QStringLiteral("env"))) {
        if (!parseAssignment(assignment, options.environment)) {
            err << "dialogsmith-cli " << command << ": --env expects KEY=VALUE, got '" << assignment
                << "'\n";
            return false;
        }
    }
    return true;
}

CliSession::CliSession()
    : m_store(std::make_unique<network::SecretStore>())
    , m_secretHosts(std::make_unique<network::SecretHostPolicy>(m_store.get()))
    , m_http(std::make_unique<network::HttpClient>())
{
    m_http->setSecretPolicy(m_secretHosts.get());
}

// Runtimes made by the session are gone by now; so are their requests.
CliSession::~CliSession() = default;

std::unique_ptr<CliSession> CliSession::open(const QString &file, QTextStream &err)
{
    document::Result<format::LoadedBot> loaded = format::loadBotFile(file);
    if (!loaded) {
        err << file << ": error: " << loaded.error().toString() << "\n";
        return nullptr;
    }
    auto session = std::make_unique<CliSession>();
    session->m_bot = std::move(loaded->bot);
    // Compiled once, here, for every runtime and thread of the run; problems are printed once.
    session->m_compiled = BotRuntime::compile(session->m_bot);
    BotRuntime probe(session->m_compiled, {}, &session->m_offline, &session->m_offline);
    for (const document::Problem &p : probe.problems())
        err << file << ": " << document::severityName(p.severity) << ": "
            << document::describeLocation(session->m_bot, p.location) << ": " << p.message << "\n";
    // Secrets are read once, before any conversation: the keychain may take a moment.
    QStringList problems;
    session->m_secrets
            = session->m_store->values(network::runtimeSecrets(session->m_bot), &problems);
    for (const QString &problem : std::as_const(problems))
        err << file << ": warning: " << problem << "\n";
    err.flush();
    return session;
}

std::unique_ptr<CliSession> CliSession::share(const CliSession &other)
{
    auto session = std::make_unique<CliSession>();
    session->m_bot = other.m_bot;
    session->m_compiled = other.m_compiled;
    session->m_secrets = other.m_secrets;
    return session;
}

std::unique_ptr<BotRuntime> CliSession::makeRuntime(const RunOptions &options)
{
    RuntimeOptions runtimeOptions;
    runtimeOptions.environmentOverrides = options.environment;
    runtimeOptions.secret = network::secretResolver(m_secrets);
    for (const QString &host : options.allowedSecretHosts)
        m_secretHosts->allowForRun(host);
    if (options.offline)
        return std::make_unique<BotRuntime>(m_compiled, runtimeOptions, &m_offline, &m_offline);

    // ESCALATION interactions go where the bot's escalation integration goes: lpPlatformHost.
    auto escalations = std::make_unique<network::EscalationClient>(*m_http);
    auto runtime = std::make_unique<BotRuntime>(m_compiled, runtimeOptions, m_http.get(),
                                                escalations.get());
    escalations->setTarget(
            network::escalationTargetFor(runtime->environment(), runtimeOptions.secret));
    m_escalations.push_back(std::move(escalations));
    return runtime;
}

QString formatAgentMessage(const QString &text)
{
    return QStringLiteral("agent: ")
           + QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n       "));
}

QStringList formatMessage(const BotMessage &message)
{
    // Lines after the first are indented under it.
    QStringList lines{QStringLiteral("bot: ")
                      + message.summary().replace(QLatin1Char('\n'), QStringLiteral("\n     "))};
    for (int i = 0; i < message.choices.size(); ++i)
        lines.append(QStringLiteral("  [%1] %2").arg(i + 1).arg(message.choices.at(i).title));
    return lines;
}

} // namespace dialogsmith::cli
