#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace dialogsmith::runtime {

/// Conversation Builder patterns, compiled once into anchored, case-insensitive regular
/// expressions.
///
/// A pattern matches the whole message (trimmed). `*` is any text, also none; `(a|b|c)` is one of
/// the alternatives and an empty alternative makes the group optional (`thank(|s)`); groups nest
/// (up to `document::maxPatternGroupDepth` deep: deeper ones are plain text);
/// a run of blanks matches any run of blanks; every other character stands for itself, so regular
/// expression syntax in a pattern or a message is plain text. A `(` without its `)` is literal too.
/// Exclude keywords (case-insensitive, whole words) veto a match.
class PatternMatcher
{
public:
    PatternMatcher() = default;
    explicit PatternMatcher(const QStringList &patterns, const QStringList &excludeKeywords = {});

    /// True when one of the patterns matches the message and no exclude keyword occurs in it.
    bool matches(const QString &message) const;
    /// The index of the first pattern that matches, or -1 (also when a keyword vetoes).
    int matchingPattern(const QString &message) const;
    /// True when an exclude keyword occurs in the message as a whole word.
    bool isExcluded(const QString &message) const;

    bool isEmpty() const { return m_patterns.isEmpty(); }
    const QStringList &patterns() const { return m_patterns; }

    /// The regular expression for one pattern, without anchors.
    static QString toRegularExpression(const QString &pattern);

private:
    QStringList m_patterns;
    QRegularExpression m_any;         ///< all patterns as one anchored alternation
    QList<QRegularExpression> m_each; ///< one per pattern, to tell which one matched
    QRegularExpression m_exclude;
    bool m_hasExclude = false;
};

} // namespace dialogsmith::runtime
