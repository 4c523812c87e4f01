#include "integrationrequest.h"

#include "jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace dialogsmith::runtime {

using document::Integration;
using document::KeyValue;

QString resultVariableName(const Integration &integration)
{
    return integration.responseDataVariable.isEmpty() ? integration.name
                                                      : integration.responseDataVariable;
}

namespace {
/// The translation context of the request checks (shared with Send Test Request's messages).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::IntegrationTrial)
};

/// A piece of a field: literal text, or a template as written (`{$botContext.n}`).
struct Piece
{
    QString text;
    std::optional<TemplateRef> ref;
};

/// `text` cut into literal text and templates, found as expandTemplate() finds them.
QList<Piece> pieces(const QString &text, const TemplateScope &scope)
{
    QList<Piece> out;
    qsizetype copied = 0;
    forEachTemplate(text, scope, [&](qsizetype open, qsizetype close, TemplateRef ref) {
        if (open > copied)
            out.append({text.mid(copied, open - copied), std::nullopt});
        out.append({text.mid(open, close - open + 1), std::move(ref)});
        copied = close + 1;
    });
    if (copied < text.size())
        out.append({text.mid(copied), std::nullopt});
    return out;
}

/// Values the bot's author set, not the conversation: they may choose where a request goes.
bool choosesOrigin(TemplateRef::Kind kind)
{
    return kind == TemplateRef::Kind::Environment || kind == TemplateRef::Kind::Secret;
}

/// Tells, as a URL grows, when it has its scheme and host: "https://host/" (a path, query or
/// fragment began). Each character is looked at once.
class OriginWatch
{
public:
    bool complete(const QString &url)
    {
        if (m_hostStart < 0) {
            // A "://" may have begun in the last two characters looked at.
            const qsizetype scheme
                    = url.indexOf(QLatin1String("://"), std::max<qsizetype>(0, m_checked - 2));
            if (scheme < 0) {
                m_checked = url.size();
                return false;
            }
            m_hostStart = scheme + 3;
            m_checked = m_hostStart;
        }
        for (qsizetype i = m_checked; i < url.size(); ++i) {
            const QChar c = url.at(i);
            if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
                return true;
        }
        m_checked = url.size();
        return false;
    }

private:
    qsizetype m_checked = 0;
    qsizetype m_hostStart = -1;
};

document::Result<QString> expandUrl(const QString &url, const TemplateScope &scope,
                                    const RequestExpander &expand)
{
    // Up to the end of the host only environment values and secrets are taken as they are;
    // everything after is URL-encoded. A value from the conversation (a bot variable, the user's
    // message, an API's answer) never chooses the scheme or the host.
    QString out;
    bool origin = false;
    OriginWatch watch;
    for (const Piece &piece : pieces(url.trimmed(), scope)) {
        if (!piece.ref) {
            out += piece.text;
        } else if (origin) {
            out += expand(piece.text, TemplateContext::Url);
        } else if (choosesOrigin(piece.ref->kind)) {
            out += expand(piece.text, TemplateContext::Text);
        } else {
            return document::Error{
                    QStringLiteral("%1 stands where the URL names its scheme or host: a value "
                                   "from the conversation may not choose where a request goes "
                                   "(use {$env.NAME} for the host)")
                            .arg(piece.text),
                    {}};
        }
        origin = origin || watch.complete(out);
    }
    return out;
}

enum class BodyKind { Text, Json, Form, Xml };

/// What a body is: by its Content-Type header when there is one, else by its first character.
template<typename Headers>
BodyKind bodyKind(const Headers &headers, const QString &body)
{
    for (const auto &[name, value] : headers) {
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            continue;
        const QString type = value.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        if (type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json")))
            return BodyKind::Json;
        if (type == QLatin1String("application/x-www-form-urlencoded"))
            return BodyKind::Form;
        if (type.endsWith(QLatin1String("/xml")) || type.endsWith(QLatin1String("+xml")))
            return BodyKind::Xml;
        return BodyKind::Text;
    }
    const QString trimmed = body.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')))
        return BodyKind::Json;
    if (trimmed.startsWith(QLatin1Char('<')))
        return BodyKind::Xml;
    return BodyKind::Text;
}

/// True when `text` is exactly one JSON value (a number, true, false, null, a string, an object
/// or an array), so that it cannot add members or items around it.
bool isOneJsonValue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArrayLiteral("[") + text.toUtf8() + QByteArrayLiteral("]"), &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1;
}

document::Result<QString> expandJsonBody(const QString &body, const TemplateScope &scope,
                                         const RequestExpander &expand)
{
    // Inside a string a value is escaped as string content; outside one it must be one whole
    // JSON value, or the request is not sent.
    QString out;
    bool inString = false;
    for (const Piece &piece : pieces(body, scope)) {
        if (!piece.ref) {
            for (qsizetype i = 0; i < piece.text.size(); ++i) {
                const QChar c = piece.text.at(i);
                if (inString && c == QLatin1Char('\\'))
                    ++i; // the escaped character cannot end the string
                else if (c == QLatin1Char('"'))
                    inString = !inString;
            }
            out += piece.text;
            continue;
        }
        if (inString) {
            out += expand(piece.text, TemplateContext::JsonString);
            continue;
        }
        const QString value = expand(piece.text, TemplateContext::Text);
        if (!isOneJsonValue(value))
            return document::Error{
                    QStringLiteral("%1 stands outside quotes in the JSON body, so its value must "
                                   "be one JSON value (a number, true, false, null, a quoted "
                                   "string, an object or an array), and it is not: put the "
                                   "template in quotes to send it as text")
                            .arg(piece.text),
                    {}};
        out += value.trimmed();
    }
    return out;
}

} // namespace

document::Result<HttpRequest> buildIntegrationRequest(const Integration &integration,
                                                      const TemplateScope &scope,
                                                      const RequestExpander &expand)
{
    HttpRequest request;
    request.integrationName = integration.name;
    request.method
            = integration.method.isEmpty() ? QStringLiteral("GET") : integration.method.toUpper();
    request.timeoutMs = integration.timeoutMs;

    document::Result<QString> url = expandUrl(integration.url, scope, expand);
    if (!url)
        return url.error();
    request.url = *url;
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
    QList<QPair<QString, QString>> headers;
    for (const KeyValue &h : integration.headers)
        headers.append({h.key, h.value});
    switch (bodyKind(headers, integration.body)) {
    case BodyKind::Json: {
        document::Result<QString> body = expandJsonBody(integration.body, scope, expand);
        if (!body)
            return body.error();
        request.body = body->toUtf8();
        break;
    }
    case BodyKind::Form:
        request.body = expand(integration.body, TemplateContext::Url).toUtf8();
        break;
    case BodyKind::Xml:
        request.body = expand(integration.body, TemplateContext::Xml).toUtf8();
        break;
    case BodyKind::Text:
        request.body = expand(integration.body, TemplateContext::Text).toUtf8();
        break;
    }
    return request;
}

document::Result<void> checkIntegrationRequest(const HttpRequest &request,
                                               const QStringList &secrets)
{
    const QString shownUrl = redactSecrets(request.url, secrets);
    const QUrl url(request.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (request.url.trimmed().isEmpty())
        return document::Error{Text::tr("the URL is empty"), {}};
    if (!url.isValid())
        return document::Error{Text::tr("the URL \"%1\" is not valid: %2")
                                       .arg(shownUrl, redactSecrets(url.errorString(), secrets)),
                               {}};
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return document::Error{
                Text::tr("the URL \"%1\" does not start with http:// or https://").arg(shownUrl),
                {}};
    if (url.host().isEmpty())
        return document::Error{Text::tr("the URL \"%1\" names no host").arg(shownUrl), {}};

    const QByteArray body = request.body.trimmed();
    if (bodyKind(request.headers, QString::fromUtf8(body)) == BodyKind::Json && !body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return document::Error{Text::tr("the body is not valid JSON once its templates "
                                            "are filled in: %1 at byte %2")
                                           .arg(error.errorString())
                                           .arg(error.offset),
                                   {}};
    }
    return {};
}

QList<TemplateRef> integrationTemplates(const Integration &integration, const TemplateScope &scope)
{
    QList<TemplateRef> refs;
    QSet<QString> seen;
    const auto scan = [&](const QString &text) {
        forEachTemplate(text, scope, [&](qsizetype, qsizetype, TemplateRef ref) {
            const QString key = templateText(ref);
            if (!seen.contains(key)) {
                seen.insert(key);
                refs.append(std::move(ref));
            }
        });
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
