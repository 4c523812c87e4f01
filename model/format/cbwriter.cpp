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
    putString(j, keys::key, kv.key);
    putString(j, keys::value, kv.value);
    return j;
}

QString effectiveKey(InteractionType type, const QString &typeKey)
{
    return type == InteractionType::Unknown ? typeKey : interactionTypeKey(type);
}

// --- Interactions -----------------------------------------------------------------------------

Json contentSkeleton(InteractionType type, const QString &typeKey)
{
    Json content = Json::object();
    if (type == InteractionType::ApiIntegration) {
        content.set(keys::contentType, Json("DYNAMIC"));
        return content;
    }
    content.set(keys::contentType,
                Json(type == InteractionType::Escalation ? "DYNAMIC" : "STATIC"));
    Json tile = Json::object();
    tile.set(keys::buttons, Json::array());
    tile.set(keys::quickReplyList, Json::array());
    Json tileData = Json::array();
    tileData.append(tile);
    Json tiles = Json::object();
    tiles.set(keys::tileData, tileData);
    Json results = Json::object();
    results.set(keys::type, Json(typeKey));
    results.set(keys::tile, tiles);
    content.set(keys::results, results);
    return content;
}

Json writeButton(const Button &b)
{
    const Order &order = keys::buttonOrder;
    Json j = objectOr(b.raw, Json::object());
    putString(j, keys::type, b.type, order);
    putString(j, keys::title, b.title, order);
    putString(j, keys::payload, b.payload, order);
    putString(j, keys::url, b.url, order);
    return j;
}

Json writeQuickReply(const QuickReply &q)
{
    const Order &order = keys::quickReplyOrder;
    Json j = objectOr(q.raw, Json::object());
    putString(j, keys::type, q.type, order);
    putString(j, keys::title, q.title, order);
    putString(j, keys::payload, q.payload, order);
    return j;
}

void writeTile(Json &t, const Interaction &in)
{
    const Order &order = keys::tileOrder;
    putString(t, keys::text, in.text, order);
    putString(t, keys::title, in.title, order);
    putString(t, keys::subTitle, in.subtitle, order);
    putString(t, in.type == InteractionType::Structured ? keys::image : keys::url, in.imageUrl,
              order);
    putArray(t, keys::buttons, writeArray(in.buttons, writeButton), order);

    const QString mcKey = keys::multipleChoice;
    if (in.type == InteractionType::MultipleChoiceQuestion || t.contains(mcKey)) {
        Json mc = t.value(mcKey);
        if (!mc.isObject()) {
            mc = Json::object();
            mc.set(keys::multipleChoices, Json::array());
            mc.set(keys::displayChoice, Json("BUTTON"));
            mc.set(keys::textStyle, Json("NUMBERS"));
        }
        putStringList(mc, keys::multipleChoices, in.choices);
        t.set(mcKey, mc, order);
    }

    const QString uwKey = keys::universalWidget;
    if (in.type == InteractionType::Universal || t.contains(uwKey)) {
        Json uw = objectOr(t.value(uwKey), Json::object());
        const QString leKey = keys::leMessageJson;
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

    const QString escKey = keys::escalation;
    if (in.type == InteractionType::Escalation || t.contains(escKey)) {
        Json esc = t.value(escKey);
        if (!esc.isObject()) {
            esc = Json::object();
            esc.set(keys::agentSkillId, Json(QString()));
            esc.set(keys::tangoContextEnabled, Json(false));
        }
        const Order &escOrder = keys::escalationOrder;
        putString(esc, keys::agentSkillId, in.skillId, escOrder);
        putString(esc, keys::agentSkillName, in.skillName, escOrder);
        t.set(escKey, esc, order);
    }
}

Json writeContent(Json content, const Interaction &in)
{
    const Order &order = keys::contentOrder;
    const QString typeKey = effectiveKey(in.type, in.typeKey);
    if (!content.isObject())
        content = contentSkeleton(in.type, typeKey);
    if (in.type == InteractionType::ApiIntegration) {
        putString(content, keys::responderName, in.integrationName, order);
        putString(content, keys::responderId, in.integrationId, order);
        return content;
    }
    if (in.type == InteractionType::Unknown && !content.contains(keys::results))
        return content;

    Json results = content.value(keys::results);
    if (!results.isObject())
        results = contentSkeleton(in.type, typeKey).value(keys::results);
    Json tile = objectOr(results.value(keys::tile), Json::object());
    Json tileData = tile.value(keys::tileData);
    if (!tileData.isArray())
        tileData = Json::array();
    Json first = tileData.at(0);
    if (!first.isObject()) {
        first = Json::object();
        first.set(keys::buttons, Json::array());
        first.set(keys::quickReplyList, Json::array());
    }
    writeTile(first, in);
    if (tileData.isEmpty())
        tileData.append(first);
    else
        tileData[0] = first;
    tile.set(keys::tileData, tileData);
    results.set(keys::tile, tile);
    content.set(keys::results, results, order);
    return content;
}

Json writeAction(const Action &a)
{
    if (a.kind == Action::Kind::Unknown)
        return a.raw;
    Json j = objectOr(a.raw, Json::object());
    QString name = keys::values::interaction;
    QString value;
    switch (a.kind) {
    case Action::Kind::Next:
        value = keys::values::next;
        break;
    case Action::Kind::End:
        value = keys::values::none;
        break;
    case Action::Kind::CloseDialog:
        value = keys::values::closeDialog;
        break;
    case Action::Kind::CloseConversation:
        value = keys::values::closeConversation;
        break;
    case Action::Kind::Interaction:
        value = a.target;
        break;
    case Action::Kind::Dialog:
        name = keys::values::dialog;
        value = a.target;
        break;
    case Action::Kind::Unknown:
        break;
    }
    const Order &order = keys::actionOrder;
    j.set(keys::name, Json(name), order);
    j.set(keys::value, Json(value), order);
    return j;
}

Json conditionSkeleton(Rule::Condition condition)
{
    Json c = Json::object();
    c.set(keys::matchType, Json(conditionKey(condition)));
    Json m = Json::object();
    switch (condition) {
    case Rule::Condition::Pattern:
        m.set(keys::patterns, Json::array());
        m.set(keys::excludeKeywords, Json::array());
        c.set(keys::patternMatch, m);
        break;
    case Rule::Condition::Regex:
        m.set(keys::regexText, Json(QString()));
        m.set(keys::excludeKeywords, Json::array());
        c.set(keys::regexMatch, m);
        break;
    case Rule::Condition::EvalOption:
        m.set(keys::value, Json(QString()));
        c.set(keys::evaluateOptionMatch, m);
        break;
    case Rule::Condition::ApiResult:
        m.set(keys::value, Json(keys::values::success));
        c.set(keys::apiResultMatch, m);
        break;
    case Rule::Condition::NoMatch:
        m.set(keys::fallbackMessage, Json(QString()));
        c.set(keys::noMatch, m);
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
    if (!c.isObject() || c.value(keys::matchType).toString() != key)
        c = conditionSkeleton(r.condition);
    auto patch = [&c](const QString &member, auto &&fn) {
        Json m = objectOr(c.value(member), Json::object());
        fn(m);
        c.set(member, m);
    };
    switch (r.condition) {
    case Rule::Condition::Pattern:
        patch(keys::patternMatch, [&](Json &m) {
            putStringList(m, keys::patterns, r.patterns);
            putStringList(m, keys::excludeKeywords, r.excludeKeywords);
        });
        break;
    case Rule::Condition::Regex:
        patch(keys::regexMatch, [&](Json &m) {
            putString(m, keys::regexText, r.regex);
            putStringList(m, keys::excludeKeywords, r.excludeKeywords);
        });
        break;
    case Rule::Condition::EvalOption:
        patch(keys::evaluateOptionMatch, [&](Json &m) { putString(m, keys::value, r.option); });
        break;
    case Rule::Condition::ApiResult: {
        // Written back under the member and field it was read from.
        const keys::ApiResultPlace place = keys::apiResultPlace(c);
        patch(place.member, [&](Json &m) {
            const bool wasSuccess = m.value(place.field)
                                            .toString()
                                            .compare(keys::values::failure, Qt::CaseInsensitive)
                                    != 0;
            if (wasSuccess != r.apiSuccess || !m.contains(place.field))
                m.set(place.field,
                      Json(r.apiSuccess ? keys::values::success : keys::values::failure));
        });
        break;
    }
    case Rule::Condition::NoMatch:
        patch(keys::noMatch,
              [&](Json &m) { putString(m, keys::fallbackMessage, r.noMatchMessage); });
        break;
    case Rule::Condition::Always:
    case Rule::Condition::Unknown:
        break;
    }
    return c;
}

Json writeRule(const Rule &r)
{
    const Order &order = keys::ruleOrder;
    Json j = r.raw;
    if (!j.isObject()) {
        j = Json::object();
        j.set(keys::conditions, Json::array());
        j.set(keys::contextConditions, Json::array());
        if (r.condition != Rule::Condition::Always)
            j.set(keys::contextMatchConditionType, Json(keys::values::any));
        j.set(keys::action, Json::object());
        j.set(keys::contextDataVariables, Json::array());
    }
    putString(j, keys::name, r.name, order);

    if (r.condition != Rule::Condition::Unknown) {
        Json conditions = j.value(keys::conditions);
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
        j.set(keys::conditions, conditions, order);
    }

    putArray(j, keys::contextConditions,
             writeArray(r.variableConditions,
                        [](const VariableCondition &vc) {
                            const Order &o = keys::variableConditionOrder;
                            Json c = objectOr(vc.raw, Json::object());
                            putString(c, keys::matchType, vc.kind, o);
                            putString(c, keys::contextName, vc.variable, o);
                            putString(c, keys::value, vc.value, o);
                            return c;
                        }),
             order);
    const QString matchKey = keys::contextMatchConditionType;
    if (j.contains(matchKey) || r.allVariableConditions)
        putString(j, matchKey, r.allVariableConditions ? keys::values::all : keys::values::any,
                  order);
    j.set(keys::action, writeAction(r.action), order);
    putArray(j, keys::contextDataVariables,
             writeArray(r.assignments,
                        [](const VariableAssignment &va) {
                            const Order &o = keys::variableAssignmentOrder;
                            Json v = objectOr(va.raw, Json::object());
                            putString(v, keys::name, va.name, o);
                            putString(v, keys::value, va.value, o);
                            const Json &cur = v.value(keys::scope);
                            if (!cur.isString() || variableScopeFromKey(cur.toString()) != va.scope)
                                v.set(keys::scope, Json(variableScopeKey(va.scope)), o);
                            return v;
                        }),
             order);
    return j;
}

Json interactionSkeleton(const Interaction &in, const QString &botId)
{
    const QString typeKey = effectiveKey(in.type, in.typeKey);
    Json m = Json::object();
    m.set(keys::id, Json(in.id));
    m.set(keys::chatBotId, Json(botId));
    m.set(keys::userInputRequired, Json(false));
    m.set(keys::name, Json(in.name));
    m.set(keys::type, Json("BOT_MESSAGE"));
    m.set(keys::content, contentSkeleton(in.type, typeKey));
    m.set(keys::group, Json(QString()));
    m.set(keys::status, Json(keys::values::active));
    m.set(keys::required, Json(true));
    m.set(keys::responseMatches, Json::array());
    m.set(keys::interactionType, Json(typeKey));
    if (in.type != InteractionType::DialogStarter) {
        Json enabled = Json::object();
        enabled.set(keys::enabled, Json(true));
        m.set(keys::changeResponse, enabled);
        m.set(keys::cancelResponse, enabled);
    }
    return m;
}

Json writeInteraction(const Interaction &in, const QString &dialogId, const QString &prevId,
                      const QString &nextId, const QString &botId)
{
    const Order &order = keys::interactionOrder;
    const QString typeKey = effectiveKey(in.type, in.typeKey);
    Json m = in.raw.isObject() ? in.raw : interactionSkeleton(in, botId);
    if (m.value(keys::interactionType).toString() != typeKey) {
        // Retyped: the old type's content has no meaning for the new one.
        m.set(keys::interactionType, Json(typeKey), order);
        m.set(keys::content, contentSkeleton(in.type, typeKey), order);
        if (in.type != InteractionType::QuickReply)
            m.remove(keys::quickReplies);
        if (in.type != InteractionType::DialogStarter) {
            m.remove(keys::pattern);
            m.remove(keys::excludeKeywords);
            m.remove(keys::intentId);
        }
    }
    putString(m, keys::id, in.id, order);
    putString(m, keys::name, in.name, order);
    putBool(m, keys::userInputRequired, in.userInputRequired, false, order);
    putStringList(m, keys::pattern, in.patterns, order);
    putStringList(m, keys::excludeKeywords, in.excludeKeywords, order);
    putString(m, keys::intentId, in.intentId, order);
    m.set(keys::content, writeContent(m.value(keys::content), in), order);
    putString(m, keys::preProcessMessage, in.preProcess, order);
    putString(m, keys::postProcessMessage, in.postProcess, order);
    putString(m, keys::processUserResponse, in.processUserResponse, order);
    if (in.type == InteractionType::QuickReply || m.contains(keys::quickReplies))
        m.set(keys::quickReplies, writeArray(in.quickReplies, writeQuickReply), order);
    putString(m, keys::group, dialogId, order);
    const QString statusKey = keys::status;
    if (!in.enabled)
        m.set(statusKey, Json(keys::values::inactive), order);
    else if (m.value(statusKey).toString() == keys::values::inactive)
        m.set(statusKey, Json(keys::values::active), order);
    if (nextId.isEmpty())
        m.remove(keys::nextMessageId);
    else
        putString(m, keys::nextMessageId, nextId, order);
    if (prevId.isEmpty())
        m.remove(keys::prevMessageId);
    else
        putString(m, keys::prevMessageId, prevId, order);
    m.set(keys::responseMatches, writeArray(in.rules, writeRule), order);
    putNumber(m, keys::interactionDelay, in.delayMs, order, true);
    return m;
}

// --- Dialogs, integrations, bot ---------------------------------------------------------------

Json writeDialog(const Dialog &d, const QString &botId)
{
    const Order &order = keys::dialogOrder;
    Json g = d.raw;
    if (!g.isObject()) {
        g = Json::object();
        g.set(keys::chatBotId, Json(botId));
        g.set(keys::id, Json(d.id));
        g.set(keys::name, Json(d.name));
        g.set(keys::creationTime, Json(d.creationTime));
        g.set(keys::modificationTime, Json(d.modificationTime));
        g.set(keys::dialogType, Json(QString()));
        g.set(keys::status, Json(keys::values::enabled));
        g.set(keys::disambiguteOnlySelectedDomains, Json(false));
    }
    putString(g, keys::id, d.id, order);
    putString(g, keys::name, d.name, order);
    putString(g, keys::creationTime, d.creationTime, order);
    putString(g, keys::modificationTime, d.modificationTime, order);
    putString(g, keys::dialogType, d.type == DialogType::Other ? d.typeKey : dialogTypeKey(d.type),
              order);
    const QString statusKey = keys::status;
    if (!d.enabled)
        g.set(statusKey, Json(keys::values::disabled), order);
    else if (g.value(statusKey).toString() == keys::values::disabled)
        g.set(statusKey, Json(keys::values::enabled), order);
    return g;
}

Json writeIntegration(const Integration &in, const QString &botId)
{
    const Order &order = keys::integrationOrder;
    Json r = in.raw;
    if (!r.isObject()) {
        r = Json::object();
        r.set(keys::chatbotId, Json(botId));
        r.set(keys::id, Json(in.id));
        r.set(keys::name, Json(in.name));
        r.set(keys::webhook, Json(QString()));
        r.set(keys::method, Json(QString()));
        r.set(keys::group, Json("Responders"));
        r.set(keys::responseDataVariable, Json(QString()));
        r.set(keys::integrationType, Json("API"));
        r.set(keys::tangoContextEnabled, Json(false));
    }
    putString(r, keys::id, in.id, order);
    putString(r, keys::name, in.name, order);
    putString(r, keys::webhook, in.url, order);
    putString(r, keys::method, in.method, order);
    putArray(r, keys::headers, writeArray(in.headers, writeKeyValue), order);
    putArray(r, keys::params, writeArray(in.queryParams, writeKeyValue), order);
    putString(r, keys::postBody, in.body, order);
    putArray(r, keys::customDataFields, writeArray(in.customDataFields, writeKeyValue), order);
    putString(r, keys::transformResultsScript, in.transformScript, order);
    putString(r, keys::responseDataVariable, in.responseDataVariable, order);
    putString(r, keys::integrationType, in.type, order);
    return r;
}

Json writeBotObject(const Bot &bot)
{
    const Order &order = keys::botOrder;
    Json b = bot.raw.value(keys::bot);
    if (!b.isObject()) {
        b = Json::object();
        b.set(keys::id, Json(bot.id));
        b.set(keys::name, Json(bot.name));
        b.set(keys::chatBotType, Json(bot.chatBotType));
        b.set(keys::status, Json("NEW"));
        b.set(keys::getStartedButtonPayload, Json("hi"));
        b.set(keys::demo, Json(false));
        b.set(keys::skipNLP, Json(false));
        b.set(keys::language, Json(bot.language));
        b.set(keys::botAttributes, Json::object());
        b.set(keys::sessionLength, Json(0));
        b.set(keys::passThroughMode, Json(false));
        b.set(keys::transcriptDisabled, Json(false));
        b.set(keys::version, Json(keys::values::botVersion));
        b.set(keys::publicBot, Json(false));
        b.set(keys::readOnly, Json(false));
    }
    putString(b, keys::id, bot.id, order);
    putString(b, keys::name, bot.name, order);
    putString(b, keys::chatBotType, bot.chatBotType, order);
    putString(b, keys::description, bot.description, order);
    putNumber(b, keys::creationTime, bot.creationTime, order, false);
    putNumber(b, keys::modificationTime, bot.modificationTime, order, false);
    putString(b, keys::language, bot.language, order);
    putNumber(b, keys::sessionLength, bot.sessionLength, order, false);

    const QString attrKey = keys::botAttributes;
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
    Json gf = bot.raw.value(keys::globalFunctions);
    if (!gf.isObject()) {
        gf = Json::object();
        gf.set(keys::chatBotId, Json(bot.id));
        gf.set(keys::methods, Json(QString()));
        gf.set(keys::creationTime, Json(bot.globalFunctionsModificationTime));
        gf.set(keys::modificationTime, Json(bot.globalFunctionsModificationTime));
    }
    putString(gf, keys::methods, bot.globalFunctions);
    putString(gf, keys::modificationTime, bot.globalFunctionsModificationTime);
    return gf;
}

Json writeIntents(const Bot &bot)
{
    QHash<QString, Json> old;
    const Json &was = bot.raw.value(keys::associatedIntents);
    for (qsizetype i = 0; i < was.size(); ++i)
        old.insert(was.at(i).value(keys::id).toString(), was.at(i));
    Json out = Json::array();
    for (const Intent &intent : bot.intents) {
        Json j = old.value(intent.id);
        if (!j.isObject()) {
            j = Json::object();
            j.set(keys::id, Json(intent.id));
            j.set(keys::name, Json(intent.name));
            j.set(keys::displayName, Json(intent.name));
            j.set(keys::type, Json("INTENT"));
        }
        putString(j, keys::name, intent.name);
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
    ext.set(keys::extensionFormat, Json(keys::values::formatName));
    ext.set(keys::version, Json(keys::extensionVersion));

    putArray(ext, keys::environments, writeArray(bot.environments, [](const Environment &e) {
                 Json j = Json::object();
                 j.set(keys::name, Json(e.name));
                 Json values = Json::object();
                 for (const KeyValue &kv : e.values)
                     values.set(kv.key, Json(kv.value));
                 j.set(keys::environmentValues, values);
                 return j;
             }));
    putString(ext, keys::defaultEnvironment, bot.defaultEnvironment);
    putStringList(ext, keys::secrets, bot.secretNames);
    putArray(ext, keys::enterprise::list,
             writeArray(bot.enterpriseIntegrations, writeEnterpriseIntegration),
             keys::extensionOrder);

    const Json oldMeta = ext.value(keys::interactions);
    Json meta = Json::object();
    for (const Dialog &d : bot.dialogs) {
        for (const Interaction &in : d.interactions) {
            Json entry = objectOr(oldMeta.value(in.id), Json::object());
            putString(entry, keys::comment, in.comment);
            if (in.position) {
                entry.set(keys::x, Json(in.position->x()));
                entry.set(keys::y, Json(in.position->y()));
            } else {
                entry.remove(keys::x);
                entry.remove(keys::y);
            }
            if (!entry.isEmpty())
                meta.set(in.id, entry);
        }
    }
    if (!meta.isEmpty() || ext.contains(keys::interactions))
        ext.set(keys::interactions, meta);

    Json integrations = Json::object();
    for (const Integration &in : bot.integrations) {
        if (in.timeoutMs != Integration().timeoutMs) {
            Json entry = Json::object();
            entry.set(keys::timeoutMs, Json(in.timeoutMs));
            integrations.set(in.id, entry);
        }
    }
    if (!integrations.isEmpty() || ext.contains(keys::integrations))
        ext.set(keys::integrations, integrations);

    Json samples = Json::object();
    for (const Intent &intent : bot.intents) {
        if (!intent.samples.isEmpty())
            samples.set(intent.id, Json(intent.samples));
    }
    if (!samples.isEmpty() || ext.contains(keys::intentSamples))
        ext.set(keys::intentSamples, samples);
    return ext;
}

Json topSkeleton()
{
    Json root = Json::object();
    root.set(keys::bot, Json::object());
    root.set(keys::responder, Json::array());
    root.set(keys::requiredContext, Json::array());
    root.set(keys::conversationMessage, Json::array());
    root.set(keys::menus, Json::array());
    root.set(keys::groups, Json::array());
    root.set(keys::platforms, Json::array());
    root.set(keys::associatedDomains, Json::array());
    root.set(keys::dialogTemplates, Json::array());
    return root;
}

} // namespace

QByteArray writeBot(const Bot &bot, WriteTarget target)
{
    const Order &order = keys::rootOrder;
    Json root = bot.raw.isObject() ? bot.raw : topSkeleton();
    root.set(keys::bot, writeBotObject(bot), order);

    Json responders = Json::array();
    for (const Integration &in : bot.integrations)
        responders.append(writeIntegration(in, bot.id));
    root.set(keys::responder, responders, order);

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
    root.set(keys::conversationMessage, messages, order);

    Json groups = Json::array();
    for (const Dialog &d : bot.dialogs)
        groups.append(writeDialog(d, bot.id));
    root.set(keys::groups, groups, order);

    if (root.contains(keys::globalFunctions) || !bot.globalFunctions.isEmpty())
        root.set(keys::globalFunctions, writeGlobalFunctions(bot), order);
    if (root.contains(keys::associatedIntents) || !bot.intents.isEmpty())
        root.set(keys::associatedIntents, writeIntents(bot), order);

    const QString extKey = keys::extension;
    if (target == WriteTarget::Project)
        root.set(extKey, writeExtension(bot));
    else
        root.remove(extKey);
    return writeJson(root);
}

} // namespace dialogsmith::format
