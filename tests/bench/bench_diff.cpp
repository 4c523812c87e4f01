// The diff and the outline of a large bot: a 10,000-interaction bot (the canvas benchmark's big
// dialog) against a copy with 1% of its interactions edited, 20 removed and 20 added. Prints the
// median of the runs for the diff, the outline, and reading both files (for scale).
#include "bigdialog.h"
#include "botdiff.h"
#include "botoutline.h"
#include "cbformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dialogsmith;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
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
    return 0;
}
