#pragma once

#include "canvasgraph.h"
#include "canvasstyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class QTimer;

namespace dialogsmith::document {
class BotDocument;
struct Action;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

class EdgeItem;
class ExitItem;
class NodeItem;
struct NodeContent;

/// Mirrors one dialog of the document: a node per interaction, an edge per output port, exit
/// nodes for targets outside the dialog. It never changes the document: gestures (moves,
/// connections, activations) are reported as signals and the canvas turns them into commands,
/// whose document signals then update the scene incrementally. Only load() and a dialog switch
/// rebuild it.
class CanvasScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(document::BotDocument *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    void setDialog(const QString &dialogId);
    const QString &dialogId() const { return m_dialogId; }
    document::BotDocument *document() const { return m_document; }

    const CanvasStyle &style() const { return m_style; }
    void setCanvasStyle(const CanvasStyle &style);

    NodeItem *node(const QString &id) const { return m_nodes.value(id); }
    /// The exits leading to a dialog or interaction id.
    QList<ExitItem *> exitsTo(const QString &target) const;
    /// Interaction ids in dialog order.
    const QStringList &order() const { return m_order; }
    QList<EdgeItem *> edgesFrom(const QString &id) const { return m_outgoing.value(id); }
    QList<ExitItem *> exits() const { return m_exits.values(); }
    int edgeCount() const;
    /// Selected interaction ids in dialog order.
    QStringList selectedIds() const;
    /// Selects exactly `ids` (unknown ones are skipped).
    void selectOnly(const QStringList &ids);
    /// The bounding rect of nodes and exits.
    QRectF contentRect() const;

    /// Where the layout would put every interaction if none had been moved.
    QHash<QString, QPointF> arrangedPositions() const;
    /// A free top-left position for a node of `size` near `preferred` (moved right while it
    /// would overlap a node or exit).
    QPointF freeSpot(const QPointF &preferred, const QSizeF &size) const;
    /// A free top-left position under the interaction `id`.
    QPointF freeSpotBelow(const QString &id, const QSizeF &size) const;

    /// The neighbour of `from` in an arrow key's direction, or an empty string.
    QString neighbour(const QString &from, Qt::Key direction) const;

    void setRunning(const QString &id);
    void setPath(const QStringList &ids);
    /// Marks what the last test run did not reach: interactions by id, rule edges by
    /// (interaction id, rule index). Empty sets clear the marks. Ids of other dialogs are kept
    /// for when they are shown.
    void setCoverageMarks(const QSet<QString> &interactions,
                          const QSet<std::pair<QString, int>> &rules);

    // Called by the items.
    void nodeMoved(NodeItem *node);
    void exitMoved(ExitItem *exit);
    void beginConnection(NodeItem *node, int portIndex, const QPointF &scenePos);
    void updateConnection(const QPointF &scenePos);
    void finishConnection(const QPointF &scenePos);
    void cancelConnection();
    bool isConnecting() const { return m_dragEdge != nullptr; }
    void activateNode(const QString &id);
    void activateExit(const QString &key);
    /// The link behind a port, for tooltips and commands.
    CanvasLink link(const QString &sourceId, int slot) const;

signals:
    /// A drag of one or more nodes ended; positions of the nodes that moved.
    void nodesMoved(const QHash<QString, QPointF> &positions);
    /// A connection was dropped: set the port's action.
    void connectRequested(const QString &sourceId, int slot, bool nextAction,
                          const document::Action &action);
    void connectRefused(const QString &reason);
    void nodeActivated(const QString &id);
    void exitActivated(const QString &dialogId, const QString &interactionId);
    /// Nodes or exits were added, removed or moved (minimap, scene rect).
    void contentChanged();
    void rebuilt();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    struct Layout
    {
        QHash<QString, QPointF> nodes;
        QHash<QString, QPointF> exits;
        QHash<QString, QString> exitAnchors;
    };

    const document::Dialog *dialog() const;
    void rebuild();
    void reindex();
    NodeContent contentFor(const document::Interaction &interaction) const;
    NodeItem *createNode(const document::Interaction &interaction);
    Layout computeLayout() const;

    void refreshLinks(const QString &id);
    void refreshAllLinks();
    void refreshSourcesOf(const QString &targetId);
    void refreshExitTexts();
    EdgeItem *createEdge(const QString &sourceId, const CanvasLink &link);
    void releaseEdge(EdgeItem *edge);
    ExitItem *ensureExit(const CanvasLink &link, const QString &sourceId);
    /// Routes one edge with canvasrouting.h, the scene answering what stands where.
    void routeEdge(EdgeItem *edge);
    /// The bodies of the nodes and exits other than `source` and `target` in an area.
    QList<QRectF> obstaclesIn(const QRectF &area, const QGraphicsItem *source,
                              const QGraphicsItem *target) const;
    void routeEdgesOf(const QString &key);
    /// Stacks the labels of a node's edges in lanes below its ports, then routes them.
    void layoutEdgesFrom(const QString &id);
    /// The lane part of layoutEdgesFrom(): returns how far below the node the labels reach.
    qreal assignLanes(const QString &id);
    void applyHighlights(EdgeItem *edge);
    void scheduleContentChanged();
    void updateSceneRect();
    QGraphicsItem *dropTargetAt(const QPointF &scenePos) const;
    void setDropHighlight(QGraphicsItem *item);

    void onInteractionInserted(const QString &dialogId, const QString &id);
    void onInteractionRemoved(const QString &dialogId, const QString &id);
    void onInteractionChanged(const QString &id);
    void onInteractionsReordered(const QString &dialogId);

    document::BotDocument *m_document;
    QString m_dialogId;
    CanvasStyle m_style;

    QStringList m_order;
    QHash<QString, int> m_index;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, QPointF> m_autoPos;  ///< layout positions, used while no position is stored
    QHash<QString, qreal> m_labelDepth; ///< room the edge labels take below a node
    QHash<QString, QList<EdgeItem *>> m_outgoing;
    QHash<QString, QList<EdgeItem *>> m_incoming; ///< by node id or exit key
    QHash<QString, ExitItem *> m_exits;
    QHash<QString, QSet<QString>> m_sourcesByTarget; ///< interaction or dialog id → sources

    QString m_running;
    QStringList m_path;
    QSet<std::pair<QString, QString>> m_pathSteps;
    QSet<QString> m_uncovered;
    QSet<std::pair<QString, int>> m_uncoveredRules;

    EdgeItem *m_dragEdge = nullptr;
    QString m_dragSource;
    int m_dragSlot = -1;
    bool m_dragNext = false;
    QString m_dropNode;
    QString m_dropExit;

    QHash<QString, QPointF> m_moveStart;
    bool m_rebuilding = false;
    QTimer *m_contentTimer;
};

} // namespace dialogsmith::ui
