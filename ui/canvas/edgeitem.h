#pragma once

#include "canvasgraph.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

#include <optional>

namespace dialogsmith::ui {

class CanvasScene;

/// One output port's edge: to a node or an exit, or a short stub ending in a terminal marker
/// (end, close dialog, close conversation). Its geometry is computed when an end moves, never
/// while painting.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const QString &sourceId, const CanvasLink &link);

    int type() const override { return Type; }
    const QString &sourceId() const { return m_sourceId; }
    const CanvasLink &link() const { return m_link; }
    /// The node id or exit key the edge ends at; empty for terminals.
    QString targetKey() const;

    /// Lays out the label text with the scene's font; call once the item is in a scene.
    void prepareLabel();
    /// The label's size (empty when the edge has no label).
    QSizeF labelSize() const { return m_labelRect.size(); }
    /// How far below the port the label sits (its lane); see setRoute().
    void setLabelOffset(qreal offset) { m_labelOffset = offset; }
    qreal labelOffset() const { return m_labelOffset; }
    /// Routes from a source port to a target's input. The edge leaves the port straight down
    /// past its label (see setLabelOffset()), so labels of neighbouring ports can be stacked
    /// without covering each other, and always comes into the target from above. With `side`
    /// it runs along that vertical line instead of straight across: around the nodes in the
    /// way, or back up for a loop.
    void setRoute(const QPointF &from, const QPointF &to, std::optional<qreal> side = {});
    /// Where the edge is free to bend, below the port and its label.
    qreal stemEnd(const QPointF &from) const;
    /// A stem below the port, its label, and the link's terminal marker.
    void setTerminal(const QPointF &from, qreal labelOffset);
    /// A connection being dragged: follows the mouse.
    void setDragLine(const QPointF &from, const QPointF &to);

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    /// No transcript of the last test run took this rule: drawn dashed with a "not covered"
    /// sign beside its label (not colour alone).
    void setUncovered(bool uncovered);
    bool isUncovered() const { return m_uncovered; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    CanvasScene *canvas() const;
    void finishGeometry();
    /// Where the "not covered" sign goes: left of the label, else half-way along the edge.
    QPointF uncoveredSignAt() const;

    QString m_sourceId;
    CanvasLink m_link;
    QPainterPath m_path;
    mutable QPainterPath m_shape; ///< stroked path for hit tests, built on first use
    QPolygonF m_arrow;
    QPointF m_terminalAt;
    QRectF m_labelRect;
    QStaticText m_label;
    QRectF m_bounds;
    qreal m_labelOffset = 0;
    bool m_terminal = false;
    bool m_drag = false;
    bool m_hovered = false;
    bool m_highlighted = false;
    bool m_uncovered = false;
};

} // namespace dialogsmith::ui
