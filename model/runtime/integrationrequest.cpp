#include "integrationrequest.h"

#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace dialogsmith::runtime {

using document::Integration;
using document::KeyValue;

QString resultVariableName(const Integration &integration)
{
    return integration.responseDataVariable.isEmpty() ? integration.name
                                                      : integration.responseDataVariable;
}

HttpRequest buildIntegrationRequest(const Integration &integration, const RequestExpander &expand)
{
    HttpRequest request;
    request.integrationName = integration.name;
    request.method
            = integration.method.isEmpty() ? QStringLiteral("GET") : integration.method.toUpper();
    request.timeoutMs = integration.timeoutMs;

    // A template at the very start is the base URL (`{$env.host}/path`): it stays as it is.
    QString url = integration.url.trimmed();
    QString base;
    if (url.startsWith(QLatin1String("{$"))) {
        const qsizetype close = url.indexOf(QLatin1Char('}'));
        if (close > 0) {
            base = expand(url.left(close + 1), TemplateContext::Text);
            url = url.mid(close + 1);
        }
    }
    request.url = base + expand(url, TemplateContext::Url);
    QStringList query;
    for (const KeyValue &p : integration.queryParams) {
        if (!p.key.isEmpty())
            query.append(QString::fromLatin1(QUrl::toPercentEncoding(p.key)) + QLatin1Char('=')
                         + QString::fromLatin1(
                                 QUrl::toPercentEncoding(expand(p.value, TemplateContext::Text))));
    }
    if (!query.isEmpty())
        request.url
                += (request.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                   + query.join(QLatin1Char('&'));

    for (const KeyValue &h : integration.headers) {
        if (!h.key.isEmpty())
            request.headers.append({h.key, expand(h.value, TemplateContext::Text)});
    }
    const QString body = integration.body.trimmed();
    const bool json = body.startsWith(QLatin1Char('{')) || body.startsWith(QLatin1Char('['));
    request.body
            = expand(integration.body, json ? TemplateContext::JsonString : TemplateContext::Text)
                      .toUtf8();
    return request;
}

QList<TemplateRef> integrationTemplates(const Integration &integration, const TemplateScope &scope)
{
    QList<TemplateRef> refs;
    QStringList seen;
    const auto scan = [&](const QString &text) {
        qsizetype open = text.indexOf(QLatin1Char('{'));
        while (open >= 0) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), open + 1);
            if (close < 0)
                return;
            const std::optional<TemplateRef> ref
                    = parseTemplateRef(QStringView(text).mid(open + 1, close - open - 1), scope);
            if (!ref) {
                open = text.indexOf(QLatin1Char('{'), open + 1);
                continue;
            }
            const QString key = templateText(*ref);
            if (!seen.contains(key)) {
                seen.append(key);
                refs.append(*ref);
            }
            open = text.indexOf(QLatin1Char('{'), close + 1);
        }
    };
    scan(integration.url);
    for (const KeyValue &p : integration.queryParams)
        scan(p.value);
    for (const KeyValue &h : integration.headers)
        scan(h.value);
    scan(integration.body);
    return refs;
}

QString templateText(const TemplateRef &ref)
{
    switch (ref.kind) {
    case TemplateRef::Kind::BotVariable:
        return QStringLiteral("{$botContext.%1}").arg(ref.name);
    case TemplateRef::Kind::Environment:
        return QStringLiteral("{$env.%1}").arg(ref.name);
    case TemplateRef::Kind::Secret:
        return QStringLiteral("{$secret.%1}").arg(ref.name);
    case TemplateRef::Kind::System:
    case TemplateRef::Kind::Unknown:
        return QStringLiteral("{$%1}").arg(ref.name);
    case TemplateRef::Kind::DataField:
        break;
    }
    return QStringLiteral("{%1}").arg(ref.name);
}

QString apiResultJson(const QString &name, const QByteArray &body)
{
    const QString key = QStringLiteral("api_") + name;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QJsonObject wrapped;
    if (parseError.error == QJsonParseError::NoError)
        wrapped.insert(key, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    else
        wrapped.insert(key, QString::fromUtf8(body));
    return QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
}

QList<DataFieldValue> readDataFields(const Integration &integration, const QString &resultJson)
{
    QList<DataFieldValue> out;
    if (integration.customDataFields.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(resultJson.toUtf8());
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const KeyValue &field : integration.customDataFields) {
        if (field.key.isEmpty())
            continue;
        DataFieldValue value{field.key, field.value, {}, true};
        if (const std::optional<JsonPathResult> result = evaluateJsonPath(root, field.value))
            value.value = result->many ? result->values.join(QStringLiteral(", "))
                                       : result->values.value(0);
        else
            value.ok = false;
        out.append(value);
    }
    return out;
}

HttpRequest redactedRequest(HttpRequest request, const QStringList &secrets)
{
    request.url = redactSecrets(request.url, secrets);
    for (auto &[name, value] : request.headers) {
        value = name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
                        ? QStringLiteral("***")
                        : redactSecrets(value, secrets);
    }
    request.body = redactSecrets(QString::fromUtf8(request.body), secrets).toUtf8();
    return request;
}

} // namespace dialogsmith::runtime
