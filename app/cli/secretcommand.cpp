#include "clicommands.h"
#include "clisession.h"
#include "networkcommands.h"
#include "secretstore.h"
#include "terminalinput.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dialogsmith::cli {

int runSecret(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Manage the values of {$secret.NAME}. 'set NAME' reads the value from stdin (not\n"
            "echoed at a terminal) and stores it in the OS keychain when one answers, otherwise\n"
            "in a file only you can read (~/.config/dialogsmith/secrets.json, mode 0600).\n"
            "'list' prints the names and where each may be sent, never the values;\n"
            "'delete NAME' removes one. A secret is sent only to the hosts allowed for it:\n"
            "'allow NAME HOST' adds one (api.example.com, or 127.0.0.1:8750 for one port),\n"
            "'forbid NAME HOST' takes it away; chat and test also take --allow-secret-host.\n"
            "DIALOGSMITH_SECRET_NAME in the environment overrides a stored value;\n"
            "DIALOGSMITH_KEYCHAIN=off skips the keychain."));
    parser.addPositionalArgument(QStringLiteral("secret"), {});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("set, list, delete, allow or forbid."),
                                 QStringLiteral("set|list|delete|allow|forbid"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The secret's name."),
                                 QStringLiteral("[NAME]"));
    parser.addPositionalArgument(QStringLiteral("host"),
                                 QStringLiteral("For allow and forbid: the host."),
                                 QStringLiteral("[HOST]"));
    if (const int code = parseCommandLine(parser, args, 1, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString name = positional.value(2);
    const bool needsHost = action == QLatin1String("allow") || action == QLatin1String("forbid");
    const bool needsName
            = needsHost || action == QLatin1String("set") || action == QLatin1String("delete");
    if ((needsHost && positional.size() != 4) || (needsName && !needsHost && positional.size() != 3)
        || (action == QLatin1String("list") && positional.size() != 2)) {
        err << "dialogsmith-cli secret: usage: secret set NAME | secret list | secret delete "
               "NAME | secret allow NAME HOST | secret forbid NAME HOST\n";
        return ExitUsage;
    }
    if (!needsName && action != QLatin1String("list")) {
        err << "dialogsmith-cli secret: unknown action '" << action
            << "' (use set, list, delete, allow or forbid)\n";
        return ExitUsage;
    }
    if (needsName && !network::SecretStore::isValidName(name)) {
        err << "dialogsmith-cli secret: '" << name
            << "' is not a valid secret name: use letters, digits, '_', '-' and '.', starting "
               "with a letter or '_'\n";
        return ExitUsage;
    }

    network::SecretStore store;
    if (action == QLatin1String("list")) {
        const document::Result<QList<network::SecretStore::Entry>> entries = store.entries();
        if (!entries) {
            err << "dialogsmith-cli secret: error: " << entries.error().message << "\n";
            return ExitProblems;
        }
        for (const network::SecretStore::Entry &e : *entries) {
            out << e.name;
            if (e.source == network::SecretStore::Source::Environment)
                out << " (environment)";
            out << (e.hosts.isEmpty()
                            ? QStringLiteral(": may go to no host yet")
                            : QStringLiteral(": may go to ") + e.hosts.join(QStringLiteral(", ")))
                << "\n";
        }
        return ExitOk;
    }
    if (needsHost) {
        const QString host = positional.value(3);
        const document::Result<void> done = action == QLatin1String("allow")
                                                    ? store.allowHost(name, host)
                                                    : store.forbidHost(name, host);
        if (!done) {
            err << "dialogsmith-cli secret: error: " << done.error().message << "\n";
            return ExitProblems;
        }
        out << "The secret \"" << name
            << (action == QLatin1String("allow") ? "\" may go to " : "\" may no longer go to ")
            << network::SecretStore::normalizedHost(host) << ".\n";
        return ExitOk;
    }
    if (action == QLatin1String("delete")) {
        if (const document::Result<void> removed = store.remove(name); !removed) {
            err << "dialogsmith-cli secret: error: " << removed.error().message << "\n";
            return ExitProblems;
        }
        out << "Deleted the secret \"" << name << "\".\n";
        return ExitOk;
    }

    const std::optional<QByteArray> value
            = readHiddenInput(QStringLiteral("Value for %1 (not shown): ").arg(name), err);
    if (!value) {
        err << "dialogsmith-cli secret: error: cannot read the value from stdin\n";
        return ExitProblems;
    }
    const document::Result<network::SecretStore::Source> stored
            = store.setValue(name, QString::fromUtf8(*value));
    if (!stored) {
        err << "dialogsmith-cli secret: error: " << stored.error().message << "\n";
        return ExitProblems;
    }
    out << "Stored the secret \"" << name << "\" in "
        << (*stored == network::SecretStore::Source::Keychain ? QStringLiteral("the keychain")
                                                              : store.filePath())
        << ".\n";
    const QString variable = network::SecretStore::environmentVariable(name);
    if (qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
        err << "note: " << variable << " is set and wins over the stored value\n";
    return ExitOk;
}

} // namespace dialogsmith::cli
