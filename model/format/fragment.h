#pragma once

#include "bot.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dialogsmith::format {

/// Dialogs or interactions cut or copied to the clipboard. Stored as CB JSON (so the text pasted
/// into an editor is readable and every unknown member travels along).
struct Fragment
{
    QList<document::Dialog> dialogs;
    QList<document::Interaction> interactions;

    bool isEmpty() const { return dialogs.isEmpty() && interactions.isEmpty(); }
};

/// The clipboard MIME type of a fragment.
inline constexpr const char *fragmentMimeType = "application/x-dialogsmith-fragment+json";

QByteArray writeFragment(const Fragment &fragment, const QString &botId);
document::Result<Fragment> readFragment(QByteArrayView json);

/// Makes a fragment ready to add to `bot`: every dialog and interaction gets a new id, names no
/// one in `bot` uses ("greeting" becomes "greeting copy", then "greeting copy 2"), and rule
/// actions that pointed inside the fragment follow the copies. Actions pointing elsewhere stay.
Fragment copyForPaste(const Fragment &fragment, const document::Bot &bot);

} // namespace dialogsmith::format
