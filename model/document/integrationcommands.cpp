#include "integrationcommands.h"

namespace dialogsmith::document {

namespace {

Integration currentIntegration(const BotDocument &document, const QString &id)
{
    if (const Integration *i = document.integration(id))
        return *i;
    return {};
}

Result<void> checkIntegration(const BotDocument &document, const Integration &integration)
{
    if (integration.name.trimmed().isEmpty())
        return Error{DocumentCommand::tr("an integration needs a name"), integration.id};
    for (const Integration &other : document.bot().integrations) {
        if (other.id == integration.id)
            continue;
        if (other.name == integration.name)
            return Error{DocumentCommand::tr("an integration named \"%1\" already exists")
                                 .arg(integration.name),
                         integration.id};
    }
    return {};
}

} // namespace

AddIntegrationCommand::AddIntegrationCommand(BotDocument &document, const Integration &integration,
                                             int index)
    : DocumentCommand(document, DocumentCommand::tr("Add integration \"%1\"").arg(integration.name))
    , m_integration(integration)
    , m_index(index < 0 ? int(document.bot().integrations.size()) : index)
{}

Result<void> AddIntegrationCommand::check() const
{
    if (m_integration.id.isEmpty() || document().integration(m_integration.id))
        return Error{DocumentCommand::tr("the integration id \"%1\" is already used")
                             .arg(m_integration.id),
                     m_integration.id};
    if (m_index > document().bot().integrations.size())
        return Error{DocumentCommand::tr("position %1 is past the last integration").arg(m_index)};
    return checkIntegration(document(), m_integration);
}

void AddIntegrationCommand::redo()
{
    document().insertIntegration(key(), m_index, m_integration);
}

void AddIntegrationCommand::undo()
{
    m_integration = document().takeIntegration(key(), m_integration.id);
}

RemoveIntegrationCommand::RemoveIntegrationCommand(BotDocument &document,
                                                   const QString &integrationId)
    : DocumentCommand(document, DocumentCommand::tr("Remove integration"))
    , m_id(integrationId)
{
    if (const Integration *i = document.integration(integrationId))
        setText(DocumentCommand::tr("Remove integration \"%1\"").arg(i->name));
}

Result<void> RemoveIntegrationCommand::check() const
{
    if (!document().integration(m_id))
        return Error{DocumentCommand::tr("there is no integration with id \"%1\"").arg(m_id), m_id};
    return {};
}

void RemoveIntegrationCommand::redo()
{
    m_index = document().integrationIndex(m_id);
    m_integration = document().takeIntegration(key(), m_id);
}

void RemoveIntegrationCommand::undo()
{
    document().insertIntegration(key(), m_index, m_integration);
}

EditIntegrationCommand::EditIntegrationCommand(BotDocument &document, const Integration &after,
                                               const QString &text, const QString &mergeKey)
    : EditValueCommand(document, currentIntegration(document, after.id), after, text, mergeKey,
                       EditIntegrationMergeId)
{}

Result<void> EditIntegrationCommand::check() const
{
    if (!document().integration(after().id))
        return Error{DocumentCommand::tr("there is no integration with id \"%1\"").arg(after().id),
                     after().id};
    return checkIntegration(document(), after());
}

void EditIntegrationCommand::apply(const Integration &value)
{
    document().replaceIntegration(key(), value);
}

} // namespace dialogsmith::document
