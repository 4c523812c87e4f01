#pragma once

#include "botmessage.h"

#include <QMetaType>
#include <QString>

namespace dialogsmith::runtime {

/// Something that happened while a conversation ran, for observers: the preview's debug log,
/// `dialogsmith-cli chat --debug`, tests. Requests and responses carry the redacted text only.
struct RuntimeEvent
{
    enum class Type {
        MessageSent,        ///< `message` went to the channel
        InteractionEntered, ///< `interactionName` started
        InteractionLeft,    ///< `interactionName` finished
        DialogStarted,      ///< `text` names the dialog and why it started
        DialogEnded,        ///< `text` names the dialog
        PatternMatched,     ///< a dialog starter's pattern matched (`text` says which)
        IntentMatched,      ///< the intent classifier's result, with `score`
        RuleEvaluated,      ///< a rule fired (`text` names it and its action)
        VariableChanged,    ///< `text` is "name = value (scope)"
        ScriptOutput,       ///< `botContext.printDebugMessage()`
        Request,            ///< an integration request (`detail`: method, URL, headers, body)
        Response,           ///< an integration response (`detail`: status and body)
        Escalation,         ///< an agent transfer was requested or skipped
        Info,               ///< anything else worth a line in the log
        Error,              ///< a problem; the conversation goes on when it can
    };

    Type type = Type::Info;
    QString text;            ///< one sentence for people
    QString detail;          ///< multi-line detail (requests, responses)
    QString interactionId;   ///< where it happened, when known
    QString interactionName; ///< where it happened, when known
    int line = 0;            ///< script line for script errors
    double score = 0;        ///< intent score
    BotMessage message;      ///< for MessageSent

    /// "error: transfer to agent pre-process, line 3: TypeError: ..." and the like.
    QString describe() const;
    /// "message", "error", "request"... for logs.
    static QString typeName(Type type);
};

} // namespace dialogsmith::runtime

Q_DECLARE_METATYPE(dialogsmith::runtime::RuntimeEvent)
