#pragma once

#include "contextstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace dialogsmith::runtime {

/// Where a conversation runs. `Web` is CB's preview (`getChannel()` returns "web"; the legacy
/// escalation integration and agent transfers are not sent, as in CB); `Messaging` behaves like
/// a deployed bot: integrations and escalations go to the transports.
enum class Channel { Web, Messaging };

QString channelName(Channel channel);
std::optional<Channel> channelFromName(const QString &name);

/// What the `botContext.getLP...()` look-ups return; empty unless configured.
struct PlatformProfile
{
    QHash<QString, QString> engagementAttributes; ///< getLPEngagementAttribute(name)
    QJsonObject customerInfo;                     ///< getLPCustomerInfo()
    QJsonObject personalInfo;                     ///< getLPUserPersonalInfo()
    QString accountId;                            ///< getLPAccountId()
};

/// How a BotRuntime runs its bot.
struct RuntimeOptions
{
    /// The environment `{$env.x}` reads; empty: the bot's default environment.
    QString environment;
    /// Values that replace or add to the environment's (`--env KEY=VALUE`).
    QHash<QString, QString> environmentOverrides;
    /// How long one script call may run before the watchdog interrupts it.
    std::chrono::milliseconds scriptBudget{2000};
    /// How much the process may grow while one script call runs before the watchdog stops it
    /// (bytes; 0: no limit).
    qint64 scriptMemoryLimit = 128 * 1024 * 1024;
    /// The intent score (0..1) a message needs to start an intent's dialog.
    double intentThreshold = 0.6;
    /// The value of `{$secret.name}` in requests; nullopt when unknown.
    std::function<std::optional<QString>(const QString &name)> secret;
    PlatformProfile platform;
    /// The conversation context store; null: a fresh in-memory one.
    std::shared_ptr<ContextStore> contextStore;
};

/// One conversation's setting.
struct ConversationOptions
{
    Channel channel = Channel::Web;
    QString userId;         ///< empty: a new random id
    QString conversationId; ///< empty: a new random id
};

} // namespace dialogsmith::runtime
