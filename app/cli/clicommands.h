#pragma once

#include <QStringList>

class QTextStream;

namespace dialogsmith::cli {

/// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

/// Runs one command; `args` starts with the command name. Output goes to `out`, problems and
/// usage errors to `err`.
int runValidate(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runInfo(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dialogsmith::cli
