#include "fragment.h"

#include "cbformat.h"

#include <QHash>
#include <QPointF>
#include <QRegularExpression>
#include <QSet>

namespace dialogsmith::format {

using namespace document;

namespace {

const QString &interactionsMarker()
{
    static const QString name = QStringLiteral("Clipboard interactions");
    return name;
}

} // namespace

QByteArray writeFragment(const Fragment &fragment, const QString &botId)
{
    Bot carrier;
    carrier.id = botId;
    carrier.dialogs = fragment.dialogs;
    if (!fragment.interactions.isEmpty()) {
        Dialog holder;
        holder.id = interactionsMarker();
        holder.name = interactionsMarker();
        holder.interactions = fragment.interactions;
        carrier.dialogs.append(holder);
    }
    return writeBot(carrier, WriteTarget::Project);
}

Result<Fragment> readFragment(QByteArrayView json)
{
    Result<LoadedBot> loaded = readBot(json);
    if (!loaded)
        return loaded.error();
    Fragment fragment;
    for (const Dialog &d : loaded->bot.dialogs) {
        if (d.id == interactionsMarker())
            fragment.interactions = d.interactions;
        else
            fragment.dialogs.append(d);
    }
    return fragment;
}

Fragment copyForPaste(const Fragment &fragment, const Bot &bot)
{
    QSet<QString> interactionNames;
    QSet<QString> dialogNames;
    for (const Dialog &d : bot.dialogs) {
        dialogNames.insert(d.name);
        for (const Interaction &i : d.interactions)
            interactionNames.insert(i.name);
    }
    auto unique = [](QSet<QString> &taken, const QString &name) {
        QString candidate = name;
        if (taken.contains(candidate)) {
            // A copy of "x copy" is "x copy 2", not "x copy copy".
            static const QRegularExpression copySuffix(QStringLiteral("^(.*) copy(?: \\d+)?$"));
            const QRegularExpressionMatch m = copySuffix.match(name);
            const QString base = m.hasMatch() ? m.captured(1) : name;
            candidate = QStringLiteral("%1 copy").arg(base);
            for (int n = 2; taken.contains(candidate); ++n)
                candidate = QStringLiteral("%1 copy %2").arg(base).arg(n);
        }
        taken.insert(candidate);
        return candidate;
    };

    QHash<QString, QString> newInteractionIds;
    QHash<QString, QString> newDialogIds;
    Fragment out = fragment;
    auto renew = [&](Interaction &i) {
        const QString id = newInteractionId();
        newInteractionIds.insert(i.id, id);
        i.id = id;
        i.name = unique(interactionNames, i.name);
        i.fileOrder = -1;
    };
    for (Dialog &d : out.dialogs) {
        const QString id = newUuid();
        newDialogIds.insert(d.id, id);
        d.id = id;
        d.name = unique(dialogNames, d.name);
        for (Interaction &i : d.interactions)
            renew(i);
    }
    for (Interaction &i : out.interactions) {
        renew(i);
        if (i.position)
            i.position = *i.position + QPointF(pasteOffset, pasteOffset);
    }

    auto retarget = [&](Interaction &i) {
        for (Rule &r : i.rules) {
            if (r.action.kind == Action::Kind::Interaction)
                r.action.target = newInteractionIds.value(r.action.target, r.action.target);
            else if (r.action.kind == Action::Kind::Dialog)
                r.action.target = newDialogIds.value(r.action.target, r.action.target);
        }
    };
    for (Dialog &d : out.dialogs) {
        for (Interaction &i : d.interactions)
            retarget(i);
    }
    for (Interaction &i : out.interactions)
        retarget(i);
    return out;
}

std::optional<PastePlace> pastePlace(const Bot &bot, const QString &currentDialogId,
                                     const QStringList &selected)
{
    if (!selected.isEmpty()) {
        const auto [dialog, interaction] = bot.findInteraction(selected.last());
        if (dialog && interaction)
            return PastePlace{dialog->id, int(dialog->indexOf(interaction->id)) + 1};
    }
    if (!bot.dialog(currentDialogId))
        return std::nullopt;
    return PastePlace{currentDialogId, -1};
}

} // namespace dialogsmith::format
