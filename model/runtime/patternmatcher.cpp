#include "patternmatcher.h"

namespace dialogsmith::runtime {

namespace {

constexpr QRegularExpression::PatternOptions matchOptions
        = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption
          | QRegularExpression::UseUnicodePropertiesOption;

/// Index of the `)` closing the `(` at `open`, or -1 when it has none.
qsizetype closingParen(QStringView pattern, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('('))
            ++depth;
        else if (pattern[i] == QLatin1Char(')') && --depth == 0)
            return i;
    }
    return -1;
}

QString translate(QStringView pattern);

/// The alternatives of a group body, split on the `|` outside nested groups.
QString translateGroup(QStringView body)
{
    QString out = QStringLiteral("(?:");
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        const bool end = i == body.size();
        if (!end && body[i] == QLatin1Char('('))
            ++depth;
        else if (!end && body[i] == QLatin1Char(')'))
            --depth;
        if (end || (depth == 0 && body[i] == QLatin1Char('|'))) {
            if (start > 0)
                out += QLatin1Char('|');
            out += translate(body.mid(start, i - start));
            start = i + 1;
        }
    }
    return out + QLatin1Char(')');
}

QString translate(QStringView pattern)
{
    QString out;
    out.reserve(pattern.size() * 2);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('*')) {
            out += QLatin1String(".*");
        } else if (c.isSpace()) {
            while (i + 1 < pattern.size() && pattern[i + 1].isSpace())
                ++i;
            out += QLatin1String("\\s+");
        } else if (c == QLatin1Char('(')) {
            const qsizetype close = closingParen(pattern, i);
            if (close < 0) {
                out += QLatin1String("\\(");
                continue;
            }
            out += translateGroup(pattern.mid(i + 1, close - i - 1));
            i = close;
        } else if (c.isHighSurrogate() && i + 1 < pattern.size()
                   && pattern[i + 1].isLowSurrogate()) {
            // A character beyond the BMP (😀) is one unit for the expression: escaping its two
            // halves one by one made the expression invalid, so the pattern never matched.
            out += pattern.mid(i, 2);
            ++i;
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter); // half a character: none would match it
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    return out;
}

} // namespace

QString PatternMatcher::toRegularExpression(const QString &pattern)
{
    return translate(QStringView(pattern).trimmed());
}

PatternMatcher::PatternMatcher(const QStringList &patterns, const QStringList &excludeKeywords)
{
    QStringList alternatives;
    for (const QString &p : patterns) {
        if (p.trimmed().isEmpty())
            continue;
        const QString regex = toRegularExpression(p);
        m_patterns.append(p);
        alternatives.append(QStringLiteral("(?:") + regex + QLatin1Char(')'));
        m_each.append(QRegularExpression(QStringLiteral("\\A(?:") + regex + QStringLiteral(")\\z"),
                                         matchOptions));
    }
    if (!alternatives.isEmpty()) {
        m_any = QRegularExpression(QStringLiteral("\\A(?:") + alternatives.join(QLatin1Char('|'))
                                           + QStringLiteral(")\\z"),
                                   matchOptions);
        m_any.optimize();
    }

    QStringList keywords;
    for (const QString &k : excludeKeywords) {
        const QString trimmed = k.trimmed();
        if (!trimmed.isEmpty())
            keywords.append(QRegularExpression::escape(trimmed).replace(
                    QRegularExpression(QStringLiteral("(\\\\\\s)+")), QStringLiteral("\\s+")));
    }
    if (!keywords.isEmpty()) {
        // Lookarounds rather than \b, so keywords that start or end with punctuation work too.
        m_exclude
                = QRegularExpression(QStringLiteral("(?<!\\w)(?:") + keywords.join(QLatin1Char('|'))
                                             + QStringLiteral(")(?!\\w)"),
                                     matchOptions);
        m_exclude.optimize();
        m_hasExclude = true;
    }
}

bool PatternMatcher::isExcluded(const QString &message) const
{
    return m_hasExclude && m_exclude.match(message).hasMatch();
}

bool PatternMatcher::matches(const QString &message) const
{
    if (m_patterns.isEmpty())
        return false;
    const QString trimmed = message.trimmed();
    return m_any.match(trimmed).hasMatch() && !isExcluded(trimmed);
}

int PatternMatcher::matchingPattern(const QString &message) const
{
    if (!matches(message))
        return -1;
    const QString trimmed = message.trimmed();
    for (int i = 0; i < m_each.size(); ++i) {
        if (m_each.at(i).match(trimmed).hasMatch())
            return i;
    }
    return -1;
}

} // namespace dialogsmith::runtime
