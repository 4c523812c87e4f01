#include "previewnetwork.h"

#include "agentdesk.h"
#include "agentmessagepoller.h"
#include "bot.h"
#include "botruntime.h"
#include "embeddedagentdesk.h"
#include "escalationclient.h"
#include "escalationpresets.h"
#include "httpclient.h"
#include "secrethostprompt.h"
#include "secrethosts.h"
#include "secretstore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <map>

namespace dialogsmith::ui {

namespace {

bool isLoopbackUrl(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid())
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

/// The runtime's integrations go through here to the HTTP client, so a transfer can still
/// change its target when it is sent.
class PreviewNetwork::Integrations final : public runtime::IntegrationTransport
{
public:
    explicit Integrations(PreviewNetwork &owner)
        : m_owner(owner)
    {}
    void send(const runtime::HttpRequest &request, Done done) override
    {
        runtime::HttpRequest r = request;
        m_owner.redirect(r);
        m_owner.m_http->send(r, std::move(done));
    }

private:
    PreviewNetwork &m_owner;
};

PreviewNetwork::PreviewNetwork(QObject *parent)
    : QObject(parent)
    , m_http(new network::HttpClient(this))
    , m_integrations(std::make_unique<Integrations>(*this))
    , m_escalations(new network::EscalationClient(*m_http, {}, this))
    , m_desk(new network::EmbeddedAgentDesk(this))
    , m_store(std::make_unique<network::SecretStore>())
{
    // Secrets go only to the hosts stored with them, or where the user says they may.
    m_http->setSecretPolicy(&studioSecretHostPolicy());
    connect(m_http, &network::HttpClient::escalationQueued, this, &PreviewNetwork::follow);
    connect(m_desk, &network::EmbeddedAgentDesk::started, this, [this] {
        if (network::AgentDesk *desk = m_desk->desk(); desk && desk != m_watched) {
            m_watched = desk;
            connect(desk, &network::AgentDesk::transferQueued, this,
                    [this](const network::DeskTransfer &t) { emit transferQueued(t.id); });
        }
    });
}

PreviewNetwork::~PreviewNetwork()
{
    // Pollers send through the client: they stop first.
    m_pollers.clear();
}

runtime::IntegrationTransport *PreviewNetwork::integrations()
{
    return m_integrations.get();
}

void PreviewNetwork::redirect(runtime::HttpRequest &request)
{
    if (!m_handOver || !m_desk->isRunning()
        || request.method.compare(QLatin1String("POST"), Qt::CaseInsensitive) != 0)
        return;
    const QUrl url(request.url);
    const QUrl desk = m_desk->escalationEndpoint();
    if (url.host() != desk.host() || url.port() != desk.port() || url.path() != desk.path())
        return;
    QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonValue skillValue = body.value(QLatin1String("agentSkillId"));
    const QString skill = skillValue.isString() ? skillValue.toString()
                                                : QString::number(skillValue.toInteger());
    const std::optional<HandOverTarget> target = m_handOver(skill);
    if (!target)
        return;
    const QString conversation = body.value(QLatin1String("conversationId")).toString();
    body.insert(QStringLiteral("transcript"), m_history ? m_history(conversation) : QJsonArray());
    QString base = target->base.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    request.url = base + network::escalationPath();
    for (auto &[name, value] : request.headers) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            value = target->key;
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // The studio's own cloud on this machine, with its own key: no question.
    studioSecretHostPolicy().allowForRun(network::SecretHostPolicy::hostOf(target->base));
    m_handedOver.insert(conversation);
}

runtime::EscalationTransport *PreviewNetwork::escalations()
{
    return m_escalations;
}

void PreviewNetwork::prepare(const document::Bot &bot, runtime::Channel channel,
                             runtime::RuntimeOptions &options, QStringList *notes)
{
    QHash<QString, QString> secrets;
    QStringList names = network::runtimeSecrets(bot);

    QString host = options.environmentOverrides.value(network::escalationHostVariable());
    if (!options.environmentOverrides.contains(network::escalationHostVariable())) {
        const QString name
                = options.environment.isEmpty() ? bot.defaultEnvironment : options.environment;
        if (const document::Environment *env = bot.environment(name)) {
            for (const document::KeyValue &kv : env->values) {
                if (kv.key == network::escalationHostVariable())
                    host = kv.value;
            }
        }
    }
    // Only the messaging channel hands over; in web the desk would never hear from the bot.
    if (m_routesToDesk && channel == runtime::Channel::Messaging && isLoopbackUrl(host)) {
        const document::Result<quint16> port = m_desk->ensureStarted();
        if (port) {
            options.environmentOverrides.insert(m_desk->environmentOverrides());
            // The key is the desk's own, and the desk is the studio's: no question.
            studioSecretHostPolicy().allowForRun(
                    network::SecretHostPolicy::hostOf(m_desk->baseUrl()));
            secrets.insert(network::escalationSecretName(), m_desk->key());
            names.removeAll(network::escalationSecretName());
            if (notes)
                notes->append(tr("%1 %2 goes to the studio's agent desk at %3 (key: the "
                                 "secret %4).")
                                      .arg(network::escalationHostVariable(), host.trimmed(),
                                           m_desk->baseUrl().toString(),
                                           network::escalationSecretName()));
        } else if (notes) {
            notes->append(tr("The agent desk did not start: %1").arg(port.error().message));
        }
    }

    if (!names.isEmpty()) {
        QStringList problems;
        secrets.insert(m_store->values(names, &problems));
        if (notes)
            notes->append(problems);
    }
    options.secret = network::secretResolver(secrets);
}

void PreviewNetwork::configureEscalations(const runtime::BotRuntime &runtime,
                                          const runtime::RuntimeOptions &options)
{
    // ESCALATION interactions go where the bot's escalation integration goes.
    QString host = runtime.environment().value(network::escalationHostVariable()).trimmed();
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    network::EscalationTarget target;
    if (!host.isEmpty())
        target.endpoint = host + network::escalationPath();
    if (options.secret)
        target.authorization = options.secret(network::escalationSecretName()).value_or(QString());
    m_escalations->setTarget(target);
}

void PreviewNetwork::forgetConversations()
{
    m_pollers.clear();
}

document::Result<void> PreviewNetwork::answerNewestTransfer(const QString &text)
{
    network::AgentDesk *desk = m_desk->desk();
    const QList<network::DeskTransfer> transfers
            = desk ? desk->transfers() : QList<network::DeskTransfer>();
    for (auto it = transfers.crbegin(); it != transfers.crend(); ++it) {
        if (it->state == network::DeskTransfer::State::Closed)
            continue;
        if (it->state == network::DeskTransfer::State::Queued) {
            if (const auto accepted = desk->accept(it->id); !accepted)
                return accepted.error();
        }
        if (const auto sent = desk->sendMessage(it->id, text); !sent)
            return sent.error();
        return {};
    }
    return document::Error{tr("The agent desk has no open transfer to answer."), {}};
}

void PreviewNetwork::follow(const network::EscalationTicket &ticket)
{
    const QString conversation = ticket.conversationId;
    if (m_handedOver.erase(conversation))
        emit handedOver(conversation);
    const QString skill = ticket.skillName.isEmpty() ? ticket.skillId : ticket.skillName;
    emit notice(conversation,
                skill.isEmpty() ? tr("The conversation was handed over to an agent.")
                                : tr("The conversation was handed over to an agent (skill "
                                     "%1).")
                                          .arg(skill),
                false);
    auto poller = std::make_unique<network::AgentMessagePoller>(*m_http, ticket);
    network::AgentMessagePoller *p = poller.get();
    // One poll can bring the acceptance and the first message: the chat says "accepted"
    // before it shows what the agent wrote.
    auto accepted = std::make_shared<bool>(false);
    auto announce = [this, conversation, accepted] {
        if (std::exchange(*accepted, true))
            return;
        emit notice(conversation, tr("An agent accepted the transfer."), false);
    };
    connect(p, &network::AgentMessagePoller::agentMessage, this,
            [this, conversation, announce](const QString &text) {
                announce();
                emit agentMessage(conversation, text);
            });
    connect(p, &network::AgentMessagePoller::stateChanged, this, [announce](const QString &state) {
        if (state == QLatin1String("accepted"))
            announce();
    });
    connect(p, &network::AgentMessagePoller::transferClosed, this, [this, conversation] {
        emit notice(conversation, tr("The agent closed the conversation."), false);
    });
    connect(p, &network::AgentMessagePoller::failed, this,
            [this, conversation](const QString &message) {
                emit notice(conversation, tr("Agent replies stopped: %1").arg(message), true);
            });
    m_pollers[conversation] = std::move(poller);
    p->start();
}

} // namespace dialogsmith::ui
