#include "teardown.h"

#include <QWidget>

namespace dialogsmith::ui {

void silenceForTeardown(QWidget *form)
{
    form->blockSignals(true);
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        w->blockSignals(true);
}

} // namespace dialogsmith::ui
