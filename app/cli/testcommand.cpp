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

/// Runs transcripts on a session: the calling thread's, or one sharing its compiled bot.
class SessionHost final : public TranscriptHost
{
public:
    SessionHost(CliSession &session, RunOptions options)
        : m_session(session)
        , m_options(std::move(options))
    {}
    explicit SessionHost(std::unique_ptr<CliSession> own, RunOptions options)
        : m_own(std::move(own))
        , m_session(*m_own)
        , m_options(std::move(options))
    {}

    ~SessionHost() override { discardRuntime(); }

protected:
    std::unique_ptr<BotRuntime> makeRuntime(const QHash<QString, QString> &environment) override
    {
        RunOptions options = m_options;
        options.environment = environment;
        return m_session.makeRuntime(options);
    }

private:
    std::unique_ptr<CliSession> m_own;
    CliSession &m_session;
    RunOptions m_options;
};

/// Runs `files` on `jobs` threads, each with a session of its own sharing the compiled bot (the
/// first is `session`, on this thread); results in the order of `files`.
std::vector<TranscriptResult> runAll(CliSession &session, const QStringList &files,
                                     const RunOptions &options, bool debug, int jobs)
{
    SuiteOptions suite;
    suite.channel = options.channel;
    suite.environment = options.environment;
    suite.debug = debug;
    suite.jobs = jobs;
    QMutex opening; // one session opens the secret store at a time
    return TestSuite::runAll(files, suite, [&](int worker) -> std::unique_ptr<TranscriptHost> {
        if (worker == 0)
            return std::make_unique<SessionHost>(session, options);
        const QMutexLocker lock(&opening);
        return std::make_unique<SessionHost>(CliSession::share(session), options);
    });
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
            w.writeAttribute(QStringLiteral("message"), TranscriptRunner::difference(v));
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
            "own; the results come in the order given. Without transcripts, runs the bot's\n"
            "tests: those in the folder <name>.tests beside FILE, then those in the folders\n"
            "its \"x-dialogsmith\" object lists as \"testFolders\" (relative to FILE's folder).\n"
            "Prints 'N passed, N failed' and each failure; exits with 1 when a check fails or a\n"
            "transcript cannot run."));
    parser.addPositionalArgument(QStringLiteral("test"), {});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Bot file to run."),
                                 QStringLiteral("FILE"));
    parser.addPositionalArgument(
            QStringLiteral("transcripts"),
            QStringLiteral("Transcript files (default: the bot's tests folders)."),
            QStringLiteral("[TRANSCRIPT...]"));
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
    if (const int code = parseCommandLine(parser, args, 1, out, err, "file argument"); code >= 0)
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
    std::optional<std::pair<int, int>> part;
    if (parser.isSet(shard)) {
        part = parseShard(parser.value(shard));
        if (!part) {
            err << "dialogsmith-cli test: --shard takes I/N with 1 <= I <= N, not '"
                << parser.value(shard) << "'\n";
            return ExitUsage;
        }
    }

    std::unique_ptr<CliSession> session = CliSession::open(positional.at(1), err);
    if (!session)
        return ExitProblems;
    // No transcripts named: the bot's own tests, from <name>.tests/ and its testFolders.
    QStringList files = positional.mid(2);
    if (files.isEmpty()) {
        const QStringList folders = TestSuite::foldersFor(positional.at(1), session->bot());
        files = TestSuite::transcriptsIn(folders);
        if (files.isEmpty()) {
            err << "dialogsmith-cli test: no transcripts given, and none in "
                << folders.join(QStringLiteral(", ")) << "\n"
                << "Try 'dialogsmith-cli test --help'.\n";
            return ExitUsage;
        }
    }
    if (part) {
        QStringList mine;
        for (qsizetype k = 0; k < files.size(); ++k) {
            if (k % part->second == part->first - 1)
                mine.append(files.at(k));
        }
        files = mine;
    }
    const std::vector<TranscriptResult> results
            = runAll(*session, files, options, parser.isSet(debug), jobCount);

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
