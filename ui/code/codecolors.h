#pragma once

#include <QColor>
#include <QPalette>

namespace dialogsmith::ui {

/// Colours for code, templates and inline diagnostics, derived from a widget palette so that
/// light and dark themes both read well. Recomputed whenever the palette changes.
struct CodeColors
{
    bool dark = false;
    QColor text;
    QColor background;
    QColor keyword;
    QColor globalName; ///< `botContext` and other well-known globals
    QColor string;
    QColor number;
    QColor comment;
    QColor regex;
    QColor property; ///< JSON member names
    QColor lineNumber;
    QColor marginBackground;
    QColor caretLine;
    QColor braceMatch;
    QColor selection;
    QColor guide;
    QColor error;
    QColor warning;
    QColor templateText;
    QColor templateBackground;
    QColor findMatch;

    static CodeColors fromPalette(const QPalette &palette);
};

} // namespace dialogsmith::ui
