#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <list>
#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;

namespace dialogsmith::network {

class ConnectionGuard;

/// A message the agent wrote in a transfer. `seq` grows over the whole desk, so a poller that
/// asks for messages after N never misses or repeats one.
struct DeskMessage
{
    qint64 seq = 0;
    QString transferId;
    QString text;
    QDateTime sentAt;

    QJsonObject toJson() const;
};

/// A conversation handed to the desk by a bot.
struct DeskTransfer
{
    enum class State { Queued, Accepted, Closed };

    QString id;
    State state = State::Queued;
    QString skillId;
    QString skillName;
    QString conversationId;
    QString userPlatformId;
    QString chatBotId;
    QString message;    ///< the bot's transfer message
    QStringList fields; ///< the posted body's member names, in order
    QDateTime queuedAt;
    QDateTime acceptedAt;
    QDateTime closedAt;
    QList<DeskMessage> messages; ///< the agent's messages, oldest first

    /// "queued", "accepted", "closed"
    static QString stateName(State state);
    QJsonObject toJson() const;
};

/// A skill the desk takes transfers for (`--skill NAME=ID`).
struct DeskSkill
{
    QString name;
    QString id;
};

/// One HTTP request the desk answered, for its log (one JSON line per request in the CLI).
struct DeskRequestLog
{
    QDateTime time;
    QString method;
    QString path; ///< without the query
    int status = 0;
    qint64 elapsedMs = 0;
    QString error; ///< the error sentence of a 4xx/5xx answer
    QString transferId;

    QJsonObject toJson() const;
};

/// A request as the desk reads it, apart from its connection: what handle() takes from
/// QHttpServer, and what answer() takes in-process.
struct DeskRequest
{
    QString method; ///< "GET", "POST", ...
    QString path;   ///< as in the request line, percent-encoded, no query
    QUrlQuery query;
    QList<QByteArray> authorization; ///< the value of every Authorization header
    QByteArray body;
};

/// What the desk answers a request: its status and JSON body.
struct DeskAnswer
{
    int status = 200;
    QJsonObject body;
};

struct AgentDeskOptions
{
    /// What every request's Authorization header must be. Required.
    QString key;
    /// The skills transfers may name; empty: any skill.
    QList<DeskSkill> skills;
    int maxOpenTransfers = 500;  ///< queued and accepted, all skills
    int maxQueuedPerSkill = 100; ///< waiting for an agent, per skill
    int maxClosedKept = 500;     ///< closed transfers kept for `GET /desk/transfers`
    int maxMessagesPerTransfer = 1000;
    int maxMessageLength = 10000; ///< characters of one agent message
    qint64 maxRequestBytes = 1024 * 1024;
    int maxConnections = 128;
    int maxWaitingPolls = 64;
    std::chrono::milliseconds idleTimeout{30000}; ///< an idle connection is closed after this
    std::chrono::milliseconds maxWait{25000};     ///< the longest a messages poll is held
};

/// The local agent desk: a real HTTP server on 127.0.0.1 that speaks Conversation Builder's
/// legacy escalation endpoint and lets a tester act as the human agent.
///
/// Routes (every one needs `Authorization: <key>`; errors are JSON `{"error": sentence}` with
/// `field` naming a bad field):
///   POST /botservice-0.1/botcentral/livePersonAgent   the bot hands over (six-field body);
///        200 {"status":"queued","transferId":...}, 400 bad body, 401 wrong key, 422 unknown
///        skill, 429/503 queue full
///   GET  /desk/transfers[?state=queued|accepted|closed][&skill=ID]
///   POST /desk/transfers/{id}/accept
///   POST /desk/transfers/{id}/messages                 {"text": ...}
///   POST /desk/transfers/{id}/close
///   GET  /desk/conversations/{conversationId}/messages?after=N[&wait=S][&state=STATE]
///        the bot side: the agent's messages after N; held up to S seconds (bounded by
///        maxWait) until there is one, or the transfer's state is not STATE any more
///
/// The studio drives the same desk without HTTP: accept(), sendMessage(), closeTransfer(), and
/// the signals. Queues, messages, connections, idle time and request sizes are bounded; a
/// malformed request gets 400 (431 for huge headers, 413 for huge bodies) or its connection is
/// closed, and never harms the others. Lives on the thread that created it.
class AgentDesk final : public QObject
{
    Q_OBJECT
public:
    explicit AgentDesk(AgentDeskOptions options, QObject *parent = nullptr);
    ~AgentDesk() override;

    /// Listens on 127.0.0.1:`port` (0: a free port) and returns the port.
    document::Result<quint16> listen(quint16 port = 0);
    /// Stops listening and closes every connection; transfers stay.
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT": the value for an environment's lpPlatformHost.
    QUrl baseUrl() const;
    /// baseUrl() + the legacy escalation path.
    QUrl escalationEndpoint() const;

    const AgentDeskOptions &options() const { return m_options; }
    void setKey(const QString &key) { m_options.key = key; }
    void setSkills(const QList<DeskSkill> &skills) { m_options.skills = skills; }

    /// Every transfer kept, oldest first.
    QList<DeskTransfer> transfers() const;
    std::optional<DeskTransfer> transfer(const QString &id) const;

    /// The agent takes a queued transfer.
    document::Result<DeskTransfer> accept(const QString &transferId);
    /// The agent writes in an accepted transfer.
    document::Result<DeskMessage> sendMessage(const QString &transferId, const QString &text);
    /// The agent ends a queued or accepted transfer.
    document::Result<DeskTransfer> closeTransfer(const QString &transferId);

signals:
    void transferQueued(const dialogsmith::network::DeskTransfer &transfer);
    void transferAccepted(const dialogsmith::network::DeskTransfer &transfer);
    void agentMessage(const dialogsmith::network::DeskTransfer &transfer,
                      const dialogsmith::network::DeskMessage &message);
    void transferClosed(const dialogsmith::network::DeskTransfer &transfer);
    /// After every request, answered or refused.
    void requestHandled(const dialogsmith::network::DeskRequestLog &entry);

public:
    /// Answers one HTTP request of the desk's routes. listen() serves them itself; a server that
    /// hosts the desk on its own port (the local cloud) calls this with its connection guard.
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                ConnectionGuard *guard);
    /// Answers `request` at once, as handle() would, without a connection (a long poll does not
    /// wait): for tools that talk to the desk in-process, and its fuzz target.
    DeskAnswer answer(const DeskRequest &request);
    /// Drops the long polls held on connections of `guard` (its server is closing).
    void forgetConnections(const ConnectionGuard *guard);

private:
    struct Outcome;
    struct Waiter;

    /// What `request` gets; `hold`, `after`, `conversationId` and `waitMs` describe a long poll.
    Outcome process(const DeskRequest &request, bool *hold, qint64 *after, QString *conversationId,
                    int *waitMs);
    Outcome route(const DeskRequest &request, const QStringList &segments);
    Outcome postTransfer(const QByteArray &body);
    Outcome listTransfers(const QUrlQuery &query);
    Outcome agentAction(const QString &id, const QString &action, const QByteArray &body);
    Outcome conversationMessages(const QString &conversationId, const QUrlQuery &query, bool *hold,
                                 qint64 *after);
    QJsonObject conversationAnswer(const QString &conversationId, qint64 after) const;

    Outcome doAccept(const QString &id);
    Outcome doMessage(const QString &id, const QString &text);
    Outcome doClose(const QString &id);

    DeskTransfer *find(const QString &id);
    const DeskTransfer *latestFor(const QString &conversationId) const;
    int queuePosition(const DeskTransfer &transfer) const;
    QJsonObject transferJson(const DeskTransfer &transfer) const;
    void pruneClosed();
    void wake(const QString &conversationId);
    void answerWaiter(quint64 id);

    AgentDeskOptions m_options;
    QHttpServer *m_server = nullptr;
    QTcpServer *m_tcp = nullptr;
    ConnectionGuard *m_guard = nullptr;
    quint16 m_port = 0;

    std::map<qint64, DeskTransfer> m_transfers;
    QHash<QString, QList<qint64>> m_byConversation;
    qint64 m_nextTransfer = 1;
    qint64 m_nextSeq = 1;

    std::list<Waiter> m_waiters;
    quint64 m_nextWaiter = 1;
};

} // namespace dialogsmith::network

Q_DECLARE_METATYPE(dialogsmith::network::DeskTransfer)
Q_DECLARE_METATYPE(dialogsmith::network::DeskMessage)
Q_DECLARE_METATYPE(dialogsmith::network::DeskRequestLog)
