#include "integrationtrial.h"

#include "integrationrequest.h"
#include "runtimeoptions.h"
#include "scriptcontext.h"
#include "scripthost.h"
#include "variablestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace dialogsmith::runtime {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::IntegrationTrial)
};
} // namespace

using document::Bot;
using document::Error;
using document::Integration;
using document::Result;

namespace {

const QString trialConversationId = QStringLiteral("test-request");
const QString trialUserId = QStringLiteral("test-user");

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QSet<QString> dataVariablesOf(const Bot &bot)
{
    QSet<QString> names;
    for (const Integration &i : bot.integrations) {
        const QString name = resultVariableName(i);
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

QString scriptProblem(const ScriptOutcome &outcome)
{
    if (outcome.interrupted())
        return outcome.message;
    return Text::tr("script error in %1%2: %3")
            .arg(outcome.location,
                 outcome.line > 0 ? Text::tr(", line %1").arg(outcome.line) : QString(),
                 outcome.message);
}

} // namespace

/// The values templates and `botContext` see during a trial: the samples, the environment, and
/// the variables the answer sets (recorded in order).
class IntegrationTrial::Scope final : public TemplateScope, public ScriptContext
{
public:
    Scope(const IntegrationTrialInput &input, ScriptHost *scripts)
        : m_input(input)
        , m_scripts(scripts)
        , m_dataVariables(dataVariablesOf(input.bot))
    {}

    QList<QPair<QString, QString>> changes() const
    {
        QList<QPair<QString, QString>> out;
        for (const QString &name : m_changed) {
            if (const VariableValue *v = m_variables.find(name))
                out.append({name, text(*v)});
        }
        return out;
    }
    QStringList notes;

    void set(const QString &name, const VariableValue &value)
    {
        m_variables.set(name, value, StoreScope::Session);
        if (!m_changed.contains(name))
            m_changed.append(name);
    }
    const VariableValue *find(const QString &name) const { return m_variables.find(name); }

    // TemplateScope
    std::optional<QString> resolve(const TemplateRef &ref) const override
    {
        const auto sample = m_input.samples.constFind(templateText(ref));
        const bool has = sample != m_input.samples.cend();
        switch (ref.kind) {
        case TemplateRef::Kind::BotVariable:
            if (has)
                return *sample;
            if (const VariableValue *v = m_variables.find(ref.name))
                return text(*v);
            if (ref.name == QLatin1String("convId"))
                return conversationId();
            return std::nullopt;
        case TemplateRef::Kind::Environment:
            return environmentValue(ref.name);
        case TemplateRef::Kind::Secret:
            // An empty secret is a missing one: the request would go out without a key.
            if (has && !sample->isEmpty())
                return *sample;
            return std::nullopt;
        case TemplateRef::Kind::System:
            if (has)
                return *sample;
            if (ref.name == QLatin1String("chatBotId"))
                return botId();
            if (ref.name == QLatin1String("chatBotUserPlatformId"))
                return userId();
            if (ref.name == QLatin1String("conversationId"))
                return conversationId();
            return std::nullopt;
        case TemplateRef::Kind::DataField:
            if (has)
                return *sample;
            if (const VariableValue *v = m_variables.find(ref.name))
                return text(*v);
            return std::nullopt;
        case TemplateRef::Kind::Unknown:
            break;
        }
        return std::nullopt;
    }
    bool isDataVariable(QStringView name) const override
    {
        return m_dataVariables.contains(name.toString());
    }

    // ScriptContext
    QString channelName() const override { return runtime::channelName(Channel::Messaging); }
    QString conversationId() const override
    {
        return m_input.samples.value(QStringLiteral("{$conversationId}"), trialConversationId);
    }
    QString userId() const override
    {
        return m_input.samples.value(QStringLiteral("{$chatBotUserPlatformId}"), trialUserId);
    }
    QString botId() const override
    {
        return m_input.samples.value(QStringLiteral("{$chatBotId}"), m_input.bot.id);
    }
    QString currentUserMessage() const override
    {
        return m_input.samples.value(QStringLiteral("{$userMessage}"),
                                     m_input.samples.value(QStringLiteral("{$query}")));
    }
    QString quickReplyPayload() const override { return {}; }
    QString buttonPayload() const override { return {}; }
    QString dialogStarterIntent() const override { return {}; }
    std::optional<QString> environmentValue(const QString &name) const override
    {
        const auto sample = m_input.samples.constFind(QStringLiteral("{$env.%1}").arg(name));
        if (sample != m_input.samples.cend())
            return *sample;
        const auto it = m_input.environment.constFind(name);
        if (it != m_input.environment.cend())
            return *it;
        return std::nullopt;
    }
    const VariableValue *botVariable(const QString &name) const override
    {
        if (const VariableValue *v = m_variables.find(name))
            return v;
        // Samples of `{$botContext.x}` are the variables a script finds set.
        const auto sample = m_input.samples.constFind(QStringLiteral("{$botContext.%1}").arg(name));
        if (sample == m_input.samples.cend())
            return nullptr;
        m_sampleValues.insert(name, VariableValue::fromText(*sample));
        return &m_sampleValues[name];
    }
    void setBotVariable(const QString &name, const VariableValue &value, StoreScope) override
    {
        set(name, value);
    }
    void removeBotVariable(const QString &name) override
    {
        m_variables.remove(name);
        m_changed.removeAll(name);
    }
    void sendMessage(const BotMessage &message) override
    {
        notes.append(Text::tr("the transform script sends a message: %1").arg(message.text));
    }
    void addQuickReplies(const QList<Choice> &) override {}
    void setTriggerNextMessage(const QString &) override {}
    void setMessageDelay(int) override {}
    void stopInteraction() override {}
    void printDebugMessage(const QString &text) override { notes.append(text); }
    void logEvent(const QString &text) override { notes.append(text); }
    bool apiExecutionSuccessful() const override { return m_success; }
    int apiStatusCode() const override { return m_status; }
    ContextStore &contextStore() override { return m_context; }
    QString lpEngagementAttribute(const QString &) const override { return {}; }
    QJsonObject lpCustomerInfo() const override { return {}; }
    QJsonObject lpPersonalInfo() const override { return {}; }
    QString lpAccountId() const override { return {}; }

    void setApiResult(bool success, int status)
    {
        m_success = success;
        m_status = status;
    }

private:
    QString text(const VariableValue &value) const
    {
        return value.isObject() && m_scripts ? m_scripts->stringify(value.object) : value.text;
    }

    const IntegrationTrialInput &m_input;
    ScriptHost *m_scripts;
    QSet<QString> m_dataVariables;
    VariableStore m_variables;
    mutable QHash<QString, VariableValue> m_sampleValues;
    QStringList m_changed;
    ContextStore m_context;
    bool m_success = false;
    int m_status = 0;
};

IntegrationTrial::IntegrationTrial(IntegrationTrialInput input, QObject *parent)
    : QObject(parent)
    , m_input(std::move(input))
{
    qRegisterMetaType<IntegrationTrialResult>();
}

IntegrationTrial::~IntegrationTrial() = default;

QList<TemplateRef> IntegrationTrial::templatesUsed(const Bot &bot, const Integration &integration)
{
    const IntegrationTrialInput input{bot, integration.id, {}, {}, {}};
    const Scope scope(input, nullptr);
    return integrationTemplates(integration, scope);
}

Result<HttpRequest> IntegrationTrial::buildRequest(QStringList *secrets) const
{
    const Integration *integration = m_input.bot.integration(m_input.integrationId);
    if (!integration)
        return Error{Text::tr("the integration does not exist any more"), {}};
    const Scope scope(m_input, nullptr);
    QStringList unknown;
    QStringList used;
    QStringList names;
    Result<HttpRequest> request = buildIntegrationRequest(
            *integration, scope, [&](const QString &text, TemplateContext context) {
                TemplateLog log;
                const QString out = expandTemplate(text, scope, context, &log, true);
                for (const QString &s : std::as_const(log.secretValues))
                    used.append(s);
                for (const QString &name : std::as_const(log.secretNames)) {
                    if (!names.contains(name))
                        names.append(name);
                }
                for (const QString &name : std::as_const(log.unknown)) {
                    if (!unknown.contains(name))
                        unknown.append(name);
                }
                return out;
            });
    if (secrets)
        *secrets = used;
    if (!unknown.isEmpty())
        return Error{unknown.size() == 1 ? Text::tr("%1 has no value: give it a sample value")
                                                   .arg(unknown.constFirst())
                                         : Text::tr("%1 have no value: give them sample values")
                                                   .arg(unknown.join(QStringLiteral(", "))),
                     {}};
    if (!request)
        return request.error();
    request->secretNames = names;
    if (const Result<void> valid = checkIntegrationRequest(*request, used); !valid)
        return valid.error();
    return request;
}

void IntegrationTrial::start(IntegrationTransport &transport)
{
    const quint64 run = ++m_run;
    m_running = true;
    m_secrets.clear();
    m_shown = {};
    m_clock.invalidate();
    Result<HttpRequest> request = buildRequest(&m_secrets);
    if (!request) {
        IntegrationTrialResult result;
        result.outcome = IntegrationTrialResult::Outcome::Refused;
        result.message = request.error().message;
        // Like a transport: never before start() returns.
        QTimer::singleShot(0, this, [this, run, result] {
            if (run == m_run && m_running)
                finish(result);
        });
        return;
    }
    m_shown = redactedRequest(*request, m_secrets);
    m_clock.start();
    transport.send(
            *request, [self = QPointer<IntegrationTrial>(this), run](Result<HttpResponse> result) {
                if (!self || run != self->m_run || !self->m_running)
                    return;
                // The answer may come before send() returns: handle it from the event loop.
                QTimer::singleShot(0, self, [self, run, result = std::move(result)]() mutable {
                    if (self)
                        self->answered(run, std::move(result));
                });
            });
}

void IntegrationTrial::cancel()
{
    if (!m_running)
        return;
    IntegrationTrialResult result;
    result.outcome = IntegrationTrialResult::Outcome::Cancelled;
    result.message = Text::tr("the request was cancelled");
    result.request = m_shown;
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    ++m_run;
    finish(result);
}

void IntegrationTrial::answered(quint64 run, Result<HttpResponse> answer)
{
    if (run != m_run || !m_running)
        return;
    IntegrationTrialResult result;
    result.request = m_shown;
    result.elapsedMs = m_clock.elapsed();
    if (!answer) {
        result.outcome = IntegrationTrialResult::Outcome::Failed;
        result.message = redactSecrets(answer.error().message, m_secrets);
        finish(result);
        return;
    }

    const Integration *integration = m_input.bot.integration(m_input.integrationId);
    const HttpResponse &response = *answer;
    result.outcome = IntegrationTrialResult::Outcome::Answered;
    result.success = response.status >= 200 && response.status < 300;
    result.response = response;
    for (auto &[name, value] : result.response.headers)
        value = redactSecrets(value, m_secrets);
    result.response.body = redactSecrets(QString::fromUtf8(response.body), m_secrets).toUtf8();
    if (!result.success)
        result.message = describeHttpFailure(response, m_secrets);

    // As Conversation::handleIntegrationResult() stores it.
    ScriptHost scripts(m_input.scriptBudget);
    Scope scope(m_input, &scripts);
    scope.setApiResult(result.success, response.status);
    const QString rdv = integration ? resultVariableName(*integration) : QString();
    const QString key = QStringLiteral("api_") + rdv;
    QJSValue object = scripts.engine().newObject();
    object.setProperty(QStringLiteral("jsonData"), apiResultJson(rdv, response.body));
    scope.set(key, {{}, object});
    scope.set(key + QStringLiteral("Status"),
              VariableValue::fromText(QString::number(response.status)));

    if (result.success && integration) {
        bool ran = true;
        if (!integration->transformScript.trimmed().isEmpty()) {
            scripts.setGlobalFunctions(m_input.bot.globalFunctions);
            ScriptOutcome outcome;
            const QJSValue scriptScope = scripts.newScope(scope, &outcome);
            if (!outcome.ok())
                scope.notes.append(scriptProblem(outcome));
            const int handle = scripts.compile(integration->transformScript,
                                               integration->name + QStringLiteral(" transform"));
            outcome = scripts.run(handle, scope, scriptScope);
            if (!outcome.ok())
                scope.notes.append(scriptProblem(outcome));
            // A script that runs out of time stops the turn: no custom data fields.
            ran = !outcome.interrupted();
        }
        if (ran) {
            QString json;
            if (const VariableValue *v = scope.find(key))
                json = v->isObject() ? scripts.memberText(v->object, {QStringLiteral("jsonData")})
                                               .value_or(QString())
                                     : v->text;
            for (const DataFieldValue &field : readDataFields(*integration, json)) {
                if (!field.ok) {
                    scope.notes.append(Text::tr("custom data field %1: cannot read the path %2")
                                               .arg(quoted(field.field), quoted(field.path)));
                    continue;
                }
                scope.set(rdv + QLatin1Char('.') + field.field,
                          VariableValue::fromText(field.value));
            }
        }
    }
    for (const auto &[name, value] : scope.changes())
        result.variables.append({name, redactSecrets(value, m_secrets)});
    for (const QString &note : std::as_const(scope.notes))
        result.notes.append(redactSecrets(note, m_secrets));
    finish(result);
}

void IntegrationTrial::finish(IntegrationTrialResult result)
{
    m_running = false;
    emit finished(result);
}

} // namespace dialogsmith::runtime
