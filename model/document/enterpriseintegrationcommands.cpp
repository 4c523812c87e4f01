#include "enterpriseintegrationcommands.h"

#include <QSet>

namespace dialogsmith::document {

namespace {

Error unknownAgent(const QString &agentId)
{
    return Error{QStringLiteral("there is no bot agent with the id \"%1\"").arg(agentId)};
}

/// The agents of an integration need ids, each its own.
std::optional<Error> checkAgentIds(const EnterpriseIntegration &integration)
{
    QSet<QString> ids;
    for (const EnterpriseAgent &a : integration.agents) {
        if (a.id.isEmpty() || ids.contains(a.id))
            return Error{QStringLiteral("each bot agent of an integration needs an id of its own")};
        ids.insert(a.id);
    }
    return std::nullopt;
}

/// Inserts `agent` into the integration's agents, or says why not.
std::optional<Error> insertAgent(EnterpriseIntegration &integration, const EnterpriseAgent &agent,
                                 int index)
{
    if (agent.id.isEmpty())
        return Error{QStringLiteral("a bot agent needs an id")};
    if (integration.agent(agent.id))
        return Error{
                QStringLiteral("there is already a bot agent with the id \"%1\"").arg(agent.id)};
    if (index < 0 || index > integration.agents.size())
        index = int(integration.agents.size());
    integration.agents.insert(index, agent);
    return std::nullopt;
}

} // namespace

EnterpriseIntegrationCommand::EnterpriseIntegrationCommand(BotDocument &document,
                                                           const Change &change,
                                                           const QString &text)
    : EditBotCommand(document, withIntegrations(document, change.after), text)
    , m_refusal(change.refusal)
{}

Result<void> EnterpriseIntegrationCommand::check() const
{
    if (m_refusal)
        return *m_refusal;
    return EditBotCommand::check();
}

Bot EnterpriseIntegrationCommand::withIntegrations(const BotDocument &document,
                                                   const QList<EnterpriseIntegration> &integrations)
{
    Bot b = current(document);
    b.enterpriseIntegrations = integrations;
    return b;
}

const QList<EnterpriseIntegration> &EnterpriseIntegrationCommand::list(const BotDocument &document)
{
    return document.bot().enterpriseIntegrations;
}

int EnterpriseIntegrationCommand::indexOf(const QList<EnterpriseIntegration> &integrations,
                                          const QString &integrationId)
{
    for (int i = 0; i < integrations.size(); ++i) {
        if (integrations.at(i).id == integrationId)
            return i;
    }
    return -1;
}

Error EnterpriseIntegrationCommand::unknownIntegration(const QString &integrationId)
{
    return Error{QStringLiteral("there is no enterprise integration with the id \"%1\"")
                         .arg(integrationId)};
}

AddEnterpriseIntegrationCommand::AddEnterpriseIntegrationCommand(
        BotDocument &document, const EnterpriseIntegration &integration, int index)
    : EnterpriseIntegrationCommand(
            document,
            [&] {
                Change change{list(document), std::nullopt};
                if (integration.id.isEmpty()) {
                    change.refusal = Error{QStringLiteral("an enterprise integration needs an id")};
                } else if (indexOf(change.after, integration.id) >= 0) {
                    change.refusal = Error{QStringLiteral("there is already an enterprise "
                                                          "integration with the id \"%1\"")
                                                   .arg(integration.id)};
                } else {
                    change.refusal = checkAgentIds(integration);
                    const int at = index < 0 || index > change.after.size()
                                           ? int(change.after.size())
                                           : index;
                    change.after.insert(at, integration);
                }
                return change;
            }(),
            QStringLiteral("Add enterprise integration"))
{}

EditEnterpriseIntegrationCommand::EditEnterpriseIntegrationCommand(
        BotDocument &document, const EnterpriseIntegration &after)
    : EnterpriseIntegrationCommand(
            document,
            [&] {
                Change change{list(document), std::nullopt};
                const int i = indexOf(change.after, after.id);
                if (i < 0)
                    change.refusal = unknownIntegration(after.id);
                else
                    change.refusal = checkAgentIds(after);
                if (!change.refusal)
                    change.after[i] = after;
                return change;
            }(),
            QStringLiteral("Edit enterprise integration"))
{}

RemoveEnterpriseIntegrationCommand::RemoveEnterpriseIntegrationCommand(BotDocument &document,
                                                                       const QString &integrationId)
    : EnterpriseIntegrationCommand(
            document,
            [&] {
                Change change{list(document), std::nullopt};
                const int i = indexOf(change.after, integrationId);
                if (i < 0)
                    change.refusal = unknownIntegration(integrationId);
                else
                    change.after.removeAt(i);
                return change;
            }(),
            QStringLiteral("Remove enterprise integration"))
{}

AddEnterpriseAgentCommand::AddEnterpriseAgentCommand(BotDocument &document,
                                                     const QString &integrationId,
                                                     const EnterpriseAgent &agent, int index)
    : EnterpriseIntegrationCommand(
            document,
            [&] {
                Change change{list(document), std::nullopt};
                const int i = indexOf(change.after, integrationId);
                if (i < 0)
                    change.refusal = unknownIntegration(integrationId);
                else
                    change.refusal = insertAgent(change.after[i], agent, index);
                return change;
            }(),
            QStringLiteral("Add bot agent"))
{}

EditEnterpriseAgentCommand::EditEnterpriseAgentCommand(BotDocument &document,
                                                       const QString &integrationId,
                                                       const EnterpriseAgent &after)
    : EnterpriseIntegrationCommand(
            document,
            [&] {
                Change change{list(document), std::nullopt};
                const int i = indexOf(change.after, integrationId);
                const int a = i < 0 ? -1 : change.after.at(i).agentIndex(after.id);
                if (i < 0)
                    change.refusal = unknownIntegration(integrationId);
                else if (a < 0)
                    change.refusal = unknownAgent(after.id);
                else
                    change.after[i].agents[a] = after;
                return change;
            }(),
            QStringLiteral("Edit bot agent"))
{}

RemoveEnterpriseAgentCommand::RemoveEnterpriseAgentCommand(BotDocument &document,
                                                           const QString &integrationId,
                                                           const QString &agentId)
    : EnterpriseIntegrationCommand(
            document,
            [&] {
                Change change{list(document), std::nullopt};
                const int i = indexOf(change.after, integrationId);
                const int a = i < 0 ? -1 : change.after.at(i).agentIndex(agentId);
                if (i < 0)
                    change.refusal = unknownIntegration(integrationId);
                else if (a < 0)
                    change.refusal = unknownAgent(agentId);
                else
                    change.after[i].agents.removeAt(a);
                return change;
            }(),
            QStringLiteral("Remove bot agent"))
{}

} // namespace dialogsmith::document
