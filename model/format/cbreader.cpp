#include "cbformat.h"

#include "cbkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dialogsmith::format {

using namespace document;

namespace {

/// Reads the CB JSON tree into the model. Every check names its place as a JSON path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::format::Reader)

public:
    Result<LoadedBot> read(const Json &root)
    {
        if (!root.isObject())
            return fail({}, tr("expected a bot export (a JSON object), found %1")
                                    .arg(root.typeDescription()));
        LoadedBot out;
        Bot &bot = out.bot;
        bot.raw = root;
        if (!readBotObject(root, bot) || !readExtension(root, bot) || !readDialogs(root, bot)
            || !readIntegrations(root, bot) || !readInteractions(root, bot)
            || !readGlobalFunctions(root, bot) || !readIntents(root, bot))
            return m_error;
        out.warnings = m_warnings;
        return out;
    }

private:
    Error fail(const QString &path, const QString &message)
    {
        m_error = Error{message, path};
        return m_error;
    }

    bool failed(const QString &path, const QString &message)
    {
        fail(path, message);
        return false;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    static QString index(const QString &path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    bool wrongType(const QString &path, const QString &expected, const Json &found)
    {
        return failed(path, tr("expected %1, found %2").arg(expected, found.typeDescription()));
    }

    // Optional members: absent or null leaves `out` as it is.
    bool optString(const Json &obj, const QString &key, const QString &path, QString &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isString())
            return wrongType(join(path, key), tr("a string"), v);
        out = v.toString();
        return true;
    }

    bool reqId(const Json &obj, const QString &key, const QString &path, QString &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return failed(join(path, key), tr("the id is missing"));
        if (!v.isString())
            return wrongType(join(path, key), tr("a string"), v);
        out = v.toString();
        if (out.isEmpty())
            return failed(join(path, key), tr("the id is empty"));
        return true;
    }

    bool optBool(const Json &obj, const QString &key, const QString &path, bool &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isBool())
            return wrongType(join(path, key), tr("true or false"), v);
        out = v.toBool();
        return true;
    }

    // CB writes some numbers as strings ("interactionDelay": "500").
    bool optInt(const Json &obj, const QString &key, const QString &path, int &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            return true;
        if (!v.isNumber() && !v.isString())
            return wrongType(join(path, key), tr("a number"), v);
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (!ok || d < 0 || d > 2147483647.0)
            return failed(join(path, key),
                          tr("expected a whole number, found \"%1\"").arg(v.toString()));
        out = int(d);
        return true;
    }

    bool optInt64(const Json &obj, const QString &key, const QString &path, qint64 &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isNumber())
            return wrongType(join(path, key), tr("a number"), v);
        out = qint64(v.toDouble());
        return true;
    }

    bool optStringList(const Json &obj, const QString &key, const QString &path, QStringList &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isArray())
            return wrongType(join(path, key), tr("an array of strings"), v);
        out.clear();
        out.reserve(v.size());
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (!v.at(i).isString())
                return wrongType(index(join(path, key), i), tr("a string"), v.at(i));
            out.append(v.at(i).toString());
        }
        return true;
    }

    // `*out` is set to the member when it is an object; absent or null gives a null Json.
    bool optObject(const Json &obj, const QString &key, const QString &path, const Json **out)
    {
        const Json &v = obj.value(key);
        *out = &v;
        if (v.isNull() || v.isObject())
            return true;
        return wrongType(join(path, key), tr("an object"), v);
    }

    bool optArray(const Json &obj, const QString &key, const QString &path, const Json **out)
    {
        const Json &v = obj.value(key);
        *out = &v;
        if (v.isNull() || v.isArray())
            return true;
        return wrongType(join(path, key), tr("an array"), v);
    }

    bool reqArray(const Json &obj, const QString &key, const QString &path, const Json **out)
    {
        if (!obj.contains(key))
            return failed(join(path, key),
                          tr("missing: this is not a Conversation Builder bot export"));
        return optArray(obj, key, path, out);
    }

    bool readKeyValues(const Json &obj, const QString &key, const QString &path, KeyValueList &out)
    {
        const Json *array = nullptr;
        if (!optArray(obj, key, path, &array))
            return false;
        const QString arrayPath = join(path, key);
        for (qsizetype i = 0; i < array->size(); ++i) {
            const Json &item = array->at(i);
            const QString itemPath = index(arrayPath, i);
            if (!item.isObject())
                return wrongType(itemPath, tr("an object"), item);
            KeyValue kv;
            kv.raw = item;
            if (!optString(item, keys::key, itemPath, kv.key))
                return false;
            const Json &value = item.value(keys::value);
            if (!value.isNull() && !value.isString() && !value.isNumber() && !value.isBool())
                return wrongType(join(itemPath, keys::value), tr("a string"), value);
            kv.value = value.toString();
            out.append(kv);
        }
        return true;
    }

    bool readBotObject(const Json &root, Bot &bot)
    {
        const QString path = keys::bot;
        if (!root.contains(path))
            return failed(path, tr("missing: this is not a Conversation Builder bot export"));
        const Json &b = root.value(path);
        if (!b.isObject())
            return wrongType(path, tr("an object"), b);
        const Json &version = b.value(keys::version);
        if (!version.isNull() && version.toString() != keys::values::botVersion)
            return failed(join(path, keys::version),
                          tr("unsupported bot format version \"%1\" (this build reads "
                             "version 2 exports)")
                                  .arg(version.toString(version.typeDescription())));
        if (!optString(b, keys::id, path, bot.id) || !optString(b, keys::name, path, bot.name)
            || !optString(b, keys::description, path, bot.description)
            || !optString(b, keys::language, path, bot.language)
            || !optString(b, keys::chatBotType, path, bot.chatBotType)
            || !optInt(b, keys::sessionLength, path, bot.sessionLength)
            || !optInt64(b, keys::creationTime, path, bot.creationTime)
            || !optInt64(b, keys::modificationTime, path, bot.modificationTime))
            return false;
        const Json *attributes = nullptr;
        if (!optObject(b, keys::botAttributes, path, &attributes))
            return false;
        for (qsizetype i = 0; i < attributes->size(); ++i)
            bot.attributes.append({attributes->keyAt(i), attributes->valueAt(i).toString(), {}});
        return true;
    }

    bool readExtension(const Json &root, Bot &bot)
    {
        const QString path = keys::extension;
        const Json *ext = nullptr;
        if (!optObject(root, path, {}, &ext))
            return false;
        if (ext->isNull())
            return true;
        bot.extensionRaw = *ext;
        const QString format = ext->value(keys::extensionFormat).toString();
        if (format != keys::values::formatName)
            return failed(join(path, keys::extensionFormat),
                          tr("expected \"dialogsmith\", found \"%1\"").arg(format));
        const Json &version = ext->value(keys::version);
        if (!version.isNumber())
            return wrongType(join(path, keys::version), tr("a number"), version);
        if (version.toDouble() > keys::extensionVersion)
            return failed(join(path, keys::version),
                          tr("the file was written by a newer Dialogsmith (format "
                             "version %1); this build reads version %2")
                                  .arg(version.numberText())
                                  .arg(keys::extensionVersion));

        const Json *envs = nullptr;
        if (!optArray(*ext, keys::environments, path, &envs))
            return false;
        const QString envPath = join(path, keys::environments);
        for (qsizetype i = 0; i < envs->size(); ++i) {
            const Json &e = envs->at(i);
            const QString p = index(envPath, i);
            if (!e.isObject())
                return wrongType(p, tr("an object"), e);
            Environment env;
            if (!optString(e, keys::name, p, env.name))
                return false;
            const Json *values = nullptr;
            if (!optObject(e, keys::environmentValues, p, &values))
                return false;
            for (qsizetype v = 0; v < values->size(); ++v)
                env.values.append({values->keyAt(v), values->valueAt(v).toString(), {}});
            bot.environments.append(env);
        }
        if (!optString(*ext, keys::defaultEnvironment, path, bot.defaultEnvironment)
            || !optStringList(*ext, keys::secrets, path, bot.secretNames)
            || !readEnterpriseIntegrations(*ext, path, bot))
            return false;
        const Json *meta = nullptr;
        if (!optObject(*ext, keys::interactions, path, &meta))
            return false;
        m_interactionMeta = *meta;
        if (!optObject(*ext, keys::integrations, path, &meta))
            return false;
        m_integrationMeta = *meta;
        if (!optObject(*ext, keys::intentSamples, path, &meta))
            return false;
        m_intentSamples = *meta;
        return true;
    }

    // An account number may be written as a number: it is read as its digits.
    bool optText(const Json &obj, const QString &key, const QString &path, QString &out)
    {
        const Json &v = obj.value(key);
        if (v.isNumber()) {
            out = v.numberText();
            return true;
        }
        return optString(obj, key, path, out);
    }

    bool readAgent(const Json &a, const QString &p, EnterpriseAgent &agent)
    {
        namespace k = keys::enterprise;
        if (!a.isObject())
            return wrongType(p, tr("an object"), a);
        agent.raw = a;
        QString type;
        if (!optString(a, k::id, p, agent.id) || !optString(a, k::conversationType, p, type)
            || !optText(a, k::accountNumber, p, agent.accountNumber)
            || !optString(a, k::loginName, p, agent.loginName)
            || !optString(a, k::role, p, agent.role)
            || !optString(a, k::authentication, p, agent.authentication)
            || !optString(a, k::environment, p, agent.environment))
            return false;
        if (a.contains(k::conversationType))
            agent.conversationType = conversationTypeFromName(type);
        const Json *names = nullptr;
        if (!optObject(a, k::keyNames, p, &names))
            return false;
        if (names->isNull())
            return true;
        const QString n = join(p, k::keyNames);
        return optString(*names, k::appKey, n, agent.keyNames.appKey)
               && optString(*names, k::secret, n, agent.keyNames.secret)
               && optString(*names, k::accessToken, n, agent.keyNames.accessToken)
               && optString(*names, k::accessTokenSecret, n, agent.keyNames.accessTokenSecret);
    }

    bool readEnterpriseIntegrations(const Json &ext, const QString &extPath, Bot &bot)
    {
        namespace k = keys::enterprise;
        const Json *list = nullptr;
        if (!optArray(ext, k::list, extPath, &list))
            return false;
        const QString path = join(extPath, k::list);
        for (qsizetype i = 0; i < list->size(); ++i) {
            const Json &e = list->at(i);
            const QString p = index(path, i);
            if (!e.isObject())
                return wrongType(p, tr("an object"), e);
            EnterpriseIntegration integration;
            integration.raw = e;
            if (!optString(e, k::id, p, integration.id)
                || !optString(e, k::type, p, integration.type)
                || !optString(e, k::companyName, p, integration.companyName))
                return false;
            const Json *agents = nullptr;
            if (!optArray(e, k::agents, p, &agents))
                return false;
            for (qsizetype a = 0; a < agents->size(); ++a) {
                EnterpriseAgent agent;
                if (!readAgent(agents->at(a), index(join(p, k::agents), a), agent))
                    return false;
                integration.agents.append(agent);
            }
            bot.enterpriseIntegrations.append(integration);
        }
        return true;
    }

    bool readDialogs(const Json &root, Bot &bot)
    {
        const Json *groups = nullptr;
        const QString path = keys::groups;
        if (!reqArray(root, path, {}, &groups))
            return false;
        bot.dialogs.reserve(groups->size());
        for (qsizetype i = 0; i < groups->size(); ++i) {
            const Json &g = groups->at(i);
            const QString p = index(path, i);
            if (!g.isObject())
                return wrongType(p, tr("an object"), g);
            Dialog d;
            d.raw = g;
            QString status;
            d.typeKey.clear();
            if (!reqId(g, keys::id, p, d.id) || !optString(g, keys::name, p, d.name)
                || !optString(g, keys::dialogType, p, d.typeKey)
                || !optString(g, keys::status, p, status)
                || !optString(g, keys::creationTime, p, d.creationTime)
                || !optString(g, keys::modificationTime, p, d.modificationTime))
                return false;
            if (m_dialogIndex.contains(d.id))
                return failed(join(p, keys::id),
                              tr("duplicate dialog id \"%1\" (also used by %2)")
                                      .arg(d.id, index(path, m_dialogIndex.value(d.id))));
            d.type = dialogTypeFromKey(d.typeKey.isEmpty() ? keys::values::dialog : d.typeKey);
            d.enabled = status != keys::values::disabled;
            m_dialogIndex.insert(d.id, i);
            bot.dialogs.append(d);
        }
        return true;
    }

    bool readIntegrations(const Json &root, Bot &bot)
    {
        const Json *responders = nullptr;
        const QString path = keys::responder;
        if (!optArray(root, path, {}, &responders))
            return false;
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < responders->size(); ++i) {
            const Json &r = responders->at(i);
            const QString p = index(path, i);
            if (!r.isObject())
                return wrongType(p, tr("an object"), r);
            Integration in;
            in.raw = r;
            in.type.clear();
            in.method.clear();
            if (!reqId(r, keys::id, p, in.id) || !optString(r, keys::name, p, in.name)
                || !optString(r, keys::webhook, p, in.url)
                || !optString(r, keys::method, p, in.method)
                || !readKeyValues(r, keys::headers, p, in.headers)
                || !readKeyValues(r, keys::params, p, in.queryParams)
                || !optString(r, keys::postBody, p, in.body)
                || !optString(r, keys::transformResultsScript, p, in.transformScript)
                || !readKeyValues(r, keys::customDataFields, p, in.customDataFields)
                || !optString(r, keys::responseDataVariable, p, in.responseDataVariable)
                || !optString(r, keys::integrationType, p, in.type))
                return false;
            if (seen.contains(in.id))
                return failed(join(p, keys::id),
                              tr("duplicate integration id \"%1\" (also used by %2)")
                                      .arg(in.id, index(path, seen.value(in.id))));
            seen.insert(in.id, i);
            const Json &meta = m_integrationMeta.value(in.id);
            in.timeoutMs = meta.value(keys::timeoutMs).toInt(in.timeoutMs);
            bot.integrations.append(in);
        }
        return true;
    }

    bool readRule(const Json &r, const QString &p, Rule &rule, const QString &interactionId,
                  const QString &dialogId)
    {
        if (!r.isObject())
            return wrongType(p, tr("an object"), r);
        rule.raw = r;
        if (!optString(r, keys::name, p, rule.name))
            return false;
        const Json *conditions = nullptr;
        if (!optArray(r, keys::conditions, p, &conditions))
            return false;
        if (conditions->size() > 0) {
            const Json &c = conditions->at(0);
            const QString cp = index(join(p, keys::conditions), 0);
            if (!c.isObject())
                return wrongType(cp, tr("an object"), c);
            if (!optString(c, keys::matchType, cp, rule.conditionKey))
                return false;
            rule.condition = conditionFromKey(rule.conditionKey);
            const Json *m = nullptr;
            switch (rule.condition) {
            case Rule::Condition::Pattern:
                if (!optObject(c, keys::patternMatch, cp, &m)
                    || !optStringList(*m, keys::patterns, cp, rule.patterns)
                    || !optStringList(*m, keys::excludeKeywords, cp, rule.excludeKeywords))
                    return false;
                break;
            case Rule::Condition::Regex:
                if (!optObject(c, keys::regexMatch, cp, &m)
                    || !optString(*m, keys::regexText, cp, rule.regex)
                    || !optStringList(*m, keys::excludeKeywords, cp, rule.excludeKeywords))
                    return false;
                break;
            case Rule::Condition::EvalOption:
                if (!optObject(c, keys::evaluateOptionMatch, cp, &m)
                    || !optString(*m, keys::value, cp, rule.option))
                    return false;
                break;
            case Rule::Condition::ApiResult: {
                const keys::ApiResultPlace place = keys::apiResultPlace(c);
                QString value;
                if (!optObject(c, place.member, cp, &m)
                    || !optString(*m, place.field, join(cp, place.member), value))
                    return false;
                rule.apiSuccess = value.compare(keys::values::failure, Qt::CaseInsensitive) != 0;
                break;
            }
            case Rule::Condition::NoMatch:
                if (!optObject(c, keys::noMatch, cp, &m)
                    || !optString(*m, keys::fallbackMessage, cp, rule.noMatchMessage))
                    return false;
                break;
            case Rule::Condition::Always:
            case Rule::Condition::Unknown:
                m_warnings.append({Problem::Severity::Warning,
                                   tr("%1: unknown rule kind \"%2\", kept as it is")
                                           .arg(cp, rule.conditionKey),
                                   {dialogId, interactionId, {}, {}}});
                rule.condition = Rule::Condition::Unknown;
                break;
            }
        }

        const Json *vars = nullptr;
        if (!optArray(r, keys::contextConditions, p, &vars))
            return false;
        for (qsizetype i = 0; i < vars->size(); ++i) {
            const Json &v = vars->at(i);
            const QString vp = index(join(p, keys::contextConditions), i);
            if (!v.isObject())
                return wrongType(vp, tr("an object"), v);
            VariableCondition vc;
            vc.raw = v;
            if (!optString(v, keys::matchType, vp, vc.kind)
                || !optString(v, keys::contextName, vp, vc.variable)
                || !optString(v, keys::value, vp, vc.value))
                return false;
            rule.variableConditions.append(vc);
        }
        QString matchAll;
        if (!optString(r, keys::contextMatchConditionType, p, matchAll))
            return false;
        rule.allVariableConditions = matchAll == keys::values::all;

        if (!optArray(r, keys::contextDataVariables, p, &vars))
            return false;
        for (qsizetype i = 0; i < vars->size(); ++i) {
            const Json &v = vars->at(i);
            const QString vp = index(join(p, keys::contextDataVariables), i);
            if (!v.isObject())
                return wrongType(vp, tr("an object"), v);
            VariableAssignment va;
            va.raw = v;
            QString scope;
            if (!optString(v, keys::name, vp, va.name) || !optString(v, keys::value, vp, va.value)
                || !optString(v, keys::scope, vp, scope))
                return false;
            va.scope = variableScopeFromKey(scope);
            rule.assignments.append(va);
        }

        const Json *action = nullptr;
        if (!optObject(r, keys::action, p, &action))
            return false;
        rule.action.raw = *action;
        QString name;
        QString value;
        const QString ap = join(p, keys::action);
        if (!optString(*action, keys::name, ap, name)
            || !optString(*action, keys::value, ap, value))
            return false;
        rule.action.kind = Action::Kind::Unknown;
        if (action->isNull() || name == keys::values::interaction) {
            if (value.isEmpty() || value == keys::values::next)
                rule.action.kind = Action::Kind::Next;
            else if (value == keys::values::none)
                rule.action.kind = Action::Kind::End;
            else if (value == keys::values::closeDialog)
                rule.action.kind = Action::Kind::CloseDialog;
            else if (value == keys::values::closeConversation)
                rule.action.kind = Action::Kind::CloseConversation;
            else
                rule.action = {Action::Kind::Interaction, value, *action};
        } else if (name == keys::values::dialog) {
            rule.action = {Action::Kind::Dialog, value, *action};
        }
        return true;
    }

    bool readTile(const Json &m, const QString &p, Interaction &in)
    {
        const Json *content = nullptr;
        if (!optObject(m, keys::content, p, &content))
            return false;
        const QString cp = join(p, keys::content);
        if (!optString(*content, keys::responderId, cp, in.integrationId)
            || !optString(*content, keys::responderName, cp, in.integrationName))
            return false;
        const Json *results = nullptr;
        const Json *tile = nullptr;
        const Json *tileData = nullptr;
        if (!optObject(*content, keys::results, cp, &results))
            return false;
        const QString rp = join(cp, keys::results);
        if (!optObject(*results, keys::tile, rp, &tile))
            return false;
        const QString tp = join(rp, keys::tile);
        if (!optArray(*tile, keys::tileData, tp, &tileData))
            return false;
        if (tileData->isEmpty())
            return true;
        const Json &t = tileData->at(0);
        const QString p0 = index(join(tp, keys::tileData), 0);
        if (!t.isObject())
            return wrongType(p0, tr("an object"), t);
        const QString imageKey = in.type == InteractionType::Structured ? keys::image : keys::url;
        if (!optString(t, keys::text, p0, in.text) || !optString(t, keys::title, p0, in.title)
            || !optString(t, keys::subTitle, p0, in.subtitle)
            || !optString(t, imageKey, p0, in.imageUrl))
            return false;

        const Json *buttons = nullptr;
        if (!optArray(t, keys::buttons, p0, &buttons))
            return false;
        for (qsizetype i = 0; i < buttons->size(); ++i) {
            const Json &b = buttons->at(i);
            const QString bp = index(join(p0, keys::buttons), i);
            if (!b.isObject())
                return wrongType(bp, tr("an object"), b);
            Button button;
            button.raw = b;
            button.type.clear();
            if (!optString(b, keys::type, bp, button.type)
                || !optString(b, keys::title, bp, button.title)
                || !optString(b, keys::payload, bp, button.payload)
                || !optString(b, keys::url, bp, button.url))
                return false;
            in.buttons.append(button);
        }
        const Json *sub = nullptr;
        if (!optObject(t, keys::multipleChoice, p0, &sub)
            || !optStringList(*sub, keys::multipleChoices, join(p0, keys::multipleChoice),
                              in.choices))
            return false;
        if (!optObject(t, keys::escalation, p0, &sub))
            return false;
        const QString ep = join(p0, keys::escalation);
        // Skill ids are numbers in some exports.
        in.skillId = sub->value(keys::agentSkillId).toString();
        if (!optString(*sub, keys::agentSkillName, ep, in.skillName))
            return false;
        if (!optObject(t, keys::universalWidget, p0, &sub))
            return false;
        const Json &le = sub->value(keys::leMessageJson);
        if (le.isString())
            in.universalJson = le.toString();
        else if (le.isObject() || le.isArray())
            in.universalJson = QString::fromUtf8(writeJson(le, {0}));
        return true;
    }

    bool readInteraction(const Json &m, const QString &p, Interaction &in)
    {
        if (!m.isObject())
            return wrongType(p, tr("an object"), m);
        in.raw = m;
        QString status;
        if (!reqId(m, keys::id, p, in.id) || !optString(m, keys::name, p, in.name)
            || !optString(m, keys::interactionType, p, in.typeKey))
            return false;
        in.type = interactionTypeFromKey(in.typeKey);
        if (!readTile(m, p, in) || !optStringList(m, keys::pattern, p, in.patterns)
            || !optStringList(m, keys::excludeKeywords, p, in.excludeKeywords)
            || !optString(m, keys::intentId, p, in.intentId)
            || !optString(m, keys::preProcessMessage, p, in.preProcess)
            || !optString(m, keys::postProcessMessage, p, in.postProcess)
            || !optString(m, keys::processUserResponse, p, in.processUserResponse)
            || !optInt(m, keys::interactionDelay, p, in.delayMs)
            || !optString(m, keys::status, p, status)
            || !optBool(m, keys::userInputRequired, p, in.userInputRequired))
            return false;
        in.enabled = status != keys::values::inactive;

        const Json *quickReplies = nullptr;
        if (!optArray(m, keys::quickReplies, p, &quickReplies))
            return false;
        for (qsizetype i = 0; i < quickReplies->size(); ++i) {
            const Json &q = quickReplies->at(i);
            const QString qp = index(join(p, keys::quickReplies), i);
            if (!q.isObject())
                return wrongType(qp, tr("an object"), q);
            QuickReply reply;
            reply.raw = q;
            reply.type.clear();
            if (!optString(q, keys::type, qp, reply.type)
                || !optString(q, keys::title, qp, reply.title)
                || !optString(q, keys::payload, qp, reply.payload))
                return false;
            in.quickReplies.append(reply);
        }

        const Json *rules = nullptr;
        if (!optArray(m, keys::responseMatches, p, &rules))
            return false;
        in.rules.reserve(rules->size());
        const QString dialogId = m.value(keys::group).toString();
        for (qsizetype i = 0; i < rules->size(); ++i) {
            Rule rule;
            if (!readRule(rules->at(i), index(join(p, keys::responseMatches), i), rule, in.id,
                          dialogId))
                return false;
            in.rules.append(rule);
        }

        const Json &meta = m_interactionMeta.value(in.id);
        if (meta.isObject()) {
            in.comment = meta.value(keys::comment).toString();
            const Json &x = meta.value(keys::x);
            const Json &y = meta.value(keys::y);
            if (x.isNumber() && y.isNumber())
                in.position = QPointF(x.toDouble(), y.toDouble());
        }
        if (in.type == InteractionType::Unknown)
            m_warnings.append(
                    {Problem::Severity::Warning,
                     tr("%1: unknown interaction type \"%2\", kept as it is").arg(p, in.typeKey),
                     {dialogId, in.id, {}, keys::type}});
        return true;
    }

    bool readInteractions(const Json &root, Bot &bot)
    {
        const Json *messages = nullptr;
        const QString path = keys::conversationMessage;
        if (!reqArray(root, path, {}, &messages))
            return false;

        struct Item
        {
            Interaction interaction;
            QString prev;
            QString next;
            QString group;
        };
        std::vector<Item> items(size_t(messages->size()));
        QHash<QString, qsizetype> byId;
        byId.reserve(messages->size());
        for (qsizetype i = 0; i < messages->size(); ++i) {
            Item &item = items[size_t(i)];
            const QString p = index(path, i);
            const Json &m = messages->at(i);
            if (!readInteraction(m, p, item.interaction)
                || !optString(m, keys::prevMessageId, p, item.prev)
                || !optString(m, keys::nextMessageId, p, item.next))
                return false;
            if (!m.contains(keys::group))
                return failed(join(p, keys::group),
                              tr("missing: the interaction belongs to no dialog"));
            if (!optString(m, keys::group, p, item.group))
                return false;
            if (!m_dialogIndex.contains(item.group))
                return failed(
                        join(p, keys::group),
                        tr("refers to a dialog that does not exist (\"%1\")").arg(item.group));
            const QString &id = item.interaction.id;
            if (byId.contains(id))
                return failed(join(p, keys::id),
                              tr("duplicate interaction id \"%1\" (also used by %2)")
                                      .arg(id, index(path, byId.value(id))));
            byId.insert(id, i);
            item.interaction.fileOrder = int(i);
        }

        // Link checks first, so every message names the interaction at fault.
        for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
            const Item &item = items[size_t(i)];
            const QString p = index(path, i);
            for (const auto &[key, target] : {std::pair{keys::nextMessageId, item.next},
                                              std::pair{keys::prevMessageId, item.prev}}) {
                if (target.isEmpty())
                    continue;
                if (!byId.contains(target))
                    return failed(join(p, key), tr("refers to an interaction that does not exist "
                                                   "(\"%1\")")
                                                        .arg(target));
                const Item &other = items[size_t(byId.value(target))];
                if (other.group != item.group)
                    return failed(join(p, key), tr("refers to an interaction of another dialog "
                                                   "(%1)")
                                                        .arg(index(path, byId.value(target))));
            }
            if (!item.next.isEmpty()) {
                const Item &next = items[size_t(byId.value(item.next))];
                if (next.prev != item.interaction.id)
                    return failed(join(p, keys::nextMessageId),
                                  tr("broken link: %1 follows this interaction but "
                                     "its prevMessageId does not point back")
                                          .arg(index(path, byId.value(item.next))));
            }
        }

        // Order each dialog by following the links from its first interaction.
        QList<QList<qsizetype>> members(bot.dialogs.size());
        for (qsizetype i = 0; i < qsizetype(items.size()); ++i)
            members[m_dialogIndex.value(items[size_t(i)].group)].append(i);
        for (qsizetype g = 0; g < bot.dialogs.size(); ++g) {
            const QList<qsizetype> &mine = members.at(g);
            if (mine.isEmpty())
                continue;
            qsizetype head = -1;
            for (qsizetype i : mine) {
                if (!items[size_t(i)].prev.isEmpty())
                    continue;
                if (head >= 0)
                    return failed(index(path, i),
                                  tr("broken links: dialog \"%1\" has two first "
                                     "interactions (%2 and this one have no "
                                     "prevMessageId)")
                                          .arg(bot.dialogs.at(g).name, index(path, head)));
                head = i;
            }
            if (head < 0)
                return failed(index(path, mine.first()),
                              tr("broken links: the interactions of dialog \"%1\" "
                                 "form a loop")
                                      .arg(bot.dialogs.at(g).name));
            QList<Interaction> ordered;
            ordered.reserve(mine.size());
            QSet<qsizetype> visited;
            for (qsizetype at = head; at >= 0;) {
                if (visited.contains(at))
                    return failed(join(index(path, at), keys::nextMessageId),
                                  tr("broken links: the interactions of dialog \"%1\" "
                                     "form a loop")
                                          .arg(bot.dialogs.at(g).name));
                visited.insert(at);
                Item &item = items[size_t(at)];
                ordered.append(std::move(item.interaction));
                at = item.next.isEmpty() ? -1 : byId.value(item.next);
            }
            if (ordered.size() != mine.size()) {
                for (qsizetype i : mine) {
                    if (!visited.contains(i))
                        return failed(index(path, i), tr("broken links: the interaction cannot be "
                                                         "reached from the start of dialog \"%1\"")
                                                              .arg(bot.dialogs.at(g).name));
                }
            }
            bot.dialogs[g].interactions = std::move(ordered);
        }
        return true;
    }

    bool readGlobalFunctions(const Json &root, Bot &bot)
    {
        const Json *gf = nullptr;
        if (!optObject(root, keys::globalFunctions, {}, &gf))
            return false;
        const QString p = keys::globalFunctions;
        return optString(*gf, keys::methods, p, bot.globalFunctions)
               && optString(*gf, keys::modificationTime, p, bot.globalFunctionsModificationTime);
    }

    bool readIntents(const Json &root, Bot &bot)
    {
        const Json *intents = nullptr;
        const QString path = keys::associatedIntents;
        if (!optArray(root, path, {}, &intents))
            return false;
        for (qsizetype i = 0; i < intents->size(); ++i) {
            const Json &it = intents->at(i);
            const QString p = index(path, i);
            if (!it.isObject())
                return wrongType(p, tr("an object"), it);
            Intent intent;
            if (!reqId(it, keys::id, p, intent.id) || !optString(it, keys::name, p, intent.name))
                return false;
            intent.samples = m_intentSamples.value(intent.id).toStringList();
            bot.intents.append(intent);
        }
        return true;
    }

    Error m_error;
    QList<Problem> m_warnings;
    QHash<QString, qsizetype> m_dialogIndex;
    Json m_interactionMeta;
    Json m_integrationMeta;
    Json m_intentSamples;
};

} // namespace

Result<LoadedBot> readBot(QByteArrayView json)
{
    Result<Json> root = parseJson(json);
    if (!root)
        return root.error();
    return Reader().read(*root);
}

} // namespace dialogsmith::format
