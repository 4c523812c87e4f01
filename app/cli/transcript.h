#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dialogsmith::cli {

/// A conversation test, as written in a transcript file:
///
///     # comment
///     channel: web            (or messaging; before the first user line)
///     env: KEY=VALUE          (before the first user line)
///     user: TEXT              sends a message
///     bot: TEXT               the next bot message of the turn is TEXT
///     bot~ PATTERN            ... matches a CB pattern (`*`, `(a|b)`)
///     var NAME = VALUE        the bot variable NAME is VALUE (empty: not set)
///
/// Bot messages that no `bot` line names before the next `user` line are ignored. A bot message's
/// line breaks are written `\n`.
struct Transcript
{
    struct Step
    {
        enum class Kind { User, Bot, BotPattern, Variable };
        Kind kind = Kind::User;
        int line = 0;
        QString text;   ///< message, expected text, pattern or value
        QString name;   ///< variable name
        QString source; ///< the line as written
    };

    QString channel; ///< empty: as the command line says
    QHash<QString, QString> environment;
    QList<Step> steps;

    /// Parses a transcript; errors name the line.
    static document::Result<Transcript> parse(const QString &text);
};

} // namespace dialogsmith::cli
