#pragma once

#include "bot.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dialogsmith::format {

/// Crash recovery: copies of unsaved work written in the background, offered on the next start.
///
/// Each open project has one recovery file, named after its path (or after a session key while
/// it has none), with a small side file naming the project. A clean save or a deliberate close
/// discards it. Writes are atomic, like project saves.
class RecoveryStore
{
public:
    /// `directory` defaults to the app's local data folder + "/recovery".
    explicit RecoveryStore(const QString &directory = {});

    struct Entry
    {
        QString recoveryFile;
        QString projectPath; ///< empty for a project that was never saved
        QString displayName;
        QDateTime savedAt;
    };

    const QString &directory() const { return m_directory; }
    /// Writes the bot's recovery copy. `key` identifies an unsaved project (any stable string).
    document::Result<void> save(const document::Bot &bot, const QString &projectPath,
                                const QString &key);
    /// Removes the recovery copy of that project, if any.
    void discard(const QString &projectPath, const QString &key);
    /// Copies worth offering: newer than their project file (or with no project file at all).
    QList<Entry> pending() const;
    /// Removes a copy the user declined or restored.
    void remove(const Entry &entry);

private:
    QString baseName(const QString &projectPath, const QString &key) const;
    QString m_directory;
};

} // namespace dialogsmith::format
