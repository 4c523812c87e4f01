#pragma once

#include "snapshotstore.h"

#include <QObject>
#include <QTimer>

class QStackedWidget;
class QWidget;

namespace dialogsmith::document {
class BotDocument;
struct ProblemLocation;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

class DiffView;

/// Compares the project with other versions of it (another file, the saved file, a git revision,
/// a snapshot) in a DiffView page of the window's centre, and keeps the project's snapshots.
/// What the user causes to fail (a malformed file, a git error, a folder that cannot be
/// written) is said in one sentence and changes nothing.
class VersionsController : public QObject
{
    Q_OBJECT

public:
    /// The diff view becomes a page of `centre` when first shown; dialogs open over `window`.
    VersionsController(document::BotDocument *document, QStackedWidget *centre, QWidget *window);

    /// The diff view, once shown (nullptr before).
    DiffView *diffView() const { return m_view; }
    bool isShowing() const;

    /// File ▸ Compare With…: asks what to compare with, then shows the diff view.
    void compareWith();
    bool compareWithFile(const QString &path);
    bool compareWithSavedVersion();
    bool compareWithRevision(const QString &revision, const QString &title);
    bool compareWithSnapshot(const format::Snapshot &snapshot);

    /// Where the project's snapshots go (beside the project, else the data folder).
    format::SnapshotStore snapshotStore() const;
    /// Tests: the data folder for snapshots (default: the app's data folder).
    void setSnapshotDataFolder(const QString &folder) { m_dataFolder = folder; }
    /// File ▸ Save Snapshot…: asks a name, then saves.
    void saveSnapshot();
    bool saveSnapshotNamed(const QString &name);
    /// File ▸ Snapshots…: the list, to compare with or restore.
    void showSnapshots();
    /// Replaces the project with the snapshot as one undoable step.
    bool restoreSnapshot(const format::Snapshot &snapshot);

    /// The sentence of the last failure, for tests (also shown in a message box).
    const QString &lastError() const { return m_lastError; }
    /// Tests: failures only go to lastError(), no message box.
    void setQuiet(bool quiet) { m_quiet = quiet; }

signals:
    void closed();
    void goToRequested(const document::ProblemLocation &location);
    void statusMessage(const QString &text);

private:
    bool show(const document::Bot &before, const QString &title);
    bool fail(const QString &title, const QString &sentence);

    document::BotDocument *m_document;
    QStackedWidget *m_centre;
    QWidget *m_window;
    DiffView *m_view = nullptr;
    QTimer m_refresh;
    QString m_dataFolder;
    QString m_lastError;
    bool m_quiet = false;
};

} // namespace dialogsmith::ui
