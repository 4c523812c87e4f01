#include "presetmenu.h"

#include <QCoreApplication>

namespace dialogsmith::ui {

namespace {

// Not a QObject: gives the preset labels a translation context that lupdate sees too.
class EscalationPresets
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::ui::EscalationPresets)
};

} // namespace

QList<EscalationPresetEntry> escalationPresetMenu()
{
    QList<EscalationPresetEntry> entries;
    for (const network::EscalationPreset &preset : network::escalationPresets()) {
        switch (preset.region) {
        case EscalationRegion::US:
            entries.append({preset, EscalationPresets::tr("US"),
                            EscalationPresets::tr("LivePerson's US platform")});
            break;
        case EscalationRegion::EU:
            entries.append({preset, EscalationPresets::tr("EU"),
                            EscalationPresets::tr("LivePerson's EU platform")});
            break;
        case EscalationRegion::APAC:
            entries.append({preset, EscalationPresets::tr("APAC"),
                            EscalationPresets::tr("LivePerson's Asia-Pacific platform")});
            break;
        case EscalationRegion::LocalAgentDesk:
            entries.append({preset, EscalationPresets::tr("Local Agent Desk"),
                            EscalationPresets::tr("The host of the bound environment "
                                                  "(lpPlatformHost): the agent desk on this "
                                                  "computer with the \"Local\" environment")});
            break;
        }
    }
    return entries;
}

} // namespace dialogsmith::ui
