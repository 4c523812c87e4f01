#include "explorerdelegate.h"

#include "explorermodel.h"

#include <QApplication>
#include <QPainter>

namespace dialogsmith::ui {

void ExplorerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString percent = index.data(ExplorerModel::CoverageRole).toString();
    if (percent.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background over the whole width, then the item (icon, elided name) left of the
    // figure, then the figure in the item's text colour.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const int figureWidth = opt.fontMetrics.horizontalAdvance(percent) + 10;
    QStyleOptionViewItem name(opt);
    name.text = index.data(Qt::EditRole).toString();
    name.rect.setRight(opt.rect.right() - figureWidth);
    style->drawControl(QStyle::CE_ItemViewItem, &name, painter, widget);
    const QRect figure(opt.rect.right() - figureWidth, opt.rect.top(), figureWidth - 4,
                       opt.rect.height());
    const QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
    painter->drawText(figure, Qt::AlignRight | Qt::AlignVCenter, percent);
    painter->restore();
}

} // namespace dialogsmith::ui
