#include "templatesyntax.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dialogsmith::ui {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// `{RDV.field}`: an identifier, a dot, then a path of identifiers, dots and indexes.
qsizetype customFieldLength(QStringView text, qsizetype start)
{
    qsizetype i = start + 1;
    if (i >= text.size() || !isIdentifierStart(text.at(i)))
        return 0;
    while (i < text.size() && isIdentifierChar(text.at(i)))
        ++i;
    if (i >= text.size() || text.at(i) != u'.')
        return 0;
    ++i;
    const qsizetype pathStart = i;
    while (i < text.size()
           && (isIdentifierChar(text.at(i)) || text.at(i) == u'.' || text.at(i) == u'['
               || text.at(i) == u']'))
        ++i;
    if (i == pathStart || i >= text.size() || text.at(i) != u'}')
        return 0;
    return i + 1 - start;
}

TextIssue issueAt(const QString &text, qsizetype offset, const QString &message)
{
    TextIssue issue;
    issue.message = message;
    issue.line = 1;
    qsizetype lineStart = 0;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == u'\n') {
            ++issue.line;
            lineStart = i + 1;
        }
    }
    issue.column = int(offset - lineStart) + 1;
    return issue;
}

// QJsonParseError::offset counts UTF-8 bytes.
qsizetype charOffset(const QByteArray &utf8, int byteOffset)
{
    return QString::fromUtf8(utf8.left(std::clamp(byteOffset, 0, int(utf8.size())))).size();
}

} // namespace

qsizetype utf8Length(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(u))
            n += 4; // the low surrogate that follows adds nothing
        else if (QChar::isLowSurrogate(u))
            n += 0;
        else
            n += 3;
    }
    return n;
}

QList<TemplateSpan> findTemplates(QStringView text)
{
    QList<TemplateSpan> spans;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'{') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == u'$') {
            qsizetype end = i + 2;
            while (end < text.size() && text.at(end) != u'}' && text.at(end) != u'\n'
                   && text.at(end) != u'{')
                ++end;
            const bool closed = end < text.size() && text.at(end) == u'}';
            const qsizetype length = (closed ? end + 1 : end) - i;
            spans.append({i, length, closed});
            i += length;
            continue;
        }
        if (const qsizetype length = customFieldLength(text, i)) {
            spans.append({i, length, true});
            i += length;
            continue;
        }
        ++i;
    }
    return spans;
}

std::optional<TextIssue> checkJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    return issueAt(text, charOffset(utf8, error.offset), error.errorString());
}

std::optional<TextIssue> checkTemplatedJson(const QString &body)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    const QList<TemplateSpan> spans = findTemplates(body);
    for (const TemplateSpan &span : spans) {
        if (!span.closed)
            return issueAt(body, span.start,
                           QCoreApplication::translate("dialogsmith::ui::TemplateSyntax",
                                                       "the template is not closed with \"}\""));
    }

    // Expand, remembering where each piece of the expanded text came from so that a parse
    // error maps back to the place the user typed.
    struct Anchor
    {
        qsizetype expanded;
        qsizetype original;
        bool replaced;
    };
    QString expanded;
    expanded.reserve(body.size());
    QList<Anchor> anchors{{0, 0, false}};
    bool inString = false;
    bool escaped = false;
    qsizetype next = 0;
    for (qsizetype i = 0; i < body.size();) {
        if (next < spans.size() && spans.at(next).start == i) {
            const TemplateSpan &span = spans.at(next++);
            anchors.append({expanded.size(), i, true});
            expanded += inString ? QStringLiteral("sample") : QStringLiteral("0");
            i += span.length;
            anchors.append({expanded.size(), i, false});
            continue;
        }
        const QChar c = body.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        }
        expanded += c;
        ++i;
    }

    const QByteArray utf8 = expanded.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    const qsizetype at = charOffset(utf8, error.offset);
    qsizetype original = 0;
    for (const Anchor &a : anchors) {
        if (a.expanded > at)
            break;
        original = a.replaced ? a.original : a.original + (at - a.expanded);
    }
    return issueAt(body, original, error.errorString());
}

} // namespace dialogsmith::ui
