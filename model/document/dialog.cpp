#include "dialog.h"

#include "bot.h"

#include <QDateTime>

namespace dialogsmith::document {

qsizetype Dialog::indexOf(const QString &interactionId) const
{
    for (qsizetype i = 0; i < interactions.size(); ++i) {
        if (interactions.at(i).id == interactionId)
            return i;
    }
    return -1;
}

const Interaction *Dialog::starter() const
{
    for (const Interaction &i : interactions) {
        if (i.type == InteractionType::DialogStarter)
            return &i;
    }
    return nullptr;
}

Dialog Dialog::create(const QString &name, DialogType type)
{
    Dialog d;
    d.id = newUuid();
    d.name = name;
    d.type = type;
    d.typeKey = dialogTypeKey(type);
    d.creationTime
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    d.modificationTime = d.creationTime;
    return d;
}

QString dialogTypeKey(DialogType type)
{
    switch (type) {
    case DialogType::Fallback:
        return QStringLiteral("FALLBACK_DIALOG");
    case DialogType::Dialog:
    case DialogType::Other:
        break;
    }
    return QStringLiteral("DIALOG");
}

DialogType dialogTypeFromKey(const QString &key)
{
    if (key == QLatin1String("DIALOG"))
        return DialogType::Dialog;
    if (key == QLatin1String("FALLBACK_DIALOG"))
        return DialogType::Fallback;
    return DialogType::Other;
}

} // namespace dialogsmith::document
