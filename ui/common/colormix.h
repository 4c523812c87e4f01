#pragma once

#include <QColor>

namespace dialogsmith::ui {

/// `a` moved towards `b` by `amount` (0: a, 1: b), alpha included: the one way the studio
/// derives its shades (canvas, chat, code, forms) from the palette.
QColor mixColors(const QColor &a, const QColor &b, qreal amount);

} // namespace dialogsmith::ui
