#pragma once

#include "cbformat.h"

#include <QString>

namespace dialogsmith::format {

/// Largest project file opened (a CB export of thousands of interactions is a few MB).
inline constexpr qint64 maxProjectFileBytes = 32 * 1024 * 1024;

/// Reads a project or CB export from disk; errors name the file's problem and its place. Only a
/// regular file is read (not a pipe, a device or a folder), and never more than
/// maxProjectFileBytes of it.
Result<LoadedBot> loadBotFile(const QString &path);

/// Writes atomically (QSaveFile): on any failure the file on disk is left as it was.
Result<void> saveBotFile(const Bot &bot, const QString &path,
                         WriteTarget target = WriteTarget::Project);

/// Who may read a file the app writes.
enum class FileAccess {
    Default,   ///< as the user's umask says
    OwnerOnly, ///< files with password hashes or tokens: mode 0600
};

/// Writes bytes atomically, for every file the app saves.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes,
                                 FileAccess access = FileAccess::Default);

} // namespace dialogsmith::format
