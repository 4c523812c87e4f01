#include "agentmessagepoller.h"

#include "escalationpresets.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace dialogsmith::network {

namespace {

constexpr int maxFailures = 5;
/// A desk that answers at once with nothing new (no long-poll) is asked again after this.
constexpr int idleIntervalMs = 1000;

} // namespace

AgentMessagePoller::AgentMessagePoller(HttpClient &http, EscalationTicket ticket, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_ticket(std::move(ticket))
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &AgentMessagePoller::poll);
}

AgentMessagePoller::~AgentMessagePoller()
{
    ++m_generation;
}

QUrl AgentMessagePoller::messagesUrl() const
{
    QUrl url = escalationBase(m_ticket.endpoint);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/desk/conversations/")
            + QString::fromUtf8(QUrl::toPercentEncoding(m_ticket.conversationId))
            + QStringLiteral("/messages");
    url.setPath(path, QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(m_after));
    // The first poll answers at once with the transfer's state; later ones wait for news: a
    // message, or a state other than the one known.
    query.addQueryItem(QStringLiteral("wait"),
                       QString::number(m_state.isEmpty() ? 0 : m_waitSeconds));
    if (!m_state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), m_state);
    url.setQuery(query);
    return url;
}

void AgentMessagePoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    if (!m_inFlight)
        m_next.start(0);
}

void AgentMessagePoller::stop()
{
    m_running = false;
    m_next.stop();
    ++m_generation;
    m_inFlight = false;
}

void AgentMessagePoller::poll()
{
    if (!m_running || m_inFlight)
        return;
    runtime::HttpRequest request;
    request.method = QStringLiteral("GET");
    request.url = messagesUrl().toString(QUrl::FullyEncoded);
    request.headers = {{QStringLiteral("Authorization"), m_ticket.authorization}};
    // The desk holds the poll up to `wait` seconds: the deadline leaves room for that.
    request.timeoutMs = (m_waitSeconds + 10) * 1000;
    request.integrationName = tr("agent messages");
    m_inFlight = true;
    const quint64 generation = m_generation;
    const bool waits = !m_state.isEmpty() && m_waitSeconds > 0;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_http.send(request, [self = QPointer<AgentMessagePoller>(this), generation, started,
                          waits](document::Result<runtime::HttpResponse> result) {
        if (!self || self->m_generation != generation)
            return;
        self->m_inFlight = false;
        // A desk that should have waited but answered at once is not asked again at once.
        const bool quick = waits && started->elapsed() < idleIntervalMs / 2;
        self->handle(result);
        if (self && self->m_running && !self->m_next.isActive())
            self->m_next.start(quick ? idleIntervalMs : 0);
    });
}

void AgentMessagePoller::retry(const QString &message)
{
    if (++m_failures >= maxFailures) {
        stop();
        emit failed(message);
        return;
    }
    m_next.start(1000 * (1 << (m_failures - 1))); // 1, 2, 4, 8 s
}

void AgentMessagePoller::handle(const document::Result<runtime::HttpResponse> &result)
{
    const QStringList secrets{m_ticket.authorization};
    if (!result) {
        retry(runtime::redactSecrets(result.error().message, secrets));
        return;
    }
    const runtime::HttpResponse &response = *result;
    if (response.status == 401 || response.status == 403 || response.status == 404) {
        stop();
        emit failed(response.status == 404
                            ? tr("%1 has no agent messages for this conversation: it is not an "
                                 "agent desk, or it forgot the transfer")
                                      .arg(escalationBase(m_ticket.endpoint).toString())
                            : tr("the agent desk refused the key: %1")
                                      .arg(runtime::describeHttpFailure(response, secrets)));
        return;
    }
    if (response.status < 200 || response.status >= 300) {
        retry(runtime::describeHttpFailure(response, secrets));
        return;
    }
    QJsonParseError parseError;
    const QJsonObject answer = QJsonDocument::fromJson(response.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        retry(tr("the agent desk answered with invalid JSON: %1").arg(parseError.errorString()));
        return;
    }
    m_failures = 0;
    // Accepted before the agent's first words, closed after the last ones.
    const QString state = answer.value(QLatin1String("state")).toString();
    const bool changed = !state.isEmpty() && state != m_state;
    const bool closed = state == QLatin1String("closed");
    if (changed) {
        m_state = state;
        if (!closed) {
            emit stateChanged(state);
            if (!m_running)
                return; // a slot stopped us
        }
    }
    const QJsonArray messages = answer.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const qint64 seq = message.value(QLatin1String("seq")).toInteger();
        if (seq <= m_after)
            continue;
        m_after = seq;
        emit agentMessage(message.value(QLatin1String("text")).toString());
        if (!m_running)
            return;
    }
    if (changed && closed) {
        stop();
        emit stateChanged(state);
        emit transferClosed();
    }
}

} // namespace dialogsmith::network
