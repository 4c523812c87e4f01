#include "previewtranscript.h"

#include <QStringList>

#include <algorithm>

namespace dialogsmith::ui {

namespace {

bool hasPatternSyntax(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char('*') || c == QLatin1Char('(') || c == QLatin1Char(')')
               || c == QLatin1Char('|');
    });
}

} // namespace

QString PreviewRecording::toText() const
{
    QStringList out;
    out.append(QStringLiteral("# Recorded in the Dialogsmith preview%1.")
                       .arg(botName.isEmpty() ? QString() : QStringLiteral(": ") + botName));
    out.append(QStringLiteral("# Run it with: dialogsmith-cli test BOT.json THIS-FILE"));
    out.append(QStringLiteral("channel: ") + runtime::channelName(channel));
    if (!environmentName.isEmpty())
        out.append(QStringLiteral("# environment: ") + environmentName);
    QStringList keys = environmentValues.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        out.append(QStringLiteral("env: %1=%2").arg(key, environmentValues.value(key)));
    if (!startDialog.isEmpty())
        out.append(QStringLiteral("start: ") + startDialog);
    for (const Item &item : items) {
        switch (item.kind) {
        case Item::Kind::User:
            out.append(QStringLiteral("user: ") + runtime::Transcript::messageLine(item.text));
            break;
        case Item::Kind::Agent:
            out.append(QStringLiteral("# agent: ") + runtime::Transcript::messageLine(item.text));
            break;
        case Item::Kind::Bot: {
            const QString line = runtime::Transcript::messageLine(item.text);
            const QString trimmed = line.trimmed();
            const bool holdsId = !conversationId.isEmpty() && line.contains(conversationId);
            // Blanks around the text are written trimmed: the reader trims them and the
            // comparison ignores them.
            if (!holdsId) {
                out.append(QStringLiteral("bot: ") + trimmed);
                break;
            }
            // The line cannot be checked as it is: the id changes every run. A pattern says the
            // rest, unless the text has pattern syntax of its own.
            QString pattern = trimmed;
            if (holdsId)
                pattern.replace(conversationId, QStringLiteral("\u0001"));
            if (hasPatternSyntax(pattern)) {
                out.append(QStringLiteral("# bot: %1  (not checked: it changes from run to run)")
                                   .arg(line));
                out.append(QStringLiteral("bot~ *"));
                break;
            }
            pattern.replace(QLatin1Char('\u0001'), QLatin1Char('*'));
            out.append(QStringLiteral("bot~ ") + pattern);
            break;
        }
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dialogsmith::ui
