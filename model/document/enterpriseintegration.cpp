#include "enterpriseintegration.h"

#include "bot.h"

namespace dialogsmith::document {

QString conversationTypeName(ConversationType type)
{
    switch (type) {
    case ConversationType::Messaging:
        return QStringLiteral("MESSAGING");
    case ConversationType::Chat:
        return QStringLiteral("CHAT");
    case ConversationType::Unknown:
        break;
    }
    return {};
}

ConversationType conversationTypeFromName(const QString &name)
{
    for (ConversationType type : {ConversationType::Messaging, ConversationType::Chat}) {
        if (name == conversationTypeName(type))
            return type;
    }
    return ConversationType::Unknown;
}

EnterpriseAgent EnterpriseAgent::create()
{
    EnterpriseAgent agent;
    agent.id = newUuid();
    return agent;
}

const EnterpriseAgent *EnterpriseIntegration::agent(const QString &agentId) const
{
    const int i = agentIndex(agentId);
    return i < 0 ? nullptr : &agents.at(i);
}

int EnterpriseIntegration::agentIndex(const QString &agentId) const
{
    for (int i = 0; i < agents.size(); ++i) {
        if (agents.at(i).id == agentId)
            return i;
    }
    return -1;
}

EnterpriseIntegration EnterpriseIntegration::create(const QString &companyName)
{
    EnterpriseIntegration integration;
    integration.id = newUuid();
    integration.companyName = companyName;
    return integration;
}

} // namespace dialogsmith::document
