#include "minimap.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "exititem.h"
#include "nodeitem.h"
#include "typeicons.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace dialogsmith::ui {

namespace {

constexpr int maxWidth = 200;
constexpr int maxHeight = 150;
constexpr int maxTallHeight = 260; ///< long, narrow dialogs get a taller map
constexpr int minSide = 64;
constexpr int inset = 6;
constexpr int cornerMargin = 12;

} // namespace

Minimap::Minimap(CanvasView *view)
    : QWidget(view->viewport())
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    hide();
}

void Minimap::invalidate()
{
    m_dirty = true;
    relayout();
    update();
}

void Minimap::relayout()
{
    auto *scene = static_cast<CanvasScene *>(m_view->scene());
    if (!scene) {
        hide();
        return;
    }
    const QRectF content = scene->contentRect();
    m_content = content.adjusted(-40, -40, 40, 40);
    const QRect viewport = m_view->viewport()->rect();
    // Only large dialogs need it: when everything is on screen it would just cover nodes.
    const bool needed = !scene->order().isEmpty() && !content.isEmpty()
                        && !m_view->visibleSceneRect().adjusted(-2, -2, 2, 2).contains(content)
                        && viewport.width() > 3 * maxWidth && viewport.height() > 2 * maxHeight;
    if (!needed) {
        hide();
        return;
    }
    const qreal aspect = m_content.width() / m_content.height();
    const int tallest
            = aspect < 0.5 ? std::min(maxTallHeight, viewport.height() * 2 / 5) : maxHeight;
    int w = maxWidth;
    int h = int(w / aspect);
    if (h > tallest) {
        h = tallest;
        w = int(h * aspect);
    }
    w = std::max(w, minSide) + 2 * inset;
    h = std::max(h, minSide) + 2 * inset;
    const QRect geometry(viewport.right() - w - cornerMargin, viewport.bottom() - h - cornerMargin,
                         w, h);
    if (geometry.size() != size())
        m_dirty = true;
    setGeometry(geometry);
    // Keep the content's aspect ratio inside the widget.
    const QRectF inner = QRectF(rect()).adjusted(inset, inset, -inset, -inset);
    const qreal scale
            = std::min(inner.width() / m_content.width(), inner.height() / m_content.height());
    const QSizeF drawn = m_content.size() * scale;
    m_mapRect = QRectF(inner.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn);
    show();
    raise();
}

QPointF Minimap::toScene(const QPointF &local) const
{
    if (m_mapRect.isEmpty())
        return m_content.center();
    const qreal sx = (local.x() - m_mapRect.left()) / m_mapRect.width();
    const qreal sy = (local.y() - m_mapRect.top()) / m_mapRect.height();
    return QPointF(m_content.left() + sx * m_content.width(),
                   m_content.top() + sy * m_content.height());
}

void Minimap::renderOverview()
{
    auto *scene = static_cast<CanvasScene *>(m_view->scene());
    const CanvasStyle &s = scene->style();
    const qreal dpr = devicePixelRatioF();
    m_overview = QPixmap((QSizeF(size()) * dpr).toSize());
    m_overview.setDevicePixelRatio(dpr);
    m_overview.fill(Qt::transparent);
    QPainter p(&m_overview);
    const qreal scale = m_mapRect.width() / m_content.width();
    p.translate(m_mapRect.topLeft());
    p.scale(scale, scale);
    p.translate(-m_content.topLeft());
    p.setPen(Qt::NoPen);
    // Blocks of at least a pixel and a half, so a thousand nodes still show as a shape.
    const qreal minSize = 1.5 / scale;
    for (const QString &id : scene->order()) {
        const NodeItem *node = scene->node(id);
        const QRectF r = node->sceneRect();
        QRectF block(r.topLeft(),
                     QSizeF(std::max(r.width(), minSize), std::max(r.height(), minSize)));
        block.moveCenter(r.center());
        p.fillRect(block, interactionTypeColor(node->content().type, s.palette));
    }
    for (const ExitItem *exit : scene->exits())
        p.fillRect(exit->sceneRect(), s.secondaryText);
    m_dirty = false;
}

void Minimap::paintEvent(QPaintEvent *)
{
    auto *scene = static_cast<CanvasScene *>(m_view->scene());
    const CanvasStyle &s = scene->style();
    if (m_dirty || m_overview.size() != size() * devicePixelRatioF())
        renderOverview();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor panel = s.nodeFill;
    panel.setAlpha(235);
    p.setPen(QPen(s.nodeBorder, 1));
    p.setBrush(panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.drawPixmap(0, 0, m_overview);

    // The visible area, clipped to the map.
    const QRectF visible = m_view->visibleSceneRect();
    const qreal scale = m_mapRect.width() / m_content.width();
    QRectF frame((visible.left() - m_content.left()) * scale + m_mapRect.left(),
                 (visible.top() - m_content.top()) * scale + m_mapRect.top(),
                 visible.width() * scale, visible.height() * scale);
    // However small the visible part is, the frame stays big enough to see and grab.
    const QPointF centre = frame.center();
    frame.setWidth(std::max(frame.width(), 8.0));
    frame.setHeight(std::max(frame.height(), 8.0));
    frame.moveCenter(centre);
    frame = frame.intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    QColor fill = s.highlight;
    fill.setAlpha(40);
    p.setBrush(fill);
    p.setPen(QPen(s.highlight, 1.5));
    p.drawRect(frame);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        event->accept();
    }
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        event->accept();
    }
}

} // namespace dialogsmith::ui
