#include "snapshotstore.h"

#include "projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace dialogsmith::format {

using document::Error;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::format::SnapshotStore)
};

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString suffix = QStringLiteral(".json");

/// `<time> <name>.json`, the name percent-encoded so that any name makes a valid file name.
QString fileNameFor(const QString &name, const QDateTime &when)
{
    return when.toUTC().toString(timeFormat) + u' '
           + QString::fromLatin1(QUrl::toPercentEncoding(name, " ")) + suffix;
}

bool parseFileName(const QString &fileName, Snapshot &snapshot)
{
    if (!fileName.endsWith(suffix))
        return false;
    const qsizetype space = fileName.indexOf(u' ');
    if (space != timeFormat.size())
        return false;
    QDateTime created = QDateTime::fromString(fileName.left(space), timeFormat);
    if (!created.isValid())
        return false;
    created.setTimeSpec(Qt::UTC);
    snapshot.created = created;
    snapshot.name = QUrl::fromPercentEncoding(
            fileName.mid(space + 1, fileName.size() - space - 1 - suffix.size()).toLatin1());
    return true;
}

/// Whether files can be made in `folder` (made first when missing).
bool writableFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

} // namespace

SnapshotStore::SnapshotStore(const QString &projectPath, const QString &dataFolder)
    : m_projectPath(projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath())
    , m_dataRoot(dataFolder.isEmpty()
                         ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                   + QStringLiteral("/snapshots")
                         : dataFolder)
{}

QString SnapshotStore::besideFolder() const
{
    if (m_projectPath.isEmpty())
        return {};
    const QFileInfo info(m_projectPath);
    return info.absolutePath() + QStringLiteral("/.") + info.completeBaseName()
           + QStringLiteral(".snapshots");
}

QString SnapshotStore::dataFolder() const
{
    if (m_projectPath.isEmpty())
        return m_dataRoot + QStringLiteral("/untitled");
    // The project's name for a reader, its path's hash so two projects of one name stay apart.
    const QByteArray hash
            = QCryptographicHash::hash(m_projectPath.toUtf8(), QCryptographicHash::Sha1)
                      .toHex()
                      .left(12);
    return m_dataRoot + u'/' + QFileInfo(m_projectPath).completeBaseName() + u'-'
           + QString::fromLatin1(hash);
}

Result<Snapshot> SnapshotStore::save(const Bot &bot, const QString &name,
                                     const QDateTime &when) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Text::tr("a snapshot needs a name")};
    const QString beside = besideFolder();
    QString folder = !beside.isEmpty() && writableFolder(beside) ? beside : QString();
    Snapshot snapshot;
    snapshot.name = trimmed;
    snapshot.created = when.toUTC();
    if (!folder.isEmpty()) {
        snapshot.path = folder + u'/' + fileNameFor(trimmed, snapshot.created);
        if (saveBotFile(bot, snapshot.path))
            return snapshot;
    }
    folder = dataFolder();
    if (!writableFolder(folder))
        return Error{Text::tr("cannot make the snapshot folder %1")
                             .arg(QDir::toNativeSeparators(folder))};
    snapshot.path = folder + u'/' + fileNameFor(trimmed, snapshot.created);
    if (Result<void> saved = saveBotFile(bot, snapshot.path); !saved)
        return saved.error();
    return snapshot;
}

QList<Snapshot> SnapshotStore::list() const
{
    QList<Snapshot> snapshots;
    for (const QString &folder : {besideFolder(), dataFolder()}) {
        if (folder.isEmpty())
            continue;
        const QDir dir(folder);
        for (const QString &file : dir.entryList({u'*' + suffix}, QDir::Files, QDir::Name)) {
            Snapshot s;
            if (!parseFileName(file, s))
                continue;
            s.path = dir.filePath(file);
            snapshots.append(s);
        }
    }
    std::stable_sort(snapshots.begin(), snapshots.end(),
                     [](const Snapshot &a, const Snapshot &b) { return a.created > b.created; });
    return snapshots;
}

Result<LoadedBot> SnapshotStore::load(const Snapshot &snapshot)
{
    return loadBotFile(snapshot.path);
}

} // namespace dialogsmith::format
