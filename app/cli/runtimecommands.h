#pragma once

#include <QStringList>

class QTextStream;

namespace dialogsmith::cli {

/// `chat FILE`: a conversation over stdin/stdout.
int runChat(const QStringList &args, QTextStream &out, QTextStream &err);
/// `test FILE TRANSCRIPT...`: conversation tests.
int runTest(const QStringList &args, QTextStream &out, QTextStream &err);
/// `bench FILE --turns N --message TEXT...`: throughput, latency and memory.
int runBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace dialogsmith::cli
