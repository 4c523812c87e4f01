#include "patternmatcher.h"

#include "patternsyntax.h"

#include <algorithm>

namespace dialogsmith::runtime {

namespace {

constexpr QRegularExpression::PatternOptions matchOptions
        = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption
          | QRegularExpression::UseUnicodePropertiesOption;

/// A pattern too large for the engine to compile matches nothing (validation warns about long
/// patterns).
bool matchesWhole(const QRegularExpression &re, const QString &message)
{
    return re.isValid() && re.match(message).hasMatch();
}

/// Translates a pattern in one pass: each `(` knows its `)` beforehand, so neither unclosed
/// parentheses nor nested groups make the work grow faster than the pattern.
class Translator
{
public:
    explicit Translator(QStringView pattern)
        : m_pattern(pattern)
        , m_closes(document::patternGroupCloses(pattern))
    {
        m_out.reserve(pattern.size() * 2);
    }

    QString run() &&
    {
        sequence(0, m_pattern.size(), 0);
        return std::move(m_out);
    }

private:
    /// The text in [from, to), inside `depth` groups.
    void sequence(qsizetype from, qsizetype to, int depth)
    {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = m_pattern[i];
            if (c == QLatin1Char('*')) {
                m_out += QLatin1String(".*");
            } else if (c.isSpace()) {
                while (i + 1 < to && m_pattern[i + 1].isSpace())
                    ++i;
                m_out += QLatin1String("\\s+");
            } else if (c == QLatin1Char('(') && m_closes.at(i) >= 0
                       && depth < document::maxPatternGroupDepth) {
                group(i + 1, m_closes.at(i), depth + 1);
                i = m_closes.at(i);
            } else if (c.isHighSurrogate() && i + 1 < to && m_pattern[i + 1].isLowSurrogate()) {
                // A character beyond the BMP (😀) is one unit for the expression: escaping its two
                // halves one by one made the expression invalid, so the pattern never matched.
                m_out += m_pattern.mid(i, 2);
                ++i;
            } else if (c.isSurrogate()) {
                m_out += QChar(QChar::ReplacementCharacter); // half a character: none would match
            } else {
                // Also a `(` without its `)`, or one nested too deep: plain text.
                m_out += QRegularExpression::escape(QString(c));
            }
        }
    }

    /// A group's body in [from, to): its alternatives are split on the `|` outside nested groups.
    void group(qsizetype from, qsizetype to, int depth)
    {
        m_out += QLatin1String("(?:");
        qsizetype start = from;
        for (qsizetype i = from; i <= to; ++i) {
            if (i < to && m_closes.at(i) >= 0) {
                i = m_closes.at(i); // a nested group: its `|` are its own
            } else if (i == to || m_pattern[i] == QLatin1Char('|')) {
                if (start > from)
                    m_out += QLatin1Char('|');
                sequence(start, i, depth);
                start = i + 1;
            }
        }
        m_out += QLatin1Char(')');
    }

    QStringView m_pattern;
    QList<qsizetype> m_closes;
    QString m_out;
};

} // namespace

QString PatternMatcher::toRegularExpression(const QString &pattern)
{
    return Translator(QStringView(pattern).trimmed()).run();
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
        // One alternation for the common case; when it is too large for the engine (long
        // patterns), matching falls back to the patterns one by one, so one pattern too long to
        // compile does not stop the others from matching.
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
        m_hasExclude = m_exclude.isValid();
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
    const bool hit = m_any.isValid() ? m_any.match(trimmed).hasMatch()
                                     : std::any_of(m_each.cbegin(), m_each.cend(),
                                                   [&trimmed](const QRegularExpression &re) {
                                                       return matchesWhole(re, trimmed);
                                                   });
    return hit && !isExcluded(trimmed);
}

int PatternMatcher::matchingPattern(const QString &message) const
{
    if (!matches(message))
        return -1;
    const QString trimmed = message.trimmed();
    for (int i = 0; i < m_each.size(); ++i) {
        if (matchesWhole(m_each.at(i), trimmed))
            return i;
    }
    return -1;
}

} // namespace dialogsmith::runtime
