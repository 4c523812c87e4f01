#include "templateexpander.h"

#include <QUrl>

namespace dialogsmith::runtime {

namespace {

constexpr qsizetype maxNameLength = 256;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
           || c == QLatin1Char('-') || c == QLatin1Char('[') || c == QLatin1Char(']')
           || c == QLatin1Char('$');
}

QString jsonEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

} // namespace

QString escapeTemplateValue(const QString &value, TemplateContext context)
{
    switch (context) {
    case TemplateContext::Text:
        return value;
    case TemplateContext::JsonString:
        return jsonEscaped(value);
    case TemplateContext::Url:
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    case TemplateContext::Xml:
        return value.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;"));
    }
    return value;
}

std::optional<TemplateRef> parseTemplateRef(QStringView body, const TemplateScope &scope)
{
    if (body.isEmpty() || body.size() > maxNameLength)
        return std::nullopt;
    for (const QChar c : body) {
        if (!isNameChar(c))
            return std::nullopt;
    }
    if (body.startsWith(QLatin1Char('$'))) {
        const QStringView name = body.mid(1);
        struct Prefix
        {
            QLatin1String text;
            TemplateRef::Kind kind;
        };
        static const Prefix prefixes[] = {
                {QLatin1String("botContext."), TemplateRef::Kind::BotVariable},
                {QLatin1String("env."), TemplateRef::Kind::Environment},
                {QLatin1String("secret."), TemplateRef::Kind::Secret},
        };
        for (const Prefix &p : prefixes) {
            if (name.startsWith(p.text) && name.size() > p.text.size())
                return TemplateRef{p.kind, name.mid(p.text.size()).toString()};
        }
        static const QLatin1String system[] = {
                QLatin1String("chatBotId"),      QLatin1String("chatBotUserPlatformId"),
                QLatin1String("conversationId"), QLatin1String("userMessage"),
                QLatin1String("query"),
        };
        for (const QLatin1String s : system) {
            if (name == s)
                return TemplateRef{TemplateRef::Kind::System, name.toString()};
        }
        return TemplateRef{TemplateRef::Kind::Unknown, name.toString()};
    }
    const qsizetype dot = body.indexOf(QLatin1Char('.'));
    if (dot > 0 && dot + 1 < body.size() && scope.isDataVariable(body.left(dot)))
        return TemplateRef{TemplateRef::Kind::DataField, body.toString()};
    return std::nullopt;
}

QString expandTemplate(const QString &text, const TemplateScope &scope, TemplateContext context,
                       TemplateLog *log, bool allowSecrets)
{
    if (!text.contains(QLatin1Char('{')))
        return text;

    QString out;
    out.reserve(text.size() + 32);
    qsizetype copied = 0;
    forEachTemplate(text, scope, [&](qsizetype open, qsizetype close, const TemplateRef &ref) {
        out += QStringView(text).mid(copied, open - copied);
        std::optional<QString> value;
        if (ref.kind != TemplateRef::Kind::Unknown
            && (ref.kind != TemplateRef::Kind::Secret || allowSecrets))
            value = scope.resolve(ref);
        if (value) {
            out += escapeTemplateValue(*value, context);
            if (ref.kind == TemplateRef::Kind::Secret && log && !value->isEmpty()) {
                log->secretValues.append(*value);
                if (!log->secretNames.contains(ref.name))
                    log->secretNames.append(ref.name);
            }
        } else if (log) {
            log->unknown.append(text.mid(open, close - open + 1));
        }
        copied = close + 1;
    });
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace dialogsmith::runtime
