#include "edgeitem.h"

#include "canvasscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace dialogsmith::ui {

namespace {

constexpr qreal arrowLength = 8;
constexpr qreal arrowHalfWidth = 4.5;
constexpr qreal markerRadius = 5;
constexpr qreal uncoveredSignRadius = 6;
constexpr qreal labelMaxWidth = 150;
constexpr qreal labelPaddingX = 6;
constexpr qreal labelPaddingY = 2;

QString terminalCaption(CanvasLink::Kind kind)
{
    switch (kind) {
    case CanvasLink::Kind::End:
        return CanvasText::tr("end");
    case CanvasLink::Kind::CloseDialog:
        return CanvasText::tr("close dialog");
    case CanvasLink::Kind::CloseConversation:
        return CanvasText::tr("close conversation");
    case CanvasLink::Kind::EndOfDialog:
        return CanvasText::tr("end of dialog");
    case CanvasLink::Kind::UnknownAction:
        return CanvasText::tr("unknown action");
    default:
        break;
    }
    return {};
}

} // namespace

EdgeItem::EdgeItem(const QString &sourceId, const CanvasLink &link)
    : m_sourceId(sourceId)
    , m_link(link)
{
    setAcceptHoverEvents(true);
    setZValue(0);
    m_label.setTextFormat(Qt::PlainText);
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
}

CanvasScene *EdgeItem::canvas() const
{
    return static_cast<CanvasScene *>(scene());
}

QString EdgeItem::targetKey() const
{
    if (m_link.kind == CanvasLink::Kind::Node)
        return m_link.target;
    return m_link.isExit() ? exitNodeKey(m_sourceId, m_link) : QString();
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        setZValue(highlighted ? 0.5 : 0);
        update();
    }
}

void EdgeItem::prepareLabel()
{
    QString text = m_link.label;
    if (m_link.isTerminal()) {
        const QString caption = terminalCaption(m_link.kind);
        text = text.isEmpty() ? caption : text + QStringLiteral(" \u00b7 ") + caption;
    }
    if (text.isEmpty() || !canvas()) {
        m_label.setText(QString());
        m_labelRect = QRectF();
        return;
    }
    const QFont &font = canvas()->style().labelFont;
    const QFontMetricsF metrics(font);
    m_label.setText(metrics.elidedText(text, Qt::ElideRight, labelMaxWidth));
    m_label.prepare(QTransform(), font);
    m_labelRect
            = QRectF(QPointF(0, 0), m_label.size() + QSizeF(2 * labelPaddingX, 2 * labelPaddingY));
}

qreal EdgeItem::stemEnd(const QPointF &from) const
{
    return m_labelRect.isNull() ? from.y() : from.y() + m_labelOffset + m_labelRect.height() + 2;
}

void EdgeItem::setRoute(const QPointF &from, const QPointF &to, std::optional<qreal> side)
{
    prepareGeometryChange();
    m_terminal = false;
    m_drag = false;
    const QPointF end = to - QPointF(0, arrowLength);
    QPainterPath path(from);
    const QPointF start(from.x(), stemEnd(from));
    if (!m_labelRect.isNull()) {
        m_labelRect.moveCenter(from + QPointF(0, m_labelOffset + m_labelRect.height() / 2));
        path.lineTo(start);
    }
    if (!side && end.y() - start.y() < 24)
        side = std::max(from.x(), to.x()) + 140; // no room to bend: go round on the right
    if (side) {
        // Round the nodes in the way, or back up for a loop: down from the port, across to the
        // side line below the source, along it, across above the target, and down into it.
        // Straight runs with rounded corners read as "around", where a curve would cut through
        // the nodes it avoids.
        const qreal below = start.y() + 22;
        const qreal above = end.y() - 26;
        const QList<QPointF> corners = {QPointF(start.x(), below), QPointF(*side, below),
                                        QPointF(*side, above), QPointF(end.x(), above)};
        QPointF previous = start;
        for (qsizetype k = 0; k < corners.size(); ++k) {
            const QPointF corner = corners.at(k);
            const QPointF next = k + 1 < corners.size() ? corners.at(k + 1) : end;
            const QLineF in(corner, previous);
            const QLineF out(corner, next);
            const qreal radius = std::min({14.0, in.length() / 2, out.length() / 2});
            const QPointF a = in.length() > 0 ? in.pointAt(radius / in.length()) : corner;
            const QPointF b = out.length() > 0 ? out.pointAt(radius / out.length()) : corner;
            path.lineTo(a);
            path.quadTo(corner, b);
            previous = corner;
        }
        path.lineTo(end);
    } else {
        const qreal dy = std::max(24.0, (end.y() - start.y()) * 0.5);
        path.cubicTo(start + QPointF(0, dy), end - QPointF(0, dy), end);
    }
    m_path = path;
    m_arrow = QPolygonF({to, end + QPointF(-arrowHalfWidth, 0), end + QPointF(arrowHalfWidth, 0)});
    finishGeometry();
}

void EdgeItem::setTerminal(const QPointF &from, qreal labelOffset)
{
    prepareGeometryChange();
    m_terminal = true;
    m_drag = false;
    qreal length = CanvasStyle::terminalLength;
    if (!m_labelRect.isNull()) {
        m_labelRect.moveCenter(from + QPointF(0, labelOffset + m_labelRect.height() / 2));
        length = m_labelRect.bottom() - from.y() + 6;
    }
    const QPointF end = from + QPointF(0, length);
    m_path = QPainterPath(from);
    m_path.lineTo(end);
    m_terminalAt = end + QPointF(0, markerRadius);
    m_arrow.clear();
    finishGeometry();
}

void EdgeItem::setDragLine(const QPointF &from, const QPointF &to)
{
    prepareGeometryChange();
    m_terminal = false;
    m_drag = true;
    QPainterPath path(from);
    const qreal dy = std::max(30.0, std::abs(to.y() - from.y()) * 0.5);
    path.cubicTo(from + QPointF(0, dy), to - QPointF(0, to.y() > from.y() ? dy : -dy), to);
    m_path = path;
    m_arrow.clear();
    m_labelRect = QRectF();
    finishGeometry();
}

void EdgeItem::setUncovered(bool uncovered)
{
    if (uncovered == m_uncovered)
        return;
    prepareGeometryChange();
    m_uncovered = uncovered;
    finishGeometry();
}

QPointF EdgeItem::uncoveredSignAt() const
{
    if (!m_labelRect.isNull())
        return QPointF(m_labelRect.left() - uncoveredSignRadius - 3, m_labelRect.center().y());
    return m_path.pointAtPercent(0.5);
}

void EdgeItem::finishGeometry()
{
    QRectF bounds = m_path.controlPointRect();
    if (!m_arrow.isEmpty())
        bounds |= m_arrow.boundingRect();
    if (m_terminal) {
        bounds |= QRectF(m_terminalAt - QPointF(markerRadius, markerRadius),
                         QSizeF(2 * markerRadius, 2 * markerRadius));
    }
    if (!m_labelRect.isNull())
        bounds |= m_labelRect;
    if (m_uncovered && !m_drag) {
        const qreal r = uncoveredSignRadius + 1;
        bounds |= QRectF(uncoveredSignAt() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    m_bounds = bounds.adjusted(-3, -3, 3, 3);
    m_shape = QPainterPath();
    update();
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
        if (!m_arrow.isEmpty())
            m_shape.addPolygon(m_arrow);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
        if (m_terminal)
            m_shape.addEllipse(m_terminalAt, markerRadius + 2, markerRadius + 2);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &s = canvas()->style();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = m_link.kind == CanvasLink::Kind::Missing ? s.error : s.edge;
    if (m_terminal && m_link.kind != CanvasLink::Kind::Missing)
        color = s.terminal;
    const bool uncovered = m_uncovered && !m_drag;
    if (uncovered)
        color = s.uncovered;
    if (m_highlighted)
        color = s.running;
    if (m_hovered || m_drag)
        color = s.highlight;

    if (lod < CanvasStyle::nameOnlyLod) {
        // Far out only the flow's shape matters: hairlines without antialiasing are cheapest.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(color, m_highlighted ? 2 : 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, true);
    // Up to a little past 100 % the edges are one-pixel cosmetic lines: the rasterizer draws
    // those directly, while wider pens go through the general stroker, which costs several
    // times more on a canvas with a thousand edges. Emphasised edges are few and get width.
    const bool emphasised = m_hovered || m_highlighted || m_drag;
    QPen pen(color);
    if (emphasised) {
        pen.setWidthF(2.4);
    } else if (lod <= 1.25) {
        pen.setCosmetic(true);
        pen.setWidthF(1.0);
    } else {
        pen.setWidthF(1.2);
    }
    pen.setCapStyle(Qt::RoundCap);
    if (uncovered) {
        // Short dashes, wider: unlike the long dashes of a no-match rule.
        pen.setWidthF(emphasised ? 2.4 : 1.8);
        pen.setCosmetic(false);
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({2.0, 2.0});
    } else if (m_link.fallback || m_drag) {
        pen.setStyle(Qt::DashLine);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
    if (m_terminal) {
        const QPointF c = m_terminalAt;
        const qreal r = markerRadius;
        switch (m_link.kind) {
        case CanvasLink::Kind::End:
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(c, r, r);
            break;
        case CanvasLink::Kind::CloseDialog:
            painter->setPen(QPen(color, 1.5));
            painter->setBrush(s.background);
            painter->drawEllipse(c, r, r);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(c, r - 2.5, r - 2.5);
            break;
        case CanvasLink::Kind::CloseConversation:
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawRoundedRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)), 1.5, 1.5);
            break;
        default:
            painter->setPen(QPen(color, 1.5,
                                 m_link.kind == CanvasLink::Kind::UnknownAction ? Qt::DotLine
                                                                                : Qt::SolidLine));
            painter->setBrush(s.background);
            painter->drawEllipse(c, r, r);
            break;
        }
    }
    if (lod >= 0.5 && !m_labelRect.isNull()) {
        const qreal radius = m_labelRect.height() / 2;
        painter->setPen(QPen(m_hovered   ? s.highlight
                             : uncovered ? s.uncovered
                                         : s.nodeBorder,
                             uncovered ? 1.4 : 1.0,
                             m_terminal || uncovered ? Qt::DotLine : Qt::SolidLine));
        painter->setBrush(s.edgeLabelFill);
        painter->drawRoundedRect(m_labelRect, radius, radius);
        painter->setPen(m_terminal ? s.secondaryText : s.text);
        painter->setFont(s.labelFont);
        painter->drawStaticText(m_labelRect.topLeft() + QPointF(labelPaddingX, labelPaddingY),
                                m_label);
    }
    if (uncovered && lod >= 0.5) {
        // A hatched disc struck through: "no test took this way".
        const QPointF c = uncoveredSignAt();
        const qreal r = uncoveredSignRadius;
        painter->setPen(QPen(s.uncovered, 1.4));
        painter->setBrush(s.background);
        painter->drawEllipse(c, r, r);
        painter->setBrush(QBrush(s.uncovered, Qt::BDiagPattern));
        painter->drawEllipse(c, r, r);
        painter->drawLine(c + QPointF(-r * 0.7, r * 0.7), c + QPointF(r * 0.7, -r * 0.7));
    }
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace dialogsmith::ui
