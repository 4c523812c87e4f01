#include "interaction.h"

#include "bot.h"

namespace dialogsmith::document {

namespace {

struct TypeInfo
{
    InteractionType type;
    const char *key;
    const char *label;
    bool question;
};

constexpr TypeInfo typeTable[] = {
        {InteractionType::DialogStarter, "DIALOG_STARTER", "Dialog starter", false},
        {InteractionType::Text, "TEXT", "Text", false},
        {InteractionType::Image, "IMAGE", "Image", false},
        {InteractionType::TextQuestion, "TEXT_QUESTION", "Text question", true},
        {InteractionType::MultipleChoiceQuestion, "MULTIPLE_CHOICE_QUESTION", "Multiple choice",
         true},
        {InteractionType::QuickReply, "QUICK_REPLY", "Quick replies", true},
        {InteractionType::Button, "BUTTON", "Button question", true},
        {InteractionType::Structured, "STRUCTURED", "Structured content", false},
        {InteractionType::Universal, "UNIVERSAL", "Universal content", false},
        {InteractionType::ApiIntegration, "API_INTEGRATION", "Integration", false},
        {InteractionType::Escalation, "ESCALATION", "Agent transfer", false},
};

const TypeInfo *info(InteractionType type)
{
    for (const TypeInfo &t : typeTable) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

} // namespace

QString interactionTypeKey(InteractionType type)
{
    const TypeInfo *t = info(type);
    return t ? QString::fromLatin1(t->key) : QString();
}

InteractionType interactionTypeFromKey(const QString &key)
{
    for (const TypeInfo &t : typeTable) {
        if (key == QLatin1String(t.key))
            return t.type;
    }
    return InteractionType::Unknown;
}

QString interactionTypeLabel(InteractionType type)
{
    const TypeInfo *t = info(type);
    return t ? QString::fromLatin1(t->label) : QStringLiteral("Unknown");
}

QList<InteractionType> knownInteractionTypes()
{
    QList<InteractionType> out;
    for (const TypeInfo &t : typeTable)
        out.append(t.type);
    return out;
}

bool isQuestionType(InteractionType type)
{
    const TypeInfo *t = info(type);
    return t && t->question;
}

QString codeSlotLabel(CodeSlot slot)
{
    switch (slot) {
    case CodeSlot::PreProcess:
        return QStringLiteral("Pre-process code");
    case CodeSlot::ProcessUserResponse:
        return QStringLiteral("Process user response");
    case CodeSlot::PostProcess:
        return QStringLiteral("Post-process code");
    }
    return {};
}

const QString &Interaction::code(CodeSlot slot) const
{
    switch (slot) {
    case CodeSlot::PreProcess:
        return preProcess;
    case CodeSlot::ProcessUserResponse:
        return processUserResponse;
    case CodeSlot::PostProcess:
        break;
    }
    return postProcess;
}

void Interaction::setCode(CodeSlot slot, const QString &code)
{
    switch (slot) {
    case CodeSlot::PreProcess:
        preProcess = code;
        return;
    case CodeSlot::ProcessUserResponse:
        processUserResponse = code;
        return;
    case CodeSlot::PostProcess:
        postProcess = code;
        return;
    }
}

Action Interaction::nextAction() const
{
    for (const Rule &r : rules) {
        if (r.condition == Rule::Condition::Always)
            return r.action;
    }
    return Action::next();
}

void Interaction::setNextAction(const Action &action)
{
    for (Rule &r : rules) {
        if (r.condition == Rule::Condition::Always) {
            r.action = action;
            return;
        }
    }
    rules.append(Rule::always(action));
}

Interaction Interaction::create(InteractionType type, const QString &name)
{
    Interaction i;
    i.id = newInteractionId();
    i.name = name;
    i.type = type;
    i.typeKey = interactionTypeKey(type);
    if (type == InteractionType::MultipleChoiceQuestion)
        i.choices = {QStringLiteral("Yes"), QStringLiteral("No")};
    if (type == InteractionType::Escalation)
        i.setNextAction(Action::end());
    else
        i.setNextAction(Action::next());
    return i;
}

} // namespace dialogsmith::document
