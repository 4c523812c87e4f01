#include "chatentries.h"

#include "bot.h"
#include "htmlsanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dialogsmith::ui {

using runtime::BotMessage;
using runtime::Choice;

namespace {

// Universal content nests; a malicious or broken file must not recurse without end.
constexpr int maxDepth = 32;
constexpr int maxTexts = 40;

QString translate(const char *text)
{
    return QCoreApplication::translate("dialogsmith::ui::ChatView", text);
}

void walk(const QJsonValue &value, UniversalSummary &out, int depth)
{
    if (depth > maxDepth || out.texts.size() > maxTexts)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            walk(v, out, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    const QString type = o.value(QLatin1String("type")).toString().toLower();
    if (type == QLatin1String("button")) {
        Choice c;
        c.kind = Choice::Kind::Button;
        c.title = o.value(QLatin1String("title")).toString();
        // LivePerson rich content: click.actions[] of type publishText or link.
        const QJsonArray actions = o.value(QLatin1String("click"))
                                           .toObject()
                                           .value(QLatin1String("actions"))
                                           .toArray();
        for (const QJsonValue &a : actions) {
            const QJsonObject action = a.toObject();
            const QString kind = action.value(QLatin1String("type")).toString();
            if (kind == QLatin1String("publishText") && c.payload.isEmpty())
                c.payload = action.value(QLatin1String("text")).toString();
            else if (kind == QLatin1String("link") && c.url.isEmpty())
                c.url = action.value(QLatin1String("uri")).toString();
        }
        if (!c.title.isEmpty())
            out.choices.append(c);
        return;
    }
    if (type == QLatin1String("image")) {
        if (out.imageUrl.isEmpty())
            out.imageUrl = o.value(QLatin1String("url")).toString();
        if (const QString caption = o.value(QLatin1String("caption")).toString();
            !caption.isEmpty())
            out.texts.append(caption);
        return;
    }
    if (type == QLatin1String("text")) {
        const QString text = o.value(QLatin1String("text")).toString();
        if (!text.isEmpty())
            out.texts.append(text);
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            walk(it.value(), out, depth + 1);
        else if ((it.key() == QLatin1String("text") || it.key() == QLatin1String("title"))
                 && it.value().isString() && !it.value().toString().isEmpty())
            out.texts.append(it.value().toString());
    }
}

/// The template an interaction's text came from: what the runtime expanded into message.text.
QString templateOf(const BotMessage &message, const document::Bot &bot)
{
    const auto [dialog, interaction] = bot.findInteraction(message.interactionId);
    if (!interaction)
        return {};
    return interaction->text.isEmpty() ? interaction->title : interaction->text;
}

} // namespace

UniversalSummary summarizeUniversal(const QString &json)
{
    UniversalSummary out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return out;
    out.valid = true;
    walk(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), out, 0);
    return out;
}

ChatEntry chatEntryFor(const BotMessage &message, const document::Bot &bot)
{
    ChatEntry e;
    e.kind = ChatEntry::Kind::Bot;
    e.interactionId = message.interactionId;
    e.plain = message.summary();
    e.choices = message.choices;
    const QList<LiteralSpan> values
            = templateValueSpans(templateOf(message, bot), message.text, bot);
    switch (message.kind) {
    case BotMessage::Kind::Text:
        e.html = sanitizeBotHtml(message.text, values);
        break;
    case BotMessage::Kind::Image:
        e.imageUrl = message.imageUrl;
        e.html = sanitizeBotHtml(message.text, values);
        break;
    case BotMessage::Kind::Structured:
        e.title = message.title;
        e.subtitle = message.subtitle;
        e.imageUrl = message.imageUrl;
        e.html = sanitizeBotHtml(message.text, values);
        break;
    case BotMessage::Kind::Universal: {
        const UniversalSummary summary = summarizeUniversal(message.data);
        QString text;
        if (!summary.valid)
            text = translate("Universal content that is not valid JSON:") + QLatin1Char('\n')
                   + message.data.left(500);
        else if (summary.texts.isEmpty() && summary.choices.isEmpty() && summary.imageUrl.isEmpty())
            text = translate("Universal content (nothing to show; see the event log).");
        else
            text = summary.texts.join(QLatin1Char('\n'));
        e.html = plainTextToHtml(text);
        e.imageUrl = summary.imageUrl;
        e.choices += summary.choices;
        e.subtitle = translate("Universal content");
        break;
    }
    }
    return e;
}

} // namespace dialogsmith::ui
