#include "botdiff.h"
#include "botoutline.h"
#include "clicommands.h"
#include "projectfile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace dialogsmith::cli {

namespace {

/// Loads `file`; on failure says why on `err` and returns nothing.
std::optional<document::Bot> load(const QString &file, QTextStream &err)
{
    document::Result<format::LoadedBot> loaded = format::loadBotFile(file);
    if (!loaded) {
        err << file << ": error: " << loaded.error().toString() << "\n";
        return std::nullopt;
    }
    return loaded->bot;
}

} // namespace

int runDiff(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Compare two versions of a bot: added, removed and changed dialogs, interactions, "
            "rules, integrations, environments, enterprise integrations and settings; code as "
            "unified diffs. Exit status: 0 the same, 1 different, 2 trouble."));
    parser.addPositionalArgument(QStringLiteral("diff"), {});
    parser.addPositionalArgument(QStringLiteral("before"), QStringLiteral("The older bot file."),
                                 QStringLiteral("BEFORE"));
    parser.addPositionalArgument(QStringLiteral("after"), QStringLiteral("The newer bot file."),
                                 QStringLiteral("AFTER"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (const int code = parseCommandLine(parser, args, 2, out, err, "bot files (BEFORE AFTER)");
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 2) {
        err << "dialogsmith-cli diff: give exactly two bot files\n";
        return ExitUsage;
    }
    const std::optional<document::Bot> before = load(files.at(0), err);
    const std::optional<document::Bot> after = load(files.at(1), err);
    if (!before || !after)
        return ExitUsage; // 2: trouble, as diff(1) says it
    const QList<format::BotChange> changes = format::diffBots(*before, *after);
    if (parser.isSet(json))
        out << QString::fromUtf8(
                QJsonDocument(format::changesToJson(changes)).toJson(QJsonDocument::Indented));
    else
        out << format::describeChanges(changes);
    return changes.isEmpty() ? ExitOk : ExitProblems;
}

int runOutline(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Print a bot as a readable, stable outline (for reviews, and for git diff as a "
            "textconv: git config diff.dialogsmith.textconv 'dialogsmith-cli outline')."));
    parser.addPositionalArgument(QStringLiteral("outline"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to read."),
                                 QStringLiteral("FILE"));
    if (const int code = parseCommandLine(parser, args, 1, out, err, "file argument"); code >= 0)
        return code;
    const QString file = parser.positionalArguments().value(1);
    const std::optional<document::Bot> bot = load(file, err);
    if (!bot)
        return ExitProblems;
    out << format::outlineText(*bot);
    return ExitOk;
}

} // namespace dialogsmith::cli
