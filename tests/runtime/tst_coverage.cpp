// Coverage: what conversations reach on a bot with known reachable and unreachable parts, counted
// exactly (interactions entered, rules fired, starters matched, integration outcomes, fallback).

#include "coverage.h"
#include "runtimetesting.h"

#include <QTest>

using namespace dialogsmith::runtime;
using namespace dialogsmith::runtime::testing;

namespace {

Interaction integrationStep(const Integration &integration)
{
    Interaction in = Interaction::create(InteractionType::ApiIntegration, QStringLiteral("call"));
    in.integrationId = integration.id;
    in.integrationName = integration.name;
    Rule ok;
    ok.name = QStringLiteral("worked");
    ok.condition = Rule::Condition::ApiResult;
    ok.apiSuccess = true;
    ok.action = Action::end();
    Rule failed = ok;
    failed.name = QStringLiteral("failed");
    failed.apiSuccess = false;
    in.rules = {ok, failed};
    return in;
}

/// Main: a starter on "hi", a question (yes: next, no: dialog Other, anything else: no match),
/// "thanks", and "unreached", which nothing leads to. Other: a starter on "other" and a text.
/// Api: a starter on "api" and an integration call. A fallback dialog.
Bot coverageBot()
{
    Dialog other
            = dialog(QStringLiteral("Other"),
                     {starter(QStringLiteral("other start"), {QStringLiteral("other")}),
                      text(QStringLiteral("other text"), QStringLiteral("Other."), Action::end())});
    Dialog main = dialog(
            QStringLiteral("Main"),
            {starter(QStringLiteral("start"), {QStringLiteral("hi")}),
             question(QStringLiteral("ask"), QStringLiteral("Yes or no?"),
                      {patternRule({QStringLiteral("yes")}, Action::next(), QStringLiteral("yes")),
                       patternRule({QStringLiteral("no")}, Action::toDialog(other.id),
                                   QStringLiteral("no")),
                       noMatchRule(QStringLiteral("Say yes or no."), Action::end())}),
             text(QStringLiteral("thanks"), QStringLiteral("Thanks!"), Action::end()),
             text(QStringLiteral("unreached"), QStringLiteral("Never."), Action::end())});
    Integration lookup = Integration::create(QStringLiteral("Lookup"));
    lookup.url = QStringLiteral("https://api.example.com/lookup");
    Dialog api = dialog(QStringLiteral("Api"),
                        {starter(QStringLiteral("api start"), {QStringLiteral("api")}),
                         integrationStep(lookup)});
    Dialog fallback
            = dialog(QStringLiteral("Fallback"),
                     {text(QStringLiteral("sorry"), QStringLiteral("Sorry?"), Action::end())},
                     DialogType::Fallback);
    Bot b = bot({main, other, api, fallback});
    b.integrations = {lookup};
    return b;
}

/// Runs `messages` in a new conversation of `bot`, recording into `recorder`.
void converse(const Bot &bot, const QStringList &messages, CoverageRecorder &recorder,
              int httpStatus = 200)
{
    Harness h(bot);
    h.transport.handler = [httpStatus](const HttpRequest &) {
        return Result<HttpResponse>(HttpResponse{httpStatus, {}, "{}"});
    };
    h.conversation().setCoverage(&recorder);
    for (const QString &m : messages)
        h.say(m);
    h.conversation().setCoverage(nullptr);
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void nothingRecordedCoversNothing()
    {
        const CoverageReport report = CoverageReport::of(coverageBot(), {});
        // Main: 4 interactions, 1 starter, 6 rules (a starter's next action is a rule too);
        // Other: 2, 1, 2; Api: 2 interactions, 1 starter, 3 rules, 2 outcomes; Fallback: the
        // fallback, 1 interaction, 1 rule.
        QCOMPARE(report.total.total, 11 + 5 + 8 + 3);
        QCOMPARE(report.total.covered, 0);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Interaction).total, 9);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Rule).total, 12);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Starter).total, 3);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::IntegrationSuccess).total, 1);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::IntegrationFailure).total, 1);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Fallback).total, 1);
    }

    void oneConversationCoversExactlyWhatItReached()
    {
        const Bot b = coverageBot();
        CoverageRecorder recorder;
        converse(b, {QStringLiteral("hi"), QStringLiteral("yes"), QStringLiteral("blah")},
                 recorder);
        const CoverageReport report = CoverageReport::of(b, recorder);
        // start (entered, matched, its next action), ask, rule yes, thanks and its rule; the
        // fallback, sorry and its rule.
        QCOMPARE(report.total.covered, 10);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Interaction).covered, 4);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Rule).covered, 4);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Starter).covered, 1);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::Fallback).covered, 1);
        const CoverageTally main = report.perDialog.value(b.dialogs.at(0).id);
        QCOMPARE(main.covered, 7);
        QCOMPARE(main.total, 11);
        QCOMPARE(report.perDialog.value(b.dialogs.at(1).id).covered, 0);
        QCOMPARE(report.perDialog.value(b.dialogs.at(3).id).covered, 3);
        QVERIFY(qFuzzyCompare(report.total.percent(), 100.0 * 10 / 27));

        QStringList uncovered;
        for (const CoverageItem &item : report.items) {
            if (!item.covered && item.dialogId == b.dialogs.at(0).id)
                uncovered.append(CoverageReport::kindName(item.kind) + u' ' + item.label);
        }
        QCOMPARE(uncovered, (QStringList{QStringLiteral("rule Main › ask › rule \"no\""),
                                         QStringLiteral("rule Main › ask › rule 3"),
                                         QStringLiteral("interaction Main › unreached"),
                                         QStringLiteral("rule Main › unreached › rule 1")}));
    }

    void conversationsMerge()
    {
        const Bot b = coverageBot();
        CoverageRecorder first;
        converse(b, {QStringLiteral("hi"), QStringLiteral("yes"), QStringLiteral("blah")}, first);
        CoverageRecorder second;
        // "no" goes to dialog Other by an action: its starter is entered, not matched.
        converse(b, {QStringLiteral("hi"), QStringLiteral("no")}, second);
        CoverageRecorder merged = first;
        merged.merge(second);
        const CoverageReport report = CoverageReport::of(b, merged);
        // Rule "no", and in Other both interactions and their next actions.
        QCOMPARE(report.total.covered, 10 + 1 + 4);
        const CoverageTally other = report.perDialog.value(b.dialogs.at(1).id);
        QCOMPARE(other.covered, 4);
        QCOMPARE(other.total, 5);
        // Merging is order-free.
        CoverageRecorder reversed = second;
        reversed.merge(first);
        QCOMPARE(reversed, merged);
    }

    void integrationOutcomesCountApart()
    {
        const Bot b = coverageBot();
        CoverageRecorder recorder;
        converse(b, {QStringLiteral("api")}, recorder, 200);
        CoverageReport report = CoverageReport::of(b, recorder);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::IntegrationSuccess).covered, 1);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::IntegrationFailure).covered, 0);
        QCOMPARE(report.perDialog.value(b.dialogs.at(2).id).covered, 6); // 2 + 1 + 2 + 1
        converse(b, {QStringLiteral("api")}, recorder, 503);
        report = CoverageReport::of(b, recorder);
        QCOMPARE(report.perKind.value(CoverageItem::Kind::IntegrationFailure).covered, 1);
        QCOMPARE(report.perDialog.value(b.dialogs.at(2).id).covered, 8);
    }

    void disabledPartsAreNotCounted()
    {
        Bot b = coverageBot();
        b.dialogs[0].interactions[3].enabled = false; // unreached
        b.dialogs[1].enabled = false;                 // Other
        const CoverageReport report = CoverageReport::of(b, {});
        QCOMPARE(report.total.total, 27 - 2 - 5);
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
