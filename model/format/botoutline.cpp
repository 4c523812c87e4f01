#include "botoutline.h"

#include <QHash>

namespace dialogsmith::format {

using namespace document;

namespace {

const QString separator = QStringLiteral(" \u203a "); // " › "

QString joined(const QStringList &list)
{
    return list.join(QLatin1String(" | "));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString keyValues(const KeyValueList &list, const QString &between)
{
    QStringList lines;
    for (const KeyValue &kv : list)
        lines.append(kv.key + between + kv.value);
    return lines.join(u'\n');
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

/// Collects an item's fields, leaving empty values out.
class Fields
{
public:
    explicit Fields(QList<OutlineField> &fields)
        : m_fields(fields)
    {}
    Fields &add(const char *label, const QString &value, const QString &identity = {})
    {
        return add(QString::fromLatin1(label), value, identity);
    }
    Fields &add(const QString &label, const QString &value, const QString &identity = {})
    {
        if (!value.isEmpty())
            m_fields.append({label, value, identity});
        return *this;
    }

private:
    QList<OutlineField> &m_fields;
};

class Outliner
{
public:
    explicit Outliner(const Bot &bot)
        : m_bot(bot)
    {
        for (const Dialog &d : bot.dialogs) {
            m_dialogNames.insert(d.id, d.name);
            for (const Interaction &i : d.interactions)
                m_interactionNames.insert(i.id, d.name + separator + i.name);
        }
    }

    QList<OutlineItem> items()
    {
        settings();
        for (const Dialog &d : m_bot.dialogs)
            dialog(d);
        for (const Integration &i : m_bot.integrations)
            integration(i);
        for (const Environment &e : m_bot.environments)
            environment(e);
        for (const EnterpriseIntegration &e : m_bot.enterpriseIntegrations)
            enterprise(e);
        for (const Intent &i : m_bot.intents)
            intent(i);
        return m_items;
    }

private:
    OutlineItem &append(OutlineItem::Kind kind, const QString &key, const QString &label, int depth)
    {
        OutlineItem item;
        item.kind = kind;
        item.key = key;
        item.label = label;
        item.depth = depth;
        m_items.append(item);
        return m_items.last();
    }

    void settings()
    {
        OutlineItem &item = append(OutlineItem::Kind::Settings, QStringLiteral("bot"),
                                   QStringLiteral("bot"), 0);
        Fields(item.fields)
                .add("name", m_bot.name)
                .add("description", m_bot.description)
                .add("language", m_bot.language)
                .add("bot type", m_bot.chatBotType)
                .add("session length",
                     m_bot.sessionLength ? QString::number(m_bot.sessionLength) : QString())
                .add("attributes", keyValues(m_bot.attributes, QStringLiteral(" = ")))
                .add("default environment", m_bot.defaultEnvironment)
                .add("secret names", joined(m_bot.secretNames))
                .add("global functions", m_bot.globalFunctions);
    }

    void dialog(const Dialog &d)
    {
        OutlineItem &item = append(OutlineItem::Kind::Dialog, d.id, d.name, 0);
        item.dialogId = d.id;
        Fields(item.fields)
                .add("name", d.name)
                .add("dialog type", d.type == DialogType::Other ? d.typeKey : dialogTypeKey(d.type))
                .add("enabled", d.enabled ? QString() : yesNo(false));
        for (const Interaction &i : d.interactions)
            interaction(d, i);
    }

    QString action(const Action &a) const
    {
        switch (a.kind) {
        case Action::Kind::Next:
            return QStringLiteral("next interaction");
        case Action::Kind::End:
            return QStringLiteral("wait for the user");
        case Action::Kind::CloseDialog:
            return QStringLiteral("close the dialog");
        case Action::Kind::CloseConversation:
            return QStringLiteral("close the conversation");
        case Action::Kind::Interaction:
            return QStringLiteral("go to ")
                   + quoted(m_interactionNames.value(a.target, QStringLiteral("? ") + a.target));
        case Action::Kind::Dialog:
            return QStringLiteral("go to dialog ")
                   + quoted(m_dialogNames.value(a.target, QStringLiteral("? ") + a.target));
        case Action::Kind::Unknown:
            return QString::fromUtf8(writeJson(a.raw, JsonWriteOptions{0}));
        }
        return {};
    }

    void interaction(const Dialog &d, const Interaction &in)
    {
        const QString label = d.name + separator + in.name;
        OutlineItem &item = append(OutlineItem::Kind::Interaction, in.id, label, 1);
        item.parentKey = d.id;
        item.dialogId = d.id;
        item.interactionId = in.id;
        QStringList quickReplies;
        for (const QuickReply &q : in.quickReplies)
            quickReplies.append(q.payload.isEmpty() || q.payload == q.title
                                        ? q.title
                                        : q.title + QStringLiteral(" \u2192 ") + q.payload);
        QStringList buttons;
        for (const Button &b : in.buttons) {
            const QString target = b.type == QLatin1String("url") ? b.url : b.payload;
            buttons.append(target.isEmpty() ? b.title
                                            : b.title + QStringLiteral(" \u2192 ") + target);
        }
        QString skill = in.skillName;
        if (!in.skillId.isEmpty())
            skill += skill.isEmpty() ? in.skillId : QStringLiteral(" (%1)").arg(in.skillId);
        QString position;
        if (in.position)
            position = QStringLiteral("%1, %2")
                               .arg(qRound(in.position->x()))
                               .arg(qRound(in.position->y()));
        Fields(item.fields)
                .add("name", in.name)
                .add("type",
                     in.type == InteractionType::Unknown ? in.typeKey : interactionTypeKey(in.type))
                .add("text", in.text)
                .add("image URL", in.imageUrl)
                .add("title", in.title)
                .add("subtitle", in.subtitle)
                .add("choices", joined(in.choices))
                .add("quick replies", joined(quickReplies))
                .add("buttons", joined(buttons))
                .add("structured content", in.universalJson)
                .add("integration",
                     in.integrationName.isEmpty() ? in.integrationId : in.integrationName,
                     in.integrationId)
                .add("skill", skill)
                .add("patterns", joined(in.patterns))
                .add("exclude keywords", joined(in.excludeKeywords))
                .add("intent", in.intentId)
                .add("pre-process code", in.preProcess)
                .add("process user response code", in.processUserResponse)
                .add("post-process code", in.postProcess)
                .add("delay (ms)", in.delayMs ? QString::number(in.delayMs) : QString())
                .add("enabled", in.enabled ? QString() : yesNo(false))
                .add("user input required", in.userInputRequired ? yesNo(true) : QString())
                .add("comment", in.comment)
                .add("position", position);

        QHash<QString, int> seen;
        for (qsizetype r = 0; r < in.rules.size(); ++r) {
            const Rule &rule = in.rules.at(r);
            const int n = ++seen[rule.name];
            QString key = in.id + u'/' + rule.name;
            if (n > 1)
                key += u'#' + QString::number(n);
            const QString shown = rule.name.isEmpty() ? QStringLiteral("rule %1").arg(r + 1)
                                                      : QStringLiteral("rule ") + quoted(rule.name);
            OutlineItem &ruleItem
                    = append(OutlineItem::Kind::Rule, key, label + separator + shown, 2);
            ruleItem.parentKey = in.id;
            ruleItem.dialogId = d.id;
            ruleItem.interactionId = in.id;
            this->rule(ruleItem, rule);
        }
    }

    void rule(OutlineItem &item, const Rule &r)
    {
        QString condition;
        switch (r.condition) {
        case Rule::Condition::Always:
            condition = QStringLiteral("always");
            break;
        case Rule::Condition::Unknown:
            condition = r.conditionKey;
            break;
        default:
            condition = conditionKey(r.condition);
            break;
        }
        QStringList variables;
        for (const VariableCondition &v : r.variableConditions)
            variables.append(v.variable + u' ' + v.kind + u' ' + v.value);
        QStringList assignments;
        for (const VariableAssignment &a : r.assignments)
            assignments.append(variableScopeKey(a.scope) + u' ' + a.name + QStringLiteral(" = ")
                               + a.value);
        Fields(item.fields)
                .add("name", r.name)
                .add("condition", condition)
                .add("patterns", joined(r.patterns))
                .add("exclude keywords", joined(r.excludeKeywords))
                .add("regular expression", r.regex)
                .add("option", r.option)
                .add("API result", r.condition == Rule::Condition::ApiResult
                                           ? (r.apiSuccess ? QStringLiteral("success")
                                                           : QStringLiteral("failure"))
                                           : QString())
                .add("no match message", r.noMatchMessage)
                .add(r.allVariableConditions ? "variables (all)" : "variables (any)",
                     joined(variables))
                .add("assignments", joined(assignments))
                .add("action", action(r.action),
                     r.action.kind == Action::Kind::Unknown
                             ? QString()
                             : QString::number(int(r.action.kind)) + u':' + r.action.target);
    }

    void integration(const Integration &in)
    {
        OutlineItem &item = append(OutlineItem::Kind::Integration, in.id, in.name, 0);
        Fields(item.fields)
                .add("name", in.name)
                .add("integration type", in.type)
                .add("method", in.method)
                .add("URL", in.url)
                .add("headers", keyValues(in.headers, QStringLiteral(": ")))
                .add("query parameters", keyValues(in.queryParams, QStringLiteral(" = ")))
                .add("body", in.body)
                .add("response data variable", in.responseDataVariable)
                .add("custom data fields", keyValues(in.customDataFields, QStringLiteral(" = ")))
                .add("transform script", in.transformScript)
                .add("timeout (ms)", QString::number(in.timeoutMs));
    }

    void environment(const Environment &e)
    {
        OutlineItem &item = append(OutlineItem::Kind::Environment, e.name, e.name, 0);
        Fields fields(item.fields);
        fields.add("name", e.name);
        for (const KeyValue &kv : e.values)
            fields.add(kv.key, kv.value.isEmpty() ? QStringLiteral("(empty)") : kv.value);
    }

    void enterprise(const EnterpriseIntegration &e)
    {
        OutlineItem &item = append(OutlineItem::Kind::EnterpriseIntegration, e.id,
                                   e.companyName.isEmpty() ? e.type : e.companyName, 0);
        Fields(item.fields).add("company name", e.companyName).add("platform", e.type);
        const QString parentLabel = item.label;
        for (const EnterpriseAgent &a : e.agents) {
            OutlineItem &agent = append(
                    OutlineItem::Kind::EnterpriseAgent, a.id,
                    parentLabel + separator + QStringLiteral("agent ") + quoted(a.loginName), 1);
            agent.parentKey = e.id;
            Fields(agent.fields)
                    .add("conversation type", conversationTypeName(a.conversationType))
                    .add("account number", a.accountNumber)
                    .add("login name", a.loginName)
                    .add("role", a.role)
                    .add("authentication", a.authentication)
                    .add("OAuth key names", joined(a.keyNames.all()))
                    .add("environment", a.environment);
        }
    }

    void intent(const Intent &i)
    {
        OutlineItem &item = append(OutlineItem::Kind::Intent, i.id, i.name, 0);
        Fields(item.fields).add("name", i.name).add("samples", i.samples.join(u'\n'));
    }

    const Bot &m_bot;
    QHash<QString, QString> m_dialogNames;
    QHash<QString, QString> m_interactionNames;
    QList<OutlineItem> m_items;
};

} // namespace

QString OutlineItem::field(const QString &label) const
{
    for (const OutlineField &f : fields) {
        if (f.label == label)
            return f.value;
    }
    return {};
}

QString outlineKindName(OutlineItem::Kind kind)
{
    switch (kind) {
    case OutlineItem::Kind::Settings:
        return QStringLiteral("settings");
    case OutlineItem::Kind::Dialog:
        return QStringLiteral("dialog");
    case OutlineItem::Kind::Interaction:
        return QStringLiteral("interaction");
    case OutlineItem::Kind::Rule:
        return QStringLiteral("rule");
    case OutlineItem::Kind::Integration:
        return QStringLiteral("integration");
    case OutlineItem::Kind::Environment:
        return QStringLiteral("environment");
    case OutlineItem::Kind::EnterpriseIntegration:
        return QStringLiteral("enterprise integration");
    case OutlineItem::Kind::EnterpriseAgent:
        return QStringLiteral("enterprise agent");
    case OutlineItem::Kind::Intent:
        return QStringLiteral("intent");
    }
    return {};
}

QList<OutlineItem> outlineItems(const Bot &bot)
{
    return Outliner(bot).items();
}

QString outlineText(const Bot &bot)
{
    QString out;
    const QList<OutlineItem> items = outlineItems(bot);
    for (const OutlineItem &item : items) {
        const QString indent(item.depth * 2, u' ');
        // Headings name the item as it is called where it is (an interaction by its name, not
        // its dialog's too: the dialog heading is just above).
        QString heading;
        if (item.kind == OutlineItem::Kind::Settings)
            heading = QStringLiteral("bot ") + quoted(bot.name);
        else if (item.kind == OutlineItem::Kind::Interaction)
            heading = QStringLiteral("interaction ") + quoted(item.field(QStringLiteral("name")));
        else if (item.kind == OutlineItem::Kind::Rule)
            heading = item.label.section(separator, -1);
        else if (item.kind == OutlineItem::Kind::EnterpriseAgent)
            heading = item.label.section(separator, -1);
        else
            heading = outlineKindName(item.kind) + u' ' + quoted(item.label);
        if (item.depth == 0 && !out.isEmpty())
            out += u'\n';
        out += indent + heading + u'\n';
        for (const OutlineField &f : item.fields) {
            if (f.label == QLatin1String("name"))
                continue; // in the heading
            if (f.value.contains(u'\n')) {
                out += indent + QStringLiteral("  ") + f.label + QStringLiteral(":\n");
                for (const QString &line : f.value.split(u'\n'))
                    out += indent + QStringLiteral("    | ") + line + u'\n';
            } else {
                out += indent + QStringLiteral("  ") + f.label + QStringLiteral(": ") + f.value
                       + u'\n';
            }
        }
    }
    return out;
}

} // namespace dialogsmith::format
