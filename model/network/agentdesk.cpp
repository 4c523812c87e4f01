#include "agentdesk.h"

#include "connectionguard.h"
#include "escalationpresets.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace dialogsmith::network {

using document::Error;
using document::Result;

namespace {

constexpr int maxFieldLength = 256;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

/// Compares without stopping at the first difference, so timing says nothing about the key.
bool sameKey(const QByteArray &given, const QByteArray &key)
{
    if (given.size() != key.size())
        return false;
    uchar difference = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        difference |= uchar(given.at(i)) ^ uchar(key.at(i));
    return difference == 0;
}

/// A JSON string, or a whole number (skill ids are numbers in some exports), as text.
std::optional<QString> textValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return std::nullopt;
}

std::optional<qint64> nonNegative(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

// --- Value types ------------------------------------------------------------------------------

QJsonObject DeskMessage::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("transferId"), transferId},
            {QStringLiteral("text"), text},
            {QStringLiteral("sentAt"), timeText(sentAt)}};
}

QString DeskTransfer::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Accepted:
        return QStringLiteral("accepted");
    case State::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QJsonObject DeskTransfer::toJson() const
{
    QJsonArray agentMessages;
    for (const DeskMessage &m : messages)
        agentMessages.append(m.toJson());
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("state"), stateName(state)},
                     {QStringLiteral("skillId"), skillId},
                     {QStringLiteral("skillName"), skillName},
                     {QStringLiteral("conversationId"), conversationId},
                     {QStringLiteral("userPlatformId"), userPlatformId},
                     {QStringLiteral("chatBotId"), chatBotId},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                     {QStringLiteral("queuedAt"), timeText(queuedAt)},
                     {QStringLiteral("messages"), agentMessages}};
    if (acceptedAt.isValid())
        json.insert(QStringLiteral("acceptedAt"), timeText(acceptedAt));
    if (closedAt.isValid())
        json.insert(QStringLiteral("closedAt"), timeText(closedAt));
    return json;
}

QJsonObject DeskRequestLog::toJson() const
{
    QJsonObject json{{QStringLiteral("time"), timeText(time)},
                     {QStringLiteral("method"), method},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("ms"), elapsedMs}};
    if (!transferId.isEmpty())
        json.insert(QStringLiteral("transferId"), transferId);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

// --- Internals --------------------------------------------------------------------------------

/// What a route answers.
struct AgentDesk::Outcome
{
    int status = 200;
    QJsonObject body;
    QString error;
    QString field;
    QString transferId;
    QByteArray allow;      ///< for 405
    DeskTransfer transfer; ///< what an agent action changed, for the API without HTTP
    DeskMessage message;

    static Outcome ok(QJsonObject body, int status = 200, const QString &transferId = {})
    {
        Outcome o;
        o.status = status;
        o.body = std::move(body);
        o.transferId = transferId;
        return o;
    }
    static Outcome fail(int status, const QString &error, const QString &field = {})
    {
        Outcome o;
        o.status = status;
        o.error = error;
        o.field = field;
        return o;
    }
    QJsonObject json() const
    {
        if (error.isEmpty())
            return body;
        QJsonObject e{{QStringLiteral("error"), error}};
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        return e;
    }
};

/// A held `GET /desk/conversations/{id}/messages` poll.
struct AgentDesk::Waiter
{
    quint64 id = 0;
    QString conversationId;
    qint64 after = 0;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QElapsedTimer started;
    QString path;
    QPointer<ConnectionGuard> guard;
};

// --- Server -----------------------------------------------------------------------------------

AgentDesk::AgentDesk(AgentDeskOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<DeskTransfer>();
    qRegisterMetaType<DeskMessage>();
    qRegisterMetaType<DeskRequestLog>();
}

AgentDesk::~AgentDesk()
{
    close();
}

Result<quint16> AgentDesk::listen(quint16 port)
{
    if (m_options.key.isEmpty())
        return Error{tr("the agent desk needs a key: every request must send it as its "
                        "Authorization header"),
                     {}};
    close();
    m_guard = new ConnectionGuard({m_options.maxConnections, m_options.maxRequestBytes,
                                   m_options.idleTimeout, tr("the desk")},
                                  this);
    connect(m_guard, &ConnectionGuard::refused, this, [this](int status, const QString &message) {
        DeskRequestLog entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.status = status;
        entry.error = message;
        emit requestHandled(entry);
    });
    auto *tcp = new GuardedTcpServer(m_guard, this);
    // Loopback only: the desk is for testing on this machine and has no TLS.
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        delete m_guard;
        m_guard = nullptr;
        return Error{tr("could not listen on 127.0.0.1:%1: %2").arg(port).arg(reason), {}};
    }
    m_tcp = tcp;
    m_port = tcp->serverPort();
    m_server = new QHttpServer(this);
    m_server->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, std::move(responder), m_guard);
            });
    m_server->bind(tcp);
    return m_port;
}

void AgentDesk::close()
{
    forgetConnections(m_guard);
    // The HTTP server owns the TCP server, which owns the sockets.
    delete m_server;
    m_server = nullptr;
    delete m_guard;
    m_guard = nullptr;
    m_tcp = nullptr;
    m_port = 0;
}

bool AgentDesk::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QUrl AgentDesk::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl AgentDesk::escalationEndpoint() const
{
    return QUrl(baseUrl().toString() + escalationPath());
}

// --- Requests ---------------------------------------------------------------------------------

void AgentDesk::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                       ConnectionGuard *guard)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTcpSocket *socket = responder.socket();
    if (guard && !guard->beginRequest(socket))
        return;
    DeskRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            r.authorization.append(value.trimmed());
    }
    r.body = request.body();
    const QString &method = r.method;
    const QString &path = r.path;

    bool hold = false;
    qint64 after = 0;
    QString conversationId;
    int waitMs = 0;
    const Outcome outcome = process(r, &hold, &after, &conversationId, &waitMs);

    if (hold && socket) {
        Waiter &w = m_waiters.emplace_back(Waiter{
                m_nextWaiter++, conversationId, after, std::move(responder), socket, {}, path});
        w.started = elapsed;
        w.guard = guard;
        if (guard)
            guard->hold(socket, +1);
        QTimer::singleShot(waitMs, this, [this, id = w.id] { answerWaiter(id); });
        return;
    }

    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        const bool head = method == QLatin1String("HEAD");
        const QByteArray data = QJsonDocument(outcome.json()).toJson(QJsonDocument::Compact) + '\n';
        responder.writeStatusLine(QHttpServerResponder::StatusCode(outcome.status));
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(head ? 0 : data.size()));
        responder.writeHeader("Cache-Control", "no-store");
        if (!outcome.allow.isEmpty())
            responder.writeHeader("Allow", outcome.allow);
        responder.writeBody(head ? QByteArray() : data);
    }

    DeskRequestLog entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = method;
    entry.path = path;
    entry.status = outcome.status;
    entry.elapsedMs = elapsed.elapsed();
    entry.error = outcome.error;
    entry.transferId = outcome.transferId;
    emit requestHandled(entry);
}

DeskAnswer AgentDesk::answer(const DeskRequest &request)
{
    bool hold = false;
    qint64 after = 0;
    QString conversationId;
    int waitMs = 0;
    const Outcome outcome = process(request, &hold, &after, &conversationId, &waitMs);
    return {outcome.status, outcome.json()};
}

AgentDesk::Outcome AgentDesk::process(const DeskRequest &request, bool *hold, qint64 *after,
                                      QString *conversationId, int *waitMs)
{
    const QList<QByteArray> &keys = request.authorization;
    if (keys.size() != 1 || !sameKey(keys.first(), m_options.key.toUtf8()))
        return Outcome::fail(401, keys.isEmpty()
                                          ? tr("the request has no Authorization header: send "
                                               "the desk key in it")
                                          : tr("the Authorization header does not match the "
                                               "desk key"));
    QStringList segments;
    for (const QString &s : request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(s.toUtf8()));
    if (segments.size() == 4 && segments.at(0) == QLatin1String("desk")
        && segments.at(1) == QLatin1String("conversations")
        && segments.at(3) == QLatin1String("messages") && request.method == QLatin1String("GET")) {
        *conversationId = segments.at(2);
        const QString wait = request.query.queryItemValue(QStringLiteral("wait"));
        *waitMs = int(
                std::min<qint64>(nonNegative(wait).value_or(0) * 1000, m_options.maxWait.count()));
        return conversationMessages(*conversationId, request.query, hold, after);
    }
    return route(request, segments);
}

AgentDesk::Outcome AgentDesk::route(const DeskRequest &request, const QStringList &segments)
{
    const QString &method = request.method;
    const auto methodNotAllowed = [&](const char *allowed) {
        Outcome o = Outcome::fail(
                405,
                tr("%1 is not allowed here; use %2").arg(method, QString::fromLatin1(allowed)));
        o.allow = allowed;
        return o;
    };
    const QString path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    if (path == escalationPath()) {
        if (method != QLatin1String("POST"))
            return methodNotAllowed("POST");
        return postTransfer(request.body);
    }
    if (segments.size() >= 2 && segments.at(0) == QLatin1String("desk")) {
        const QString &what = segments.at(1);
        if (what == QLatin1String("transfers") && segments.size() == 2) {
            if (method != QLatin1String("GET"))
                return methodNotAllowed("GET");
            return listTransfers(request.query);
        }
        if (what == QLatin1String("transfers") && segments.size() == 4
            && (segments.at(3) == QLatin1String("accept")
                || segments.at(3) == QLatin1String("messages")
                || segments.at(3) == QLatin1String("close"))) {
            if (method != QLatin1String("POST"))
                return methodNotAllowed("POST");
            return agentAction(segments.at(2), segments.at(3), request.body);
        }
        if (what == QLatin1String("conversations") && segments.size() == 4
            && segments.at(3) == QLatin1String("messages"))
            return methodNotAllowed("GET");
    }
    return Outcome::fail(404, tr("there is no route %1 %2").arg(method, path));
}

AgentDesk::Outcome AgentDesk::postTransfer(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Outcome::fail(400, tr("the body is empty: send a JSON object with the fields %1")
                                          .arg(escalationFields().join(QStringLiteral(", "))));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Outcome::fail(400, tr("the body is not valid JSON: %1 at byte %2")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset));
    if (!document.isObject())
        return Outcome::fail(400, tr("the body must be a JSON object"));
    const QJsonObject o = document.object();

    QHash<QString, QString> values;
    for (const QString &field : escalationFields()) {
        const QJsonValue value = o.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        const std::optional<QString> text
                = field == QLatin1String("agentSkillId") ? textValue(value)
                  : value.isString()                     ? std::optional<QString>(value.toString())
                                                         : std::nullopt;
        if (!text)
            return Outcome::fail(400, tr("the field \"%1\" must be a string").arg(field), field);
        if (field != QLatin1String("message") && text->size() > maxFieldLength)
            return Outcome::fail(400,
                                 tr("the field \"%1\" is longer than %2 characters")
                                         .arg(field)
                                         .arg(maxFieldLength),
                                 field);
        if (field == QLatin1String("message") && text->size() > m_options.maxMessageLength)
            return Outcome::fail(400,
                                 tr("the field \"message\" is longer than %1 characters")
                                         .arg(m_options.maxMessageLength),
                                 field);
        values.insert(field, *text);
    }
    for (const char *required : {"userPlatformId", "chatBotId", "conversationId"}) {
        const QString field = QString::fromLatin1(required);
        if (values.value(field).trimmed().isEmpty())
            return Outcome::fail(400, tr("the field \"%1\" is missing or empty").arg(field), field);
    }

    QString skillId = values.value(QStringLiteral("agentSkillId")).trimmed();
    QString skillName = values.value(QStringLiteral("agentSkillName")).trimmed();
    if (skillId.isEmpty() && skillName.isEmpty())
        return Outcome::fail(400, tr("the field \"agentSkillId\" is missing or empty"),
                             QStringLiteral("agentSkillId"));
    if (!m_options.skills.isEmpty()) {
        QStringList known;
        const DeskSkill *match = nullptr;
        for (const DeskSkill &skill : std::as_const(m_options.skills)) {
            known.append(skill.name + QLatin1Char('=') + skill.id);
            if (!match
                && (skillId.isEmpty() ? skill.name.compare(skillName, Qt::CaseInsensitive) == 0
                                      : skill.id == skillId))
                match = &skill;
        }
        if (!match)
            return Outcome::fail(
                    422,
                    skillId.isEmpty()
                            ? tr("there is no skill named \"%1\" on this desk (skills: %2)")
                                      .arg(skillName, known.join(QStringLiteral(", ")))
                            : tr("there is no skill with the id \"%1\" on this desk (skills: %2)")
                                      .arg(skillId, known.join(QStringLiteral(", "))),
                    skillId.isEmpty() ? QStringLiteral("agentSkillName")
                                      : QStringLiteral("agentSkillId"));
        skillId = match->id;
        if (skillName.isEmpty())
            skillName = match->name;
    }

    const QString conversationId = values.value(QStringLiteral("conversationId"));
    // Asking again while a transfer is open is not a second transfer.
    if (const DeskTransfer *open = latestFor(conversationId);
        open && open->state != DeskTransfer::State::Closed)
        return Outcome::ok({{QStringLiteral("status"), DeskTransfer::stateName(open->state)},
                            {QStringLiteral("transferId"), open->id}},
                           200, open->id);

    int openCount = 0;
    int queuedOnSkill = 0;
    for (const auto &[id, t] : m_transfers) {
        if (t.state != DeskTransfer::State::Closed)
            ++openCount;
        if (t.state == DeskTransfer::State::Queued && t.skillId == skillId)
            ++queuedOnSkill;
    }
    if (openCount >= m_options.maxOpenTransfers)
        return Outcome::fail(503, tr("the desk holds %1 open transfers, its limit: close some "
                                     "first")
                                          .arg(openCount));
    if (queuedOnSkill >= m_options.maxQueuedPerSkill)
        return Outcome::fail(429, tr("the queue of skill %1 is full (%2 transfers wait)")
                                          .arg(skillName.isEmpty() ? skillId : skillName)
                                          .arg(queuedOnSkill));

    const qint64 number = m_nextTransfer++;
    DeskTransfer &t = m_transfers[number];
    t.id = QString::number(number);
    t.skillId = skillId;
    t.skillName = skillName;
    t.conversationId = conversationId;
    t.userPlatformId = values.value(QStringLiteral("userPlatformId"));
    t.chatBotId = values.value(QStringLiteral("chatBotId"));
    t.message = values.value(QStringLiteral("message"));
    t.fields = o.keys();
    t.queuedAt = QDateTime::currentDateTimeUtc();
    m_byConversation[conversationId].append(number);
    const DeskTransfer copy = t;
    emit transferQueued(copy);
    return Outcome::ok({{QStringLiteral("status"), QStringLiteral("queued")},
                        {QStringLiteral("transferId"), copy.id}},
                       200, copy.id);
}

AgentDesk::Outcome AgentDesk::listTransfers(const QUrlQuery &query)
{
    const QString state = query.queryItemValue(QStringLiteral("state"));
    const QString skill = query.queryItemValue(QStringLiteral("skill"));
    if (!state.isEmpty() && state != QLatin1String("queued") && state != QLatin1String("accepted")
        && state != QLatin1String("closed"))
        return Outcome::fail(
                400, tr("the state \"%1\" is not one of queued, accepted, closed").arg(state),
                QStringLiteral("state"));
    QJsonArray list;
    for (const auto &[id, t] : m_transfers) {
        if ((state.isEmpty() || DeskTransfer::stateName(t.state) == state)
            && (skill.isEmpty() || t.skillId == skill
                || t.skillName.compare(skill, Qt::CaseInsensitive) == 0))
            list.append(transferJson(t));
    }
    return Outcome::ok({{QStringLiteral("transfers"), list}});
}

AgentDesk::Outcome AgentDesk::agentAction(const QString &id, const QString &action,
                                          const QByteArray &body)
{
    if (action == QLatin1String("accept"))
        return doAccept(id);
    if (action == QLatin1String("close"))
        return doClose(id);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty())
        return Outcome::fail(400, tr("the body is empty: send {\"text\": \"...\"}"),
                             QStringLiteral("text"));
    if (parseError.error != QJsonParseError::NoError)
        return Outcome::fail(400, tr("the body is not valid JSON: %1 at byte %2")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset));
    if (!document.isObject())
        return Outcome::fail(400, tr("the body must be a JSON object"));
    const QJsonValue text = document.object().value(QLatin1String("text"));
    if (!text.isString())
        return Outcome::fail(400, tr("the field \"text\" must be a string"),
                             QStringLiteral("text"));
    return doMessage(id, text.toString());
}

DeskTransfer *AgentDesk::find(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const auto it = ok ? m_transfers.find(number) : m_transfers.end();
    return it == m_transfers.end() ? nullptr : &it->second;
}

const DeskTransfer *AgentDesk::latestFor(const QString &conversationId) const
{
    const auto ids = m_byConversation.constFind(conversationId);
    if (ids == m_byConversation.cend() || ids->isEmpty())
        return nullptr;
    const auto it = m_transfers.find(ids->last());
    return it == m_transfers.end() ? nullptr : &it->second;
}

int AgentDesk::queuePosition(const DeskTransfer &transfer) const
{
    int position = 0;
    for (const auto &[id, t] : m_transfers) {
        if (t.state == DeskTransfer::State::Queued && t.skillId == transfer.skillId)
            ++position;
        if (&t == &transfer)
            return position;
    }
    return 0;
}

QJsonObject AgentDesk::transferJson(const DeskTransfer &transfer) const
{
    QJsonObject json = transfer.toJson();
    if (transfer.state == DeskTransfer::State::Queued)
        json.insert(QStringLiteral("position"), queuePosition(transfer));
    return json;
}

AgentDesk::Outcome AgentDesk::doAccept(const QString &id)
{
    DeskTransfer *t = find(id);
    if (!t)
        return Outcome::fail(404, tr("there is no transfer %1").arg(id));
    if (t->state != DeskTransfer::State::Queued)
        return Outcome::fail(409, t->state == DeskTransfer::State::Accepted
                                          ? tr("transfer %1 is accepted already").arg(id)
                                          : tr("transfer %1 is closed").arg(id));
    t->state = DeskTransfer::State::Accepted;
    t->acceptedAt = QDateTime::currentDateTimeUtc();
    const DeskTransfer copy = *t;
    emit transferAccepted(copy);
    wake(copy.conversationId);
    Outcome o = Outcome::ok(copy.toJson(), 200, copy.id);
    o.transfer = copy;
    return o;
}

AgentDesk::Outcome AgentDesk::doMessage(const QString &id, const QString &text)
{
    DeskTransfer *t = find(id);
    if (!t)
        return Outcome::fail(404, tr("there is no transfer %1").arg(id));
    if (text.trimmed().isEmpty())
        return Outcome::fail(400, tr("the field \"text\" is empty"), QStringLiteral("text"));
    if (text.size() > m_options.maxMessageLength)
        return Outcome::fail(400,
                             tr("the field \"text\" is longer than %1 characters")
                                     .arg(m_options.maxMessageLength),
                             QStringLiteral("text"));
    if (t->state == DeskTransfer::State::Queued)
        return Outcome::fail(409, tr("transfer %1 is queued: accept it before writing").arg(id));
    if (t->state == DeskTransfer::State::Closed)
        return Outcome::fail(409, tr("transfer %1 is closed").arg(id));
    if (t->messages.size() >= m_options.maxMessagesPerTransfer)
        return Outcome::fail(
                429, tr("transfer %1 has %2 messages, its limit").arg(id).arg(t->messages.size()));
    DeskMessage message;
    message.seq = m_nextSeq++;
    message.transferId = t->id;
    message.text = text;
    message.sentAt = QDateTime::currentDateTimeUtc();
    t->messages.append(message);
    const DeskTransfer copy = *t;
    emit agentMessage(copy, message);
    wake(copy.conversationId);
    Outcome o = Outcome::ok(message.toJson(), 201, copy.id);
    o.transfer = copy;
    o.message = message;
    return o;
}

AgentDesk::Outcome AgentDesk::doClose(const QString &id)
{
    DeskTransfer *t = find(id);
    if (!t)
        return Outcome::fail(404, tr("there is no transfer %1").arg(id));
    if (t->state == DeskTransfer::State::Closed)
        return Outcome::fail(409, tr("transfer %1 is closed already").arg(id));
    t->state = DeskTransfer::State::Closed;
    t->closedAt = QDateTime::currentDateTimeUtc();
    const DeskTransfer copy = *t;
    emit transferClosed(copy);
    wake(copy.conversationId);
    pruneClosed();
    Outcome o = Outcome::ok(copy.toJson(), 200, copy.id);
    o.transfer = copy;
    return o;
}

void AgentDesk::pruneClosed()
{
    int closed = 0;
    for (const auto &[id, t] : m_transfers)
        closed += t.state == DeskTransfer::State::Closed ? 1 : 0;
    for (auto it = m_transfers.begin();
         closed > m_options.maxClosedKept && it != m_transfers.end();) {
        if (it->second.state != DeskTransfer::State::Closed) {
            ++it;
            continue;
        }
        QList<qint64> &ids = m_byConversation[it->second.conversationId];
        ids.removeAll(it->first);
        if (ids.isEmpty())
            m_byConversation.remove(it->second.conversationId);
        it = m_transfers.erase(it);
        --closed;
    }
}

AgentDesk::Outcome AgentDesk::conversationMessages(const QString &conversationId,
                                                   const QUrlQuery &query, bool *hold,
                                                   qint64 *after)
{
    const QString afterText = query.queryItemValue(QStringLiteral("after"));
    const QString waitText = query.queryItemValue(QStringLiteral("wait"));
    const std::optional<qint64> afterValue
            = afterText.isEmpty() ? std::optional<qint64>(0) : nonNegative(afterText);
    if (!afterValue)
        return Outcome::fail(400, tr("\"after\" must be a whole number of 0 or more"),
                             QStringLiteral("after"));
    const std::optional<qint64> wait
            = waitText.isEmpty() ? std::optional<qint64>(0) : nonNegative(waitText);
    if (!wait)
        return Outcome::fail(400, tr("\"wait\" must be a whole number of seconds, 0 or more"),
                             QStringLiteral("wait"));
    const DeskTransfer *latest = latestFor(conversationId);
    if (!latest)
        return Outcome::fail(404,
                             tr("there is no transfer for conversation %1").arg(conversationId));
    // A poller that says which state it knows hears about a change at once.
    const QString known = query.queryItemValue(QStringLiteral("state"));
    *after = *afterValue;
    const QJsonObject answer = conversationAnswer(conversationId, *afterValue);
    *hold = *wait > 0 && answer.value(QLatin1String("messages")).toArray().isEmpty()
            && latest->state != DeskTransfer::State::Closed
            && (known.isEmpty() || known == DeskTransfer::stateName(latest->state))
            && int(m_waiters.size()) < m_options.maxWaitingPolls;
    return Outcome::ok(answer, 200, latest->id);
}

QJsonObject AgentDesk::conversationAnswer(const QString &conversationId, qint64 after) const
{
    QJsonArray messages;
    qint64 last = after;
    const DeskTransfer *latest = nullptr;
    for (const qint64 id : m_byConversation.value(conversationId)) {
        const auto it = m_transfers.find(id);
        if (it == m_transfers.end())
            continue;
        latest = &it->second;
        for (const DeskMessage &m : it->second.messages) {
            if (m.seq > after)
                messages.append(m.toJson());
            last = std::max(last, m.seq);
        }
    }
    QJsonObject answer{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("last"), last}};
    if (latest) {
        answer.insert(QStringLiteral("transferId"), latest->id);
        answer.insert(QStringLiteral("state"), DeskTransfer::stateName(latest->state));
    }
    return answer;
}

void AgentDesk::forgetConnections(const ConnectionGuard *guard)
{
    m_waiters.remove_if([guard](const Waiter &w) { return !w.guard || w.guard == guard; });
}

void AgentDesk::wake(const QString &conversationId)
{
    QList<quint64> ids;
    for (const Waiter &w : m_waiters) {
        if (w.conversationId == conversationId)
            ids.append(w.id);
    }
    for (const quint64 id : std::as_const(ids))
        answerWaiter(id);
}

void AgentDesk::answerWaiter(quint64 id)
{
    const auto it = std::find_if(m_waiters.begin(), m_waiters.end(),
                                 [id](const Waiter &w) { return w.id == id; });
    if (it == m_waiters.end())
        return; // answered already
    Waiter &w = *it;
    if (w.guard && w.socket)
        w.guard->hold(w.socket, -1);
    const QJsonObject answer = conversationAnswer(w.conversationId, w.after);
    if (w.socket && w.socket->state() == QAbstractSocket::ConnectedState) {
        const QByteArray data = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
        w.responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        w.responder.writeHeader("Content-Type", "application/json");
        w.responder.writeHeader("Content-Length", QByteArray::number(data.size()));
        w.responder.writeHeader("Cache-Control", "no-store");
        w.responder.writeBody(data);
    }
    DeskRequestLog entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QStringLiteral("GET");
    entry.path = w.path;
    entry.status = 200;
    entry.elapsedMs = w.started.elapsed();
    entry.transferId = answer.value(QLatin1String("transferId")).toString();
    m_waiters.erase(it);
    emit requestHandled(entry);
}

// --- The agent side without HTTP --------------------------------------------------------------

QList<DeskTransfer> AgentDesk::transfers() const
{
    QList<DeskTransfer> list;
    list.reserve(qsizetype(m_transfers.size()));
    for (const auto &[id, t] : m_transfers)
        list.append(t);
    return list;
}

std::optional<DeskTransfer> AgentDesk::transfer(const QString &id) const
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const auto it = ok ? m_transfers.find(number) : m_transfers.end();
    if (it == m_transfers.end())
        return std::nullopt;
    return it->second;
}

Result<DeskTransfer> AgentDesk::accept(const QString &transferId)
{
    Outcome o = doAccept(transferId);
    if (o.status >= 400)
        return Error{o.error, {}};
    return std::move(o.transfer);
}

Result<DeskMessage> AgentDesk::sendMessage(const QString &transferId, const QString &text)
{
    Outcome o = doMessage(transferId, text);
    if (o.status >= 400)
        return Error{o.error, {}};
    return std::move(o.message);
}

Result<DeskTransfer> AgentDesk::closeTransfer(const QString &transferId)
{
    Outcome o = doClose(transferId);
    if (o.status >= 400)
        return Error{o.error, {}};
    return std::move(o.transfer);
}

} // namespace dialogsmith::network
