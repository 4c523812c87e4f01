#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace dialogsmith::ui {

/// A graph to lay out: nodes in priority order (the dialog's order, exits last) and edges by
/// index. An edge to a node at the same or an earlier index is a loop back and does not push
/// its target down a layer.
struct LayoutGraph
{
    QList<QSizeF> sizes;
    QList<QList<int>> successors;
    /// How firmly a node keeps its place under its parents when a layer has to spread out
    /// (default 1); light nodes such as exits make way.
    QList<qreal> weights;
};

struct LayoutOptions
{
    qreal layerGap = 80;
    qreal columnGap = 40;
    int sweeps = 6;
};

/// Layered layout, top to bottom: longest-path layers over forward edges, barycenter ordering
/// within layers to reduce crossings, then each node centred under its parents as far as its
/// neighbours allow. Returns top-left positions; the first layer is centred on x = 0, y = 0.
QList<QPointF> layeredLayout(const LayoutGraph &graph, const LayoutOptions &options = {});

/// Number of crossings between edges of consecutive layers, for tests and the sweep's choice.
int layoutCrossings(const LayoutGraph &graph, const QList<QPointF> &positions);

} // namespace dialogsmith::ui
