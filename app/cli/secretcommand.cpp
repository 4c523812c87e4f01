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
            "'list' prints the names, never the values; 'delete NAME' removes one.\n"
            "DIALOGSMITH_SECRET_NAME in the environment overrides a stored value;\n"
            "DIALOGSMITH_KEYCHAIN=off skips the keychain."));
    parser.addPositionalArgument(QStringLiteral("secret"), {});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set, list or delete."),
                                 QStringLiteral("set|list|delete"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The secret's name."),
                                 QStringLiteral("[NAME]"));
    if (const int code = parseCommandLine(parser, args, 1, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString name = positional.value(2);
    const bool needsName = action == QLatin1String("set") || action == QLatin1String("delete");
    if ((needsName && positional.size() != 3)
        || (action == QLatin1String("list") && positional.size() != 2)) {
        err << "dialogsmith-cli secret: usage: secret set NAME | secret list | secret delete "
               "NAME\n";
        return ExitUsage;
    }
    if (!needsName && action != QLatin1String("list")) {
        err << "dialogsmith-cli secret: unknown action '" << action
            << "' (use set, list or delete)\n";
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
            out << "\n";
        }
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
