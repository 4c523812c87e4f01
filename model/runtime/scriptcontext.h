#pragma once

#include "botmessage.h"
#include "contextstore.h"
#include "variablestore.h"

#include <QJSValue>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dialogsmith::runtime {

/// What `botContext` reaches while a script runs: the conversation the script belongs to.
/// The conversation implements it; ScriptHost points `botContext` at it for the length of a call.
class ScriptContext
{
public:
    virtual ~ScriptContext() = default;

    virtual QString channelName() const = 0;
    virtual QString conversationId() const = 0;
    virtual QString userId() const = 0;
    virtual QString botId() const = 0;
    virtual QString currentUserMessage() const = 0;
    virtual QString quickReplyPayload() const = 0;
    virtual QString buttonPayload() const = 0;
    virtual QString dialogStarterIntent() const = 0;
    virtual std::optional<QString> environmentValue(const QString &name) const = 0;

    /// The variable (a string or an object), or nullptr when it is not set.
    virtual const VariableValue *botVariable(const QString &name) const = 0;
    virtual void setBotVariable(const QString &name, const VariableValue &value, StoreScope scope)
            = 0;
    virtual void removeBotVariable(const QString &name) = 0;

    /// Sends a message now (before the interaction's own message).
    virtual void sendMessage(const BotMessage &message) = 0;
    /// Adds quick replies to the interaction's own message.
    virtual void addQuickReplies(const QList<Choice> &replies) = 0;
    virtual void setTriggerNextMessage(const QString &interactionName) = 0;
    virtual void setMessageDelay(int ms) = 0;
    /// `botContext.sendImmediateReply()`: the rest of the interaction is skipped.
    virtual void stopInteraction() = 0;
    virtual void printDebugMessage(const QString &text) = 0;
    virtual void logEvent(const QString &text) = 0;

    virtual bool apiExecutionSuccessful() const = 0;
    virtual int apiStatusCode() const = 0;

    virtual ContextStore &contextStore() = 0;

    virtual QString lpEngagementAttribute(const QString &name) const = 0;
    virtual QJsonObject lpCustomerInfo() const = 0;
    virtual QJsonObject lpPersonalInfo() const = 0;
    virtual QString lpAccountId() const = 0;
};

} // namespace dialogsmith::runtime
