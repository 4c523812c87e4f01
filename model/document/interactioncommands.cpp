#include "interactioncommands.h"

namespace dialogsmith::document {

namespace {

Error unknownInteraction(const QString &id)
{
    return {DocumentCommand::tr("there is no interaction with id \"%1\"").arg(id), id};
}

Result<void> checkInteractionName(const BotDocument &document, const Interaction &interaction)
{
    if (interaction.name.trimmed().isEmpty())
        return Error{DocumentCommand::tr("an interaction needs a name"), interaction.id};
    if (document.interactionNameTaken(interaction.name, interaction.id))
        return Error{DocumentCommand::tr("an interaction named \"%1\" already exists")
                             .arg(interaction.name),
                     interaction.id};
    return {};
}

} // namespace

AddInteractionCommand::AddInteractionCommand(BotDocument &document, const QString &dialogId,
                                             const Interaction &interaction, int index)
    : DocumentCommand(document, DocumentCommand::tr("Add %1 \"%2\"")
                                        .arg(interactionTypeLabel(interaction.type).toLower(),
                                             interaction.name))
    , m_dialogId(dialogId)
    , m_interaction(interaction)
    , m_index(index)
{
    if (const Dialog *d = document.dialog(dialogId); d && index < 0)
        m_index = int(d->interactions.size());
}

Result<void> AddInteractionCommand::check() const
{
    const Dialog *d = document().dialog(m_dialogId);
    if (!d)
        return Error{DocumentCommand::tr("there is no dialog with id \"%1\"").arg(m_dialogId),
                     m_dialogId};
    if (m_interaction.id.isEmpty() || document().interaction(m_interaction.id))
        return Error{DocumentCommand::tr("the interaction id \"%1\" is already used")
                             .arg(m_interaction.id),
                     m_interaction.id};
    if (m_index < 0 || m_index > d->interactions.size())
        return Error{DocumentCommand::tr("position %1 is outside the dialog").arg(m_index),
                     m_dialogId};
    return checkInteractionName(document(), m_interaction);
}

void AddInteractionCommand::redo()
{
    document().insertInteraction(key(), m_dialogId, m_index, m_interaction);
}

void AddInteractionCommand::undo()
{
    m_interaction = document().takeInteraction(key(), m_interaction.id);
}

RemoveInteractionCommand::RemoveInteractionCommand(BotDocument &document,
                                                   const QString &interactionId)
    : DocumentCommand(document, DocumentCommand::tr("Remove interaction"))
    , m_id(interactionId)
{
    if (const Interaction *i = document.interaction(interactionId))
        setText(DocumentCommand::tr("Remove \"%1\"").arg(i->name));
}

Result<void> RemoveInteractionCommand::check() const
{
    if (!document().interaction(m_id))
        return unknownInteraction(m_id);
    return {};
}

void RemoveInteractionCommand::redo()
{
    m_dialogId = document().dialogIdOf(m_id);
    m_index = int(document().dialog(m_dialogId)->indexOf(m_id));
    m_interaction = document().takeInteraction(key(), m_id);
}

void RemoveInteractionCommand::undo()
{
    document().insertInteraction(key(), m_dialogId, m_index, m_interaction);
}

MoveInteractionCommand::MoveInteractionCommand(BotDocument &document, const QString &interactionId,
                                               int to)
    : DocumentCommand(document, DocumentCommand::tr("Move interaction"))
    , m_id(interactionId)
    , m_to(to)
{}

Result<void> MoveInteractionCommand::check() const
{
    if (!document().interaction(m_id))
        return unknownInteraction(m_id);
    const Dialog *d = document().dialog(document().dialogIdOf(m_id));
    if (m_to < 0 || m_to >= d->interactions.size())
        return Error{DocumentCommand::tr("position %1 is outside the dialog").arg(m_to), m_id};
    return {};
}

void MoveInteractionCommand::redo()
{
    m_from = int(document().dialog(document().dialogIdOf(m_id))->indexOf(m_id));
    document().moveInteraction(key(), m_id, m_to);
}

void MoveInteractionCommand::undo()
{
    document().moveInteraction(key(), m_id, m_from);
}

EditInteractionCommand::EditInteractionCommand(BotDocument &document, const Interaction &after,
                                               const QString &text, const QString &mergeKey)
    : EditValueCommand(document, current(document, after.id), after, text, mergeKey,
                       EditInteractionMergeId)
{}

Interaction EditInteractionCommand::current(const BotDocument &document, const QString &id)
{
    if (const Interaction *i = document.interaction(id))
        return *i;
    Interaction missing;
    missing.id = id;
    return missing;
}

Result<void> EditInteractionCommand::check() const
{
    if (!document().interaction(after().id))
        return unknownInteraction(after().id);
    return checkInteractionName(document(), after());
}

void EditInteractionCommand::apply(const Interaction &value)
{
    document().replaceInteraction(key(), value);
}

RetypeInteractionCommand::RetypeInteractionCommand(BotDocument &document,
                                                   const QString &interactionId,
                                                   InteractionType type)
    : EditInteractionCommand(
            document, retyped(document, interactionId, type),
            DocumentCommand::tr("Change type to %1").arg(interactionTypeLabel(type)))
    , m_type(type)
{}

Result<void> RetypeInteractionCommand::check() const
{
    if (m_type == InteractionType::Unknown)
        return Error{DocumentCommand::tr("cannot change an interaction to an unknown type")};
    return EditInteractionCommand::check();
}

Interaction RetypeInteractionCommand::retyped(const BotDocument &document, const QString &id,
                                              InteractionType type)
{
    Interaction i = current(document, id);
    if (i.type == type)
        return i;
    i.type = type;
    i.typeKey = interactionTypeKey(type);
    // Fields the new type cannot show are cleared so they do not resurface on save.
    if (type != InteractionType::DialogStarter) {
        i.patterns.clear();
        i.excludeKeywords.clear();
        i.intentId.clear();
    }
    if (type != InteractionType::MultipleChoiceQuestion)
        i.choices.clear();
    else if (i.choices.isEmpty())
        i.choices = {QStringLiteral("Yes"), QStringLiteral("No")};
    if (type != InteractionType::QuickReply)
        i.quickReplies.clear();
    if (type != InteractionType::Button && type != InteractionType::Structured)
        i.buttons.clear();
    if (type != InteractionType::Image && type != InteractionType::Structured)
        i.imageUrl.clear();
    if (type != InteractionType::Structured) {
        i.title.clear();
        i.subtitle.clear();
    }
    if (type != InteractionType::Universal)
        i.universalJson.clear();
    if (type != InteractionType::ApiIntegration) {
        i.integrationId.clear();
        i.integrationName.clear();
    }
    if (type != InteractionType::Escalation) {
        i.skillId.clear();
        i.skillName.clear();
    }
    return i;
}

SetCodeCommand::SetCodeCommand(BotDocument &document, const QString &interactionId, CodeSlot slot,
                               const QString &code)
    : EditInteractionCommand(
            document,
            [&] {
                Interaction i = current(document, interactionId);
                i.setCode(slot, code);
                return i;
            }(),
            DocumentCommand::tr("Edit %1").arg(codeSlotLabel(slot).toLower()),
            QStringLiteral("code:%1").arg(int(slot)))
{}

SetNextActionCommand::SetNextActionCommand(BotDocument &document, const QString &interactionId,
                                           const Action &action)
    : EditInteractionCommand(
            document,
            [&] {
                Interaction i = current(document, interactionId);
                i.setNextAction(action);
                return i;
            }(),
            DocumentCommand::tr("Set next action to %1").arg(action.describe()))
{}

SetPositionsCommand::SetPositionsCommand(BotDocument &document,
                                         const QHash<QString, QPointF> &positions)
    : DocumentCommand(document,
                      positions.size() == 1
                              ? DocumentCommand::tr("Move interaction")
                              : DocumentCommand::tr("Move %1 interactions").arg(positions.size()))
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        m_after.insert(it.key(), it.value());
        const Interaction *i = document.interaction(it.key());
        m_before.insert(it.key(), i ? i->position : std::nullopt);
    }
}

Result<void> SetPositionsCommand::check() const
{
    if (m_after.isEmpty())
        return Error{DocumentCommand::tr("nothing to move")};
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        if (!document().interaction(it.key()))
            return unknownInteraction(it.key());
    }
    return {};
}

void SetPositionsCommand::apply(const QHash<QString, std::optional<QPointF>> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        Interaction i = *document().interaction(it.key());
        i.position = it.value();
        document().replaceInteraction(key(), i);
    }
}

void SetPositionsCommand::redo()
{
    apply(m_after);
}

void SetPositionsCommand::undo()
{
    apply(m_before);
}

SetRulesCommand::SetRulesCommand(BotDocument &document, const QString &interactionId,
                                 const QList<Rule> &rules)
    : EditInteractionCommand(
            document,
            [&] {
                Interaction i = current(document, interactionId);
                i.rules = rules;
                return i;
            }(),
            DocumentCommand::tr("Edit rules"))
{}

} // namespace dialogsmith::document
