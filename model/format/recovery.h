#pragma once

#include "bot.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace dialogsmith::format {

/// Crash recovery: copies of unsaved work written in the background, offered on the next start.
///
/// Each window (each session key) has a recovery copy of its own, with a small side file naming
/// the project: two windows or two studios on one project never share or delete each other's
/// copy. While a store keeps a copy it holds a lock file beside it, so pending() offers only the
/// copies of sessions that are gone (the lock dies with its process). A clean save or a
/// deliberate close discards the copy. Writes are atomic, like project saves.
class RecoveryStore
{
public:
    /// `directory` defaults to the app's local data folder + "/recovery".
    explicit RecoveryStore(const QString &directory = {});
    /// Unlocks this store's copies; the copies stay (what a crash would leave, minus the locks).
    ~RecoveryStore();

    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    struct Entry
    {
        QString recoveryFile;
        QString projectPath; ///< empty for a project that was never saved
        QString displayName;
        QDateTime savedAt;
    };

    const QString &directory() const { return m_directory; }
    /// Writes the recovery copy of session `key` (any stable string unique to the window), of
    /// the project at `projectPath` (empty while it has none), and locks it for this process.
    document::Result<void> save(const document::Bot &bot, const QString &projectPath,
                                const QString &key);
    /// Removes the recovery copy of session `key`, if any.
    void discard(const QString &key);
    /// The copies worth offering: of sessions no running process holds, newer than their project
    /// file (or with none). Copies older than their project are deleted on the way.
    QList<Entry> pending();
    /// Removes a copy the user declined or restored.
    void remove(const Entry &entry);

private:
    QString basePath(const QString &key) const;
    QString m_directory;
    QHash<QString, std::shared_ptr<QLockFile>> m_locks; ///< by base path, for copies we wrote
};

} // namespace dialogsmith::format
