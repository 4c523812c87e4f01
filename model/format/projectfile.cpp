#include "projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace dialogsmith::format {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::format::ProjectFile)
};
} // namespace

using document::Error;

Result<LoadedBot> loadBotFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Text::tr("cannot open the file: the file does not exist")};
    // A pipe or a device would be read without end (or block until someone writes to it).
    if (!info.isFile())
        return Error{Text::tr("cannot open the file: it is not a regular file (a folder, a "
                              "device or a pipe)")};
    const auto tooLarge = [](qint64 bytes) {
        return Error{Text::tr("the file is %1 MB; project files are limited to %2 MB")
                             .arg((bytes + 1024 * 1024 - 1) / (1024 * 1024))
                             .arg(maxProjectFileBytes / (1024 * 1024))};
    };
    if (info.size() > maxProjectFileBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("cannot open the file: %1").arg(file.errorString())};
    // Never more than the limit, whatever the size said (a file that grows meanwhile), and no
    // more memory than the size said plus one byte unless the file did grow.
    QByteArray bytes(std::min(info.size(), maxProjectFileBytes) + 1, Qt::Uninitialized);
    qint64 filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > maxProjectFileBytes)
                break;
            bytes.resize(std::min(filled * 2, maxProjectFileBytes + 1));
        }
        const qint64 got = file.read(bytes.data() + filled, bytes.size() - filled);
        if (got <= 0)
            break;
        filled += got;
    }
    bytes.resize(filled);
    if (file.error() != QFileDevice::NoError)
        return Error{Text::tr("cannot read the file: %1").arg(file.errorString())};
    if (bytes.size() > maxProjectFileBytes)
        return tooLarge(bytes.size());
    return readBot(bytes);
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, FileAccess access)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("cannot write %1: %2").arg(path, file.errorString())};
    // Set before a byte is written: the content is never readable by others.
    if (access == FileAccess::OwnerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{Text::tr("cannot write %1: %2").arg(path, why)};
    }
    if (!file.commit())
        return Error{Text::tr("cannot save %1: %2").arg(path, file.errorString())};
    return {};
}

Result<void> saveBotFile(const Bot &bot, const QString &path, WriteTarget target)
{
    return writeFileAtomically(path, writeBot(bot, target));
}

} // namespace dialogsmith::format
