#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <map>
#include <memory>

namespace dialogsmith::network {

/// An event dispatcher for servers with thousands of connections (the local cloud, its
/// benchmark), on Linux's epoll: waiting for sockets costs the same with ten connections as
/// with ten thousand, and turning a socket's write notifier on and off (which QTcpSocket does
/// for every write) is one system call, where Qt's own dispatchers go over every registered
/// socket each time. Timers, posted events, wakeUp() and interrupt() behave as Qt's.
///
/// Install it for the main thread before the application object exists:
/// `QCoreApplication::setEventDispatcher(new EpollEventDispatcher)`.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    /// Whether the system gave an epoll and an eventfd (false: use Qt's dispatcher instead).
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct Sockets
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; ///< what epoll watches for
    };
    struct Timer
    {
        int id = 0;
        qint64 interval = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadline = 0; ///< ms on the monotonic clock
        bool queued = false; ///< `deadline` is in m_deadlines
        bool firing = false; ///< its timer event is being delivered
    };

    void updateEpoll(int fd, Sockets &sockets);
    /// Sends the timer events that are due; true when one was sent.
    bool activateTimers();
    /// ms until the next timer is due (0: one is due, -1: none).
    int timeUntilNextTimer() const;
    void schedule(Timer &timer, qint64 now);
    void unschedule(const Timer &timer);

    int m_epoll = -1;
    int m_wake = -1;
    QHash<int, Sockets> m_sockets;
    QHash<int, std::shared_ptr<Timer>> m_timers;
    std::multimap<qint64, int> m_deadlines; ///< deadline -> timer id
    QAtomicInt m_interrupted = 0;
};

} // namespace dialogsmith::network
