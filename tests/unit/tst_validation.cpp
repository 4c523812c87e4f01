#include "patternsyntax.h"
#include "testsupport.h"
#include "validation.h"

using namespace dialogsmith::document;
using namespace testsupport;

namespace {

/// The problems whose message contains `text`.
QList<Problem> matching(const QList<Problem> &problems, const QString &text)
{
    QList<Problem> out;
    for (const Problem &p : problems) {
        if (p.message.contains(text))
            out.append(p);
    }
    return out;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void samplesHaveNoErrors_data();
    void samplesHaveNoErrors();
    void brokenTargetsAreErrorsAtTheirRule();
    void integrationInteractionNamingMissingIntegration();
    void duplicateInteractionNames();
    void dialogWithoutStarterIsAWarning();
    void invalidIntegrationUrlOrMethod_data();
    void invalidIntegrationUrlOrMethod();
    void emptyPatternsAndBadRegex();
    void deepOrLongPatternsAreWarnings();
    void unknownContentIsAWarning();
    void locationsReadLikeAPath();
};

void TestValidation::samplesHaveNoErrors_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : allSamplePaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestValidation::samplesHaveNoErrors()
{
    QFETCH(QString, path);
    for (const Problem &p : validateBot(loadBot(path)))
        QVERIFY2(p.severity == Problem::Severity::Warning, qPrintable(p.message));
}

void TestValidation::brokenTargetsAreErrorsAtTheirRule()
{
    Bot bot = loadBot(routingBotPath());
    Interaction &greeting = bot.dialogs[0].interactions[1];
    greeting.setNextAction(Action::toInteraction(QStringLiteral("deleted-id")));
    Rule r;
    r.condition = Rule::Condition::Pattern;
    r.patterns = {QStringLiteral("x")};
    r.action = Action::toDialog(QStringLiteral("gone-dialog"));
    greeting.rules.append(r);
    const QList<Problem> problems = validateBot(bot);
    const QList<Problem> interaction
            = matching(problems, QStringLiteral("interaction that does not exist"));
    QCOMPARE(interaction.size(), 1);
    QCOMPARE(interaction.first().severity, Problem::Severity::Error);
    QCOMPARE(interaction.first().location.interactionId, greeting.id);
    QCOMPARE(interaction.first().location.dialogId, bot.dialogs[0].id);
    QCOMPARE(interaction.first().location.field, QStringLiteral("next action"));
    const QList<Problem> dialog = matching(problems, QStringLiteral("dialog that does not exist"));
    QCOMPARE(dialog.size(), 1);
    QCOMPARE(dialog.first().location.field, QStringLiteral("rule 2"));
}

void TestValidation::integrationInteractionNamingMissingIntegration()
{
    Bot bot = loadBot(routingBotPath());
    bot.integrations.clear();
    const QList<Problem> problems = matching(
            validateBot(bot), QStringLiteral("integration \"Escalation\" does not exist"));
    QCOMPARE(problems.size(), 2); // the agent and the billing transfers
    QCOMPARE(problems.first().location.field, QStringLiteral("integration"));
}

void TestValidation::duplicateInteractionNames()
{
    Bot bot = loadBot(routingBotPath());
    bot.dialogs[2].interactions[1].name = QStringLiteral("transfer to agent");
    const QList<Problem> problems
            = matching(validateBot(bot), QStringLiteral("used by 2 interactions"));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.first().severity, Problem::Severity::Error);
}

void TestValidation::dialogWithoutStarterIsAWarning()
{
    Bot bot = loadBot(routingBotPath());
    bot.dialogs[2].interactions.removeFirst();
    const QList<Problem> problems = matching(validateBot(bot), QStringLiteral("no dialog starter"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(problems.first().location.dialogId, bot.dialogs[2].id);
    // The fallback dialog needs none.
    QVERIFY(matching(validateBot(loadBot(routingBotPath())), QStringLiteral("starter")).isEmpty());
}

void TestValidation::invalidIntegrationUrlOrMethod_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty url") << ""
                               << "GET"
                               << "the URL is empty";
    QTest::newRow("no scheme") << "api.example.com/x"
                               << "GET"
                               << "http:// or https://";
    QTest::newRow("ftp") << "ftp://example.com/x"
                         << "GET"
                         << "http:// or https://";
    QTest::newRow("no host") << "https:///path"
                             << "GET"
                             << "no host";
    QTest::newRow("spaces") << " https://example.com"
                            << "GET"
                            << "spaces";
    QTest::newRow("bad method") << "https://example.com"
                                << "FETCH"
                                << "not an HTTP method";
    QTest::newRow("valid with template") << "https://example.com/{$botContext.id}?q={$query}"
                                         << "POST"
                                         << "";
    QTest::newRow("valid host from env") << "{$env.host}/path"
                                         << "GET"
                                         << "";
}

void TestValidation::invalidIntegrationUrlOrMethod()
{
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(QString, message);
    Bot bot = loadBot(routingBotPath());
    bot.integrations[0].url = url;
    bot.integrations[0].method = method;
    QList<Problem> problems;
    for (const Problem &p : validateBot(bot)) {
        if (p.location.integrationId == bot.integrations[0].id)
            problems.append(p);
    }
    if (message.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    QCOMPARE(problems.first().severity, Problem::Severity::Error);
}

void TestValidation::emptyPatternsAndBadRegex()
{
    Bot bot = loadBot(routingBotPath());
    bot.dialogs[0].interactions[0].patterns.append(QStringLiteral("  "));
    Rule empty;
    empty.condition = Rule::Condition::Pattern;
    Rule regex;
    regex.condition = Rule::Condition::Regex;
    regex.regex = QStringLiteral("([a-z");
    bot.dialogs[0].interactions[1].rules = {empty, regex};
    const QList<Problem> problems = validateBot(bot);
    QCOMPARE(matching(problems, QStringLiteral("pattern 3 is empty")).size(), 1);
    QCOMPARE(matching(problems, QStringLiteral("empty pattern")).size(), 1);
    QCOMPARE(matching(problems, QStringLiteral("invalid regular expression")).size(), 1);
}

void TestValidation::deepOrLongPatternsAreWarnings()
{
    const auto nested = [](int depth) {
        return QString(depth, QLatin1Char('(')) + QStringLiteral("a|b")
               + QString(depth, QLatin1Char(')'));
    };
    Bot bot = loadBot(routingBotPath());
    const int limit = maxPatternGroupDepth;
    bot.dialogs[0].interactions[0].patterns = {nested(limit), nested(limit + 1)};
    Rule rule;
    rule.condition = Rule::Condition::Pattern;
    rule.patterns = {QStringLiteral("(((x)))"), nested(300)};
    bot.dialogs[0].interactions[1].rules = {rule};
    const QList<Problem> problems = matching(validateBot(bot), QStringLiteral("plain text"));
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).message.startsWith(
                     QStringLiteral("pattern 2 nests its groups more than 64")),
             qPrintable(problems.at(0).message));
    QCOMPARE(problems.at(0).severity, Problem::Severity::Warning);
    QCOMPARE(problems.at(0).location.field, QStringLiteral("patterns"));
    QVERIFY2(problems.at(1).message.startsWith(QStringLiteral("pattern 2 ")),
             qPrintable(problems.at(1).message));
    QCOMPARE(problems.at(1).location.field, QStringLiteral("rule 1"));
    const QList<Problem> clean = matching(validateBot(bot), QStringLiteral("characters long"));
    QVERIFY(clean.isEmpty());
    bot.dialogs[0].interactions[0].patterns = {QString(maxPatternLength, QLatin1Char('a')),
                                               QString(maxPatternLength + 1, QLatin1Char('a'))};
    const QList<Problem> longOnes = matching(validateBot(bot), QStringLiteral("characters long"));
    QCOMPARE(longOnes.size(), 1);
    QVERIFY2(longOnes.first().message.startsWith(
                     QStringLiteral("pattern 2 is 10001 characters long")),
             qPrintable(longOnes.first().message));
    QCOMPARE(longOnes.first().severity, Problem::Severity::Warning);
    QCOMPARE(patternGroupDepth(u"(a)((b)(c(d)))(e"), 3);
    QCOMPARE(patternGroupDepth(u"(((("), 0);
}

void TestValidation::unknownContentIsAWarning()
{
    Bot bot = loadBot(routingBotPath());
    bot.dialogs[0].interactions[1].type = InteractionType::Unknown;
    bot.dialogs[0].interactions[1].typeKey = QStringLiteral("HOLOGRAM");
    const QList<Problem> problems = matching(validateBot(bot), QStringLiteral("HOLOGRAM"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);
}

void TestValidation::locationsReadLikeAPath()
{
    const Bot bot = loadBot(routingBotPath());
    const Interaction &transfer = bot.dialogs[1].interactions[1];
    QCOMPARE(describeLocation(bot, {bot.dialogs[1].id, transfer.id, {}, QStringLiteral("rule 1")}),
             QStringLiteral(
                     "dialog \"Agent Handoff\" > interaction \"transfer to agent\" > rule 1"));
    QCOMPARE(describeLocation(bot, {{}, {}, bot.integrations[0].id, QStringLiteral("url")}),
             QStringLiteral("integration \"Escalation\" > url"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
