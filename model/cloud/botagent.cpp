#include "botagent.h"

#include "botruntime.h"
#include "conversation.h"
#include "escalationclient.h"
#include "escalationpresets.h"
#include "httpclient.h"
#include "secrethosts.h"
#include "secretstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace dialogsmith::cloud {

using runtime::BotMessage;
using runtime::Choice;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject textEvent(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("ContentEvent")},
                       {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                       {QStringLiteral("message"), text}};
}

QJsonObject richEvent(const QJsonObject &content)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("RichContentEvent")},
                       {QStringLiteral("content"), content}};
}

/// A choice as a structured-content button: a link opens its URL, anything else sends its
/// payload (or title) back as the consumer's text.
QJsonObject button(const Choice &choice)
{
    const QString payload = choice.payload.isEmpty() ? choice.title : choice.payload;
    QJsonArray actions;
    if (!choice.url.isEmpty()) {
        actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("link")},
                                   {QStringLiteral("name"), choice.title},
                                   {QStringLiteral("uri"), choice.url}});
    } else {
        actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("publishText")},
                                   {QStringLiteral("text"), payload}});
    }
    return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("button")},
            {QStringLiteral("title"), choice.title},
            {QStringLiteral("tooltip"), choice.title},
            {QStringLiteral("click"), QJsonObject{{QStringLiteral("actions"), actions}}}};
}

QJsonObject quickReplies(const QList<Choice> &choices)
{
    QJsonArray replies;
    for (const Choice &c : choices) {
        QJsonObject b = button(c);
        const QString payload = c.payload.isEmpty() ? c.title : c.payload;
        QJsonObject click = b.value(QLatin1String("click")).toObject();
        click.insert(QStringLiteral("metadata"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ExternalId")},
                                            {QStringLiteral("id"), payload}}});
        b.insert(QStringLiteral("click"), click);
        replies.append(b);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("quickReplies")},
                       {QStringLiteral("itemsPerRow"), 8},
                       {QStringLiteral("replies"), replies}};
}

QJsonObject textElement(const QString &text, bool bold = false)
{
    QJsonObject t{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
    if (bold)
        t.insert(QStringLiteral("style"), QJsonObject{{QStringLiteral("bold"), true}});
    return t;
}

/// What LivePerson's messaging shows for a bot message: text (with quick replies), or
/// structured content (a vertical card) for buttons, options, images and cards.
QJsonObject lpEvent(const BotMessage &m)
{
    QList<Choice> quick;
    QList<Choice> buttons;
    for (const Choice &c : m.choices)
        (c.kind == Choice::Kind::QuickReply ? quick : buttons).append(c);

    QJsonArray elements;
    switch (m.kind) {
    case BotMessage::Kind::Text:
        if (buttons.isEmpty()) {
            QJsonObject e = textEvent(m.text);
            if (!quick.isEmpty())
                e.insert(QStringLiteral("quickReplies"), quickReplies(quick));
            return e;
        }
        elements.append(textElement(m.text));
        break;
    case BotMessage::Kind::Image:
        elements.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                    {QStringLiteral("url"), m.imageUrl},
                                    {QStringLiteral("caption"), m.text}});
        if (!m.text.isEmpty())
            elements.append(textElement(m.text));
        break;
    case BotMessage::Kind::Structured:
    case BotMessage::Kind::Universal: {
        // Content that already is LivePerson structured content goes as it is.
        const QJsonObject data = QJsonDocument::fromJson(m.data.toUtf8()).object();
        if (data.contains(QLatin1String("type")) && data.contains(QLatin1String("elements")))
            return richEvent(data);
        if (m.kind == BotMessage::Kind::Universal)
            return textEvent(m.summary());
        if (!m.imageUrl.isEmpty()) {
            elements.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                        {QStringLiteral("url"), m.imageUrl}});
        }
        if (!m.title.isEmpty())
            elements.append(textElement(m.title, true));
        if (!m.subtitle.isEmpty())
            elements.append(textElement(m.subtitle));
        if (!m.text.isEmpty() && m.text != m.title)
            elements.append(textElement(m.text));
        break;
    }
    }
    for (const Choice &c : std::as_const(buttons))
        elements.append(button(c));
    QJsonObject event = richEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("vertical")},
                                              {QStringLiteral("elements"), elements}});
    if (!quick.isEmpty())
        event.insert(QStringLiteral("quickReplies"), quickReplies(quick));
    return event;
}

} // namespace

/// One conversation the bot is in.
struct BotAgent::Chat
{
    struct Outgoing
    {
        QJsonObject event;
        qint64 due = 0;
        bool typingSent = false;
    };

    QString id;
    QPointer<runtime::Conversation> conversation;
    qint64 lastSeq = 0;          ///< the highest sequence the bot has seen
    bool syncing = false;        ///< a QueryMessages is on its way
    QList<QJsonObject> held;     ///< live events that came while syncing
    std::deque<Outgoing> outbox; ///< bot messages waiting for their delay
    qint64 lastDue = 0;
    int inFlight = 0; ///< published, not answered yet
    QTimer *timer = nullptr;
    QList<std::function<void()>> whenSent;

    bool idle() const { return outbox.empty() && inFlight == 0; }
};

/// The runtime's transports: integrations and transfers over HTTP, a transfer only after the
/// bot's messages before it are published (so the consumer reads them in order).
class BotAgent::Transport final : public runtime::IntegrationTransport,
                                  public runtime::EscalationTransport
{
public:
    explicit Transport(BotAgent &agent)
        : m_agent(agent)
    {}

    void send(const runtime::HttpRequest &request, IntegrationTransport::Done done) override
    {
        if (!network::isEscalationEndpoint(QUrl(request.url))) {
            m_agent.m_http->send(request, std::move(done));
            return;
        }
        const QString conversation = QJsonDocument::fromJson(request.body)
                                             .object()
                                             .value(QLatin1String("conversationId"))
                                             .toString();
        QPointer<BotAgent> agent(&m_agent);
        m_agent.whenSent(conversation, [agent, request, done = std::move(done)]() mutable {
            if (agent)
                agent->m_http->send(request, std::move(done));
        });
    }

    void escalate(const runtime::EscalationRequest &request,
                  EscalationTransport::Done done) override
    {
        QPointer<BotAgent> agent(&m_agent);
        m_agent.whenSent(request.conversationId,
                         [agent, request, done = std::move(done)]() mutable {
                             if (agent)
                                 agent->m_escalations->escalate(request, std::move(done));
                         });
    }

private:
    BotAgent &m_agent;
};

QString BotAgent::statusName(Status status)
{
    switch (status) {
    case Status::Offline:
        return QStringLiteral("offline");
    case Status::Starting:
        return QStringLiteral("starting");
    case Status::Online:
        return QStringLiteral("online");
    case Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

BotAgent::BotAgent(BotAgentSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_network(new QNetworkAccessManager(this))
    , m_http(std::make_unique<network::HttpClient>())
{
    qRegisterMetaType<Status>();
    m_http->setPinnedCertificates(m_setup.endpoint.pinned);
    if (!m_setup.secretHosts) {
        m_secretStore = std::make_unique<network::SecretStore>();
        m_secretHosts = std::make_unique<network::SecretHostPolicy>(m_secretStore.get());
        m_secretHosts->allowForRun(m_setup.endpoint.csdsDomain);
    }
    m_http->setSecretPolicy(m_setup.secretHosts ? m_setup.secretHosts : m_secretHosts.get());
    m_transport = std::make_unique<Transport>(*this);
    m_runtime = std::make_unique<runtime::BotRuntime>(m_setup.bot, m_setup.runtime,
                                                      m_transport.get(), m_transport.get());
    m_escalations = std::make_unique<network::EscalationClient>(
            *m_http,
            network::escalationTargetFor(m_runtime->environment(), m_setup.runtime.secret));
}

BotAgent::~BotAgent()
{
    // Conversations go before the runtime and its transports.
    for (const auto &chat : std::as_const(m_chats))
        delete chat->conversation.data();
    m_chats.clear();
    m_runtime.reset();
}

void BotAgent::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_error == error)
        return;
    m_status = status;
    m_error = error;
    emit statusChanged(status, error);
}

void BotAgent::start()
{
    if (m_status == Status::Starting || m_status == Status::Online)
        return;
    m_stopping = false;
    setStatus(Status::Starting);
    delete m_client;
    m_client = new AgentClient(m_setup.endpoint, m_setup.credentials, m_network, this);
    m_reconciled = false;
    m_subscription.clear();
    m_setupAnswers = 0;
    connect(m_client, &AgentClient::connectedToCloud, this, &BotAgent::connected);
    connect(m_client, &MessagingClient::failed, this,
            [this](const QString &sentence) { setStatus(Status::Error, sentence); });
    connect(m_client, &MessagingClient::notification, this, &BotAgent::notified);
    connect(m_client, &MessagingClient::disconnected, this,
            [this](int code, const QString &reason) {
                if (m_stopping || m_status != Status::Online)
                    return;
                // The cloud went away or ended the login: say so; a new start() logs in again.
                setStatus(Status::Error,
                          code == 4401 ? tr("the cloud ended the login (%1)").arg(reason)
                                       : tr("the connection to the cloud closed (%1)")
                                                 .arg(reason.isEmpty() ? QString::number(code)
                                                                       : reason));
            });
    m_client->connectToCloud();
}

void BotAgent::stop()
{
    if (!m_client) {
        setStatus(Status::Offline);
        return;
    }
    m_stopping = true;
    AgentClient *client = m_client;
    m_client = nullptr;
    client->disconnect(this);
    const auto finish = [this, client] {
        client->disconnectFromCloud();
        client->deleteLater();
        setStatus(Status::Offline);
    };
    if (client->isConnected())
        client->setAgentState(QStringLiteral("OFFLINE"),
                              [finish](int, const QJsonValue &) { finish(); });
    else
        finish();
}

void BotAgent::connected()
{
    if (m_client->userTypeId() != 2) {
        const QString sentence = tr("%1 is not a Bot user: a bot agent logs in as a Bot user with "
                                    "its API key")
                                         .arg(m_setup.credentials.loginName);
        m_stopping = true;
        m_client->disconnectFromCloud();
        setStatus(Status::Error, sentence);
        return;
    }
    for (const auto &chat : std::as_const(m_chats))
        chat->syncing = false;
    const auto answered = [this](const QString &what) {
        return [this, what](int code, const QJsonValue &body) {
            if (code != 200) {
                setStatus(Status::Error,
                          tr("the cloud refused %1: %2")
                                  .arg(what,
                                       body.toObject().value(QLatin1String("message")).toString()));
                return;
            }
            if (++m_setupAnswers == 3) {
                setStatus(Status::Online);
                // What the bot said while it was away goes out now.
                const QStringList ids = m_chats.keys();
                for (const QString &id : ids)
                    pump(id);
            }
        };
    };
    m_client->setAgentState(QStringLiteral("ONLINE"), answered(tr("going online")));
    m_client->subscribeExConversations(
            QJsonObject{{QStringLiteral("agentIds"), QJsonArray{m_client->userPid()}},
                        {QStringLiteral("convState"), QJsonArray{QStringLiteral("OPEN")}}},
            [this, done = answered(tr("the conversation subscription"))](int code,
                                                                         const QJsonValue &body) {
                m_subscription = body.toObject().value(QLatin1String("subscriptionId")).toString();
                done(code, body);
            });
    m_client->subscribeRoutingTasks(answered(tr("the routing subscription")));
}

void BotAgent::notified(const QString &type, const QJsonObject &body)
{
    if (type == QLatin1String(".ams.ms.OnlineEventDistribution")) {
        eventArrived(body);
    } else if (type == QLatin1String(".ams.routing.RoutingTaskNotification")) {
        for (const QJsonValue &v : body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject result = v.toObject().value(QLatin1String("result")).toObject();
            for (const QJsonValue &r : result.value(QLatin1String("ringsDetails")).toArray()) {
                const QJsonObject ring = r.toObject();
                if (ring.value(QLatin1String("ringState")).toString() == QLatin1String("WAITING"))
                    m_client->updateRingState(ring.value(QLatin1String("ringId")).toString(), true);
            }
        }
    } else if (type == QLatin1String(".ams.aam.ExConversationChangeNotification")) {
        conversationsChanged(body);
    }
}

void BotAgent::conversationsChanged(const QJsonObject &body)
{
    const QString me = m_client ? m_client->oldAgentId() : QString();
    QSet<QString> listed;
    for (const QJsonValue &v : body.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = v.toObject();
        const QJsonObject result = change.value(QLatin1String("result")).toObject();
        const QString id = result.value(QLatin1String("convId")).toString();
        const QJsonObject details = result.value(QLatin1String("conversationDetails")).toObject();
        const QJsonObject participants = details.value(QLatin1String("participants")).toObject();
        const bool mine = participants.value(QLatin1String("ASSIGNED_AGENT"))
                                  .toArray()
                                  .contains(QJsonValue(me));
        const bool open = details.value(QLatin1String("state")).toString() == QLatin1String("OPEN");
        if (change.value(QLatin1String("type")).toString() == QLatin1String("DELETE") || !mine
            || !open) {
            drop(id);
            continue;
        }
        listed.insert(id);
        const QString consumer
                = participants.value(QLatin1String("CONSUMER")).toArray().first().toString();
        const bool known = m_chats.contains(id);
        Chat &chat = chatFor(id, consumer);
        if (!known || !chat.syncing)
            sync(id);
    }
    // The first notification of a subscription lists every conversation the bot is in: what it
    // held before and is not listed any more was closed or transferred while it was away.
    if (!m_reconciled && body.value(QLatin1String("subscriptionId")).toString() == m_subscription) {
        m_reconciled = true;
        const QStringList ids = m_chats.keys();
        for (const QString &id : ids) {
            if (!listed.contains(id))
                drop(id);
        }
    }
}

BotAgent::Chat &BotAgent::chatFor(const QString &conversationId, const QString &consumerId)
{
    auto it = m_chats.find(conversationId);
    if (it != m_chats.end())
        return **it;
    auto chat = std::make_shared<Chat>();
    chat->id = conversationId;
    chat->timer = new QTimer(this);
    chat->timer->setSingleShot(true);
    connect(chat->timer, &QTimer::timeout, this, [this, conversationId] { pump(conversationId); });
    runtime::ConversationOptions options;
    options.channel = runtime::Channel::Messaging;
    options.conversationId = conversationId;
    options.userId = consumerId;
    runtime::Conversation *conversation = m_runtime->startConversation(options);
    chat->conversation = conversation;
    connect(conversation, &runtime::Conversation::messageSent, this,
            [this, conversationId](const BotMessage &message) { say(conversationId, message); });
    connect(conversation, &runtime::Conversation::eventOccurred, this,
            [this, conversationId](const runtime::RuntimeEvent &event) {
                if (event.type != runtime::RuntimeEvent::Type::Error)
                    return;
                emit activity(
                        QJsonObject{{QStringLiteral("event"), QStringLiteral("bot-error")},
                                    {QStringLiteral("account"), m_setup.credentials.accountId},
                                    {QStringLiteral("loginName"), m_setup.credentials.loginName},
                                    {QStringLiteral("conversationId"), conversationId},
                                    {QStringLiteral("text"), event.describe()}});
            });
    m_chats.insert(conversationId, chat);
    emit conversationCountChanged(int(m_chats.size()));
    return *chat;
}

void BotAgent::drop(const QString &conversationId)
{
    const std::shared_ptr<Chat> chat = m_chats.take(conversationId);
    if (!chat)
        return;
    emit conversationCountChanged(int(m_chats.size()));
    delete chat->timer;
    // A transfer waiting for the bot's messages goes on; the cloud tells it what it thinks.
    for (const auto &then : std::as_const(chat->whenSent))
        then();
    if (chat->conversation)
        chat->conversation->deleteLater();
}

void BotAgent::sync(const QString &conversationId)
{
    auto it = m_chats.find(conversationId);
    if (it == m_chats.end() || !m_client)
        return;
    Chat &chat = **it;
    chat.syncing = true;
    m_client->queryMessages(
            conversationId, chat.lastSeq, [this, conversationId](int code, const QJsonValue &body) {
                auto found = m_chats.find(conversationId);
                if (found == m_chats.end())
                    return;
                Chat &c = **found;
                c.syncing = false;
                QList<QJsonObject> events;
                if (code == 200) {
                    for (const QJsonValue &v : body.toArray())
                        events.append(v.toObject());
                }
                events.append(c.held);
                c.held.clear();
                std::sort(events.begin(), events.end(),
                          [](const QJsonObject &a, const QJsonObject &b) {
                              return a.value(QLatin1String("sequence")).toInteger()
                                     < b.value(QLatin1String("sequence")).toInteger();
                          });
                for (const QJsonObject &e : std::as_const(events))
                    take(c, e);
            });
}

void BotAgent::eventArrived(const QJsonObject &change)
{
    const auto it = m_chats.find(change.value(QLatin1String("dialogId")).toString());
    if (it == m_chats.end())
        return;
    Chat &chat = **it;
    if (chat.syncing)
        chat.held.append(change);
    else
        take(chat, change);
}

void BotAgent::take(Chat &chat, const QJsonObject &change)
{
    if (!change.contains(QLatin1String("sequence")))
        return; // chat state: nothing for the bot
    const qint64 seq = change.value(QLatin1String("sequence")).toInteger();
    if (seq <= chat.lastSeq)
        return;
    chat.lastSeq = seq;
    const QString role = change.value(QLatin1String("originatorMetadata"))
                                 .toObject()
                                 .value(QLatin1String("role"))
                                 .toString();
    const QJsonObject event = change.value(QLatin1String("event")).toObject();
    if (role != QLatin1String("CONSUMER")
        || event.value(QLatin1String("type")).toString() != QLatin1String("ContentEvent"))
        return;
    if (chat.conversation)
        chat.conversation->send(event.value(QLatin1String("message")).toString());
}

void BotAgent::say(const QString &conversationId, const BotMessage &message)
{
    auto it = m_chats.find(conversationId);
    if (it == m_chats.end())
        return;
    Chat &chat = **it;
    const qint64 start = std::max(now(), chat.lastDue);
    chat.lastDue = start + std::max(0, message.delayMs);
    chat.outbox.push_back(Chat::Outgoing{lpEvent(message), chat.lastDue, message.delayMs <= 0});
    pump(conversationId);
}

void BotAgent::pump(const QString &conversationId)
{
    auto it = m_chats.find(conversationId);
    if (it == m_chats.end())
        return;
    const std::shared_ptr<Chat> chat = *it;
    while (!chat->outbox.empty()) {
        Chat::Outgoing &next = chat->outbox.front();
        if (!m_client || !m_client->isConnected())
            return; // sent once the bot is back: pump() runs again on the next message
        if (next.due > now()) {
            if (!next.typingSent) {
                next.typingSent = true;
                m_client->publishEvent(
                        conversationId,
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("ChatStateEvent")},
                                    {QStringLiteral("chatState"), QStringLiteral("COMPOSING")}});
            }
            chat->timer->start(int(next.due - now()));
            return;
        }
        const QJsonObject event = next.event;
        chat->outbox.pop_front();
        ++chat->inFlight;
        m_client->publishEvent(
                conversationId, event, [this, chat](int code, const QJsonValue &body) {
                    --chat->inFlight;
                    if (code != 200) {
                        emit activity(
                                QJsonObject{{QStringLiteral("event"), QStringLiteral("bot-error")},
                                            {QStringLiteral("conversationId"), chat->id},
                                            {QStringLiteral("text"),
                                             tr("the cloud refused a bot message: %1")
                                                     .arg(body.toObject()
                                                                  .value(QLatin1String("message"))
                                                                  .toString())}});
                    }
                    if (chat->idle()) {
                        const auto waiting = std::exchange(chat->whenSent, {});
                        for (const auto &then : waiting)
                            then();
                    }
                });
    }
}

void BotAgent::whenSent(const QString &conversationId, std::function<void()> then)
{
    const auto it = m_chats.find(conversationId);
    if (it == m_chats.end() || (*it)->idle()) {
        then();
        return;
    }
    (*it)->whenSent.append(std::move(then));
}

} // namespace dialogsmith::cloud
