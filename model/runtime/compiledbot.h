#pragma once

// What BotRuntime compiles from a bot once, for its conversations (private to the runtime).
// A CompiledBot never changes once built: runtimes on several threads may share one
// (BotRuntime::compile()); each gives the scripts to an engine of its own.

#include "bot.h"
#include "intentclassifier.h"
#include "patternmatcher.h"
#include "validation.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace dialogsmith::runtime {

class ScriptHost;

/// An interaction by position: `bot.dialogs[dialog].interactions[interaction]`.
struct InteractionRef
{
    int dialog = -1;
    int interaction = -1;

    bool isValid() const { return dialog >= 0 && interaction >= 0; }
    bool operator==(const InteractionRef &o) const = default;
};

struct CompiledRule
{
    PatternMatcher patterns;  ///< PATTERN rules; also the exclude keywords of REGEX rules
    QRegularExpression regex; ///< REGEX rules
};

struct CompiledInteraction
{
    int preProcess = -1; ///< ScriptHost handles, -1 for no code
    int processUserResponse = -1;
    int postProcess = -1;
    int integration = -1; ///< index in bot.integrations
    QList<CompiledRule> rules;
};

struct CompiledStarter
{
    InteractionRef ref;
    PatternMatcher patterns;
    int intent = -1; ///< index in bot.intents
};

/// A script of the bot by its ScriptHost handle.
struct ScriptSource
{
    QString code;
    QString label;
};

class CompiledBot
{
public:
    /// Compiles `bot`'s scripts into `host`, which has the bot's global functions and no
    /// scripts yet (handles count from 0), and lists what does not compile in `problems`.
    CompiledBot(const document::Bot &bot, ScriptHost &host);

    const document::Bot bot;
    QList<ScriptSource> scripts;       ///< by handle: what another engine declares to run them
    QStringList globalNames;           ///< the top-level names of the bot's global functions
    QList<document::Problem> problems; ///< what did not compile (global functions included)
    QList<QList<CompiledInteraction>> interactions; ///< [dialog][interaction]
    QList<CompiledStarter> starters;                ///< in dialog order
    IntentClassifier classifier;
    QList<int> classifierStarters; ///< classifier intent index → starter index
    int fallbackDialog = -1;
    QList<int> transformScripts; ///< per integration
    QSet<QString> dataVariables; ///< the integrations' response data variables

    const document::Interaction &interaction(InteractionRef ref) const
    {
        return bot.dialogs.at(ref.dialog).interactions.at(ref.interaction);
    }
    const CompiledInteraction &compiled(InteractionRef ref) const
    {
        return interactions.at(ref.dialog).at(ref.interaction);
    }
    InteractionRef byId(const QString &id) const { return m_byId.value(id); }
    /// The interaction named `name`, looked up in `preferredDialog` first.
    InteractionRef byName(const QString &name, int preferredDialog) const;
    int dialogById(const QString &id) const { return m_dialogById.value(id, -1); }

private:
    QHash<QString, InteractionRef> m_byId;
    QHash<QString, int> m_dialogById;
    QMultiHash<QString, InteractionRef> m_byName;
};

} // namespace dialogsmith::runtime
