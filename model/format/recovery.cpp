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

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                    + QStringLiteral("/recovery")
                          : directory)
{}

QString RecoveryStore::baseName(const QString &projectPath, const QString &key) const
{
    const QString identity = projectPath.isEmpty() ? QStringLiteral("unsaved:") + key
                                                   : QFileInfo(projectPath).absoluteFilePath();
    return QString::fromLatin1(
            QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

document::Result<void> RecoveryStore::save(const document::Bot &bot, const QString &projectPath,
                                           const QString &key)
{
    if (!QDir().mkpath(m_directory))
        return Error{Text::tr("cannot create the recovery folder %1").arg(m_directory)};
    const QString base = QDir(m_directory).filePath(baseName(projectPath, key));
    if (auto ok = writeFileAtomically(base + QStringLiteral(".json"), writeBot(bot)); !ok)
        return ok;
    const QJsonObject meta{
            {QStringLiteral("project"),
             projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath()},
            {QStringLiteral("name"), bot.name},
            {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    return writeFileAtomically(base + QStringLiteral(".meta"), QJsonDocument(meta).toJson());
}

void RecoveryStore::discard(const QString &projectPath, const QString &key)
{
    const QString base = QDir(m_directory).filePath(baseName(projectPath, key));
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".meta"));
}

QList<RecoveryStore::Entry> RecoveryStore::pending() const
{
    QList<Entry> out;
    const QDir dir(m_directory);
    for (const QString &metaName : dir.entryList({QStringLiteral("*.meta")}, QDir::Files)) {
        QFile metaFile(dir.filePath(metaName));
        if (!metaFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        Entry e;
        e.recoveryFile
                = dir.filePath(QFileInfo(metaName).completeBaseName() + QStringLiteral(".json"));
        if (!QFileInfo::exists(e.recoveryFile))
            continue;
        e.projectPath = meta.value(QStringLiteral("project")).toString();
        e.displayName = e.projectPath.isEmpty() ? meta.value(QStringLiteral("name")).toString()
                                                : QFileInfo(e.projectPath).fileName();
        e.savedAt = QDateTime::fromString(meta.value(QStringLiteral("saved")).toString(),
                                          Qt::ISODateWithMs);
        const QFileInfo project(e.projectPath);
        if (!e.projectPath.isEmpty() && project.exists()
            && project.lastModified().toUTC() >= e.savedAt)
            continue; // saved since: nothing to recover
        out.append(e);
    }
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

void RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QString meta = entry.recoveryFile;
    meta.replace(meta.size() - 5, 5, QStringLiteral(".meta"));
    QFile::remove(meta);
}

} // namespace dialogsmith::format
