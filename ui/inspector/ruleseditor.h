#pragma once

#include "rule.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace dialogsmith::document {
class BotDocument;
struct Interaction;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

class ActionPicker;
class InlineMessage;
class RowListEditor;
class TemplateTextEdit;

/// The ordered rules of an interaction: a list (numbered as validation numbers them, "rule 2")
/// with add / duplicate / move / remove, and a form for the selected rule: name, condition and
/// its payload, variable conditions (any / all), variables to set with their scope, and the
/// action. Every change is an EditInteractionCommand; typing in one field of one rule merges
/// into one undo step. The editor mirrors the document: refresh() after any change.
class RulesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RulesEditor(document::BotDocument *document, QWidget *parent = nullptr);
    ~RulesEditor() override;

    void setInteraction(const QString &interactionId);
    /// Whether condition-less rules are listed. A statement's condition-less rule is its
    /// "next action", edited elsewhere, so statements leave it out; numbers stay the rules'
    /// positions either way, as validation counts them.
    void setShowUnconditional(bool show);
    /// What the editor says while there is no rule to list.
    void setEmptyText(const QString &text);
    /// Re-reads the rules from the document, keeping the selection and the focus.
    void refresh();

    /// The index in the interaction's rules of the selected rule, or -1.
    int currentRule() const;
    /// Selects rule `index` (0-based, as in the interaction's rules).
    bool selectRule(int index);
    /// Selects rule `index` and puts the focus on its condition.
    bool focusRule(int index);

    QListWidget *list() const { return m_list; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *duplicateButton() const { return m_duplicate; }
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *conditionCombo() const { return m_condition; }
    RowListEditor *patternsEditor() const { return m_patterns; }
    QLineEdit *excludeEdit() const { return m_exclude; }
    QLineEdit *regexEdit() const { return m_regex; }
    QComboBox *optionCombo() const { return m_option; }
    QComboBox *apiResultCombo() const { return m_apiResult; }
    TemplateTextEdit *noMatchEdit() const { return m_noMatch; }
    QComboBox *matchCombo() const { return m_match; }
    RowListEditor *conditionsEditor() const { return m_conditions; }
    RowListEditor *assignmentsEditor() const { return m_assignments; }
    ActionPicker *actionPicker() const { return m_action; }

    /// The condition kind a new rule gets for this interaction type.
    static document::Rule::Condition defaultCondition(const document::Interaction &interaction);
    /// "If the user chooses "Text" → go to "text_tile"", as the list shows it.
    static QString describeRule(const document::BotDocument &document, const document::Rule &rule);

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    const document::Interaction *interaction() const;
    QList<document::Rule> rules() const;
    bool applyRules(const QList<document::Rule> &rules, const QString &undoText,
                    const QString &mergeKey = {});
    void editCurrent(const QString &field, const std::function<void(document::Rule &)> &change,
                     bool merge = true);
    void addRule(document::Rule::Condition condition);
    void duplicateRule();
    void moveRule(int delta);
    void removeRule();
    void onConditionActivated(int index);
    void updateList();
    void updateDetail();
    void updateButtons();
    void updateIcons();
    void fitListHeight();

    document::BotDocument *m_document;
    QString m_interactionId;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QLabel *m_empty;
    QFrame *m_detail;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_condition;
    RowListEditor *m_patterns;
    QLineEdit *m_exclude;
    QLineEdit *m_regex;
    InlineMessage *m_regexError;
    QComboBox *m_option;
    QComboBox *m_apiResult;
    TemplateTextEdit *m_noMatch;
    QComboBox *m_match;
    RowListEditor *m_conditions;
    RowListEditor *m_assignments;
    ActionPicker *m_action;
    int m_shownRule = -1;
    bool m_showUnconditional = true;
    QList<int> m_ruleOfRow; ///< list row -> index in the interaction's rules
};

} // namespace dialogsmith::ui
