#pragma once

#include "search.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// Find in project: a search field and the hits grouped by dialog or integration.
/// Activating a hit asks the main window to jump to it.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(document::BotDocument *document, QWidget *parent = nullptr);

    /// Focuses the search field with `text` (the current selection) if given.
    void start(const QString &text = {});
    void search();
    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }

signals:
    void hitActivated(const document::SearchHit &hit);

private:
    void activate(QTreeWidgetItem *item);

    document::BotDocument *m_document;
    QLineEdit *m_field;
    QCheckBox *m_caseSensitive;
    QLabel *m_count;
    QTreeWidget *m_results;
    QList<document::SearchHit> m_hits;
};

} // namespace dialogsmith::ui
