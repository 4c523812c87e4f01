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
/// A bot compiled once with compile() can be shared by many runtimes, on any threads: each has
/// its own JavaScript engine (compiling a script when a conversation first runs it), user
/// variables and context store, so what one runtime's conversations do is never seen by
/// another's. A test suite runs its transcripts that way, one runtime per worker thread,
/// calling forgetUsers() between transcripts.
///
/// Conversations are children of the runtime: delete one when it is done, or let the runtime
/// delete them. The transports must outlive the runtime.
class BotRuntime : public QObject
{
    Q_OBJECT
public:
    BotRuntime(document::Bot bot, RuntimeOptions options, IntegrationTransport *integrations,
               EscalationTransport *escalations, QObject *parent = nullptr);
    /// A runtime of a bot compiled by compile(); `options` may differ from the ones it was
    /// compiled with, apart from the script budget and memory limit.
    BotRuntime(std::shared_ptr<const CompiledBot> compiled, RuntimeOptions options,
               IntegrationTransport *integrations, EscalationTransport *escalations,
               QObject *parent = nullptr);
    ~BotRuntime() override;

    /// `bot` compiled and checked once (on any thread), for runtimes that share it. Its
    /// problems are the ones problems() lists, environment aside.
    static std::shared_ptr<const CompiledBot> compile(const document::Bot &bot,
                                                      const RuntimeOptions &options = {});

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
    /// Forgets what finished conversations left behind for later ones: the variables kept per
    /// user id (`persistForever`) and, unless the options gave the store, the context store's
    /// data. A runtime reused for test transcripts calls it between them. Conversations still
    /// open keep their user's variables.
    void forgetUsers();
    /// Whether scripts of this runtime's conversations changed JavaScript's built-in objects,
    /// which every later conversation of the runtime would see.
    bool builtInsChanged();

private:
    friend class Conversation;

    BotRuntime(RuntimeOptions options, IntegrationTransport *integrations,
               EscalationTransport *escalations, QObject *parent);
    void setUp();
    std::shared_ptr<VariableStore::UserValues> userValues(const QString &userId);

    RuntimeOptions m_options;
    IntegrationTransport *m_integrations;
    EscalationTransport *m_escalations;
    std::shared_ptr<ContextStore> m_contextStore;
    QHash<QString, QString> m_environment;
    QList<document::Problem> m_problems;
    std::unique_ptr<ScriptHost> m_scripts;
    std::shared_ptr<const CompiledBot> m_compiled;
    /// `persistForever` variables per user id; they hold script values, so they go before the
    /// script host does.
    QHash<QString, std::shared_ptr<VariableStore::UserValues>> m_userValues;
};

} // namespace dialogsmith::runtime
