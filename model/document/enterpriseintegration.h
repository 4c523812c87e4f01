#pragma once

#include "json.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dialogsmith::document {

/// How a bot agent's conversations reach it in LiveEngage.
enum class ConversationType {
    Messaging,
    Chat,
    Unknown, ///< a value this version does not know; kept in `raw` as it was
};

/// "MESSAGING" / "CHAT" (LivePerson's names); empty for Unknown.
QString conversationTypeName(ConversationType type);
/// The type named `name`, Unknown for anything else.
ConversationType conversationTypeFromName(const QString &name);

/// The secret-store names of a Bot user's four OAuth 1.0 keys (names only: the values live in
/// the secret store).
struct OAuthKeyNames
{
    QString appKey;
    QString secret;
    QString accessToken;
    QString accessTokenSecret;

    /// The four names in the order above.
    QStringList all() const { return {appKey, secret, accessToken, accessTokenSecret}; }
    bool operator==(const OAuthKeyNames &o) const = default;
};

/// A bot agent of an enterprise integration: the LiveEngage bot user a deployed bot logs in as.
struct EnterpriseAgent
{
    static constexpr const char *assignedAgent = "ASSIGNED_AGENT";
    static constexpr const char *oauth = "OAuth";

    QString id;
    ConversationType conversationType = ConversationType::Messaging;
    QString accountNumber; ///< the LiveEngage account, digits
    QString loginName;     ///< the account's Bot user
    QString role = QString::fromLatin1(assignedAgent);
    QString authentication = QString::fromLatin1(oauth);
    OAuthKeyNames keyNames;
    QString environment; ///< the bot environment the deployed agent runs with; empty: the default
    Json raw;            ///< the file's object (unknown members kept)

    bool operator==(const EnterpriseAgent &o) const = default;

    /// A new agent with a fresh id.
    static EnterpriseAgent create();
};

/// An enterprise integration of a bot (Conversation Builder's "LivePerson" integration holding
/// the bot agents), kept in the project's `x-dialogsmith` object.
struct EnterpriseIntegration
{
    static constexpr const char *livePerson = "LivePerson";

    QString id;
    QString type = QString::fromLatin1(livePerson);
    QString companyName;
    QList<EnterpriseAgent> agents;
    Json raw;

    bool operator==(const EnterpriseIntegration &o) const = default;

    const EnterpriseAgent *agent(const QString &agentId) const;
    int agentIndex(const QString &agentId) const;

    /// A new integration with a fresh id and no agents.
    static EnterpriseIntegration create(const QString &companyName);
};

} // namespace dialogsmith::document
