#pragma once

#include <QStringList>

class QTextStream;

namespace dialogsmith::cli {

/// `account init|show|skill|user|key|campaign ...`: the LiveEngage account the local cloud
/// plays, in ~/.local/share/dialogsmith/account.json or the file given with --account.
int runAccount(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dialogsmith::cli
