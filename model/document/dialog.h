#pragma once

#include "interaction.h"
#include "json.h"

#include <QList>
#include <QString>

namespace dialogsmith::document {

enum class DialogType { Dialog, Fallback, Other };

/// A dialog ("groups" in CB): a named, ordered list of interactions.
struct Dialog
{
    QString id;
    QString name;
    DialogType type = DialogType::Dialog;
    QString typeKey = QStringLiteral("DIALOG"); ///< as written ("DIALOG", "FALLBACK_DIALOG", ...)
    bool enabled = true;
    QString creationTime;     ///< as CB writes it ("2021-09-16 17:42:33")
    QString modificationTime; ///< changed only when the dialog itself changes
    QList<Interaction> interactions;
    Json raw;

    bool operator==(const Dialog &o) const = default;

    qsizetype indexOf(const QString &interactionId) const;
    /// The first dialog-starter interaction, or nullptr.
    const Interaction *starter() const;

    static Dialog create(const QString &name, DialogType type = DialogType::Dialog);
};

QString dialogTypeKey(DialogType type);
DialogType dialogTypeFromKey(const QString &key);

} // namespace dialogsmith::document
