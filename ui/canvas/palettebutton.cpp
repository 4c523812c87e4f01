#include "palettebutton.h"

#include "canvasview.h"
#include "typeicons.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace dialogsmith::ui {

PaletteButton::PaletteButton(document::InteractionType type, QWidget *parent)
    : QToolButton(parent)
    , m_type(type)
{
    setIcon(interactionTypeIcon(type));
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    const QString label = document::interactionTypeLabel(type);
    setText(label);
    setToolTip(tr("<b>%1</b><br>Click to add after the selected interaction, or drag onto the "
                  "canvas.")
                       .arg(label.toHtmlEscaped()));
    setAccessibleName(tr("Add %1").arg(label));
}

void PaletteButton::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    QToolButton::mousePressEvent(event);
}

void PaletteButton::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength()
                   < QApplication::startDragDistance()) {
        QToolButton::mouseMoveEvent(event);
        return;
    }
    // A drag is not a click: release the button state before the drag loop takes over.
    setDown(false);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(interactionTypeMimeType),
                  document::interactionTypeKey(m_type).toLatin1());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(icon().pixmap(QSize(24, 24), devicePixelRatioF()));
    drag->exec(Qt::CopyAction);
}

} // namespace dialogsmith::ui
