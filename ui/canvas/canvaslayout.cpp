#include "canvaslayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace dialogsmith::ui {

namespace {

struct Layering
{
    QList<QList<int>> preds;
    QList<QList<int>> succs;
    QList<int> layer;
    QList<QList<int>> layers; ///< node indices per layer, in their order
};

Layering layering(const LayoutGraph &graph)
{
    const qsizetype n = graph.sizes.size();
    Layering l;
    l.preds.resize(n);
    l.succs.resize(n);
    for (int u = 0; u < n && u < graph.successors.size(); ++u) {
        for (int v : graph.successors.at(u)) {
            if (v <= u || v >= n || l.succs[u].contains(v))
                continue;
            l.succs[u].append(v);
            l.preds[v].append(u);
        }
    }
    // Forward edges go from lower to higher index, so one pass in index order sees every
    // predecessor's final layer: longest-path layering.
    l.layer.fill(0, n);
    int maxLayer = 0;
    for (int v = 0; v < n; ++v) {
        for (int u : std::as_const(l.preds[v]))
            l.layer[v] = std::max(l.layer[v], l.layer[u] + 1);
        maxLayer = std::max(maxLayer, l.layer[v]);
    }
    // Nodes nothing leads to (but the first, where the dialog starts) would all sit in the top
    // layer with long edges down to their successors: put each just above its nearest one.
    for (int v = n - 1; v > 0; --v) {
        if (!l.preds[v].isEmpty() || l.succs[v].isEmpty())
            continue;
        int nearest = std::numeric_limits<int>::max();
        for (int s : std::as_const(l.succs[v]))
            nearest = std::min(nearest, l.layer[s]);
        l.layer[v] = std::max(0, nearest - 1);
    }
    l.layers.resize(n ? maxLayer + 1 : 0);
    for (int v = 0; v < n; ++v)
        l.layers[l.layer[v]].append(v);
    return l;
}

int crossings(const Layering &l, const QList<int> &position)
{
    int count = 0;
    QList<std::pair<int, int>> edges;
    for (qsizetype k = 0; k + 1 < l.layers.size(); ++k) {
        edges.clear();
        for (int u : l.layers.at(k)) {
            for (int v : l.succs.at(u)) {
                if (l.layer.at(v) == k + 1)
                    edges.append({position.at(u), position.at(v)});
            }
        }
        std::sort(edges.begin(), edges.end());
        for (qsizetype a = 0; a < edges.size(); ++a) {
            for (qsizetype b = a + 1; b < edges.size(); ++b) {
                if (edges.at(a).first < edges.at(b).first
                    && edges.at(a).second > edges.at(b).second)
                    ++count;
            }
        }
    }
    return count;
}

void updatePositions(const QList<QList<int>> &layers, QList<int> &position)
{
    for (const QList<int> &layer : layers) {
        for (int i = 0; i < layer.size(); ++i)
            position[layer.at(i)] = i;
    }
}

// Places one layer's nodes as close to their desired centres as the order and the gaps allow.
void placeLayer(const QList<int> &nodes, QList<qreal> desired, const LayoutGraph &graph, qreal gap,
                QList<qreal> &centre)
{
    const qsizetype n = nodes.size();
    if (n == 0)
        return;
    const QList<QSizeF> &sizes = graph.sizes;
    // Light nodes (exits) pack closer together: a question with many exits spreads less.
    auto sep = [&](qsizetype i) {
        const bool light = graph.weights.value(nodes.at(i - 1), 1.0) < 0.5
                           && graph.weights.value(nodes.at(i), 1.0) < 0.5;
        return (sizes.at(nodes.at(i - 1)).width() + sizes.at(nodes.at(i)).width()) / 2
               + (light ? gap * 0.4 : gap);
    };
    // Nodes without a wish take one from their neighbours so the layer stays packed.
    bool any = false;
    for (qsizetype i = 0; i < n; ++i)
        any = any || !std::isnan(desired.at(i));
    if (!any) {
        qreal total = 0;
        for (qsizetype i = 1; i < n; ++i)
            total += sep(i);
        desired[0] = -total / 2;
    }
    for (qsizetype i = 1; i < n; ++i) {
        if (std::isnan(desired.at(i)) && !std::isnan(desired.at(i - 1)))
            desired[i] = desired.at(i - 1) + sep(i);
    }
    for (qsizetype i = n - 2; i >= 0; --i) {
        if (std::isnan(desired.at(i)))
            desired[i] = desired.at(i + 1) - sep(i + 1);
    }
    QList<qreal> x(n);
    x[0] = desired.at(0);
    for (qsizetype i = 1; i < n; ++i)
        x[i] = std::max(desired.at(i), x.at(i - 1) + sep(i));
    // Pushing right only would drift the layer; shift it back by the weighted mean
    // displacement, so heavy nodes stay under their parents and light ones make way.
    qreal shift = 0;
    qreal total = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qreal w = graph.weights.value(nodes.at(i), 1.0);
        shift += w * (desired.at(i) - x.at(i));
        total += w;
    }
    shift = total > 0 ? shift / total : 0;
    for (qsizetype i = 0; i < n; ++i)
        centre[nodes.at(i)] = x.at(i) + shift;
}

} // namespace

QList<QPointF> layeredLayout(const LayoutGraph &graph, const LayoutOptions &options)
{
    const qsizetype n = graph.sizes.size();
    if (n == 0)
        return {};
    Layering l = layering(graph);

    QList<int> position(n);
    updatePositions(l.layers, position);
    auto key = [&](int v) {
        return position.at(v) - (l.layers.at(l.layer.at(v)).size() - 1) / 2.0;
    };

    QList<QList<int>> best = l.layers;
    int bestCrossings = crossings(l, position);
    QList<double> bary(n);
    for (int sweep = 0; sweep < options.sweeps && bestCrossings > 0; ++sweep) {
        const bool down = sweep % 2 == 0;
        const qsizetype count = l.layers.size();
        for (qsizetype step = 1; step < count; ++step) {
            const qsizetype k = down ? step : count - 1 - step;
            QList<int> &layer = l.layers[k];
            for (int v : std::as_const(layer)) {
                const QList<int> &nbrs = down ? l.preds.at(v) : l.succs.at(v);
                if (nbrs.isEmpty()) {
                    bary[v] = key(v);
                    continue;
                }
                double sum = 0;
                for (int u : nbrs)
                    sum += key(u);
                bary[v] = sum / double(nbrs.size());
            }
            std::stable_sort(layer.begin(), layer.end(),
                             [&](int a, int b) { return bary.at(a) < bary.at(b); });
            for (int i = 0; i < layer.size(); ++i)
                position[layer.at(i)] = i;
        }
        const int c = crossings(l, position);
        if (c < bestCrossings) {
            bestCrossings = c;
            best = l.layers;
        }
    }
    l.layers = best;
    updatePositions(l.layers, position);

    // Horizontal placement: top-down, each node under the lower median of its parents (a mean
    // would drift a long flow sideways a little at every join); then bottom-up, nodes without
    // parents (starters, orphans) over the mean of their children.
    const qreal nan = std::numeric_limits<qreal>::quiet_NaN();
    QList<qreal> centre(n, 0.0);
    QList<qreal> xs;
    for (const QList<int> &layer : std::as_const(l.layers)) {
        QList<qreal> desired(layer.size(), nan);
        for (int i = 0; i < layer.size(); ++i) {
            const QList<int> &preds = l.preds.at(layer.at(i));
            if (preds.isEmpty())
                continue;
            xs.clear();
            for (int u : preds)
                xs.append(centre.at(u));
            std::sort(xs.begin(), xs.end());
            desired[i] = xs.at((xs.size() - 1) / 2);
        }
        placeLayer(layer, desired, graph, options.columnGap, centre);
    }
    for (qsizetype k = l.layers.size() - 2; k >= 0; --k) {
        const QList<int> &layer = l.layers.at(k);
        QList<qreal> desired(layer.size());
        bool changed = false;
        for (int i = 0; i < layer.size(); ++i) {
            const int v = layer.at(i);
            desired[i] = centre.at(v);
            if (l.preds.at(v).isEmpty() && !l.succs.at(v).isEmpty()) {
                qreal sum = 0;
                for (int s : l.succs.at(v))
                    sum += centre.at(s);
                desired[i] = sum / qreal(l.succs.at(v).size());
                changed = true;
            }
        }
        if (changed)
            placeLayer(layer, desired, graph, options.columnGap, centre);
    }

    QList<qreal> top(l.layers.size(), 0.0);
    qreal y = 0;
    for (qsizetype k = 0; k < l.layers.size(); ++k) {
        top[k] = y;
        qreal height = 0;
        for (int v : l.layers.at(k))
            height = std::max(height, graph.sizes.at(v).height());
        y += height + options.layerGap;
    }

    QList<QPointF> out(n);
    for (int v = 0; v < n; ++v)
        out[v] = QPointF(centre.at(v) - graph.sizes.at(v).width() / 2, top.at(l.layer.at(v)));
    return out;
}

int layoutCrossings(const LayoutGraph &graph, const QList<QPointF> &positions)
{
    Layering l = layering(graph);
    QList<int> position(graph.sizes.size());
    for (QList<int> &layer : l.layers) {
        std::sort(layer.begin(), layer.end(),
                  [&](int a, int b) { return positions.at(a).x() < positions.at(b).x(); });
    }
    updatePositions(l.layers, position);
    return crossings(l, position);
}

} // namespace dialogsmith::ui
