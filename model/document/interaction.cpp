#include "interaction.h"

#include "bot.h"

#include <QCoreApplication>

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
        {InteractionType::DialogStarter, "DIALOG_STARTER",
         QT_TRANSLATE_NOOP("InteractionType", "Dialog starter"), false},
        {InteractionType::Text, "TEXT", QT_TRANSLATE_NOOP("InteractionType", "Text"), false},
        {InteractionType::Image, "IMAGE", QT_TRANSLATE_NOOP("InteractionType", "Image"), false},
        {InteractionType::TextQuestion, "TEXT_QUESTION",
         QT_TRANSLATE_NOOP("InteractionType", "Text question"), true},
        {InteractionType::MultipleChoiceQuestion, "MULTIPLE_CHOICE_QUESTION",
         QT_TRANSLATE_NOOP("InteractionType", "Multiple choice"), true},
        {InteractionType::QuickReply, "QUICK_REPLY",
         QT_TRANSLATE_NOOP("InteractionType", "Quick replies"), true},
        {InteractionType::Button, "BUTTON", QT_TRANSLATE_NOOP("InteractionType", "Button question"),
         true},
        {InteractionType::Structured, "STRUCTURED",
         QT_TRANSLATE_NOOP("InteractionType", "Structured content"), false},
        {InteractionType::Universal, "UNIVERSAL",
         QT_TRANSLATE_NOOP("InteractionType", "Universal content"), false},
        {InteractionType::ApiIntegration, "API_INTEGRATION",
         QT_TRANSLATE_NOOP("InteractionType", "Integration"), false},
        {InteractionType::Escalation, "ESCALATION",
         QT_TRANSLATE_NOOP("InteractionType", "Agent transfer"), false},
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
    // Labels are marked for translation here and translated where they are shown.
    const TypeInfo *t = info(type);
    static const char *const unknown = QT_TRANSLATE_NOOP("InteractionType", "Unknown");
    return QCoreApplication::translate("InteractionType", t ? t->label : unknown);
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
        return QCoreApplication::translate("CodeSlot", "Pre-process code");
    case CodeSlot::ProcessUserResponse:
        return QCoreApplication::translate("CodeSlot", "Process user response");
    case CodeSlot::PostProcess:
        return QCoreApplication::translate("CodeSlot", "Post-process code");
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
