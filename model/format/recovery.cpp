#include "recovery.h"

#include "cbformat.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

namespace dialogsmith::format {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::format::Recovery)
};
} // namespace

using document::Error;

namespace {

QString withSuffix(QString recoveryFile, const QString &suffix)
{
    recoveryFile.chop(5); // ".json"
    return recoveryFile + suffix;
}

/// Takes `lock`, the lock file at `path`, unless a running process holds it. Only a dead owner
/// makes a lock stale, never its age (a studio may run for days); a lock file nobody can read
/// (its writer died writing it) holds nothing either. Nor does such a ".rmlock" file, which
/// QLockFile takes while it removes a dead owner's lock: one left by a process that died there
/// would keep that lock for half a minute.
bool take(QLockFile &lock, const QString &path)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application)) {
        lock.removeStaleLockFile();
        return lock.tryLock(0);
    }
    const QString removalPath = path + QStringLiteral(".rmlock");
    QLockFile removal(removalPath);
    if (QFileInfo::exists(removalPath) && !removal.getLockInfo(&pid, &host, &application)) {
        removal.removeStaleLockFile();
        return lock.tryLock(0);
    }
    return false;
}

/// Whether a running process holds the lock at `path` (this one included).
bool heldByAProcess(const QString &path)
{
    QLockFile lock(path);
    if (!take(lock, path))
        return lock.error() == QLockFile::LockFailedError;
    lock.unlock(); // it was free (or its owner is gone): removes the file
    return false;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                    + QStringLiteral("/recovery")
                          : directory)
{}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::basePath(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_directory).filePath(QString::fromLatin1(hash.toHex().left(20)));
}

document::Result<void> RecoveryStore::save(const document::Bot &bot, const QString &projectPath,
                                           const QString &key)
{
    if (!QDir().mkpath(m_directory))
        return Error{Text::tr("cannot create the recovery folder %1").arg(m_directory)};
    const QString base = basePath(key);
    if (!m_locks.contains(base)) {
        // Taken before the copy exists: another studio never sees it unlocked.
        auto lock = std::make_shared<QLockFile>(base + QStringLiteral(".lock"));
        if (!take(*lock, base + QStringLiteral(".lock")))
            return Error{Text::tr("cannot lock the recovery copy %1").arg(base)};
        m_locks.insert(base, lock);
    }
    // The side file first: should the process die between the two, the copy it describes is at
    // most older than it says, never newer (a copy taken for older than its project is deleted).
    const QJsonObject meta{
            {QStringLiteral("project"),
             projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath()},
            {QStringLiteral("name"), bot.name},
            {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (auto ok = writeFileAtomically(base + QStringLiteral(".meta"), QJsonDocument(meta).toJson());
        !ok)
        return ok;
    return writeFileAtomically(base + QStringLiteral(".json"), writeBot(bot));
}

void RecoveryStore::discard(const QString &key)
{
    const QString base = basePath(key);
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".meta"));
    m_locks.remove(base); // unlocking removes the lock file
}

QList<RecoveryStore::Entry> RecoveryStore::pending()
{
    QList<Entry> out;
    const QDir dir(m_directory);
    for (const QString &metaName : dir.entryList({QStringLiteral("*.meta")}, QDir::Files)) {
        const QString base = dir.filePath(QFileInfo(metaName).completeBaseName());
        if (m_locks.contains(base) || heldByAProcess(base + QStringLiteral(".lock")))
            continue; // a window of this or another studio still has it open
        QFile metaFile(base + QStringLiteral(".meta"));
        if (!metaFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        Entry e;
        e.recoveryFile = base + QStringLiteral(".json");
        if (!QFileInfo::exists(e.recoveryFile)) {
            QFile::remove(base + QStringLiteral(".meta")); // died before its first copy
            continue;
        }
        e.projectPath = meta.value(QStringLiteral("project")).toString();
        e.displayName = e.projectPath.isEmpty() ? meta.value(QStringLiteral("name")).toString()
                                                : QFileInfo(e.projectPath).fileName();
        e.savedAt = QDateTime::fromString(meta.value(QStringLiteral("saved")).toString(),
                                          Qt::ISODateWithMs);
        const QFileInfo project(e.projectPath);
        if (!e.projectPath.isEmpty() && project.exists()
            && project.lastModified().toUTC() >= e.savedAt) {
            remove(e); // saved since: nothing to recover, and nothing to keep
            continue;
        }
        out.append(e);
    }
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

void RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(withSuffix(entry.recoveryFile, QStringLiteral(".meta")));
    m_locks.remove(withSuffix(entry.recoveryFile, QString()));
}

} // namespace dialogsmith::format
