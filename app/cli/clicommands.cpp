#include "clicommands.h"

#include "projectfile.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace dialogsmith::cli {

using namespace document;

namespace {

int parseFileCommand(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                     QTextStream &err)
{
    return parseCommandLine(parser, args, 1, out, err, "file argument");
}

QStringList files(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(1);
}

} // namespace

int parseCommandLine(QCommandLineParser &parser, const QStringList &args, int minPositional,
                     QTextStream &out, QTextStream &err, const char *missing)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("dialogsmith-cli"));
    if (!parser.parse(full)) {
        err << "dialogsmith-cli: " << parser.errorText() << "\n"
            << "Try 'dialogsmith-cli " << args.value(0) << " --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    // The first positional argument is the command name.
    if (parser.positionalArguments().size() - 1 < minPositional) {
        err << "dialogsmith-cli " << args.value(0) << ": missing " << missing << "\n"
            << "Try 'dialogsmith-cli " << args.value(0) << " --help'.\n";
        return ExitUsage;
    }
    return -1;
}

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Check bot files for problems. Prints one line per problem as\n"
                           "FILE: severity: location: message. Exits with 1 if any error."));
    parser.addPositionalArgument(QStringLiteral("validate"), {});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Bot files to check."),
                                 QStringLiteral("FILE..."));
    if (const int code = parseFileCommand(parser, args, out, err); code >= 0)
        return code;

    int exit = ExitOk;
    for (const QString &file : files(parser)) {
        Result<format::LoadedBot> loaded = format::loadBotFile(file);
        if (!loaded) {
            const Error &e = loaded.error();
            QString where = e.location;
            if (e.line > 0)
                where = QStringLiteral("line %1, column %2").arg(e.line).arg(e.column);
            out << file << ": error: " << (where.isEmpty() ? QStringLiteral("file") : where) << ": "
                << e.message << "\n";
            exit = ExitProblems;
            continue;
        }
        const QList<Problem> problems = validateBot(loaded->bot);
        for (const Problem &p : problems) {
            QString where = describeLocation(loaded->bot, p.location);
            out << file << ": " << severityName(p.severity) << ": "
                << (where.isEmpty() ? QStringLiteral("bot") : where) << ": " << p.message << "\n";
            if (p.severity == Problem::Severity::Error)
                exit = ExitProblems;
        }
        if (problems.isEmpty())
            out << file << ": ok\n";
    }
    return exit;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Load a bot file and write it again. With --for cb, write what\n"
                           "Conversation Builder imports: no Dialogsmith data, no secrets."));
    parser.addPositionalArgument(QStringLiteral("export"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to read."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("File to write."), QStringLiteral("OUT"));
    const QCommandLineOption target(QStringLiteral("for"),
                                    QStringLiteral("Target: 'cb' for Conversation Builder, "
                                                   "'project' (default) for Dialogsmith."),
                                    QStringLiteral("target"), QStringLiteral("project"));
    parser.addOption(output);
    parser.addOption(target);
    if (const int code = parseFileCommand(parser, args, out, err); code >= 0)
        return code;
    if (files(parser).size() != 1) {
        err << "dialogsmith-cli export: give exactly one input file\n";
        return ExitUsage;
    }
    if (!parser.isSet(output)) {
        err << "dialogsmith-cli export: missing -o OUT\n";
        return ExitUsage;
    }
    const QString forValue = parser.value(target);
    if (forValue != QLatin1String("cb") && forValue != QLatin1String("project")) {
        err << "dialogsmith-cli export: unknown target '" << forValue
            << "' (use 'cb' or 'project')\n";
        return ExitUsage;
    }

    const QString in = files(parser).first();
    Result<format::LoadedBot> loaded = format::loadBotFile(in);
    if (!loaded) {
        err << in << ": error: " << loaded.error().toString() << "\n";
        return ExitProblems;
    }
    const auto writeTarget = forValue == QLatin1String("cb")
                                     ? format::WriteTarget::ConversationBuilder
                                     : format::WriteTarget::Project;
    Result<void> saved = format::saveBotFile(loaded->bot, parser.value(output), writeTarget);
    if (!saved) {
        err << parser.value(output) << ": error: " << saved.error().toString() << "\n";
        return ExitProblems;
    }
    return ExitOk;
}

int runInfo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Summarize a bot: dialogs, interactions per type, integrations."));
    parser.addPositionalArgument(QStringLiteral("info"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to read."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (const int code = parseFileCommand(parser, args, out, err); code >= 0)
        return code;
    const QString file = files(parser).value(0);
    Result<format::LoadedBot> loaded = format::loadBotFile(file);
    if (!loaded) {
        err << file << ": error: " << loaded.error().toString() << "\n";
        return ExitProblems;
    }
    const Bot &bot = loaded->bot;

    QMap<int, int> perType; // ordered by type
    QMap<QString, int> unknownTypes;
    for (const Dialog &d : bot.dialogs) {
        for (const Interaction &i : d.interactions) {
            if (i.type == InteractionType::Unknown)
                ++unknownTypes[i.typeKey];
            else
                ++perType[int(i.type)];
        }
    }

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("name"), bot.name);
        root.insert(QStringLiteral("language"), bot.language);
        QJsonArray dialogs;
        for (const Dialog &d : bot.dialogs)
            dialogs.append(
                    QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("type"),
                                 d.type == DialogType::Other ? d.typeKey : dialogTypeKey(d.type)},
                                {QStringLiteral("interactions"), int(d.interactions.size())}});
        root.insert(QStringLiteral("dialogs"), dialogs);
        QJsonObject types;
        for (auto it = perType.cbegin(); it != perType.cend(); ++it)
            types.insert(interactionTypeKey(InteractionType(it.key())), it.value());
        for (auto it = unknownTypes.cbegin(); it != unknownTypes.cend(); ++it)
            types.insert(it.key(), it.value());
        root.insert(QStringLiteral("interactionTypes"), types);
        root.insert(QStringLiteral("interactions"), bot.interactionCount());
        QJsonArray integrations;
        for (const Integration &i : bot.integrations)
            integrations.append(QJsonObject{{QStringLiteral("name"), i.name},
                                            {QStringLiteral("method"), i.method},
                                            {QStringLiteral("url"), i.url}});
        root.insert(QStringLiteral("integrations"), integrations);
        QJsonArray environments;
        for (const Environment &e : bot.environments)
            environments.append(e.name);
        root.insert(QStringLiteral("environments"), environments);
        root.insert(QStringLiteral("defaultEnvironment"), bot.defaultEnvironment);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    out << "Bot: " << bot.name << " (" << bot.language << ")\n";
    out << "Dialogs: " << bot.dialogs.size() << "\n";
    for (const Dialog &d : bot.dialogs)
        out << "  " << d.name << (d.type == DialogType::Fallback ? " [fallback]" : "") << ": "
            << d.interactions.size()
            << (d.interactions.size() == 1 ? " interaction\n" : " interactions\n");
    out << "Interactions: " << bot.interactionCount() << "\n";
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        out << "  " << interactionTypeLabel(InteractionType(it.key())) << ": " << it.value()
            << "\n";
    for (auto it = unknownTypes.cbegin(); it != unknownTypes.cend(); ++it)
        out << "  " << it.key() << " (unknown type): " << it.value() << "\n";
    out << "Integrations: " << bot.integrations.size() << "\n";
    for (const Integration &i : bot.integrations)
        out << "  " << i.name << ": " << i.method << " " << i.url << "\n";
    if (!bot.environments.isEmpty()) {
        QStringList names;
        for (const Environment &e : bot.environments)
            names.append(e.name == bot.defaultEnvironment ? e.name + QStringLiteral(" (default)")
                                                          : e.name);
        out << "Environments: " << names.join(QStringLiteral(", ")) << "\n";
    }
    return ExitOk;
}

} // namespace dialogsmith::cli
