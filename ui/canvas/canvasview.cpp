#include "canvasview.h"

#include "canvasaccessible.h"
#include "canvasscene.h"
#include "minimap.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace dialogsmith::ui {

namespace {

constexpr qreal zoomStep = 1.25;
constexpr qreal baseGridSpacing = 24;

QString typeMimeFormat()
{
    return QString::fromLatin1(interactionTypeMimeType);
}

} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_minimap(nullptr)
{
    installCanvasAccessibility();
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    // Zooming keeps its own anchor (cursor or centre); see setZoom().
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Items set every painter state they use; saving it around each of a thousand items is
    // measurable.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    // The background is cached once the first picture is on screen (viewportEvent()).
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignCenter);
    m_minimap = new Minimap(this);
    connect(scene, &CanvasScene::contentChanged, m_minimap, &Minimap::invalidate);
    connect(scene, &CanvasScene::rebuilt, this, [this] { resetCachedContent(); });
}

CanvasScene *CanvasView::canvasScene() const
{
    return static_cast<CanvasScene *>(scene());
}

void CanvasView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

QRectF CanvasView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

qreal CanvasView::minimumZoom() const
{
    const QRectF content = canvasScene()->contentRect();
    if (content.isEmpty() || viewport()->width() <= 0)
        return 0.1;
    const qreal fit = std::min(viewport()->width() / (content.width() + 80),
                               viewport()->height() / (content.height() + 80));
    return std::clamp(fit * 0.9, 0.005, 0.1);
}

void CanvasView::setZoom(qreal zoom, const QPointF &anchorScenePos, bool keepAnchor)
{
    zoom = std::clamp(zoom, minimumZoom(), maximumZoom);
    const qreal old = this->zoom();
    if (qFuzzyCompare(zoom, old))
        return;
    const QPointF centre = visibleSceneRect().center();
    const QPointF anchor = keepAnchor ? anchorScenePos : centre;
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep `anchor` under the same viewport pixel: the scene distance from the anchor to the
    // centre shrinks or grows with the zoom.
    centerOn(anchor + (centre - anchor) * (old / zoom));
    emit zoomChanged(zoom);
    m_minimap->relayout();
    m_minimap->update();
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::zoomToFit()
{
    const QRectF content = canvasScene()->contentRect();
    if (content.isEmpty()) {
        setTransform(QTransform());
        centerOn(0, 0);
        emit zoomChanged(1.0);
        return;
    }
    const QRectF target = content.adjusted(-40, -40, 40, 40);
    const qreal fit = std::min(viewport()->width() / target.width(),
                               viewport()->height() / target.height());
    // Small dialogs are not blown up past 100 %: fitting is about seeing everything.
    const qreal zoom = std::clamp(fit, minimumZoom(), 1.0);
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(target.center());
    emit zoomChanged(zoom);
    m_minimap->relayout();
    m_minimap->update();
}

bool CanvasView::ownsShortcut(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
    case Qt::Key_Space:
        return mods == Qt::NoModifier || mods == Qt::ShiftModifier;
    case Qt::Key_A:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_0:
        return mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier);
    default:
        break;
    }
    return false;
}

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // The canvas' own keys win over window-wide shortcuts while it has the focus (Delete
        // removes nodes here, text in an editor elsewhere).
        auto *key = static_cast<QKeyEvent *>(event);
        if (ownsShortcut(key)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Tab moves between nodes rather than out of the canvas.
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                keyPressEvent(key);
                return true;
            }
        }
    }
    return QGraphicsView::event(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrl = mods & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!ctrl) {
            emit navigateRequested(Qt::Key(event->key()));
            return;
        }
        break;
    case Qt::Key_Tab:
        emit stepRequested(mods & Qt::ShiftModifier ? -1 : 1);
        return;
    case Qt::Key_Backtab:
        emit stepRequested(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit activateRequested();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        emit deleteRequested();
        return;
    case Qt::Key_Escape:
        if (canvasScene()->isConnecting())
            canvasScene()->cancelConnection();
        else
            emit escapePressed();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat() && !m_panning) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_A:
        if (ctrl) {
            emit selectAllRequested();
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            zoomToFit();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    if (!m_panning)
        viewport()->unsetCursor();
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel scrolls sideways, as in most editors.
        const int delta
                = event->angleDelta().y() ? event->angleDelta().y() : event->angleDelta().x();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
        event->accept();
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal factor = std::pow(1.0015, delta);
    setZoom(zoom() * factor, mapToScene(event->position().toPoint()), true);
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    if (canvasScene()->isConnecting() || canvasScene()->dialogId().isEmpty()) {
        event->ignore();
        return;
    }
    emit contextMenuRequested(event->globalPos(), mapToScene(event->pos()));
    event->accept();
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(typeMimeFormat()) && !canvasScene()->dialogId().isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(typeMimeFormat()) && !canvasScene()->dialogId().isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(typeMimeFormat())) {
        event->ignore();
        return;
    }
    const QString key = QString::fromLatin1(event->mimeData()->data(typeMimeFormat()));
    emit typeDropped(key, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

bool CanvasView::viewportEvent(QEvent *event)
{
    const bool handled = QGraphicsView::viewportEvent(event);
    // The first picture draws the background directly: filling a cache the size of the view
    // makes that paint slower (by about 2 ms) than it makes it faster. Scrolling, zooming and
    // hovering repaint from the cache from then on.
    if (event->type() == QEvent::Paint && !m_backgroundCached) {
        m_backgroundCached = true;
        QTimer::singleShot(0, this, [this] { setCacheMode(CacheBackground); });
    }
    return handled;
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const CanvasStyle &s = canvasScene()->style();
    painter->fillRect(rect, s.background);
    if (canvasScene()->dialogId().isEmpty())
        return;
    const qreal z = zoom();
    if (z < 0.3)
        return; // the grid would be noise
    // Coarser when zoomed out, so the dots stay a calm texture rather than a haze.
    const qreal gridSpacing = z >= 0.7 ? baseGridSpacing : 2 * baseGridSpacing;
    const qreal left = std::floor(rect.left() / gridSpacing) * gridSpacing;
    const qreal top = std::floor(rect.top() / gridSpacing) * gridSpacing;
    const qsizetype cols = qsizetype((rect.right() - left) / gridSpacing) + 1;
    const qsizetype rows = qsizetype((rect.bottom() - top) / gridSpacing) + 1;
    if (cols * rows > 40000)
        return;
    // Dots as small device-aligned squares: filling rectangles without antialiasing is the
    // rasterizer's fastest path, unlike round points.
    const qreal dot = (z >= 0.8 ? 2.0 : 1.5) / z;
    m_gridDots.clear();
    m_gridDots.reserve(cols * rows);
    for (qsizetype r = 0; r < rows; ++r) {
        for (qsizetype c = 0; c < cols; ++c)
            m_gridDots.append(QRectF(left + c * gridSpacing - dot / 2,
                                     top + r * gridSpacing - dot / 2, dot, dot));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.gridDot);
    painter->drawRects(m_gridDots.constData(), int(m_gridDots.size()));
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!canvasScene()->dialogId().isEmpty() || m_emptyText.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(canvasScene()->style().secondaryText);
    painter->setFont(font());
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                      Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    painter->restore();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->relayout();
    m_minimap->update();
}

void CanvasView::placeMinimap()
{
    m_minimap->relayout();
}

} // namespace dialogsmith::ui
