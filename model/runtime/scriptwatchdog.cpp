#include "scriptwatchdog.h"

#include <QJSEngine>

namespace dialogsmith::runtime {

ScriptWatchdog::ScriptWatchdog(QJSEngine *engine)
    : m_engine(engine)
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

void ScriptWatchdog::arm(std::chrono::milliseconds budget)
{
    const qint64 deadline = (Clock::now() + budget).time_since_epoch().count();
    m_deadline.store(std::max<qint64>(deadline, 1));
    // Only an idle watchdog needs waking: a sleeping one re-reads the deadline when it wakes.
    if (m_idle.load()) {
        std::lock_guard lock(m_mutex);
        m_wake.notify_one();
    }
}

bool ScriptWatchdog::disarm()
{
    if (m_deadline.exchange(disarmed) != fired)
        return false;
    // The watchdog fired: wait until it has delivered the interrupt, then take it back.
    std::lock_guard lock(m_mutex);
    m_engine->setInterrupted(false);
    return true;
}

void ScriptWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        qint64 deadline = m_deadline.load();
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
        const Clock::time_point at{Clock::duration(deadline)};
        if (Clock::now() < at) {
            m_wake.wait_until(lock, at);
            continue;
        }
        // Still the same script? Then it ran out of time.
        if (m_deadline.compare_exchange_strong(deadline, fired))
            m_engine->setInterrupted(true);
    }
}

} // namespace dialogsmith::runtime
