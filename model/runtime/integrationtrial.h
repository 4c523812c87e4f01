#pragma once

#include "bot.h"
#include "result.h"
#include "templateexpander.h"
#include "transport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace dialogsmith::runtime {

/// What a test request of one integration runs with.
struct IntegrationTrialInput
{
    document::Bot bot;     ///< global functions, data variables, the integration
    QString integrationId; ///< the integration to send
    /// Sample values by template as written (templateText()): "{$botContext.orderId}" → "42".
    /// A template without an entry has no value; so has a secret whose value is empty.
    QHash<QString, QString> samples;
    /// `{$env.x}` values (getEnvVariable() too) for names `samples` does not give.
    QHash<QString, QString> environment;
    /// How long the transform script may run before the watchdog stops it.
    std::chrono::milliseconds scriptBudget{2000};
};

/// How a test request ended. Nothing in it holds a secret value: the request, the response, the
/// variables, the notes and the message are redacted (`***`).
struct IntegrationTrialResult
{
    enum class Outcome {
        Refused,  ///< not sent: a template without a value, an invalid URL, a body that is not JSON
        Failed,   ///< sent, no answer: `message` says why (the transport's sentence)
        Answered, ///< an HTTP answer, any status
        Cancelled, ///< cancel() before the answer
    };

    Outcome outcome = Outcome::Refused;
    QString message;       ///< why it was refused or failed; for a non-2xx answer, why it counts
                           ///< as a failure
    HttpRequest request;   ///< as sent, redacted (empty when refused before it was built)
    HttpResponse response; ///< when answered, redacted
    qint64 elapsedMs = 0;  ///< from sending to the answer or the failure
    bool success = false;  ///< answered 2xx
    /// The variables the answer sets, in order: `api_<RDV>`, `api_<RDV>Status`, what the
    /// transform script sets, the custom data fields `<RDV>.<field>`. Values as text (objects as
    /// JSON).
    QList<QPair<QString, QString>> variables;
    /// Script errors, unreadable custom data fields, the transform script's debug output.
    QStringList notes;
};

/// Sends one integration outside a conversation, as "Send test request" does: the request is
/// built by the runtime's own code (buildIntegrationRequest()) from sample values, sent through
/// any IntegrationTransport, and the answer is stored as a conversation would store it
/// (`api_<RDV>`, `api_<RDV>Status`, the transform script in a ScriptHost with its watchdog, the
/// custom data fields). Nothing outside the trial changes: no document, no runtime.
///
/// Before anything is sent the request is checked: every template must have a value, the URL
/// must be a valid http(s) URL with a host once expanded, and a JSON body (one that starts with
/// `{` or `[`, or any body under a JSON Content-Type) must parse. A refusal is reported from the
/// event loop like every other outcome; finished() comes exactly once per start().
class IntegrationTrial final : public QObject
{
    Q_OBJECT
public:
    explicit IntegrationTrial(IntegrationTrialInput input, QObject *parent = nullptr);
    ~IntegrationTrial() override;

    /// The templates the integration's request uses (see integrationTemplates()).
    static QList<TemplateRef> templatesUsed(const document::Bot &bot,
                                            const document::Integration &integration);

    /// The request the samples give, or why it must not be sent. `secrets` gets the secret
    /// values it holds, as they appear in it (for redaction).
    document::Result<HttpRequest> buildRequest(QStringList *secrets = nullptr) const;

    /// Builds, checks and sends the request through `transport`, which must outlive the trial
    /// or the answer.
    void start(IntegrationTransport &transport);
    /// Stops waiting: finished() reports Cancelled at once; a later answer is ignored. The
    /// transport may still finish the request (HttpClient::abortAll() stops it).
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const dialogsmith::runtime::IntegrationTrialResult &result);

private:
    class Scope;

    void answered(quint64 run, document::Result<HttpResponse> result);
    void finish(IntegrationTrialResult result);

    IntegrationTrialInput m_input;
    bool m_running = false;
    quint64 m_run = 0;
    QElapsedTimer m_clock;
    HttpRequest m_shown; ///< the request, redacted
    QStringList m_secrets;
};

} // namespace dialogsmith::runtime

Q_DECLARE_METATYPE(dialogsmith::runtime::IntegrationTrialResult)
