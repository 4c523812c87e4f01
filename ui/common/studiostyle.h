#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace dialogsmith::ui {

/// The studio's style: the platform's (or the user's) style, with two changes to its standard
/// icons that keep them off the way to the first window.
///
/// - The toolbar and menu bar extension buttons (shown only when a bar overflows) get the
///   studio's own chevrons, drawn when first shown; Qt's are PNG files read and decoded for
///   every bar as it is made, which also scans the image format plugins.
/// - With the Fusion style, the dock title bar buttons' pictures (close, float) are made once
///   and shared; Fusion parses them from XPM for every dock and again to measure each button.
///
/// Every other icon, metric and drawing is the base style's.
class StudioStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    /// Wraps `base` (the application's default style when null; the proxy owns it).
    explicit StudioStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    /// Makes the application use the studio's style around its current one (once: calling it
    /// again changes nothing). Call before the first widget is made.
    static void install();

private:
    mutable QHash<int, QIcon> m_shared; ///< Fusion's dock title button icons, made once
};

} // namespace dialogsmith::ui
