#pragma once

#include "interaction.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class ActionPicker;
class FormSection;
class InlineMessage;
class RowListEditor;
class RulesEditor;
class TemplateTextEdit;

/// The Settings tab for one interaction: every field its type has, in sections. Built for the
/// interaction's type (the inspector builds a new form when the type changes); refresh() brings
/// every input in line with the document without moving the cursor of the input being typed in.
///
/// Every edit is a document command; typing in one field merges into one undo step (the merge
/// key is the field). An edit the document refuses (a duplicate name...) leaves the user's text
/// in the input, marks it with the reason and reports it through statusMessage().
class InteractionForm final : public QWidget
{
    Q_OBJECT

public:
    InteractionForm(document::BotDocument *document, const QString &interactionId,
                    QWidget *parent = nullptr);
    ~InteractionForm() override;

    QString interactionId() const { return m_id; }
    /// The type the form was built for.
    document::InteractionType type() const { return m_type; }

    void refresh();

    /// The input for a field ("name", "type", "text", "choices", "buttons", "quick replies",
    /// "patterns", "exclude keywords", "intent", "samples", "integration", "skill id",
    /// "skill name", "image url", "title", "subtitle", "universal", "delay", "enabled",
    /// "comment", "user input required", "next action", "rules"), or nullptr.
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    /// Moves the focus to a field, at a 1-based `line` in multi-line ones; also understands
    /// "rule N" and the names project search uses ("image", "universal content"). Returns the
    /// widget focused.
    QWidget *focusField(const QString &field, int line = 0);

    QLineEdit *nameEdit() const;
    QComboBox *typeCombo() const;
    TemplateTextEdit *textEdit() const;
    RulesEditor *rulesEditor() const { return m_rules; }
    ActionPicker *nextActionPicker() const { return m_nextAction; }

signals:
    void statusMessage(const QString &message);
    void openIntegrationRequested(const QString &integrationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Refresher = std::function<void(const document::Interaction &)>;
    using Change = std::function<void(document::Interaction &)>;

    const document::Interaction *interaction() const;
    /// Runs `change` on a copy of the interaction and executes it as one command.
    bool edit(QWidget *field, const QString &undoText, const QString &mergeKey,
              const Change &change);
    void addField(const QString &name, QWidget *widget) { m_fields.insert(name, widget); }
    void onRefresh(const Refresher &refresher) { m_refreshers.append(refresher); }

    void buildGeneral();
    void buildContent();
    void buildStarter(FormSection *section);
    void buildMessage(FormSection *section, const QString &label);
    void buildChoices(FormSection *section);
    void buildQuickReplies(FormSection *section);
    void buildButtons(FormSection *section);
    void buildStructured(FormSection *section);
    void buildImage(FormSection *section);
    void buildUniversal(FormSection *section);
    void buildIntegration(FormSection *section);
    void buildEscalation(FormSection *section);
    void buildFlow();
    void buildNotes();
    FormSection *addSection(const QString &title);

    QLineEdit *addLine(FormSection *section, const QString &label, const QString &fieldName,
                       const QString &undoText, QString document::Interaction::*member,
                       const QString &placeholder = {}, const QString &toolTip = {});
    TemplateTextEdit *addText(FormSection *section, const QString &label,
                              const QString &placeholder);
    void bindList(RowListEditor *editor, const QString &key, const QString &noun,
                  std::function<QList<QStringList>(const document::Interaction &)> rows,
                  std::function<void(document::Interaction &, int, int, const QString &)> setCell,
                  std::function<void(document::Interaction &)> addRow,
                  std::function<void(document::Interaction &, int)> removeRow,
                  std::function<void(document::Interaction &, int, int)> moveRow);
    void fillIntegrations(QComboBox *combo, const document::Interaction &interaction);
    void fillIntents(QComboBox *combo, const document::Interaction &interaction);
    void editIntentSamples(const std::function<void(QStringList &)> &change,
                           const QString &mergeKey);

    document::BotDocument *m_document;
    QString m_id;
    document::InteractionType m_type;
    QHash<QString, QWidget *> m_fields;
    QList<Refresher> m_refreshers;
    RulesEditor *m_rules = nullptr;
    ActionPicker *m_nextAction = nullptr;
    QString m_lastTransferMessage;
};

} // namespace dialogsmith::ui
