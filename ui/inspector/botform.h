#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dialogsmith::document {
class BotDocument;
struct Bot;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

class TemplateTextEdit;

/// The Settings tab while the bot itself is shown: name, description, language. Edits are
/// EditBotCommands merged per field; a refused edit (an empty name) keeps the text, marked.
class BotForm final : public QWidget
{
    Q_OBJECT

public:
    explicit BotForm(document::BotDocument *document, QWidget *parent = nullptr);
    ~BotForm() override;

    void refresh();
    QWidget *focusField(const QString &field);

    QLineEdit *nameEdit() const { return m_name; }
    TemplateTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *languageCombo() const { return m_language; }

signals:
    void statusMessage(const QString &message);

private:
    void edit(QWidget *field, const QString &undoText, const QString &mergeKey,
              const std::function<void(document::Bot &)> &change);

    document::BotDocument *m_document;
    QLineEdit *m_name;
    TemplateTextEdit *m_description;
    QComboBox *m_language;
    QLabel *m_id;
    QLabel *m_counts;
};

} // namespace dialogsmith::ui
