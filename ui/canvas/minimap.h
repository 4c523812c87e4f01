#pragma once

#include <QPixmap>
#include <QWidget>

namespace dialogsmith::ui {

class CanvasView;

/// An overview in the view's corner, shown while the dialog does not fit the viewport: nodes
/// as coloured blocks and the visible area as a frame. Clicking or dragging in it moves the
/// view there. It is a child of the viewport rather than an overlapping sibling, so scrolling
/// can still blit the viewport instead of repainting all of it.
class Minimap final : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(CanvasView *view);

    /// The content changed: redraw the overview and recheck whether it is needed.
    void invalidate();
    /// Places and sizes the overlay in the view's corner.
    void relayout();
    /// Maps a point of the widget to the scene.
    QPointF toScene(const QPointF &local) const;
    QRectF mapRect() const { return m_mapRect; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void renderOverview();

    CanvasView *m_view;
    QRectF m_content;   ///< scene rect shown
    QRectF m_mapRect;   ///< where it is drawn in the widget
    QPixmap m_overview; ///< nodes, redrawn only when the content changes
    bool m_dirty = true;
};

} // namespace dialogsmith::ui
