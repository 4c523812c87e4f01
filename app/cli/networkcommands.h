#pragma once

#include <QStringList>

class QTextStream;

namespace dialogsmith::cli {

/// `secret set NAME` (value from stdin) / `secret list` / `secret delete NAME`.
int runSecret(const QStringList &args, QTextStream &out, QTextStream &err);
/// `agent-desk --port N --key-secret NAME|--key-env VAR --skill NAME=ID...`: the local agent desk
/// until SIGINT or SIGTERM.
int runAgentDesk(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dialogsmith::cli
