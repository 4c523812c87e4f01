#pragma once

#include "botcommands.h"
#include "enterpriseintegration.h"

#include <optional>

namespace dialogsmith::document {

/// Base of the edits of a bot's enterprise integrations and their bot agents: each replaces the
/// list as a whole (it lives in `x-dialogsmith`, beside the environments). A command built
/// against an id that does not exist, or that would repeat an id, is refused by check().
class EnterpriseIntegrationCommand : public EditBotCommand
{
public:
    Result<void> check() const override;

protected:
    /// The list after the edit, or why the edit cannot be made.
    struct Change
    {
        QList<EnterpriseIntegration> after;
        std::optional<Error> refusal;
    };

    EnterpriseIntegrationCommand(BotDocument &document, const Change &change, const QString &text);

    static const QList<EnterpriseIntegration> &list(const BotDocument &document);
    static int indexOf(const QList<EnterpriseIntegration> &list, const QString &integrationId);
    static Error unknownIntegration(const QString &integrationId);

private:
    static Bot withIntegrations(const BotDocument &document,
                                const QList<EnterpriseIntegration> &integrations);

    std::optional<Error> m_refusal;
};

/// Inserts an integration (with its agents) at `index`, or appends it when `index` is -1.
class AddEnterpriseIntegrationCommand : public EnterpriseIntegrationCommand
{
public:
    AddEnterpriseIntegrationCommand(BotDocument &document, const EnterpriseIntegration &integration,
                                    int index = -1);
};

/// Replaces the integration with the same id by `after` (its agents included).
class EditEnterpriseIntegrationCommand : public EnterpriseIntegrationCommand
{
public:
    EditEnterpriseIntegrationCommand(BotDocument &document, const EnterpriseIntegration &after);
};

class RemoveEnterpriseIntegrationCommand : public EnterpriseIntegrationCommand
{
public:
    RemoveEnterpriseIntegrationCommand(BotDocument &document, const QString &integrationId);
};

/// Inserts a bot agent into an integration at `index`, or appends it when `index` is -1.
class AddEnterpriseAgentCommand : public EnterpriseIntegrationCommand
{
public:
    AddEnterpriseAgentCommand(BotDocument &document, const QString &integrationId,
                              const EnterpriseAgent &agent, int index = -1);
};

/// Replaces the agent with the same id in the integration by `after`.
class EditEnterpriseAgentCommand : public EnterpriseIntegrationCommand
{
public:
    EditEnterpriseAgentCommand(BotDocument &document, const QString &integrationId,
                               const EnterpriseAgent &after);
};

class RemoveEnterpriseAgentCommand : public EnterpriseIntegrationCommand
{
public:
    RemoveEnterpriseAgentCommand(BotDocument &document, const QString &integrationId,
                                 const QString &agentId);
};

} // namespace dialogsmith::document
