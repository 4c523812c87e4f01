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
    /// Whether node sizes differ, which moves nodes and edges rather than just repainting.
    bool sameMetrics(const CanvasStyle &o) const
    {
        return nodeHeight == o.nodeHeight && badgeRowHeight == o.badgeRowHeight
               && headerHeight == o.headerHeight && textFont == o.textFont;
    }

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
    QColor uncovered; ///< parts no test reached (always with a dash or hatch, never alone)

    QFont nameFont;
    QFont textFont;
    QFont smallFont;
    QFont labelFont;

    // Metrics in scene units (1 unit = 1 px at 100 %). The heights grow with the font, so
    // larger system fonts still fit; the width stays, so layouts keep their shape.
    static constexpr qreal nodeWidth = 232;
    qreal nodeHeight = 58;     ///< header and one line of content
    qreal badgeRowHeight = 18; ///< added when the node shows badges
    qreal headerHeight = 28;
    static constexpr qreal cornerRadius = 7;
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
