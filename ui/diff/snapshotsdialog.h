#pragma once

#include "snapshotstore.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace dialogsmith::ui {

/// File ▸ Snapshots…: the project's snapshots, newest first, to compare the project with or to
/// restore (the window does either; restoring is one undoable step).
class SnapshotsDialog : public QDialog
{
    Q_OBJECT

public:
    SnapshotsDialog(const QList<format::Snapshot> &snapshots, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }
    /// The selected snapshot (a default one when none is).
    format::Snapshot selected() const;

signals:
    void compareRequested(const format::Snapshot &snapshot);
    void restoreRequested(const format::Snapshot &snapshot);

private:
    QList<format::Snapshot> m_snapshots;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QPushButton *m_restore;
};

} // namespace dialogsmith::ui
