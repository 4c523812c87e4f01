#pragma once

// JSON member names shared by the CB reader and writer (private to model/format).

#include <QString>
#include <QStringList>

namespace dialogsmith::format::keys {

inline constexpr const char *extension = "x-dialogsmith";
inline constexpr int extensionVersion = 1;

// CB names for what the public samples do not show; chosen to read naturally in an export.
inline constexpr const char *headers = "headers";
inline constexpr const char *params = "params";
inline constexpr const char *body = "postBody";
inline constexpr const char *processUserResponse = "processUserResponse";
inline constexpr const char *apiResultMatch = "apiResultMatch";

// x-dialogsmith.enterpriseIntegrations: the integrations, their agents and the agents' key
// names, each list in the order the writer puts new members.
namespace enterprise {
inline const QString list = QStringLiteral("enterpriseIntegrations");
inline const QString id = QStringLiteral("id");
inline const QString type = QStringLiteral("type");
inline const QString companyName = QStringLiteral("companyName");
inline const QString agents = QStringLiteral("agents");
inline const QStringList integrationOrder = {id, type, companyName, agents};
inline const QString conversationType = QStringLiteral("conversationType");
inline const QString accountNumber = QStringLiteral("accountNumber");
inline const QString loginName = QStringLiteral("loginName");
inline const QString role = QStringLiteral("role");
inline const QString authentication = QStringLiteral("authentication");
inline const QString keyNames = QStringLiteral("keyNames");
inline const QString environment = QStringLiteral("environment");
inline const QStringList agentOrder = {id,   conversationType, accountNumber, loginName,
                                       role, authentication,   keyNames,      environment};
inline const QString appKey = QStringLiteral("appKey");
inline const QString secret = QStringLiteral("secret");
inline const QString accessToken = QStringLiteral("accessToken");
inline const QString accessTokenSecret = QStringLiteral("accessTokenSecret");
inline const QStringList keyNamesOrder = {appKey, secret, accessToken, accessTokenSecret};
} // namespace enterprise

// The members of x-dialogsmith in the order the writer puts new ones.
inline const QStringList extensionOrder
        = {QStringLiteral("format"),       QStringLiteral("version"),
           QStringLiteral("environments"), QStringLiteral("defaultEnvironment"),
           QStringLiteral("secrets"),      enterprise::list,
           QStringLiteral("interactions"), QStringLiteral("integrations"),
           QStringLiteral("intentSamples")};

} // namespace dialogsmith::format::keys
