#pragma once

// Shared by the fuzz targets: every target defines LLVMFuzzerTestOneInput(); built with clang's
// libFuzzer (preset `fuzz`) it is fuzzed, built by any compiler with replay.cpp it runs the
// inputs kept in tests/data (seeds and every crash found) under ctest.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace fuzzing {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input cut at its first NUL bytes into up to `count` parts (the last takes the rest).
inline QStringList parts(const uint8_t *data, size_t size, int count)
{
    QStringList out;
    QByteArray rest = bytes(data, size);
    while (out.size() < count - 1) {
        const qsizetype zero = rest.indexOf('\0');
        if (zero < 0)
            break;
        out.append(QString::fromUtf8(rest.left(zero)));
        rest = rest.mid(zero + 1);
    }
    out.append(QString::fromUtf8(rest));
    while (out.size() < count)
        out.append(QString());
    return out;
}

/// A broken invariant: a crash, so that the fuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "invariant broken: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

/// Milliseconds of CPU time this thread spent since construction. A fuzzer runs niced beside
/// other work, so wall-clock time measures the machine's load as much as the code: a pattern
/// that matches in 50 ms took over 2 s of wall-clock time in a starved run.
class CpuTimer
{
public:
    CpuTimer()
        : m_start(now())
    {}
    long long elapsedMs() const { return (now() - m_start) / 1000000; }

private:
    static long long now()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<long long>(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    long long m_start;
};

} // namespace fuzzing

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fuzzing::fail(#condition, detail);                                                     \
    } while (false)
