#pragma once

#include "environment.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// Edits the bot's environments as a table: one row per `{$env.key}`, one column per
/// environment (US, EU, ...), plus the default environment. Every change is one undoable command.
class EnvironmentsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentsEditor(document::BotDocument *document, QWidget *parent = nullptr);
    ~EnvironmentsEditor() override;

    QTableWidget *table() const { return m_table; }
    void addEnvironment(const QString &name);
    void addKey(const QString &key);

signals:
    void statusMessage(const QString &text);

private:
    void reload();
    void commitTable();
    void removeCurrentColumn();
    void removeCurrentRow();
    void renameCurrentColumn();
    void apply(const QList<document::Environment> &environments, const QString &defaultEnvironment);

    document::BotDocument *m_document;
    QTableWidget *m_table;
    QComboBox *m_default;
    bool m_reloading = false;
};

} // namespace dialogsmith::ui
