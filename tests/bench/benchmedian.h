#pragma once
// What the benchmarks report: medians of several runs, since the machine they run on is shared
// and noisy.

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace benchmark {

/// The median of `values` (the upper middle one of an even count), 0 when there are none.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The median time in milliseconds of `runs` calls of `work`.
template<typename Work>
double medianMs(int runs, Work &&work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

} // namespace benchmark
