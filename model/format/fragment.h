#pragma once

#include "bot.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dialogsmith::format {

/// Dialogs or interactions cut or copied to the clipboard. Stored as CB JSON (so the text pasted
/// into an editor is readable and every unknown member travels along).
struct Fragment
{
    QList<document::Dialog> dialogs;
    QList<document::Interaction> interactions;

    bool isEmpty() const { return dialogs.isEmpty() && interactions.isEmpty(); }
};

/// A pasted copy of an interaction that had a place on the canvas lies this far right and down of
/// it, so it does not hide the original.
inline constexpr qreal pasteOffset = 40;

/// The clipboard MIME type of a fragment.
inline constexpr const char *fragmentMimeType = "application/x-dialogsmith-fragment+json";

QByteArray writeFragment(const Fragment &fragment, const QString &botId);
document::Result<Fragment> readFragment(QByteArrayView json);

/// Makes a fragment ready to add to `bot`: every dialog and interaction gets a new id, names no
/// one in `bot` uses ("greeting" becomes "greeting copy", then "greeting copy 2"), and rule
/// actions that pointed inside the fragment follow the copies. Actions pointing elsewhere stay.
/// Loose interactions placed on the canvas move by pasteOffset (those inside dialogs keep theirs).
Fragment copyForPaste(const Fragment &fragment, const document::Bot &bot);

/// Where pasted interactions go.
struct PastePlace
{
    QString dialogId;
    int index = -1; ///< where the first one goes in the dialog; -1: at the end
};

/// Where interactions pasted into `bot` go: right after the last of the `selected` interactions,
/// in its dialog; without a selection, at the end of `currentDialogId`. Nullopt when there is no
/// such dialog.
std::optional<PastePlace> pastePlace(const document::Bot &bot, const QString &currentDialogId,
                                     const QStringList &selected);

} // namespace dialogsmith::format
