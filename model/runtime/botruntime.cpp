#include "botruntime.h"

#include "compiledbot.h"
#include "conversation.h"
#include "scripthost.h"

#include <QCoreApplication>
#include <QUuid>

namespace dialogsmith::runtime {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::BotRuntime)
};
} // namespace

using namespace document;

namespace {

QString slotName(CodeSlot slot)
{
    switch (slot) {
    case CodeSlot::PreProcess:
        return QStringLiteral("pre-process");
    case CodeSlot::ProcessUserResponse:
        return QStringLiteral("process user response");
    case CodeSlot::PostProcess:
        return QStringLiteral("post-process");
    }
    return {};
}

} // namespace

QString channelName(Channel channel)
{
    return channel == Channel::Web ? QStringLiteral("web") : QStringLiteral("messaging");
}

std::optional<Channel> channelFromName(const QString &name)
{
    if (name.compare(QLatin1String("web"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("HTMLCLIENT"), Qt::CaseInsensitive) == 0)
        return Channel::Web;
    if (name.compare(QLatin1String("messaging"), Qt::CaseInsensitive) == 0)
        return Channel::Messaging;
    return std::nullopt;
}

CompiledBot::CompiledBot(const Bot &source, ScriptHost &host)
    : bot(source)
{
    globalNames = host.globalNames();
    if (const auto error = host.globalFunctionsError())
        problems.append(
                {Problem::Severity::Error,
                 Text::tr("global functions, line %1: %2").arg(error->line).arg(error->message),
                 {{}, {}, {}, QStringLiteral("global functions")}});
    const auto add = [&](const QString &code, const QString &label) {
        const int handle = host.compile(code, label);
        if (handle >= 0) {
            Q_ASSERT(handle == scripts.size());
            scripts.append({code, label});
        }
        return handle;
    };
    auto compile = [&](const Dialog &d, const Interaction &in, CodeSlot slot) {
        const int handle = add(in.code(slot), QStringLiteral("%1 %2").arg(in.name, slotName(slot)));
        if (const auto error = host.compileError(handle))
            problems.append({Problem::Severity::Error,
                             Text::tr("%1 code, line %2: %3")
                                     .arg(slotName(slot))
                                     .arg(error->line)
                                     .arg(error->message),
                             {d.id, in.id, {}, codeSlotLabel(slot)}});
        return handle;
    };

    for (int i = 0; i < bot.integrations.size(); ++i) {
        const Integration &integration = bot.integrations.at(i);
        const int handle
                = add(integration.transformScript, integration.name + QStringLiteral(" transform"));
        if (const auto error = host.compileError(handle))
            problems.append(
                    {Problem::Severity::Error,
                     Text::tr("transform script, line %1: %2").arg(error->line).arg(error->message),
                     {{}, {}, integration.id, QStringLiteral("transform")}});
        transformScripts.append(handle);
        const QString rdv = integration.responseDataVariable.isEmpty()
                                    ? integration.name
                                    : integration.responseDataVariable;
        if (!rdv.isEmpty())
            dataVariables.insert(rdv);
    }

    QList<QStringList> intentSamples;
    for (int d = 0; d < bot.dialogs.size(); ++d) {
        const Dialog &dialog = bot.dialogs.at(d);
        m_dialogById.insert(dialog.id, d);
        if (fallbackDialog < 0 && dialog.type == DialogType::Fallback && dialog.enabled
            && !dialog.interactions.isEmpty())
            fallbackDialog = d;
        QList<CompiledInteraction> compiledDialog;
        for (int i = 0; i < dialog.interactions.size(); ++i) {
            const Interaction &in = dialog.interactions.at(i);
            const InteractionRef ref{d, i};
            m_byId.insert(in.id, ref);
            m_byName.insert(in.name, ref);

            CompiledInteraction c;
            c.preProcess = compile(dialog, in, CodeSlot::PreProcess);
            c.processUserResponse = compile(dialog, in, CodeSlot::ProcessUserResponse);
            c.postProcess = compile(dialog, in, CodeSlot::PostProcess);
            if (in.type == InteractionType::ApiIntegration) {
                for (int k = 0; k < bot.integrations.size(); ++k) {
                    const Integration &integration = bot.integrations.at(k);
                    if ((!in.integrationId.isEmpty() && integration.id == in.integrationId)
                        || (in.integrationId.isEmpty() && integration.name == in.integrationName)) {
                        c.integration = k;
                        break;
                    }
                }
            }
            for (int r = 0; r < in.rules.size(); ++r) {
                const Rule &rule = in.rules.at(r);
                CompiledRule cr;
                if (rule.condition == Rule::Condition::Pattern) {
                    cr.patterns = PatternMatcher(rule.patterns, rule.excludeKeywords);
                } else if (rule.condition == Rule::Condition::Regex) {
                    cr.patterns = PatternMatcher({}, rule.excludeKeywords);
                    cr.regex = QRegularExpression(rule.regex);
                    if (!cr.regex.isValid())
                        problems.append({Problem::Severity::Error,
                                         Text::tr("rule %1: invalid regular expression: %2")
                                                 .arg(r + 1)
                                                 .arg(cr.regex.errorString()),
                                         {dialog.id, in.id, {}, QStringLiteral("rules")}});
                    cr.regex.optimize();
                }
                c.rules.append(cr);
            }
            compiledDialog.append(c);

            if (in.type == InteractionType::DialogStarter && dialog.enabled && in.enabled
                && dialog.type != DialogType::Fallback) {
                CompiledStarter starter{ref, PatternMatcher(in.patterns, in.excludeKeywords), -1};
                for (int k = 0; k < bot.intents.size(); ++k) {
                    if (!in.intentId.isEmpty() && bot.intents.at(k).id == in.intentId)
                        starter.intent = k;
                }
                if (starter.intent >= 0) {
                    const Intent &intent = bot.intents.at(starter.intent);
                    QStringList samples = intent.samples;
                    if (!in.text.trimmed().isEmpty())
                        samples.append(in.text);
                    // An intent exported without its training phrases still has its name.
                    if (samples.isEmpty())
                        samples.append(intent.name);
                    classifier.addIntent(samples);
                    classifierStarters.append(int(starters.size()));
                }
                starters.append(starter);
            }
        }
        interactions.append(compiledDialog);
    }
    classifier.train();
}

InteractionRef CompiledBot::byName(const QString &name, int preferredDialog) const
{
    InteractionRef found;
    for (auto it = m_byName.constFind(name); it != m_byName.cend() && it.key() == name; ++it) {
        if (it->dialog == preferredDialog)
            return *it;
        // QMultiHash gives the most recent insertion first: keep the first in bot order.
        found = *it;
    }
    return found;
}

BotRuntime::BotRuntime(Bot bot, RuntimeOptions options, IntegrationTransport *integrations,
                       EscalationTransport *escalations, QObject *parent)
    : BotRuntime(std::move(options), integrations, escalations, parent)
{
    m_scripts->setGlobalFunctions(bot.globalFunctions);
    m_compiled = std::make_shared<const CompiledBot>(bot, *m_scripts);
    setUp();
}

BotRuntime::BotRuntime(std::shared_ptr<const CompiledBot> compiled, RuntimeOptions options,
                       IntegrationTransport *integrations, EscalationTransport *escalations,
                       QObject *parent)
    : BotRuntime(std::move(options), integrations, escalations, parent)
{
    Q_ASSERT(compiled);
    m_scripts->setGlobalFunctions(compiled->bot.globalFunctions, compiled->globalNames);
    for (const ScriptSource &script : compiled->scripts)
        m_scripts->declare(script.code, script.label);
    m_compiled = std::move(compiled);
    setUp();
}

BotRuntime::BotRuntime(RuntimeOptions options, IntegrationTransport *integrations,
                       EscalationTransport *escalations, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_integrations(integrations)
    , m_escalations(escalations)
    , m_contextStore(m_options.contextStore ? m_options.contextStore
                                            : std::make_shared<ContextStore>())
    , m_scripts(std::make_unique<ScriptHost>(m_options.scriptBudget, m_options.scriptMemoryLimit))
{}

void BotRuntime::setUp()
{
    const Bot &bot = m_compiled->bot;
    const QString envName
            = m_options.environment.isEmpty() ? bot.defaultEnvironment : m_options.environment;
    if (const Environment *env = bot.environment(envName)) {
        for (const KeyValue &kv : env->values)
            m_environment.insert(kv.key, kv.value);
    } else if (!envName.isEmpty()) {
        m_problems.append({Problem::Severity::Warning,
                           Text::tr("there is no environment \"%1\"").arg(envName),
                           {}});
    }
    for (auto it = m_options.environmentOverrides.cbegin();
         it != m_options.environmentOverrides.cend(); ++it)
        m_environment.insert(it.key(), it.value());
    m_problems.append(m_compiled->problems);
}

std::shared_ptr<const CompiledBot> BotRuntime::compile(const Bot &bot,
                                                       const RuntimeOptions &options)
{
    ScriptHost host(options.scriptBudget, options.scriptMemoryLimit);
    host.setGlobalFunctions(bot.globalFunctions);
    return std::make_shared<const CompiledBot>(bot, host);
}

BotRuntime::~BotRuntime()
{
    // Conversations and user variables hold script values: they go before the engine does.
    qDeleteAll(findChildren<Conversation *>(Qt::FindDirectChildrenOnly));
    m_userValues.clear();
}

const Bot &BotRuntime::bot() const
{
    return m_compiled->bot;
}

Conversation *BotRuntime::startConversation(const ConversationOptions &options)
{
    return new Conversation(this, options);
}

void BotRuntime::forgetUsers()
{
    m_userValues.clear();
    if (!m_options.contextStore)
        m_contextStore = std::make_shared<ContextStore>();
}

bool BotRuntime::builtInsChanged()
{
    return m_scripts->builtInsChanged();
}

std::shared_ptr<VariableStore::UserValues> BotRuntime::userValues(const QString &userId)
{
    std::shared_ptr<VariableStore::UserValues> &values = m_userValues[userId];
    if (!values)
        values = std::make_shared<VariableStore::UserValues>();
    return values;
}

} // namespace dialogsmith::runtime
