#pragma once

#include "interaction.h"

#include <QToolButton>

namespace dialogsmith::ui {

/// A palette entry: click adds the interaction type after the selection, dragging it onto the
/// canvas adds it where it is dropped.
class PaletteButton final : public QToolButton
{
    Q_OBJECT

public:
    PaletteButton(document::InteractionType type, QWidget *parent = nullptr);
    document::InteractionType interactionType() const { return m_type; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    document::InteractionType m_type;
    QPoint m_pressPos;
};

} // namespace dialogsmith::ui
