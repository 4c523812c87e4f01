#pragma once

#include "transport.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace dialogsmith::network {

class HttpClient;

/// Where ESCALATION interactions post their transfers, and with which key.
struct EscalationTarget
{
    QString endpoint;      ///< the legacy endpoint's full URL (escalationPresets())
    QString authorization; ///< the Authorization value: the key, never logged
    int timeoutMs = 10000;
    /// The secret `authorization` came from (empty when it is not one, like the studio's own
    /// desk key): it must be allowed to go to the endpoint's host.
    QString secretName;
};

/// Where ESCALATION interactions of a runtime go: the escalation endpoint on the host of the
/// environment value lpPlatformHost (like the seed's "Escalation" integration), with the secret
/// lpApiKey as the key. Empty endpoint when the environment has no lpPlatformHost.
EscalationTarget
escalationTargetFor(const QHash<QString, QString> &environment,
                    const std::function<std::optional<QString>(const QString &)> &secret);

/// The runtime's escalation transport: an ESCALATION interaction's transfer goes to the same
/// legacy endpoint the "Escalation" integrations use, as a POST with the `Authorization` key and
/// the six-field JSON body (escalationBody()), through an HttpClient (so its limits apply and it
/// reports HttpClient::escalationQueued()). A 2xx answer is a transfer; anything else fails with
/// one sentence, the key redacted.
class EscalationClient final : public QObject, public runtime::EscalationTransport
{
    Q_OBJECT
public:
    explicit EscalationClient(HttpClient &http, EscalationTarget target = {},
                              QObject *parent = nullptr);

    void setTarget(const EscalationTarget &target) { m_target = target; }
    const EscalationTarget &target() const { return m_target; }

    void escalate(const runtime::EscalationRequest &request, Done done) override;

    /// The request escalate() sends for `request`.
    runtime::HttpRequest buildRequest(const runtime::EscalationRequest &request) const;

private:
    HttpClient &m_http;
    EscalationTarget m_target;
};

} // namespace dialogsmith::network
