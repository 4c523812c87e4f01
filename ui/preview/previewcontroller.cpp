#include "previewcontroller.h"

#include "botdocument.h"
#include "botruntime.h"
#include "chatentries.h"
#include "chatmodel.h"
#include "conversation.h"
#include "debuggermodels.h"
#include "previewnetwork.h"
#include "transport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dialogsmith::ui {

using namespace document;
using runtime::BotMessage;
using runtime::RuntimeEvent;

namespace {

// A message delay longer than this is shortened: a typo of 60000 ms should not stall a preview.
constexpr int maxDelayMs = 10000;

RuntimeEvent problemEvent(const Problem &problem, const Bot &bot)
{
    RuntimeEvent e;
    e.type = problem.severity == Problem::Severity::Error ? RuntimeEvent::Type::Error
                                                          : RuntimeEvent::Type::Info;
    e.text = QStringLiteral("%1: %2").arg(describeLocation(bot, problem.location), problem.message);
    e.interactionId = problem.location.interactionId;
    if (const auto [dialog, interaction] = bot.findInteraction(problem.location.interactionId);
        interaction)
        e.interactionName = interaction->name;
    return e;
}

} // namespace

PreviewController::PreviewController(BotDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_network(std::make_unique<PreviewNetwork>())
    , m_debuggerRecord(new DebuggerRecord(this))
    , m_chat(new ChatModel(this))
{
    setObjectName(QStringLiteral("previewController"));
    m_chat->setObjectName(QStringLiteral("previewChat"));
    // The chat, fed before anyone else hears of the conversation.
    connect(this, &PreviewController::conversationStarted, this,
            [this](const QString &description) {
                m_messageEntries.clear();
                m_chat->spendChoices();
                m_chat->appendNotice(tr("New conversation: %1").arg(description));
            });
    connect(this, &PreviewController::cleared, this, [this] {
        m_messageEntries.clear();
        m_chat->clear();
    });
    connect(this, &PreviewController::userMessage, this, [this](const QString &text) {
        m_chat->spendChoices();
        m_chat->appendUser(text);
    });
    connect(this, &PreviewController::botMessage, this,
            [this](const runtime::BotMessage &message, int serial) {
                const quint64 id = m_chat->append(
                        chatEntryFor(message, m_runtime ? m_runtime->bot() : m_document->bot()));
                m_messageEntries.insert(serial, id);
            });
    connect(this, &PreviewController::agentMessage, m_chat,
            [this](const QString &text) { m_chat->appendAgent(text); });
    connect(this, &PreviewController::notice, m_chat,
            [this](const QString &text, bool error) { m_chat->appendNotice(text, error); });
    connect(this, &PreviewController::typingChanged, m_chat, &ChatModel::setTyping);
    m_chat->appendNotice(tr("Type a message to start the preview."));

    connect(m_network.get(), &PreviewNetwork::agentMessage, this,
            &PreviewController::receiveAgentMessage);
    connect(m_network.get(), &PreviewNetwork::notice, this,
            &PreviewController::reportNetworkNotice);
    // A transfer to the local cloud takes the conversation so far along.
    m_network->setHistorySource([this](const QString &conversationId) {
        QJsonArray lines;
        if (conversationId != m_recording.conversationId)
            return lines;
        for (qsizetype i = m_historyStart; i < m_recording.items.size(); ++i) {
            const PreviewRecording::Item &item = m_recording.items.at(i);
            if (item.kind == PreviewRecording::Item::Kind::Agent)
                continue;
            lines.append(QJsonObject{
                    {QStringLiteral("role"), item.kind == PreviewRecording::Item::Kind::User
                                                     ? QStringLiteral("consumer")
                                                     : QStringLiteral("bot")},
                    {QStringLiteral("text"), item.text}});
        }
        return lines;
    });
    m_delayTimer.setSingleShot(true);
    connect(&m_delayTimer, &QTimer::timeout, this, [this] { releaseDue(true); });
    connect(m_document, &BotDocument::changed, this, &PreviewController::documentChanged);
    connect(m_document, &BotDocument::loaded, this, &PreviewController::documentLoaded);
}

PreviewController::~PreviewController()
{
    // Runtimes go before the transports they send through, also those waiting for deleteLater.
    stop();
    qDeleteAll(findChildren<runtime::BotRuntime *>(Qt::FindDirectChildrenOnly));
}

QString PreviewController::userId()
{
    return QStringLiteral("test-user");
}

bool PreviewController::isRunning() const
{
    return m_conversation != nullptr;
}

runtime::Conversation *PreviewController::conversation() const
{
    return m_conversation;
}

bool PreviewController::isIdle() const
{
    return !m_turnActive && m_pending.empty() && (!m_conversation || !m_conversation->isBusy());
}

QString PreviewController::effectiveEnvironment() const
{
    const Bot &bot = m_document->bot();
    if (!m_environment.isEmpty() && bot.environment(m_environment))
        return m_environment;
    return bot.environment(bot.defaultEnvironment) ? bot.defaultEnvironment : QString();
}

void PreviewController::setChannel(runtime::Channel channel, bool restartNow)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    emit channelChanged(channel);
    if (restartNow && isRunning())
        restart();
}

void PreviewController::setEnvironment(const QString &name)
{
    if (name == m_environment)
        return;
    m_environment = name;
    emit environmentChanged(name);
    if (isRunning())
        restart();
}

void PreviewController::setEnvironmentOverrides(const QHash<QString, QString> &values)
{
    m_overrides = values;
}

void PreviewController::setDelaysEnabled(bool enabled)
{
    if (enabled == m_delays)
        return;
    m_delays = enabled;
    if (!enabled)
        flushDelayed();
    emit delaysChanged(enabled);
}

// --- Starting and stopping ----------------------------------------------------------------------

bool PreviewController::ensureRunning()
{
    if (!m_conversation)
        start();
    return m_conversation != nullptr;
}

void PreviewController::restart()
{
    m_startDialogId.clear();
    start();
}

void PreviewController::startFromDialog(const QString &dialogId)
{
    const Dialog *dialog = m_document->dialog(dialogId);
    if (!dialog)
        return;
    m_startDialogId = dialogId;
    start();
    if (!m_conversation)
        return;
    flushDelayed();
    m_path.clear();
    emit pathChanged(m_path);
    m_turnActive = true;
    emit turnStarted(tr("(start in dialog \u201c%1\u201d)").arg(dialog->name));
    QPointer<runtime::Conversation> conversation = m_conversation;
    conversation->startInDialog(dialogId);
    if (conversation == m_conversation) {
        updateTyping();
        checkIdle();
    }
}

void PreviewController::stop()
{
    m_delayTimer.stop();
    m_pending.clear();
    m_turnActive = false;
    m_path.clear();
    if (m_conversation)
        m_conversation->disconnect(this);
    m_conversation = nullptr;
    m_network->forgetConversations();
    if (m_runtime) {
        // Stop() may run inside one of the conversation's signals: delete it from the loop.
        runtime::BotRuntime *old = m_runtime.release();
        old->setParent(this);
        old->deleteLater();
    }
    updateTyping();
}

void PreviewController::start()
{
    stop();
    const Bot &bot = m_document->bot();
    runtime::RuntimeOptions options;
    options.environment = effectiveEnvironment();
    options.environmentOverrides = m_overrides;
    QStringList notes;
    m_network->prepare(bot, m_channel, options, &notes);
    m_runtime = std::make_unique<runtime::BotRuntime>(bot, options, m_network->integrations(),
                                                      m_network->escalations());
    m_network->configureEscalations(*m_runtime, options);
    m_problems = m_runtime->problems();

    runtime::ConversationOptions conversationOptions;
    conversationOptions.channel = m_channel;
    conversationOptions.userId = userId();
    m_conversation = m_runtime->startConversation(conversationOptions);
    m_conversationId = m_conversation->id();
    connect(m_conversation, &runtime::Conversation::messageSent, this,
            &PreviewController::onMessageSent);
    connect(m_conversation, &runtime::Conversation::eventOccurred, this,
            &PreviewController::onEvent);
    connect(m_conversation, &runtime::Conversation::turnFinished, this,
            &PreviewController::onTurnFinished);

    m_serial = 0;
    m_recording = {};
    m_historyStart = 0;
    m_recording.botName = bot.name;
    m_recording.channel = m_channel;
    m_recording.conversationId = m_conversationId;
    const QString environment = options.environment;
    if (!environment.isEmpty() && environment != bot.defaultEnvironment) {
        m_recording.environmentName = environment;
        for (const KeyValue &kv : bot.environment(environment)->values)
            m_recording.environmentValues.insert(kv.key, kv.value);
    }
    m_recording.environmentValues.insert(m_overrides);
    if (const Dialog *d = m_document->dialog(m_startDialogId))
        m_recording.startDialog = d->name;

    if (m_stale) {
        m_stale = false;
        emit staleChanged(false);
    }
    QString description
            = environment.isEmpty()
                      ? tr("%1 \u00b7 %2").arg(bot.name, runtime::channelName(m_channel))
                      : tr("%1 \u00b7 %2 \u00b7 environment %3")
                                .arg(bot.name, runtime::channelName(m_channel), environment);
    if (!m_recording.startDialog.isEmpty())
        description += tr(" \u00b7 starts in \u201c%1\u201d").arg(m_recording.startDialog);
    emit conversationStarted(description);
    emit runningInteractionChanged({});
    emit pathChanged({});

    for (const Problem &p : std::as_const(m_problems))
        emit eventOccurred(problemEvent(p, bot));
    for (const QString &note : std::as_const(notes)) {
        RuntimeEvent e;
        e.type = RuntimeEvent::Type::Info;
        e.text = note;
        emit eventOccurred(e);
    }
}

// --- Turns --------------------------------------------------------------------------------------

void PreviewController::send(const QString &text, const QString &display)
{
    if (!ensureRunning())
        return;
    flushDelayed();
    m_path.clear();
    emit pathChanged(m_path);
    emit userMessage(display.isEmpty() ? text : display);
    m_recording.items.append({PreviewRecording::Item::Kind::User, text});
    m_turnActive = true;
    // The log shows what the bot receives (a quick reply's payload, not its title).
    emit turnStarted(text);
    QPointer<runtime::Conversation> conversation = m_conversation;
    conversation->send(text);
    if (conversation == m_conversation) {
        updateTyping();
        checkIdle();
    }
}

void PreviewController::sendChoice(const runtime::Choice &choice)
{
    send(choice.payload.isEmpty() ? choice.title : choice.payload, choice.title);
}

void PreviewController::reset()
{
    if (!m_conversation) {
        restart();
        return;
    }
    flushDelayed();
    m_conversation->reset();
    m_conversationId = m_conversation->id();
    m_recording.conversationId = m_conversationId;
    // The command a transcript uses for the same thing.
    m_recording.items.append({PreviewRecording::Item::Kind::User, QStringLiteral("reset")});
    m_historyStart = m_recording.items.size();
    m_network->forgetConversations();
    m_path.clear();
    emit pathChanged(m_path);
    emit runningInteractionChanged({});
    emit notice(tr("The conversation was reset."), false);
    emit conversationReset();
    updateTyping();
    checkIdle();
}

void PreviewController::onMessageSent(const BotMessage &message)
{
    m_recording.items.append({PreviewRecording::Item::Kind::Bot, message.summary()});
    Pending pending{message, ++m_serial};
    if (m_pending.empty() && !(m_delays && message.delayMs > 0)) {
        emit botMessage(message, pending.serial);
        return;
    }
    m_pending.push_back(std::move(pending));
    if (!m_delayTimer.isActive())
        releaseDue(false);
}

void PreviewController::releaseDue(bool headDue)
{
    // `headDue`: the head's delay is over. Messages after it without a delay follow at once.
    while (!m_pending.empty()) {
        const int delay = m_delays ? std::min(m_pending.front().message.delayMs, maxDelayMs) : 0;
        if (delay > 0 && !headDue) {
            m_delayTimer.start(delay);
            updateTyping();
            return;
        }
        // Taken off the queue before it is shown: a slot may send (and flush) meanwhile.
        const Pending next = std::move(m_pending.front());
        m_pending.pop_front();
        emit botMessage(next.message, next.serial);
        headDue = false;
    }
    updateTyping();
    checkIdle();
}

void PreviewController::flushDelayed()
{
    m_delayTimer.stop();
    while (!m_pending.empty()) {
        const Pending next = std::move(m_pending.front());
        m_pending.pop_front();
        emit botMessage(next.message, next.serial);
    }
    updateTyping();
}

void PreviewController::onEvent(const RuntimeEvent &event)
{
    if (event.type == RuntimeEvent::Type::InteractionEntered && !event.interactionId.isEmpty()) {
        m_path.append(event.interactionId);
        emit runningInteractionChanged(event.interactionId);
        emit pathChanged(m_path);
    }
    emit eventOccurred(event);
}

void PreviewController::onTurnFinished()
{
    if (!m_conversation || m_conversation->isBusy())
        return;
    if (m_conversation->id() != m_conversationId) {
        // The `reset` command: a new conversation on the same runtime.
        m_conversationId = m_conversation->id();
        m_recording.conversationId = m_conversationId;
        m_network->forgetConversations();
        emit notice(tr("The conversation was reset."), false);
        emit conversationReset();
    }
    emit runningInteractionChanged(m_conversation->waitingInteractionId());
    updateTyping();
    checkIdle();
}

void PreviewController::updateTyping()
{
    const bool typing = m_delayTimer.isActive()
                        || (m_turnActive && m_conversation && m_conversation->isBusy());
    if (typing != m_typing) {
        m_typing = typing;
        emit typingChanged(typing);
    }
}

void PreviewController::checkIdle()
{
    if (!m_turnActive || !m_pending.empty() || (m_conversation && m_conversation->isBusy()))
        return;
    m_turnActive = false;
    updateTyping();
    emit turnFinished();
}

// --- Document and network -----------------------------------------------------------------------

void PreviewController::documentChanged()
{
    if (m_runtime && !m_stale) {
        m_stale = true;
        emit staleChanged(true);
    }
}

void PreviewController::documentLoaded()
{
    // Another bot: what the chat shows belongs to the old one.
    stop();
    m_startDialogId.clear();
    m_overrides.clear();
    if (m_stale) {
        m_stale = false;
        emit staleChanged(false);
    }
    emit cleared();
    emit runningInteractionChanged({});
    emit pathChanged({});
}

void PreviewController::receiveAgentMessage(const QString &conversationId, const QString &text)
{
    if (!m_conversation || conversationId != m_conversation->id())
        return;
    m_recording.items.append({PreviewRecording::Item::Kind::Agent, text});
    emit agentMessage(text);
}

void PreviewController::reportNetworkNotice(const QString &conversationId, const QString &text,
                                            bool error)
{
    if (!conversationId.isEmpty() && (!m_conversation || conversationId != m_conversation->id()))
        return;
    emit notice(text, error);
}

} // namespace dialogsmith::ui
