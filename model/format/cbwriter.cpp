#include "cbformat.h"

#include "cbkeys.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace dialogsmith::format {

using namespace document;

namespace {

// Every writer below starts from the JSON the object was read from and changes only what the
// model says differs, keeping each member's representation ("500" stays a string, null stays
// null, absent stays absent) when the model value is the same. New objects start from a
// skeleton in CB's member order.

using Order = QStringList;

void putString(Json &obj, const QString &key, const QString &value, const Order &order = {})
{
    const qsizetype at = obj.indexOf(key);
    if (at >= 0) {
        const Json &cur = obj.valueAt(at);
        if ((cur.isString() || cur.isNumber() || cur.isBool()) && cur.toString() == value)
            return;
        if (cur.isNull() && value.isEmpty())
            return;
    } else if (value.isEmpty()) {
        return;
    }
    obj.set(key, Json(value), order);
}

bool isStringArray(const Json &v)
{
    if (!v.isArray())
        return false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (!v.at(i).isString())
            return false;
    }
    return true;
}

void putStringList(Json &obj, const QString &key, const QStringList &value, const Order &order = {})
{
    const qsizetype at = obj.indexOf(key);
    if (at >= 0) {
        const Json &cur = obj.valueAt(at);
        if (isStringArray(cur) && cur.toStringList() == value)
            return;
        if (cur.isNull() && value.isEmpty())
            return;
    } else if (value.isEmpty()) {
        return;
    }
    obj.set(key, Json(value), order);
}

void putBool(Json &obj, const QString &key, bool value, bool absentMeans, const Order &order = {})
{
    const qsizetype at = obj.indexOf(key);
    if (at >= 0) {
        if (obj.valueAt(at).isBool() && obj.valueAt(at).toBool() == value)
            return;
    } else if (value == absentMeans) {
        return;
    }
    obj.set(key, Json(value), order);
}

/// Whole numbers; `asString` writes new values the way CB writes this member ("500").
void putNumber(Json &obj, const QString &key, qint64 value, const Order &order, bool asString)
{
    const qsizetype at = obj.indexOf(key);
    if (at >= 0) {
        const Json &cur = obj.valueAt(at);
        if ((cur.isNumber() || cur.isString()) && cur.toDouble(-1) == double(value))
            return;
        if ((cur.isNull() || (cur.isString() && cur.toString().trimmed().isEmpty())) && value == 0)
            return;
    } else if (value == 0) {
        return;
    }
    obj.set(key, asString ? Json(QString::number(value)) : Json(value), order);
}

Json objectOr(const Json &v, const Json &fallback)
{
    return v.isObject() ? v : fallback;
}

template<typename T, typename Write>
Json writeArray(const QList<T> &items, Write write)
{
    Json out = Json::array();
    for (const T &item : items)
        out.append(write(item));
    return out;
}

/// Sets an array member unless it is absent and would be empty.
void putArray(Json &obj, const QString &key, const Json &array, const Order &order = {})
{
    if (array.isEmpty() && !obj.contains(key))
        return;
    obj.set(key, array, order);
}

Json writeKeyValue(const KeyValue &kv)
{
    Json j = objectOr(kv.raw, Json::object());
    putString(j, QStringLiteral("key"), kv.key);
    putString(j, QStringLiteral("value"), kv.value);
    return j;
}

QString effectiveKey(InteractionType type, const QString &typeKey)
{
    return type == InteractionType::Unknown ? typeKey : interactionTypeKey(type);
}

// --- Interactions -----------------------------------------------------------------------------

const Order &tileOrder()
{
    static const Order order = {
            QStringLiteral("text"),
            QStringLiteral("title"),
            QStringLiteral("subTitle"),
            QStringLiteral("url"),
            QStringLiteral("image"),
            QStringLiteral("buttons"),
            QStringLiteral("multipleChoice"),
            QStringLiteral("quickReplyList"),
            QStringLiteral("quickReplyWidget"),
            QStringLiteral("universalWidget"),
            QStringLiteral("escalation"),
    };
    return order;
}

Json contentSkeleton(InteractionType type, const QString &typeKey)
{
    Json content = Json::object();
    if (type == InteractionType::ApiIntegration) {
        content.set(QStringLiteral("contentType"), Json("DYNAMIC"));
        return content;
    }
    content.set(QStringLiteral("contentType"),
                Json(type == InteractionType::Escalation ? "DYNAMIC" : "STATIC"));
    Json tile = Json::object();
    tile.set(QStringLiteral("buttons"), Json::array());
    tile.set(QStringLiteral("quickReplyList"), Json::array());
    Json tileData = Json::array();
    tileData.append(tile);
    Json tiles = Json::object();
    tiles.set(QStringLiteral("tileData"), tileData);
    Json results = Json::object();
    results.set(QStringLiteral("type"), Json(typeKey));
    results.set(QStringLiteral("tile"), tiles);
    content.set(QStringLiteral("results"), results);
    return content;
}

Json writeButton(const Button &b)
{
    static const Order order = {QStringLiteral("type"), QStringLiteral("title"),
                                QStringLiteral("payload"), QStringLiteral("url")};
    Json j = objectOr(b.raw, Json::object());
    putString(j, QStringLiteral("type"), b.type, order);
    putString(j, QStringLiteral("title"), b.title, order);
    putString(j, QStringLiteral("payload"), b.payload, order);
    putString(j, QStringLiteral("url"), b.url, order);
    return j;
}

Json writeQuickReply(const QuickReply &q)
{
    static const Order order
            = {QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("payload")};
    Json j = objectOr(q.raw, Json::object());
    putString(j, QStringLiteral("type"), q.type, order);
    putString(j, QStringLiteral("title"), q.title, order);
    putString(j, QStringLiteral("payload"), q.payload, order);
    return j;
}

void writeTile(Json &t, const Interaction &in)
{
    const Order &order = tileOrder();
    putString(t, QStringLiteral("text"), in.text, order);
    putString(t, QStringLiteral("title"), in.title, order);
    putString(t, QStringLiteral("subTitle"), in.subtitle, order);
    putString(t,
              in.type == InteractionType::Structured ? QStringLiteral("image")
                                                     : QStringLiteral("url"),
              in.imageUrl, order);
    putArray(t, QStringLiteral("buttons"), writeArray(in.buttons, writeButton), order);

    const QString mcKey = QStringLiteral("multipleChoice");
    if (in.type == InteractionType::MultipleChoiceQuestion || t.contains(mcKey)) {
        Json mc = t.value(mcKey);
        if (!mc.isObject()) {
            mc = Json::object();
            mc.set(QStringLiteral("multipleChoices"), Json::array());
            mc.set(QStringLiteral("displayChoice"), Json("BUTTON"));
            mc.set(QStringLiteral("textStyle"), Json("NUMBERS"));
        }
        putStringList(mc, QStringLiteral("multipleChoices"), in.choices);
        t.set(mcKey, mc, order);
    }

    const QString uwKey = QStringLiteral("universalWidget");
    if (in.type == InteractionType::Universal || t.contains(uwKey)) {
        Json uw = objectOr(t.value(uwKey), Json::object());
        const QString leKey = QStringLiteral("leMessageJson");
        const Json &cur = uw.value(leKey);
        if (cur.isObject() || cur.isArray()) {
            // Written as JSON rather than as a string: keep that form while it parses.
            if (QString::fromUtf8(writeJson(cur, {0})) != in.universalJson) {
                Result<Json> parsed = parseJson(in.universalJson.toUtf8());
                uw.set(leKey, parsed ? *parsed : Json(in.universalJson));
            }
        } else if (!uw.contains(leKey)) {
            uw.set(leKey, Json(in.universalJson));
        } else {
            putString(uw, leKey, in.universalJson);
        }
        t.set(uwKey, uw, order);
    }

    const QString escKey = QStringLiteral("escalation");
    if (in.type == InteractionType::Escalation || t.contains(escKey)) {
        Json esc = t.value(escKey);
        if (!esc.isObject()) {
            esc = Json::object();
            esc.set(QStringLiteral("agentSkillId"), Json(QString()));
            esc.set(QStringLiteral("tangoContextEnabled"), Json(false));
        }
        static const Order escOrder
                = {QStringLiteral("agentSkillId"), QStringLiteral("agentSkillName")};
        putString(esc, QStringLiteral("agentSkillId"), in.skillId, escOrder);
        putString(esc, QStringLiteral("agentSkillName"), in.skillName, escOrder);
        t.set(escKey, esc, order);
    }
}

Json writeContent(Json content, const Interaction &in)
{
    static const Order order = {QStringLiteral("contentType"), QStringLiteral("results"),
                                QStringLiteral("responderName"), QStringLiteral("responderId")};
    const QString typeKey = effectiveKey(in.type, in.typeKey);
    if (!content.isObject())
        content = contentSkeleton(in.type, typeKey);
    if (in.type == InteractionType::ApiIntegration) {
        putString(content, QStringLiteral("responderName"), in.integrationName, order);
        putString(content, QStringLiteral("responderId"), in.integrationId, order);
        return content;
    }
    if (in.type == InteractionType::Unknown && !content.contains(QStringLiteral("results")))
        return content;

    Json results = content.value(QStringLiteral("results"));
    if (!results.isObject())
        results = contentSkeleton(in.type, typeKey).value(QStringLiteral("results"));
    Json tile = objectOr(results.value(QStringLiteral("tile")), Json::object());
    Json tileData = tile.value(QStringLiteral("tileData"));
    if (!tileData.isArray())
        tileData = Json::array();
    Json first = tileData.at(0);
    if (!first.isObject()) {
        first = Json::object();
        first.set(QStringLiteral("buttons"), Json::array());
        first.set(QStringLiteral("quickReplyList"), Json::array());
    }
    writeTile(first, in);
    if (tileData.isEmpty())
        tileData.append(first);
    else
        tileData[0] = first;
    tile.set(QStringLiteral("tileData"), tileData);
    results.set(QStringLiteral("tile"), tile);
    content.set(QStringLiteral("results"), results, order);
    return content;
}

Json writeAction(const Action &a)
{
    if (a.kind == Action::Kind::Unknown)
        return a.raw;
    Json j = objectOr(a.raw, Json::object());
    QString name = QStringLiteral("INTERACTION");
    QString value;
    switch (a.kind) {
    case Action::Kind::Next:
        value = QStringLiteral("next");
        break;
    case Action::Kind::End:
        value = QStringLiteral("none");
        break;
    case Action::Kind::CloseDialog:
        value = QStringLiteral("close_dialog");
        break;
    case Action::Kind::CloseConversation:
        value = QStringLiteral("close_conversation");
        break;
    case Action::Kind::Interaction:
        value = a.target;
        break;
    case Action::Kind::Dialog:
        name = QStringLiteral("DIALOG");
        value = a.target;
        break;
    case Action::Kind::Unknown:
        break;
    }
    static const Order order = {QStringLiteral("name"), QStringLiteral("value")};
    j.set(QStringLiteral("name"), Json(name), order);
    j.set(QStringLiteral("value"), Json(value), order);
    return j;
}

Json conditionSkeleton(Rule::Condition condition)
{
    Json c = Json::object();
    c.set(QStringLiteral("matchType"), Json(conditionKey(condition)));
    Json m = Json::object();
    switch (condition) {
    case Rule::Condition::Pattern:
        m.set(QStringLiteral("patterns"), Json::array());
        m.set(QStringLiteral("excludeKeywords"), Json::array());
        c.set(QStringLiteral("patternMatch"), m);
        break;
    case Rule::Condition::Regex:
        m.set(QStringLiteral("regexText"), Json(QString()));
        m.set(QStringLiteral("excludeKeywords"), Json::array());
        c.set(QStringLiteral("regexMatch"), m);
        break;
    case Rule::Condition::EvalOption:
        m.set(QStringLiteral("value"), Json(QString()));
        c.set(QStringLiteral("evaluateOptionMatch"), m);
        break;
    case Rule::Condition::ApiResult:
        m.set(QStringLiteral("value"), Json("SUCCESS"));
        c.set(QString::fromLatin1(keys::apiResultMatch), m);
        break;
    case Rule::Condition::NoMatch:
        m.set(QStringLiteral("fallbackMessage"), Json(QString()));
        c.set(QStringLiteral("noMatch"), m);
        break;
    case Rule::Condition::Always:
    case Rule::Condition::Unknown:
        break;
    }
    return c;
}

Json writeCondition(const Rule &r, const Json &existing)
{
    const QString key = conditionKey(r.condition);
    Json c = existing;
    if (!c.isObject() || c.value(QStringLiteral("matchType")).toString() != key)
        c = conditionSkeleton(r.condition);
    auto patch = [&c](const QString &member, auto &&fn) {
        Json m = objectOr(c.value(member), Json::object());
        fn(m);
        c.set(member, m);
    };
    switch (r.condition) {
    case Rule::Condition::Pattern:
        patch(QStringLiteral("patternMatch"), [&](Json &m) {
            putStringList(m, QStringLiteral("patterns"), r.patterns);
            putStringList(m, QStringLiteral("excludeKeywords"), r.excludeKeywords);
        });
        break;
    case Rule::Condition::Regex:
        patch(QStringLiteral("regexMatch"), [&](Json &m) {
            putString(m, QStringLiteral("regexText"), r.regex);
            putStringList(m, QStringLiteral("excludeKeywords"), r.excludeKeywords);
        });
        break;
    case Rule::Condition::EvalOption:
        patch(QStringLiteral("evaluateOptionMatch"),
              [&](Json &m) { putString(m, QStringLiteral("value"), r.option); });
        break;
    case Rule::Condition::ApiResult:
        patch(QString::fromLatin1(keys::apiResultMatch), [&](Json &m) {
            const bool wasSuccess = m.value(QStringLiteral("value"))
                                            .toString()
                                            .compare(QLatin1String("FAILURE"), Qt::CaseInsensitive)
                                    != 0;
            if (wasSuccess != r.apiSuccess || !m.contains(QStringLiteral("value")))
                m.set(QStringLiteral("value"), Json(r.apiSuccess ? "SUCCESS" : "FAILURE"));
        });
        break;
    case Rule::Condition::NoMatch:
        patch(QStringLiteral("noMatch"),
              [&](Json &m) { putString(m, QStringLiteral("fallbackMessage"), r.noMatchMessage); });
        break;
    case Rule::Condition::Always:
    case Rule::Condition::Unknown:
        break;
    }
    return c;
}

Json writeRule(const Rule &r)
{
    static const Order order = {QStringLiteral("name"),
                                QStringLiteral("conditions"),
                                QStringLiteral("contextConditions"),
                                QStringLiteral("contextMatchConditionType"),
                                QStringLiteral("action"),
                                QStringLiteral("contextDataVariables")};
    Json j = r.raw;
    if (!j.isObject()) {
        j = Json::object();
        j.set(QStringLiteral("conditions"), Json::array());
        j.set(QStringLiteral("contextConditions"), Json::array());
        if (r.condition != Rule::Condition::Always)
            j.set(QStringLiteral("contextMatchConditionType"), Json("ANY"));
        j.set(QStringLiteral("action"), Json::object());
        j.set(QStringLiteral("contextDataVariables"), Json::array());
    }
    putString(j, QStringLiteral("name"), r.name, order);

    if (r.condition != Rule::Condition::Unknown) {
        Json conditions = j.value(QStringLiteral("conditions"));
        if (!conditions.isArray())
            conditions = Json::array();
        if (r.condition == Rule::Condition::Always) {
            conditions = Json::array();
        } else {
            const Json c = writeCondition(r, conditions.at(0));
            if (conditions.isEmpty())
                conditions.append(c);
            else
                conditions[0] = c;
        }
        j.set(QStringLiteral("conditions"), conditions, order);
    }

    putArray(j, QStringLiteral("contextConditions"),
             writeArray(r.variableConditions,
                        [](const VariableCondition &vc) {
                            static const Order o
                                    = {QStringLiteral("matchType"), QStringLiteral("contextName"),
                                       QStringLiteral("value")};
                            Json c = objectOr(vc.raw, Json::object());
                            putString(c, QStringLiteral("matchType"), vc.kind, o);
                            putString(c, QStringLiteral("contextName"), vc.variable, o);
                            putString(c, QStringLiteral("value"), vc.value, o);
                            return c;
                        }),
             order);
    const QString matchKey = QStringLiteral("contextMatchConditionType");
    if (j.contains(matchKey) || r.allVariableConditions)
        putString(j, matchKey,
                  r.allVariableConditions ? QStringLiteral("ALL") : QStringLiteral("ANY"), order);
    j.set(QStringLiteral("action"), writeAction(r.action), order);
    putArray(j, QStringLiteral("contextDataVariables"),
             writeArray(r.assignments,
                        [](const VariableAssignment &va) {
                            static const Order o = {QStringLiteral("name"), QStringLiteral("value"),
                                                    QStringLiteral("scope")};
                            Json v = objectOr(va.raw, Json::object());
                            putString(v, QStringLiteral("name"), va.name, o);
                            putString(v, QStringLiteral("value"), va.value, o);
                            const Json &cur = v.value(QStringLiteral("scope"));
                            if (!cur.isString() || variableScopeFromKey(cur.toString()) != va.scope)
                                v.set(QStringLiteral("scope"), Json(variableScopeKey(va.scope)), o);
                            return v;
                        }),
             order);
    return j;
}

Json interactionSkeleton(const Interaction &in, const QString &botId)
{
    const QString typeKey = effectiveKey(in.type, in.typeKey);
    Json m = Json::object();
    m.set(QStringLiteral("id"), Json(in.id));
    m.set(QStringLiteral("chatBotId"), Json(botId));
    m.set(QStringLiteral("userInputRequired"), Json(false));
    m.set(QStringLiteral("name"), Json(in.name));
    m.set(QStringLiteral("type"), Json("BOT_MESSAGE"));
    m.set(QStringLiteral("content"), contentSkeleton(in.type, typeKey));
    m.set(QStringLiteral("group"), Json(QString()));
    m.set(QStringLiteral("status"), Json("ACTIVE"));
    m.set(QStringLiteral("required"), Json(true));
    m.set(QStringLiteral("responseMatches"), Json::array());
    m.set(QStringLiteral("interactionType"), Json(typeKey));
    if (in.type != InteractionType::DialogStarter) {
        Json enabled = Json::object();
        enabled.set(QStringLiteral("enabled"), Json(true));
        m.set(QStringLiteral("changeResponse"), enabled);
        m.set(QStringLiteral("cancelResponse"), enabled);
    }
    return m;
}

Json writeInteraction(const Interaction &in, const QString &dialogId, const QString &prevId,
                      const QString &nextId, const QString &botId)
{
    const Order &order = interactionKeyOrder();
    const QString typeKey = effectiveKey(in.type, in.typeKey);
    Json m = in.raw.isObject() ? in.raw : interactionSkeleton(in, botId);
    if (m.value(QStringLiteral("interactionType")).toString() != typeKey) {
        // Retyped: the old type's content has no meaning for the new one.
        m.set(QStringLiteral("interactionType"), Json(typeKey), order);
        m.set(QStringLiteral("content"), contentSkeleton(in.type, typeKey), order);
        if (in.type != InteractionType::QuickReply)
            m.remove(QStringLiteral("quickReplies"));
        if (in.type != InteractionType::DialogStarter) {
            m.remove(QStringLiteral("pattern"));
            m.remove(QStringLiteral("excludeKeywords"));
            m.remove(QStringLiteral("intentId"));
        }
    }
    putString(m, QStringLiteral("id"), in.id, order);
    putString(m, QStringLiteral("name"), in.name, order);
    putBool(m, QStringLiteral("userInputRequired"), in.userInputRequired, false, order);
    putStringList(m, QStringLiteral("pattern"), in.patterns, order);
    putStringList(m, QStringLiteral("excludeKeywords"), in.excludeKeywords, order);
    putString(m, QStringLiteral("intentId"), in.intentId, order);
    m.set(QStringLiteral("content"), writeContent(m.value(QStringLiteral("content")), in), order);
    putString(m, QStringLiteral("preProcessMessage"), in.preProcess, order);
    putString(m, QStringLiteral("postProcessMessage"), in.postProcess, order);
    putString(m, QString::fromLatin1(keys::processUserResponse), in.processUserResponse, order);
    if (in.type == InteractionType::QuickReply || m.contains(QStringLiteral("quickReplies")))
        m.set(QStringLiteral("quickReplies"), writeArray(in.quickReplies, writeQuickReply), order);
    putString(m, QStringLiteral("group"), dialogId, order);
    const QString statusKey = QStringLiteral("status");
    if (!in.enabled)
        m.set(statusKey, Json("INACTIVE"), order);
    else if (m.value(statusKey).toString() == QLatin1String("INACTIVE"))
        m.set(statusKey, Json("ACTIVE"), order);
    if (nextId.isEmpty())
        m.remove(QStringLiteral("nextMessageId"));
    else
        putString(m, QStringLiteral("nextMessageId"), nextId, order);
    if (prevId.isEmpty())
        m.remove(QStringLiteral("prevMessageId"));
    else
        putString(m, QStringLiteral("prevMessageId"), prevId, order);
    m.set(QStringLiteral("responseMatches"), writeArray(in.rules, writeRule), order);
    putNumber(m, QStringLiteral("interactionDelay"), in.delayMs, order, true);
    return m;
}

// --- Dialogs, integrations, bot ---------------------------------------------------------------

Json writeDialog(const Dialog &d, const QString &botId)
{
    static const Order order = {QStringLiteral("chatBotId"),
                                QStringLiteral("id"),
                                QStringLiteral("name"),
                                QStringLiteral("creationTime"),
                                QStringLiteral("modificationTime"),
                                QStringLiteral("dialogType"),
                                QStringLiteral("status"),
                                QStringLiteral("disambiguteOnlySelectedDomains")};
    Json g = d.raw;
    if (!g.isObject()) {
        g = Json::object();
        g.set(QStringLiteral("chatBotId"), Json(botId));
        g.set(QStringLiteral("id"), Json(d.id));
        g.set(QStringLiteral("name"), Json(d.name));
        g.set(QStringLiteral("creationTime"), Json(d.creationTime));
        g.set(QStringLiteral("modificationTime"), Json(d.modificationTime));
        g.set(QStringLiteral("dialogType"), Json(QString()));
        g.set(QStringLiteral("status"), Json("ENABLED"));
        g.set(QStringLiteral("disambiguteOnlySelectedDomains"), Json(false));
    }
    putString(g, QStringLiteral("id"), d.id, order);
    putString(g, QStringLiteral("name"), d.name, order);
    putString(g, QStringLiteral("creationTime"), d.creationTime, order);
    putString(g, QStringLiteral("modificationTime"), d.modificationTime, order);
    putString(g, QStringLiteral("dialogType"),
              d.type == DialogType::Other ? d.typeKey : dialogTypeKey(d.type), order);
    const QString statusKey = QStringLiteral("status");
    if (!d.enabled)
        g.set(statusKey, Json("DISABLED"), order);
    else if (g.value(statusKey).toString() == QLatin1String("DISABLED"))
        g.set(statusKey, Json("ENABLED"), order);
    return g;
}

Json writeIntegration(const Integration &in, const QString &botId)
{
    static const Order order = {
            QStringLiteral("chatbotId"),
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("webhook"),
            QStringLiteral("method"),
            QString::fromLatin1(keys::headers),
            QString::fromLatin1(keys::params),
            QString::fromLatin1(keys::body),
            QStringLiteral("defaultValues"),
            QStringLiteral("customDataFields"),
            QStringLiteral("results"),
            QStringLiteral("group"),
            QStringLiteral("transformResultsScript"),
            QStringLiteral("responseDataVariable"),
            QStringLiteral("integrationType"),
            QStringLiteral("tangoContextEnabled"),
    };
    Json r = in.raw;
    if (!r.isObject()) {
        r = Json::object();
        r.set(QStringLiteral("chatbotId"), Json(botId));
        r.set(QStringLiteral("id"), Json(in.id));
        r.set(QStringLiteral("name"), Json(in.name));
        r.set(QStringLiteral("webhook"), Json(QString()));
        r.set(QStringLiteral("method"), Json(QString()));
        r.set(QStringLiteral("group"), Json("Responders"));
        r.set(QStringLiteral("responseDataVariable"), Json(QString()));
        r.set(QStringLiteral("integrationType"), Json("API"));
        r.set(QStringLiteral("tangoContextEnabled"), Json(false));
    }
    putString(r, QStringLiteral("id"), in.id, order);
    putString(r, QStringLiteral("name"), in.name, order);
    putString(r, QStringLiteral("webhook"), in.url, order);
    putString(r, QStringLiteral("method"), in.method, order);
    putArray(r, QString::fromLatin1(keys::headers), writeArray(in.headers, writeKeyValue), order);
    putArray(r, QString::fromLatin1(keys::params), writeArray(in.queryParams, writeKeyValue),
             order);
    putString(r, QString::fromLatin1(keys::body), in.body, order);
    putArray(r, QStringLiteral("customDataFields"), writeArray(in.customDataFields, writeKeyValue),
             order);
    putString(r, QStringLiteral("transformResultsScript"), in.transformScript, order);
    putString(r, QStringLiteral("responseDataVariable"), in.responseDataVariable, order);
    putString(r, QStringLiteral("integrationType"), in.type, order);
    return r;
}

Json writeBotObject(const Bot &bot)
{
    static const Order order = {
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("chatBotType"),
            QStringLiteral("description"),
            QStringLiteral("status"),
            QStringLiteral("getStartedButtonPayload"),
            QStringLiteral("creationTime"),
            QStringLiteral("modificationTime"),
            QStringLiteral("demo"),
            QStringLiteral("skipNLP"),
            QStringLiteral("language"),
            QStringLiteral("botAttributes"),
            QStringLiteral("sessionLength"),
            QStringLiteral("passThroughMode"),
            QStringLiteral("transcriptDisabled"),
            QStringLiteral("version"),
            QStringLiteral("publicBot"),
            QStringLiteral("readOnly"),
    };
    Json b = bot.raw.value(QStringLiteral("bot"));
    if (!b.isObject()) {
        b = Json::object();
        b.set(QStringLiteral("id"), Json(bot.id));
        b.set(QStringLiteral("name"), Json(bot.name));
        b.set(QStringLiteral("chatBotType"), Json(bot.chatBotType));
        b.set(QStringLiteral("status"), Json("NEW"));
        b.set(QStringLiteral("getStartedButtonPayload"), Json("hi"));
        b.set(QStringLiteral("demo"), Json(false));
        b.set(QStringLiteral("skipNLP"), Json(false));
        b.set(QStringLiteral("language"), Json(bot.language));
        b.set(QStringLiteral("botAttributes"), Json::object());
        b.set(QStringLiteral("sessionLength"), Json(0));
        b.set(QStringLiteral("passThroughMode"), Json(false));
        b.set(QStringLiteral("transcriptDisabled"), Json(false));
        b.set(QStringLiteral("version"), Json("2"));
        b.set(QStringLiteral("publicBot"), Json(false));
        b.set(QStringLiteral("readOnly"), Json(false));
    }
    putString(b, QStringLiteral("id"), bot.id, order);
    putString(b, QStringLiteral("name"), bot.name, order);
    putString(b, QStringLiteral("chatBotType"), bot.chatBotType, order);
    putString(b, QStringLiteral("description"), bot.description, order);
    putNumber(b, QStringLiteral("creationTime"), bot.creationTime, order, false);
    putNumber(b, QStringLiteral("modificationTime"), bot.modificationTime, order, false);
    putString(b, QStringLiteral("language"), bot.language, order);
    putNumber(b, QStringLiteral("sessionLength"), bot.sessionLength, order, false);

    const QString attrKey = QStringLiteral("botAttributes");
    const Json old = b.value(attrKey);
    if (old.isObject() || !bot.attributes.isEmpty()) {
        Json attrs = Json::object();
        for (const KeyValue &kv : bot.attributes) {
            const Json &was = old.value(kv.key);
            attrs.set(kv.key, !was.isNull() && was.toString() == kv.value ? was : Json(kv.value));
        }
        if (attrs != old)
            b.set(attrKey, attrs, order);
    }
    return b;
}

Json writeGlobalFunctions(const Bot &bot)
{
    Json gf = bot.raw.value(QStringLiteral("globalFunctions"));
    if (!gf.isObject()) {
        gf = Json::object();
        gf.set(QStringLiteral("chatBotId"), Json(bot.id));
        gf.set(QStringLiteral("methods"), Json(QString()));
        gf.set(QStringLiteral("creationTime"), Json(bot.globalFunctionsModificationTime));
        gf.set(QStringLiteral("modificationTime"), Json(bot.globalFunctionsModificationTime));
    }
    putString(gf, QStringLiteral("methods"), bot.globalFunctions);
    putString(gf, QStringLiteral("modificationTime"), bot.globalFunctionsModificationTime);
    return gf;
}

Json writeIntents(const Bot &bot)
{
    QHash<QString, Json> old;
    const Json &was = bot.raw.value(QStringLiteral("associatedIntents"));
    for (qsizetype i = 0; i < was.size(); ++i)
        old.insert(was.at(i).value(QStringLiteral("id")).toString(), was.at(i));
    Json out = Json::array();
    for (const Intent &intent : bot.intents) {
        Json j = old.value(intent.id);
        if (!j.isObject()) {
            j = Json::object();
            j.set(QStringLiteral("id"), Json(intent.id));
            j.set(QStringLiteral("name"), Json(intent.name));
            j.set(QStringLiteral("displayName"), Json(intent.name));
            j.set(QStringLiteral("type"), Json("INTENT"));
        }
        putString(j, QStringLiteral("name"), intent.name);
        out.append(j);
    }
    return out;
}

Json writeAgent(const EnterpriseAgent &agent)
{
    namespace k = keys::enterprise;
    Json j = objectOr(agent.raw, Json::object());
    putString(j, k::id, agent.id, k::agentOrder);
    // An unknown type stays as the file had it.
    if (agent.conversationType != ConversationType::Unknown)
        putString(j, k::conversationType, conversationTypeName(agent.conversationType),
                  k::agentOrder);
    putString(j, k::accountNumber, agent.accountNumber, k::agentOrder);
    putString(j, k::loginName, agent.loginName, k::agentOrder);
    putString(j, k::role, agent.role, k::agentOrder);
    putString(j, k::authentication, agent.authentication, k::agentOrder);
    Json names = objectOr(j.value(k::keyNames), Json::object());
    putString(names, k::appKey, agent.keyNames.appKey, k::keyNamesOrder);
    putString(names, k::secret, agent.keyNames.secret, k::keyNamesOrder);
    putString(names, k::accessToken, agent.keyNames.accessToken, k::keyNamesOrder);
    putString(names, k::accessTokenSecret, agent.keyNames.accessTokenSecret, k::keyNamesOrder);
    if (!names.isEmpty() || j.contains(k::keyNames))
        j.set(k::keyNames, names, k::agentOrder);
    putString(j, k::environment, agent.environment, k::agentOrder);
    return j;
}

Json writeEnterpriseIntegration(const EnterpriseIntegration &integration)
{
    namespace k = keys::enterprise;
    Json j = objectOr(integration.raw, Json::object());
    putString(j, k::id, integration.id, k::integrationOrder);
    putString(j, k::type, integration.type, k::integrationOrder);
    putString(j, k::companyName, integration.companyName, k::integrationOrder);
    j.set(k::agents, writeArray(integration.agents, writeAgent), k::integrationOrder);
    return j;
}

Json writeExtension(const Bot &bot)
{
    Json ext = objectOr(bot.extensionRaw, Json::object());
    ext.set(QStringLiteral("format"), Json("dialogsmith"));
    ext.set(QStringLiteral("version"), Json(keys::extensionVersion));

    putArray(ext, QStringLiteral("environments"),
             writeArray(bot.environments, [](const Environment &e) {
                 Json j = Json::object();
                 j.set(QStringLiteral("name"), Json(e.name));
                 Json values = Json::object();
                 for (const KeyValue &kv : e.values)
                     values.set(kv.key, Json(kv.value));
                 j.set(QStringLiteral("values"), values);
                 return j;
             }));
    putString(ext, QStringLiteral("defaultEnvironment"), bot.defaultEnvironment);
    putStringList(ext, QStringLiteral("secrets"), bot.secretNames);
    putArray(ext, keys::enterprise::list,
             writeArray(bot.enterpriseIntegrations, writeEnterpriseIntegration),
             keys::extensionOrder);

    const Json oldMeta = ext.value(QStringLiteral("interactions"));
    Json meta = Json::object();
    for (const Dialog &d : bot.dialogs) {
        for (const Interaction &in : d.interactions) {
            Json entry = objectOr(oldMeta.value(in.id), Json::object());
            putString(entry, QStringLiteral("comment"), in.comment);
            if (in.position) {
                entry.set(QStringLiteral("x"), Json(in.position->x()));
                entry.set(QStringLiteral("y"), Json(in.position->y()));
            } else {
                entry.remove(QStringLiteral("x"));
                entry.remove(QStringLiteral("y"));
            }
            if (!entry.isEmpty())
                meta.set(in.id, entry);
        }
    }
    if (!meta.isEmpty() || ext.contains(QStringLiteral("interactions")))
        ext.set(QStringLiteral("interactions"), meta);

    Json integrations = Json::object();
    for (const Integration &in : bot.integrations) {
        if (in.timeoutMs != Integration().timeoutMs) {
            Json entry = Json::object();
            entry.set(QStringLiteral("timeoutMs"), Json(in.timeoutMs));
            integrations.set(in.id, entry);
        }
    }
    if (!integrations.isEmpty() || ext.contains(QStringLiteral("integrations")))
        ext.set(QStringLiteral("integrations"), integrations);

    Json samples = Json::object();
    for (const Intent &intent : bot.intents) {
        if (!intent.samples.isEmpty())
            samples.set(intent.id, Json(intent.samples));
    }
    if (!samples.isEmpty() || ext.contains(QStringLiteral("intentSamples")))
        ext.set(QStringLiteral("intentSamples"), samples);
    return ext;
}

Json topSkeleton()
{
    Json root = Json::object();
    root.set(QStringLiteral("bot"), Json::object());
    root.set(QStringLiteral("responder"), Json::array());
    root.set(QStringLiteral("requiredContext"), Json::array());
    root.set(QStringLiteral("conversationMessage"), Json::array());
    root.set(QStringLiteral("menus"), Json::array());
    root.set(QStringLiteral("groups"), Json::array());
    root.set(QStringLiteral("platforms"), Json::array());
    root.set(QStringLiteral("associatedDomains"), Json::array());
    root.set(QStringLiteral("dialogTemplates"), Json::array());
    return root;
}

} // namespace

const QStringList &interactionKeyOrder()
{
    static const QStringList order = {
            QStringLiteral("id"),
            QStringLiteral("chatBotId"),
            QStringLiteral("userInputRequired"),
            QStringLiteral("name"),
            QStringLiteral("pattern"),
            QStringLiteral("excludeKeywords"),
            QStringLiteral("intentId"),
            QStringLiteral("type"),
            QStringLiteral("content"),
            QStringLiteral("preProcessMessage"),
            QStringLiteral("postProcessMessage"),
            QString::fromLatin1(keys::processUserResponse),
            QStringLiteral("quickReplies"),
            QStringLiteral("group"),
            QStringLiteral("status"),
            QStringLiteral("required"),
            QStringLiteral("nextMessageId"),
            QStringLiteral("prevMessageId"),
            QStringLiteral("responseMatches"),
            QStringLiteral("interactionType"),
            QStringLiteral("changeResponse"),
            QStringLiteral("cancelResponse"),
            QStringLiteral("interactionDelay"),
    };
    return order;
}

QByteArray writeBot(const Bot &bot, WriteTarget target)
{
    static const Order order = {
            QStringLiteral("hash"),
            QStringLiteral("bot"),
            QStringLiteral("responder"),
            QStringLiteral("requiredContext"),
            QStringLiteral("conversationMessage"),
            QStringLiteral("menus"),
            QStringLiteral("groups"),
            QStringLiteral("globalFunctions"),
            QStringLiteral("platforms"),
            QStringLiteral("associatedDomains"),
            QStringLiteral("associatedIntents"),
            QStringLiteral("dialogTemplates"),
    };
    Json root = bot.raw.isObject() ? bot.raw : topSkeleton();
    root.set(QStringLiteral("bot"), writeBotObject(bot), order);

    Json responders = Json::array();
    for (const Integration &in : bot.integrations)
        responders.append(writeIntegration(in, bot.id));
    root.set(QStringLiteral("responder"), responders, order);

    // Interactions keep their place in the file; new ones follow in dialog order.
    struct Entry
    {
        int fileOrder;
        Json json;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(bot.interactionCount()));
    for (const Dialog &d : bot.dialogs) {
        for (qsizetype i = 0; i < d.interactions.size(); ++i) {
            const Interaction &in = d.interactions.at(i);
            const QString prev = i > 0 ? d.interactions.at(i - 1).id : QString();
            const QString next
                    = i + 1 < d.interactions.size() ? d.interactions.at(i + 1).id : QString();
            entries.push_back({in.fileOrder < 0 ? std::numeric_limits<int>::max() : in.fileOrder,
                               writeInteraction(in, d.id, prev, next, bot.id)});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.fileOrder < b.fileOrder; });
    Json messages = Json::array();
    for (Entry &e : entries)
        messages.append(e.json);
    root.set(QStringLiteral("conversationMessage"), messages, order);

    Json groups = Json::array();
    for (const Dialog &d : bot.dialogs)
        groups.append(writeDialog(d, bot.id));
    root.set(QStringLiteral("groups"), groups, order);

    if (root.contains(QStringLiteral("globalFunctions")) || !bot.globalFunctions.isEmpty())
        root.set(QStringLiteral("globalFunctions"), writeGlobalFunctions(bot), order);
    if (root.contains(QStringLiteral("associatedIntents")) || !bot.intents.isEmpty())
        root.set(QStringLiteral("associatedIntents"), writeIntents(bot), order);

    const QString extKey = QString::fromLatin1(keys::extension);
    if (target == WriteTarget::Project)
        root.set(extKey, writeExtension(bot));
    else
        root.remove(extKey);
    return writeJson(root);
}

} // namespace dialogsmith::format
