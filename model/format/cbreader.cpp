#include "cbformat.h"

#include "cbkeys.h"

#include <QHash>
#include <QSet>

namespace dialogsmith::format {

using namespace document;

namespace {

/// Reads the CB JSON tree into the model. Every check names its place as a JSON path.
class Reader
{
public:
    Result<LoadedBot> read(const Json &root)
    {
        if (!root.isObject())
            return fail({}, QStringLiteral("expected a bot export (a JSON object), found %1")
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

    bool wrongType(const QString &path, const char *expected, const Json &found)
    {
        return failed(path, QStringLiteral("expected %1, found %2")
                                    .arg(QLatin1String(expected), found.typeDescription()));
    }

    // Optional members: absent or null leaves `out` as it is.
    bool optString(const Json &obj, const QString &key, const QString &path, QString &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isString())
            return wrongType(join(path, key), "a string", v);
        out = v.toString();
        return true;
    }

    bool reqId(const Json &obj, const QString &key, const QString &path, QString &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return failed(join(path, key), QStringLiteral("the id is missing"));
        if (!v.isString())
            return wrongType(join(path, key), "a string", v);
        out = v.toString();
        if (out.isEmpty())
            return failed(join(path, key), QStringLiteral("the id is empty"));
        return true;
    }

    bool optBool(const Json &obj, const QString &key, const QString &path, bool &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isBool())
            return wrongType(join(path, key), "true or false", v);
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
            return wrongType(join(path, key), "a number", v);
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (!ok || d < 0 || d > 2147483647.0)
            return failed(
                    join(path, key),
                    QStringLiteral("expected a whole number, found \"%1\"").arg(v.toString()));
        out = int(d);
        return true;
    }

    bool optInt64(const Json &obj, const QString &key, const QString &path, qint64 &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isNumber())
            return wrongType(join(path, key), "a number", v);
        out = qint64(v.toDouble());
        return true;
    }

    bool optStringList(const Json &obj, const QString &key, const QString &path, QStringList &out)
    {
        const Json &v = obj.value(key);
        if (v.isNull())
            return true;
        if (!v.isArray())
            return wrongType(join(path, key), "an array of strings", v);
        out.clear();
        out.reserve(v.size());
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (!v.at(i).isString())
                return wrongType(index(join(path, key), i), "a string", v.at(i));
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
        return wrongType(join(path, key), "an object", v);
    }

    bool optArray(const Json &obj, const QString &key, const QString &path, const Json **out)
    {
        const Json &v = obj.value(key);
        *out = &v;
        if (v.isNull() || v.isArray())
            return true;
        return wrongType(join(path, key), "an array", v);
    }

    bool reqArray(const Json &obj, const QString &key, const QString &path, const Json **out)
    {
        if (!obj.contains(key))
            return failed(join(path, key),
                          QStringLiteral("missing: this is not a Conversation Builder bot export"));
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
                return wrongType(itemPath, "an object", item);
            KeyValue kv;
            kv.raw = item;
            if (!optString(item, QStringLiteral("key"), itemPath, kv.key))
                return false;
            const Json &value = item.value(QStringLiteral("value"));
            if (!value.isNull() && !value.isString() && !value.isNumber() && !value.isBool())
                return wrongType(join(itemPath, QStringLiteral("value")), "a string", value);
            kv.value = value.toString();
            out.append(kv);
        }
        return true;
    }

    bool readBotObject(const Json &root, Bot &bot)
    {
        const QString path = QStringLiteral("bot");
        if (!root.contains(path))
            return failed(path,
                          QStringLiteral("missing: this is not a Conversation Builder bot export"));
        const Json &b = root.value(path);
        if (!b.isObject())
            return wrongType(path, "an object", b);
        const Json &version = b.value(QStringLiteral("version"));
        if (!version.isNull() && version.toString() != QLatin1String("2"))
            return failed(join(path, QStringLiteral("version")),
                          QStringLiteral("unsupported bot format version \"%1\" (this build reads "
                                         "version 2 exports)")
                                  .arg(version.toString(version.typeDescription())));
        if (!optString(b, QStringLiteral("id"), path, bot.id)
            || !optString(b, QStringLiteral("name"), path, bot.name)
            || !optString(b, QStringLiteral("description"), path, bot.description)
            || !optString(b, QStringLiteral("language"), path, bot.language)
            || !optString(b, QStringLiteral("chatBotType"), path, bot.chatBotType)
            || !optInt(b, QStringLiteral("sessionLength"), path, bot.sessionLength)
            || !optInt64(b, QStringLiteral("creationTime"), path, bot.creationTime)
            || !optInt64(b, QStringLiteral("modificationTime"), path, bot.modificationTime))
            return false;
        const Json *attributes = nullptr;
        if (!optObject(b, QStringLiteral("botAttributes"), path, &attributes))
            return false;
        for (qsizetype i = 0; i < attributes->size(); ++i)
            bot.attributes.append({attributes->keyAt(i), attributes->valueAt(i).toString(), {}});
        return true;
    }

    bool readExtension(const Json &root, Bot &bot)
    {
        const QString path = QString::fromLatin1(keys::extension);
        const Json *ext = nullptr;
        if (!optObject(root, path, {}, &ext))
            return false;
        if (ext->isNull())
            return true;
        bot.extensionRaw = *ext;
        const QString format = ext->value(QStringLiteral("format")).toString();
        if (format != QLatin1String("dialogsmith"))
            return failed(join(path, QStringLiteral("format")),
                          QStringLiteral("expected \"dialogsmith\", found \"%1\"").arg(format));
        const Json &version = ext->value(QStringLiteral("version"));
        if (!version.isNumber())
            return wrongType(join(path, QStringLiteral("version")), "a number", version);
        if (version.toDouble() > keys::extensionVersion)
            return failed(join(path, QStringLiteral("version")),
                          QStringLiteral("the file was written by a newer Dialogsmith (format "
                                         "version %1); this build reads version %2")
                                  .arg(version.numberText())
                                  .arg(keys::extensionVersion));

        const Json *envs = nullptr;
        if (!optArray(*ext, QStringLiteral("environments"), path, &envs))
            return false;
        const QString envPath = join(path, QStringLiteral("environments"));
        for (qsizetype i = 0; i < envs->size(); ++i) {
            const Json &e = envs->at(i);
            const QString p = index(envPath, i);
            if (!e.isObject())
                return wrongType(p, "an object", e);
            Environment env;
            if (!optString(e, QStringLiteral("name"), p, env.name))
                return false;
            const Json *values = nullptr;
            if (!optObject(e, QStringLiteral("values"), p, &values))
                return false;
            for (qsizetype v = 0; v < values->size(); ++v)
                env.values.append({values->keyAt(v), values->valueAt(v).toString(), {}});
            bot.environments.append(env);
        }
        if (!optString(*ext, QStringLiteral("defaultEnvironment"), path, bot.defaultEnvironment)
            || !optStringList(*ext, QStringLiteral("secrets"), path, bot.secretNames)
            || !readEnterpriseIntegrations(*ext, path, bot))
            return false;
        const Json *meta = nullptr;
        if (!optObject(*ext, QStringLiteral("interactions"), path, &meta))
            return false;
        m_interactionMeta = *meta;
        if (!optObject(*ext, QStringLiteral("integrations"), path, &meta))
            return false;
        m_integrationMeta = *meta;
        if (!optObject(*ext, QStringLiteral("intentSamples"), path, &meta))
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
            return wrongType(p, "an object", a);
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
                return wrongType(p, "an object", e);
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
        const QString path = QStringLiteral("groups");
        if (!reqArray(root, path, {}, &groups))
            return false;
        bot.dialogs.reserve(groups->size());
        for (qsizetype i = 0; i < groups->size(); ++i) {
            const Json &g = groups->at(i);
            const QString p = index(path, i);
            if (!g.isObject())
                return wrongType(p, "an object", g);
            Dialog d;
            d.raw = g;
            QString status;
            d.typeKey.clear();
            if (!reqId(g, QStringLiteral("id"), p, d.id)
                || !optString(g, QStringLiteral("name"), p, d.name)
                || !optString(g, QStringLiteral("dialogType"), p, d.typeKey)
                || !optString(g, QStringLiteral("status"), p, status)
                || !optString(g, QStringLiteral("creationTime"), p, d.creationTime)
                || !optString(g, QStringLiteral("modificationTime"), p, d.modificationTime))
                return false;
            if (m_dialogIndex.contains(d.id))
                return failed(join(p, QStringLiteral("id")),
                              QStringLiteral("duplicate dialog id \"%1\" (also used by %2)")
                                      .arg(d.id, index(path, m_dialogIndex.value(d.id))));
            d.type = dialogTypeFromKey(d.typeKey.isEmpty() ? QStringLiteral("DIALOG") : d.typeKey);
            d.enabled = status != QLatin1String("DISABLED");
            m_dialogIndex.insert(d.id, i);
            bot.dialogs.append(d);
        }
        return true;
    }

    bool readIntegrations(const Json &root, Bot &bot)
    {
        const Json *responders = nullptr;
        const QString path = QStringLiteral("responder");
        if (!optArray(root, path, {}, &responders))
            return false;
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < responders->size(); ++i) {
            const Json &r = responders->at(i);
            const QString p = index(path, i);
            if (!r.isObject())
                return wrongType(p, "an object", r);
            Integration in;
            in.raw = r;
            in.type.clear();
            in.method.clear();
            if (!reqId(r, QStringLiteral("id"), p, in.id)
                || !optString(r, QStringLiteral("name"), p, in.name)
                || !optString(r, QStringLiteral("webhook"), p, in.url)
                || !optString(r, QStringLiteral("method"), p, in.method)
                || !readKeyValues(r, QString::fromLatin1(keys::headers), p, in.headers)
                || !readKeyValues(r, QString::fromLatin1(keys::params), p, in.queryParams)
                || !optString(r, QString::fromLatin1(keys::body), p, in.body)
                || !optString(r, QStringLiteral("transformResultsScript"), p, in.transformScript)
                || !readKeyValues(r, QStringLiteral("customDataFields"), p, in.customDataFields)
                || !optString(r, QStringLiteral("responseDataVariable"), p, in.responseDataVariable)
                || !optString(r, QStringLiteral("integrationType"), p, in.type))
                return false;
            if (seen.contains(in.id))
                return failed(join(p, QStringLiteral("id")),
                              QStringLiteral("duplicate integration id \"%1\" (also used by %2)")
                                      .arg(in.id, index(path, seen.value(in.id))));
            seen.insert(in.id, i);
            const Json &meta = m_integrationMeta.value(in.id);
            in.timeoutMs = meta.value(QStringLiteral("timeoutMs")).toInt(in.timeoutMs);
            bot.integrations.append(in);
        }
        return true;
    }

    bool readRule(const Json &r, const QString &p, Rule &rule, const QString &interactionId,
                  const QString &dialogId)
    {
        if (!r.isObject())
            return wrongType(p, "an object", r);
        rule.raw = r;
        if (!optString(r, QStringLiteral("name"), p, rule.name))
            return false;
        const Json *conditions = nullptr;
        if (!optArray(r, QStringLiteral("conditions"), p, &conditions))
            return false;
        if (conditions->size() > 0) {
            const Json &c = conditions->at(0);
            const QString cp = index(join(p, QStringLiteral("conditions")), 0);
            if (!c.isObject())
                return wrongType(cp, "an object", c);
            if (!optString(c, QStringLiteral("matchType"), cp, rule.conditionKey))
                return false;
            rule.condition = conditionFromKey(rule.conditionKey);
            const Json *m = nullptr;
            switch (rule.condition) {
            case Rule::Condition::Pattern:
                if (!optObject(c, QStringLiteral("patternMatch"), cp, &m)
                    || !optStringList(*m, QStringLiteral("patterns"), cp, rule.patterns)
                    || !optStringList(*m, QStringLiteral("excludeKeywords"), cp,
                                      rule.excludeKeywords))
                    return false;
                break;
            case Rule::Condition::Regex:
                if (!optObject(c, QStringLiteral("regexMatch"), cp, &m)
                    || !optString(*m, QStringLiteral("regexText"), cp, rule.regex)
                    || !optStringList(*m, QStringLiteral("excludeKeywords"), cp,
                                      rule.excludeKeywords))
                    return false;
                break;
            case Rule::Condition::EvalOption:
                if (!optObject(c, QStringLiteral("evaluateOptionMatch"), cp, &m)
                    || !optString(*m, QStringLiteral("value"), cp, rule.option))
                    return false;
                break;
            case Rule::Condition::ApiResult: {
                QString value;
                if (!optObject(c, QString::fromLatin1(keys::apiResultMatch), cp, &m)
                    || !optString(*m, QStringLiteral("value"), cp, value))
                    return false;
                rule.apiSuccess = value.compare(QLatin1String("FAILURE"), Qt::CaseInsensitive) != 0;
                break;
            }
            case Rule::Condition::NoMatch:
                if (!optObject(c, QStringLiteral("noMatch"), cp, &m)
                    || !optString(*m, QStringLiteral("fallbackMessage"), cp, rule.noMatchMessage))
                    return false;
                break;
            case Rule::Condition::Always:
            case Rule::Condition::Unknown:
                m_warnings.append({Problem::Severity::Warning,
                                   QStringLiteral("%1: unknown rule kind \"%2\", kept as it is")
                                           .arg(cp, rule.conditionKey),
                                   {dialogId, interactionId, {}, {}}});
                rule.condition = Rule::Condition::Unknown;
                break;
            }
        }

        const Json *vars = nullptr;
        if (!optArray(r, QStringLiteral("contextConditions"), p, &vars))
            return false;
        for (qsizetype i = 0; i < vars->size(); ++i) {
            const Json &v = vars->at(i);
            const QString vp = index(join(p, QStringLiteral("contextConditions")), i);
            if (!v.isObject())
                return wrongType(vp, "an object", v);
            VariableCondition vc;
            vc.raw = v;
            if (!optString(v, QStringLiteral("matchType"), vp, vc.kind)
                || !optString(v, QStringLiteral("contextName"), vp, vc.variable)
                || !optString(v, QStringLiteral("value"), vp, vc.value))
                return false;
            rule.variableConditions.append(vc);
        }
        QString matchAll;
        if (!optString(r, QStringLiteral("contextMatchConditionType"), p, matchAll))
            return false;
        rule.allVariableConditions = matchAll == QLatin1String("ALL");

        if (!optArray(r, QStringLiteral("contextDataVariables"), p, &vars))
            return false;
        for (qsizetype i = 0; i < vars->size(); ++i) {
            const Json &v = vars->at(i);
            const QString vp = index(join(p, QStringLiteral("contextDataVariables")), i);
            if (!v.isObject())
                return wrongType(vp, "an object", v);
            VariableAssignment va;
            va.raw = v;
            QString scope;
            if (!optString(v, QStringLiteral("name"), vp, va.name)
                || !optString(v, QStringLiteral("value"), vp, va.value)
                || !optString(v, QStringLiteral("scope"), vp, scope))
                return false;
            va.scope = variableScopeFromKey(scope);
            rule.assignments.append(va);
        }

        const Json *action = nullptr;
        if (!optObject(r, QStringLiteral("action"), p, &action))
            return false;
        rule.action.raw = *action;
        QString name;
        QString value;
        const QString ap = join(p, QStringLiteral("action"));
        if (!optString(*action, QStringLiteral("name"), ap, name)
            || !optString(*action, QStringLiteral("value"), ap, value))
            return false;
        rule.action.kind = Action::Kind::Unknown;
        if (action->isNull() || name == QLatin1String("INTERACTION")) {
            if (value.isEmpty() || value == QLatin1String("next"))
                rule.action.kind = Action::Kind::Next;
            else if (value == QLatin1String("none"))
                rule.action.kind = Action::Kind::End;
            else if (value == QLatin1String("close_dialog"))
                rule.action.kind = Action::Kind::CloseDialog;
            else if (value == QLatin1String("close_conversation"))
                rule.action.kind = Action::Kind::CloseConversation;
            else
                rule.action = {Action::Kind::Interaction, value, *action};
        } else if (name == QLatin1String("DIALOG")) {
            rule.action = {Action::Kind::Dialog, value, *action};
        }
        return true;
    }

    bool readTile(const Json &m, const QString &p, Interaction &in)
    {
        const Json *content = nullptr;
        if (!optObject(m, QStringLiteral("content"), p, &content))
            return false;
        const QString cp = join(p, QStringLiteral("content"));
        if (!optString(*content, QStringLiteral("responderId"), cp, in.integrationId)
            || !optString(*content, QStringLiteral("responderName"), cp, in.integrationName))
            return false;
        const Json *results = nullptr;
        const Json *tile = nullptr;
        const Json *tileData = nullptr;
        if (!optObject(*content, QStringLiteral("results"), cp, &results))
            return false;
        const QString rp = join(cp, QStringLiteral("results"));
        if (!optObject(*results, QStringLiteral("tile"), rp, &tile))
            return false;
        const QString tp = join(rp, QStringLiteral("tile"));
        if (!optArray(*tile, QStringLiteral("tileData"), tp, &tileData))
            return false;
        if (tileData->isEmpty())
            return true;
        const Json &t = tileData->at(0);
        const QString p0 = index(join(tp, QStringLiteral("tileData")), 0);
        if (!t.isObject())
            return wrongType(p0, "an object", t);
        const QString imageKey = in.type == InteractionType::Structured ? QStringLiteral("image")
                                                                        : QStringLiteral("url");
        if (!optString(t, QStringLiteral("text"), p0, in.text)
            || !optString(t, QStringLiteral("title"), p0, in.title)
            || !optString(t, QStringLiteral("subTitle"), p0, in.subtitle)
            || !optString(t, imageKey, p0, in.imageUrl))
            return false;

        const Json *buttons = nullptr;
        if (!optArray(t, QStringLiteral("buttons"), p0, &buttons))
            return false;
        for (qsizetype i = 0; i < buttons->size(); ++i) {
            const Json &b = buttons->at(i);
            const QString bp = index(join(p0, QStringLiteral("buttons")), i);
            if (!b.isObject())
                return wrongType(bp, "an object", b);
            Button button;
            button.raw = b;
            button.type.clear();
            if (!optString(b, QStringLiteral("type"), bp, button.type)
                || !optString(b, QStringLiteral("title"), bp, button.title)
                || !optString(b, QStringLiteral("payload"), bp, button.payload)
                || !optString(b, QStringLiteral("url"), bp, button.url))
                return false;
            in.buttons.append(button);
        }
        const Json *sub = nullptr;
        if (!optObject(t, QStringLiteral("multipleChoice"), p0, &sub)
            || !optStringList(*sub, QStringLiteral("multipleChoices"),
                              join(p0, QStringLiteral("multipleChoice")), in.choices))
            return false;
        if (!optObject(t, QStringLiteral("escalation"), p0, &sub))
            return false;
        const QString ep = join(p0, QStringLiteral("escalation"));
        // Skill ids are numbers in some exports.
        in.skillId = sub->value(QStringLiteral("agentSkillId")).toString();
        if (!optString(*sub, QStringLiteral("agentSkillName"), ep, in.skillName))
            return false;
        if (!optObject(t, QStringLiteral("universalWidget"), p0, &sub))
            return false;
        const Json &le = sub->value(QStringLiteral("leMessageJson"));
        if (le.isString())
            in.universalJson = le.toString();
        else if (le.isObject() || le.isArray())
            in.universalJson = QString::fromUtf8(writeJson(le, {0}));
        return true;
    }

    bool readInteraction(const Json &m, const QString &p, Interaction &in)
    {
        if (!m.isObject())
            return wrongType(p, "an object", m);
        in.raw = m;
        QString status;
        if (!reqId(m, QStringLiteral("id"), p, in.id)
            || !optString(m, QStringLiteral("name"), p, in.name)
            || !optString(m, QStringLiteral("interactionType"), p, in.typeKey))
            return false;
        in.type = interactionTypeFromKey(in.typeKey);
        if (!readTile(m, p, in) || !optStringList(m, QStringLiteral("pattern"), p, in.patterns)
            || !optStringList(m, QStringLiteral("excludeKeywords"), p, in.excludeKeywords)
            || !optString(m, QStringLiteral("intentId"), p, in.intentId)
            || !optString(m, QStringLiteral("preProcessMessage"), p, in.preProcess)
            || !optString(m, QStringLiteral("postProcessMessage"), p, in.postProcess)
            || !optString(m, QString::fromLatin1(keys::processUserResponse), p,
                          in.processUserResponse)
            || !optInt(m, QStringLiteral("interactionDelay"), p, in.delayMs)
            || !optString(m, QStringLiteral("status"), p, status)
            || !optBool(m, QStringLiteral("userInputRequired"), p, in.userInputRequired))
            return false;
        in.enabled = status != QLatin1String("INACTIVE");

        const Json *quickReplies = nullptr;
        if (!optArray(m, QStringLiteral("quickReplies"), p, &quickReplies))
            return false;
        for (qsizetype i = 0; i < quickReplies->size(); ++i) {
            const Json &q = quickReplies->at(i);
            const QString qp = index(join(p, QStringLiteral("quickReplies")), i);
            if (!q.isObject())
                return wrongType(qp, "an object", q);
            QuickReply reply;
            reply.raw = q;
            reply.type.clear();
            if (!optString(q, QStringLiteral("type"), qp, reply.type)
                || !optString(q, QStringLiteral("title"), qp, reply.title)
                || !optString(q, QStringLiteral("payload"), qp, reply.payload))
                return false;
            in.quickReplies.append(reply);
        }

        const Json *rules = nullptr;
        if (!optArray(m, QStringLiteral("responseMatches"), p, &rules))
            return false;
        in.rules.reserve(rules->size());
        const QString dialogId = m.value(QStringLiteral("group")).toString();
        for (qsizetype i = 0; i < rules->size(); ++i) {
            Rule rule;
            if (!readRule(rules->at(i), index(join(p, QStringLiteral("responseMatches")), i), rule,
                          in.id, dialogId))
                return false;
            in.rules.append(rule);
        }

        const Json &meta = m_interactionMeta.value(in.id);
        if (meta.isObject()) {
            in.comment = meta.value(QStringLiteral("comment")).toString();
            const Json &x = meta.value(QStringLiteral("x"));
            const Json &y = meta.value(QStringLiteral("y"));
            if (x.isNumber() && y.isNumber())
                in.position = QPointF(x.toDouble(), y.toDouble());
        }
        if (in.type == InteractionType::Unknown)
            m_warnings.append({Problem::Severity::Warning,
                               QStringLiteral("%1: unknown interaction type \"%2\", kept as it is")
                                       .arg(p, in.typeKey),
                               {dialogId, in.id, {}, QStringLiteral("type")}});
        return true;
    }

    bool readInteractions(const Json &root, Bot &bot)
    {
        const Json *messages = nullptr;
        const QString path = QStringLiteral("conversationMessage");
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
                || !optString(m, QStringLiteral("prevMessageId"), p, item.prev)
                || !optString(m, QStringLiteral("nextMessageId"), p, item.next))
                return false;
            if (!m.contains(QStringLiteral("group")))
                return failed(join(p, QStringLiteral("group")),
                              QStringLiteral("missing: the interaction belongs to no dialog"));
            if (!optString(m, QStringLiteral("group"), p, item.group))
                return false;
            if (!m_dialogIndex.contains(item.group))
                return failed(join(p, QStringLiteral("group")),
                              QStringLiteral("refers to a dialog that does not exist (\"%1\")")
                                      .arg(item.group));
            const QString &id = item.interaction.id;
            if (byId.contains(id))
                return failed(join(p, QStringLiteral("id")),
                              QStringLiteral("duplicate interaction id \"%1\" (also used by %2)")
                                      .arg(id, index(path, byId.value(id))));
            byId.insert(id, i);
            item.interaction.fileOrder = int(i);
        }

        // Link checks first, so every message names the interaction at fault.
        for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
            const Item &item = items[size_t(i)];
            const QString p = index(path, i);
            for (const auto &[key, target] :
                 {std::pair{QStringLiteral("nextMessageId"), item.next},
                  std::pair{QStringLiteral("prevMessageId"), item.prev}}) {
                if (target.isEmpty())
                    continue;
                if (!byId.contains(target))
                    return failed(join(p, key),
                                  QStringLiteral("refers to an interaction that does not exist "
                                                 "(\"%1\")")
                                          .arg(target));
                const Item &other = items[size_t(byId.value(target))];
                if (other.group != item.group)
                    return failed(join(p, key),
                                  QStringLiteral("refers to an interaction of another dialog "
                                                 "(%1)")
                                          .arg(index(path, byId.value(target))));
            }
            if (!item.next.isEmpty()) {
                const Item &next = items[size_t(byId.value(item.next))];
                if (next.prev != item.interaction.id)
                    return failed(join(p, QStringLiteral("nextMessageId")),
                                  QStringLiteral("broken link: %1 follows this interaction but "
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
                                  QStringLiteral("broken links: dialog \"%1\" has two first "
                                                 "interactions (%2 and this one have no "
                                                 "prevMessageId)")
                                          .arg(bot.dialogs.at(g).name, index(path, head)));
                head = i;
            }
            if (head < 0)
                return failed(index(path, mine.first()),
                              QStringLiteral("broken links: the interactions of dialog \"%1\" "
                                             "form a loop")
                                      .arg(bot.dialogs.at(g).name));
            QList<Interaction> ordered;
            ordered.reserve(mine.size());
            QSet<qsizetype> visited;
            for (qsizetype at = head; at >= 0;) {
                if (visited.contains(at))
                    return failed(join(index(path, at), QStringLiteral("nextMessageId")),
                                  QStringLiteral("broken links: the interactions of dialog \"%1\" "
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
                        return failed(index(path, i),
                                      QStringLiteral("broken links: the interaction cannot be "
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
        if (!optObject(root, QStringLiteral("globalFunctions"), {}, &gf))
            return false;
        const QString p = QStringLiteral("globalFunctions");
        return optString(*gf, QStringLiteral("methods"), p, bot.globalFunctions)
               && optString(*gf, QStringLiteral("modificationTime"), p,
                            bot.globalFunctionsModificationTime);
    }

    bool readIntents(const Json &root, Bot &bot)
    {
        const Json *intents = nullptr;
        const QString path = QStringLiteral("associatedIntents");
        if (!optArray(root, path, {}, &intents))
            return false;
        for (qsizetype i = 0; i < intents->size(); ++i) {
            const Json &it = intents->at(i);
            const QString p = index(path, i);
            if (!it.isObject())
                return wrongType(p, "an object", it);
            Intent intent;
            if (!reqId(it, QStringLiteral("id"), p, intent.id)
                || !optString(it, QStringLiteral("name"), p, intent.name))
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
