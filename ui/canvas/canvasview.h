#pragma once

#include <QGraphicsView>

namespace dialogsmith::ui {

/// Drag-and-drop format of the palette: the CB type key ("TEXT", "QUICK_REPLY"...).
inline constexpr char interactionTypeMimeType[] = "application/x-dialogsmith-interaction-type";

class CanvasScene;
class Minimap;

/// The view of the canvas: zoom (wheel, keys), pan (middle button, space + drag, scrollbars),
/// rubber-band selection, a dotted grid, and the keys of keyboard navigation, which it reports
/// as signals for the canvas to act on.
class CanvasView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom, const QPointF &anchorScenePos = {}, bool keepAnchor = false);
    qreal minimumZoom() const;
    static constexpr qreal maximumZoom = 3.0;

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    /// The scene area the viewport shows.
    QRectF visibleSceneRect() const;
    Minimap *minimap() const { return m_minimap; }
    void setEmptyText(const QString &text);

signals:
    void zoomChanged(qreal zoom);
    void navigateRequested(Qt::Key direction);
    void stepRequested(int delta);
    void activateRequested();
    void deleteRequested();
    void selectAllRequested();
    void escapePressed();
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);
    void typeDropped(const QString &typeKey, const QPointF &scenePos);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    CanvasScene *canvasScene() const;
    bool ownsShortcut(const QKeyEvent *event) const;
    void placeMinimap();

    Minimap *m_minimap;
    QString m_emptyText;
    QList<QRectF> m_gridDots; ///< reused between paints
    QPoint m_panLast;
    bool m_panning = false;
    bool m_backgroundCached = false; ///< the first paint happened; the background is cached
    bool m_spaceHeld = false;
};

} // namespace dialogsmith::ui
