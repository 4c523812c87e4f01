#include "botmessage.h"

#include "json.h"

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
        // Compact JSON in its own key order keeps the summary on one line; invalid JSON is
        // shown as written.
        const document::Result<document::Json> json = document::parseJson(data.toUtf8());
        return QStringLiteral("[universal] ")
               + (json ? QString::fromUtf8(document::writeJson(*json, {0})) : data.simplified());
    }
    }
    return text;
}

} // namespace dialogsmith::runtime
