#pragma once

#include "validation.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// Lists what validation finds, refreshed shortly after each edit (debounced, so typing stays
/// fluid on big bots). Activating an entry asks the main window to jump to its place.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(document::BotDocument *document, QWidget *parent = nullptr);

    /// Validates now instead of waiting for the debounce.
    void refresh();
    const QList<document::Problem> &problems() const { return m_problems; }
    QTreeWidget *list() const { return m_list; }
    /// "2 errors, 1 warning", or "No problems".
    QString summary() const;

signals:
    void problemActivated(const document::Problem &problem);
    void summaryChanged(const QString &summary);

private:
    void activate(QTreeWidgetItem *item);

    document::BotDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QTimer m_debounce;
    QList<document::Problem> m_problems;
};

} // namespace dialogsmith::ui
