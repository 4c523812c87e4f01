#pragma once

#include "json.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dialogsmith::document {

/// Where a rule (or a statement's "next action") sends the conversation.
struct Action
{
    enum class Kind {
        Next,              ///< the following interaction of the dialog ("next")
        End,               ///< stop and wait for the user ("none")
        CloseDialog,       ///< leave the dialog ("close_dialog")
        CloseConversation, ///< end the conversation ("close_conversation")
        Interaction,       ///< go to the interaction `target` (an id)
        Dialog,            ///< go to the dialog `target` (an id)
        Unknown,           ///< kept as read in `raw`
    };

    Kind kind = Kind::Next;
    QString target;
    Json raw;

    static Action next() { return {}; }
    static Action end() { return {Kind::End, {}, {}}; }
    static Action toInteraction(const QString &id) { return {Kind::Interaction, id, {}}; }
    static Action toDialog(const QString &id) { return {Kind::Dialog, id, {}}; }

    bool operator==(const Action &o) const { return kind == o.kind && target == o.target; }
    /// A short description such as "next", "end", "go to interaction X".
    QString describe() const;
};

/// A condition on a variable ("contextConditions" in CB).
struct VariableCondition
{
    QString kind; ///< CONTAINS, NOT_CONTAINS, EQUALS, NOT_EQUALS, ... as CB names them
    QString variable;
    QString value;
    Json raw;

    bool operator==(const VariableCondition &o) const = default;
};

enum class VariableScope { Request, Dialog, Session };

QString variableScopeKey(VariableScope scope);
VariableScope variableScopeFromKey(const QString &key);

/// A variable set when the rule fires ("contextDataVariables" in CB).
struct VariableAssignment
{
    QString name;
    QString value; ///< a template, e.g. `{$userMessage}`
    VariableScope scope = VariableScope::Session;
    Json raw;

    bool operator==(const VariableAssignment &o) const = default;
};

/// One entry of an interaction's "responseMatches": a condition, variable conditions,
/// assignments and the action taken when it fires.
struct Rule
{
    enum class Condition {
        Always,     ///< no condition: a statement's next action
        Pattern,    ///< `patterns` / `excludeKeywords`
        Regex,      ///< `regex` / `excludeKeywords`
        EvalOption, ///< `option` (text, number or letter of a choice)
        ApiResult,  ///< `apiSuccess`
        NoMatch,    ///< `noMatchMessage` sent before the action
        Unknown,    ///< `conditionKey` names it; kept as read in `raw`
    };

    QString name;
    Condition condition = Condition::Always;
    QString conditionKey; ///< the matchType as written, for unknown kinds
    QStringList patterns;
    QStringList excludeKeywords;
    QString regex;
    QString option;
    bool apiSuccess = true;
    QString noMatchMessage;
    QList<VariableCondition> variableConditions;
    bool allVariableConditions = false; ///< ALL instead of ANY
    QList<VariableAssignment> assignments;
    Action action;
    Json raw;

    bool operator==(const Rule &o) const = default;

    static Rule always(const Action &action);
};

/// "PATTERN", "REGEX", ... (empty for Always).
QString conditionKey(Rule::Condition condition);
Rule::Condition conditionFromKey(const QString &key);

} // namespace dialogsmith::document
