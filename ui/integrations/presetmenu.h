#pragma once

#include "escalationpresets.h"

#include <QList>
#include <QString>

namespace dialogsmith::ui {

using network::EscalationRegion;

/// An escalation preset of model/network (`network::escalationPresets()`: URL, secret, body) as
/// the integrations editor offers it: a translated label and a description.
struct EscalationPresetEntry
{
    network::EscalationPreset preset;
    QString label;
    QString description;
};

/// The presets in menu order: US, EU, APAC, local agent desk.
///
/// The local agent desk uses `{$env.lpPlatformHost}` rather than a fixed
/// `http://127.0.0.1:<port>`: the desk's port is a setting of the machine running the preview,
/// not of the bot, and the sample bot's "Local" environment already points lpPlatformHost at it.
/// Binding another environment (US, EU...) then sends the same integration to that region
/// without editing it.
QList<EscalationPresetEntry> escalationPresetMenu();

} // namespace dialogsmith::ui
