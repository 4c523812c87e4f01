#include "canvasstyle.h"

#include "colormix.h"

#include <QFontMetricsF>

#include <cmath>

namespace dialogsmith::ui {

namespace {

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

CanvasStyle CanvasStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    CanvasStyle s;
    s.palette = palette;
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    s.dark = window.lightness() < 128;

    // Nodes sit on a canvas a step away from the window colour, so they read as cards in both
    // light and dark palettes whatever the style's Base/Window contrast is.
    if (s.dark) {
        s.background = mixColors(window, QColor(Qt::black), 0.28);
        s.nodeFill = mixColors(window, QColor(Qt::white), 0.07);
        s.nodeBorder = mixColors(s.nodeFill, text, 0.22);
        s.nodeShadow = QColor(0, 0, 0, 90);
        s.chipFill = mixColors(s.nodeFill, text, 0.12);
    } else {
        s.background = mixColors(window, QColor(Qt::black), 0.045);
        s.nodeFill = base;
        s.nodeBorder = mixColors(base, text, 0.2);
        s.nodeShadow = QColor(0, 0, 0, 28);
        s.chipFill = mixColors(base, text, 0.08);
    }
    s.gridDot = mixColors(s.background, text, s.dark ? 0.16 : 0.18);
    s.text = text;
    s.secondaryText = mixColors(s.nodeFill, text, 0.62);
    s.chipText = mixColors(s.chipFill, text, 0.75);
    s.edge = mixColors(s.background, text, s.dark ? 0.58 : 0.55);
    s.edgeLabelFill = withAlpha(s.nodeFill, 235);
    s.highlight = palette.color(QPalette::Highlight);
    if (s.highlight.lightness() < 60 && s.dark)
        s.highlight = s.highlight.lighter(160);
    s.hover = mixColors(s.nodeBorder, s.highlight, 0.6);
    s.running = s.dark ? QColor(0x4c, 0xd1, 0x7e) : QColor(0x16, 0xa3, 0x4a);
    s.path = withAlpha(s.running, 190);
    s.error = s.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x30, 0x30);
    s.terminal = mixColors(s.background, text, 0.55);
    // Reddish purple (Okabe-Ito): apart from the running green, the error red and the
    // selection blue for the common colour vision deficiencies.
    s.uncovered = s.dark ? QColor(0xe0, 0x8c, 0xc4) : QColor(0x9e, 0x3f, 0x7a);

    s.textFont = font;
    s.nameFont = font;
    s.nameFont.setWeight(QFont::DemiBold);
    s.smallFont = font;
    if (font.pointSizeF() > 0)
        s.smallFont.setPointSizeF(qMax(6.5, font.pointSizeF() * 0.82));
    else
        s.smallFont.setPixelSize(qMax(9, qRound(font.pixelSize() * 0.82)));
    s.labelFont = s.smallFont;

    const qreal nameHeight = QFontMetricsF(s.nameFont).height();
    const qreal textHeight = QFontMetricsF(s.textFont).height();
    const qreal smallHeight = QFontMetricsF(s.smallFont).height();
    s.headerHeight = std::max(28.0, std::ceil(nameHeight + 12));
    s.nodeHeight = s.headerHeight + std::max(30.0, std::ceil(textHeight + 14));
    s.badgeRowHeight = std::max(18.0, std::ceil(smallHeight + 6));
    return s;
}

} // namespace dialogsmith::ui
