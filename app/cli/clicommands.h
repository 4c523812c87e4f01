#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace dialogsmith::cli {

/// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

/// Parses `args` (the command name first) with --help added; prints the help and returns ExitOk,
/// prints a usage error (naming what is `missing` when there are fewer than `minPositional`
/// arguments after the command) and returns ExitUsage, or returns -1 when the command should go on.
int parseCommandLine(QCommandLineParser &parser, const QStringList &args, int minPositional,
                     QTextStream &out, QTextStream &err, const char *missing = "arguments");

/// Runs one command; `args` starts with the command name. Output goes to `out`, problems and
/// usage errors to `err`.
int runValidate(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runInfo(const QStringList &args, QTextStream &out, QTextStream &err);
/// `diff BEFORE AFTER`: what changed between two versions of a bot (exit 0 same, 1 different).
int runDiff(const QStringList &args, QTextStream &out, QTextStream &err);
/// `outline FILE`: the bot as readable, stable text (a textconv for git diff).
int runOutline(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dialogsmith::cli
