#pragma once

#include "canvasgraph.h"

#include <QGraphicsItem>

namespace dialogsmith::ui {

class CanvasScene;

/// Where edges leave the dialog: another dialog, an interaction of another dialog, or a target
/// that does not exist. Derived from the links, so it is not stored: it follows the node that
/// leads to it at the offset the layout gave it.
class ExitItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    ExitItem(const QString &key, CanvasLink::Kind kind, const QString &target);

    int type() const override { return Type; }
    const QString &key() const { return m_key; }
    CanvasLink::Kind kind() const { return m_kind; }
    const QString &target() const { return m_target; }

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    static QSizeF sizeFor(const QString &text, const QFont &font);
    QSizeF size() const { return m_size; }
    QRectF sceneRect() const { return QRectF(pos(), m_size); }
    QPointF inputPos() const { return QPointF(m_size.width() / 2, 0); }

    QString anchorId;     ///< the node leading here
    QPointF anchorOffset; ///< position relative to that node

    void setDropTarget(bool dropTarget);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    CanvasScene *canvas() const;

    QString m_key;
    CanvasLink::Kind m_kind;
    QString m_target;
    QString m_text;
    QSizeF m_size;
    bool m_hovered = false;
    bool m_dropTarget = false;
};

} // namespace dialogsmith::ui
