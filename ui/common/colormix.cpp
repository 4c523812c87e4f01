#include "colormix.h"

namespace dialogsmith::ui {

QColor mixColors(const QColor &a, const QColor &b, qreal amount)
{
    const auto mix = [amount](float x, float y) {
        return x + (y - x) * float(amount);
    };
    const QColor ra = a.toRgb();
    const QColor rb = b.toRgb();
    return QColor::fromRgbF(mix(ra.redF(), rb.redF()), mix(ra.greenF(), rb.greenF()),
                            mix(ra.blueF(), rb.blueF()), mix(ra.alphaF(), rb.alphaF()));
}

} // namespace dialogsmith::ui
