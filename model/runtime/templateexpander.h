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

} // namespace dialogsmith::runtime
