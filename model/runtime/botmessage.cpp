#include "botmessage.h"

#include <QJsonDocument>

namespace dialogsmith::runtime {

QString BotMessage::summary() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Image:
        return text.isEmpty() ? QStringLiteral("[image] ") + imageUrl
                              : QStringLiteral("[image] %1 %2").arg(imageUrl, text);
    case Kind::Structured: {
        QString line = QStringLiteral("[card] ") + title;
        if (!subtitle.isEmpty())
            line += QStringLiteral(" | ") + subtitle;
        return line;
    }
    case Kind::Universal: {
        // Compact JSON keeps the summary on one line; invalid JSON is shown as written.
        const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8());
        const QString json = doc.isNull() ? data.simplified()
                                          : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        return QStringLiteral("[universal] ") + json;
    }
    }
    return text;
}

} // namespace dialogsmith::runtime
