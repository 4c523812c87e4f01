#pragma once

#include "integration.h"
#include "transport.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace dialogsmith::network {

/// Where Conversation Builder's legacy agent-escalation call ("livePersonAgent") goes.
enum class EscalationRegion { US, EU, APAC, LocalAgentDesk };

/// One escalation target: LivePerson's three regional hosts (docs/architecture.md, "Network")
/// and the local agent
/// desk. Plain data for any code that offers or checks escalation targets (the studio's
/// integration editor, the CLI, the embedded desk).
struct EscalationPreset
{
    EscalationRegion region;
    QString id;    ///< "us", "eu", "apac", "local": stable, for settings and the command line
    QString label; ///< "US", "EU", "APAC", "Local agent desk"
    QString host;  ///< scheme and host; for the local desk `{$env.lpPlatformHost}`
    QString url;   ///< host + escalationPath()

    /// The endpoint with the local desk's template replaced by `localDesk` (its base URL).
    QUrl endpoint(const QUrl &localDesk = {}) const;
};

/// The presets in menu order: US, EU, APAC, local agent desk.
///
/// The local agent desk uses `{$env.lpPlatformHost}` rather than a fixed address: the desk's port
/// belongs to the machine running the bot, not to the bot, and the sample bot's "Local"
/// environment points lpPlatformHost at it.
QList<EscalationPreset> escalationPresets();
/// The preset for `region`.
EscalationPreset escalationPreset(EscalationRegion region);

/// "/botservice-0.1/botcentral/livePersonAgent"
QString escalationPath();
/// The secret the presets' Authorization header names: "lpApiKey".
QString escalationSecretName();
/// The environment value the local preset reads: "lpPlatformHost".
QString escalationHostVariable();
/// The six body fields, in the order CB sends them: userPlatformId, chatBotId, message,
/// conversationId, agentSkillName, agentSkillId.
QStringList escalationFields();
/// The body template of the legacy escalation integration (the six fields as templates).
QString escalationBodyTemplate();
/// The six-field body for an ESCALATION interaction's transfer, as compact JSON.
QByteArray escalationBody(const runtime::EscalationRequest &request);

/// True when `url` is the legacy escalation endpoint (any host).
bool isEscalationEndpoint(const QUrl &url);
/// The base URL of the server behind an escalation endpoint: the endpoint without
/// escalationPath() (scheme, host, port and any path prefix before it).
QUrl escalationBase(const QUrl &endpoint);

/// `integration` set up as an escalation call for `region`: POST, the region's URL,
/// `Authorization: {$secret.lpApiKey}`, `Content-Type: application/json` (replacing headers of
/// those names, keeping the others after them) and the six-field body. Everything else stays.
document::Integration applyEscalationPreset(document::Integration integration,
                                            EscalationRegion region);

} // namespace dialogsmith::network
