#pragma once

#include "cbformat.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dialogsmith::format {

/// A named copy of a project taken at one moment.
struct Snapshot
{
    QString path;
    QString name;
    QDateTime created; ///< UTC
};

/// Named, timestamped copies of a project, kept beside it in a hidden folder
/// (`.<project name>.snapshots/`), or, when that folder cannot be written (a read-only place, a
/// project never saved), in the user's data folder. Unlimited: nothing is ever pruned. A
/// snapshot is written like a project (atomically, without secret values) and its name and time
/// are in its file name, so the folder needs no index that could go stale.
class SnapshotStore
{
public:
    /// `dataFolder` defaults to the app's data folder + "/snapshots".
    explicit SnapshotStore(const QString &projectPath, const QString &dataFolder = {});

    /// The hidden folder beside the project (empty for a project never saved).
    QString besideFolder() const;
    /// The project's folder under the data folder.
    QString dataFolder() const;

    /// Writes `bot` as a snapshot called `name` (trimmed, not empty) taken at `when`; beside the
    /// project when it can, else in the data folder.
    Result<Snapshot> save(const Bot &bot, const QString &name,
                          const QDateTime &when = QDateTime::currentDateTimeUtc()) const;
    /// Every snapshot of the project, from both folders, newest first.
    QList<Snapshot> list() const;
    /// Reads a snapshot back.
    static Result<LoadedBot> load(const Snapshot &snapshot);

private:
    QString m_projectPath;
    QString m_dataRoot;
};

} // namespace dialogsmith::format
