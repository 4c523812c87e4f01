#pragma once

#include <QString>

#include <csignal>

namespace dialogsmith::cli {

/// SIGINT and SIGTERM, for the commands that serve until they are stopped (agent-desk, cloud):
/// the handler only writes a byte to a socket pair, and wait() runs the event loop until one
/// arrives, so everything else happens outside the handler. A closed stdout (SIGPIPE) does not
/// end the process. The old handlers come back when this goes.
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    bool installed() const { return m_installed; }
    /// Runs the event loop until SIGINT or SIGTERM; returns "SIGINT" or "SIGTERM".
    QString wait();

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    struct sigaction m_oldPipe = {};
    bool m_installed = false;
};

} // namespace dialogsmith::cli
