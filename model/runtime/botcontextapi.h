#pragma once

#include "contextstore.h"

#include <QJSValue>
#include <QObject>
#include <QString>

#include <utility>

class QJSEngine;

namespace dialogsmith::runtime {

class ScriptContext;
class ScriptHost;

/// The `botContext` object scripts see: CB's scripting functions, forwarded to the conversation
/// the running script belongs to (ScriptHost sets it for each call). One instance serves every
/// conversation of a runtime. Without a current conversation every function is a harmless no-op.
///
/// Names and semantics follow CB's documentation: variables are stored as strings unless given an
/// object; `getBotVariable` and `getEnvVariable` return null for names that are not set; the
/// context store functions return false for namespaces that were never registered; the
/// `getLP...` look-ups return what the runtime was configured with (empty by default). An object
/// nested more than ScriptHost::maxValueDepth levels deep is refused as a bot variable or as
/// context data with a RangeError.
class BotContextApi : public QObject
{
    Q_OBJECT
public:
    explicit BotContextApi(ScriptHost &host);

    void setContext(ScriptContext *context) { m_context = context; }
    ScriptContext *context() const { return m_context; }
    /// True once after `sendImmediateReply()` was called.
    bool takeStopRequest() { return std::exchange(m_stopRequested, false); }

    // Conversation facts.
    Q_INVOKABLE QString getChannel() const;
    Q_INVOKABLE QString getUserChannel() const;
    Q_INVOKABLE QString getUserPlatformId() const;
    Q_INVOKABLE QString getConversationId() const;
    Q_INVOKABLE QString getChatBotId() const;
    Q_INVOKABLE QString getCurrentUserMessage() const;
    Q_INVOKABLE QString getQuickReplyPayload() const;
    Q_INVOKABLE QString getButtonPayload() const;
    Q_INVOKABLE QString getDialogStarterIntent() const;

    // Variables.
    Q_INVOKABLE QJSValue getBotVariable(const QString &name) const;
    Q_INVOKABLE void setBotVariable(const QString &name, const QJSValue &value);
    Q_INVOKABLE void setBotVariable(const QString &name, const QJSValue &value,
                                    const QJSValue &persistForSession);
    Q_INVOKABLE void setBotVariable(const QString &name, const QJSValue &value,
                                    const QJSValue &persistForSession,
                                    const QJSValue &persistForever);
    Q_INVOKABLE QJSValue getEnvVariable(const QString &name) const;

    // Messages and flow.
    Q_INVOKABLE void sendMessage(const QJSValue &message);
    Q_INVOKABLE void sendMessages(const QJSValue &messages);
    Q_INVOKABLE void sendMessageWithQuickReplies(const QJSValue &message,
                                                 const QJSValue &quickReplies);
    Q_INVOKABLE void sendImmediateReply(const QJSValue &message);
    Q_INVOKABLE void addQuickReplies(const QJSValue &quickReplies);
    Q_INVOKABLE void setTriggerNextMessage(const QString &interactionName);
    Q_INVOKABLE void setMessageDelay(const QJSValue &milliseconds);
    Q_INVOKABLE QJSValue evaluateOptions(const QString &userResponse,
                                         const QJSValue &options) const;

    // Logging.
    Q_INVOKABLE void printDebugMessage(const QJSValue &message);
    Q_INVOKABLE void logCustomEvent(const QJSValue &userMessage, const QJSValue &eventName);
    Q_INVOKABLE void logCustomEvent(const QJSValue &userMessage, const QJSValue &eventName,
                                    const QJSValue &eventDetail);
    Q_INVOKABLE void logEscalationEvent(const QJSValue &userMessage,
                                        const QJSValue &escalationType);

    // API integration results.
    Q_INVOKABLE bool isApiExecutionSuccessful() const;
    Q_INVOKABLE int getApiStatusCode() const;

    // Conversation context store.
    Q_INVOKABLE bool isContextApiEnabled() const;
    Q_INVOKABLE bool registerContextNamespace(const QString &ns);
    Q_INVOKABLE bool registerContextNamespace(const QString &ns, const QJSValue &ttlSeconds);
    Q_INVOKABLE bool deleteContextNamespace(const QString &ns);
    Q_INVOKABLE bool setContextDataForConversation(const QString &ns, const QString &property,
                                                   const QJSValue &value);
    Q_INVOKABLE QJSValue getContextDataForConversation(const QString &ns) const;
    Q_INVOKABLE QJSValue getContextDataForConversation(const QString &ns,
                                                       const QString &property) const;
    Q_INVOKABLE bool deleteContextDataForConversation(const QString &ns, const QString &property);
    Q_INVOKABLE bool deleteAllContextDataForConversation(const QString &ns);
    Q_INVOKABLE bool setContextDataForUser(const QString &ns, const QString &property,
                                           const QJSValue &value);
    Q_INVOKABLE QJSValue getContextDataForUser(const QString &ns) const;
    Q_INVOKABLE QJSValue getContextDataForUser(const QString &ns, const QString &property) const;
    Q_INVOKABLE bool deleteContextDataForUser(const QString &ns, const QString &property);
    Q_INVOKABLE bool deleteAllContextDataForUser(const QString &ns);
    Q_INVOKABLE bool setGlobalContextData(const QString &ns, const QString &property,
                                          const QJSValue &value);
    Q_INVOKABLE QJSValue getGlobalContextData(const QString &ns) const;
    Q_INVOKABLE QJSValue getGlobalContextData(const QString &ns, const QString &property) const;
    Q_INVOKABLE bool deleteGlobalContextData(const QString &ns, const QString &property);

    // Platform look-ups.
    Q_INVOKABLE QJSValue getLPEngagementAttribute(const QString &name) const;
    Q_INVOKABLE QJSValue getLPCustomerInfo() const;
    Q_INVOKABLE QJSValue getLPUserPersonalInfo() const;
    Q_INVOKABLE QString getLPAccountId() const;

private:
    QString owner(ContextStore::Scope scope) const;
    bool setContextData(ContextStore::Scope scope, const QString &ns, const QString &property,
                        const QJSValue &value);
    QJSValue contextData(ContextStore::Scope scope, const QString &ns,
                         const QString &property) const;
    QJSValue allContextData(ContextStore::Scope scope, const QString &ns) const;
    bool deleteContextData(ContextStore::Scope scope, const QString &ns, const QString &property);
    bool deleteAllContextData(ContextStore::Scope scope, const QString &ns);
    QString text(const QJSValue &value) const;
    QStringList texts(const QJSValue &value) const;

    ScriptHost &m_host;
    QJSEngine *m_engine;
    ScriptContext *m_context = nullptr;
    bool m_stopRequested = false;
};

} // namespace dialogsmith::runtime
