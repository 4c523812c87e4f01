#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace dialogsmith::ui {

/// Colours, fonts and metrics of the canvas, derived once from the widget palette and font so
/// that item paint code only reads plain values.
struct CanvasStyle
{
    static CanvasStyle fromPalette(const QPalette &palette, const QFont &font);

    QPalette palette;
    bool dark = false;

    QColor background;
    QColor gridDot;
    QColor nodeFill;
    QColor nodeBorder;
    QColor nodeShadow;
    QColor text;
    QColor secondaryText;
    QColor chipFill;
    QColor chipText;
    QColor edge;
    QColor edgeLabelFill;
    QColor highlight;
    QColor hover;
    QColor running;
    QColor path;
    QColor error;
    QColor terminal;

    QFont nameFont;
    QFont textFont;
    QFont smallFont;
    QFont labelFont;

    // Metrics in scene units (1 unit = 1 px at 100 %).
    static constexpr qreal nodeWidth = 232;
    static constexpr qreal nodeHeight = 58;     ///< header and one line of content
    static constexpr qreal badgeRowHeight = 18; ///< added when the node shows badges
    static constexpr qreal cornerRadius = 7;
    static constexpr qreal headerHeight = 28;
    static constexpr qreal portRadius = 4.5;
    static constexpr qreal layerGap = 64;  ///< vertical room between layers, plus edge labels
    static constexpr qreal columnGap = 48; ///< horizontal room between nodes of a layer
    static constexpr qreal terminalLength = 30;

    // Below these zoom levels details are left out: text stops being legible and painting it
    // would only cost time.
    static constexpr qreal detailLod = 0.62;
    static constexpr qreal nameOnlyLod = 0.24;
};

} // namespace dialogsmith::ui
