#pragma once

#include <QList>
#include <QStringView>

namespace dialogsmith::document {

/// How deep the groups of a Conversation Builder pattern may nest. Deeper groups are plain text:
/// the regular expression engine refuses parentheses nested about 250 deep, and no hand-written
/// pattern comes near this.
inline constexpr int maxPatternGroupDepth = 64;

/// The longest pattern that is sure to compile: the regular expression engine limits the size of
/// a compiled expression, and a pattern's expression takes at most a few units per character.
inline constexpr int maxPatternLength = 10000;

/// For each character of the pattern, the index of the `)` closing it when it is a `(` that has
/// one, otherwise -1. One pass, so patterns of any length (and any number of unclosed `(`) cost
/// time in proportion to their length.
QList<qsizetype> patternGroupCloses(QStringView pattern);

/// How deep the pattern's closed groups nest: 0 without groups, 1 for `(a|b)`, 2 for `((a))`.
int patternGroupDepth(QStringView pattern);

} // namespace dialogsmith::document
