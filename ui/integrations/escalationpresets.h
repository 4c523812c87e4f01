#pragma once

#include "integration.h"

#include <QList>
#include <QString>

namespace dialogsmith::ui {

/// Where a legacy Conversation Builder escalation ("livePersonAgent") call goes.
enum class EscalationRegion { US, EU, APAC, LocalAgentDesk };

struct EscalationPreset
{
    EscalationRegion region;
    QString label;
    QString description;
    QString url;
};

/// The presets in menu order. The three regions are CB's fixed hosts (DESIGN.md §4).
///
/// The local agent desk uses `{$env.lpPlatformHost}` rather than a fixed
/// `http://127.0.0.1:<port>`: the desk's port is a setting of the machine running the preview,
/// not of the bot, and the sample bot's "Local" environment already points lpPlatformHost at it.
/// Binding another environment (US, EU...) then sends the same integration to that region
/// without editing it.
QList<EscalationPreset> escalationPresets();

/// The secret the presets' Authorization header names: `{$secret.lpApiKey}`.
QString escalationSecretName();

/// `integration` set up as an escalation call for `region`: method POST, the region's URL,
/// `Authorization: {$secret.lpApiKey}` and `Content-Type: application/json` (replacing headers
/// of those names, keeping the others after them), and the six-field JSON body (userPlatformId,
/// chatBotId, message, conversationId, agentSkillName, agentSkillId). Name, response data
/// variable, transform script and everything else stay as they were.
document::Integration applyEscalationPreset(document::Integration integration,
                                            EscalationRegion region);

} // namespace dialogsmith::ui
