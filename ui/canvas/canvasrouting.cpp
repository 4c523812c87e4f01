#include "canvasrouting.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dialogsmith::ui {

bool routeBlocked(const QRectF &area, const ObstacleQuery &obstacles)
{
    if (area.isEmpty())
        return false;
    const QList<QRectF> found = obstacles(area);
    return std::any_of(found.cbegin(), found.cend(),
                       [&](const QRectF &r) { return r.intersects(area); });
}

qreal clearSide(const QRectF &span, bool right, qreal offset, const ObstacleQuery &obstacles)
{
    qreal side = right ? span.right() + offset : span.left() - offset;
    // Step outwards past whatever the line would cross; a few steps settle any real layout.
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QRectF line(side - 10, span.top(), 20, span.height());
        qreal edge = side;
        bool hit = false;
        for (const QRectF &r : obstacles(line)) {
            if (!r.intersects(line))
                continue;
            hit = true;
            edge = right ? std::max(edge, r.right() + offset) : std::min(edge, r.left() - offset);
        }
        if (!hit)
            break;
        side = edge;
    }
    return side;
}

std::optional<qreal> edgeDetour(const EdgeEnds &edge, const ObstacleQuery &obstacles)
{
    const qreal start = edge.stemEnd;
    const qreal end = edge.to.y() - 8;
    const qreal offset = 30 + 10 * (edge.port % 4);
    if (end - start < 24) {
        const QRectF span = edge.sourceRect | edge.targetRect;
        return clearSide(span, edge.targetRect.right() >= edge.sourceRect.left(), offset,
                         obstacles);
    }
    const QRectF corridor(QPointF(std::min(edge.from.x(), edge.to.x()) - 14, start + 14),
                          QPointF(std::max(edge.from.x(), edge.to.x()) + 14, end - 14));
    if (!routeBlocked(corridor, obstacles))
        return std::nullopt;
    const QRectF span(QPointF(std::min(edge.sourceRect.left(), edge.targetRect.left()), start),
                      QPointF(std::max(edge.sourceRect.right(), edge.targetRect.right()), end));
    const qreal right = clearSide(span, true, offset, obstacles);
    const qreal left = clearSide(span, false, offset, obstacles);
    const qreal viaRight = std::abs(right - edge.from.x()) + std::abs(right - edge.to.x());
    const qreal viaLeft = std::abs(left - edge.from.x()) + std::abs(left - edge.to.x());
    return viaRight <= viaLeft ? right : left;
}

LabelLanes stackLabels(const QList<PortLabel> &labels)
{
    LabelLanes out;
    out.offsets.fill(0, labels.size());
    QList<qsizetype> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return labels.at(a).x < labels.at(b).x; });
    QList<qreal> laneEnd;
    for (const qsizetype i : std::as_const(order)) {
        const PortLabel &label = labels.at(i);
        if (label.size.isEmpty())
            continue;
        const qreal left = label.x - label.size.width() / 2;
        qsizetype lane = 0;
        while (lane < laneEnd.size() && laneEnd.at(lane) + 6 > left)
            ++lane;
        if (lane == laneEnd.size())
            laneEnd.append(0);
        laneEnd[lane] = label.x + label.size.width() / 2;
        out.offsets[i] = 10 + lane * (label.size.height() + 5);
        out.depth = std::max(out.depth, out.offsets.at(i) + label.size.height());
    }
    return out;
}

} // namespace dialogsmith::ui
