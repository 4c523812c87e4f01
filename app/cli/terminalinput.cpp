#include "terminalinput.h"

#include <QTextStream>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

namespace dialogsmith::cli {

std::optional<QByteArray> readHiddenInput(const QString &prompt, QTextStream &err)
{
    QByteArray value;
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    char chunk[4096];
    bool ok = true;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            ok = false;
        if (n <= 0)
            break;
        value.append(chunk, n);
        if (terminal && value.contains('\n'))
            break; // a terminal gives one line
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << "\n" << Qt::flush;
        value = value.left(value.indexOf('\n') < 0 ? value.size() : value.indexOf('\n'));
    }
    if (!ok)
        return std::nullopt;
    if (value.endsWith('\n'))
        value.chop(1);
    if (value.endsWith('\r'))
        value.chop(1);
    return value;
}

} // namespace dialogsmith::cli
