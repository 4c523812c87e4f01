#include "validation.h"

#include "patternsyntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace dialogsmith::document {

namespace {
/// The translation context of what validation reports.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::document::Validation)
};
} // namespace

QString severityName(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? QStringLiteral("error")
                                                : QStringLiteral("warning");
}

bool isValidSecretName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return !name.isEmpty() && name.size() <= 128 && valid.match(name).hasMatch();
}

bool isValidIntegrationUrl(const QString &url, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return fail(Text::tr("the URL is empty"));
    if (trimmed != url)
        return fail(Text::tr("the URL has spaces at its start or end"));
    // A leading template supplies scheme and host at run time.
    if (trimmed.startsWith(QLatin1String("{$")))
        return true;
    static const QRegularExpression templates(QStringLiteral("\\{\\$?[^{}]*\\}"));
    QString probe = trimmed;
    probe.replace(templates, QStringLiteral("x"));
    const QUrl parsed(probe, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(Text::tr("\"%1\" is not a valid URL").arg(url));
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(Text::tr("the URL must start with http:// or https://"));
    if (parsed.host().isEmpty())
        return fail(Text::tr("the URL has no host"));
    return true;
}

namespace {

class Validator
{
public:
    explicit Validator(const Bot &bot)
        : m_bot(bot)
    {
        for (const Dialog &d : bot.dialogs) {
            for (const Interaction &i : d.interactions)
                m_interactionIds.insert(i.id, d.id);
        }
    }

    QList<Problem> run()
    {
        checkNames();
        for (const Dialog &d : m_bot.dialogs)
            checkDialog(d);
        for (const Integration &i : m_bot.integrations)
            checkIntegration(i);
        for (qsizetype i = 0; i < m_bot.enterpriseIntegrations.size(); ++i)
            checkEnterpriseIntegration(i);
        return m_problems;
    }

private:
    void add(Problem::Severity severity, const QString &message, ProblemLocation location)
    {
        m_problems.append({severity, message, std::move(location)});
    }

    void checkEnterpriseIntegration(qsizetype index)
    {
        const EnterpriseIntegration &e = m_bot.enterpriseIntegrations.at(index);
        const QString path = QStringLiteral("enterpriseIntegrations[%1]").arg(index);
        const auto error = [&](const QString &field, const QString &message) {
            add(Problem::Severity::Error, message, {{}, {}, {}, field});
        };
        if (e.type != QLatin1String(EnterpriseIntegration::livePerson))
            add(Problem::Severity::Warning,
                QStringLiteral("unknown enterprise integration type \"%1\": it is kept as it is "
                               "but cannot be deployed")
                        .arg(e.type),
                {{}, {}, {}, path + QStringLiteral(".type")});
        for (qsizetype a = 0; a < e.agents.size(); ++a) {
            const EnterpriseAgent &agent = e.agents.at(a);
            const QString p = path + QStringLiteral(".agents[%1].").arg(a);
            static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
            if (!digits.match(agent.accountNumber).hasMatch())
                error(p + QStringLiteral("accountNumber"),
                      QStringLiteral("the account number must be digits, found \"%1\"")
                              .arg(agent.accountNumber));
            if (agent.loginName.trimmed().isEmpty())
                error(p + QStringLiteral("loginName"),
                      QStringLiteral("the bot agent needs the login name of its Bot user"));
            if (agent.conversationType == ConversationType::Unknown)
                error(p + QStringLiteral("conversationType"),
                      QStringLiteral("unknown conversation type \"%1\" (use MESSAGING or CHAT)")
                              .arg(agent.raw.value(QStringLiteral("conversationType")).toString()));
            const QStringList fields
                    = {QStringLiteral("appKey"), QStringLiteral("secret"),
                       QStringLiteral("accessToken"), QStringLiteral("accessTokenSecret")};
            const QStringList names = agent.keyNames.all();
            for (qsizetype k = 0; k < names.size(); ++k) {
                if (!isValidSecretName(names.at(k)))
                    error(p + QStringLiteral("keyNames.") + fields.at(k),
                          names.at(k).isEmpty()
                                  ? QStringLiteral("the name of the key in the secret store is "
                                                   "missing")
                                  : QStringLiteral("\"%1\" is not a valid secret name")
                                            .arg(names.at(k)));
            }
            if (!agent.environment.isEmpty() && !m_bot.environment(agent.environment))
                error(p + QStringLiteral("environment"),
                      QStringLiteral("the environment \"%1\" does not exist")
                              .arg(agent.environment));
        }
    }

    void checkNames()
    {
        QHash<QString, int> count;
        for (const Dialog &d : m_bot.dialogs) {
            for (const Interaction &i : d.interactions)
                ++count[i.name];
        }
        for (const Dialog &d : m_bot.dialogs) {
            for (const Interaction &i : d.interactions) {
                if (count.value(i.name) > 1)
                    add(Problem::Severity::Error,
                        Text::tr("the name \"%1\" is used by %2 interactions; "
                                 "names must be unique")
                                .arg(i.name)
                                .arg(count.value(i.name)),
                        {d.id, i.id, {}, QStringLiteral("name")});
            }
        }
    }

    void checkDialog(const Dialog &d)
    {
        if (d.type == DialogType::Dialog) {
            const Interaction *starter = d.starter();
            if (!starter) {
                add(Problem::Severity::Warning,
                    Text::tr("the dialog has no dialog starter, so only a \"go to dialog\" "
                             "action can start it"),
                    {d.id, {}, {}, {}});
            } else if (starter->patterns.isEmpty() && starter->intentId.isEmpty()) {
                add(Problem::Severity::Warning,
                    Text::tr("the dialog starter has no patterns and no intent, so only a "
                             "\"go to dialog\" action can start this dialog"),
                    {d.id, starter->id, {}, QStringLiteral("patterns")});
            }
        }
        for (const Interaction &i : d.interactions)
            checkInteraction(d, i);
    }

    void checkInteraction(const Dialog &d, const Interaction &i)
    {
        if (i.type == InteractionType::Unknown)
            add(Problem::Severity::Warning,
                Text::tr("unknown interaction type \"%1\": it is kept as it is but the "
                         "preview skips it")
                        .arg(i.typeKey),
                {d.id, i.id, {}, QStringLiteral("type")});
        for (int p = 0; p < i.patterns.size(); ++p) {
            const ProblemLocation where{d.id, i.id, {}, QStringLiteral("patterns")};
            if (i.patterns.at(p).trimmed().isEmpty())
                add(Problem::Severity::Error, Text::tr("pattern %1 is empty").arg(p + 1), where);
            else
                checkPatternShape(Text::tr("pattern %1").arg(p + 1), i.patterns.at(p), where);
        }
        if (i.type == InteractionType::ApiIntegration) {
            const bool found
                    = m_bot.integration(i.integrationId)
                      || (i.integrationId.isEmpty() && m_bot.integrationByName(i.integrationName));
            if (i.integrationId.isEmpty() && i.integrationName.isEmpty())
                add(Problem::Severity::Error,
                    Text::tr("the interaction does not name an integration"),
                    {d.id, i.id, {}, QStringLiteral("integration")});
            else if (!found)
                add(Problem::Severity::Error,
                    Text::tr("the integration \"%1\" does not exist")
                            .arg(i.integrationName.isEmpty() ? i.integrationId : i.integrationName),
                    {d.id, i.id, {}, QStringLiteral("integration")});
        }
        for (int r = 0; r < i.rules.size(); ++r)
            checkRule(d, i, r);
    }

    /// A pattern too long to compile never matches, and groups nested deeper than the matcher
    /// takes are plain text: say so rather than let the pattern quietly fail or match something
    /// else than it reads.
    void checkPatternShape(const QString &which, const QString &pattern,
                           const ProblemLocation &where)
    {
        if (pattern.size() > maxPatternLength)
            add(Problem::Severity::Warning,
                Text::tr("%1 is %2 characters long: a pattern longer than %3 characters may be too "
                         "large to match, and then it never matches")
                        .arg(which)
                        .arg(pattern.size())
                        .arg(maxPatternLength),
                where);
        else if (patternGroupDepth(pattern) > maxPatternGroupDepth)
            add(Problem::Severity::Warning,
                Text::tr("%1 nests its groups more than %2 deep: the deeper groups are matched as "
                         "plain text")
                        .arg(which)
                        .arg(maxPatternGroupDepth),
                where);
    }

    void checkRule(const Dialog &d, const Interaction &i, int index)
    {
        const Rule &rule = i.rules.at(index);
        const QString field = rule.condition == Rule::Condition::Always
                                      ? Text::tr("next action")
                                      : Text::tr("rule %1").arg(index + 1);
        const ProblemLocation where{d.id, i.id, {}, field};
        switch (rule.condition) {
        case Rule::Condition::Pattern: {
            bool empty = rule.patterns.isEmpty();
            for (const QString &p : rule.patterns)
                empty = empty || p.trimmed().isEmpty();
            if (empty)
                add(Problem::Severity::Error, Text::tr("the rule has an empty pattern"), where);
            for (int p = 0; p < rule.patterns.size(); ++p)
                checkPatternShape(Text::tr("pattern %1").arg(p + 1), rule.patterns.at(p), where);
            break;
        }
        case Rule::Condition::Regex: {
            const QRegularExpression re(rule.regex);
            if (rule.regex.isEmpty())
                add(Problem::Severity::Error, Text::tr("the rule's regular expression is empty"),
                    where);
            else if (!re.isValid())
                add(Problem::Severity::Error,
                    Text::tr("invalid regular expression: %1").arg(re.errorString()), where);
            break;
        }
        case Rule::Condition::Unknown:
            add(Problem::Severity::Warning,
                Text::tr("unknown rule kind \"%1\": it is kept as it is but never matches "
                         "in the preview")
                        .arg(rule.conditionKey),
                where);
            break;
        default:
            break;
        }
        switch (rule.action.kind) {
        case Action::Kind::Interaction:
            if (!m_interactionIds.contains(rule.action.target))
                add(Problem::Severity::Error,
                    Text::tr("goes to an interaction that does not exist (%1)")
                            .arg(rule.action.target),
                    where);
            break;
        case Action::Kind::Dialog:
            if (!m_bot.dialog(rule.action.target))
                add(Problem::Severity::Error,
                    Text::tr("goes to a dialog that does not exist (%1)").arg(rule.action.target),
                    where);
            break;
        case Action::Kind::Unknown:
            add(Problem::Severity::Warning, Text::tr("unknown action; it is kept as it is"), where);
            break;
        default:
            break;
        }
    }

    void checkIntegration(const Integration &integration)
    {
        const ProblemLocation where{{}, {}, integration.id, QStringLiteral("url")};
        QString why;
        if (!isValidIntegrationUrl(integration.url, &why))
            add(Problem::Severity::Error, why, where);
        if (!integrationMethods().contains(integration.method))
            add(Problem::Severity::Error,
                Text::tr("\"%1\" is not an HTTP method (use one of %2)")
                        .arg(integration.method, integrationMethods().join(QStringLiteral(", "))),
                {{}, {}, integration.id, QStringLiteral("method")});
        if (integration.responseDataVariable.trimmed().isEmpty())
            add(Problem::Severity::Warning,
                Text::tr("no response data variable: the result cannot be used"),
                {{}, {}, integration.id, QStringLiteral("response data variable")});
    }

    const Bot &m_bot;
    QHash<QString, QString> m_interactionIds;
    QList<Problem> m_problems;
};

} // namespace

QList<Problem> validateBot(const Bot &bot)
{
    return Validator(bot).run();
}

QString describeLocation(const Bot &bot, const ProblemLocation &location)
{
    QStringList parts;
    if (const Dialog *d = bot.dialog(location.dialogId))
        parts.append(Text::tr("dialog \"%1\"").arg(d->name));
    if (!location.interactionId.isEmpty()) {
        const auto [d, i] = bot.findInteraction(location.interactionId);
        parts.append(Text::tr("interaction \"%1\"").arg(i ? i->name : location.interactionId));
    }
    if (const Integration *i = bot.integration(location.integrationId))
        parts.append(Text::tr("integration \"%1\"").arg(i->name));
    if (!location.field.isEmpty())
        parts.append(location.field);
    return parts.join(QStringLiteral(" > "));
}

} // namespace dialogsmith::document
