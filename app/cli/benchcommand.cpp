#include "clicommands.h"
#include "clisession.h"
#include "conversation.h"
#include "runtimecommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include <sys/resource.h>

namespace dialogsmith::cli {

using namespace runtime;

namespace {

using Clock = std::chrono::steady_clock;

struct Phase
{
    double turnsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int silentTurns = 0; ///< turns that sent no message
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

/// Runs `turns` turns: turn i goes to conversation i % C and each conversation cycles through
/// the messages, starting at its own offset (as the peer benchmark does).
Phase runPhase(BotRuntime &runtime, const RunOptions &options, const QStringList &messages,
               int turns, int conversationCount, const QString &userPrefix)
{
    std::vector<Conversation *> conversations;
    int sent = 0;
    for (int c = 0; c < conversationCount; ++c) {
        Conversation *conversation
                = runtime.startConversation({options.channel, userPrefix + QString::number(c), {}});
        QObject::connect(conversation, &Conversation::messageSent, [&sent] { ++sent; });
        conversations.push_back(conversation);
    }

    std::vector<double> latencies;
    latencies.reserve(size_t(turns));
    Phase phase;
    const Clock::time_point start = Clock::now();
    for (int i = 0; i < turns; ++i) {
        const int c = i % conversationCount;
        const int round = i / conversationCount;
        Conversation &conversation = *conversations[size_t(c)];
        const QString &message = messages.at((c + round) % messages.size());
        const int before = sent;
        const Clock::time_point t0 = Clock::now();
        conversation.send(message);
        waitForTurn(conversation);
        latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (sent == before)
            ++phase.silentTurns;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    phase.turnsPerSecond = seconds > 0 ? turns / seconds : 0;
    phase.p50Ms = percentile(latencies, 50);
    phase.p99Ms = percentile(latencies, 99);
    for (Conversation *conversation : conversations)
        delete conversation;
    return phase;
}

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

QJsonObject toJson(const Phase &p)
{
    return {{QStringLiteral("turns_per_s"), qRound(p.turnsPerSecond)},
            {QStringLiteral("p50_ms"), p.p50Ms},
            {QStringLiteral("p99_ms"), p.p99Ms},
            {QStringLiteral("silent_turns"), p.silentTurns}};
}

} // namespace

int runBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Measure the runtime: N turns cycling over the messages, first in one conversation,\n"
            "then spread over many. Prints turns/s, p50/p99 turn latency and peak memory."));
    parser.addPositionalArgument(QStringLiteral("bench"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to run."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption turnsOption(QStringLiteral("turns"),
                                         QStringLiteral("Measured turns per phase."),
                                         QStringLiteral("N"));
    const QCommandLineOption messageOption(QStringLiteral("message"),
                                           QStringLiteral("A user message (repeatable)."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption conversationsOption(
            QStringLiteral("conversations"),
            QStringLiteral("Conversations of the second phase (default 1000)."),
            QStringLiteral("C"), QStringLiteral("1000"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Unmeasured turns first (default 1000)."),
                                          QStringLiteral("W"), QStringLiteral("1000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object."));
    parser.addOptions({turnsOption, messageOption, conversationsOption, warmupOption, jsonOption});
    addRunOptions(parser);
    if (const int code = parseCommandLine(parser, args, 1, out, err); code >= 0)
        return code;
    RunOptions options;
    if (!readRunOptions(parser, QStringLiteral("bench"), options, err))
        return ExitUsage;

    bool ok = false;
    const int turns = parser.value(turnsOption).toInt(&ok);
    if (!parser.isSet(turnsOption) || !ok || turns <= 0) {
        err << "dialogsmith-cli bench: --turns N with N > 0 is required\n";
        return ExitUsage;
    }
    const int conversationCount = parser.value(conversationsOption).toInt(&ok);
    if (!ok || conversationCount <= 0) {
        err << "dialogsmith-cli bench: --conversations needs a number above 0\n";
        return ExitUsage;
    }
    const int warmup = parser.value(warmupOption).toInt(&ok);
    if (!ok || warmup < 0) {
        err << "dialogsmith-cli bench: --warmup needs a number of turns\n";
        return ExitUsage;
    }
    const QStringList messages = parser.values(messageOption);
    if (messages.isEmpty()) {
        err << "dialogsmith-cli bench: give at least one --message TEXT\n";
        return ExitUsage;
    }

    const QString file = parser.positionalArguments().value(1);
    std::unique_ptr<CliSession> session = CliSession::open(file, err);
    if (!session)
        return ExitProblems;
    std::unique_ptr<BotRuntime> runtime = session->makeRuntime(options);

    if (warmup > 0)
        runPhase(*runtime, options, messages, warmup, std::min(warmup, conversationCount),
                 QStringLiteral("warmup-"));
    const Phase one = runPhase(*runtime, options, messages, turns, 1, QStringLiteral("one-"));
    const Phase many = runPhase(*runtime, options, messages, turns, conversationCount,
                                QStringLiteral("many-"));
    const double memory = peakMemoryMb();

    if (parser.isSet(jsonOption)) {
        const QJsonObject result{{QStringLiteral("bot"), QFileInfo(file).fileName()},
                                 {QStringLiteral("channel"), channelName(options.channel)},
                                 {QStringLiteral("turns"), turns},
                                 {QStringLiteral("warmup"), warmup},
                                 {QStringLiteral("conversations"), conversationCount},
                                 {QStringLiteral("one_conversation"), toJson(one)},
                                 {QStringLiteral("many_conversations"), toJson(many)},
                                 {QStringLiteral("peak_rss_mb"), memory}};
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    auto line = [&out](const QString &label, const Phase &p) {
        out << label << ": " << qRound(p.turnsPerSecond) << " turns/s, p50 "
            << QString::number(p.p50Ms, 'f', 3) << " ms, p99 " << QString::number(p.p99Ms, 'f', 3)
            << " ms";
        if (p.silentTurns > 0)
            out << ", " << p.silentTurns << " turns without a reply";
        out << "\n";
    };
    out << "bench: " << QFileInfo(file).fileName() << ", channel " << channelName(options.channel)
        << ", " << messages.size() << (messages.size() == 1 ? " message" : " messages") << ", "
        << turns << " turns per phase after " << warmup << " warm-up turns\n";
    line(QStringLiteral("1 conversation"), one);
    line(QStringLiteral("%1 conversations").arg(conversationCount), many);
    out << "peak memory: " << QString::number(memory, 'f', 1) << " MB\n";
    return ExitOk;
}

} // namespace dialogsmith::cli
