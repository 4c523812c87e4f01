#pragma once

#include "bot.h"
#include "validation.h"

#include <QList>
#include <QString>

namespace dialogsmith::document {

/// One place where the searched text occurs.
struct SearchHit
{
    ProblemLocation location; ///< field: "name", "text", "patterns", "pre-process", "url"...
    int line = 0;             ///< 1-based line inside code or multi-line text, 0 otherwise
    QString snippet;          ///< the matching line, trimmed, for the results list
    QString what;             ///< "Interaction name", "Pre-process code"... for the results list
};

/// Finds `needle` in names, message texts, choices and replies, patterns and regular
/// expressions, code (interaction slots, global functions, transform scripts), URLs, headers and
/// bodies. Results come in bot order: dialogs, their interactions, then integrations.
QList<SearchHit> searchBot(const Bot &bot, const QString &needle,
                           Qt::CaseSensitivity cs = Qt::CaseInsensitive);

} // namespace dialogsmith::document
