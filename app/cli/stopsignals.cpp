#include "stopsignals.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dialogsmith::cli {

namespace {

/// The write end gets one byte per signal.
int signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int signal)
{
    const char byte = char(signal);
    const ssize_t written = ::write(signalPipe[1], &byte, 1);
    (void)written; // a full pipe already holds a stop request
}

} // namespace

StopSignals::StopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    ::fcntl(signalPipe[1], F_SETFL, ::fcntl(signalPipe[1], F_GETFL) | O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, &m_oldPipe);
    m_installed = true;
}

StopSignals::~StopSignals()
{
    if (!m_installed)
        return;
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    ::sigaction(SIGPIPE, &m_oldPipe, nullptr);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

QString StopSignals::wait()
{
    QEventLoop loop;
    QString stoppedBy;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char byte = 0;
        if (::read(signalPipe[0], &byte, 1) == 1)
            stoppedBy = byte == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
        loop.quit();
    });
    loop.exec();
    return stoppedBy;
}

} // namespace dialogsmith::cli
