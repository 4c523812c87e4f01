#include "rule.h"

#include <QCoreApplication>

namespace dialogsmith::document {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::document::Action)
};
} // namespace

QString Action::describe() const
{
    switch (kind) {
    case Kind::Next:
        return Text::tr("next");
    case Kind::End:
        return Text::tr("end");
    case Kind::CloseDialog:
        return Text::tr("close dialog");
    case Kind::CloseConversation:
        return Text::tr("close conversation");
    case Kind::Interaction:
        return Text::tr("go to interaction %1").arg(target);
    case Kind::Dialog:
        return Text::tr("go to dialog %1").arg(target);
    case Kind::Unknown:
        return Text::tr("unknown action");
    }
    return {};
}

QString variableScopeKey(VariableScope scope)
{
    switch (scope) {
    case VariableScope::Request:
        return QStringLiteral("REQUEST");
    case VariableScope::Dialog:
        return QStringLiteral("DIALOG");
    case VariableScope::Session:
        return QStringLiteral("SESSION");
    }
    return {};
}

VariableScope variableScopeFromKey(const QString &key)
{
    if (key.compare(QLatin1String("REQUEST"), Qt::CaseInsensitive) == 0)
        return VariableScope::Request;
    if (key.compare(QLatin1String("DIALOG"), Qt::CaseInsensitive) == 0)
        return VariableScope::Dialog;
    return VariableScope::Session;
}

Rule Rule::always(const Action &action)
{
    Rule r;
    r.action = action;
    return r;
}

QString conditionKey(Rule::Condition condition)
{
    switch (condition) {
    case Rule::Condition::Always:
        return {};
    case Rule::Condition::Pattern:
        return QStringLiteral("PATTERN");
    case Rule::Condition::Regex:
        return QStringLiteral("REGEX");
    case Rule::Condition::EvalOption:
        return QStringLiteral("EVAL_OPTION");
    case Rule::Condition::ApiResult:
        return QStringLiteral("API_RESULT");
    case Rule::Condition::NoMatch:
        return QStringLiteral("NO_MATCH");
    case Rule::Condition::Unknown:
        return {};
    }
    return {};
}

Rule::Condition conditionFromKey(const QString &key)
{
    static const Rule::Condition all[]
            = {Rule::Condition::Pattern, Rule::Condition::Regex, Rule::Condition::EvalOption,
               Rule::Condition::ApiResult, Rule::Condition::NoMatch};
    for (Rule::Condition c : all) {
        if (conditionKey(c) == key)
            return c;
    }
    return key.isEmpty() ? Rule::Condition::Always : Rule::Condition::Unknown;
}

} // namespace dialogsmith::document
