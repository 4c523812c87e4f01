#include "codecolors.h"

#include "colormix.h"

namespace dialogsmith::ui {

CodeColors CodeColors::fromPalette(const QPalette &palette)
{
    CodeColors c;
    c.background = palette.color(QPalette::Active, QPalette::Base);
    c.text = palette.color(QPalette::Active, QPalette::Text);
    c.dark = c.background.lightnessF() < 0.5;
    // Hues chosen to stay readable on both the lightest and the darkest common themes; the
    // structural colours (margins, caret line, selection) come from the palette itself.
    if (c.dark) {
        c.keyword = QColor(0xcf, 0x8e, 0x6d);
        c.globalName = QColor(0xc7, 0x7d, 0xbb);
        c.string = QColor(0x6a, 0xab, 0x73);
        c.number = QColor(0x2a, 0xac, 0xb8);
        c.comment = QColor(0x7a, 0x7e, 0x85);
        c.regex = QColor(0x42, 0xc3, 0xd4);
        c.property = QColor(0xc7, 0x7d, 0xbb);
        c.error = QColor(0xf7, 0x54, 0x64);
        c.warning = QColor(0xe0, 0xb0, 0x40);
        c.templateText = QColor(0x56, 0xa8, 0xf5);
    } else {
        c.keyword = QColor(0x00, 0x33, 0xb3);
        c.globalName = QColor(0x87, 0x10, 0x94);
        c.string = QColor(0x06, 0x7d, 0x17);
        c.number = QColor(0x17, 0x50, 0xeb);
        c.comment = QColor(0x7a, 0x7a, 0x7a);
        c.regex = QColor(0x26, 0x4e, 0xff);
        c.property = QColor(0x87, 0x10, 0x94);
        c.error = QColor(0xd0, 0x20, 0x20);
        c.warning = QColor(0xb0, 0x70, 0x00);
        c.templateText = QColor(0x00, 0x5c, 0xc5);
    }
    c.templateBackground = mixColors(c.background, c.templateText, c.dark ? 0.22 : 0.12);
    c.lineNumber = mixColors(c.background, c.text, 0.45);
    c.marginBackground
            = mixColors(c.background, palette.color(QPalette::Active, QPalette::Window), 0.6);
    c.caretLine = mixColors(c.background, c.text, c.dark ? 0.07 : 0.045);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    c.braceMatch = mixColors(c.background, highlight, 0.3);
    c.selection = mixColors(c.background, highlight, c.dark ? 0.55 : 0.35);
    c.guide = mixColors(c.background, c.text, 0.15);
    c.findMatch = mixColors(c.background, QColor(0xff, 0xc1, 0x07), c.dark ? 0.35 : 0.45);
    return c;
}

} // namespace dialogsmith::ui
