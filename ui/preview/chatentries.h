#pragma once

#include "chatmodel.h"

namespace dialogsmith::document {
struct Bot;
}

namespace dialogsmith::ui {

/// A bot message as the chat shows it. Text goes through sanitizeBotHtml(), with the values of
/// the interaction's templates (looked up in `bot`, the bot the runtime runs) kept as text;
/// titles, subtitles and choice labels are plain text. Universal content becomes a readable
/// summary: its texts, its first image, and its buttons as choices (those that publish a text
/// send it).
ChatEntry chatEntryFor(const runtime::BotMessage &message, const document::Bot &bot);

/// The readable part of universal (rich) content JSON.
struct UniversalSummary
{
    QStringList texts;
    QString imageUrl;
    QList<runtime::Choice> choices;
    bool valid = false; ///< the data is JSON
};
UniversalSummary summarizeUniversal(const QString &json);

} // namespace dialogsmith::ui
