#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dialogsmith::runtime {

/// A conversation test, as written in a transcript file (read by `dialogsmith-cli test` and by
/// the preview's replay, written by the preview's "Save Transcript"):
///
///     # comment
///     channel: web            (or messaging; before the first user line)
///     env: KEY=VALUE          (before the first user line)
///     start: DIALOG           the conversation starts in that dialog, as if its starter had
///                             matched (before the first user line; "start from this dialog")
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

    QString channel; ///< empty: as the caller says; otherwise a known channel name
    QHash<QString, QString> environment;
    QString startDialog; ///< a dialog name, from `start: NAME`
    QList<Step> steps;

    /// Parses a transcript; errors name the line.
    static document::Result<Transcript> parse(const QString &text);

    /// How transcripts write a bot message: its summary on one line (line breaks as `\n`).
    static QString messageLine(const QString &summary);
};

} // namespace dialogsmith::runtime
