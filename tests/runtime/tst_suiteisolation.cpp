// Transcripts of a suite share one compiled bot (and, on one worker thread, one runtime), yet none
// sees what another left behind: variables kept per user, context data for the user, global
// context data, the conversation's own variables, a changed built-in object. Each check runs a
// transcript that leaves state behind and, after it on the same worker, one that fails if it finds
// any.

#include "botruntime.h"
#include "runtimetesting.h"
#include "testsuite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith::runtime;
using namespace dialogsmith::runtime::testing;

namespace {

/// "remember" keeps a value every way a bot can; "check" says which of them it finds.
Bot memoryBot()
{
    Interaction keep = text(QStringLiteral("keep"), QStringLiteral("Kept."), Action::end());
    keep.preProcess = QStringLiteral(
            "botContext.setBotVariable('forever', 'yes', true, true);"
            "botContext.setBotVariable('session', 'yes', true, false);"
            "botContext.registerContextNamespace('memo');"
            "botContext.setContextDataForUser('memo', 'user', 'yes');"
            "botContext.setGlobalContextData('memo', 'global', 'yes');"
            "counter = (typeof counter === 'undefined' ? 0 : counter) + 1;"
            "String.prototype.shout = function() { return this.toUpperCase() + '!'; };");
    Interaction report = text(QStringLiteral("report"),
                              QStringLiteral("forever [{$botContext.forever}] session "
                                             "[{$botContext.session}] user [{$botContext.user}] "
                                             "global [{$botContext.global}] counter "
                                             "[{$botContext.counter}] shout "
                                             "[{$botContext.shout}]"),
                              Action::end());
    report.preProcess = QStringLiteral(
            "botContext.registerContextNamespace('memo');"
            "botContext.setBotVariable('user', "
            "String(botContext.getContextDataForUser('memo', 'user') || ''), false, false);"
            "botContext.setBotVariable('global', "
            "String(botContext.getGlobalContextData('memo', 'global') || ''), false, false);"
            "botContext.setBotVariable('counter', "
            "String(typeof counter === 'undefined' ? '' : counter), false, false);"
            "botContext.setBotVariable('shout', "
            "typeof ''.shout === 'function' ? 'yes' : '', false, false);");
    return bot(
            {dialog(QStringLiteral("Remember"),
                    {starter(QStringLiteral("remember start"), {QStringLiteral("remember")}),
                     keep}),
             dialog(QStringLiteral("Check"),
                    {starter(QStringLiteral("check start"), {QStringLiteral("check")}), report})});
}

class tst_SuiteIsolation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_remember;
    QString m_check;

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    std::vector<TranscriptResult> run(const QStringList &files, int jobs)
    {
        const std::shared_ptr<const CompiledBot> compiled = BotRuntime::compile(memoryBot());
        SuiteOptions options;
        options.jobs = jobs;
        return TestSuite::runAll(files, options, [&](int) {
            return std::make_unique<OfflineTranscriptHost>(compiled);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_remember = write(QStringLiteral("remember.txt"),
                           QStringLiteral("user: remember\nbot: Kept.\nvar forever = yes\n"
                                          "user: check\n"
                                          "bot: forever [yes] session [yes] user [yes] global "
                                          "[yes] counter [1] shout [yes]\n"));
        m_check = write(QStringLiteral("check.txt"),
                        QStringLiteral("user: check\nbot: forever [] session [] user [] global "
                                       "[] counter [] shout []\nvar forever =\n"));
        QVERIFY(!m_remember.isEmpty() && !m_check.isEmpty());
    }

    // The transcript that keeps values passes: the checks below can tell a leak.
    void keptValuesAreSeenInTheirOwnTranscript()
    {
        const std::vector<TranscriptResult> results = run({m_remember}, 1);
        QCOMPARE(results.size(), size_t(1));
        QVERIFY2(results[0].succeeded(), qPrintable(results[0].output + results[0].errors));
        QCOMPARE(results[0].passed, 3);
    }

    void nothingLeaksToTheNextTranscript_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::newRow("one worker: one runtime for all") << 1;
        QTest::newRow("two workers") << 2;
    }
    void nothingLeaksToTheNextTranscript()
    {
        QFETCH(int, jobs);
        const QStringList files{m_remember, m_check, m_remember, m_check, m_check};
        const std::vector<TranscriptResult> results = run(files, jobs);
        QCOMPARE(results.size(), size_t(files.size()));
        for (const TranscriptResult &r : results) {
            QVERIFY2(r.succeeded(), qPrintable(r.file + u'\n' + r.output + r.errors));
            QCOMPARE(r.file, files.at(&r - results.data()));
        }
    }

    // A transcript with other `env:` values runs in a runtime of its own; the next one with the
    // first values still finds nothing left behind.
    void anotherEnvironmentKeepsTheIsolation()
    {
        const QString withEnv = write(QStringLiteral("env.txt"),
                                      QStringLiteral("env: region=eu\n")
                                              + QStringLiteral("user: remember\nbot: Kept.\n"));
        const std::vector<TranscriptResult> results
                = run({m_remember, withEnv, m_check, m_remember, m_check}, 1);
        for (const TranscriptResult &r : results)
            QVERIFY2(r.succeeded(), qPrintable(r.file + u'\n' + r.output + r.errors));
    }

    void aCancelledRunStartsNoTranscript()
    {
        std::atomic<bool> cancel{true};
        const std::shared_ptr<const CompiledBot> compiled = BotRuntime::compile(memoryBot());
        const std::vector<TranscriptResult> results = TestSuite::runAll(
                {m_remember, m_check}, {},
                [&](int) { return std::make_unique<OfflineTranscriptHost>(compiled); }, {},
                &cancel);
        for (const TranscriptResult &r : results) {
            QVERIFY(r.cancelled);
            QVERIFY(!r.ran);
            QCOMPARE(r.passed + r.failed, 0);
        }
    }
};

} // namespace

QTEST_GUILESS_MAIN(tst_SuiteIsolation)
#include "tst_suiteisolation.moc"
