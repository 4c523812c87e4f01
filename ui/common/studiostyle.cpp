#include "studiostyle.h"

#include "typeicons.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace dialogsmith::ui {

StudioStyle::StudioStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon StudioStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                const QWidget *widget) const
{
    const Qt::LayoutDirection direction
            = option ? option->direction
                     : (widget ? widget->layoutDirection() : QGuiApplication::layoutDirection());
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        // The chevrons point the way the bar reads; right-to-left bars keep the base style's.
        if (direction == Qt::LeftToRight)
            return studioIcon(QStringLiteral("more"));
        break;
    case SP_ToolBarVerticalExtensionButton:
        return studioIcon(QStringLiteral("moredown"));
    case SP_TitleBarCloseButton:
    case SP_TitleBarNormalButton:
    case SP_DockWidgetCloseButton:
        // Fusion draws these from fixed pictures, whatever the widget or option; other styles
        // may not, so they are asked every time.
        if (baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0) {
            QIcon &icon = m_shared[int(standardIcon)];
            if (icon.isNull())
                icon = QProxyStyle::standardIcon(standardIcon, option, widget);
            return icon;
        }
        break;
    default:
        break;
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void StudioStyle::install()
{
    QStyle *current = QApplication::style();
    if (qobject_cast<StudioStyle *>(current))
        return;
    // A fresh instance of the style in use (the platform's, or the one -style named): the
    // application keeps and deletes its own.
    QApplication::setStyle(new StudioStyle(QStyleFactory::create(current->name())));
}

} // namespace dialogsmith::ui
