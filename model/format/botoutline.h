#pragma once

#include "bot.h"

#include <QList>
#include <QString>

namespace dialogsmith::format {

/// One field of an outline item.
struct OutlineField
{
    QString label;
    QString value; ///< as text: lists joined with " | ", several lines for code and bodies
    /// What the diff compares when it is not the value: an action's target id, so that renaming
    /// an interaction is one change, not one more for every rule that goes to it.
    QString identity;

    const QString &compared() const { return identity.isEmpty() ? value : identity; }
};

/// One part of a bot as a reader reviews it: the bot's settings, a dialog, an interaction, one of
/// its rules, an integration, an environment, an enterprise integration or one of its agents, an
/// intent. The outline prints them; the diff compares them field by field.
struct OutlineItem
{
    enum class Kind {
        Settings,
        Dialog,
        Interaction,
        Rule,
        Integration,
        Environment,
        EnterpriseIntegration,
        EnterpriseAgent,
        Intent,
    };

    Kind kind = Kind::Settings;
    /// Identity within its kind across versions of a bot: the id (rules, which have none, are
    /// `interactionId/name`, numbered when names repeat).
    QString key;
    /// What a reader calls it: `Main › Ask name`, `Main › Ask name › rule "to agent"`.
    QString label;
    /// The key of the item it belongs to (a rule's interaction, an interaction's dialog, an
    /// agent's enterprise integration); empty at the top.
    QString parentKey;
    QString dialogId;      ///< where it is, for jumps; empty outside dialogs
    QString interactionId; ///< the interaction (or the rule's), for jumps
    int depth = 0;         ///< indentation in the outline
    /// Its fields in a fixed order; empty values are left out.
    QList<OutlineField> fields;

    QString field(const QString &label) const;
};

/// A user-facing word for a kind ("interaction", "rule", ...).
QString outlineKindName(OutlineItem::Kind kind);

/// The bot as a list of items in reading order: settings, then each dialog followed by its
/// interactions and their rules, integrations, environments, enterprise integrations with their
/// agents, intents. Deterministic: the same bot gives the same list, whatever its file's layout.
QList<OutlineItem> outlineItems(const document::Bot &bot);

/// The bot as readable, stable text (for reviews and `git diff` through a textconv): one block
/// per item, indented by depth, fields as `label: value`, code as `|`-prefixed lines. Saving and
/// loading a bot does not change it.
QString outlineText(const document::Bot &bot);

} // namespace dialogsmith::format
