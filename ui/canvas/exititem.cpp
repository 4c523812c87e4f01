#include "exititem.h"

#include "canvasscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace dialogsmith::ui {

namespace {

constexpr qreal height = 28;
constexpr qreal iconSpace = 26;
constexpr qreal maxWidth = 190;

} // namespace

ExitItem::ExitItem(const QString &key, CanvasLink::Kind kind, const QString &target)
    : m_key(key)
    , m_kind(kind)
    , m_target(target)
    , m_size(120, height)
{
    setAcceptHoverEvents(true);
    setFlag(ItemSendsGeometryChanges);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    setCursor(Qt::PointingHandCursor);
}

CanvasScene *ExitItem::canvas() const
{
    return static_cast<CanvasScene *>(scene());
}

QSizeF ExitItem::sizeFor(const QString &text, const QFont &font)
{
    const qreal w = QFontMetricsF(font).horizontalAdvance(text) + iconSpace + 14;
    return QSizeF(std::clamp(w, 90.0, maxWidth), height);
}

void ExitItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (canvas()) {
        const QSizeF size = sizeFor(text, canvas()->style().textFont);
        if (size != m_size) {
            prepareGeometryChange();
            m_size = size;
        }
    }
    update();
}

void ExitItem::setDropTarget(bool dropTarget)
{
    if (dropTarget != m_dropTarget) {
        m_dropTarget = dropTarget;
        update();
    }
}

QRectF ExitItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-5, -5, 5, 5);
}

QPainterPath ExitItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), m_size), height / 2, height / 2);
    return path;
}

void ExitItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &s = canvas()->style();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF body(QPointF(0, 0), m_size);
    const bool missing = m_kind == CanvasLink::Kind::Missing;
    const QColor accent
            = missing ? s.error : (m_hovered || m_dropTarget ? s.highlight : s.secondaryText);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    QPen pen(accent, m_hovered || m_dropTarget ? 2 : 1.3, Qt::DashLine);
    pen.setDashPattern({4, 3});
    if (lod < CanvasStyle::nameOnlyLod) {
        pen.setCosmetic(true);
        pen.setWidthF(1);
    }
    painter->setPen(pen);
    painter->setBrush(s.nodeFill);
    const qreal inset = 0.75;
    painter->drawRoundedRect(body.adjusted(inset, inset, -inset, -inset), height / 2 - inset,
                             height / 2 - inset);
    if (lod < CanvasStyle::nameOnlyLod)
        return;

    // The "leaves the dialog" glyph: an arrow out of a box, or "!" when the target is gone.
    const QPointF c(15, height / 2);
    painter->setPen(QPen(accent, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    if (missing) {
        painter->drawLine(c + QPointF(0, -5), c + QPointF(0, 1.5));
        painter->drawPoint(c + QPointF(0, 5));
    } else {
        QPainterPath box;
        box.moveTo(c + QPointF(1, -5));
        box.lineTo(c + QPointF(-5, -5));
        box.lineTo(c + QPointF(-5, 5));
        box.lineTo(c + QPointF(5, 5));
        box.lineTo(c + QPointF(5, -1));
        painter->drawPath(box);
        painter->drawLine(c + QPointF(-1, 1), c + QPointF(5.5, -5.5));
        painter->drawLine(c + QPointF(5.5, -5.5), c + QPointF(1.5, -5.5));
        painter->drawLine(c + QPointF(5.5, -5.5), c + QPointF(5.5, -1.5));
    }
    QFont font = s.textFont;
    if (lod < CanvasStyle::detailLod)
        font.setPixelSize(int(std::clamp(11.0 / lod, 12.0, height * 0.62)));
    painter->setFont(font);
    painter->setPen(missing ? s.error : s.text);
    const QRectF textRect = body.adjusted(iconSpace, 0, -12, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_text, Qt::ElideRight, textRect.width()));

    painter->setPen(QPen(s.edge, 1.3));
    painter->setBrush(s.nodeFill);
    painter->drawEllipse(inputPos(), CanvasStyle::portRadius - 0.5, CanvasStyle::portRadius - 0.5);
}

QVariant ExitItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && canvas())
        canvas()->exitMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ExitItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void ExitItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

void ExitItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Accepting the press makes the exit the mouse grabber, so its double-click arrives here.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ExitItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && canvas()) {
        canvas()->activateExit(m_key);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace dialogsmith::ui
