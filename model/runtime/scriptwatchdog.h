#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

namespace dialogsmith::runtime {

/// Interrupts a script that runs longer than its budget or makes the process grow by more than
/// its memory limit, from a thread of its own.
///
/// arm() before a script runs, disarm() after it. Arming and disarming only touch atomics, so a
/// script call pays a few nanoseconds. While a script runs, the watchdog thread wakes every few
/// milliseconds to compare the process's resident memory with what it was when it first saw the
/// script (or only at the deadline when there is no memory limit), and sleeps otherwise. When the
/// budget or the memory runs out the engine is interrupted (`QJSEngine::setInterrupted(true)`:
/// the script sees "Error: Interrupted"), and disarm() clears the flag again and says why, so
/// the next script runs normally.
class ScriptWatchdog
{
public:
    enum class Stop {
        None,   ///< the script ended by itself
        Time,   ///< it ran longer than its budget
        Memory, ///< the process grew by more than the memory limit while it ran
    };

    /// `memoryLimit`: bytes the process may grow by during one script; 0 for no limit.
    explicit ScriptWatchdog(QJSEngine *engine, qint64 memoryLimit = 0);
    ~ScriptWatchdog();

    ScriptWatchdog(const ScriptWatchdog &) = delete;
    ScriptWatchdog &operator=(const ScriptWatchdog &) = delete;

    void arm(std::chrono::milliseconds budget);
    /// Why the engine was interrupted since arm(); Stop::None when it was not.
    Stop disarm();

    qint64 memoryLimit() const { return m_memoryLimit.load(); }
    void setMemoryLimit(qint64 bytes) { m_memoryLimit.store(std::max<qint64>(bytes, 0)); }

    /// The process's resident memory in bytes, or -1 where it cannot be read.
    static qint64 residentBytes();

private:
    using Clock = std::chrono::steady_clock;
    static constexpr qint64 disarmed = 0;
    static constexpr qint64 fired = -1;
    static constexpr std::chrono::milliseconds memoryPollInterval{5};

    void run();
    void interrupt(qint64 deadline, Stop why);

    QJSEngine *m_engine;
    std::atomic<qint64> m_deadline{disarmed}; ///< Clock ticks; 0 disarmed, -1 fired
    std::atomic<quint64> m_generation{0};     ///< counts arm() calls: a new script, a new baseline
    std::atomic<qint64> m_memoryLimit;
    std::atomic<bool> m_idle{false};
    bool m_stop = false;
    Stop m_stopped = Stop::None; ///< why it fired; guarded by m_mutex
    std::mutex m_mutex; ///< guards m_stop, m_stopped, the idle wait and delivering an interrupt
    std::condition_variable m_wake;
    std::thread m_thread;
};

} // namespace dialogsmith::runtime
