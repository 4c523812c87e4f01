#include "conversation.h"

#include "coverage.h"

#include "botruntime.h"
#include "choicematcher.h"
#include "integrationrequest.h"
#include "scripthost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QPointer>
#include <QUrl>
#include <QUuid>

namespace dialogsmith::runtime {

using namespace document;

namespace {

constexpr int maxChainedStatements = 10;
constexpr int maxDialogHops = 5;

const QString blankMessage = QStringLiteral("BLANK_MESSAGE");

/// Marks the conversation's own code as running for the length of a scope.
class RunningScope
{
public:
    explicit RunningScope(bool &flag)
        : m_flag(flag)
        , m_previous(std::exchange(flag, true))
    {}
    ~RunningScope() { m_flag = m_previous; }

private:
    bool &m_flag;
    bool m_previous;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty() || text.trimmed() == blankMessage;
}

/// CB's legacy agent-escalation endpoint, which its preview never calls.
bool isLegacyEscalation(const Integration &integration)
{
    return integration.url.contains(QLatin1String("/botcentral/livePersonAgent"),
                                    Qt::CaseInsensitive);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// A structured card as LivePerson's structured-content JSON, for the channel to render.
QString structuredJson(const BotMessage &m)
{
    QJsonArray elements;
    if (!m.imageUrl.isEmpty())
        elements.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                    {QStringLiteral("url"), m.imageUrl}});
    if (!m.title.isEmpty())
        elements.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), m.title},
                {QStringLiteral("style"), QJsonObject{{QStringLiteral("bold"), true}}}});
    if (!m.subtitle.isEmpty())
        elements.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), m.subtitle}});
    for (const Choice &c : m.choices) {
        const QJsonObject action
                = c.url.isEmpty()
                          ? QJsonObject{{QStringLiteral("type"), QStringLiteral("publishText")},
                                        {QStringLiteral("text"),
                                         c.payload.isEmpty() ? c.title : c.payload}}
                          : QJsonObject{{QStringLiteral("type"), QStringLiteral("link")},
                                        {QStringLiteral("uri"), c.url}};
        elements.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                            {QStringLiteral("title"), c.title},
                            {QStringLiteral("click"),
                             QJsonObject{{QStringLiteral("actions"), QJsonArray{action}}}}});
    }
    const QJsonObject card{{QStringLiteral("type"), QStringLiteral("vertical")},
                           {QStringLiteral("elements"), elements}};
    return QString::fromUtf8(QJsonDocument(card).toJson(QJsonDocument::Compact));
}

StoreScope storeScope(VariableScope scope)
{
    switch (scope) {
    case VariableScope::Request:
        return StoreScope::Request;
    case VariableScope::Dialog:
        return StoreScope::Dialog;
    case VariableScope::Session:
        break;
    }
    return StoreScope::Session;
}

} // namespace

QString Conversation::fallbackText()
{
    return QStringLiteral("Not able to understand your question. Can you please re-phrase it?");
}

QString Conversation::escalationFailedMessage()
{
    return QStringLiteral("__agent_escalation_failed__");
}

QString Conversation::transferFailedText()
{
    return QStringLiteral("Not able to transfer to Agent at this time. Please try later.");
}

Conversation::Conversation(BotRuntime *runtime, const ConversationOptions &options)
    : QObject(runtime)
    , m_runtime(runtime)
    , m_bot(*runtime->m_compiled)
    , m_scripts(*runtime->m_scripts)
    , m_channel(options.channel)
    , m_id(options.conversationId.isEmpty() ? newId() : options.conversationId)
    , m_userId(options.userId.isEmpty() ? newId() : options.userId)
    , m_variables(runtime->userValues(m_userId))
{}

Conversation::~Conversation()
{
    m_runtime->contextStore().dropConversation(m_id);
}

// --- Turns -------------------------------------------------------------------------------------

void Conversation::send(const QString &message)
{
    // Also while turnFinished() is delivered: the next turn never runs inside the last one.
    if (m_turnState != TurnState::Idle) {
        m_queue.append(message);
        return;
    }
    beginTurn(message);
}

void Conversation::prepareTurn()
{
    static const QMetaMethod eventSignal = QMetaMethod::fromSignal(&Conversation::eventOccurred);
    m_turnState = TurnState::Running;
    ++m_turn;
    m_observed = isSignalConnected(eventSignal);
    m_ranScript = false;
    m_chain = 0;
    m_hops = 0;
    m_transferFailure = TransferFailure::None;
    m_cursor = {};
    m_current = {};
}

bool Conversation::startInDialog(const QString &dialogId)
{
    const int dialog = m_bot.dialogById(dialogId);
    if (dialog < 0 || m_turnState != TurnState::Idle)
        return false;
    const RunningScope running(m_running);
    prepareTurn();
    if (m_life != Life::Open)
        start();
    m_userMessage.clear();
    m_quickReplyPayload.clear();
    m_buttonPayload.clear();
    m_starterIntent.clear();
    // As if the dialog's starter had matched: from the starter, or the first interaction.
    InteractionRef entry{dialog, 0};
    for (const CompiledStarter &starter : m_bot.starters) {
        if (starter.ref.dialog == dialog) {
            entry = starter.ref;
            break;
        }
    }
    if (m_bot.bot.dialogs.at(dialog).interactions.isEmpty())
        entry = {};
    if (enterDialog(dialog, false, tr("started here")))
        m_cursor = entry;
    run();
    return true;
}

void Conversation::beginTurn(const QString &message)
{
    const RunningScope running(m_running);
    prepareTurn();

    const QString text = message.trimmed();
    if (text.compare(QLatin1String("reset"), Qt::CaseInsensitive) == 0) {
        restart();
        note(RuntimeEvent::Type::Info, tr("conversation restarted"));
        finishTurn();
        return;
    }
    if (text.compare(QLatin1String("display userid"), Qt::CaseInsensitive) == 0) {
        sendText(QStringLiteral("User ID: ") + m_userId);
        finishTurn();
        return;
    }
    if (m_life != Life::Open)
        start();

    m_userMessage = text;
    m_quickReplyPayload.clear();
    m_buttonPayload.clear();
    pickOfferedChoice();

    Frame *top = m_stack.empty() ? nullptr : &m_stack.back();
    if (!(top && top->waiting && answerQuestion(*top)))
        matchGlobally();
    run();
}

void Conversation::run()
{
    while (m_turnState == TurnState::Running) {
        if (!m_cursor.isValid()) {
            // Once per turn: a dialog that catches the failure and fails again ends it.
            if (m_transferFailure == TransferFailure::Pending) {
                m_transferFailure = TransferFailure::Delivered;
                transferFailed();
                continue;
            }
            if (m_transferFailure == TransferFailure::PendingAgain) {
                m_transferFailure = TransferFailure::Delivered;
                sendText(transferFailedText());
                continue;
            }
            finishTurn();
            return;
        }
        runInteraction(std::exchange(m_cursor, {}));
    }
}

void Conversation::finishTurn()
{
    if (m_ranScript)
        m_scripts.collectImplicitGlobals(m_scope);
    m_variables.endTurn();
    m_turnState = TurnState::Finishing;
    emit turnFinished();
    m_turnState = TurnState::Idle;
    if (!m_queue.isEmpty()) {
        // The next message gets a turn of its own, after observers have seen this one end.
        QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_turnState == TurnState::Idle && !m_queue.isEmpty())
                        beginTurn(m_queue.takeFirst());
                },
                Qt::QueuedConnection);
    }
}

void Conversation::abortTurn(const QString &error, const Interaction *at)
{
    note(RuntimeEvent::Type::Error, error, at);
    m_cursor = {};
    // A dialog stopped half-way cannot go on; one waiting for an answer still can.
    while (!m_stack.empty() && !m_stack.back().waiting) {
        m_variables.endDialog(m_bot.bot.dialogs.at(m_stack.back().dialog).id);
        m_stack.pop_back();
    }
}

void Conversation::start()
{
    if (m_life == Life::Closed)
        restart();
    m_life = Life::Open;
    ScriptOutcome outcome;
    m_scope = m_scripts.newScope(*this, &outcome);
    reportScript(outcome);
    if (m_scripts.hasInitConversation()) {
        m_ranScript = true;
        // As in CB, a failing __initConversation() is logged and the bot carries on.
        reportScript(m_scripts.runInitConversation(*this, m_scope));
    }
}

void Conversation::restart()
{
    m_runtime->contextStore().dropConversation(m_id);
    m_id = newId();
    m_life = Life::NotStarted;
    m_variables.clearConversation();
    m_stack.clear();
    m_offered.clear();
    m_starterIntent.clear();
    m_apiSuccess = false;
    m_apiStatus = 0;
    m_scope = QJSValue();
}

void Conversation::reset()
{
    if (m_running) {
        // Called from one of our signals in the middle of a turn: once the turn is done.
        QMetaObject::invokeMethod(this, &Conversation::reset, Qt::QueuedConnection);
        return;
    }
    const bool wasBusy = isBusy();
    ++m_turn; // answers to requests of the abandoned turn are ignored
    m_queue.clear();
    m_transferFailure = TransferFailure::None;
    m_cursor = {};
    restart();
    m_turnState = TurnState::Idle;
    if (wasBusy)
        emit turnFinished();
}

// --- Matching ----------------------------------------------------------------------------------

void Conversation::pickOfferedChoice()
{
    const QList<Choice> offered = std::exchange(m_offered, {});
    const Choice *picked = nullptr;
    for (const Choice &c : offered) {
        if (c.kind == Choice::Kind::Option || !c.url.isEmpty())
            continue;
        if (m_userMessage.compare(c.title, Qt::CaseInsensitive) == 0
            || (!c.payload.isEmpty()
                && m_userMessage.compare(c.payload, Qt::CaseInsensitive) == 0)) {
            picked = &c;
            break;
        }
    }
    if (!picked) {
        bool isNumber = false;
        const int n = m_userMessage.toInt(&isNumber);
        if (isNumber && n >= 1 && n <= offered.size()
            && offered.at(n - 1).kind != Choice::Kind::Option && offered.at(n - 1).url.isEmpty())
            picked = &offered.at(n - 1);
    }
    if (!picked)
        return;
    const QString value = picked->payload.isEmpty() ? picked->title : picked->payload;
    (picked->kind == Choice::Kind::Button ? m_buttonPayload : m_quickReplyPayload) = value;
    if (observed())
        note(RuntimeEvent::Type::Info,
             tr("picked %1 %2 (payload %3)")
                     .arg(picked->kind == Choice::Kind::Button ? tr("button") : tr("quick reply"),
                          quoted(picked->title), quoted(value)));
    m_userMessage = value;
}

bool Conversation::answerQuestion(Frame &frame)
{
    const InteractionRef ref{frame.dialog, frame.lastSent};
    const Interaction &in = m_bot.interaction(ref);
    const CompiledInteraction &compiled = m_bot.compiled(ref);
    // In list order, NO_MATCH last; the first rule that holds wins.
    int fired = -1;
    for (const bool noMatchPass : {false, true}) {
        for (int r = 0; r < in.rules.size() && fired < 0; ++r) {
            const Rule &rule = in.rules.at(r);
            if ((rule.condition == Rule::Condition::NoMatch) == noMatchPass
                && ruleFires(in, rule, compiled.rules.at(r)))
                fired = r;
        }
    }
    if (fired < 0) {
        if (observed())
            note(RuntimeEvent::Type::Info,
                 tr("no rule of %1 matches: matching the message globally").arg(quoted(in.name)),
                 &in);
        return false;
    }

    const Rule &rule = in.rules.at(fired);
    frame.waiting = false;
    beginInteraction(ref);
    if (m_coverage)
        m_coverage->rules.insert(CoverageRecorder::ruleKey(in.id, fired));
    if (observed())
        note(RuntimeEvent::Type::RuleEvaluated,
             tr("rule %1 fired: %2")
                     .arg(quoted(rule.name.isEmpty() ? QString::number(fired + 1) : rule.name),
                          rule.action.describe()),
             &in);
    applyAssignments(rule);
    if (!runSlot(compiled.processUserResponse))
        return true;
    if (rule.condition == Rule::Condition::NoMatch && !isBlank(rule.noMatchMessage))
        sendText(expand(rule.noMatchMessage));
    leaveInteraction();
    follow(ref, rule.action);
    return true;
}

void Conversation::matchGlobally()
{
    for (const CompiledStarter &starter : m_bot.starters) {
        if (starter.patterns.matches(m_userMessage)) {
            const Interaction &in = m_bot.interaction(starter.ref);
            if (observed()) {
                const int which = starter.patterns.matchingPattern(m_userMessage);
                note(RuntimeEvent::Type::PatternMatched,
                     tr("%1 matches pattern %2 of %3")
                             .arg(quoted(m_userMessage),
                                  quoted(starter.patterns.patterns().value(which)),
                                  quoted(in.name)),
                     &in);
            }
            if (m_coverage)
                m_coverage->starters.insert(in.id);
            m_starterIntent
                    = starter.intent >= 0 ? m_bot.bot.intents.at(starter.intent).name : QString();
            if (enterDialog(starter.ref.dialog, false, QStringLiteral("pattern")))
                m_cursor = starter.ref;
            return;
        }
    }

    if (m_bot.classifier.intentCount() > 0) {
        const IntentClassifier::Match match = m_bot.classifier.classify(m_userMessage);
        const double threshold = m_runtime->options().intentThreshold;
        const CompiledStarter *starter
                = match.intent >= 0 ? &m_bot.starters.at(m_bot.classifierStarters.at(match.intent))
                                    : nullptr;
        const QString intentName = starter ? m_bot.bot.intents.at(starter->intent).name : QString();
        if (observed()) {
            RuntimeEvent e;
            e.type = RuntimeEvent::Type::IntentMatched;
            e.score = match.score;
            e.text = starter ? tr("intent %1 scores %2 (threshold %3)%4")
                                       .arg(quoted(intentName))
                                       .arg(match.score, 0, 'f', 2)
                                       .arg(threshold, 0, 'f', 2)
                                       .arg(match.score >= threshold ? tr(": matched")
                                                                     : tr(": too low"))
                             : tr("no intent scores above 0");
            emit eventOccurred(e);
        }
        if (starter && match.score >= threshold) {
            if (m_coverage)
                m_coverage->starters.insert(m_bot.interaction(starter->ref).id);
            m_starterIntent = intentName;
            if (enterDialog(starter->ref.dialog, false, QStringLiteral("intent")))
                m_cursor = starter->ref;
            return;
        }
    }

    if (m_bot.fallbackDialog >= 0) {
        if (m_coverage)
            m_coverage->fallback = true;
        m_starterIntent.clear();
        if (enterDialog(m_bot.fallbackDialog, false, QStringLiteral("fallback")))
            m_cursor = {m_bot.fallbackDialog, 0};
        return;
    }
    sendText(fallbackText());
}

bool Conversation::ruleFires(const Interaction &in, const Rule &rule, const CompiledRule &compiled)
{
    bool holds = false;
    switch (rule.condition) {
    case Rule::Condition::Always:
    case Rule::Condition::NoMatch:
        holds = true;
        break;
    case Rule::Condition::Pattern:
        holds = compiled.patterns.matches(m_userMessage);
        break;
    case Rule::Condition::Regex:
        holds = compiled.regex.isValid() && compiled.regex.match(m_userMessage).hasMatch()
                && !compiled.patterns.isExcluded(m_userMessage);
        break;
    case Rule::Condition::EvalOption: {
        const int picked = matchChoice(m_userMessage, in.choices);
        holds = picked >= 0
                        ? in.choices.at(picked).trimmed().compare(rule.option.trimmed(),
                                                                  Qt::CaseInsensitive)
                                  == 0
                        : m_userMessage.compare(rule.option.trimmed(), Qt::CaseInsensitive) == 0;
        break;
    }
    case Rule::Condition::ApiResult:
        holds = m_apiSuccess == rule.apiSuccess;
        break;
    case Rule::Condition::Unknown:
        break;
    }
    return holds && variableConditionsHold(rule);
}

bool Conversation::variableConditionsHold(const Rule &rule)
{
    if (rule.variableConditions.isEmpty())
        return true;
    for (const VariableCondition &c : rule.variableConditions) {
        const bool holds = variableCondition(c);
        if (holds && !rule.allVariableConditions)
            return true;
        if (!holds && rule.allVariableConditions)
            return false;
    }
    return rule.allVariableConditions;
}

bool Conversation::variableCondition(const VariableCondition &condition)
{
    // The left side names a variable, or is a template such as "{$userMessage}".
    QString left;
    if (condition.variable.contains(QLatin1Char('{'))) {
        left = expand(condition.variable);
    } else if (const VariableValue *v = m_variables.find(condition.variable)) {
        left = variableText(*v);
    }
    const QString right = expand(condition.value);
    const QString kind = condition.kind.toUpper();
    auto numbers = [&](auto compare) {
        bool okLeft = false;
        bool okRight = false;
        const double l = left.trimmed().toDouble(&okLeft);
        const double r = right.trimmed().toDouble(&okRight);
        return okLeft && okRight && compare(l, r);
    };
    if (kind == QLatin1String("EQUALS") || kind == QLatin1String("EQUAL"))
        return left.compare(right, Qt::CaseInsensitive) == 0;
    if (kind == QLatin1String("NOT_EQUALS") || kind == QLatin1String("NOT_EQUAL"))
        return left.compare(right, Qt::CaseInsensitive) != 0;
    if (kind == QLatin1String("CONTAINS"))
        return left.contains(right, Qt::CaseInsensitive);
    if (kind == QLatin1String("NOT_CONTAINS"))
        return !left.contains(right, Qt::CaseInsensitive);
    if (kind == QLatin1String("STARTS_WITH"))
        return left.startsWith(right, Qt::CaseInsensitive);
    if (kind == QLatin1String("ENDS_WITH"))
        return left.endsWith(right, Qt::CaseInsensitive);
    if (kind == QLatin1String("IS_EMPTY") || kind == QLatin1String("EMPTY"))
        return left.isEmpty();
    if (kind == QLatin1String("IS_NOT_EMPTY") || kind == QLatin1String("NOT_EMPTY"))
        return !left.isEmpty();
    if (kind == QLatin1String("GREATER_THAN"))
        return numbers([](double l, double r) { return l > r; });
    if (kind == QLatin1String("LESS_THAN"))
        return numbers([](double l, double r) { return l < r; });
    if (kind.startsWith(QLatin1String("GREATER_THAN_")))
        return numbers([](double l, double r) { return l >= r; });
    if (kind.startsWith(QLatin1String("LESS_THAN_")))
        return numbers([](double l, double r) { return l <= r; });
    if (kind == QLatin1String("REGEX")) {
        const QRegularExpression re(right);
        return re.isValid() && re.match(left).hasMatch();
    }
    note(RuntimeEvent::Type::Error,
         tr("unknown variable condition %1 on %2: it never holds")
                 .arg(quoted(condition.kind), quoted(condition.variable)));
    return false;
}

// --- Flow --------------------------------------------------------------------------------------

bool Conversation::enterDialog(int dialog, bool replaceTop, const QString &why)
{
    // The dialog a message starts is not a hop; jumps and resumed dialogs are.
    if (replaceTop && ++m_hops > maxDialogHops) {
        abortTurn(tr("loop guard: more than %1 dialog hops in one turn; the turn "
                     "stops at dialog %2")
                          .arg(maxDialogHops)
                          .arg(quoted(m_bot.bot.dialogs.at(dialog).name)));
        return false;
    }
    const QString &dialogId = m_bot.bot.dialogs.at(dialog).id;
    if (replaceTop && !m_stack.empty()) {
        m_variables.endDialog(m_bot.bot.dialogs.at(m_stack.back().dialog).id);
        m_stack.pop_back();
    }
    // A dialog is on the stack once: starting it again moves it to the top, from its start.
    for (auto it = m_stack.begin(); it != m_stack.end();) {
        if (it->dialog == dialog)
            it = m_stack.erase(it);
        else
            ++it;
    }
    m_variables.endDialog(dialogId);
    m_stack.push_back(Frame{dialog});
    m_chain = 0;
    if (observed())
        note(RuntimeEvent::Type::DialogStarted,
             QStringLiteral("%1 (%2)").arg(quoted(m_bot.bot.dialogs.at(dialog).name), why));
    return true;
}

void Conversation::beginInteraction(InteractionRef ref)
{
    m_current = ref;
    m_trigger.clear();
    m_stopped = false;
    m_addedReplies.clear();
    m_delay = m_bot.interaction(ref).delayMs;
}

void Conversation::leaveInteraction()
{
    if (observed())
        note(RuntimeEvent::Type::InteractionLeft, {}, &m_bot.interaction(m_current));
}

void Conversation::runInteraction(InteractionRef ref)
{
    const Interaction &in = m_bot.interaction(ref);
    const CompiledInteraction &compiled = m_bot.compiled(ref);
    if (!in.enabled) {
        if (observed())
            note(RuntimeEvent::Type::Info, tr("%1 is disabled: skipped").arg(quoted(in.name)), &in);
        follow(ref, Action::next());
        return;
    }
    if (!in.waitsForUser() && ++m_chain > maxChainedStatements) {
        abortTurn(tr("loop guard: more than %1 interactions in a row without a "
                     "question in dialog %2; the turn stops at %3")
                          .arg(maxChainedStatements)
                          .arg(quoted(m_bot.bot.dialogs.at(ref.dialog).name), quoted(in.name)),
                  &in);
        return;
    }

    beginInteraction(ref);
    if (m_coverage)
        m_coverage->interactions.insert(in.id);
    if (observed())
        note(RuntimeEvent::Type::InteractionEntered, {}, &in);
    if (!runSlot(compiled.preProcess))
        return;

    if (in.type == InteractionType::ApiIntegration) {
        callIntegration(ref);
        return;
    }
    if (in.type == InteractionType::Escalation) {
        escalate(ref);
        return;
    }

    BotMessage message;
    const bool hasMessage = !m_stopped && buildMessage(in, message);
    if (!m_stopped && !runSlot(compiled.postProcess))
        return;
    if (hasMessage && !m_stopped)
        emitMessage(message);

    Q_ASSERT(!m_stack.empty());
    Frame &frame = m_stack.back();
    if (hasMessage || in.waitsForUser())
        frame.lastSent = ref.interaction;
    if (in.waitsForUser() && m_trigger.isEmpty()) {
        frame.waiting = true;
        return; // the turn ends here; the answer comes with the next message
    }
    leaveInteraction();
    followRules(ref, false);
}

void Conversation::follow(InteractionRef ref, const Action &action)
{
    const Interaction &in = m_bot.interaction(ref);
    if (!m_trigger.isEmpty()) {
        const QString name = std::exchange(m_trigger, {});
        const InteractionRef target = m_bot.byName(name, ref.dialog);
        if (target.isValid()) {
            if (observed())
                note(RuntimeEvent::Type::Info,
                     tr("setTriggerNextMessage: going to %1").arg(quoted(name)), &in);
            goTo(target);
            return;
        }
        note(RuntimeEvent::Type::Error,
             tr("setTriggerNextMessage: there is no interaction named %1; taking "
                "the next action")
                     .arg(quoted(name)),
             &in);
    }

    switch (action.kind) {
    case Action::Kind::Next: {
        const QList<Interaction> &all = m_bot.bot.dialogs.at(ref.dialog).interactions;
        if (ref.interaction + 1 < all.size())
            m_cursor = {ref.dialog, ref.interaction + 1};
        else
            completeDialog();
        return;
    }
    case Action::Kind::End:
    case Action::Kind::CloseDialog:
        completeDialog();
        return;
    case Action::Kind::CloseConversation:
        closeConversation();
        return;
    case Action::Kind::Interaction: {
        const InteractionRef target = m_bot.byId(action.target);
        if (target.isValid()) {
            goTo(target);
            return;
        }
        break;
    }
    case Action::Kind::Dialog: {
        const int dialog = m_bot.dialogById(action.target);
        if (dialog >= 0 && !m_bot.bot.dialogs.at(dialog).interactions.isEmpty()) {
            if (enterDialog(dialog, true, tr("go to dialog")))
                m_cursor = {dialog, 0};
            return;
        }
        break;
    }
    case Action::Kind::Unknown:
        break;
    }
    note(RuntimeEvent::Type::Error,
         tr("the next action (%1) leads nowhere: the dialog ends").arg(action.describe()), &in);
    completeDialog();
}

void Conversation::goTo(InteractionRef target)
{
    if (m_stack.empty() || m_stack.back().dialog != target.dialog) {
        if (!enterDialog(target.dialog, true, tr("go to interaction")))
            return;
    }
    m_cursor = target;
}

void Conversation::completeDialog()
{
    if (m_stack.empty())
        return;
    const Frame done = m_stack.back();
    m_stack.pop_back();
    m_variables.endDialog(m_bot.bot.dialogs.at(done.dialog).id);
    if (observed())
        note(RuntimeEvent::Type::DialogEnded, quoted(m_bot.bot.dialogs.at(done.dialog).name));
    if (m_stack.empty())
        return;

    Frame &below = m_stack.back();
    const VariableValue *skip = m_variables.find(QStringLiteral("skipPreviousDialog"));
    if (skip && !skip->isObject()
        && skip->text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        if (observed())
            note(RuntimeEvent::Type::Info,
                 tr("skipPreviousDialog is 'true': dialog %1 is not resumed")
                         .arg(quoted(m_bot.bot.dialogs.at(below.dialog).name)));
        return;
    }
    if (below.lastSent < 0)
        return;
    if (++m_hops > maxDialogHops) {
        abortTurn(tr("loop guard: more than %1 dialog hops in one turn").arg(maxDialogHops));
        return;
    }
    below.waiting = false;
    m_chain = 0;
    m_cursor = {below.dialog, below.lastSent};
    if (observed())
        note(RuntimeEvent::Type::Info, tr("back to dialog %1: sending %2 again")
                                               .arg(quoted(m_bot.bot.dialogs.at(below.dialog).name),
                                                    quoted(m_bot.interaction(m_cursor).name)));
}

void Conversation::closeConversation()
{
    note(RuntimeEvent::Type::Info, tr("conversation closed: the next message starts a new one"));
    m_stack.clear();
    m_cursor = {};
    m_life = Life::Closed;
}

bool Conversation::runSlot(int handle)
{
    if (handle < 0)
        return true;
    m_ranScript = true;
    const ScriptOutcome outcome = m_scripts.run(handle, *this, m_scope);
    if (outcome.interrupted()) {
        abortTurn(outcome.message, &m_bot.interaction(m_current));
        return false;
    }
    reportScript(outcome);
    return true;
}

void Conversation::reportScript(const ScriptOutcome &outcome)
{
    if (outcome.status != ScriptOutcome::Status::Error && !outcome.interrupted())
        return;
    RuntimeEvent e;
    e.type = RuntimeEvent::Type::Error;
    e.line = outcome.line;
    e.text = outcome.interrupted()
                     ? outcome.message
                     : tr("script error in %1%2: %3")
                               .arg(outcome.location,
                                    outcome.line > 0 ? tr(", line %1").arg(outcome.line)
                                                     : QString(),
                                    outcome.message);
    if (m_current.isValid()) {
        const Interaction &in = m_bot.interaction(m_current);
        e.interactionId = in.id;
        e.interactionName = in.name;
    }
    e.text = redactSecrets(e.text, m_secretsSeen);
    if (m_observed)
        emit eventOccurred(e);
}

void Conversation::applyAssignments(const Rule &rule)
{
    for (const VariableAssignment &a : rule.assignments) {
        if (!a.name.isEmpty())
            setVariable(a.name, VariableValue::fromText(expand(a.value)), storeScope(a.scope));
    }
}

void Conversation::followRules(InteractionRef ref, bool apiResult)
{
    // The first rule that holds: API results, then the next action (which may carry variable
    // conditions and assignments).
    const Interaction &in = m_bot.interaction(ref);
    const CompiledInteraction &compiled = m_bot.compiled(ref);
    for (int r = 0; r < in.rules.size(); ++r) {
        const Rule &rule = in.rules.at(r);
        const bool eligible = rule.condition == Rule::Condition::Always
                              || (apiResult && rule.condition == Rule::Condition::ApiResult);
        if (!eligible || !ruleFires(in, rule, compiled.rules.at(r)))
            continue;
        if (m_coverage)
            m_coverage->rules.insert(CoverageRecorder::ruleKey(in.id, r));
        if (observed() && rule.condition == Rule::Condition::ApiResult)
            note(RuntimeEvent::Type::RuleEvaluated,
                 tr("rule %1 fired: %2")
                         .arg(quoted(rule.name.isEmpty() ? QString::number(r + 1) : rule.name),
                              rule.action.describe()),
                 &in);
        applyAssignments(rule);
        follow(ref, rule.action);
        return;
    }
    follow(ref, Action::next());
}

// --- Content -----------------------------------------------------------------------------------

QString Conversation::expand(const QString &text, TemplateContext context, bool allowSecrets,
                             QStringList *secretNames)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    TemplateLog log;
    const QString out = expandTemplate(text, *this, context, &log, allowSecrets);
    if (secretNames) {
        for (const QString &name : std::as_const(log.secretNames)) {
            if (!secretNames->contains(name))
                secretNames->append(name);
        }
    }
    // Redaction looks for secrets as they appear in the request: escaped for where they went.
    for (const QString &secret : std::as_const(log.secretValues)) {
        m_requestSecrets.append(secret);
        m_requestSecrets.append(escapeTemplateValue(secret, context));
        // An answer may echo a secret back into variables and logs long after its request.
        if (!m_secretsSeen.contains(secret))
            m_secretsSeen.append(secret);
    }
    if (observed()) {
        for (const QString &name : std::as_const(log.unknown))
            note(RuntimeEvent::Type::Info, tr("%1 has no value: it expands to nothing").arg(name),
                 m_current.isValid() ? &m_bot.interaction(m_current) : nullptr);
    }
    return out;
}

bool Conversation::buildMessage(const Interaction &in, BotMessage &m)
{
    m.interactionId = in.id;
    switch (in.type) {
    case InteractionType::DialogStarter:
    case InteractionType::ApiIntegration:
    case InteractionType::Escalation:
        return false;
    case InteractionType::Text:
    case InteractionType::TextQuestion:
        m.text = expand(in.text);
        if (isBlank(m.text))
            return false;
        break;
    case InteractionType::Image:
        m.kind = BotMessage::Kind::Image;
        m.imageUrl = expand(in.imageUrl);
        m.text = isBlank(in.text) ? QString() : expand(in.text);
        break;
    case InteractionType::MultipleChoiceQuestion:
        m.text = isBlank(in.text) ? QString() : expand(in.text);
        for (const QString &option : in.choices) {
            const QString title = expand(option).trimmed();
            m.choices.append({Choice::Kind::Option, title, title, {}});
        }
        break;
    case InteractionType::QuickReply:
        m.text = isBlank(in.text) ? QString() : expand(in.text);
        for (const QuickReply &q : in.quickReplies)
            m.choices.append({Choice::Kind::QuickReply, expand(q.title), expand(q.payload), {}});
        break;
    case InteractionType::Button:
        m.text = expand(in.text.isEmpty() ? in.title : in.text);
        for (const Button &b : in.buttons)
            m.choices.append({Choice::Kind::Button, expand(b.title), expand(b.payload),
                              expand(b.url, TemplateContext::Url)});
        break;
    case InteractionType::Structured:
        m.kind = BotMessage::Kind::Structured;
        m.title = expand(in.title);
        m.subtitle = expand(in.subtitle);
        m.imageUrl = expand(in.imageUrl);
        m.text = isBlank(in.text) ? QString() : expand(in.text);
        for (const Button &b : in.buttons)
            m.choices.append({Choice::Kind::Button, expand(b.title), expand(b.payload),
                              expand(b.url, TemplateContext::Url)});
        m.data = structuredJson(m);
        break;
    case InteractionType::Universal: {
        m.kind = BotMessage::Kind::Universal;
        // A template that is the whole content brings its own JSON; inside JSON, values are
        // string contents and get escaped.
        const QString json = in.universalJson.trimmed();
        const bool whole = json.startsWith(QLatin1String("{$")) && json.endsWith(QLatin1Char('}'))
                           && json.count(QLatin1Char('{')) == 1;
        m.data = expand(json, whole ? TemplateContext::Text : TemplateContext::JsonString);
        if (m.data.trimmed().isEmpty())
            return false;
        break;
    }
    case InteractionType::Unknown:
        if (observed())
            note(RuntimeEvent::Type::Info,
                 tr("interaction type %1 is not supported: nothing sent").arg(quoted(in.typeKey)),
                 &in);
        return false;
    }
    for (const Choice &c : std::as_const(m_addedReplies))
        m.choices.append(c);
    m.delayMs = m_delay;
    return true;
}

void Conversation::emitMessage(BotMessage message)
{
    if (!message.choices.isEmpty())
        m_offered = message.choices;
    emit messageSent(message);
    if (m_observed) {
        RuntimeEvent e;
        e.type = RuntimeEvent::Type::MessageSent;
        e.interactionId = message.interactionId;
        e.message = std::move(message);
        emit eventOccurred(e);
    }
}

void Conversation::sendText(const QString &text)
{
    BotMessage m;
    m.text = text;
    if (m_current.isValid())
        m.interactionId = m_bot.interaction(m_current).id;
    emitMessage(m);
}

// --- Integrations and escalations ---------------------------------------------------------------

Result<HttpRequest> Conversation::buildRequest(const Integration &integration)
{
    QStringList secretNames;
    Result<HttpRequest> request = buildIntegrationRequest(
            integration, *this, [this, &secretNames](const QString &text, TemplateContext context) {
                return expand(text, context, true, &secretNames);
            });
    if (!request)
        return request;
    request->secretNames = secretNames;
    // Checked as Send Test Request checks it: what the templates made of it must hold.
    if (const Result<void> valid = checkIntegrationRequest(*request, m_requestSecrets); !valid)
        return valid.error();
    return request;
}

void Conversation::callIntegration(InteractionRef ref)
{
    const Interaction &in = m_bot.interaction(ref);
    const int index = m_bot.compiled(ref).integration;
    if (m_stopped) {
        finishIntegration(ref);
        return;
    }
    if (index < 0) {
        note(RuntimeEvent::Type::Error,
             tr("integration %1 does not exist: counted as failed")
                     .arg(quoted(in.integrationName.isEmpty() ? in.integrationId
                                                              : in.integrationName)),
             &in);
        m_apiSuccess = false;
        m_apiStatus = 0;
        finishIntegration(ref);
        return;
    }
    const Integration &integration = m_bot.bot.integrations.at(index);
    if (m_channel == Channel::Web && isLegacyEscalation(integration)) {
        note(RuntimeEvent::Type::Escalation,
             tr("%1 posts to the legacy agent-escalation endpoint: not sent in the "
                "web channel, as in Conversation Builder's preview")
                     .arg(quoted(integration.name)),
             &in);
        m_apiSuccess = true;
        m_apiStatus = 0;
        finishIntegration(ref);
        return;
    }

    m_requestSecrets.clear();
    const Result<HttpRequest> built = buildRequest(integration);
    if (!built) {
        // Nothing goes out: the request fails as if the transport had refused it.
        handleIntegrationResult(Error{QStringLiteral("not sent: ") + built.error().message, {}});
        return;
    }
    const HttpRequest &request = *built;
    if (observed()) {
        RuntimeEvent e;
        e.type = RuntimeEvent::Type::Request;
        e.detail = describeRequest(request, m_requestSecrets);
        e.text = QStringLiteral("%1: %2").arg(quoted(integration.name),
                                              e.detail.section(QLatin1Char('\n'), 0, 0));
        e.interactionId = in.id;
        e.interactionName = in.name;
        emit eventOccurred(e);
    }
    if (m_ranScript)
        m_scripts.collectImplicitGlobals(m_scope); // other conversations run while we wait

    m_turnState = TurnState::WaitingForIntegration;
    const quint64 turn = m_turn;
    m_inTransport = true;
    m_runtime->m_integrations->send(
            request, [self = QPointer<Conversation>(this), turn](Result<HttpResponse> result) {
                if (self)
                    self->integrationDone(turn, std::move(result));
            });
    m_inTransport = false;
    if (m_syncResponse)
        handleIntegrationResult(*std::exchange(m_syncResponse, std::nullopt));
}

void Conversation::integrationDone(quint64 turn, Result<HttpResponse> result)
{
    if (turn != m_turn || m_turnState != TurnState::WaitingForIntegration)
        return; // the turn was abandoned (reset)
    if (m_inTransport) {
        m_syncResponse = std::move(result);
        return;
    }
    const RunningScope running(m_running);
    handleIntegrationResult(result);
    run();
}

void Conversation::handleIntegrationResult(const Result<HttpResponse> &result)
{
    m_turnState = TurnState::Running;
    const InteractionRef ref = m_current;
    const Interaction &in = m_bot.interaction(ref);
    const int index = m_bot.compiled(ref).integration;
    const Integration &integration = m_bot.bot.integrations.at(index);
    const QString rdv = resultVariableName(integration);

    // The legacy escalation integration is how CB bots hand over to an agent.
    const bool transfer = m_channel == Channel::Messaging && isLegacyEscalation(integration);
    if (!result) {
        m_apiSuccess = false;
        m_apiStatus = 0;
        setTransferFailed(transfer);
        // The message may quote the URL or the server: no secret shows.
        note(RuntimeEvent::Type::Error,
             tr("integration %1 failed: %2")
                     .arg(quoted(integration.name),
                          redactSecrets(result.error().message, m_requestSecrets)),
             &in);
        finishIntegration(ref);
        return;
    }

    const HttpResponse &response = *result;
    m_apiStatus = response.status;
    m_apiSuccess = response.status >= 200 && response.status < 300;
    setTransferFailed(transfer && !m_apiSuccess);
    if (observed()) {
        RuntimeEvent e;
        e.type = RuntimeEvent::Type::Response;
        e.text = tr("%1 answered HTTP %2").arg(quoted(integration.name)).arg(response.status);
        e.detail = describeResponse(response, m_requestSecrets + m_secretsSeen);
        e.interactionId = in.id;
        e.interactionName = in.name;
        emit eventOccurred(e);
    }
    if (!m_apiSuccess)
        note(RuntimeEvent::Type::Error,
             tr("integration %1 failed: %2")
                     .arg(quoted(integration.name),
                          describeHttpFailure(response, m_requestSecrets)),
             &in);

    // CB keeps the result as `api_<RDV>`: an object whose `jsonData` is {"api_<RDV>": body}.
    const QString key = QStringLiteral("api_") + rdv;
    QJSValue object = m_scripts.engine().newObject();
    object.setProperty(QStringLiteral("jsonData"), apiResultJson(rdv, response.body));
    setVariable(key, {{}, object}, StoreScope::Session);
    setVariable(key + QStringLiteral("Status"),
                VariableValue::fromText(QString::number(response.status)), StoreScope::Session);

    if (m_apiSuccess) {
        const int transform = m_bot.transformScripts.value(index, -1);
        if (!runSlot(transform))
            return;
        storeDataFields(integration, rdv);
    }
    finishIntegration(ref);
}

void Conversation::storeDataFields(const Integration &integration, const QString &rdv)
{
    if (integration.customDataFields.isEmpty())
        return;
    QString json;
    if (const VariableValue *v = m_variables.find(QStringLiteral("api_") + rdv))
        json = v->isObject() ? m_scripts.memberText(v->object, {QStringLiteral("jsonData")})
                                       .value_or(QString())
                             : v->text;
    for (const DataFieldValue &field : readDataFields(integration, json)) {
        if (!field.ok) {
            note(RuntimeEvent::Type::Error, tr("custom data field %1: cannot read the path %2")
                                                    .arg(quoted(field.field), quoted(field.path)));
            continue;
        }
        setVariable(rdv + QLatin1Char('.') + field.field, VariableValue::fromText(field.value),
                    StoreScope::Session);
    }
}

void Conversation::finishIntegration(InteractionRef ref)
{
    if (m_coverage) {
        const QString &id = m_bot.interaction(ref).id;
        (m_apiSuccess ? m_coverage->integrationSuccess : m_coverage->integrationFailure).insert(id);
    }
    const CompiledInteraction &compiled = m_bot.compiled(ref);
    if (!m_stopped && !runSlot(compiled.postProcess))
        return;
    m_stack.back().lastSent = ref.interaction;
    leaveInteraction();
    followRules(ref, true);
}

void Conversation::escalate(InteractionRef ref)
{
    const Interaction &in = m_bot.interaction(ref);
    const QString message = expand(in.text);
    if (!m_stopped && !isBlank(message)) {
        BotMessage m;
        m.text = message;
        m.interactionId = in.id;
        m.delayMs = m_delay;
        emitMessage(m);
    }
    if (!m_stopped && !runSlot(m_bot.compiled(ref).postProcess))
        return;
    m_stack.back().lastSent = ref.interaction;

    EscalationRequest request;
    request.skillId = expand(in.skillId);
    request.skillName = expand(in.skillName);
    request.message = isBlank(message) ? QString() : message;
    request.conversationId = m_id;
    request.userId = m_userId;
    request.botId = m_bot.bot.id;
    const QString skill = request.skillName.isEmpty() ? request.skillId : request.skillName;
    if (m_stopped || m_channel == Channel::Web) {
        if (!m_stopped)
            note(RuntimeEvent::Type::Escalation,
                 tr("transfer to skill %1: not sent in the web channel, as in "
                    "Conversation Builder's preview")
                         .arg(quoted(skill)),
                 &in);
        leaveInteraction();
        followRules(ref, false);
        return;
    }
    note(RuntimeEvent::Type::Escalation, tr("transfer to skill %1 requested").arg(quoted(skill)),
         &in);
    if (m_ranScript)
        m_scripts.collectImplicitGlobals(m_scope);
    m_turnState = TurnState::WaitingForEscalation;
    const quint64 turn = m_turn;
    m_inTransport = true;
    m_runtime->m_escalations->escalate(
            request, [self = QPointer<Conversation>(this), turn](Result<void> result) {
                if (self)
                    self->escalationDone(turn, std::move(result));
            });
    m_inTransport = false;
    if (m_syncEscalation)
        handleEscalationResult(*std::exchange(m_syncEscalation, std::nullopt));
}

void Conversation::escalationDone(quint64 turn, Result<void> result)
{
    if (turn != m_turn || m_turnState != TurnState::WaitingForEscalation)
        return;
    if (m_inTransport) {
        m_syncEscalation = std::move(result);
        return;
    }
    const RunningScope running(m_running);
    handleEscalationResult(result);
    run();
}

void Conversation::handleEscalationResult(const Result<void> &result)
{
    m_turnState = TurnState::Running;
    const InteractionRef ref = m_current;
    const Interaction &in = m_bot.interaction(ref);
    if (result) {
        note(RuntimeEvent::Type::Escalation, tr("transfer accepted"), &in);
    } else {
        note(RuntimeEvent::Type::Error, tr("agent transfer failed: ") + result.error().message,
             &in);
        setTransferFailed(true);
    }
    leaveInteraction();
    followRules(ref, false);
}

void Conversation::setTransferFailed(bool failed)
{
    switch (m_transferFailure) {
    case TransferFailure::None:
    case TransferFailure::Pending:
        m_transferFailure = failed ? TransferFailure::Pending : TransferFailure::None;
        break;
    case TransferFailure::Delivered:
    case TransferFailure::PendingAgain:
        m_transferFailure = failed ? TransferFailure::PendingAgain : TransferFailure::Delivered;
        break;
    }
}

void Conversation::transferFailed()
{
    m_userMessage = escalationFailedMessage();
    m_quickReplyPayload.clear();
    m_buttonPayload.clear();
    note(RuntimeEvent::Type::Escalation,
         tr("the agent transfer failed: the bot receives %1").arg(quoted(m_userMessage)));
    // Only a starter pattern that names the message catches it: `*agent*` must not start the
    // very transfer that failed again, and the fallback dialog would say "did not get that".
    for (const CompiledStarter &starter : m_bot.starters) {
        const QStringList &patterns = starter.patterns.patterns();
        const bool names
                = std::any_of(patterns.cbegin(), patterns.cend(), [this](const QString &p) {
                      return p.contains(m_userMessage, Qt::CaseInsensitive);
                  });
        if (!names || !starter.patterns.matches(m_userMessage))
            continue;
        m_starterIntent.clear();
        if (enterDialog(starter.ref.dialog, false, tr("failed agent transfer")))
            m_cursor = starter.ref;
        return;
    }
    sendText(transferFailedText());
}

// --- Variables and events -----------------------------------------------------------------------

QString Conversation::variableText(const VariableValue &value) const
{
    return value.isObject() ? m_scripts.stringify(value.object) : value.text;
}

void Conversation::setVariable(const QString &name, const VariableValue &value, StoreScope scope)
{
    const QString dialogId = scope == StoreScope::Dialog && !m_stack.empty()
                                     ? m_bot.bot.dialogs.at(m_stack.back().dialog).id
                                     : QString();
    m_variables.set(name, value, scope, dialogId);
    if (observed())
        note(RuntimeEvent::Type::VariableChanged,
             QStringLiteral("%1 = %2 (%3)").arg(name, variableText(value), storeScopeName(scope)));
}

QString Conversation::redacted(const QString &text) const
{
    return m_secretsSeen.isEmpty() ? text : redactSecrets(text, m_secretsSeen);
}

std::optional<QString> Conversation::variable(const QString &name) const
{
    const VariableValue *v = m_variables.find(name);
    if (!v)
        return std::nullopt;
    return variableText(*v);
}

QStringList Conversation::variableNames() const
{
    return m_variables.names();
}

QStringList Conversation::dialogStack() const
{
    QStringList names;
    for (const Frame &f : m_stack)
        names.append(m_bot.bot.dialogs.at(f.dialog).name);
    return names;
}

QString Conversation::waitingInteractionId() const
{
    if (m_stack.empty() || !m_stack.back().waiting)
        return {};
    return m_bot.interaction({m_stack.back().dialog, m_stack.back().lastSent}).id;
}

void Conversation::note(RuntimeEvent::Type type, const QString &text, const Interaction *at)
{
    if (!m_observed)
        return;
    RuntimeEvent e;
    e.type = type;
    e.text = m_secretsSeen.isEmpty() ? text : redactSecrets(text, m_secretsSeen);
    if (at) {
        e.interactionId = at->id;
        e.interactionName = at->name;
    }
    emit eventOccurred(e);
}

// --- ScriptContext ------------------------------------------------------------------------------

QString Conversation::channelName() const
{
    return runtime::channelName(m_channel);
}

QString Conversation::botId() const
{
    return m_bot.bot.id;
}

std::optional<QString> Conversation::environmentValue(const QString &name) const
{
    const auto it = m_runtime->environment().constFind(name);
    if (it == m_runtime->environment().cend())
        return std::nullopt;
    return *it;
}

const VariableValue *Conversation::botVariable(const QString &name) const
{
    return m_variables.find(name);
}

void Conversation::setBotVariable(const QString &name, const VariableValue &value, StoreScope scope)
{
    setVariable(name, value, scope);
}

void Conversation::removeBotVariable(const QString &name)
{
    if (m_variables.remove(name) && observed())
        note(RuntimeEvent::Type::VariableChanged, tr("%1 removed").arg(name));
}

void Conversation::sendMessage(const BotMessage &message)
{
    BotMessage m = message;
    m.delayMs = m_delay;
    if (m_current.isValid())
        m.interactionId = m_bot.interaction(m_current).id;
    emitMessage(std::move(m));
}

void Conversation::addQuickReplies(const QList<Choice> &replies)
{
    m_addedReplies += replies;
}

void Conversation::setTriggerNextMessage(const QString &interactionName)
{
    m_trigger = interactionName;
}

void Conversation::setMessageDelay(int ms)
{
    m_delay = ms;
}

void Conversation::stopInteraction()
{
    m_stopped = true;
}

void Conversation::printDebugMessage(const QString &text)
{
    note(RuntimeEvent::Type::ScriptOutput, text,
         m_current.isValid() ? &m_bot.interaction(m_current) : nullptr);
}

void Conversation::logEvent(const QString &text)
{
    note(RuntimeEvent::Type::Info, text,
         m_current.isValid() ? &m_bot.interaction(m_current) : nullptr);
}

ContextStore &Conversation::contextStore()
{
    return m_runtime->contextStore();
}

QString Conversation::lpEngagementAttribute(const QString &name) const
{
    return m_runtime->options().platform.engagementAttributes.value(name);
}

QJsonObject Conversation::lpCustomerInfo() const
{
    return m_runtime->options().platform.customerInfo;
}

QJsonObject Conversation::lpPersonalInfo() const
{
    return m_runtime->options().platform.personalInfo;
}

QString Conversation::lpAccountId() const
{
    return m_runtime->options().platform.accountId;
}

// --- TemplateScope ------------------------------------------------------------------------------

std::optional<QString> Conversation::resolve(const TemplateRef &ref) const
{
    switch (ref.kind) {
    case TemplateRef::Kind::BotVariable: {
        if (const VariableValue *v = m_variables.find(ref.name))
            return v->isObject() ? m_scripts.text(v->object) : v->text;
        // `{$botContext.a.b}`: member b of the object variable a.
        const qsizetype dot = ref.name.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            const VariableValue *v = m_variables.find(ref.name.left(dot));
            if (v && v->isObject()) {
                if (std::optional<QString> member = m_scripts.memberText(
                            v->object, ref.name.mid(dot + 1).split(QLatin1Char('.'))))
                    return member;
            }
        }
        // The escalation body sends `{$botContext.convId}`: it is the conversation id.
        if (ref.name == QLatin1String("convId"))
            return m_id;
        return std::nullopt;
    }
    case TemplateRef::Kind::Environment:
        return environmentValue(ref.name);
    case TemplateRef::Kind::Secret:
        return m_runtime->options().secret ? m_runtime->options().secret(ref.name) : std::nullopt;
    case TemplateRef::Kind::System:
        if (ref.name == QLatin1String("chatBotId"))
            return m_bot.bot.id;
        if (ref.name == QLatin1String("chatBotUserPlatformId"))
            return m_userId;
        if (ref.name == QLatin1String("conversationId"))
            return m_id;
        return m_userMessage; // userMessage, query
    case TemplateRef::Kind::DataField:
        if (const VariableValue *v = m_variables.find(ref.name))
            return v->isObject() ? m_scripts.text(v->object) : v->text;
        return std::nullopt;
    case TemplateRef::Kind::Unknown:
        break;
    }
    return std::nullopt;
}

bool Conversation::isDataVariable(QStringView name) const
{
    return m_bot.dataVariables.contains(name.toString());
}

} // namespace dialogsmith::runtime
