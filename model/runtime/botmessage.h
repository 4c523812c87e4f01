#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace dialogsmith::runtime {

/// One thing a user can pick in a bot message: a quick reply, a button or a multiple-choice
/// option. Picking it sends `payload` (or `title` when the payload is empty).
struct Choice
{
    enum class Kind { QuickReply, Button, Option };

    Kind kind = Kind::QuickReply;
    QString title;
    QString payload;
    QString url; ///< for link buttons

    bool operator==(const Choice &o) const = default;
};

/// What the bot sends to the channel: text with choices, an image, or content passed on as
/// data (structured cards and universal JSON, which the channel renders).
struct BotMessage
{
    enum class Kind { Text, Image, Structured, Universal };

    Kind kind = Kind::Text;
    QString text; ///< the text, or an image's caption
    QString imageUrl;
    QString title;    ///< structured cards
    QString subtitle; ///< structured cards
    QList<Choice> choices;
    QString data;          ///< JSON for structured and universal content
    int delayMs = 0;       ///< how long the channel waits before showing it
    QString interactionId; ///< the interaction that sent it; empty for built-in texts

    bool operator==(const BotMessage &o) const = default;

    /// One line for logs, the CLI and transcripts: the text, "[image] URL", "[card] title",
    /// or "[universal] JSON" (compact).
    QString summary() const;
};

} // namespace dialogsmith::runtime

Q_DECLARE_METATYPE(dialogsmith::runtime::BotMessage)
