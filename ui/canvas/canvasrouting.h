#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <optional>

namespace dialogsmith::ui {

/// Edge routing on the canvas as plain geometry: no scene, no items. The scene answers "what
/// stands here" through an ObstacleQuery and draws the result (EdgeItem::setRoute()).

/// The rectangles (nodes, exits) that intersect `area`, leaving out the edge's own source and
/// target.
using ObstacleQuery = std::function<QList<QRectF>(const QRectF &area)>;

/// One edge to route, in scene coordinates.
struct EdgeEnds
{
    QPointF from;      ///< the source's output port
    QPointF to;        ///< where the arrow touches the target's input port
    QRectF sourceRect; ///< the source node's body
    QRectF targetRect; ///< the target node's or exit's body
    qreal stemEnd = 0; ///< where the straight stem below the port ends (below its label)
    int port = 0;      ///< the source's output port index
};

/// Whether anything `obstacles` knows overlaps `area` (an empty area is never blocked).
bool routeBlocked(const QRectF &area, const ObstacleQuery &obstacles);

/// The x of a vertical line `offset` beside `span` (right or left of it) that crosses nothing:
/// it steps outwards past whatever is in the way, a few times at most.
qreal clearSide(const QRectF &span, bool right, qreal offset, const ObstacleQuery &obstacles);

/// Where an edge leaves its straight course: nullopt for the direct route down; otherwise the x
/// of the vertical line it goes round by. A loop back up goes round the side facing the target,
/// past every node in between; a long edge that would cut through nodes goes round them on the
/// shorter side. Ports further right detour further out, so parallel detours do not overlap.
std::optional<qreal> edgeDetour(const EdgeEnds &edge, const ObstacleQuery &obstacles);

/// A label below an output port, to stack in lanes.
struct PortLabel
{
    qreal x = 0; ///< the port's x; the label is centred on it
    QSizeF size; ///< empty: no label
};

struct LabelLanes
{
    QList<qreal> offsets; ///< per label, in the order given: how far below the port it sits
    qreal depth = 0;      ///< how far below the node the lowest label reaches (0: none)
};

/// Stacks a node's edge labels below its ports: from left to right, each label takes the first
/// lane where it does not overlap the label to its left (greedy interval colouring).
LabelLanes stackLabels(const QList<PortLabel> &labels);

} // namespace dialogsmith::ui
