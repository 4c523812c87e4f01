#include "clicommands.h"
#include "clisession.h"
#include "networkcommands.h"
#include "secretstore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dialogsmith::cli {

namespace {

/// The value typed at a terminal (not echoed) or piped in (one trailing newline dropped).
std::optional<QByteArray> readValue(const QString &name, QTextStream &err)
{
    QByteArray value;
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << "Value for " << name << " (not shown): " << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    char chunk[4096];
    bool ok = true;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            ok = false;
        if (n <= 0)
            break;
        value.append(chunk, n);
        if (terminal && value.contains('\n'))
            break; // a terminal gives one line
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << "\n" << Qt::flush;
        value = value.left(value.indexOf('\n') < 0 ? value.size() : value.indexOf('\n'));
    }
    if (!ok)
        return std::nullopt;
    if (value.endsWith('\n'))
        value.chop(1);
    if (value.endsWith('\r'))
        value.chop(1);
    return value;
}

} // namespace

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

    const std::optional<QByteArray> value = readValue(name, err);
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
