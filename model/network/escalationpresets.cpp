#include "escalationpresets.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dialogsmith::network {

namespace {

/// The translation context of the presets' labels.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::network::EscalationPresets)
};

EscalationPreset preset(EscalationRegion region, const char *id, const QString &label,
                        const QString &host)
{
    return {region, QString::fromLatin1(id), label, host, host + escalationPath()};
}

} // namespace

QUrl EscalationPreset::endpoint(const QUrl &localDesk) const
{
    if (region != EscalationRegion::LocalAgentDesk)
        return QUrl(url);
    if (!localDesk.isValid())
        return {};
    QString base = localDesk.toString(QUrl::StripTrailingSlash);
    return QUrl(base + escalationPath());
}

QList<EscalationPreset> escalationPresets()
{
    return {
            preset(EscalationRegion::US, "us", Text::tr("US"),
                   QStringLiteral("https://platformservice.botcentralapi.com")),
            preset(EscalationRegion::EU, "eu", Text::tr("EU"),
                   QStringLiteral("https://platformservice-eu.botcentralapi.com")),
            preset(EscalationRegion::APAC, "apac", Text::tr("APAC"),
                   QStringLiteral("https://platformservice-ap.botcentralapi.com")),
            preset(EscalationRegion::LocalAgentDesk, "local", Text::tr("Local agent desk"),
                   QStringLiteral("{$env.") + escalationHostVariable() + QLatin1Char('}')),
    };
}

EscalationPreset escalationPreset(EscalationRegion region)
{
    const QList<EscalationPreset> all = escalationPresets();
    for (const EscalationPreset &p : all) {
        if (p.region == region)
            return p;
    }
    return all.first();
}

QString escalationPath()
{
    return QStringLiteral("/botservice-0.1/botcentral/livePersonAgent");
}

QString escalationSecretName()
{
    return QStringLiteral("lpApiKey");
}

QString escalationHostVariable()
{
    return QStringLiteral("lpPlatformHost");
}

QStringList escalationFields()
{
    return {QStringLiteral("userPlatformId"), QStringLiteral("chatBotId"),
            QStringLiteral("message"),        QStringLiteral("conversationId"),
            QStringLiteral("agentSkillName"), QStringLiteral("agentSkillId")};
}

QString escalationBodyTemplate()
{
    return QStringLiteral("{\n"
                          "  \"userPlatformId\": \"{$chatBotUserPlatformId}\",\n"
                          "  \"chatBotId\": \"{$chatBotId}\",\n"
                          "  \"message\": \"{$botContext.transferMessage}\",\n"
                          "  \"conversationId\": \"{$botContext.convId}\",\n"
                          "  \"agentSkillName\": \"{$botContext.agentSkillName}\",\n"
                          "  \"agentSkillId\": \"{$botContext.agentSkillId}\"\n"
                          "}");
}

QByteArray escalationBody(const runtime::EscalationRequest &request)
{
    // Written by hand to keep CB's field order (QJsonObject sorts its keys).
    const QStringList values{request.userId,         request.botId,     request.message,
                             request.conversationId, request.skillName, request.skillId};
    const QStringList fields = escalationFields();
    QByteArray body("{");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            body += ',';
        // A one-member document is the simplest correct JSON string escaping.
        QByteArray member = QJsonDocument(QJsonObject{{fields.at(i), values.at(i)}})
                                    .toJson(QJsonDocument::Compact);
        body += member.mid(1, member.size() - 2);
    }
    body += '}';
    return body;
}

bool isEscalationEndpoint(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("/botcentral/livePersonAgent"), Qt::CaseInsensitive);
}

QUrl escalationBase(const QUrl &endpoint)
{
    QUrl base = endpoint;
    QString path = base.path();
    const qsizetype at = path.indexOf(escalationPath(), 0, Qt::CaseInsensitive);
    path = at >= 0 ? path.left(at) : QString();
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    base.setUserInfo(QString());
    return base;
}

document::Integration applyEscalationPreset(document::Integration integration,
                                            EscalationRegion region)
{
    integration.url = escalationPreset(region).url;
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
           QStringLiteral("{$secret.") + escalationSecretName() + QLatin1Char('}'));
    header(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    for (const document::KeyValue &old : std::as_const(integration.headers)) {
        if (old.key.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) != 0
            && old.key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            headers.append(old);
    }
    integration.headers = headers;
    integration.body = escalationBodyTemplate();
    return integration;
}

} // namespace dialogsmith::network
