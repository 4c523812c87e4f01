#include "canvasscene.h"

#include "botdocument.h"
#include "canvaslayout.h"
#include "canvasrouting.h"
#include "edgeitem.h"
#include "exititem.h"
#include "nodeitem.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace dialogsmith::ui {

using document::Action;
using document::BotDocument;
using document::Dialog;
using document::Interaction;

CanvasScene::CanvasScene(BotDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_contentTimer(new QTimer(this))
{
    setItemIndexMethod(BspTreeIndex);
    m_contentTimer->setSingleShot(true);
    m_contentTimer->setInterval(0);
    connect(m_contentTimer, &QTimer::timeout, this, [this] {
        updateSceneRect();
        emit contentChanged();
    });

    connect(document, &BotDocument::loaded, this,
            [this] { setDialog(m_document->dialog(m_dialogId) ? m_dialogId : QString()); });
    connect(document, &BotDocument::interactionInserted, this, &CanvasScene::onInteractionInserted);
    connect(document, &BotDocument::interactionRemoved, this, &CanvasScene::onInteractionRemoved);
    connect(document, &BotDocument::interactionChanged, this, &CanvasScene::onInteractionChanged);
    connect(document, &BotDocument::interactionsReordered, this,
            &CanvasScene::onInteractionsReordered);
    connect(document, &BotDocument::dialogRemoved, this, [this](const QString &id) {
        if (id == m_dialogId)
            setDialog(QString());
        else
            refreshAllLinks();
    });
    connect(document, &BotDocument::dialogInserted, this, [this] { refreshAllLinks(); });
    connect(document, &BotDocument::dialogChanged, this, [this] { refreshExitTexts(); });
    // Integration nodes show the integration's name.
    auto refreshIntegrations = [this] {
        const Dialog *d = dialog();
        if (!d)
            return;
        for (const Interaction &i : d->interactions) {
            if (i.type == document::InteractionType::ApiIntegration)
                m_nodes.value(i.id)->setContent(contentFor(i), m_style);
        }
    };
    connect(document, &BotDocument::integrationChanged, this, refreshIntegrations);
    connect(document, &BotDocument::integrationInserted, this, refreshIntegrations);
    connect(document, &BotDocument::integrationRemoved, this, refreshIntegrations);
}

CanvasScene::~CanvasScene()
{
    // Items call back into the scene while they are destroyed (geometry, selection): nothing
    // may be reported or looked up any more.
    blockSignals(true);
    m_rebuilding = true;
    m_dragEdge = nullptr;
    m_nodes.clear();
    m_exits.clear();
    m_outgoing.clear();
    m_incoming.clear();
    clear();
}

const Dialog *CanvasScene::dialog() const
{
    return m_dialogId.isEmpty() ? nullptr : m_document->dialog(m_dialogId);
}

void CanvasScene::setDialog(const QString &dialogId)
{
    m_dialogId = m_document->dialog(dialogId) ? dialogId : QString();
    rebuild();
}

void CanvasScene::setCanvasStyle(const CanvasStyle &style)
{
    const bool relayout = !m_style.sameMetrics(style);
    m_style = style;
    setBackgroundBrush(style.background);
    if (relayout) {
        // Other node sizes: lay the dialog out again rather than let nodes overlap.
        rebuild();
        return;
    }
    for (NodeItem *node : std::as_const(m_nodes))
        node->update();
    for (ExitItem *exit : std::as_const(m_exits))
        exit->update();
    for (auto it = m_outgoing.cbegin(); it != m_outgoing.cend(); ++it) {
        for (EdgeItem *edge : it.value())
            edge->update();
    }
    update();
}

void CanvasScene::reindex()
{
    m_order.clear();
    m_index.clear();
    const Dialog *d = dialog();
    if (!d)
        return;
    m_order.reserve(d->interactions.size());
    m_index.reserve(d->interactions.size());
    for (const Interaction &i : d->interactions) {
        m_index.insert(i.id, int(m_order.size()));
        m_order.append(i.id);
    }
}

NodeContent CanvasScene::contentFor(const Interaction &i) const
{
    NodeContent c;
    c.name = i.name;
    c.summary = interactionSummary(*m_document, i);
    c.type = i.type;
    if (!i.preProcess.trimmed().isEmpty())
        c.codeSlots.append(CanvasText::tr("pre"));
    if (!i.processUserResponse.trimmed().isEmpty())
        c.codeSlots.append(CanvasText::tr("response"));
    if (!i.postProcess.trimmed().isEmpty())
        c.codeSlots.append(CanvasText::tr("post"));
    bool next = false;
    for (const document::Rule &r : i.rules) {
        if (!next && r.condition == document::Rule::Condition::Always)
            next = true;
        else
            ++c.conditionalRules;
    }
    c.delayMs = i.delayMs;
    c.enabled = i.enabled;
    return c;
}

NodeItem *CanvasScene::createNode(const Interaction &interaction)
{
    auto *node = new NodeItem(interaction.id);
    node->setContent(contentFor(interaction), m_style);
    node->setRunning(interaction.id == m_running);
    node->setOnPath(m_path.contains(interaction.id));
    node->setUncovered(m_uncovered.contains(interaction.id));
    m_nodes.insert(interaction.id, node);
    return node;
}

void CanvasScene::rebuild()
{
    cancelConnection();
    m_rebuilding = true;
    // A selected node reports the selection change while it is destroyed: by then no lookup may
    // reach the items being deleted.
    m_nodes.clear();
    m_exits.clear();
    m_outgoing.clear();
    m_incoming.clear();
    clear(); // deletes every item
    m_sourcesByTarget.clear();
    m_autoPos.clear();
    m_labelDepth.clear();
    m_moveStart.clear();
    m_dropNode.clear();
    m_dropExit.clear();
    reindex();

    if (const Dialog *d = dialog()) {
        for (const Interaction &i : d->interactions)
            createNode(i);
        // Links first: the layout needs them, and exits come from them.
        QHash<QString, QList<CanvasLink>> links;
        for (qsizetype k = 0; k < d->interactions.size(); ++k) {
            const QList<CanvasLink> l = canvasLinks(*m_document, *d, k);
            QList<NodePort> ports;
            ports.reserve(l.size());
            for (const CanvasLink &link : l)
                ports.append(NodePort{link.slot, link.nextAction, link.kind});
            m_nodes.value(d->interactions.at(k).id)->setPorts(ports);
            links.insert(d->interactions.at(k).id, l);
        }
        // Edges before positions: their labels decide how much room each layer needs.
        for (const Interaction &i : d->interactions) {
            for (const CanvasLink &link : links.value(i.id))
                createEdge(i.id, link);
            assignLanes(i.id);
        }

        const Layout layout = computeLayout();
        m_autoPos = layout.nodes;
        QList<QRectF> placed;
        for (const Interaction &i : d->interactions) {
            if (i.position) {
                NodeItem *node = m_nodes.value(i.id);
                placed.append(QRectF(*i.position, node->size()));
            }
        }
        for (const Interaction &i : d->interactions) {
            NodeItem *node = m_nodes.value(i.id);
            QPointF pos = i.position.value_or(layout.nodes.value(i.id));
            if (!i.position && !placed.isEmpty()) {
                // Unplaced nodes keep out of the way of the ones the user put somewhere.
                auto collides = [&](const QPointF &p) {
                    const QRectF r = QRectF(p, node->size())
                                             .adjusted(-CanvasStyle::columnGap / 2, -8,
                                                       CanvasStyle::columnGap / 2, 8);
                    for (const QRectF &other : std::as_const(placed)) {
                        if (other.intersects(r))
                            return true;
                    }
                    return false;
                };
                while (collides(pos))
                    pos.rx() += CanvasStyle::nodeWidth + CanvasStyle::columnGap;
            }
            node->setPos(pos);
            addItem(node);
        }
        for (ExitItem *exit : std::as_const(m_exits)) {
            const QString anchor = layout.exitAnchors.value(exit->key());
            const QPointF offset = layout.exits.value(exit->key()) - layout.nodes.value(anchor);
            exit->anchorId = anchor;
            exit->anchorOffset = offset;
            if (NodeItem *a = m_nodes.value(anchor))
                exit->setPos(a->pos() + offset);
        }
        // The index covers the scene rect: fix it before routing queries the index, or every
        // query would rebuild the index for a scene that is still growing.
        updateSceneRect();
        for (auto it = m_outgoing.cbegin(); it != m_outgoing.cend(); ++it) {
            for (EdgeItem *edge : it.value())
                routeEdge(edge);
        }
    }
    m_rebuilding = false;
    updateSceneRect();
    emit rebuilt();
    emit contentChanged();
}

CanvasScene::Layout CanvasScene::computeLayout() const
{
    Layout out;
    const Dialog *d = dialog();
    if (!d)
        return out;
    LayoutGraph graph;
    QStringList exitKeys;
    QHash<QString, int> exitIndex;
    const qsizetype n = d->interactions.size();
    graph.sizes.reserve(n);
    graph.successors.resize(n);
    for (qsizetype k = 0; k < n; ++k) {
        const Interaction &i = d->interactions.at(k);
        const NodeItem *node = m_nodes.value(i.id);
        QSizeF size = node ? node->size() : NodeItem::sizeFor(contentFor(i), m_style);
        size.rheight() += m_labelDepth.value(i.id);
        graph.sizes.append(size);
    }
    for (qsizetype k = 0; k < n; ++k) {
        const Interaction &i = d->interactions.at(k);
        for (const CanvasLink &link : canvasLinks(*m_document, *d, k)) {
            if (link.kind == CanvasLink::Kind::Node) {
                graph.successors[k].append(m_index.value(link.target));
            } else if (link.isExit()) {
                const QString key = exitNodeKey(i.id, link);
                if (!exitIndex.contains(key)) {
                    exitIndex.insert(key, int(n + exitKeys.size()));
                    exitKeys.append(key);
                    const ExitItem *exit = m_exits.value(key);
                    graph.sizes.append(exit ? exit->size()
                                            : ExitItem::sizeFor(exitText(*m_document, link),
                                                                m_style.textFont));
                    graph.successors.append(QList<int>());
                    out.exitAnchors.insert(key, i.id);
                    graph.weights.resize(graph.sizes.size(), 1.0);
                    graph.weights.last() = 0.05;
                }
                graph.successors[k].append(exitIndex.value(key));
            }
        }
    }
    const QList<QPointF> positions
            = layeredLayout(graph, {CanvasStyle::layerGap, CanvasStyle::columnGap, 6});
    for (qsizetype k = 0; k < n; ++k)
        out.nodes.insert(d->interactions.at(k).id, positions.at(k));
    for (qsizetype e = 0; e < exitKeys.size(); ++e)
        out.exits.insert(exitKeys.at(e), positions.at(n + e));
    return out;
}

QHash<QString, QPointF> CanvasScene::arrangedPositions() const
{
    return computeLayout().nodes;
}

int CanvasScene::edgeCount() const
{
    int count = 0;
    for (auto it = m_outgoing.cbegin(); it != m_outgoing.cend(); ++it)
        count += int(it.value().size());
    return count;
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (const QString &id : m_order) {
        if (const NodeItem *node = m_nodes.value(id); node && node->isSelected())
            ids.append(id);
    }
    return ids;
}

void CanvasScene::selectOnly(const QStringList &ids)
{
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != NodeItem::Type || !wanted.contains(static_cast<NodeItem *>(item)->id()))
            item->setSelected(false);
    }
    for (const QString &id : ids) {
        if (NodeItem *node = m_nodes.value(id))
            node->setSelected(true);
    }
}

QList<ExitItem *> CanvasScene::exitsTo(const QString &target) const
{
    QList<ExitItem *> out;
    for (ExitItem *exit : std::as_const(m_exits)) {
        if (exit->target() == target)
            out.append(exit);
    }
    return out;
}

QRectF CanvasScene::contentRect() const
{
    QRectF r;
    for (const NodeItem *node : std::as_const(m_nodes))
        r |= node->sceneRect();
    for (const ExitItem *exit : std::as_const(m_exits))
        r |= exit->sceneRect();
    return r;
}

QPointF CanvasScene::freeSpot(const QPointF &preferred, const QSizeF &size) const
{
    QPointF pos = preferred;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QRectF r = QRectF(pos, size).adjusted(-CanvasStyle::columnGap / 2, -12,
                                                    CanvasStyle::columnGap / 2, 12);
        bool free = true;
        for (QGraphicsItem *item : items(r, Qt::IntersectsItemBoundingRect)) {
            if (item->type() == NodeItem::Type || item->type() == ExitItem::Type) {
                free = false;
                break;
            }
        }
        if (free)
            break;
        pos.rx() += size.width() + CanvasStyle::columnGap;
    }
    return pos;
}

QPointF CanvasScene::freeSpotBelow(const QString &id, const QSizeF &size) const
{
    const NodeItem *node = m_nodes.value(id);
    if (!node)
        return freeSpot(QPointF(0, 0), size);
    return freeSpot(node->pos() + QPointF(0, node->size().height() + CanvasStyle::layerGap), size);
}

QString CanvasScene::neighbour(const QString &from, Qt::Key direction) const
{
    const NodeItem *origin = m_nodes.value(from);
    if (!origin)
        return {};
    const QPointF c = origin->sceneRect().center();
    QString best;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const QString &id : m_order) {
        if (id == from)
            continue;
        const QPointF d = m_nodes.value(id)->sceneRect().center() - c;
        qreal along = 0;
        qreal across = 0;
        switch (direction) {
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        case Qt::Key_Down:
            along = d.y();
            across = d.x();
            break;
        default:
            return {};
        }
        // Only nodes within a 60° cone ahead count, the nearest first, straight ahead favoured.
        if (along <= 1 || std::abs(across) > along * 1.8)
            continue;
        const qreal score = along + 2.5 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}

void CanvasScene::setRunning(const QString &id)
{
    if (NodeItem *old = m_nodes.value(m_running))
        old->setRunning(false);
    m_running = id;
    if (NodeItem *node = m_nodes.value(id))
        node->setRunning(true);
}

void CanvasScene::setPath(const QStringList &ids)
{
    for (const QString &id : std::as_const(m_path)) {
        if (NodeItem *node = m_nodes.value(id))
            node->setOnPath(false);
    }
    const QSet<std::pair<QString, QString>> oldSteps = m_pathSteps;
    m_path = ids;
    m_pathSteps.clear();
    for (qsizetype k = 0; k + 1 < ids.size(); ++k)
        m_pathSteps.insert({ids.at(k), ids.at(k + 1)});
    for (const QString &id : ids) {
        if (NodeItem *node = m_nodes.value(id))
            node->setOnPath(true);
    }
    QSet<QString> sources;
    for (const auto &step : oldSteps)
        sources.insert(step.first);
    for (const auto &step : std::as_const(m_pathSteps))
        sources.insert(step.first);
    for (const QString &source : sources) {
        for (EdgeItem *edge : m_outgoing.value(source))
            applyHighlights(edge);
    }
}

void CanvasScene::setCoverageMarks(const QSet<QString> &interactions,
                                   const QSet<std::pair<QString, int>> &rules)
{
    m_uncovered = interactions;
    m_uncoveredRules = rules;
    for (NodeItem *node : std::as_const(m_nodes))
        node->setUncovered(m_uncovered.contains(node->id()));
    for (auto it = m_outgoing.cbegin(); it != m_outgoing.cend(); ++it) {
        for (EdgeItem *edge : it.value())
            applyHighlights(edge);
    }
}

void CanvasScene::applyHighlights(EdgeItem *edge)
{
    edge->setHighlighted(m_pathSteps.contains({edge->sourceId(), edge->link().target}));
    edge->setUncovered(edge->link().slot >= 0
                       && m_uncoveredRules.contains({edge->sourceId(), edge->link().slot}));
}

// --- links and edges ------------------------------------------------------------------------

CanvasLink CanvasScene::link(const QString &sourceId, int slot) const
{
    for (const EdgeItem *edge : m_outgoing.value(sourceId)) {
        if (edge->link().slot == slot)
            return edge->link();
    }
    // Ports without an edge (a question's unset next action).
    const Dialog *d = dialog();
    if (d && m_index.contains(sourceId)) {
        for (const CanvasLink &l : canvasLinks(*m_document, *d, m_index.value(sourceId))) {
            if (l.slot == slot)
                return l;
        }
    }
    return {};
}

void CanvasScene::refreshLinks(const QString &id)
{
    NodeItem *node = m_nodes.value(id);
    const Dialog *d = dialog();
    if (!node || !d || !m_index.contains(id))
        return;
    const QList<CanvasLink> links = canvasLinks(*m_document, *d, m_index.value(id));
    QList<NodePort> ports;
    ports.reserve(links.size());
    QList<CanvasLink> drawn;
    for (const CanvasLink &link : links) {
        ports.append(NodePort{link.slot, link.nextAction, link.kind});
        if (link.kind != CanvasLink::Kind::Unset)
            drawn.append(link);
    }
    const QList<EdgeItem *> old = m_outgoing.value(id);
    bool same = old.size() == drawn.size();
    for (qsizetype k = 0; same && k < old.size(); ++k)
        same = old.at(k)->link() == drawn.at(k);
    const bool portsChanged = node->ports() != ports;
    node->setPorts(ports);
    if (same) {
        if (portsChanged)
            layoutEdgesFrom(id);
        return;
    }
    // New edges first, so an exit still used by the new links survives the swap.
    m_outgoing.remove(id);
    for (const CanvasLink &link : std::as_const(drawn))
        createEdge(id, link);
    layoutEdgesFrom(id);
    QSet<QString> targets;
    for (const CanvasLink &link : std::as_const(drawn))
        targets.insert(link.target);
    for (EdgeItem *edge : old) {
        const QString target = edge->link().target;
        if (!target.isEmpty() && !targets.contains(target)) {
            auto it = m_sourcesByTarget.find(target);
            if (it != m_sourcesByTarget.end()) {
                it->remove(id);
                if (it->isEmpty())
                    m_sourcesByTarget.erase(it);
            }
        }
        releaseEdge(edge);
    }
    scheduleContentChanged();
}

void CanvasScene::refreshAllLinks()
{
    for (const QString &id : std::as_const(m_order))
        refreshLinks(id);
    refreshExitTexts();
}

void CanvasScene::refreshSourcesOf(const QString &targetId)
{
    const QSet<QString> sources = m_sourcesByTarget.value(targetId);
    for (const QString &source : sources)
        refreshLinks(source);
}

void CanvasScene::refreshExitTexts()
{
    for (ExitItem *exit : std::as_const(m_exits)) {
        CanvasLink link;
        link.kind = exit->kind();
        link.target = exit->target();
        exit->setText(exitText(*m_document, link));
    }
}

EdgeItem *CanvasScene::createEdge(const QString &sourceId, const CanvasLink &link)
{
    if (link.kind == CanvasLink::Kind::Unset)
        return nullptr;
    auto *edge = new EdgeItem(sourceId, link);
    addItem(edge);
    m_outgoing[sourceId].append(edge);
    if (link.isExit())
        ensureExit(link, sourceId);
    const QString key = edge->targetKey();
    if (!key.isEmpty())
        m_incoming[key].append(edge);
    if (!link.target.isEmpty())
        m_sourcesByTarget[link.target].insert(sourceId);
    edge->prepareLabel();
    applyHighlights(edge);
    return edge;
}

void CanvasScene::releaseEdge(EdgeItem *edge)
{
    const QString key = edge->targetKey();
    if (!key.isEmpty()) {
        auto it = m_incoming.find(key);
        if (it != m_incoming.end()) {
            it->removeOne(edge);
            if (it->isEmpty())
                m_incoming.erase(it);
        }
    }
    if (ExitItem *exit = m_exits.value(key); exit && !m_incoming.contains(key)) {
        m_exits.remove(key);
        delete exit;
    }
    delete edge;
}

ExitItem *CanvasScene::ensureExit(const CanvasLink &link, const QString &sourceId)
{
    const QString key = exitNodeKey(sourceId, link);
    if (ExitItem *exit = m_exits.value(key))
        return exit;
    auto *exit = new ExitItem(key, link.kind, link.target);
    addItem(exit);
    exit->setText(exitText(*m_document, link));
    m_exits.insert(key, exit);
    exit->anchorId = sourceId;
    if (const NodeItem *anchor = m_nodes.value(sourceId); anchor && !m_rebuilding) {
        const int port = anchor->portIndexForSlot(link.slot);
        const QPointF portPos = anchor->outputPos(std::max(0, port));
        const QPointF preferred = anchor->pos()
                                  + QPointF(portPos.x() - exit->size().width() / 2,
                                            anchor->size().height() + CanvasStyle::layerGap);
        exit->setPos(freeSpot(preferred, exit->size()));
        exit->anchorOffset = exit->pos() - anchor->pos();
    }
    return exit;
}

QList<QRectF> CanvasScene::obstaclesIn(const QRectF &area, const QGraphicsItem *source,
                                       const QGraphicsItem *target) const
{
    QList<QRectF> found;
    for (QGraphicsItem *item : items(area, Qt::IntersectsItemBoundingRect)) {
        if (item == source || item == target)
            continue;
        if (item->type() == NodeItem::Type)
            found.append(static_cast<NodeItem *>(item)->sceneRect());
        else if (item->type() == ExitItem::Type)
            found.append(static_cast<ExitItem *>(item)->sceneRect());
    }
    return found;
}

void CanvasScene::routeEdge(EdgeItem *edge)
{
    const NodeItem *source = m_nodes.value(edge->sourceId());
    if (!source)
        return;
    const CanvasLink &link = edge->link();
    EdgeEnds ends;
    ends.port = std::max(0, source->portIndexForSlot(link.slot));
    ends.from = source->pos() + source->outputPos(ends.port);
    const QGraphicsItem *targetItem = nullptr;
    if (link.kind == CanvasLink::Kind::Node) {
        if (const NodeItem *target = m_nodes.value(link.target)) {
            targetItem = target;
            ends.to = target->pos() + target->inputPos();
            ends.targetRect = target->sceneRect();
        }
    } else if (link.isExit()) {
        if (const ExitItem *exit = m_exits.value(edge->targetKey())) {
            targetItem = exit;
            ends.to = exit->pos() + exit->inputPos();
            ends.targetRect = exit->sceneRect();
        }
    }
    if (!targetItem) {
        edge->setTerminal(ends.from, edge->labelOffset());
        return;
    }
    // The arrow touches the input port instead of disappearing under it.
    ends.to.ry() -= CanvasStyle::portRadius - 0.5;
    ends.sourceRect = source->sceneRect();
    ends.stemEnd = edge->stemEnd(ends.from);
    const std::optional<qreal> side = edgeDetour(
            ends, [&](const QRectF &area) { return obstaclesIn(area, source, targetItem); });
    edge->setRoute(ends.from, ends.to, side);
}

void CanvasScene::layoutEdgesFrom(const QString &id)
{
    assignLanes(id);
    for (EdgeItem *edge : m_outgoing.value(id))
        routeEdge(edge);
}

qreal CanvasScene::assignLanes(const QString &id)
{
    const NodeItem *source = m_nodes.value(id);
    if (!source)
        return 0;
    const QList<EdgeItem *> edges = m_outgoing.value(id);
    QList<PortLabel> labels;
    labels.reserve(edges.size());
    for (const EdgeItem *edge : edges) {
        const int port = std::max(0, source->portIndexForSlot(edge->link().slot));
        labels.append(PortLabel{source->outputPos(port).x(), edge->labelSize()});
    }
    const LabelLanes lanes = stackLabels(labels);
    for (qsizetype i = 0; i < edges.size(); ++i)
        edges.at(i)->setLabelOffset(lanes.offsets.at(i));
    if (lanes.depth > 0)
        m_labelDepth.insert(id, lanes.depth);
    else
        m_labelDepth.remove(id);
    return lanes.depth;
}

void CanvasScene::routeEdgesOf(const QString &key)
{
    for (EdgeItem *edge : m_outgoing.value(key))
        routeEdge(edge);
    for (EdgeItem *edge : m_incoming.value(key))
        routeEdge(edge);
}

void CanvasScene::scheduleContentChanged()
{
    if (!m_rebuilding)
        m_contentTimer->start();
}

void CanvasScene::updateSceneRect()
{
    // A fixed scene rect with room around the content: the view can scroll past the edges,
    // and the scene does not recompute its growing bounding rect on every item change.
    const QRectF content = contentRect();
    const qreal margin = 800;
    // Nothing to show: a point, so the view shows no scrollbars around an empty canvas.
    QRectF r = content.isNull() ? QRectF(-1, -1, 2, 2)
                                : content.adjusted(-margin, -margin, margin, margin);
    if (mouseGrabberItem())
        r |= sceneRect(); // never shrink under a drag
    setSceneRect(r);
}

// --- item callbacks -------------------------------------------------------------------------

void CanvasScene::nodeMoved(NodeItem *node)
{
    if (m_rebuilding)
        return;
    routeEdgesOf(node->id());
    for (ExitItem *exit : std::as_const(m_exits)) {
        if (exit->anchorId == node->id())
            exit->setPos(node->pos() + exit->anchorOffset);
    }
    scheduleContentChanged();
}

void CanvasScene::exitMoved(ExitItem *exit)
{
    if (m_rebuilding)
        return;
    routeEdgesOf(exit->key());
}

void CanvasScene::beginConnection(NodeItem *node, int portIndex, const QPointF &scenePos)
{
    cancelConnection();
    const NodePort port = node->ports().value(portIndex);
    m_dragSource = node->id();
    m_dragSlot = port.slot;
    m_dragNext = port.nextAction;
    CanvasLink link;
    link.kind = CanvasLink::Kind::Node;
    m_dragEdge = new EdgeItem(node->id(), link);
    m_dragEdge->setZValue(10);
    m_dragEdge->setAcceptHoverEvents(false);
    addItem(m_dragEdge);
    m_dragEdge->setDragLine(node->pos() + node->outputPos(portIndex), scenePos);
}

QGraphicsItem *CanvasScene::dropTargetAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type || item->type() == ExitItem::Type)
            return item;
    }
    return nullptr;
}

void CanvasScene::setDropHighlight(QGraphicsItem *item)
{
    if (NodeItem *node = m_nodes.value(m_dropNode))
        node->setDropTarget(false);
    if (ExitItem *exit = m_exits.value(m_dropExit))
        exit->setDropTarget(false);
    m_dropNode.clear();
    m_dropExit.clear();
    if (item && item->type() == NodeItem::Type) {
        auto *node = static_cast<NodeItem *>(item);
        m_dropNode = node->id();
        node->setDropTarget(true);
    } else if (item && item->type() == ExitItem::Type) {
        auto *exit = static_cast<ExitItem *>(item);
        m_dropExit = exit->key();
        exit->setDropTarget(true);
    }
}

void CanvasScene::updateConnection(const QPointF &scenePos)
{
    const NodeItem *source = m_nodes.value(m_dragSource);
    if (!m_dragEdge || !source)
        return;
    QGraphicsItem *target = dropTargetAt(scenePos);
    setDropHighlight(target);
    QPointF to = scenePos;
    if (target && target->type() == NodeItem::Type) {
        const auto *node = static_cast<NodeItem *>(target);
        to = node->pos() + node->inputPos();
    } else if (target && target->type() == ExitItem::Type) {
        const auto *exit = static_cast<ExitItem *>(target);
        to = exit->pos() + exit->inputPos();
    }
    const int port = std::max(0, source->portIndexForSlot(m_dragSlot));
    m_dragEdge->setDragLine(source->pos() + source->outputPos(port), to);
}

void CanvasScene::finishConnection(const QPointF &scenePos)
{
    if (!m_dragEdge)
        return;
    QGraphicsItem *target = dropTargetAt(scenePos);
    const QString source = m_dragSource;
    const int slot = m_dragSlot;
    const bool next = m_dragNext;
    cancelConnection();
    if (!target) {
        emit connectRefused(tr("Drop the connection on an interaction or on a dialog exit."));
        return;
    }
    if (target->type() == NodeItem::Type) {
        emit connectRequested(source, slot, next,
                              Action::toInteraction(static_cast<NodeItem *>(target)->id()));
        return;
    }
    const auto *exit = static_cast<ExitItem *>(target);
    switch (exit->kind()) {
    case CanvasLink::Kind::DialogExit:
        emit connectRequested(source, slot, next, Action::toDialog(exit->target()));
        break;
    case CanvasLink::Kind::InteractionExit:
        emit connectRequested(source, slot, next, Action::toInteraction(exit->target()));
        break;
    default:
        emit connectRefused(tr("That target does not exist any more."));
        break;
    }
}

void CanvasScene::cancelConnection()
{
    setDropHighlight(nullptr);
    if (m_dragEdge) {
        EdgeItem *edge = m_dragEdge;
        m_dragEdge = nullptr;
        delete edge;
    }
    m_dragSource.clear();
    m_dragSlot = -1;
}

void CanvasScene::activateNode(const QString &id)
{
    emit nodeActivated(id);
}

void CanvasScene::activateExit(const QString &key)
{
    const ExitItem *exit = m_exits.value(key);
    if (!exit)
        return;
    if (exit->kind() == CanvasLink::Kind::DialogExit)
        emit exitActivated(exit->target(), QString());
    else if (exit->kind() == CanvasLink::Kind::InteractionExit)
        emit exitActivated(m_document->dialogIdOf(exit->target()), exit->target());
}

// --- events ---------------------------------------------------------------------------------

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_moveStart.clear();
    if (event->button() == Qt::LeftButton && !m_dragEdge && mouseGrabberItem()
        && mouseGrabberItem()->type() == NodeItem::Type) {
        // Taken on press, compared on release: one command per drag, whatever the number of
        // mouse moves in between.
        for (QGraphicsItem *item : selectedItems()) {
            if (item->type() == NodeItem::Type)
                m_moveStart.insert(static_cast<NodeItem *>(item)->id(), item->pos());
        }
    }
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_moveStart.isEmpty())
        return;
    QHash<QString, QPointF> moved;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        const NodeItem *node = m_nodes.value(it.key());
        if (node && node->pos() != it.value())
            moved.insert(it.key(), node->pos());
    }
    m_moveStart.clear();
    if (!moved.isEmpty())
        emit nodesMoved(moved);
    updateSceneRect();
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    QString text;
    const Dialog *d = dialog();
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item == m_dragEdge)
            continue;
        if (item->type() == NodeItem::Type) {
            const auto *node = static_cast<NodeItem *>(item);
            const qsizetype index = m_index.value(node->id(), -1);
            if (!d || index < 0)
                break;
            const Interaction &interaction = d->interactions.at(index);
            const int port = node->portAt(node->mapFromScene(event->scenePos()));
            if (port >= 0)
                text = linkToolTip(*m_document, interaction,
                                   link(node->id(), node->ports().at(port).slot));
            else
                text = interactionToolTip(*m_document, interaction);
            if (port < 0 && node->isUncovered())
                text += tr("<br><i>Not covered: no transcript of the last test run reached "
                           "it.</i>");
            break;
        }
        if (item->type() == EdgeItem::Type) {
            const auto *edge = static_cast<EdgeItem *>(item);
            const qsizetype index = m_index.value(edge->sourceId(), -1);
            if (d && index >= 0)
                text = linkToolTip(*m_document, d->interactions.at(index), edge->link());
            if (edge->isUncovered())
                text += tr("<br><i>Not covered: no transcript of the last test run took this "
                           "rule.</i>");
            break;
        }
        if (item->type() == ExitItem::Type) {
            const auto *exit = static_cast<ExitItem *>(item);
            switch (exit->kind()) {
            case CanvasLink::Kind::DialogExit:
                text = tr("Goes to the dialog <b>%1</b>.<br><i>Double-click to open it.</i>")
                               .arg(exit->text().toHtmlEscaped());
                break;
            case CanvasLink::Kind::InteractionExit:
                text = tr("Goes to <b>%1</b> in another dialog.<br><i>Double-click to open "
                          "it.</i>")
                               .arg(exit->text().toHtmlEscaped());
                break;
            default:
                text = tr("Goes to <b>%1</b>, which does not exist: the bot stops here.")
                               .arg(exit->target().toHtmlEscaped());
                break;
            }
            break;
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), text, event->widget());
    event->accept();
}

// --- document signals -----------------------------------------------------------------------

void CanvasScene::onInteractionInserted(const QString &dialogId, const QString &id)
{
    if (dialogId != m_dialogId || m_dialogId.isEmpty()) {
        // A target elsewhere came (back) into existence: missing exits become real ones.
        refreshSourcesOf(id);
        return;
    }
    reindex();
    const Dialog *d = dialog();
    const int index = m_index.value(id);
    const Interaction &interaction = d->interactions.at(index);
    NodeItem *node = createNode(interaction);
    const QString previous = index > 0 ? m_order.at(index - 1) : QString();
    QPointF pos;
    if (interaction.position) {
        pos = *interaction.position;
    } else if (!previous.isEmpty()) {
        pos = freeSpotBelow(previous, node->size());
    } else if (m_order.size() > 1) {
        const NodeItem *next = m_nodes.value(m_order.at(1));
        pos = freeSpot(next->pos() - QPointF(0, node->size().height() + CanvasStyle::layerGap),
                       node->size());
    }
    if (!interaction.position)
        m_autoPos.insert(id, pos);
    node->setPos(pos);
    addItem(node);
    refreshLinks(id);
    if (!previous.isEmpty())
        refreshLinks(previous);
    refreshSourcesOf(id);
    scheduleContentChanged();
}

void CanvasScene::onInteractionRemoved(const QString &dialogId, const QString &id)
{
    if (dialogId != m_dialogId || m_dialogId.isEmpty() || !m_nodes.contains(id)) {
        refreshSourcesOf(id);
        return;
    }
    if (m_dragSource == id)
        cancelConnection();
    const int index = m_index.value(id);
    const QString previous = index > 0 ? m_order.at(index - 1) : QString();
    const QList<EdgeItem *> outgoing = m_outgoing.take(id);
    for (EdgeItem *edge : outgoing) {
        const QString target = edge->link().target;
        if (!target.isEmpty()) {
            auto it = m_sourcesByTarget.find(target);
            if (it != m_sourcesByTarget.end()) {
                it->remove(id);
                if (it->isEmpty())
                    m_sourcesByTarget.erase(it);
            }
        }
        releaseEdge(edge);
    }
    m_moveStart.remove(id);
    delete m_nodes.take(id);
    m_autoPos.remove(id);
    m_labelDepth.remove(id);
    reindex();
    if (!previous.isEmpty())
        refreshLinks(previous);
    refreshSourcesOf(id);
    scheduleContentChanged();
}

void CanvasScene::onInteractionChanged(const QString &id)
{
    NodeItem *node = m_nodes.value(id);
    if (!node) {
        if (m_sourcesByTarget.contains(id))
            refreshExitTexts();
        return;
    }
    const Dialog *d = dialog();
    const Interaction &interaction = d->interactions.at(m_index.value(id));
    const QSizeF size = node->size();
    node->setContent(contentFor(interaction), m_style);
    const QPointF pos = interaction.position.value_or(m_autoPos.value(id));
    if (node->pos() != pos)
        node->setPos(pos); // reroutes its edges
    else if (node->size() != size)
        routeEdgesOf(id);
    refreshLinks(id);
}

void CanvasScene::onInteractionsReordered(const QString &dialogId)
{
    if (dialogId != m_dialogId)
        return;
    reindex();
    for (const QString &id : std::as_const(m_order))
        refreshLinks(id);
}

} // namespace dialogsmith::ui
