#include "canvasgraph.h"

#include "botdocument.h"

namespace dialogsmith::ui {

using document::Action;
using document::BotDocument;
using document::Dialog;
using document::Interaction;
using document::InteractionType;
using document::Rule;

namespace {

QString firstLine(const QString &text)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty())
            return t.toString();
    }
    return {};
}

QString escaped(const QString &text, int maxChars = 600)
{
    QString t = text.size() > maxChars ? text.left(maxChars) + QChar(0x2026) : text;
    return t.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

CanvasLink resolve(const BotDocument &document, const Dialog &dialog, qsizetype index,
                   const Action &action)
{
    CanvasLink link;
    switch (action.kind) {
    case Action::Kind::Next:
        if (index + 1 < dialog.interactions.size()) {
            link.kind = CanvasLink::Kind::Node;
            link.target = dialog.interactions.at(index + 1).id;
        } else {
            link.kind = CanvasLink::Kind::EndOfDialog;
        }
        break;
    case Action::Kind::End:
        link.kind = CanvasLink::Kind::End;
        break;
    case Action::Kind::CloseDialog:
        link.kind = CanvasLink::Kind::CloseDialog;
        break;
    case Action::Kind::CloseConversation:
        link.kind = CanvasLink::Kind::CloseConversation;
        break;
    case Action::Kind::Interaction: {
        const QString owner = document.dialogIdOf(action.target);
        link.target = action.target;
        if (owner.isEmpty())
            link.kind = CanvasLink::Kind::Missing;
        else if (owner == dialog.id)
            link.kind = CanvasLink::Kind::Node;
        else
            link.kind = CanvasLink::Kind::InteractionExit;
        break;
    }
    case Action::Kind::Dialog:
        link.target = action.target;
        link.kind = document.dialog(action.target) ? CanvasLink::Kind::DialogExit
                                                   : CanvasLink::Kind::Missing;
        break;
    case Action::Kind::Unknown:
        link.kind = CanvasLink::Kind::UnknownAction;
        break;
    }
    return link;
}

QString actionText(const BotDocument &document, const Interaction &source, const CanvasLink &link)
{
    auto nameOf = [&](const QString &id) {
        const Interaction *i = document.interaction(id);
        return i ? i->name : id;
    };
    switch (link.kind) {
    case CanvasLink::Kind::Node:
        return CanvasText::tr("goes to \u201c%1\u201d").arg(nameOf(link.target).toHtmlEscaped());
    case CanvasLink::Kind::DialogExit:
    case CanvasLink::Kind::InteractionExit:
    case CanvasLink::Kind::Missing:
        return exitText(document, link).toHtmlEscaped();
    case CanvasLink::Kind::End:
        return source.waitsForUser() ? CanvasText::tr("ends and waits for the user")
                                     : CanvasText::tr("ends here");
    case CanvasLink::Kind::CloseDialog:
        return CanvasText::tr("closes the dialog");
    case CanvasLink::Kind::CloseConversation:
        return CanvasText::tr("closes the conversation");
    case CanvasLink::Kind::EndOfDialog:
        return CanvasText::tr("\u201cnext\u201d: this is the last interaction, the dialog ends");
    case CanvasLink::Kind::UnknownAction:
        return CanvasText::tr("an action this version does not know (kept as it is)");
    case CanvasLink::Kind::Unset:
        return CanvasText::tr("no next action: the answer is matched against the whole bot");
    }
    return {};
}

} // namespace

QString CanvasLink::exitKey() const
{
    switch (kind) {
    case Kind::DialogExit:
        return QStringLiteral("d:") + target;
    case Kind::InteractionExit:
        return QStringLiteral("i:") + target;
    case Kind::Missing:
        return QStringLiteral("m:") + target;
    default:
        break;
    }
    return {};
}

QString exitNodeKey(const QString &sourceId, const CanvasLink &link)
{
    return link.exitKey() + QLatin1Char('@') + sourceId;
}

QList<CanvasLink> canvasLinks(const BotDocument &document, const Dialog &dialog, qsizetype index)
{
    const Interaction &interaction = dialog.interactions.at(index);
    QList<CanvasLink> links;
    links.reserve(interaction.rules.size() + 1);
    bool hasNext = false;
    for (qsizetype r = 0; r < interaction.rules.size(); ++r) {
        const Rule &rule = interaction.rules.at(r);
        CanvasLink link = resolve(document, dialog, index, rule.action);
        link.slot = int(r);
        // Interaction::nextAction() reads the first condition-less rule: that one is the port
        // a "next action" edit changes.
        link.nextAction = !hasNext && rule.condition == Rule::Condition::Always;
        hasNext = hasNext || link.nextAction;
        if (!link.nextAction || !rule.variableConditions.isEmpty())
            link.label = ruleLabel(rule);
        link.fallback = rule.condition == Rule::Condition::NoMatch;
        links.append(link);
    }
    if (!hasNext) {
        CanvasLink link;
        if (interaction.waitsForUser())
            link.kind = CanvasLink::Kind::Unset;
        else
            link = resolve(document, dialog, index, Action::next());
        link.slot = -1;
        link.nextAction = true;
        links.append(link);
    }
    return links;
}

QString ruleConditionText(const Rule &rule)
{
    switch (rule.condition) {
    case Rule::Condition::Always:
        return rule.variableConditions.isEmpty() ? CanvasText::tr("always")
                                                 : CanvasText::tr("variable conditions");
    case Rule::Condition::Pattern:
        return CanvasText::tr("pattern %1").arg(rule.patterns.join(QStringLiteral(" | ")));
    case Rule::Condition::Regex:
        return CanvasText::tr("regular expression /%1/").arg(rule.regex);
    case Rule::Condition::EvalOption:
        return CanvasText::tr("option %1").arg(rule.option);
    case Rule::Condition::ApiResult:
        return rule.apiSuccess ? CanvasText::tr("the API call succeeded")
                               : CanvasText::tr("the API call failed");
    case Rule::Condition::NoMatch:
        return rule.noMatchMessage.isEmpty()
                       ? CanvasText::tr("no other rule matched")
                       : CanvasText::tr("no other rule matched (says \u201c%1\u201d)")
                                 .arg(firstLine(rule.noMatchMessage));
    case Rule::Condition::Unknown:
        return CanvasText::tr("unknown condition %1").arg(rule.conditionKey);
    }
    return {};
}

QString ruleLabel(const Rule &rule)
{
    const QString name = rule.name.trimmed();
    if (!name.isEmpty())
        return name;
    switch (rule.condition) {
    case Rule::Condition::Always:
        if (!rule.variableConditions.isEmpty())
            return CanvasText::tr("if %1").arg(rule.variableConditions.constFirst().variable);
        return {};
    case Rule::Condition::Pattern:
        return rule.patterns.join(QStringLiteral(" | "));
    case Rule::Condition::Regex:
        return QLatin1Char('/') + rule.regex + QLatin1Char('/');
    case Rule::Condition::EvalOption:
        return CanvasText::tr("option %1").arg(rule.option);
    case Rule::Condition::ApiResult:
        return rule.apiSuccess ? CanvasText::tr("success") : CanvasText::tr("failure");
    case Rule::Condition::NoMatch:
        return CanvasText::tr("no match");
    case Rule::Condition::Unknown:
        return rule.conditionKey;
    }
    return {};
}

QString interactionSummary(const BotDocument &document, const Interaction &i)
{
    switch (i.type) {
    case InteractionType::DialogStarter:
        if (!i.patterns.isEmpty())
            return i.patterns.join(QStringLiteral("  \u00b7  "));
        if (!i.intentId.isEmpty())
            return CanvasText::tr("intent %1").arg(i.intentId);
        return firstLine(i.text);
    case InteractionType::MultipleChoiceQuestion:
        if (const QString t = firstLine(i.text); !t.isEmpty())
            return t;
        return i.choices.join(QStringLiteral(" / "));
    case InteractionType::Image:
        if (const QString t = firstLine(i.text); !t.isEmpty())
            return t;
        return i.imageUrl;
    case InteractionType::Structured:
        if (!i.title.isEmpty())
            return firstLine(i.title);
        if (!i.subtitle.isEmpty())
            return firstLine(i.subtitle);
        return i.imageUrl;
    case InteractionType::Universal:
        if (const QString t = firstLine(i.text); !t.isEmpty())
            return t;
        return i.universalJson.simplified().left(120);
    case InteractionType::ApiIntegration: {
        const document::Integration *integration = document.integration(i.integrationId);
        const QString name = integration ? integration->name : i.integrationName;
        return name.isEmpty() ? CanvasText::tr("No integration chosen")
                              : CanvasText::tr("Calls %1").arg(name);
    }
    case InteractionType::Escalation:
        if (const QString t = firstLine(i.text); !t.isEmpty())
            return t;
        if (!i.skillName.isEmpty() || !i.skillId.isEmpty())
            return CanvasText::tr("Transfer to skill %1")
                    .arg(i.skillName.isEmpty() ? i.skillId : i.skillName);
        return {};
    case InteractionType::Text:
    case InteractionType::TextQuestion:
    case InteractionType::QuickReply:
    case InteractionType::Button:
    case InteractionType::Unknown:
        break;
    }
    return firstLine(i.text);
}

QString interactionToolTip(const BotDocument &document, const Interaction &i)
{
    QString html = QStringLiteral("<b>%1</b> &mdash; %2")
                           .arg(i.name.toHtmlEscaped(),
                                document::interactionTypeLabel(i.type).toHtmlEscaped());
    if (!i.enabled)
        html += QStringLiteral(" <i>(%1)</i>").arg(CanvasText::tr("disabled"));
    auto para = [&html](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2").arg(label.toHtmlEscaped(), escaped(value));
    };
    if (i.type == InteractionType::DialogStarter) {
        para(CanvasText::tr("Patterns:"), i.patterns.join(QStringLiteral(", ")));
        para(CanvasText::tr("Exclude:"), i.excludeKeywords.join(QStringLiteral(", ")));
        para(CanvasText::tr("Intent:"), i.intentId);
        para(CanvasText::tr("User says:"), i.text);
    } else if (!i.text.trimmed().isEmpty()) {
        html += QStringLiteral("<br>") + escaped(i.text);
    } else if (const QString summary = interactionSummary(document, i); !summary.isEmpty()) {
        html += QStringLiteral("<br>") + escaped(summary);
    }
    para(CanvasText::tr("Choices:"), i.choices.join(QStringLiteral(", ")));
    QStringList replies;
    for (const document::QuickReply &q : i.quickReplies)
        replies.append(q.title);
    para(CanvasText::tr("Quick replies:"), replies.join(QStringLiteral(", ")));
    QStringList buttons;
    for (const document::Button &b : i.buttons)
        buttons.append(b.title);
    para(CanvasText::tr("Buttons:"), buttons.join(QStringLiteral(", ")));
    if (i.type == InteractionType::Image || i.type == InteractionType::Structured)
        para(CanvasText::tr("Image:"), i.imageUrl);
    QStringList code;
    for (document::CodeSlot slot :
         {document::CodeSlot::PreProcess, document::CodeSlot::ProcessUserResponse,
          document::CodeSlot::PostProcess}) {
        if (!i.code(slot).trimmed().isEmpty())
            code.append(document::codeSlotLabel(slot));
    }
    para(CanvasText::tr("Code:"), code.join(QStringLiteral(", ")));
    if (i.delayMs > 0)
        para(CanvasText::tr("Delay:"), CanvasText::tr("%1 ms").arg(i.delayMs));
    para(CanvasText::tr("Comment:"), i.comment);
    return html;
}

QString linkToolTip(const BotDocument &document, const Interaction &source, const CanvasLink &link)
{
    QString head;
    if (link.nextAction && link.label.isEmpty()) {
        head = CanvasText::tr("<b>Next action</b>");
    } else if (link.slot >= 0 && link.slot < source.rules.size()) {
        const Rule &rule = source.rules.at(link.slot);
        head = CanvasText::tr("<b>Rule %1</b> %2")
                       .arg(link.slot + 1)
                       .arg(rule.name.isEmpty() ? QString()
                                                : QStringLiteral("\u201c%1\u201d")
                                                          .arg(rule.name.toHtmlEscaped()));
        head += QStringLiteral("<br>")
                + CanvasText::tr("When %1").arg(escaped(ruleConditionText(rule), 200));
    }
    QString html = head + QStringLiteral("<br>") + actionText(document, source, link);
    if (link.kind != CanvasLink::Kind::Missing)
        html += QStringLiteral("<br><i>%1</i>")
                        .arg(CanvasText::tr(
                                "Drag to another interaction to change where it goes."));
    return html;
}

QString exitText(const BotDocument &document, const CanvasLink &link)
{
    switch (link.kind) {
    case CanvasLink::Kind::DialogExit:
        if (const Dialog *d = document.dialog(link.target))
            return d->name;
        break;
    case CanvasLink::Kind::InteractionExit: {
        const QString dialogId = document.dialogIdOf(link.target);
        const Dialog *d = document.dialog(dialogId);
        const Interaction *i = document.interaction(link.target);
        if (d && i)
            return QStringLiteral("%1 \u203a %2").arg(d->name, i->name);
        break;
    }
    default:
        break;
    }
    return CanvasText::tr("Missing target %1").arg(link.target.left(12));
}

} // namespace dialogsmith::ui
