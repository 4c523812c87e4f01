#pragma once

#include "runtimeoptions.h"
#include "transcript.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dialogsmith::ui {

/// What the preview's conversation did since it started, to save as a transcript.
struct PreviewRecording
{
    struct Item
    {
        enum class Kind { User, Bot, Agent };
        Kind kind = Kind::User;
        QString text; ///< the user's message, the bot message's summary, the agent's text
    };

    QString botName;
    runtime::Channel channel = runtime::Channel::Web;
    QString environmentName;                   ///< empty: the bot's default
    QHash<QString, QString> environmentValues; ///< written as `env:` lines
    QString startDialog;                       ///< the dialog the preview started in
    QString conversationId; ///< replaced by `*` in bot lines: it differs every run
    QList<Item> items;

    /// The transcript: set-up lines, then `user:` lines each followed by the bot's replies as
    /// `bot:` expectations, trimmed (`bot~` where a reply holds the conversation id); agent
    /// replies as comments.
    QString toText() const;
};

} // namespace dialogsmith::ui
