#pragma once

#include "json.h"
#include "rule.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace dialogsmith::document {

/// Every interaction type CB exports (docs/architecture.md, "A new interaction type", lists what
/// one touches); `Unknown` keeps a type this build does not know.
enum class InteractionType {
    DialogStarter,
    Text,
    Image,
    TextQuestion,
    MultipleChoiceQuestion,
    QuickReply,
    Button,
    Structured,
    Universal,
    ApiIntegration,
    Escalation,
    Unknown,
};

/// The CB key ("DIALOG_STARTER", "TEXT", ...).
QString interactionTypeKey(InteractionType type);
/// The type for a CB key, `Unknown` when not recognised.
InteractionType interactionTypeFromKey(const QString &key);
/// A label for people ("Dialog starter", "Text question", ...).
QString interactionTypeLabel(InteractionType type);
/// Every known type, in palette order.
QList<InteractionType> knownInteractionTypes();
/// Questions wait for the user's answer before their rules run.
bool isQuestionType(InteractionType type);

struct QuickReply
{
    QString type = QStringLiteral("text");
    QString title;
    QString payload;
    Json raw;

    bool operator==(const QuickReply &o) const = default;
};

struct Button
{
    QString type = QStringLiteral("postback"); ///< "postback" sends `payload`; "url" opens `url`
    QString title;
    QString payload;
    QString url;
    Json raw;

    bool operator==(const Button &o) const = default;
};

enum class CodeSlot { PreProcess, ProcessUserResponse, PostProcess };

QString codeSlotLabel(CodeSlot slot);

/// One step of a dialog ("conversationMessage" in CB). Plain value; `id` is stable for its life.
struct Interaction
{
    QString id;
    QString name;
    InteractionType type = InteractionType::Text;
    QString typeKey; ///< as written in the file; differs from interactionTypeKey() only if Unknown

    // Content. Which fields matter depends on the type; the rest stay empty.
    QString text; ///< message, question, transfer message, or a starter's "user says" sample
    QString imageUrl;
    QString title;
    QString subtitle;
    QStringList choices;
    QList<QuickReply> quickReplies;
    QList<Button> buttons;
    QString universalJson;
    QString integrationId;
    QString integrationName; ///< as written (CB stores both the id and the name)
    QString skillId;
    QString skillName;

    // Dialog starter.
    QStringList patterns;
    QStringList excludeKeywords;
    QString intentId;

    // Code.
    QString preProcess;
    QString processUserResponse;
    QString postProcess;

    int delayMs = 0;
    bool enabled = true;
    bool userInputRequired = false;
    QString comment;
    std::optional<QPointF> position; ///< on the canvas, once the user placed it

    QList<Rule> rules;

    Json raw;           ///< the JSON the interaction was read from (unknown members kept)
    int fileOrder = -1; ///< position in the file's "conversationMessage", -1 for new ones

    bool operator==(const Interaction &o) const = default;

    /// Waits for the user's answer (questions, and any interaction marked so).
    bool waitsForUser() const { return isQuestionType(type) || userInputRequired; }
    const QString &code(CodeSlot slot) const;
    void setCode(CodeSlot slot, const QString &code);
    /// The action of the first condition-less rule; "next" when there is none.
    Action nextAction() const;
    /// Sets the action of the first condition-less rule, adding one if needed.
    void setNextAction(const Action &action);

    /// A fresh interaction of `type` with a new id and the defaults CB gives it.
    static Interaction create(InteractionType type, const QString &name);
};

} // namespace dialogsmith::document
