#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace dialogsmith::runtime {

/// An integration's HTTP request, templates expanded.
struct HttpRequest
{
    QString method = QStringLiteral("GET");
    QString url;
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    int timeoutMs = 10000;
    QString integrationName; ///< for logs
    /// The secrets whose values went into the request, by name: it carries credentials, and
    /// each of them must be allowed to go to its host.
    QStringList secretNames;
};

struct HttpResponse
{
    int status = 0;
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    QString reason; ///< the status line's reason phrase ("Not Found"), when the server sent one
};

/// An agent transfer (CB's ESCALATION interaction).
struct EscalationRequest
{
    QString skillId;
    QString skillName;
    QString message;
    QString conversationId;
    QString userId;
    QString botId;
};

/// Sends integration requests. The runtime calls send() and goes on when `done` is called, with
/// the response or with a sentence saying why there is none; other conversations keep running
/// meanwhile. `done` must be called exactly once, on the thread of the runtime, and may be called
/// before send() returns.
class IntegrationTransport
{
public:
    using Done = std::function<void(document::Result<HttpResponse>)>;
    virtual ~IntegrationTransport() = default;
    virtual void send(const HttpRequest &request, Done done) = 0;
};

/// Hands a conversation to a human agent. Same contract as IntegrationTransport.
///
/// The words for handing a conversation to a person, and where each one is used:
/// - **transfer** (agent transfer): what the user does and sees. The studio's menus, forms,
///   preview notices and the README say "transfer" ("Agent Transfer", "transfer to skill X",
///   "An agent accepted the transfer").
/// - **escalation**: Conversation Builder's word, kept wherever the file format or CB's API
///   speaks: the ESCALATION interaction type, the legacy escalation integration and its presets,
///   `__agent_escalation_failed__`, and the code that carries a transfer out
///   (EscalationRequest, EscalationTransport, network::EscalationClient).
/// - **agent desk**: the place a transfer arrives, LiveEngage's agent workspace or the studio's
///   local stand-in for it (network::AgentDesk, the Agent Desk dock); not the act itself.
/// "Hand-off" is not one of the studio's words (the sample bot's "Agent Handoff" dialog is a
/// name the bot chose).
class EscalationTransport
{
public:
    using Done = std::function<void(document::Result<void>)>;
    virtual ~EscalationTransport() = default;
    virtual void escalate(const EscalationRequest &request, Done done) = 0;
};

/// Fails every call with a clear sentence: for places that must not touch the network (tests,
/// `--offline`, loading a bot). Never pretends a request succeeded. Answers from the event loop,
/// like a real transport.
class UnavailableTransport final : public IntegrationTransport, public EscalationTransport
{
public:
    void send(const HttpRequest &request, IntegrationTransport::Done done) override;
    void escalate(const EscalationRequest &request, EscalationTransport::Done done) override;
};

/// The request as logs show it: method, URL, headers and body, with the Authorization header and
/// every value in `secrets` replaced by `***`.
QString describeRequest(const HttpRequest &request, const QStringList &secrets);
/// The response as logs show it: status, headers and the body (cut after a few KB).
QString describeResponse(const HttpResponse &response, const QStringList &secrets);
/// Why a response that is not 2xx counts as a failure, as a sentence for logs and people:
/// "the server answered HTTP 503 Service Unavailable: <the body's first line>", secrets redacted.
QString describeHttpFailure(const HttpResponse &response, const QStringList &secrets);
/// `text` with every value in `secrets` replaced by `***`.
QString redactSecrets(QString text, const QStringList &secrets);

} // namespace dialogsmith::runtime
