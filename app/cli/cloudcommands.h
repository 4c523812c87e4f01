#pragma once

#include <QStringList>

class QTextStream;

namespace dialogsmith::cli {

/// `account init|show|skill|user|key|campaign ...`: the LiveEngage account the local cloud
/// plays, in ~/.local/share/dialogsmith/account.json or the file given with --account.
int runAccount(const QStringList &args, QTextStream &out, QTextStream &err);
/// `cloud [--account FILE]... [--port N] [--tls-cert F --tls-key F] [--deploy BOT.json]...`: the
/// local conversational cloud until SIGINT or SIGTERM.
int runCloud(const QStringList &args, QTextStream &out, QTextStream &err);
/// `agent deploy|start|stop|status BOT.json`, `agent list`: a bot's agents on the running cloud.
int runAgent(const QStringList &args, QTextStream &out, QTextStream &err);
/// `visitor [--account-id N] [--skill ID]`: a consumer on the running cloud, on stdin/stdout.
int runVisitor(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dialogsmith::cli
