#include "gitfile.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace dialogsmith::ui {

using document::Error;
using document::Result;

GitFile::GitFile(const QString &path, int timeoutMs)
    : m_path(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath())
    , m_timeoutMs(timeoutMs)
{}

Result<QByteArray> GitFile::git(const QStringList &arguments) const
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (program.isEmpty())
        return Error{tr("Git is not installed.")};
    QProcess process;
    process.setWorkingDirectory(QFileInfo(m_path).absolutePath());
    process.start(program, arguments);
    if (!process.waitForStarted(m_timeoutMs))
        return Error{tr("Git could not be started: %1").arg(process.errorString())};
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error{tr("Git did not answer within %n second(s).", nullptr, m_timeoutMs / 1000)};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message
                = QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        return Error{tr("Git failed: %1").arg(message)};
    }
    return process.readAllStandardOutput();
}

QString GitFile::unavailableReason() const
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        return tr("Git is not installed.");
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return tr("The project has not been saved to a file yet.");
    if (!git({QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")}))
        return tr("The project's folder is not in a git repository.");
    const Result<QByteArray> tracked
            = git({QStringLiteral("ls-files"), QStringLiteral("--error-unmatch"),
                   QStringLiteral("--"), QFileInfo(m_path).fileName()});
    if (!tracked)
        return tr("Git does not track the project's file.");
    return {};
}

Result<QList<GitRevision>> GitFile::revisions(int limit) const
{
    const Result<QByteArray> out
            = git({QStringLiteral("log"), QStringLiteral("-n"), QString::number(limit),
                   QStringLiteral("--format=%H%x1f%ad%x1f%s"), QStringLiteral("--date=short"),
                   QStringLiteral("--follow"), QStringLiteral("--"), QFileInfo(m_path).fileName()});
    if (!out)
        return out.error();
    QList<GitRevision> list;
    for (const QString &line : QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QChar(0x1f));
        if (parts.size() < 3)
            continue;
        list.append({parts.at(0), parts.at(1), parts.at(2)});
    }
    return list;
}

Result<QByteArray> GitFile::contentAt(const QString &revision) const
{
    // The path relative to the repository's top, as `git show REV:PATH` wants it.
    const Result<QByteArray> prefix
            = git({QStringLiteral("rev-parse"), QStringLiteral("--show-prefix")});
    if (!prefix)
        return prefix.error();
    const QString path = QString::fromUtf8(*prefix).trimmed() + QFileInfo(m_path).fileName();
    return git({QStringLiteral("show"), revision + u':' + path});
}

} // namespace dialogsmith::ui
