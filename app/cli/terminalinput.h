#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QTextStream;

namespace dialogsmith::cli {

/// A secret typed at a terminal (after `prompt` on `err`, not echoed, one line) or piped in (all
/// of it, one trailing newline dropped). nullopt when stdin cannot be read.
std::optional<QByteArray> readHiddenInput(const QString &prompt, QTextStream &err);

} // namespace dialogsmith::cli
