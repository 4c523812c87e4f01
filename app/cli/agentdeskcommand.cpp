#include "agentdesk.h"
#include "clicommands.h"
#include "clisession.h"
#include "networkcommands.h"
#include "secretstore.h"
#include "stopsignals.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace dialogsmith::cli {

namespace {

constexpr qsizetype minimumDeskKeyLength = 16;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int runAgentDesk(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Run the local agent desk: an HTTP server on 127.0.0.1 that takes Conversation\n"
            "Builder's legacy escalation call (POST /botservice-0.1/botcentral/livePersonAgent)\n"
            "and lets you answer as the human agent: GET /desk/transfers, POST\n"
            "/desk/transfers/ID/accept, POST /desk/transfers/ID/messages {\"text\": ...}, POST\n"
            "/desk/transfers/ID/close. Bots read the replies from GET\n"
            "/desk/conversations/ID/messages?after=N. Every request needs the desk key as its\n"
            "Authorization header. Prints one JSON line per request on stdout; stops on Ctrl+C\n"
            "(SIGINT) or SIGTERM."));
    parser.addPositionalArgument(QStringLiteral("agent-desk"), {});
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (default 8750; 0 "
                                                       "picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("8750"));
    const QCommandLineOption keySecretOption(
            QStringLiteral("key-secret"),
            QStringLiteral("Take the desk key from the secret NAME (see 'secret')."),
            QStringLiteral("NAME"));
    const QCommandLineOption keyEnvOption(
            QStringLiteral("key-env"),
            QStringLiteral("Take the desk key from the environment variable VAR."),
            QStringLiteral("VAR"));
    const QCommandLineOption skillOption(
            QStringLiteral("skill"),
            QStringLiteral("A skill transfers may name, as NAME=ID (repeatable; none: any skill)."),
            QStringLiteral("NAME=ID"));
    const QCommandLineOption portFileOption(
            QStringLiteral("port-file"),
            QStringLiteral("Write the port to FILE once the desk listens (for scripts with "
                           "--port 0)."),
            QStringLiteral("FILE"));
    parser.addOptions({portOption, keySecretOption, keyEnvOption, skillOption, portFileOption});
    if (const int code = parseCommandLine(parser, args, 0, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1) {
        err << "dialogsmith-cli agent-desk: unexpected argument '"
            << parser.positionalArguments().at(1) << "'\n";
        return ExitUsage;
    }

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "dialogsmith-cli agent-desk: --port expects a number from 0 to 65535, got '"
            << parser.value(portOption) << "'\n";
        return ExitUsage;
    }
    if (parser.isSet(keySecretOption) == parser.isSet(keyEnvOption)) {
        err << "dialogsmith-cli agent-desk: give the desk key with --key-secret NAME or "
               "--key-env VAR (one of them)\n";
        return ExitUsage;
    }
    network::AgentDeskOptions options;
    for (const QString &assignment : parser.values(skillOption)) {
        QHash<QString, QString> pair;
        if (!parseAssignment(assignment, pair) || pair.cbegin().value().trimmed().isEmpty()) {
            err << "dialogsmith-cli agent-desk: --skill expects NAME=ID, got '" << assignment
                << "'\n";
            return ExitUsage;
        }
        options.skills.append({pair.cbegin().key(), pair.cbegin().value().trimmed()});
    }

    if (parser.isSet(keyEnvOption)) {
        const QString variable = parser.value(keyEnvOption);
        options.key = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (options.key.isEmpty()) {
            err << "dialogsmith-cli agent-desk: error: the environment variable " << variable
                << " is not set or empty\n";
            return ExitProblems;
        }
    } else {
        const QString name = parser.value(keySecretOption);
        network::SecretStore store;
        QString problem;
        options.key = store.value(name, &problem).value_or(QString());
        if (options.key.isEmpty()) {
            err << "dialogsmith-cli agent-desk: error: "
                << (problem.isEmpty() ? QStringLiteral("the secret \"%1\" is not set (store it "
                                                       "with 'dialogsmith-cli secret set %1')")
                                                .arg(name)
                                      : problem)
                << "\n";
            return ExitProblems;
        }
    }

    // Anyone on this machine can reach the desk: a short key would be guessed in no time.
    if (options.key.size() < minimumDeskKeyLength) {
        err << "dialogsmith-cli agent-desk: error: the desk key has " << options.key.size()
            << " characters; it needs at least " << minimumDeskKeyLength
            << " (a random one: head -c 24 /dev/urandom | base64)\n";
        return ExitProblems;
    }

    StopSignals stopSignals;
    if (!stopSignals.installed()) {
        err << "dialogsmith-cli agent-desk: error: cannot watch for SIGINT and SIGTERM\n";
        return ExitProblems;
    }
    network::AgentDesk desk(options);
    const document::Result<quint16> listening = desk.listen(quint16(port));
    if (!listening) {
        err << "dialogsmith-cli agent-desk: error: " << listening.error().message << "\n";
        return ExitProblems;
    }

    QJsonArray skills;
    QStringList skillText;
    for (const network::DeskSkill &skill : std::as_const(options.skills)) {
        skills.append(QJsonObject{{QStringLiteral("name"), skill.name},
                                  {QStringLiteral("id"), skill.id}});
        skillText.append(skill.name + QLatin1Char('=') + skill.id);
    }
    out << compact({{QStringLiteral("event"), QStringLiteral("listening")},
                    {QStringLiteral("url"), desk.baseUrl().toString()},
                    {QStringLiteral("port"), int(*listening)},
                    {QStringLiteral("skills"), skills}})
        << "\n"
        << Qt::flush;
    err << "Agent desk on " << desk.baseUrl().toString() << " (skills: "
        << (skillText.isEmpty() ? QStringLiteral("any") : skillText.join(QStringLiteral(", ")))
        << "). Stop it with Ctrl+C.\n"
        << Qt::flush;

    const QString portFile = parser.value(portFileOption);
    if (!portFile.isEmpty()) {
        QSaveFile f(portFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(*listening) + '\n') < 0
            || !f.commit()) {
            err << "dialogsmith-cli agent-desk: error: cannot write " << portFile << ": "
                << f.errorString() << "\n";
            return ExitProblems;
        }
    }

    QObject::connect(&desk, &network::AgentDesk::requestHandled, &desk,
                     [&out](const network::DeskRequestLog &entry) {
                         out << compact(entry.toJson()) << "\n" << Qt::flush;
                     });

    const QString stoppedBy = stopSignals.wait();

    desk.close();
    if (!portFile.isEmpty())
        QFile::remove(portFile);
    out << compact({{QStringLiteral("event"), QStringLiteral("stopped")},
                    {QStringLiteral("signal"), stoppedBy}})
        << "\n"
        << Qt::flush;
    return ExitOk;
}

} // namespace dialogsmith::cli
