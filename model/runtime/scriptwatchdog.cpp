#include "scriptwatchdog.h"

#include <QJSEngine>

#include <cstdio>

#include <unistd.h>

namespace dialogsmith::runtime {

ScriptWatchdog::ScriptWatchdog(QJSEngine *engine, qint64 memoryLimit)
    : m_engine(engine)
    , m_memoryLimit(std::max<qint64>(memoryLimit, 0))
    , m_thread([this] { run(); })
{}

ScriptWatchdog::~ScriptWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

qint64 ScriptWatchdog::residentBytes()
{
    // Linux: the second field of /proc/self/statm is the resident set in pages.
    std::FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return -1;
    long long size = 0;
    long long resident = 0;
    const int read = std::fscanf(statm, "%lld %lld", &size, &resident);
    std::fclose(statm);
    if (read != 2)
        return -1;
    return qint64(resident) * qint64(sysconf(_SC_PAGESIZE));
}

void ScriptWatchdog::arm(std::chrono::milliseconds budget)
{
    const qint64 deadline = (Clock::now() + budget).time_since_epoch().count();
    m_generation.fetch_add(1);
    m_deadline.store(std::max<qint64>(deadline, 1));
    // Only an idle watchdog needs waking: a sleeping one re-reads the deadline when it wakes.
    if (m_idle.load()) {
        std::lock_guard lock(m_mutex);
        m_wake.notify_one();
    }
}

ScriptWatchdog::Stop ScriptWatchdog::disarm()
{
    if (m_deadline.exchange(disarmed) != fired)
        return Stop::None;
    // The watchdog fired: wait until it has delivered the interrupt, then take it back.
    std::lock_guard lock(m_mutex);
    m_engine->setInterrupted(false);
    return std::exchange(m_stopped, Stop::None);
}

void ScriptWatchdog::interrupt(qint64 deadline, Stop why)
{
    // Still the same script? Then it is stopped (called with m_mutex held).
    if (m_deadline.compare_exchange_strong(deadline, fired)) {
        m_stopped = why;
        m_engine->setInterrupted(true);
    }
}

void ScriptWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    quint64 seen = 0;
    qint64 baseline = -1;
    while (!m_stop) {
        const qint64 deadline = m_deadline.load();
        if (deadline == disarmed || deadline == fired) {
            m_idle.store(true);
            // Re-check after announcing idleness: arm() either sees m_idle or we see its deadline.
            m_wake.wait(lock, [this] {
                const qint64 d = m_deadline.load();
                return m_stop || (d != disarmed && d != fired);
            });
            m_idle.store(false);
            continue;
        }
        const qint64 limit = m_memoryLimit.load();
        if (limit > 0) {
            // The first look at a script takes the baseline; later ones compare with it.
            const quint64 generation = m_generation.load();
            const qint64 resident = residentBytes();
            if (generation != seen) {
                seen = generation;
                baseline = resident;
            } else if (resident >= 0 && baseline >= 0 && resident - baseline > limit) {
                interrupt(deadline, Stop::Memory);
                continue;
            }
        }
        const Clock::time_point at{Clock::duration(deadline)};
        const Clock::time_point now = Clock::now();
        if (now < at) {
            m_wake.wait_until(lock, limit > 0 ? std::min(at, now + memoryPollInterval) : at);
            continue;
        }
        interrupt(deadline, Stop::Time);
    }
}

} // namespace dialogsmith::runtime
