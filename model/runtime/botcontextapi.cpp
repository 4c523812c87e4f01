#include "botcontextapi.h"

#include "choicematcher.h"
#include "scriptcontext.h"
#include "scripthost.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonValue>

namespace dialogsmith::runtime {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::BotContextApi)
};
} // namespace

namespace {

/// "Title~payload" as CB writes quick replies in scripts (the payload is optional).
Choice quickReply(const QString &spec)
{
    const qsizetype tilde = spec.indexOf(QLatin1Char('~'));
    if (tilde < 0)
        return {Choice::Kind::QuickReply, spec, spec, {}};
    return {Choice::Kind::QuickReply, spec.left(tilde), spec.mid(tilde + 1), {}};
}

BotMessage textMessage(const QString &text)
{
    BotMessage m;
    m.text = text;
    return m;
}

} // namespace

BotContextApi::BotContextApi(ScriptHost &host)
    : m_host(host)
    , m_engine(&host.engine())
{}

QString BotContextApi::text(const QJSValue &value) const
{
    return value.isUndefined() || value.isNull() ? QString() : value.toString();
}

QStringList BotContextApi::texts(const QJSValue &value) const
{
    QStringList out;
    if (value.isArray()) {
        const int length = value.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < length; ++i)
            out.append(text(value.property(quint32(i))));
    } else if (!value.isUndefined() && !value.isNull()) {
        out.append(value.toString());
    }
    return out;
}

QString BotContextApi::getChannel() const
{
    return m_context ? m_context->channelName() : QString();
}

QString BotContextApi::getUserChannel() const
{
    return getChannel();
}

QString BotContextApi::getUserPlatformId() const
{
    return m_context ? m_context->userId() : QString();
}

QString BotContextApi::getConversationId() const
{
    return m_context ? m_context->conversationId() : QString();
}

QString BotContextApi::getChatBotId() const
{
    return m_context ? m_context->botId() : QString();
}

QString BotContextApi::getCurrentUserMessage() const
{
    return m_context ? m_context->currentUserMessage() : QString();
}

QString BotContextApi::getQuickReplyPayload() const
{
    return m_context ? m_context->quickReplyPayload() : QString();
}

QString BotContextApi::getButtonPayload() const
{
    return m_context ? m_context->buttonPayload() : QString();
}

QString BotContextApi::getDialogStarterIntent() const
{
    return m_context ? m_context->dialogStarterIntent() : QString();
}

QJSValue BotContextApi::getBotVariable(const QString &name) const
{
    const VariableValue *v = m_context ? m_context->botVariable(name) : nullptr;
    if (!v)
        return QJSValue(QJSValue::NullValue);
    return v->isObject() ? v->object : QJSValue(v->text);
}

void BotContextApi::setBotVariable(const QString &name, const QJSValue &value)
{
    setBotVariable(name, value, QJSValue(false), QJSValue(false));
}

void BotContextApi::setBotVariable(const QString &name, const QJSValue &value,
                                   const QJSValue &persistForSession)
{
    setBotVariable(name, value, persistForSession, QJSValue(false));
}

void BotContextApi::setBotVariable(const QString &name, const QJSValue &value,
                                   const QJSValue &persistForSession,
                                   const QJSValue &persistForever)
{
    if (!m_context || name.isEmpty())
        return;
    const StoreScope scope = persistForever.toBool()      ? StoreScope::Forever
                             : persistForSession.toBool() ? StoreScope::Session
                                                          : StoreScope::Request;
    if (value.isUndefined() || value.isNull()) {
        m_context->removeBotVariable(name); // getBotVariable() returns null again
        return;
    }
    VariableValue v;
    if (value.isObject() && !m_host.withinDepth(value)) {
        m_engine->throwError(QJSValue::RangeError,
                             QStringLiteral("setBotVariable: the value of '%1' is nested more than "
                                            "%2 levels deep")
                                     .arg(name)
                                     .arg(ScriptHost::maxValueDepth));
        return;
    }
    if (value.isObject())
        v.object = value;
    else
        v.text = value.toString();
    m_context->setBotVariable(name, v, scope);
}

QJSValue BotContextApi::getEnvVariable(const QString &name) const
{
    const std::optional<QString> v = m_context ? m_context->environmentValue(name) : std::nullopt;
    return v ? QJSValue(*v) : QJSValue(QJSValue::NullValue);
}

void BotContextApi::sendMessage(const QJSValue &message)
{
    if (m_context)
        m_context->sendMessage(textMessage(text(message)));
}

void BotContextApi::sendMessages(const QJSValue &messages)
{
    if (!m_context)
        return;
    for (const QString &m : texts(messages))
        m_context->sendMessage(textMessage(m));
}

void BotContextApi::sendMessageWithQuickReplies(const QJSValue &message,
                                                const QJSValue &quickReplies)
{
    if (!m_context)
        return;
    BotMessage m = textMessage(text(message));
    for (const QString &spec : texts(quickReplies))
        m.choices.append(quickReply(spec));
    m_context->sendMessage(m);
}

void BotContextApi::sendImmediateReply(const QJSValue &message)
{
    if (!m_context)
        return;
    for (const QString &m : texts(message))
        m_context->sendMessage(textMessage(m));
    m_context->stopInteraction();
    m_stopRequested = true;
    // Unwind the rest of the script; ScriptHost knows this is not an error.
    m_engine->throwError(QStringLiteral("sendImmediateReply stops the interaction"));
}

void BotContextApi::addQuickReplies(const QJSValue &quickReplies)
{
    if (!m_context)
        return;
    QList<Choice> replies;
    for (const QString &spec : texts(quickReplies))
        replies.append(quickReply(spec));
    m_context->addQuickReplies(replies);
}

void BotContextApi::setTriggerNextMessage(const QString &interactionName)
{
    if (m_context)
        m_context->setTriggerNextMessage(interactionName);
}

void BotContextApi::setMessageDelay(const QJSValue &milliseconds)
{
    if (m_context)
        m_context->setMessageDelay(std::max(0, milliseconds.toInt()));
}

QJSValue BotContextApi::evaluateOptions(const QString &userResponse, const QJSValue &options) const
{
    const QStringList list = texts(options);
    const int index = matchChoice(userResponse, list);
    return index >= 0 ? QJSValue(list.at(index)) : QJSValue(QJSValue::NullValue);
}

void BotContextApi::printDebugMessage(const QJSValue &message)
{
    if (m_context)
        m_context->printDebugMessage(text(message));
}

void BotContextApi::logCustomEvent(const QJSValue &userMessage, const QJSValue &eventName)
{
    logCustomEvent(userMessage, eventName, QJSValue());
}

void BotContextApi::logCustomEvent(const QJSValue &userMessage, const QJSValue &eventName,
                                   const QJSValue &eventDetail)
{
    if (!m_context)
        return;
    QString line = Text::tr("custom event \"%1\" (user message \"%2\")")
                           .arg(text(eventName), text(userMessage));
    if (!text(eventDetail).isEmpty())
        line += QStringLiteral(": ") + text(eventDetail);
    m_context->logEvent(line);
}

void BotContextApi::logEscalationEvent(const QJSValue &userMessage, const QJSValue &escalationType)
{
    if (m_context)
        m_context->logEvent(Text::tr("escalation event \"%1\" (user message \"%2\")")
                                    .arg(text(escalationType), text(userMessage)));
}

bool BotContextApi::isApiExecutionSuccessful() const
{
    return m_context && m_context->apiExecutionSuccessful();
}

int BotContextApi::getApiStatusCode() const
{
    return m_context ? m_context->apiStatusCode() : 0;
}

bool BotContextApi::isContextApiEnabled() const
{
    return true;
}

bool BotContextApi::registerContextNamespace(const QString &ns)
{
    return m_context && m_context->contextStore().registerNamespace(ns);
}

bool BotContextApi::registerContextNamespace(const QString &ns, const QJSValue &ttlSeconds)
{
    return m_context
           && m_context->contextStore().registerNamespace(ns, qint64(ttlSeconds.toNumber()));
}

bool BotContextApi::deleteContextNamespace(const QString &ns)
{
    return m_context && m_context->contextStore().deleteNamespace(ns);
}

QString BotContextApi::owner(ContextStore::Scope scope) const
{
    switch (scope) {
    case ContextStore::Scope::Global:
        return {};
    case ContextStore::Scope::User:
        return m_context->userId();
    case ContextStore::Scope::Conversation:
        return m_context->conversationId();
    }
    return {};
}

bool BotContextApi::setContextData(ContextStore::Scope scope, const QString &ns,
                                   const QString &property, const QJSValue &value)
{
    if (!m_context)
        return false;
    // Stored as JSON: bounded in depth, and getters or toJSON run under the watchdog.
    QString problem;
    const std::optional<QJsonValue> json = m_host.toJson(value, &problem);
    if (!json) {
        m_engine->throwError(QJSValue::RangeError,
                             QStringLiteral("the context data '%1' cannot be stored: %2")
                                     .arg(property, problem));
        return false;
    }
    return m_context->contextStore().set(scope, owner(scope), ns, property, *json);
}

QJSValue BotContextApi::contextData(ContextStore::Scope scope, const QString &ns,
                                    const QString &property) const
{
    const std::optional<QJsonValue> v
            = m_context ? m_context->contextStore().get(scope, owner(scope), ns, property)
                        : std::nullopt;
    return v ? m_engine->toScriptValue(*v) : QJSValue(QJSValue::NullValue);
}

QJSValue BotContextApi::allContextData(ContextStore::Scope scope, const QString &ns) const
{
    if (!m_context || !m_context->contextStore().hasNamespace(ns))
        return QJSValue(QJSValue::NullValue);
    return m_engine->toScriptValue(m_context->contextStore().getAll(scope, owner(scope), ns));
}

bool BotContextApi::deleteContextData(ContextStore::Scope scope, const QString &ns,
                                      const QString &property)
{
    return m_context && m_context->contextStore().remove(scope, owner(scope), ns, property);
}

bool BotContextApi::deleteAllContextData(ContextStore::Scope scope, const QString &ns)
{
    return m_context && m_context->contextStore().removeAll(scope, owner(scope), ns);
}

bool BotContextApi::setContextDataForConversation(const QString &ns, const QString &property,
                                                  const QJSValue &value)
{
    return setContextData(ContextStore::Scope::Conversation, ns, property, value);
}

QJSValue BotContextApi::getContextDataForConversation(const QString &ns) const
{
    return allContextData(ContextStore::Scope::Conversation, ns);
}

QJSValue BotContextApi::getContextDataForConversation(const QString &ns,
                                                      const QString &property) const
{
    return contextData(ContextStore::Scope::Conversation, ns, property);
}

bool BotContextApi::deleteContextDataForConversation(const QString &ns, const QString &property)
{
    return deleteContextData(ContextStore::Scope::Conversation, ns, property);
}

bool BotContextApi::deleteAllContextDataForConversation(const QString &ns)
{
    return deleteAllContextData(ContextStore::Scope::Conversation, ns);
}

bool BotContextApi::setContextDataForUser(const QString &ns, const QString &property,
                                          const QJSValue &value)
{
    return setContextData(ContextStore::Scope::User, ns, property, value);
}

QJSValue BotContextApi::getContextDataForUser(const QString &ns) const
{
    return allContextData(ContextStore::Scope::User, ns);
}

QJSValue BotContextApi::getContextDataForUser(const QString &ns, const QString &property) const
{
    return contextData(ContextStore::Scope::User, ns, property);
}

bool BotContextApi::deleteContextDataForUser(const QString &ns, const QString &property)
{
    return deleteContextData(ContextStore::Scope::User, ns, property);
}

bool BotContextApi::deleteAllContextDataForUser(const QString &ns)
{
    return deleteAllContextData(ContextStore::Scope::User, ns);
}

bool BotContextApi::setGlobalContextData(const QString &ns, const QString &property,
                                         const QJSValue &value)
{
    return setContextData(ContextStore::Scope::Global, ns, property, value);
}

QJSValue BotContextApi::getGlobalContextData(const QString &ns) const
{
    return allContextData(ContextStore::Scope::Global, ns);
}

QJSValue BotContextApi::getGlobalContextData(const QString &ns, const QString &property) const
{
    return contextData(ContextStore::Scope::Global, ns, property);
}

bool BotContextApi::deleteGlobalContextData(const QString &ns, const QString &property)
{
    return deleteContextData(ContextStore::Scope::Global, ns, property);
}

QJSValue BotContextApi::getLPEngagementAttribute(const QString &name) const
{
    return QJSValue(m_context ? m_context->lpEngagementAttribute(name) : QString());
}

QJSValue BotContextApi::getLPCustomerInfo() const
{
    return m_engine->toScriptValue(m_context ? m_context->lpCustomerInfo() : QJsonObject());
}

QJSValue BotContextApi::getLPUserPersonalInfo() const
{
    return m_engine->toScriptValue(m_context ? m_context->lpPersonalInfo() : QJsonObject());
}

QString BotContextApi::getLPAccountId() const
{
    return m_context ? m_context->lpAccountId() : QString();
}

} // namespace dialogsmith::runtime
