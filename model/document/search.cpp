#include "search.h"

#include <QCoreApplication>

namespace dialogsmith::document {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::document::Search)
};
} // namespace

namespace {

class Searcher
{
public:
    Searcher(const QString &needle, Qt::CaseSensitivity cs)
        : m_needle(needle)
        , m_cs(cs)
    {}

    QList<SearchHit> hits;

    /// Adds one hit per matching line of `text`.
    void look(const QString &text, const ProblemLocation &where, const QString &what,
              bool multiLine = false)
    {
        if (text.isEmpty() || !text.contains(m_needle, m_cs))
            return;
        if (!multiLine) {
            hits.append({where, 0, firstLine(text), what});
            return;
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(m_needle, m_cs))
                hits.append({where, i + 1, lines.at(i).trimmed(), what});
        }
    }

    void lookAll(const QStringList &texts, const ProblemLocation &where, const QString &what)
    {
        for (const QString &t : texts)
            look(t, where, what);
    }

private:
    static QString firstLine(const QString &text)
    {
        const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        return line.size() > 200 ? line.left(200) + QStringLiteral("...") : line;
    }

    QString m_needle;
    Qt::CaseSensitivity m_cs;
};

} // namespace

QList<SearchHit> searchBot(const Bot &bot, const QString &needle, Qt::CaseSensitivity cs)
{
    Searcher s(needle, cs);
    if (needle.isEmpty())
        return {};
    s.look(bot.globalFunctions, {{}, {}, {}, QStringLiteral("global functions")},
           Text::tr("Global functions"), true);
    for (const Dialog &d : bot.dialogs) {
        s.look(d.name, {d.id, {}, {}, QStringLiteral("name")}, Text::tr("Dialog name"));
        for (const Interaction &i : d.interactions) {
            auto at = [&](const QString &field) {
                return ProblemLocation{d.id, i.id, {}, field};
            };
            s.look(i.name, at(QStringLiteral("name")), Text::tr("Interaction name"));
            s.look(i.text, at(QStringLiteral("text")), QStringLiteral("Text"), true);
            s.look(i.title, at(QStringLiteral("title")), QStringLiteral("Title"));
            s.look(i.subtitle, at(QStringLiteral("subtitle")), QStringLiteral("Subtitle"));
            s.look(i.imageUrl, at(QStringLiteral("image")), Text::tr("Image URL"));
            s.lookAll(i.choices, at(QStringLiteral("choices")), QStringLiteral("Choice"));
            for (const QuickReply &q : i.quickReplies)
                s.lookAll({q.title, q.payload}, at(QStringLiteral("quick replies")),
                          Text::tr("Quick reply"));
            for (const Button &b : i.buttons)
                s.lookAll({b.title, b.payload, b.url}, at(QStringLiteral("buttons")),
                          QStringLiteral("Button"));
            s.look(i.universalJson, at(QStringLiteral("universal content")),
                   Text::tr("Universal content"), true);
            s.lookAll(i.patterns, at(QStringLiteral("patterns")), QStringLiteral("Pattern"));
            s.lookAll(i.excludeKeywords, at(QStringLiteral("patterns")),
                      Text::tr("Exclude keyword"));
            s.look(i.preProcess, at(QStringLiteral("pre-process")), Text::tr("Pre-process code"),
                   true);
            s.look(i.processUserResponse, at(QStringLiteral("process user response")),
                   Text::tr("Process user response"), true);
            s.look(i.postProcess, at(QStringLiteral("post-process")), Text::tr("Post-process code"),
                   true);
            s.look(i.comment, at(QStringLiteral("comment")), QStringLiteral("Comment"), true);
            for (int r = 0; r < i.rules.size(); ++r) {
                const Rule &rule = i.rules.at(r);
                const ProblemLocation where = at(QStringLiteral("rule %1").arg(r + 1));
                s.look(rule.name, where, Text::tr("Rule name"));
                s.lookAll(rule.patterns, where, Text::tr("Rule pattern"));
                s.look(rule.regex, where, Text::tr("Rule regular expression"));
                s.look(rule.option, where, Text::tr("Rule option"));
                s.look(rule.noMatchMessage, where, Text::tr("No-match message"));
                for (const VariableAssignment &va : rule.assignments)
                    s.lookAll({va.name, va.value}, where, Text::tr("Variable to set"));
            }
        }
    }
    for (const Integration &in : bot.integrations) {
        auto at = [&](const QString &field) {
            return ProblemLocation{{}, {}, in.id, field};
        };
        s.look(in.name, at(QStringLiteral("name")), Text::tr("Integration name"));
        s.look(in.url, at(QStringLiteral("url")), QStringLiteral("URL"));
        for (const KeyValue &h : in.headers)
            s.lookAll({h.key, h.value}, at(QStringLiteral("headers")), QStringLiteral("Header"));
        for (const KeyValue &p : in.queryParams)
            s.lookAll({p.key, p.value}, at(QStringLiteral("query parameters")),
                      Text::tr("Query parameter"));
        s.look(in.body, at(QStringLiteral("body")), QStringLiteral("Body"), true);
        s.look(in.transformScript, at(QStringLiteral("transform script")),
               Text::tr("Transform script"), true);
        for (const KeyValue &f : in.customDataFields)
            s.lookAll({f.key, f.value}, at(QStringLiteral("custom data fields")),
                      Text::tr("Custom data field"));
    }
    return s.hits;
}

} // namespace dialogsmith::document
