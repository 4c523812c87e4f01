// The diff, the outline and the coverage of a large bot: a 10,000-interaction bot (the canvas
// benchmark's big dialog) against a copy with 1% of its interactions edited, 20 removed and 20
// added, and the coverage report of 200 conversations' records alone. With --suite, a suite of
// 200 transcripts on it: compiling the bot once, then running the suite in-process on 2 threads
// with coverage (as the studio's Tests panel does), and `dialogsmith-cli test --coverage -j 2`
// (the whole command, reading the file included). Prints medians.
#include "benchmedian.h"
#include "bigdialog.h"
#include "botdiff.h"
#include "botoutline.h"
#include "botruntime.h"
#include "cbformat.h"
#include "coverage.h"
#include "projectfile.h"
#include "testsuite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dialogsmith;

namespace {

using benchmark::median;
using benchmark::medianMs;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool suite = args.contains(QStringLiteral("--suite"));
    int count = 10000;
    for (const QString &a : args.mid(1)) {
        if (!a.startsWith(u'-'))
            count = a.toInt();
    }
    const int runs = 7;
    const document::Bot before = testing::bigBot(count);
    document::Bot after = before;
    document::Dialog &big = after.dialogs[0];
    for (int k = 1; k < count; k += 100)
        big.interactions[k].text += QStringLiteral(" (edited)");
    for (int k = 0; k < 20; ++k)
        big.interactions.removeAt(big.interactions.size() / 2);
    for (int k = 0; k < 20; ++k)
        after.dialogs[1].interactions.append(document::Interaction::create(
                document::InteractionType::Text, QStringLiteral("new %1").arg(k)));

    qsizetype changes = 0;
    const double diffMs = medianMs(runs, [&] { changes = format::diffBots(before, after).size(); });
    qsizetype length = 0;
    const double outlineMs = medianMs(runs, [&] { length = format::outlineText(after).size(); });
    const QByteArray file = format::writeBot(after);
    const double readMs = medianMs(runs, [&] { (void)format::readBot(file); });
    std::printf("%d interactions: diff %.1f ms (%lld changes), outline %.1f ms (%lld characters), "
                "reading the file %.1f ms (medians of %d runs)\n",
                count, diffMs, static_cast<long long>(changes), outlineMs,
                static_cast<long long>(length), readMs, runs);

    // Coverage of 200 conversations, each through the starter and a run of its own.
    std::vector<runtime::CoverageRecorder> records(200);
    for (int t = 0; t < 200; ++t) {
        for (int k = t * 37 % count; k < count && k < t * 37 % count + 60; ++k)
            records[size_t(t)].interactions.insert(before.dialogs[0].interactions.at(k).id);
    }
    int covered = 0;
    const double reportMs = medianMs(runs, [&] {
        runtime::CoverageRecorder all;
        for (const runtime::CoverageRecorder &r : records)
            all.merge(r);
        covered = runtime::CoverageReport::of(before, all).total.covered;
    });
    std::printf("coverage report of 200 conversations: %.1f ms (%d items covered)\n", reportMs,
                covered);

    if (!suite)
        return 0;
    QTemporaryDir dir;
    const QString botFile = dir.filePath(QStringLiteral("big.json"));
    if (!format::saveBotFile(before, botFile)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(botFile));
        return 1;
    }
    QStringList transcripts;
    for (int t = 0; t < 200; ++t) {
        const QString path = dir.filePath(QStringLiteral("t%1.txt").arg(t));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("start: Big\nuser: option %1\nuser: option 1\n")
                        .arg(t % 3 + 1)
                        .toUtf8());
        transcripts.append(path);
    }

    // In-process: compile once, then 200 transcripts on 2 threads sharing the compiled bot.
    std::shared_ptr<const runtime::CompiledBot> compiled;
    const double compileMs
            = medianMs(runs, [&] { compiled = runtime::BotRuntime::compile(before); });
    const double runtimeMs = medianMs(runs, [&] {
        runtime::OfflineTranscriptHost host(compiled);
        (void)host.runtimeFor({});
    });
    runtime::SuiteOptions options;
    options.jobs = 2;
    int reached = 0;
    const double runMs = medianMs(runs, [&] {
        const std::vector<runtime::TranscriptResult> results
                = runtime::TestSuite::runAll(transcripts, options, [&](int) {
                      return std::make_unique<runtime::OfflineTranscriptHost>(compiled);
                  });
        runtime::CoverageRecorder all;
        for (const runtime::TranscriptResult &r : results)
            all.merge(r.coverage);
        reached = runtime::CoverageReport::of(before, all).total.covered;
    });
    std::printf("suite of 200 transcripts, in-process: compiling the bot once %.1f ms, a runtime "
                "of the compiled bot %.1f ms, running the suite on 2 threads with coverage %.1f "
                "ms (%d items covered), together %.1f ms (medians of %d runs)\n",
                compileMs, runtimeMs, runMs, reached, compileMs + runMs, runs);

    // The whole command, reading the file included.
    QStringList command{QStringLiteral("test"), botFile};
    command += transcripts;
    command += {QStringLiteral("--coverage"), QStringLiteral("-j"), QStringLiteral("2"),
                QStringLiteral("--offline")};
    QString summary;
    const double suiteMs = medianMs(runs, [&] {
        QProcess cli;
        cli.start(QStringLiteral(DIALOGSMITH_CLI), command);
        cli.waitForFinished(600000);
        summary = QString::fromUtf8(cli.readAllStandardOutput()).section(u'\n', 1, 1);
    });
    std::printf("dialogsmith-cli test --coverage -j 2 on 200 transcripts: %.0f ms (median of %d "
                "runs; %s)\n",
                suiteMs, runs, qPrintable(summary));
    return 0;
}
