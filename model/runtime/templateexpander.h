#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dialogsmith::runtime {

/// Where an expanded value goes, which decides how it is escaped.
enum class TemplateContext {
    Text,       ///< as it is: messages, headers
    JsonString, ///< inside a JSON string literal: quotes, backslashes and controls escaped
    Url,        ///< inside a URL or a form body: percent-encoded
    Xml,        ///< inside XML text or an attribute: &, <, >, " and ' as entities
};

/// What a `{...}` template names.
struct TemplateRef
{
    enum class Kind {
        BotVariable, ///< `{$botContext.name}`
        Environment, ///< `{$env.name}`
        Secret,      ///< `{$secret.name}`, requests only
        System,      ///< `{$chatBotId}`, `{$chatBotUserPlatformId}`, `{$conversationId}`,
                     ///< `{$userMessage}`, `{$query}`
        DataField,   ///< `{RDV.field}`: an integration's custom data field
        Unknown,     ///< any other `{$...}`
    };
    Kind kind = Kind::Unknown;
    QString name; ///< without the prefix: "convId", "humanSkillId", "chatBotId", "RDV.field"
};

/// The values templates expand to; the conversation implements it.
class TemplateScope
{
public:
    virtual ~TemplateScope() = default;
    /// The value of `ref`, or nullopt when there is none.
    virtual std::optional<QString> resolve(const TemplateRef &ref) const = 0;
    /// True when `name` is an integration's response data variable, so that `{name.field}` is a
    /// template rather than text (universal JSON is full of other braces).
    virtual bool isDataVariable(QStringView name) const = 0;
};

/// What an expansion noticed: names that expanded to nothing, and the secret values it used (to
/// redact them from logs).
struct TemplateLog
{
    QStringList unknown;      ///< as written, e.g. "{$location.city}"
    QStringList secretValues; ///< never shown; used for redaction
    QStringList secretNames;  ///< the secrets that expanded, by name
};

/// Expands every template in `text`. Unknown names expand to empty and are listed in `log`;
/// `{$secret.x}` expands only when `allowSecrets` (building a request), elsewhere it is unknown.
/// Braces that are not a template are left as they are.
QString expandTemplate(const QString &text, const TemplateScope &scope,
                       TemplateContext context = TemplateContext::Text, TemplateLog *log = nullptr,
                       bool allowSecrets = false);

/// `value` escaped for `context`.
QString escapeTemplateValue(const QString &value, TemplateContext context);

/// The template a `{...}` body names (`body` is what is between the braces), or nullopt when it
/// is not a template.
std::optional<TemplateRef> parseTemplateRef(QStringView body, const TemplateScope &scope);

/// Calls `found(open, close, ref)` for every template in `text`, in order: `open` and `close` are
/// the positions of its braces. Braces that are not a template are skipped. Takes time linear in
/// the length of `text`, whatever braces it holds (bot files are untrusted input).
template<typename Found>
void forEachTemplate(const QString &text, const TemplateScope &scope, Found found)
{
    qsizetype open = text.indexOf(QLatin1Char('{'));
    qsizetype close = -1;
    while (open >= 0) {
        // The first '}' after a '{' is the first after every later '{' before it too: it is
        // looked for again only once passed.
        if (close <= open) {
            close = text.indexOf(QLatin1Char('}'), open + 1);
            if (close < 0)
                return;
        }
        std::optional<TemplateRef> ref
                = parseTemplateRef(QStringView(text).mid(open + 1, close - open - 1), scope);
        if (!ref) {
            open = text.indexOf(QLatin1Char('{'), open + 1);
            continue;
        }
        found(open, close, std::move(*ref));
        open = text.indexOf(QLatin1Char('{'), close + 1);
    }
}

} // namespace dialogsmith::runtime
