#include "patternsyntax.h"

#include <algorithm>

namespace dialogsmith::document {

QList<qsizetype> patternGroupCloses(QStringView pattern)
{
    QList<qsizetype> closes(pattern.size(), -1);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('('))
            open.append(i);
        else if (pattern[i] == QLatin1Char(')') && !open.isEmpty())
            closes[open.takeLast()] = i;
    }
    return closes;
}

int patternGroupDepth(QStringView pattern)
{
    const QList<qsizetype> closes = patternGroupCloses(pattern);
    QList<qsizetype> ends; // the closing `)` of each group the scan is inside
    int deepest = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        while (!ends.isEmpty() && ends.last() < i)
            ends.removeLast();
        if (closes.at(i) >= 0) {
            ends.append(closes.at(i));
            deepest = std::max(deepest, int(ends.size()));
        }
    }
    return deepest;
}

} // namespace dialogsmith::document
