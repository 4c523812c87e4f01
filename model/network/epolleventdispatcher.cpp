#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace dialogsmith::network {

namespace {

constexpr int maxEventsPerWait = 256;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll >= 0 && m_wake >= 0) {
        epoll_event e = {};
        e.events = EPOLLIN;
        e.data.fd = m_wake;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &e);
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void EpollEventDispatcher::updateEpoll(int fd, Sockets &sockets)
{
    quint32 wanted = 0;
    if (sockets.read)
        wanted |= EPOLLIN;
    if (sockets.write)
        wanted |= EPOLLOUT;
    if (sockets.exception)
        wanted |= EPOLLPRI;
    if (wanted == sockets.events)
        return;
    epoll_event e = {};
    e.events = wanted;
    e.data.fd = fd;
    if (sockets.events == 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &e);
    else if (wanted == 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    else
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &e);
    sockets.events = wanted;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Sockets &s = m_sockets[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        s.read = notifier;
        break;
    case QSocketNotifier::Write:
        s.write = notifier;
        break;
    case QSocketNotifier::Exception:
        s.exception = notifier;
        break;
    }
    updateEpoll(fd, s);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_sockets.find(fd);
    if (it == m_sockets.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateEpoll(fd, *it);
    if (!it->read && !it->write && !it->exception)
        m_sockets.erase(it);
}

void EpollEventDispatcher::schedule(Timer &timer, qint64 now)
{
    // Coarse and precise timers alike keep to their interval; very coarse ones to the second.
    qint64 interval = timer.interval;
    if (timer.type == Qt::VeryCoarseTimer)
        interval = std::max<qint64>(1000, (interval + 500) / 1000 * 1000);
    timer.deadline = now + interval;
    timer.queued = true;
    m_deadlines.emplace(timer.deadline, timer.id);
}

void EpollEventDispatcher::unschedule(const Timer &timer)
{
    if (!timer.queued)
        return;
    auto [first, last] = m_deadlines.equal_range(timer.deadline);
    for (auto it = first; it != last; ++it) {
        if (it->second == timer.id) {
            m_deadlines.erase(it);
            return;
        }
    }
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    auto timer = std::make_shared<Timer>();
    timer->id = timerId;
    timer->interval = std::max<qint64>(0, interval);
    timer->type = timerType;
    timer->object = object;
    schedule(*timer, monotonicMs());
    m_timers.insert(timerId, timer);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto timer = m_timers.take(timerId);
    if (!timer)
        return false;
    unschedule(*timer);
    timer->queued = false;
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if ((*it)->object == object) {
            unschedule(**it);
            (*it)->queued = false;
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const auto &t : m_timers) {
        if (t->object == object)
            out.append(TimerInfo(t->id, int(t->interval), t->type));
    }
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto timer = m_timers.value(timerId);
    if (!timer)
        return -1;
    return int(std::max<qint64>(0, timer->deadline - monotonicMs()));
}

int EpollEventDispatcher::timeUntilNextTimer() const
{
    if (m_deadlines.empty())
        return -1;
    return int(std::max<qint64>(0, m_deadlines.begin()->first - monotonicMs()));
}

bool EpollEventDispatcher::activateTimers()
{
    const qint64 now = monotonicMs();
    // The timers due now; a timer that comes due while these run waits for the next round.
    QList<std::shared_ptr<Timer>> due;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const int id = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        if (const auto timer = m_timers.value(id)) {
            timer->queued = false;
            due.append(timer);
        }
    }
    bool sent = false;
    for (const auto &timer : std::as_const(due)) {
        if (m_timers.value(timer->id) != timer)
            continue; // killed by an earlier one
        if (timer->firing) {
            // Its event is running (a nested event loop): it comes due again after that.
            continue;
        }
        schedule(*timer, now);
        timer->firing = true;
        QTimerEvent event(timer->id);
        QCoreApplication::sendEvent(timer->object, &event);
        timer->firing = false;
        if (m_timers.value(timer->id) == timer && !timer->queued)
            schedule(*timer, monotonicMs());
        sent = true;
        if (m_interrupted.loadRelaxed())
            break;
    }
    return sent;
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    const ssize_t written = ::write(m_wake, &one, sizeof one);
    (void)written; // a full counter still wakes the loop
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.loadRelaxed())
        return false;

    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) != 0;
    int timeout = timeUntilNextTimer();
    if (!canWait)
        timeout = 0;
    if (timeout != 0)
        emit aboutToBlock();

    epoll_event events[maxEventsPerWait];
    int ready = -1;
    do {
        ready = ::epoll_wait(m_epoll, events, maxEventsPerWait, timeout);
    } while (ready < 0 && errno == EINTR);

    bool handled = false;
    for (int i = 0; i < ready && !m_interrupted.loadRelaxed(); ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            quint64 count = 0;
            const ssize_t got = ::read(m_wake, &count, sizeof count);
            (void)got;
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue;
        const quint32 e = events[i].events;
        const bool failed = (e & (EPOLLERR | EPOLLHUP)) != 0;
        // Look the notifiers up before each one: an earlier one may have removed the next.
        const auto notify = [&](QSocketNotifier *Sockets::*which) {
            const auto it = m_sockets.constFind(fd);
            if (it == m_sockets.constEnd())
                return;
            QSocketNotifier *notifier = (*it).*which;
            if (!notifier || !notifier->isEnabled())
                return;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            handled = true;
        };
        if (e & (EPOLLIN | EPOLLRDHUP) || failed)
            notify(&Sockets::read);
        if (e & EPOLLOUT || failed)
            notify(&Sockets::write);
        if (e & EPOLLPRI)
            notify(&Sockets::exception);
    }
    if (!m_interrupted.loadRelaxed() && !(flags & QEventLoop::X11ExcludeTimers))
        handled = activateTimers() || handled;
    return handled || ready > 0;
}

} // namespace dialogsmith::network
