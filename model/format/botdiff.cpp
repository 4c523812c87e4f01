#include "botdiff.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>
#include <vector>

namespace dialogsmith::format {

using namespace document;

namespace {

QString itemId(const OutlineItem &item)
{
    return QString::number(int(item.kind)) + u':' + item.key;
}

BotChange changeOf(BotChange::Kind kind, const OutlineItem &item)
{
    BotChange c;
    c.kind = kind;
    c.area = item.kind;
    c.key = item.key;
    c.label = item.label;
    c.dialogId = item.dialogId;
    c.interactionId = item.interactionId;
    return c;
}

/// The kind of the item an item of `kind` belongs to.
OutlineItem::Kind parentKind(OutlineItem::Kind kind)
{
    switch (kind) {
    case OutlineItem::Kind::Interaction:
        return OutlineItem::Kind::Dialog;
    case OutlineItem::Kind::Rule:
        return OutlineItem::Kind::Interaction;
    case OutlineItem::Kind::EnterpriseAgent:
        return OutlineItem::Kind::EnterpriseIntegration;
    default:
        return kind;
    }
}

QString parentId(const OutlineItem &item)
{
    return QString::number(int(parentKind(item.kind))) + u':' + item.parentKey;
}

void compareFields(const OutlineItem &a, const OutlineItem &b, QList<BotChange> &out)
{
    QHash<QString, const OutlineField *> before;
    for (const OutlineField &f : a.fields)
        before.insert(f.label, &f);
    QSet<QString> inAfter;
    for (const OutlineField &f : b.fields) {
        inAfter.insert(f.label);
        const OutlineField *old = before.value(f.label);
        if (old && old->compared() == f.compared())
            continue;
        BotChange c = changeOf(BotChange::Kind::Changed, b);
        c.field = f.label;
        c.before = old ? old->value : QString();
        c.after = f.value;
        out.append(c);
    }
    for (const OutlineField &f : a.fields) {
        if (inAfter.contains(f.label))
            continue;
        BotChange c = changeOf(BotChange::Kind::Changed, b);
        c.field = f.label;
        c.before = f.value;
        out.append(c);
    }
}

/// The interactions of dialog `dialogId` that both versions have in that dialog, in `bot`'s
/// order, as ids.
QStringList commonOrder(const Bot &bot, const Bot &other, const QString &dialogId)
{
    const Dialog *d = bot.dialog(dialogId);
    const Dialog *o = other.dialog(dialogId);
    QStringList ids;
    if (!d || !o)
        return ids;
    QSet<QString> there;
    there.reserve(o->interactions.size());
    for (const Interaction &i : o->interactions)
        there.insert(i.id);
    for (const Interaction &i : d->interactions) {
        if (there.contains(i.id))
            ids.append(i.id);
    }
    return ids;
}

QString namesOf(const Bot &bot, const QString &dialogId, const QStringList &ids)
{
    QHash<QString, QString> names;
    if (const Dialog *d = bot.dialog(dialogId)) {
        for (const Interaction &i : d->interactions)
            names.insert(i.id, i.name);
    }
    QStringList out;
    for (const QString &id : ids)
        out.append(names.value(id, id));
    return out.join(QLatin1String(" | "));
}

} // namespace

QList<BotChange> diffBots(const Bot &before, const Bot &after)
{
    const QList<OutlineItem> a = outlineItems(before);
    const QList<OutlineItem> b = outlineItems(after);

    QHash<QString, qsizetype> indexA;
    for (qsizetype i = 0; i < a.size(); ++i)
        indexA.insert(itemId(a.at(i)), i);
    // B index -> matched A index (or -1).
    std::vector<qsizetype> matchOfB(size_t(b.size()), -1);
    std::vector<qsizetype> matchOfA(size_t(a.size()), -1);
    for (qsizetype j = 0; j < b.size(); ++j) {
        const qsizetype i = indexA.value(itemId(b.at(j)), -1);
        if (i >= 0) {
            matchOfB[size_t(j)] = i;
            matchOfA[size_t(i)] = j;
        }
    }
    // Rules left over on both sides of one interaction pair up in order: a renamed rule is a
    // changed one, not a removed and an added one.
    std::map<QString, std::vector<qsizetype>> unmatchedRulesA;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind == OutlineItem::Kind::Rule && matchOfA[size_t(i)] < 0)
            unmatchedRulesA[a.at(i).parentKey].push_back(i);
    }
    std::map<QString, size_t> taken;
    for (qsizetype j = 0; j < b.size(); ++j) {
        if (b.at(j).kind != OutlineItem::Kind::Rule || matchOfB[size_t(j)] >= 0)
            continue;
        const auto it = unmatchedRulesA.find(b.at(j).parentKey);
        if (it == unmatchedRulesA.end())
            continue;
        size_t &next = taken[b.at(j).parentKey];
        if (next >= it->second.size())
            continue;
        const qsizetype i = it->second[next++];
        matchOfB[size_t(j)] = i;
        matchOfA[size_t(i)] = j;
    }

    // Removed items go after the newer version's item that matches the last item before them
    // that both have (-1: at the start).
    std::map<qsizetype, QList<BotChange>> removedAfter;
    QSet<QString> removedIds;
    qsizetype anchor = -1;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const OutlineItem &item = a.at(i);
        if (matchOfA[size_t(i)] >= 0) {
            anchor = matchOfA[size_t(i)];
            continue;
        }
        removedIds.insert(itemId(item));
        // What a removed item held goes with it.
        if (!item.parentKey.isEmpty() && removedIds.contains(parentId(item)))
            continue;
        removedAfter[anchor].append(changeOf(BotChange::Kind::Removed, item));
    }

    QList<BotChange> changes;
    if (const auto it = removedAfter.find(-1); it != removedAfter.end())
        changes.append(it->second);
    QSet<QString> addedIds;
    for (qsizetype j = 0; j < b.size(); ++j) {
        const OutlineItem &item = b.at(j);
        const qsizetype i = matchOfB[size_t(j)];
        if (i < 0) {
            addedIds.insert(itemId(item));
            if (item.parentKey.isEmpty() || !addedIds.contains(parentId(item)))
                changes.append(changeOf(BotChange::Kind::Added, item));
        } else {
            compareFields(a.at(i), item, changes);
            if (item.kind == OutlineItem::Kind::Dialog) {
                const QStringList orderA = commonOrder(before, after, item.key);
                const QStringList orderB = commonOrder(after, before, item.key);
                if (orderA != orderB) {
                    BotChange c = changeOf(BotChange::Kind::Changed, item);
                    c.field = QStringLiteral("interaction order");
                    c.before = namesOf(before, item.key, orderA);
                    c.after = namesOf(after, item.key, orderB);
                    changes.append(c);
                }
            }
        }
        if (const auto it = removedAfter.find(j); it != removedAfter.end())
            changes.append(it->second);
    }
    return changes;
}

namespace {

// The edit script: ' ' kept, '-' only in x, '+' only in y, with the line's index.
struct Op
{
    char op;
    qsizetype line;
};

std::vector<Op> editScript(const QStringList &x, const QStringList &y)
{
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    std::vector<Op> ops;
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && x.at(prefix) == y.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && x.at(n - 1 - suffix) == y.at(m - 1 - suffix))
        ++suffix;
    for (qsizetype k = 0; k < prefix; ++k)
        ops.push_back({' ', k});
    const qsizetype rn = n - prefix - suffix;
    const qsizetype rm = m - prefix - suffix;
    if (rn * rm <= 4'000'000) {
        // Longest common subsequence of the middle, then the script from its table.
        std::vector<quint32> table(size_t((rn + 1) * (rm + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> quint32 & {
            return table[size_t(i * (rm + 1) + j)];
        };
        for (qsizetype i = rn - 1; i >= 0; --i) {
            for (qsizetype j = rm - 1; j >= 0; --j)
                at(i, j) = x.at(prefix + i) == y.at(prefix + j)
                                   ? at(i + 1, j + 1) + 1
                                   : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < rn || j < rm) {
            if (i < rn && j < rm && x.at(prefix + i) == y.at(prefix + j)) {
                ops.push_back({' ', prefix + i});
                ++i;
                ++j;
            } else if (i < rn && (j == rm || at(i + 1, j) >= at(i, j + 1))) {
                ops.push_back({'-', prefix + i}); // what goes before what comes, as diff(1)
                ++i;
            } else {
                ops.push_back({'+', prefix + j});
                ++j;
            }
        }
    } else {
        // Too large to align line by line: the whole middle goes and comes.
        for (qsizetype k = 0; k < rn; ++k)
            ops.push_back({'-', prefix + k});
        for (qsizetype k = 0; k < rm; ++k)
            ops.push_back({'+', prefix + k});
    }
    for (qsizetype k = 0; k < suffix; ++k)
        ops.push_back({' ', n - suffix + k});

    return ops;
}

QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

} // namespace

QString unifiedDiff(const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QStringList x = linesOf(before);
    const QStringList y = linesOf(after);
    const std::vector<Op> ops = editScript(x, y);

    // Hunks: runs of changes with up to `context` kept lines around them (merged when close).
    QString out;
    const qsizetype count = qsizetype(ops.size());
    qsizetype k = 0;
    while (k < count) {
        while (k < count && ops[size_t(k)].op == ' ')
            ++k;
        if (k == count)
            break;
        qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        qsizetype quiet = 0;
        while (end < count) {
            quiet = ops[size_t(end)].op == ' ' ? quiet + 1 : 0;
            if (quiet > 2 * context)
                break;
            ++end;
        }
        // Keep `context` kept lines after the last change.
        qsizetype last = end - 1;
        while (last >= start && ops[size_t(last)].op == ' ')
            --last;
        end = std::min(count, last + 1 + context);
        // Line numbers (1-based) where the hunk starts in x and y.
        qsizetype xStart = 0;
        qsizetype yStart = 0;
        for (qsizetype p = 0; p < start; ++p) {
            if (ops[size_t(p)].op != '+')
                ++xStart;
            if (ops[size_t(p)].op != '-')
                ++yStart;
        }
        qsizetype xLen = 0;
        qsizetype yLen = 0;
        QString body;
        for (qsizetype p = start; p < end; ++p) {
            const Op &o = ops[size_t(p)];
            if (o.op == '+') {
                ++yLen;
                body += u'+' + y.at(o.line) + u'\n';
            } else if (o.op == '-') {
                ++xLen;
                body += u'-' + x.at(o.line) + u'\n';
            } else {
                ++xLen;
                ++yLen;
                body += u' ' + x.at(o.line) + u'\n';
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                       .arg(xLen ? xStart + 1 : xStart)
                       .arg(xLen)
                       .arg(yLen ? yStart + 1 : yStart)
                       .arg(yLen)
               + body;
        k = end;
    }
    return out;
}

QList<SideBySideRow> sideBySide(const QString &before, const QString &after)
{
    const QStringList x = linesOf(before);
    const QStringList y = linesOf(after);
    const std::vector<Op> ops = editScript(x, y);
    QList<SideBySideRow> rows;
    // A run of removed lines followed by added ones pairs up row by row as changed lines.
    size_t k = 0;
    qsizetype yNext = 0; // the line of `after` a kept line is
    while (k < ops.size()) {
        if (ops[k].op == ' ') {
            const qsizetype j = yNext++;
            SideBySideRow row;
            row.kind = SideBySideRow::Kind::Same;
            row.beforeLine = ops[k].line;
            row.afterLine = j;
            row.before = x.at(ops[k].line);
            row.after = y.value(j);
            rows.append(row);
            ++k;
            continue;
        }
        QList<qsizetype> removed;
        QList<qsizetype> added;
        while (k < ops.size() && ops[k].op == '-')
            removed.append(ops[k++].line);
        while (k < ops.size() && ops[k].op == '+')
            added.append(ops[k++].line);
        if (!added.isEmpty())
            yNext = added.last() + 1;
        for (qsizetype r = 0; r < std::max(removed.size(), added.size()); ++r) {
            SideBySideRow row;
            if (r < removed.size()) {
                row.beforeLine = removed.at(r);
                row.before = x.at(removed.at(r));
            }
            if (r < added.size()) {
                row.afterLine = added.at(r);
                row.after = y.at(added.at(r));
            }
            row.kind = r >= removed.size() ? SideBySideRow::Kind::Added
                       : r >= added.size() ? SideBySideRow::Kind::Removed
                                           : SideBySideRow::Kind::Changed;
            rows.append(row);
        }
    }
    return rows;
}

QString describeChanges(const QList<BotChange> &changes)
{
    QString out;
    for (const BotChange &c : changes) {
        const QString what = outlineKindName(c.area) + QStringLiteral(" \"") + c.label + u'"';
        switch (c.kind) {
        case BotChange::Kind::Added:
            out += QStringLiteral("added ") + what + u'\n';
            break;
        case BotChange::Kind::Removed:
            out += QStringLiteral("removed ") + what + u'\n';
            break;
        case BotChange::Kind::Changed:
            out += QStringLiteral("changed ") + what + QStringLiteral(": ") + c.field + u'\n';
            if (c.before.contains(u'\n') || c.after.contains(u'\n')) {
                for (const QString &line : unifiedDiff(c.before, c.after).split(u'\n')) {
                    if (!line.isEmpty())
                        out += QStringLiteral("    ") + line + u'\n';
                }
            } else {
                if (!c.before.isEmpty())
                    out += QStringLiteral("    - ") + c.before + u'\n';
                if (!c.after.isEmpty())
                    out += QStringLiteral("    + ") + c.after + u'\n';
            }
            break;
        }
    }
    return out;
}

QJsonObject changesToJson(const QList<BotChange> &changes)
{
    QJsonArray list;
    for (const BotChange &c : changes) {
        QJsonObject o{{QStringLiteral("change"),
                       c.kind == BotChange::Kind::Added     ? QStringLiteral("added")
                       : c.kind == BotChange::Kind::Removed ? QStringLiteral("removed")
                                                            : QStringLiteral("changed")},
                      {QStringLiteral("kind"), outlineKindName(c.area)},
                      {QStringLiteral("label"), c.label},
                      {QStringLiteral("key"), c.key}};
        if (!c.dialogId.isEmpty())
            o.insert(QStringLiteral("dialogId"), c.dialogId);
        if (!c.interactionId.isEmpty())
            o.insert(QStringLiteral("interactionId"), c.interactionId);
        if (c.kind == BotChange::Kind::Changed) {
            o.insert(QStringLiteral("field"), c.field);
            o.insert(QStringLiteral("before"), c.before);
            o.insert(QStringLiteral("after"), c.after);
        }
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("same"), changes.isEmpty()},
                       {QStringLiteral("changes"), list}};
}

} // namespace dialogsmith::format
