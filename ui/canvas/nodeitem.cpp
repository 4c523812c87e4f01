#include "nodeitem.h"

#include "canvasscene.h"
#include "colormix.h"
#include "typeicons.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace dialogsmith::ui {

namespace {

constexpr qreal margin = 10; // shadow, rings and ports outside the body
constexpr qreal portHit = 9;

// Icons are rendered for the cache's device resolution so they stay crisp at any zoom.
qreal iconRatio(const QPainter *painter, qreal lod)
{
    const qreal device = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    return std::max(0.5, std::round(lod * device * 4) / 4);
}

} // namespace

NodeItem::NodeItem(const QString &id)
    : m_id(id)
    , m_size(CanvasStyle::nodeWidth, 0)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // The node is cheap to blit and costly to draw (text layout, icons): paint it once per
    // zoom level and device, not on every scroll or edge repaint.
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
}

CanvasScene *NodeItem::canvas() const
{
    return static_cast<CanvasScene *>(scene());
}

QSizeF NodeItem::sizeFor(const NodeContent &content, const CanvasStyle &style)
{
    return QSizeF(CanvasStyle::nodeWidth,
                  style.nodeHeight + (content.hasBadges() ? style.badgeRowHeight : 0));
}

bool NodeItem::setContent(const NodeContent &content, const CanvasStyle &style)
{
    const QSizeF size = sizeFor(content, style);
    if (content == m_content && size == m_size)
        return false;
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
    m_content = content;
    update();
    return true;
}

void NodeItem::setPorts(const QList<NodePort> &ports)
{
    if (ports == m_ports)
        return;
    m_ports = ports;
    m_hoverPort = -1;
    update();
}

QPointF NodeItem::outputPos(int portIndex) const
{
    const qsizetype n = std::max<qsizetype>(1, m_ports.size());
    const qreal step = m_size.width() / qreal(n + 1);
    return QPointF(step * (std::clamp<qsizetype>(portIndex, 0, n - 1) + 1), m_size.height());
}

int NodeItem::portIndexForSlot(int slot) const
{
    for (int k = 0; k < m_ports.size(); ++k) {
        if (m_ports.at(k).slot == slot)
            return k;
    }
    return -1;
}

int NodeItem::portAt(const QPointF &local) const
{
    for (int k = 0; k < m_ports.size(); ++k) {
        if (QLineF(local, outputPos(k)).length() <= portHit)
            return k;
    }
    return -1;
}

void NodeItem::setRunning(bool running)
{
    if (running != m_running) {
        m_running = running;
        update();
    }
}

void NodeItem::setOnPath(bool onPath)
{
    if (onPath != m_onPath) {
        m_onPath = onPath;
        update();
    }
}

void NodeItem::setUncovered(bool uncovered)
{
    if (uncovered != m_uncovered) {
        m_uncovered = uncovered;
        update();
    }
}

void NodeItem::setDropTarget(bool dropTarget)
{
    if (dropTarget != m_dropTarget) {
        m_dropTarget = dropTarget;
        update();
    }
}

QRectF NodeItem::boundingRect() const
{
    return rect().adjusted(-margin, -margin, margin, margin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), CanvasStyle::cornerRadius, CanvasStyle::cornerRadius);
    for (int k = 0; k < m_ports.size(); ++k)
        path.addEllipse(outputPos(k), portHit, portHit);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (!m_content.enabled)
        painter->setOpacity(0.6);
    if (lod >= CanvasStyle::detailLod)
        paintDetailed(painter, lod);
    else
        paintCompact(painter, lod);
    painter->setOpacity(1.0);
}

void NodeItem::paintRings(QPainter *painter, const QRectF &body) const
{
    const CanvasStyle &s = canvas()->style();
    const qreal r = CanvasStyle::cornerRadius;
    painter->setBrush(Qt::NoBrush);
    if (m_onPath && !m_running) {
        QPen pen(s.path, 2.5);
        painter->setPen(pen);
        painter->drawRoundedRect(body.adjusted(-3.5, -3.5, 3.5, 3.5), r + 3, r + 3);
    }
    if (m_running) {
        QPen pen(s.running, 3.5);
        painter->setPen(pen);
        painter->drawRoundedRect(body.adjusted(-4.5, -4.5, 4.5, 4.5), r + 4, r + 4);
        // A "playing" tab on the corner tells the running node from the path at a glance.
        const QRectF tab(body.right() - 30, -9, 24, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.running);
        painter->drawRoundedRect(tab, 7, 7);
        painter->setBrush(s.nodeFill);
        const QPointF c = tab.center();
        painter->drawPolygon(
                QPolygonF({c + QPointF(-2.5, -4), c + QPointF(4, 0), c + QPointF(-2.5, 4)}));
    }
    if (m_dropTarget) {
        QPen pen(s.highlight, 2.5, Qt::DashLine);
        painter->setPen(pen);
        painter->drawRoundedRect(body.adjusted(-4, -4, 4, 4), r + 3, r + 3);
    }
}

void NodeItem::paintUncovered(QPainter *painter, const QRectF &body, bool compact) const
{
    const CanvasStyle &s = canvas()->style();
    const qreal r = CanvasStyle::cornerRadius;
    QPen ring(s.uncovered, 2.2, Qt::CustomDashLine);
    ring.setDashPattern({3.0, 2.0});
    ring.setCapStyle(Qt::FlatCap);
    // Zoomed out, in device pixels: the outline must stay visible however small the node is.
    ring.setCosmetic(compact);
    painter->setPen(ring);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body.adjusted(-4, -4, 4, 4), r + 3, r + 3);
    if (compact) {
        // The badge's text would be unreadable: the whole body is hatched instead (brush
        // patterns are in device pixels, so the hatch stays fine at any zoom).
        painter->setPen(Qt::NoPen);
        QColor hatch = s.uncovered;
        hatch.setAlphaF(0.6f);
        painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter->drawRoundedRect(body, r, r);
        return;
    }
    // A tab on the top edge: a hatched square and the words, on the node's own fill.
    const QString text = CanvasText::tr("not covered");
    const QFontMetricsF metrics(s.smallFont);
    const qreal h = std::ceil(metrics.height() + 3);
    const qreal w = metrics.horizontalAdvance(text) + h + 12;
    const QRectF tab(body.right() - w - 10, -h / 2 - 2, w, h);
    painter->setPen(QPen(s.uncovered, 1.2));
    painter->setBrush(s.nodeFill);
    painter->drawRoundedRect(tab, 3, 3);
    const QRectF square(tab.left() + 4, tab.top() + 3, h - 6, h - 6);
    painter->setBrush(QBrush(s.uncovered, Qt::BDiagPattern));
    painter->drawRect(square);
    painter->setFont(s.smallFont);
    painter->setPen(s.uncovered);
    painter->drawText(tab.adjusted(h + 1, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
}

void NodeItem::paintDetailed(QPainter *painter, qreal lod) const
{
    const CanvasStyle &s = canvas()->style();
    const QRectF body = rect();
    const qreal r = CanvasStyle::cornerRadius;
    const qreal w = body.width();
    const QColor accent = interactionTypeColor(m_content.type, s.palette);

    // Soft shadow: two offset layers read as depth without a blur pass.
    painter->setPen(Qt::NoPen);
    QColor shadow = s.nodeShadow;
    painter->setBrush(shadow);
    painter->drawRoundedRect(body.translated(0, 1.5), r, r);
    shadow.setAlpha(shadow.alpha() / 2);
    painter->setBrush(shadow);
    painter->drawRoundedRect(body.adjusted(-1, 0, 1, 3.5), r + 1, r + 1);

    QPainterPath bodyPath;
    bodyPath.addRoundedRect(body, r, r);
    painter->fillPath(bodyPath, s.nodeFill);
    painter->save();
    painter->setClipPath(bodyPath);
    QColor tint = accent;
    tint.setAlphaF(s.dark ? 0.2f : 0.11f);
    painter->fillRect(QRectF(0, 0, w, s.headerHeight), tint);
    painter->fillRect(QRectF(0, 0, 4, body.height()), accent);
    painter->restore();

    // Border: selection wins over hover; both must be visible on light and dark canvases.
    QPen border(s.nodeBorder, 1);
    if (isSelected())
        border = QPen(s.highlight, 2);
    else if (m_hovered)
        border = QPen(s.hover, 1.5);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = border.widthF() / 2;
    painter->drawRoundedRect(body.adjusted(inset, inset, -inset, -inset), r - inset, r - inset);

    // Header: icon, name, type.
    const QPixmap icon = interactionTypePixmap(m_content.type, 16, accent, iconRatio(painter, lod));
    painter->drawPixmap(QPointF(12, (s.headerHeight - 16) / 2), icon);
    const qreal nameLeft = 34;
    const qreal right = w - 10;
    const QFontMetricsF nameMetrics(s.nameFont);
    const QFontMetricsF smallMetrics(s.smallFont);
    const QString typeLabel = document::interactionTypeLabel(m_content.type);
    const qreal typeWidth = smallMetrics.horizontalAdvance(typeLabel);
    const qreal nameWidth = nameMetrics.horizontalAdvance(m_content.name);
    const bool showType = nameWidth + typeWidth + 14 <= right - nameLeft;
    painter->setFont(s.nameFont);
    painter->setPen(s.text);
    const QRectF nameRect(nameLeft, 0, right - nameLeft, s.headerHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_content.name, Qt::ElideRight, nameRect.width()));
    if (showType) {
        painter->setFont(s.smallFont);
        painter->setPen(s.secondaryText);
        painter->drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter, typeLabel);
    }

    // Content line.
    const QRectF textRect(14, s.headerHeight + 3, w - 26, s.nodeHeight - s.headerHeight - 6);
    const QFontMetricsF textMetrics(s.textFont);
    if (m_content.summary.isEmpty()) {
        QFont italic = s.textFont;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(mixColors(s.nodeFill, s.text, 0.4));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, CanvasText::tr("No content"));
    } else {
        painter->setFont(s.textFont);
        painter->setPen(s.secondaryText);
        painter->drawText(
                textRect, Qt::AlignLeft | Qt::AlignVCenter,
                textMetrics.elidedText(m_content.summary, Qt::ElideRight, textRect.width()));
    }

    // Badges: code slots in use, rules, delay, disabled.
    if (m_content.hasBadges()) {
        painter->setFont(s.smallFont);
        const qreal chipHeight = s.badgeRowHeight - 3;
        const qreal y = s.nodeHeight - 4;
        qreal x = 14;
        auto chip = [&](const QString &text, const QColor &fill, const QColor &color) {
            const qreal cw = smallMetrics.horizontalAdvance(text) + 12;
            if (x + cw > w - 10)
                return;
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(x, y, cw, chipHeight), chipHeight / 2, chipHeight / 2);
            painter->setPen(color);
            painter->drawText(QRectF(x, y, cw, chipHeight), Qt::AlignCenter, text);
            x += cw + 5;
        };
        if (!m_content.enabled) {
            QColor fill = s.error;
            fill.setAlphaF(0.16f);
            chip(CanvasText::tr("disabled"), fill, s.error);
        }
        for (const QString &slot : m_content.codeSlots)
            chip(QStringLiteral("</> ") + slot, s.chipFill, s.chipText);
        if (m_content.conditionalRules > 0) {
            QColor fill = interactionCategoryColor(InteractionCategory::Question, s.palette);
            fill.setAlphaF(s.dark ? 0.22f : 0.14f);
            const int n = m_content.conditionalRules;
            chip(n == 1 ? CanvasText::tr("1 rule") : CanvasText::tr("%1 rules").arg(n), fill,
                 mixColors(s.chipText,
                           interactionCategoryColor(InteractionCategory::Question, s.palette),
                           0.5));
        }
        if (m_content.delayMs > 0) {
            chip(CanvasText::tr("delay %1 s")
                         .arg(QString::number(m_content.delayMs / 1000.0, 'g', 3)),
                 s.chipFill, s.chipText);
        }
    }

    paintRings(painter, body);
    if (m_uncovered)
        paintUncovered(painter, body, false);

    // Ports: one input on top, outputs along the bottom in rule order.
    painter->setPen(QPen(s.edge, 1.3));
    painter->setBrush(s.nodeFill);
    painter->drawEllipse(inputPos(), CanvasStyle::portRadius - 0.5, CanvasStyle::portRadius - 0.5);
    for (int k = 0; k < m_ports.size(); ++k) {
        const NodePort &port = m_ports.at(k);
        const QPointF c = outputPos(k);
        const bool hovered = k == m_hoverPort;
        qreal radius = CanvasStyle::portRadius;
        if (hovered) {
            radius += 1.5;
            painter->setPen(QPen(s.highlight, 1.5));
            painter->setBrush(s.highlight);
        } else if (port.kind == CanvasLink::Kind::Unset) {
            painter->setPen(QPen(s.edge, 1.3, Qt::DotLine));
            painter->setBrush(s.nodeFill);
        } else if (port.kind == CanvasLink::Kind::Missing) {
            painter->setPen(QPen(s.error, 1.5));
            painter->setBrush(s.nodeFill);
        } else if (port.nextAction) {
            painter->setPen(QPen(s.nodeFill, 1.5));
            painter->setBrush(s.edge);
        } else {
            painter->setPen(QPen(s.nodeFill, 1.5));
            painter->setBrush(interactionCategoryColor(InteractionCategory::Question, s.palette));
        }
        painter->drawEllipse(c, radius, radius);
    }
}

void NodeItem::paintCompact(QPainter *painter, qreal lod) const
{
    const CanvasStyle &s = canvas()->style();
    const QRectF body = rect();
    const qreal r = CanvasStyle::cornerRadius;
    const QColor accent = interactionTypeColor(m_content.type, s.palette);

    painter->setPen(Qt::NoPen);
    painter->setBrush(mixColors(s.nodeFill, accent, s.dark ? 0.22 : 0.13));
    painter->drawRoundedRect(body, r, r);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(0, 0, 10, body.height()), r, r);
    painter->drawRect(QRectF(5, 0, 5, body.height()));

    // Pens in device pixels: outlines must stay visible however far the view is zoomed out.
    QPen border(isSelected() ? s.highlight : mixColors(s.nodeBorder, accent, 0.35),
                isSelected() ? 2.5 : 1.0);
    border.setCosmetic(true);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, r, r);

    if (lod >= CanvasStyle::nameOnlyLod) {
        // Semantic zoom: the name grows as the view shrinks so it stays readable on screen.
        QFont font = s.nameFont;
        font.setPixelSize(int(std::clamp(11.5 / lod, 14.0, body.height() * 0.6)));
        painter->setFont(font);
        painter->setPen(s.text);
        const QRectF textRect = body.adjusted(20, 2, -8, -2);
        painter->drawText(
                textRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(font).elidedText(m_content.name, Qt::ElideRight, textRect.width()));
    }
    paintRings(painter, body);
    if (m_uncovered)
        paintUncovered(painter, body, true);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && canvas())
        canvas()->nodeMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

bool NodeItem::sceneEvent(QEvent *event)
{
    // Escape, a popup or a rebuild can take the mouse away in the middle of a connection drag.
    if (event->type() == QEvent::UngrabMouse && m_connecting) {
        m_connecting = false;
        if (canvas())
            canvas()->cancelConnection();
    }
    return QGraphicsItem::sceneEvent(event);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    hoverMoveEvent(event);
    update();
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int port = portAt(event->pos());
    if (port != m_hoverPort) {
        m_hoverPort = port;
        if (port >= 0)
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        update();
    }
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    m_hoverPort = -1;
    unsetCursor();
    update();
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int port = portAt(event->pos()); port >= 0 && canvas()) {
            m_connecting = true;
            canvas()->beginConnection(this, port, event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        canvas()->updateConnection(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        m_connecting = false;
        canvas()->finishConnection(event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void NodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && canvas()) {
        canvas()->activateNode(m_id);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace dialogsmith::ui
