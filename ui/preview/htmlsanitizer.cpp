#include "htmlsanitizer.h"

#include "bot.h"
#include "templateexpander.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

#include <vector>

namespace dialogsmith::ui {

namespace {

// A tag longer than this is not parsed: it shows as text, and a long run of '<' stays linear.
constexpr qsizetype maxTagLength = 2048;

enum class TagKind { Open, Close, Void };

struct Token
{
    bool tag = false;
    TagKind kind = TagKind::Open;
    qsizetype begin = 0;
    qsizetype end = 0;
    QString name;
    QString href;
    bool matched = false; ///< a tag with its partner: rendered; otherwise shown as text
};

bool isAllowedTag(const QString &name)
{
    static const QSet<QString> tags{
            QStringLiteral("p"),      QStringLiteral("br"), QStringLiteral("b"),
            QStringLiteral("strong"), QStringLiteral("i"),  QStringLiteral("ul"),
            QStringLiteral("ol"),     QStringLiteral("li"), QStringLiteral("a"),
    };
    return tags.contains(name);
}

bool isBlockTag(const QString &name)
{
    return name == QLatin1String("p") || name == QLatin1String("ul") || name == QLatin1String("ol")
           || name == QLatin1String("li") || name == QLatin1String("br");
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
           || c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

/// The length of the character reference at `at` ("&amp;", "&#39;", "&#x27;"), or 0.
qsizetype entityLength(const QString &text, qsizetype at)
{
    const qsizetype n = text.size();
    qsizetype i = at + 1;
    if (i >= n)
        return 0;
    if (text.at(i) == QLatin1Char('#')) {
        ++i;
        const bool hex
                = i < n && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
        if (hex)
            ++i;
        const qsizetype digits = i;
        while (i < n && i - digits < 7 && (hex ? isHexDigit(text.at(i)) : isAsciiDigit(text.at(i))))
            ++i;
        if (i == digits || i >= n || text.at(i) != QLatin1Char(';'))
            return 0;
        return i + 1 - at;
    }
    const qsizetype letters = i;
    while (i < n && i - letters < 32 && (isAsciiLetter(text.at(i)) || isAsciiDigit(text.at(i))))
        ++i;
    if (i == letters || !isAsciiLetter(text.at(letters)) || i >= n
        || text.at(i) != QLatin1Char(';'))
        return 0;
    return i + 1 - at;
}

/// Character references in an attribute value resolved (enough to see the real URL scheme).
QString decodeEntities(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const qsizetype length = value.at(i) == QLatin1Char('&') ? entityLength(value, i) : 0;
        if (length == 0) {
            out += value.at(i);
            continue;
        }
        const QStringView body = QStringView(value).mid(i + 1, length - 2);
        bool ok = false;
        uint code = 0;
        if (body.startsWith(QLatin1String("#x")) || body.startsWith(QLatin1String("#X")))
            code = body.mid(2).toUInt(&ok, 16);
        else if (body.startsWith(QLatin1Char('#')))
            code = body.mid(1).toUInt(&ok, 10);
        else if (body == QLatin1String("amp"))
            code = '&', ok = true;
        else if (body == QLatin1String("lt"))
            code = '<', ok = true;
        else if (body == QLatin1String("gt"))
            code = '>', ok = true;
        else if (body == QLatin1String("quot"))
            code = '"', ok = true;
        else if (body == QLatin1String("apos"))
            code = '\'', ok = true;
        else if (body == QLatin1String("colon"))
            code = ':', ok = true;
        else if (body == QLatin1String("tab"))
            code = '\t', ok = true;
        else if (body == QLatin1String("newline"))
            code = '\n', ok = true;
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            out += QString::fromUcs4(&c, 1);
        } else {
            // An unknown named reference is not a character a scheme could hide behind.
            out += value.mid(i, length);
        }
        i += length - 1;
    }
    return out;
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case u'&':
        out += QLatin1String("&amp;");
        break;
    case u'<':
        out += QLatin1String("&lt;");
        break;
    case u'>':
        out += QLatin1String("&gt;");
        break;
    case u'"':
        out += QLatin1String("&quot;");
        break;
    case u'\n':
        out += QLatin1String("<br>");
        break;
    case u'\r':
        break;
    default:
        out += c;
    }
}

class Sanitizer
{
public:
    Sanitizer(const QString &text, const QList<LiteralSpan> &literal)
        : m_text(text)
    {
        if (literal.isEmpty())
            return;
        m_literal.assign(size_t(text.size()), false);
        for (const LiteralSpan &span : literal) {
            const qsizetype from = std::clamp<qsizetype>(span.start, 0, text.size());
            const qsizetype to = std::clamp<qsizetype>(span.start + span.length, from, text.size());
            for (qsizetype i = from; i < to; ++i)
                m_literal[size_t(i)] = true;
        }
    }

    QString run()
    {
        tokenize();
        balance();
        return render();
    }

private:
    bool isLiteral(qsizetype i) const { return !m_literal.empty() && m_literal[size_t(i)]; }

    void tokenize()
    {
        const qsizetype n = m_text.size();
        qsizetype textStart = 0;
        qsizetype i = 0;
        while (i < n) {
            if (m_text.at(i) == QLatin1Char('<') && !isLiteral(i)) {
                if (std::optional<Token> tag = parseTag(i)) {
                    if (i > textStart)
                        m_tokens.push_back({false, TagKind::Open, textStart, i, {}, {}, false});
                    i = tag->end;
                    textStart = i;
                    m_tokens.push_back(std::move(*tag));
                    continue;
                }
            }
            ++i;
        }
        if (n > textStart)
            m_tokens.push_back({false, TagKind::Open, textStart, n, {}, {}, false});
    }

    std::optional<Token> parseTag(qsizetype at) const
    {
        const qsizetype n = std::min(m_text.size(), at + maxTagLength);
        qsizetype i = at + 1;
        auto valid = [&](qsizetype k) {
            return k < n && !isLiteral(k);
        };
        auto skipSpace = [&] {
            while (valid(i) && isSpace(m_text.at(i)))
                ++i;
        };

        Token token;
        token.tag = true;
        token.begin = at;
        const bool closing = valid(i) && m_text.at(i) == QLatin1Char('/');
        if (closing)
            ++i;
        const qsizetype nameStart = i;
        if (!valid(i) || !isAsciiLetter(m_text.at(i)))
            return std::nullopt;
        while (valid(i) && (isAsciiLetter(m_text.at(i)) || isAsciiDigit(m_text.at(i))))
            ++i;
        token.name = m_text.mid(nameStart, i - nameStart).toLower();
        if (!isAllowedTag(token.name))
            return std::nullopt;

        if (closing) {
            skipSpace();
            if (!valid(i) || m_text.at(i) != QLatin1Char('>') || token.name == QLatin1String("br"))
                return std::nullopt;
            token.kind = TagKind::Close;
            token.end = i + 1;
            return token;
        }

        QList<QPair<QString, QString>> attributes;
        bool selfClosing = false;
        while (true) {
            const qsizetype beforeSpace = i;
            skipSpace();
            if (!valid(i))
                return std::nullopt;
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('>')) {
                ++i;
                break;
            }
            if (c == QLatin1Char('/')) {
                if (!valid(i + 1) || m_text.at(i + 1) != QLatin1Char('>'))
                    return std::nullopt;
                selfClosing = true;
                i += 2;
                break;
            }
            if (i == beforeSpace) // attributes are separated by white space
                return std::nullopt;
            const qsizetype attrStart = i;
            while (valid(i) && !isSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('>')
                   && m_text.at(i) != QLatin1Char('/') && m_text.at(i) != QLatin1Char('=')
                   && m_text.at(i) != QLatin1Char('"') && m_text.at(i) != QLatin1Char('\'')
                   && m_text.at(i) != QLatin1Char('<'))
                ++i;
            if (i == attrStart)
                return std::nullopt;
            const QString attrName = m_text.mid(attrStart, i - attrStart).toLower();
            QString value;
            const qsizetype afterName = i;
            skipSpace();
            if (valid(i) && m_text.at(i) == QLatin1Char('=')) {
                ++i;
                skipSpace();
                if (!valid(i))
                    return std::nullopt;
                const QChar quote = m_text.at(i);
                if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                    // A value may come from a variable (`href="{$env.site}"`), but it cannot
                    // end the attribute: the closing quote is the template's own.
                    const qsizetype valueStart = ++i;
                    while (i < n && m_text.at(i) != quote)
                        ++i;
                    if (!valid(i))
                        return std::nullopt;
                    value = m_text.mid(valueStart, i - valueStart);
                    ++i;
                } else {
                    const qsizetype valueStart = i;
                    while (valid(i) && !isSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('>')
                           && m_text.at(i) != QLatin1Char('"') && m_text.at(i) != QLatin1Char('\'')
                           && m_text.at(i) != QLatin1Char('<') && m_text.at(i) != QLatin1Char('`')
                           && m_text.at(i) != QLatin1Char('='))
                        ++i;
                    if (i == valueStart)
                        return std::nullopt;
                    value = m_text.mid(valueStart, i - valueStart);
                }
            } else {
                i = afterName;
            }
            attributes.append({attrName, value});
        }
        token.end = i;

        if (token.name == QLatin1String("br")) {
            if (!attributes.isEmpty())
                return std::nullopt;
            token.kind = TagKind::Void;
            token.matched = true;
            return token;
        }
        if (selfClosing)
            return std::nullopt;
        token.kind = TagKind::Open;
        if (token.name != QLatin1String("a"))
            return attributes.isEmpty() ? std::optional<Token>(token) : std::nullopt;

        bool hasHref = false;
        for (const auto &[name, value] : std::as_const(attributes)) {
            if (name == QLatin1String("href")) {
                if (hasHref)
                    return std::nullopt;
                hasHref = true;
                token.href = decodeEntities(value).trimmed();
            } else if (name != QLatin1String("target") && name != QLatin1String("rel")
                       && name != QLatin1String("title")) {
                return std::nullopt;
            }
        }
        if (!hasHref || !isAllowedLinkUrl(token.href))
            return std::nullopt;
        return token;
    }

    void balance()
    {
        std::vector<size_t> open;
        for (size_t k = 0; k < m_tokens.size(); ++k) {
            Token &t = m_tokens[k];
            if (!t.tag || t.kind == TagKind::Void)
                continue;
            if (t.kind == TagKind::Open) {
                // A link inside a link is not HTML: the inner one shows as text.
                if (t.name == QLatin1String("a")
                    && std::any_of(open.begin(), open.end(), [this](size_t o) {
                           return m_tokens[o].name == QLatin1String("a");
                       }))
                    continue;
                open.push_back(k);
                continue;
            }
            auto partner = std::find_if(open.rbegin(), open.rend(),
                                        [&](size_t o) { return m_tokens[o].name == t.name; });
            if (partner == open.rend())
                continue;
            // Tags opened inside it and not closed are unbalanced: they stay text.
            const size_t depth = size_t(std::distance(partner, open.rend())) - 1;
            m_tokens[open[depth]].matched = true;
            t.matched = true;
            open.resize(depth);
        }
    }

    bool isBlockNeighbour(size_t k) const
    {
        const Token &t = m_tokens[k];
        return t.tag && t.matched && isBlockTag(t.name);
    }

    QString render() const
    {
        QString out;
        out.reserve(m_text.size() + m_text.size() / 4 + 16);
        for (size_t k = 0; k < m_tokens.size(); ++k) {
            const Token &t = m_tokens[k];
            if (t.tag && t.matched) {
                out += renderTag(t);
                continue;
            }
            // Line breaks between block tags are layout of the source, not of the message.
            if (!t.tag && isWhitespace(t)
                && ((k > 0 && isBlockNeighbour(k - 1))
                    || (k + 1 < m_tokens.size() && isBlockNeighbour(k + 1))))
                continue;
            appendText(out, t.begin, t.end);
        }
        return out;
    }

    bool isWhitespace(const Token &t) const
    {
        for (qsizetype i = t.begin; i < t.end; ++i) {
            if (!isSpace(m_text.at(i)))
                return false;
        }
        return true;
    }

    static QString renderTag(const Token &t)
    {
        switch (t.kind) {
        case TagKind::Void:
            return QStringLiteral("<br>");
        case TagKind::Close:
            return QStringLiteral("</%1>").arg(t.name);
        case TagKind::Open:
            break;
        }
        if (t.name != QLatin1String("a"))
            return QStringLiteral("<%1>").arg(t.name);
        QString href;
        for (const QChar c : t.href)
            appendEscaped(href, c);
        return QStringLiteral("<a href=\"%1\">").arg(href);
    }

    void appendText(QString &out, qsizetype from, qsizetype to) const
    {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('&') && !isLiteral(i)) {
                const qsizetype length = entityLength(m_text, i);
                bool plain = length > 0 && i + length <= to;
                for (qsizetype k = i; plain && k < i + length; ++k)
                    plain = !isLiteral(k);
                if (plain) {
                    out += QStringView(m_text).mid(i, length);
                    i += length - 1;
                    continue;
                }
            }
            appendEscaped(out, c);
        }
    }

    const QString &m_text;
    std::vector<bool> m_literal;
    std::vector<Token> m_tokens;
};

/// The runtime's view of which `{name.field}` are templates: response data variables.
class DataVariableScope final : public runtime::TemplateScope
{
public:
    explicit DataVariableScope(const document::Bot &bot)
    {
        for (const document::Integration &integration : bot.integrations)
            m_names.insert(integration.responseDataVariable.isEmpty()
                                   ? integration.name
                                   : integration.responseDataVariable);
    }
    std::optional<QString> resolve(const runtime::TemplateRef &) const override
    {
        return std::nullopt;
    }
    bool isDataVariable(QStringView name) const override
    {
        return m_names.contains(name.toString());
    }

private:
    QSet<QString> m_names;
};

} // namespace

QString sanitizeBotHtml(const QString &text, const QList<LiteralSpan> &literal)
{
    return Sanitizer(text, literal).run();
}

QString plainTextToHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text)
        appendEscaped(out, c);
    return out;
}

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + plainTextToHtml(text)
           + QStringLiteral("</p>");
}

bool isAllowedLinkUrl(const QString &url)
{
    // Browsers ignore white space and controls inside a scheme ("java\tscript:"): so do we.
    QString compact;
    compact.reserve(url.size());
    for (const QChar c : url) {
        if (c.unicode() > 0x20)
            compact += c;
    }
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString scheme = compact.left(colon).toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        const QUrl parsed(url.trimmed(), QUrl::StrictMode);
        return parsed.isValid() && !parsed.host().isEmpty()
               && parsed.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
    }
    if (scheme == QLatin1String("tel") || scheme == QLatin1String("mailto"))
        return compact.size() > colon + 1
               && url.trimmed().startsWith(compact.left(colon + 1), Qt::CaseInsensitive);
    return false;
}

QList<LiteralSpan> templateValueSpans(const QString &templateText, const QString &expanded,
                                      const document::Bot &bot)
{
    const DataVariableScope scope(bot);
    // The template's literal parts; a value sits between each two of them.
    QStringList literals;
    qsizetype copied = 0;
    runtime::forEachTemplate(templateText, scope,
                             [&](qsizetype open, qsizetype close, const runtime::TemplateRef &) {
                                 const QString literal = templateText.mid(copied, open - copied);
                                 // Two values in a row are one span.
                                 if (!literal.isEmpty() || literals.isEmpty())
                                     literals.append(literal);
                                 copied = close + 1;
                             });
    if (literals.isEmpty())
        return {};
    const QString tail = templateText.mid(copied);

    const QString &head = literals.first();
    if (!expanded.startsWith(head) || !expanded.endsWith(tail)
        || head.size() + tail.size() > expanded.size())
        return {};
    const qsizetype limit = expanded.size() - tail.size();
    QList<LiteralSpan> spans;
    qsizetype pos = head.size();
    for (qsizetype k = 1; k < literals.size(); ++k) {
        const qsizetype found = expanded.indexOf(literals.at(k), pos);
        if (found < 0 || found + literals.at(k).size() > limit)
            return {};
        if (found > pos)
            spans.append({pos, found - pos});
        pos = found + literals.at(k).size();
    }
    if (limit > pos)
        spans.append({pos, limit - pos});
    return spans;
}

QString linkTextHost(const QString &text)
{
    // An optional scheme, a dotted host name (or an IPv4 address), an optional port, anything
    // after a path, query or fragment start.
    static const QRegularExpression address(
            QStringLiteral("^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\\s]*@)?"
                           "((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9-]*[a-z0-9])"
                           "(?::\\d+)?(?:[/?#]\\S*)?$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = address.match(text.trimmed());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

bool sameLinkHost(const QString &a, const QString &b)
{
    const auto bare = [](const QString &host) {
        QString h = host.trimmed().toLower();
        if (h.endsWith(QLatin1Char('.')))
            h.chop(1);
        return h.startsWith(QLatin1String("www.")) ? h.mid(4) : h;
    };
    return bare(a) == bare(b);
}

} // namespace dialogsmith::ui
