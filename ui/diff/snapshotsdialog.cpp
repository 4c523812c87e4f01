#include "snapshotsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

SnapshotsDialog::SnapshotsDialog(const QList<format::Snapshot> &snapshots, QWidget *parent)
    : QDialog(parent)
    , m_snapshots(snapshots)
    , m_list(new QTreeWidget(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setWindowTitle(tr("Snapshots"));
    setObjectName(QStringLiteral("snapshotsDialog"));
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Taken")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_compare->setToolTip(tr("Show what changed between the snapshot and the project"));
    m_restore->setToolTip(tr("Replace the project with the snapshot (Edit \u203a Undo brings the "
                             "project back)"));
    for (int i = 0; i < snapshots.size(); ++i) {
        const format::Snapshot &s = snapshots.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, s.name);
        item->setText(1, QLocale().toString(s.created.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, QDir::toNativeSeparators(s.path));
        item->setData(0, Qt::UserRole, i);
    }
    m_list->resizeColumnToContents(1);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    if (snapshots.isEmpty()) {
        auto *none = new QLabel(tr("No snapshots yet: File \u203a Save Snapshot\u2026 takes one."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 360);

    const auto update = [this] {
        const bool any = m_list->currentItem() != nullptr;
        m_compare->setEnabled(any);
        m_restore->setEnabled(any);
    };
    update();
    connect(m_list, &QTreeWidget::currentItemChanged, this, update);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            emit compareRequested(selected());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            emit restoreRequested(selected());
    });
    connect(m_list, &QTreeWidget::itemActivated, m_compare, &QPushButton::click);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

format::Snapshot SnapshotsDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_snapshots.value(item->data(0, Qt::UserRole).toInt()) : format::Snapshot();
}

} // namespace dialogsmith::ui
