#pragma once

// Helpers for the runtime tests: bots built in code, a transport that answers in-process, and a
// probe that runs a turn and collects what the bot said.

#include "botruntime.h"
#include "conversation.h"
#include "transport.h"

#include <QEventLoop>
#include <QList>
#include <QTimer>

#include <functional>

namespace dialogsmith::runtime::testing {

using namespace dialogsmith::document;

inline Interaction starter(const QString &name, const QStringList &patterns)
{
    Interaction in = Interaction::create(InteractionType::DialogStarter, name);
    in.patterns = patterns;
    return in;
}

inline Interaction text(const QString &name, const QString &message,
                        const Action &next = Action::next())
{
    Interaction in = Interaction::create(InteractionType::Text, name);
    in.text = message;
    in.setNextAction(next);
    return in;
}

inline Interaction question(const QString &name, const QString &message, QList<Rule> rules,
                            InteractionType type = InteractionType::TextQuestion)
{
    Interaction in = Interaction::create(type, name);
    in.text = message;
    in.rules = std::move(rules);
    return in;
}

inline Rule patternRule(const QStringList &patterns, const Action &action, const QString &name = {})
{
    Rule r;
    r.name = name;
    r.condition = Rule::Condition::Pattern;
    r.patterns = patterns;
    r.action = action;
    return r;
}

inline Rule noMatchRule(const QString &message, const Action &action)
{
    Rule r;
    r.condition = Rule::Condition::NoMatch;
    r.noMatchMessage = message;
    r.action = action;
    return r;
}

inline Dialog dialog(const QString &name, const QList<Interaction> &interactions,
                     DialogType type = DialogType::Dialog)
{
    Dialog d = Dialog::create(name, type);
    d.interactions = interactions;
    return d;
}

inline Bot bot(const QList<Dialog> &dialogs, const QString &globalFunctions = {})
{
    Bot b;
    b.id = QStringLiteral("test-bot");
    b.name = QStringLiteral("Test bot");
    b.dialogs = dialogs;
    b.globalFunctions = globalFunctions;
    return b;
}

/// Answers integration requests and agent transfers in-process (tests of the engine only).
class TestTransport final : public IntegrationTransport, public EscalationTransport
{
public:
    using Handler = std::function<Result<HttpResponse>(const HttpRequest &)>;

    Handler handler = [](const HttpRequest &) {
        return Result<HttpResponse>(HttpResponse{200, {}, "{}"});
    };
    bool escalationSucceeds = true;
    bool asynchronous = false; ///< answer from the event loop rather than at once
    QList<HttpRequest> requests;
    QList<EscalationRequest> escalations;

    void send(const HttpRequest &request, IntegrationTransport::Done done) override
    {
        requests.append(request);
        Result<HttpResponse> result = handler(request);
        if (!asynchronous) {
            done(std::move(result));
            return;
        }
        QTimer::singleShot(0, [done = std::move(done), result]() mutable { done(result); });
    }

    void escalate(const EscalationRequest &request, EscalationTransport::Done done) override
    {
        escalations.append(request);
        Result<void> result = escalationSucceeds
                                      ? Result<void>()
                                      : Result<void>(Error{QStringLiteral("no agent"), {}});
        if (!asynchronous) {
            done(result);
            return;
        }
        QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
    }
};

/// Runs turns of one conversation and keeps what each turn produced.
class Probe
{
public:
    explicit Probe(Conversation *conversation)
        : m_conversation(conversation)
    {
        QObject::connect(conversation, &Conversation::messageSent,
                         [this](const BotMessage &m) { m_messages.append(m); });
        QObject::connect(conversation, &Conversation::eventOccurred,
                         [this](const RuntimeEvent &e) { m_events.append(e); });
    }

    /// Sends `message`, waits for the turn to end and returns the bot's messages (summaries).
    QStringList say(const QString &message, int timeoutMs = 5000)
    {
        return turn([&] { m_conversation->send(message); }, timeoutMs);
    }

    /// Starts dialog `dialogId` (Conversation::startInDialog), waits for the turn to end and
    /// returns the bot's messages; `started` says whether the conversation took it.
    QStringList startIn(const QString &dialogId, bool *started = nullptr, int timeoutMs = 5000)
    {
        return turn(
                [&] {
                    const bool ok = m_conversation->startInDialog(dialogId);
                    if (started)
                        *started = ok;
                },
                timeoutMs);
    }

    template<typename Start>
    QStringList turn(Start start, int timeoutMs)
    {
        m_messages.clear();
        m_events.clear();
        start();
        if (m_conversation->isBusy()) {
            QEventLoop loop;
            QObject::connect(m_conversation, &Conversation::turnFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QStringList out;
        for (const BotMessage &m : std::as_const(m_messages))
            out.append(m.summary());
        return out;
    }

    const QList<BotMessage> &messages() const { return m_messages; }
    const QList<RuntimeEvent> &events() const { return m_events; }
    QList<RuntimeEvent> events(RuntimeEvent::Type type) const
    {
        QList<RuntimeEvent> out;
        for (const RuntimeEvent &e : m_events) {
            if (e.type == type)
                out.append(e);
        }
        return out;
    }
    QStringList errors() const
    {
        QStringList out;
        for (const RuntimeEvent &e : events(RuntimeEvent::Type::Error))
            out.append(e.text);
        return out;
    }
    Conversation &conversation() { return *m_conversation; }

private:
    Conversation *m_conversation;
    QList<BotMessage> m_messages;
    QList<RuntimeEvent> m_events;
};

/// A runtime with one conversation on a test transport.
class Harness
{
public:
    explicit Harness(const Bot &bot, RuntimeOptions options = {},
                     const ConversationOptions &conversationOptions = {})
        : runtime(bot, std::move(options), &transport, &transport)
        , probe(runtime.startConversation(conversationOptions))
    {}

    QStringList say(const QString &message) { return probe.say(message); }
    Conversation &conversation() { return probe.conversation(); }
    QString variable(const QString &name)
    {
        return conversation().variable(name).value_or(QString());
    }

    TestTransport transport;
    BotRuntime runtime;
    Probe probe;
};

} // namespace dialogsmith::runtime::testing
