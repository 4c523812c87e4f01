#include "escalationclient.h"

#include "escalationpresets.h"
#include "httpclient.h"

#include <QTimer>

namespace dialogsmith::network {

using document::Error;
using document::Result;

EscalationTarget
escalationTargetFor(const QHash<QString, QString> &environment,
                    const std::function<std::optional<QString>(const QString &)> &secret)
{
    EscalationTarget target;
    QString host = environment.value(escalationHostVariable()).trimmed();
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    if (!host.isEmpty())
        target.endpoint = host + escalationPath();
    if (secret)
        target.authorization = secret(escalationSecretName()).value_or(QString());
    if (!target.authorization.isEmpty())
        target.secretName = escalationSecretName();
    return target;
}

EscalationClient::EscalationClient(HttpClient &http, EscalationTarget target, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_target(std::move(target))
{}

runtime::HttpRequest EscalationClient::buildRequest(const runtime::EscalationRequest &request) const
{
    runtime::HttpRequest http;
    http.method = QStringLiteral("POST");
    http.url = m_target.endpoint;
    http.headers = {{QStringLiteral("Authorization"), m_target.authorization},
                    {QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    http.body = escalationBody(request);
    http.timeoutMs = m_target.timeoutMs;
    http.integrationName = tr("agent transfer");
    if (!m_target.secretName.isEmpty())
        http.secretNames = {m_target.secretName};
    return http;
}

void EscalationClient::escalate(const runtime::EscalationRequest &request, Done done)
{
    if (m_target.endpoint.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Error{tr("no escalation endpoint is set: give the environment an %1 value (the "
                          "agent desk's address)")
                               .arg(escalationHostVariable()),
                       {}});
        });
        return;
    }
    const QStringList secrets{m_target.authorization};
    m_http.send(buildRequest(request),
                [done = std::move(done), secrets](Result<runtime::HttpResponse> result) {
                    if (!result) {
                        done(Error{runtime::redactSecrets(result.error().message, secrets), {}});
                        return;
                    }
                    if (result->status < 200 || result->status >= 300) {
                        done(Error{runtime::describeHttpFailure(*result, secrets), {}});
                        return;
                    }
                    done(Result<void>());
                });
}

} // namespace dialogsmith::network
