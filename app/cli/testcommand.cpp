#include "clicommands.h"
#include "clisession.h"
#include "conversation.h"
#include "coverage.h"
#include "projectfile.h"
#include "runtimecommands.h"
#include "transcript.h"
#include "transcriptrunner.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTextStream>
#include <QThread>
#include <QXmlStreamWriter>

#include <atomic>
#include <memory>
#include <vector>

namespace dialogsmith::cli {

using namespace runtime;

namespace {

/// What one transcript did: its verdicts, what it printed, and what it reached.
struct TranscriptResult
{
    QString file;
    bool ran = false;    ///< it could run to its end (false: an error stopped it)
    QString output;      ///< failure reports and --debug lines, as printed
    QString errors;      ///< error lines, as printed
    QString errorReason; ///< the first error, for reports
    int passed = 0;
    int failed = 0;
    QList<StepVerdict> failures;
    double seconds = 0;
    CoverageRecorder coverage;
};

void report(QTextStream &out, const QString &file, const StepVerdict &verdict)
{
    out << file << ":" << verdict.step.line << ": FAILED: " << verdict.step.source << "\n"
        << "  expected: " << TranscriptRunner::expected(verdict.step) << "\n"
        << "  actual:   " << TranscriptRunner::actual(verdict) << "\n";
}

/// Runs one transcript in a conversation of its own on `session`.
TranscriptResult runTranscript(CliSession &session, const QString &file, RunOptions options,
                               bool debug)
{
    TranscriptResult result;
    result.file = file;
    QElapsedTimer timer;
    timer.start();
    QTextStream out(&result.output);
    QTextStream err(&result.errors);
    const auto fail = [&](const QString &where, const QString &reason) {
        err << where << ": error: " << reason << "\n";
        err.flush();
        out.flush();
        result.errorReason = reason;
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        return result;
    };

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(file, f.errorString());
    const document::Result<Transcript> parsed = Transcript::parse(QString::fromUtf8(f.readAll()));
    if (!parsed)
        return fail(file + u':' + QString::number(parsed.error().line), parsed.error().message);
    TranscriptRunner runner(*parsed);
    const Transcript &transcript = runner.transcript();
    // The parser has checked the name.
    if (!transcript.channel.isEmpty())
        options.channel = channelFromName(transcript.channel).value_or(options.channel);
    // The command line's --env wins over the transcript's.
    QHash<QString, QString> environment = transcript.environment;
    environment.insert(options.environment);
    options.environment = environment;

    std::unique_ptr<BotRuntime> runtime = session.makeRuntime(options);
    const document::Result<QString> startDialog = runner.startDialogId(runtime->bot());
    if (!startDialog)
        return fail(file, startDialog.error().message);
    Conversation *conversation
            = runtime->startConversation({options.channel, QStringLiteral("test-user"), {}});
    conversation->setCoverage(&result.coverage);
    QObject::connect(conversation, &Conversation::messageSent,
                     [&runner](const BotMessage &m) { runner.messageReceived(m); });
    if (debug) {
        QObject::connect(conversation, &Conversation::eventOccurred, [&out](const RuntimeEvent &e) {
            if (e.type != RuntimeEvent::Type::MessageSent)
                out << "# " << e.describe() << "\n";
        });
    }

    int line = 0; // of the user step being answered, for a timeout
    if (!startDialog->isEmpty()) {
        if (debug)
            out << "# start: " << transcript.startDialog << "\n";
        conversation->startInDialog(*startDialog);
    }
    const auto variable = [conversation](const QString &name) {
        return conversation->variable(name);
    };
    for (;;) {
        if (!waitForTurn(*conversation)) {
            conversation->setCoverage(nullptr);
            return fail(line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file,
                        QStringLiteral("the bot did not answer within 30 s"));
        }
        const qsizetype checked = runner.verdicts().size();
        const std::optional<Transcript::Step> user = runner.advance(variable);
        for (const StepVerdict &verdict : runner.verdicts().mid(checked)) {
            if (!verdict.passed) {
                report(out, file, verdict);
                result.failures.append(verdict);
            }
        }
        if (!user)
            break;
        line = user->line;
        if (debug)
            out << "# user: " << user->text << "\n";
        conversation->send(user->text);
    }
    conversation->setCoverage(nullptr);
    out.flush();
    result.passed = runner.passed();
    result.failed = runner.failed();
    result.ran = true;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

/// Runs `files` on `jobs` threads, each with a session of its own (the first is `session`, on
/// this thread); results in the order of `files`, whatever order they finish in.
std::vector<TranscriptResult> runAll(CliSession &session, const QString &botFile,
                                     const QStringList &files, const RunOptions &options,
                                     bool debug, int jobs)
{
    std::vector<TranscriptResult> results(size_t(files.size()));
    std::atomic<qsizetype> next{0};
    const auto work = [&](CliSession &mine) {
        for (qsizetype i = next++; i < files.size(); i = next++)
            results[size_t(i)] = runTranscript(mine, files.at(i), options, debug);
    };
    std::vector<std::unique_ptr<QThread>> threads;
    QMutex opening; // one session reads the secret store at a time
    for (int j = 1; j < std::min<qsizetype>(jobs, files.size()); ++j) {
        threads.emplace_back(QThread::create([&] {
            std::unique_ptr<CliSession> mine;
            {
                const QMutexLocker lock(&opening);
                QString ignored; // this thread's session says nothing the first did not say
                QTextStream quiet(&ignored);
                mine = CliSession::open(botFile, quiet);
            }
            if (mine)
                work(*mine);
        }));
        threads.back()->start();
    }
    work(session);
    for (const auto &thread : threads)
        thread->wait();
    return results;
}

/// `I/N` with 1 <= I <= N.
std::optional<std::pair<int, int>> parseShard(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return std::nullopt;
    bool okIndex = false;
    bool okCount = false;
    const int index = parts.at(0).toInt(&okIndex);
    const int count = parts.at(1).toInt(&okCount);
    if (!okIndex || !okCount || count < 1 || index < 1 || index > count)
        return std::nullopt;
    return std::pair{index, count};
}

QString percent(const CoverageTally &t)
{
    return QString::number(t.percent(), 'f', 1) + u'%';
}

void printCoverage(QTextStream &out, const document::Bot &bot, const CoverageReport &report)
{
    out << "coverage: " << percent(report.total) << " (" << report.total.covered << " of "
        << report.total.total << ")\n";
    QStringList kinds;
    for (const CoverageItem::Kind kind :
         {CoverageItem::Kind::Interaction, CoverageItem::Kind::Rule, CoverageItem::Kind::Starter,
          CoverageItem::Kind::IntegrationSuccess, CoverageItem::Kind::IntegrationFailure,
          CoverageItem::Kind::Fallback}) {
        if (!report.perKind.contains(kind))
            continue;
        const CoverageTally t = report.perKind.value(kind);
        kinds.append(QStringLiteral("%1 %2 of %3")
                             .arg(CoverageReport::kindName(kind))
                             .arg(t.covered)
                             .arg(t.total));
    }
    out << "  " << kinds.join(QLatin1String(", ")) << "\n";
    for (const document::Dialog &d : bot.dialogs) {
        if (!report.perDialog.contains(d.id))
            continue;
        const CoverageTally t = report.perDialog.value(d.id);
        out << "  dialog \"" << d.name << "\": " << percent(t) << " (" << t.covered << " of "
            << t.total << ")\n";
    }
    bool heading = false;
    for (const CoverageItem &item : report.items) {
        if (item.covered)
            continue;
        if (!heading)
            out << "not covered:\n";
        heading = true;
        out << "  " << CoverageReport::kindName(item.kind) << " \"" << item.label << "\"\n";
    }
}

QJsonObject tallyJson(const CoverageTally &t)
{
    return QJsonObject{{QStringLiteral("covered"), t.covered},
                       {QStringLiteral("total"), t.total},
                       {QStringLiteral("percent"), t.percent()}};
}

QJsonObject coverageJson(const document::Bot &bot, const CoverageReport &report)
{
    QJsonObject kinds;
    for (auto it = report.perKind.cbegin(); it != report.perKind.cend(); ++it)
        kinds.insert(CoverageReport::kindName(it.key()), tallyJson(it.value()));
    QJsonArray dialogs;
    for (const document::Dialog &d : bot.dialogs) {
        if (!report.perDialog.contains(d.id))
            continue;
        QJsonObject o = tallyJson(report.perDialog.value(d.id));
        o.insert(QStringLiteral("id"), d.id);
        o.insert(QStringLiteral("name"), d.name);
        dialogs.append(o);
    }
    QJsonArray uncovered;
    for (const CoverageItem &item : report.items) {
        if (item.covered)
            continue;
        QJsonObject o{{QStringLiteral("kind"), CoverageReport::kindName(item.kind)},
                      {QStringLiteral("label"), item.label},
                      {QStringLiteral("dialogId"), item.dialogId}};
        if (!item.interactionId.isEmpty())
            o.insert(QStringLiteral("interactionId"), item.interactionId);
        if (item.rule >= 0)
            o.insert(QStringLiteral("rule"), item.rule);
        uncovered.append(o);
    }
    QJsonObject json = tallyJson(report.total);
    json.insert(QStringLiteral("kinds"), kinds);
    json.insert(QStringLiteral("dialogs"), dialogs);
    json.insert(QStringLiteral("uncovered"), uncovered);
    return json;
}

QJsonObject resultJson(const TranscriptResult &r)
{
    QJsonArray failures;
    for (const StepVerdict &v : r.failures)
        failures.append(
                QJsonObject{{QStringLiteral("line"), v.step.line},
                            {QStringLiteral("step"), v.step.source},
                            {QStringLiteral("expected"), TranscriptRunner::expected(v.step)},
                            {QStringLiteral("actual"), TranscriptRunner::actual(v)}});
    QJsonObject o{{QStringLiteral("file"), r.file},
                  {QStringLiteral("passed"), r.passed},
                  {QStringLiteral("failed"), r.failed},
                  {QStringLiteral("seconds"), r.seconds},
                  {QStringLiteral("failures"), failures}};
    if (!r.ran)
        o.insert(QStringLiteral("error"), r.errorReason);
    return o;
}

/// JUnit XML as CI systems read it: one testsuite for the bot, one testcase per transcript
/// with a <failure> per failed check or an <error> when it could not run.
QByteArray junitXml(const QString &botName, const QString &botFile,
                    const std::vector<TranscriptResult> &results)
{
    int failures = 0;
    int errors = 0;
    double seconds = 0;
    for (const TranscriptResult &r : results) {
        failures += r.ran && r.failed > 0 ? 1 : 0;
        errors += r.ran ? 0 : 1;
        seconds += r.seconds;
    }
    const QString tests = QString::number(results.size());
    const QString time = QString::number(seconds, 'f', 3);
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("dialogsmith-cli test"));
    w.writeAttribute(QStringLiteral("tests"), tests);
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeAttribute(QStringLiteral("time"), time);
    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), botName);
    w.writeAttribute(QStringLiteral("tests"), tests);
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("time"), time);
    w.writeAttribute(QStringLiteral("timestamp"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    w.writeAttribute(QStringLiteral("file"), botFile);
    for (const TranscriptResult &r : results) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("name"), QFileInfo(r.file).fileName());
        w.writeAttribute(QStringLiteral("classname"), botName);
        w.writeAttribute(QStringLiteral("file"), r.file);
        w.writeAttribute(QStringLiteral("time"), QString::number(r.seconds, 'f', 3));
        if (!r.ran) {
            w.writeStartElement(QStringLiteral("error"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("error"));
            w.writeAttribute(QStringLiteral("message"), r.errorReason);
            w.writeCharacters(r.errors);
            w.writeEndElement();
        }
        for (const StepVerdict &v : r.failures) {
            w.writeStartElement(QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("transcript"));
            w.writeAttribute(
                    QStringLiteral("message"),
                    QStringLiteral("line %1: expected %2, got %3")
                            .arg(v.step.line)
                            .arg(TranscriptRunner::expected(v.step), TranscriptRunner::actual(v)));
            w.writeCharacters(
                    QStringLiteral("%1:%2: %3\n").arg(r.file).arg(v.step.line).arg(v.step.source));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace

int runTest(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Run conversation tests. A transcript has 'user: TEXT' lines (send a message),\n"
            "'bot: TEXT' (the next bot message is TEXT, blanks around it aside), 'bot~ PATTERN'\n"
            "(it matches a CB pattern), 'var NAME = VALUE' (a bot variable), 'channel:\n"
            "web|messaging', 'env: KEY=VALUE' and 'start: DIALOG' (set-up: the conversation\n"
            "begins in that dialog), and '#' comments. Bot messages no 'bot' line names before\n"
            "the next 'user' line are ignored; line breaks in a bot message are written \\n. The\n"
            "user id is 'test-user'. Transcripts run in parallel, each in a conversation of its\n"
            "own; the results come in the order given. Prints 'N passed, N failed' and each\n"
            "failure; exits with 1 when a check fails or a transcript cannot run."));
    parser.addPositionalArgument(QStringLiteral("test"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to run."),
                                 QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("transcripts"), QStringLiteral("Transcript files."),
                                 QStringLiteral("TRANSCRIPT..."));
    addRunOptions(parser);
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Also print the event log as '# ...' lines."));
    const QCommandLineOption jobs(
            {QStringLiteral("j"), QStringLiteral("jobs")},
            QStringLiteral("Run N transcripts at a time (default: the number of cores)."),
            QStringLiteral("N"));
    const QCommandLineOption shard(
            QStringLiteral("shard"),
            QStringLiteral("Run only part I of N of the transcripts (the k-th given, counting "
                           "from 0, is in part k mod N + 1), to split a suite across machines."),
            QStringLiteral("I/N"));
    const QCommandLineOption coverage(
            QStringLiteral("coverage"),
            QStringLiteral("Print which interactions, rules, dialog starters, integration "
                           "outcomes and fallback the transcripts reached, and what they did "
                           "not."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the results (and coverage) as JSON."));
    const QCommandLineOption junit(QStringLiteral("junit"),
                                   QStringLiteral("Also write the results as JUnit XML to FILE."),
                                   QStringLiteral("FILE"));
    for (const QCommandLineOption &o : {debug, jobs, shard, coverage, json, junit})
        parser.addOption(o);
    if (const int code = parseCommandLine(parser, args, 2, out, err); code >= 0)
        return code;
    RunOptions options;
    if (!readRunOptions(parser, QStringLiteral("test"), options, err))
        return ExitUsage;
    int jobCount = QThread::idealThreadCount();
    if (parser.isSet(jobs)) {
        bool ok = false;
        jobCount = parser.value(jobs).toInt(&ok);
        if (!ok || jobCount < 1 || jobCount > 256) {
            err << "dialogsmith-cli test: -j takes a number from 1 to 256, not '"
                << parser.value(jobs) << "'\n";
            return ExitUsage;
        }
    }
    const QStringList positional = parser.positionalArguments();
    QStringList files = positional.mid(2);
    if (parser.isSet(shard)) {
        const auto part = parseShard(parser.value(shard));
        if (!part) {
            err << "dialogsmith-cli test: --shard takes I/N with 1 <= I <= N, not '"
                << parser.value(shard) << "'\n";
            return ExitUsage;
        }
        QStringList mine;
        for (qsizetype k = 0; k < files.size(); ++k) {
            if (k % part->second == part->first - 1)
                mine.append(files.at(k));
        }
        files = mine;
    }

    std::unique_ptr<CliSession> session = CliSession::open(positional.at(1), err);
    if (!session)
        return ExitProblems;
    const std::vector<TranscriptResult> results
            = runAll(*session, positional.at(1), files, options, parser.isSet(debug), jobCount);

    int passed = 0;
    int failed = 0;
    bool allRan = true;
    CoverageRecorder reached;
    for (const TranscriptResult &r : results) {
        err << r.errors;
        if (!parser.isSet(json))
            out << r.output;
        passed += r.passed;
        failed += r.failed;
        allRan = allRan && r.ran;
        reached.merge(r.coverage);
    }
    const document::Bot &bot = session->bot();
    if (parser.isSet(json)) {
        QJsonArray transcripts;
        for (const TranscriptResult &r : results)
            transcripts.append(resultJson(r));
        QJsonObject root{{QStringLiteral("passed"), passed},
                         {QStringLiteral("failed"), failed},
                         {QStringLiteral("transcripts"), transcripts}};
        if (parser.isSet(coverage))
            root.insert(QStringLiteral("coverage"),
                        coverageJson(bot, CoverageReport::of(bot, reached)));
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << passed << " passed, " << failed << " failed\n";
        if (parser.isSet(coverage))
            printCoverage(out, bot, CoverageReport::of(bot, reached));
    }
    if (parser.isSet(junit)) {
        const document::Result<void> written = format::writeFileAtomically(
                parser.value(junit), junitXml(bot.name, positional.at(1), results));
        if (!written) {
            err << parser.value(junit) << ": error: " << written.error().message << "\n";
            return ExitProblems;
        }
    }
    return allRan && failed == 0 ? ExitOk : ExitProblems;
}

} // namespace dialogsmith::cli
