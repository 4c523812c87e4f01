#pragma once

#include "bot.h"
#include "runtimeoptions.h"
#include "validation.h"
#include "variablestore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace dialogsmith::runtime {

class CompiledBot;
class Conversation;
class EscalationTransport;
class IntegrationTransport;
class ScriptHost;

/// A loaded bot, ready to hold conversations: the headless engine behind the preview, the CLI and
/// the tests (docs/architecture.md, "The runtime", says how a message travels through it).
///
/// Construction compiles everything once: patterns into regular expressions, the intent
/// classifier, every script. What does not compile is listed in problems() and reported again
/// when a conversation reaches it; the bot runs anyway. All conversations share one JavaScript
/// engine and run on the thread that created the runtime.
///
/// Conversations are children of the runtime: delete one when it is done, or let the runtime
/// delete them. The transports must outlive the runtime.
class BotRuntime : public QObject
{
    Q_OBJECT
public:
    BotRuntime(document::Bot bot, RuntimeOptions options, IntegrationTransport *integrations,
               EscalationTransport *escalations, QObject *parent = nullptr);
    ~BotRuntime() override;

    /// A new conversation. It starts (global functions, `__initConversation()`) with its first
    /// message.
    Conversation *startConversation(const ConversationOptions &options = {});

    const document::Bot &bot() const;
    const RuntimeOptions &options() const { return m_options; }
    /// What did not compile: script syntax errors, invalid regular expressions, a missing
    /// environment.
    const QList<document::Problem> &problems() const { return m_problems; }
    /// The `{$env.x}` values conversations see.
    const QHash<QString, QString> &environment() const { return m_environment; }
    ContextStore &contextStore() { return *m_contextStore; }

private:
    friend class Conversation;

    std::shared_ptr<VariableStore::UserValues> userValues(const QString &userId);

    RuntimeOptions m_options;
    IntegrationTransport *m_integrations;
    EscalationTransport *m_escalations;
    std::shared_ptr<ContextStore> m_contextStore;
    QHash<QString, QString> m_environment;
    QList<document::Problem> m_problems;
    std::unique_ptr<ScriptHost> m_scripts;
    std::unique_ptr<CompiledBot> m_compiled;
    /// `persistForever` variables per user id; they hold script values, so they go before the
    /// script host does.
    QHash<QString, std::shared_ptr<VariableStore::UserValues>> m_userValues;
};

} // namespace dialogsmith::runtime
