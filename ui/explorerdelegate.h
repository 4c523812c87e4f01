#pragma once

#include <QStyledItemDelegate>

namespace dialogsmith::ui {

/// Draws the project tree's rows; a dialog with a test coverage (ExplorerModel::CoverageRole)
/// gets its percentage right-aligned, so a narrow tree elides the name and never the figure.
class ExplorerDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace dialogsmith::ui
