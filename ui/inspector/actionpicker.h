#pragma once

#include "rule.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QStandardItemModel;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// Where a rule or a statement goes next: a kind (next, end, close dialog, close conversation,
/// go to interaction, go to dialog) and, for the last two, a target picked from the bot's
/// interactions (grouped by dialog, the current dialog first) or dialogs. The lists follow the
/// document as it changes; a target that no longer exists stays visible, marked missing.
class ActionPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPicker(document::BotDocument *document, QWidget *parent = nullptr);
    ~ActionPicker() override;

    /// The interaction the action belongs to: its dialog is listed first.
    void setOwner(const QString &interactionId);
    /// Shows `action` without reporting it as an edit.
    void setAction(const document::Action &action);
    document::Action action() const { return m_action; }

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *targetCombo() const { return m_target; }

signals:
    /// The user chose another action.
    void actionEdited(const document::Action &action);

private:
    void scheduleRebuild();
    void rebuildTargets();
    void updateTargetCombo();
    void onKindActivated(int index);
    void onTargetActivated(int index);
    void onInteractionChanged(const QString &id);
    QString defaultInteractionTarget() const;

    document::BotDocument *m_document;
    QString m_owner;
    document::Action m_action;
    QComboBox *m_kind;
    QComboBox *m_target;
    QStandardItemModel *m_interactions;
    QStandardItemModel *m_dialogs;
    QHash<QString, int> m_interactionRows; ///< id -> row in m_interactions
    QTimer m_rebuild;
};

} // namespace dialogsmith::ui
