// The template expander and the requests it builds: a value is escaped for where it stands, so it
// never changes the structure around it (a JSON body stays valid JSON, the URL's host stays the
// one its author wrote), and every escape decodes back to the value.

#include "fuzzing.h"
#include "integration.h"
#include "integrationrequest.h"
#include "templateexpander.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace dialogsmith;
using namespace dialogsmith::runtime;

namespace {

/// Every template has a value: `conversation` for what the conversation sets, `author` for what
/// the bot's author sets (environment, secrets).
class Scope final : public TemplateScope
{
public:
    Scope(QString conversation, QString author)
        : m_conversation(std::move(conversation))
        , m_author(std::move(author))
    {}
    std::optional<QString> resolve(const TemplateRef &ref) const override
    {
        if (ref.kind == TemplateRef::Kind::Unknown)
            return std::nullopt;
        return ref.kind == TemplateRef::Kind::Environment || ref.kind == TemplateRef::Kind::Secret
                       ? m_author
                       : m_conversation;
    }
    bool isDataVariable(QStringView name) const override { return name == QLatin1String("rdv"); }

private:
    QString m_conversation;
    QString m_author;
};

document::Result<HttpRequest> build(const document::Integration &integration, const Scope &scope)
{
    return buildIntegrationRequest(integration, scope,
                                   [&scope](const QString &text, TemplateContext context) {
                                       return expandTemplate(text, scope, context, nullptr, true);
                                   });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList in = fuzzing::parts(data, size, 4);
    const QString &text = in.at(0);
    const QString &value = in.at(1);
    const Scope scope(value, in.at(2));

    // Each escape decodes back to the value.
    const QString json = escapeTemplateValue(value, TemplateContext::JsonString);
    const QJsonDocument decoded = QJsonDocument::fromJson(
            (QStringLiteral("[\"") + json + QStringLiteral("\"]")).toUtf8());
    FUZZ_CHECK(decoded.isArray() && decoded.array().at(0).toString() == value, value);
    const QString url = escapeTemplateValue(value, TemplateContext::Url);
    FUZZ_CHECK(QUrl::fromPercentEncoding(url.toLatin1()) == value, value);
    const QString xml = escapeTemplateValue(value, TemplateContext::Xml);
    FUZZ_CHECK(!xml.contains(QLatin1Char('<')) && !xml.contains(QLatin1Char('"'))
                       && !xml.contains(QLatin1Char('\'')),
               xml);
    for (const TemplateContext context : {TemplateContext::Text, TemplateContext::JsonString,
                                          TemplateContext::Url, TemplateContext::Xml})
        expandTemplate(text, scope, context, nullptr, true);

    // A JSON body keeps its structure whatever the conversation's values are.
    static const QString contentTypes[]
            = {QStringLiteral("application/json"), QString(),
               QStringLiteral("application/x-www-form-urlencoded"), QStringLiteral("text/xml"),
               QStringLiteral("text/plain")};
    document::Integration integration = document::Integration::create(QStringLiteral("F"));
    integration.url = QStringLiteral("{$env.host}/x");
    integration.body = text;
    const QString type = contentTypes[in.at(3).size() % 5];
    if (!type.isEmpty())
        integration.headers = {{QStringLiteral("Content-Type"), type, {}}};
    const document::Result<HttpRequest> request = build(integration, scope);
    const Scope zero(QStringLiteral("0"), in.at(2));
    const document::Result<HttpRequest> shape = build(integration, zero);
    if (request && shape && type == QLatin1String("application/json")
        && !QJsonDocument::fromJson(shape->body).isNull())
        FUZZ_CHECK(!QJsonDocument::fromJson(request->body).isNull(),
                   text + QLatin1Char('\n') + value);

    // The URL's scheme and host never come from the conversation.
    integration.url = text;
    integration.body.clear();
    const document::Result<HttpRequest> first = build(integration, scope);
    const document::Result<HttpRequest> second
            = build(integration, Scope(QStringLiteral("other"), in.at(2)));
    if (first && second) {
        const QUrl a(first->url);
        const QUrl b(second->url);
        FUZZ_CHECK(a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port(),
                   text + QLatin1Char('\n') + value + QLatin1Char('\n') + first->url
                           + QLatin1Char('\n') + second->url);
    }
    return 0;
}
