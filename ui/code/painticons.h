#pragma once

#include <QIcon>

class QPalette;

namespace dialogsmith::ui {

/// Small line icons drawn in the palette's colours, so they are crisp at any scale and follow
/// light and dark themes without an icon theme being installed.
enum class PaintedIcon {
    Add,
    Remove,
    Close,
    MoveUp,
    MoveDown,
    Duplicate,
    Key,
    Warning,
    Error,
    Preset,
};

QIcon paintedIcon(PaintedIcon kind, const QPalette &palette);

} // namespace dialogsmith::ui
