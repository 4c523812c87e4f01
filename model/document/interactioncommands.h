#pragma once

#include "editvaluecommand.h"

#include <QHash>

namespace dialogsmith::document {

/// Adds an interaction to a dialog at `index` (-1: at the end).
class AddInteractionCommand : public DocumentCommand
{
public:
    AddInteractionCommand(BotDocument &document, const QString &dialogId,
                          const Interaction &interaction, int index = -1);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    QString m_dialogId;
    Interaction m_interaction;
    int m_index;
};

class RemoveInteractionCommand : public DocumentCommand
{
public:
    RemoveInteractionCommand(BotDocument &document, const QString &interactionId);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    QString m_id;
    QString m_dialogId;
    Interaction m_interaction;
    int m_index = -1;
};

/// Moves an interaction to position `to` within its dialog.
class MoveInteractionCommand : public DocumentCommand
{
public:
    MoveInteractionCommand(BotDocument &document, const QString &interactionId, int to);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    QString m_id;
    int m_from = -1;
    int m_to;
};

/// Replaces an interaction with an edited copy: any field, its rules and next action.
/// Commands with the same non-empty `mergeKey` on the same interaction merge into one undo step
/// (typing in a text field or a code editor).
class EditInteractionCommand : public EditValueCommand<Interaction>
{
public:
    EditInteractionCommand(BotDocument &document, const Interaction &after, const QString &text,
                           const QString &mergeKey = {});
    Result<void> check() const override;

protected:
    /// The interaction as it is now, for subclasses that edit one field.
    static Interaction current(const BotDocument &document, const QString &id);
    void apply(const Interaction &value) override;
    QString identity(const Interaction &value) const override { return value.id; }
};

/// Changes an interaction's type, keeping what both types share (text, code, rules).
class RetypeInteractionCommand : public EditInteractionCommand
{
public:
    RetypeInteractionCommand(BotDocument &document, const QString &interactionId,
                             InteractionType type);
    Result<void> check() const override;

private:
    static Interaction retyped(const BotDocument &document, const QString &id,
                               InteractionType type);
    InteractionType m_type;
};

/// Sets one code slot; consecutive edits of the same slot merge into one undo step.
class SetCodeCommand : public EditInteractionCommand
{
public:
    SetCodeCommand(BotDocument &document, const QString &interactionId, CodeSlot slot,
                   const QString &code);
};

/// Sets the action of a statement (its condition-less rule).
class SetNextActionCommand : public EditInteractionCommand
{
public:
    SetNextActionCommand(BotDocument &document, const QString &interactionId, const Action &action);
};

/// Places interactions on the canvas; one command per drag, so one undo step per gesture.
class SetPositionsCommand : public DocumentCommand
{
public:
    SetPositionsCommand(BotDocument &document, const QHash<QString, QPointF> &positions);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    void apply(const QHash<QString, std::optional<QPointF>> &positions);
    QHash<QString, std::optional<QPointF>> m_before;
    QHash<QString, std::optional<QPointF>> m_after;
};

/// Replaces an interaction's rules.
class SetRulesCommand : public EditInteractionCommand
{
public:
    SetRulesCommand(BotDocument &document, const QString &interactionId, const QList<Rule> &rules);
};

} // namespace dialogsmith::document
