#include "runtimeevent.h"

namespace dialogsmith::runtime {

QString RuntimeEvent::typeName(Type type)
{
    switch (type) {
    case Type::MessageSent:
        return QStringLiteral("message");
    case Type::InteractionEntered:
        return QStringLiteral("enter");
    case Type::InteractionLeft:
        return QStringLiteral("leave");
    case Type::DialogStarted:
        return QStringLiteral("dialog");
    case Type::DialogEnded:
        return QStringLiteral("dialog end");
    case Type::PatternMatched:
        return QStringLiteral("pattern");
    case Type::IntentMatched:
        return QStringLiteral("intent");
    case Type::RuleEvaluated:
        return QStringLiteral("rule");
    case Type::VariableChanged:
        return QStringLiteral("variable");
    case Type::ScriptOutput:
        return QStringLiteral("debug");
    case Type::Request:
        return QStringLiteral("request");
    case Type::Response:
        return QStringLiteral("response");
    case Type::Escalation:
        return QStringLiteral("escalation");
    case Type::Info:
        return QStringLiteral("info");
    case Type::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString RuntimeEvent::describe() const
{
    QString line = typeName(type) + QStringLiteral(": ");
    switch (type) {
    case Type::MessageSent:
        return line + message.summary();
    case Type::InteractionEntered:
    case Type::InteractionLeft:
        return line + interactionName;
    default:
        break;
    }
    return line + text;
}

} // namespace dialogsmith::runtime
