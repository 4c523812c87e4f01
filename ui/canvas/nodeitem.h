#pragma once

#include "canvasgraph.h"
#include "canvasstyle.h"

#include <QGraphicsItem>

namespace dialogsmith::ui {

class CanvasScene;

/// What a node shows, snapshotted from the interaction whenever it changes.
struct NodeContent
{
    QString name;
    QString summary;
    document::InteractionType type = document::InteractionType::Text;
    QStringList codeSlots; ///< short names of the code slots in use
    int conditionalRules = 0;
    int delayMs = 0;
    bool enabled = true;

    bool operator==(const NodeContent &o) const = default;
    bool hasBadges() const
    {
        return !codeSlots.isEmpty() || conditionalRules > 0 || delayMs > 0 || !enabled;
    }
};

/// One output port, in the order drawn along the bottom edge.
struct NodePort
{
    int slot = -1;
    bool nextAction = false;
    CanvasLink::Kind kind = CanvasLink::Kind::End;

    bool operator==(const NodePort &o) const = default;
};

/// An interaction on the canvas. Keeps its id and a display snapshot, never a pointer into the
/// document; the scene refreshes it from document signals. Painting is cached per device.
class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NodeItem(const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }

    /// Returns whether anything visible changed. The style gives the node's size.
    bool setContent(const NodeContent &content, const CanvasStyle &style);
    const NodeContent &content() const { return m_content; }
    void setPorts(const QList<NodePort> &ports);
    const QList<NodePort> &ports() const { return m_ports; }

    static QSizeF sizeFor(const NodeContent &content, const CanvasStyle &style);
    QSizeF size() const { return m_size; }
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF sceneRect() const { return rect().translated(pos()); }

    QPointF inputPos() const { return QPointF(m_size.width() / 2, 0); }
    QPointF outputPos(int portIndex) const;
    int portIndexForSlot(int slot) const;
    /// The port under `local` (item coordinates), or -1.
    int portAt(const QPointF &local) const;

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setOnPath(bool onPath);
    bool isOnPath() const { return m_onPath; }
    void setDropTarget(bool dropTarget);
    /// No transcript of the last test run entered this interaction: a dashed outline and a
    /// hatched "not covered" badge (not colour alone).
    void setUncovered(bool uncovered);
    bool isUncovered() const { return m_uncovered; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    bool sceneEvent(QEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    CanvasScene *canvas() const;
    void paintDetailed(QPainter *painter, qreal lod) const;
    void paintCompact(QPainter *painter, qreal lod) const;
    void paintRings(QPainter *painter, const QRectF &body) const;
    void paintUncovered(QPainter *painter, const QRectF &body, bool compact) const;

    QString m_id;
    NodeContent m_content;
    QList<NodePort> m_ports;
    QSizeF m_size;
    int m_hoverPort = -1;
    bool m_hovered = false;
    bool m_running = false;
    bool m_onPath = false;
    bool m_dropTarget = false;
    bool m_uncovered = false;
    bool m_connecting = false;
};

} // namespace dialogsmith::ui
