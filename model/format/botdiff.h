#pragma once

#include "botoutline.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dialogsmith::format {

/// One difference between two versions of a bot.
struct BotChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    OutlineItem::Kind area = OutlineItem::Kind::Settings;
    QString key;   ///< the item's key (see OutlineItem)
    QString label; ///< as the newer version calls it (the older for a removed item)
    QString dialogId;
    QString interactionId;
    /// For Changed: the field's label ("text", "pre-process code", "interaction order", ...)
    /// and its values before and after (empty when the field had none).
    QString field;
    QString before;
    QString after;

    bool operator==(const BotChange &o) const = default;
};

/// What changed from `before` to `after`: items added and removed (an added or removed
/// dialog, interaction or enterprise integration stands for what it holds: its interactions,
/// rules and agents are not listed again), and for items in both, each field that differs, in
/// the newer version's reading order. Items are matched by id; rules, which have none, by name
/// within their interaction, then in order (a renamed rule is a changed one). A dialog whose
/// interactions kept their ids but not their order gets an "interaction order" change.
QList<BotChange> diffBots(const document::Bot &before, const document::Bot &after);

/// `before` and `after` as a unified diff (lines starting with ' ', '-', '+', hunks with
/// `@@ -l,n +l,n @@` headers and `context` lines around each change); empty when they are equal.
QString unifiedDiff(const QString &before, const QString &after, int context = 3);

/// One row of a two-column view of a text before and after.
struct SideBySideRow
{
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    qsizetype beforeLine = -1; ///< 0-based; -1 when the row has no line on that side
    qsizetype afterLine = -1;
    QString before;
    QString after;
};

/// `before` and `after` line by line in two columns: kept lines side by side, a run of removed
/// lines followed by added ones paired row by row as changed lines, the rest alone on their side.
QList<SideBySideRow> sideBySide(const QString &before, const QString &after);

/// The changes as text for a terminal: one line per change, single-line values as `- before`
/// and `+ after` lines below, several lines (code, bodies) as a unified diff.
QString describeChanges(const QList<BotChange> &changes);

/// The changes as JSON for tools: {"same": bool, "changes": [{"change": "added|removed|changed",
/// "kind", "label", "key", "dialogId", "interactionId", "field", "before", "after"}]}.
QJsonObject changesToJson(const QList<BotChange> &changes);

} // namespace dialogsmith::format
