#include "escalationpresets.h"

#include <QCoreApplication>

namespace dialogsmith::ui {

namespace {

const QString endpointPath = QStringLiteral("/botservice-0.1/botcentral/livePersonAgent");

// Not a QObject: gives the preset labels a translation context that lupdate sees too.
class EscalationPresets
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::ui::EscalationPresets)
};

} // namespace

QList<EscalationPreset> escalationPresets()
{
    return {
            {EscalationRegion::US, EscalationPresets::tr("US"),
             EscalationPresets::tr("LivePerson's US platform"),
             QStringLiteral("https://platformservice.botcentralapi.com") + endpointPath},
            {EscalationRegion::EU, EscalationPresets::tr("EU"),
             EscalationPresets::tr("LivePerson's EU platform"),
             QStringLiteral("https://platformservice-eu.botcentralapi.com") + endpointPath},
            {EscalationRegion::APAC, EscalationPresets::tr("APAC"),
             EscalationPresets::tr("LivePerson's Asia-Pacific platform"),
             QStringLiteral("https://platformservice-ap.botcentralapi.com") + endpointPath},
            {EscalationRegion::LocalAgentDesk, EscalationPresets::tr("Local Agent Desk"),
             EscalationPresets::tr(
                     "The host of the bound environment (lpPlatformHost): the agent desk on this "
                     "computer with the \"Local\" environment"),
             QStringLiteral("{$env.lpPlatformHost}") + endpointPath},
    };
}

QString escalationSecretName()
{
    return QStringLiteral("lpApiKey");
}

document::Integration applyEscalationPreset(document::Integration integration,
                                            EscalationRegion region)
{
    for (const EscalationPreset &preset : escalationPresets()) {
        if (preset.region == region)
            integration.url = preset.url;
    }
    integration.method = QStringLiteral("POST");

    document::KeyValueList headers;
    const auto header = [&](const QString &key, const QString &value) {
        document::KeyValue kv;
        for (const document::KeyValue &old : std::as_const(integration.headers)) {
            if (old.key.compare(key, Qt::CaseInsensitive) == 0)
                kv = old; // keeps whatever else the file said about it
        }
        kv.key = key;
        kv.value = value;
        headers.append(kv);
    };
    header(QStringLiteral("Authorization"),
           QStringLiteral("{$secret.%1}").arg(escalationSecretName()));
    header(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    for (const document::KeyValue &old : std::as_const(integration.headers)) {
        if (old.key.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) != 0
            && old.key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            headers.append(old);
    }
    integration.headers = headers;

    integration.body = QStringLiteral("{\n"
                                      "  \"userPlatformId\": \"{$chatBotUserPlatformId}\",\n"
                                      "  \"chatBotId\": \"{$chatBotId}\",\n"
                                      "  \"message\": \"{$botContext.transferMessage}\",\n"
                                      "  \"conversationId\": \"{$botContext.convId}\",\n"
                                      "  \"agentSkillName\": \"{$botContext.agentSkillName}\",\n"
                                      "  \"agentSkillId\": \"{$botContext.agentSkillId}\"\n"
                                      "}");
    return integration;
}

} // namespace dialogsmith::ui
