#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dialogsmith::ui {

/// One commit that changed a file.
struct GitRevision
{
    QString hash;
    QString date; ///< ISO date, as git prints it
    QString subject;
};

/// The versions of a file that git keeps. Each call runs git and waits for it (never longer than
/// `timeoutMs`): call them off the GUI thread (see runOffGuiThread()).
class GitFile
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::ui::GitFile)

public:
    explicit GitFile(const QString &path, int timeoutMs = 10000);

    /// Empty when the file's history can be read, else why not, as one sentence: git is not
    /// installed, the project was never saved, the file is outside a git repository.
    QString unavailableReason() const;
    /// The commits that changed the file, newest first (at most `limit`).
    document::Result<QList<GitRevision>> revisions(int limit = 200) const;
    /// The file's content at `revision`.
    document::Result<QByteArray> contentAt(const QString &revision) const;

private:
    /// Runs git in the file's folder; the error says what failed.
    document::Result<QByteArray> git(const QStringList &arguments) const;

    QString m_path;
    int m_timeoutMs;
};

/// Runs `work` on a thread of its own and returns its result, keeping the GUI's events flowing
/// meanwhile (so the window repaints while git runs).
template<typename T, typename Work>
T runOffGuiThread(Work work);

} // namespace dialogsmith::ui

#include <QEventLoop>
#include <QThread>

template<typename T, typename Work>
T dialogsmith::ui::runOffGuiThread(Work work)
{
    std::optional<T> result;
    QEventLoop loop;
    QThread *thread = QThread::create([&result, &work] { result.emplace(work()); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*result);
}
