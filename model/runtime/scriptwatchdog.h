#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

namespace dialogsmith::runtime {

/// Interrupts a script that runs longer than its budget, from a thread of its own.
///
/// arm() before a script runs, disarm() after it. Arming and disarming only touch atomics, so a
/// script call pays a few nanoseconds; the watchdog thread wakes at most once per budget while
/// scripts run and sleeps otherwise. When the budget runs out the engine is interrupted
/// (`QJSEngine::setInterrupted(true)`: the script sees "Error: Interrupted"), and disarm() clears
/// the flag again and reports it, so the next script runs normally.
class ScriptWatchdog
{
public:
    explicit ScriptWatchdog(QJSEngine *engine);
    ~ScriptWatchdog();

    ScriptWatchdog(const ScriptWatchdog &) = delete;
    ScriptWatchdog &operator=(const ScriptWatchdog &) = delete;

    void arm(std::chrono::milliseconds budget);
    /// True when the budget ran out since arm() (the engine was interrupted).
    bool disarm();

private:
    using Clock = std::chrono::steady_clock;
    static constexpr qint64 disarmed = 0;
    static constexpr qint64 fired = -1;

    void run();

    QJSEngine *m_engine;
    std::atomic<qint64> m_deadline{disarmed}; ///< Clock ticks; 0 disarmed, -1 fired
    std::atomic<bool> m_idle{false};
    bool m_stop = false;
    std::mutex m_mutex; ///< guards m_stop, the idle wait and delivering an interrupt
    std::condition_variable m_wake;
    std::thread m_thread;
};

} // namespace dialogsmith::runtime
