#include "testsuite.h"

#include "bot.h"
#include "botmessage.h"
#include "botruntime.h"
#include "conversation.h"
#include "runtimeevent.h"
#include "transcript.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace dialogsmith::runtime {

TranscriptHost::~TranscriptHost() = default;

BotRuntime &TranscriptHost::runtimeFor(const QHash<QString, QString> &environment)
{
    // A script that changed a built-in (Array.prototype, JSON...) would change it for the next
    // transcript: that one gets a new runtime.
    if (m_runtime && m_environment == environment && !m_runtime->builtInsChanged()) {
        m_runtime->forgetUsers();
    } else {
        m_runtime.reset();
        m_runtime = makeRuntime(environment);
        m_environment = environment;
    }
    return *m_runtime;
}

void TranscriptHost::discardRuntime()
{
    m_runtime.reset();
}

OfflineTranscriptHost::OfflineTranscriptHost(std::shared_ptr<const CompiledBot> compiled,
                                             RuntimeOptions options)
    : m_compiled(std::move(compiled))
    , m_options(std::move(options))
{}

OfflineTranscriptHost::~OfflineTranscriptHost()
{
    discardRuntime(); // it uses the transport
}

std::unique_ptr<BotRuntime>
OfflineTranscriptHost::makeRuntime(const QHash<QString, QString> &environment)
{
    RuntimeOptions options = m_options;
    options.environmentOverrides.insert(environment);
    return std::make_unique<BotRuntime>(m_compiled, options, &m_offline, &m_offline);
}

QString TestSuite::userId()
{
    return QStringLiteral("test-user");
}

QString TestSuite::folderFor(const QString &projectPath)
{
    if (projectPath.isEmpty())
        return {};
    const QFileInfo project(projectPath);
    return project.dir().filePath(project.completeBaseName() + QStringLiteral(".tests"));
}

QString TestSuite::foldersKey()
{
    return QStringLiteral("testFolders");
}

QStringList TestSuite::foldersFor(const QString &projectPath, const document::Bot &bot)
{
    const QString main = folderFor(projectPath);
    if (main.isEmpty())
        return {};
    QStringList folders{QDir::cleanPath(main)};
    const QDir projectDir = QFileInfo(projectPath).dir();
    const document::Json &listed = bot.extensionRaw.value(foldersKey());
    for (qsizetype i = 0; listed.isArray() && i < listed.size(); ++i) {
        const document::Json &entry = listed.at(i);
        if (!entry.isString() || entry.toString().trimmed().isEmpty())
            continue;
        const QString folder = QDir::cleanPath(projectDir.absoluteFilePath(entry.toString()));
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

QStringList TestSuite::transcriptsIn(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.transcript")}, QDir::Files,
                           QDir::Name))
            files.append(QDir::cleanPath(dir.filePath(name)));
    }
    return files;
}

QString TestSuite::report(const QString &file, const StepVerdict &verdict)
{
    return QStringLiteral("%1:%2: FAILED: %3\n  expected: %4\n  actual:   %5\n")
            .arg(file)
            .arg(verdict.step.line)
            .arg(verdict.step.source, TranscriptRunner::expected(verdict.step),
                 TranscriptRunner::actual(verdict));
}

TranscriptResult TestSuite::run(TranscriptHost &host, const QString &file,
                                const SuiteOptions &options, const std::atomic<bool> *cancel)
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
    const auto cancelled = [&] {
        out.flush();
        result.cancelled = true;
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        return result;
    };
    if (cancel && *cancel)
        return cancelled();

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(file, f.errorString());
    const document::Result<Transcript> parsed = Transcript::parse(QString::fromUtf8(f.readAll()));
    if (!parsed)
        return fail(file + u':' + QString::number(parsed.error().line), parsed.error().message);
    TranscriptRunner runner(*parsed);
    const Transcript &transcript = runner.transcript();
    // The parser has checked the name.
    Channel channel = options.channel;
    if (!transcript.channel.isEmpty())
        channel = channelFromName(transcript.channel).value_or(channel);
    // The run's values win over the transcript's.
    QHash<QString, QString> environment = transcript.environment;
    environment.insert(options.environment);

    BotRuntime &runtime = host.runtimeFor(environment);
    const document::Result<QString> startDialog = runner.startDialogId(runtime.bot());
    if (!startDialog)
        return fail(file, startDialog.error().message);
    // A transcript that did not run to its end may leave its runtime busy: the next one gets a
    // new runtime. (The guard goes after the conversation, which the runtime would delete.)
    bool finished = false;
    const auto discard = qScopeGuard([&] {
        if (!finished)
            host.discardRuntime();
    });
    const std::unique_ptr<Conversation> conversation(
            runtime.startConversation({channel, userId(), {}}));
    conversation->setCoverage(&result.coverage);
    QObject::connect(conversation.get(), &Conversation::messageSent,
                     [&runner](const BotMessage &m) { runner.messageReceived(m); });
    if (options.debug) {
        QObject::connect(conversation.get(), &Conversation::eventOccurred,
                         [&out](const RuntimeEvent &e) {
                             if (e.type != RuntimeEvent::Type::MessageSent)
                                 out << "# " << e.describe() << "\n";
                         });
    }

    int line = 0; // of the user step being answered, for a timeout
    if (!startDialog->isEmpty()) {
        if (options.debug)
            out << "# start: " << transcript.startDialog << "\n";
        conversation->startInDialog(*startDialog);
    }
    const auto variable = [&conversation](const QString &name) {
        return conversation->variable(name);
    };
    for (;;) {
        if (!waitForTurn(*conversation, options.turnTimeoutMs)) {
            conversation->setCoverage(nullptr);
            return fail(line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file,
                        QStringLiteral("the bot did not answer within %1 s")
                                .arg(options.turnTimeoutMs / 1000));
        }
        const qsizetype checked = runner.verdicts().size();
        const std::optional<Transcript::Step> user = runner.advance(variable);
        for (const StepVerdict &verdict : runner.verdicts().mid(checked)) {
            if (!verdict.passed) {
                out << report(file, verdict);
                result.failures.append(verdict);
            }
        }
        if (!user)
            break;
        if (cancel && *cancel) {
            conversation->setCoverage(nullptr);
            return cancelled();
        }
        line = user->line;
        if (options.debug)
            out << "# user: " << user->text << "\n";
        conversation->send(user->text);
    }
    conversation->setCoverage(nullptr);
    finished = true;
    out.flush();
    result.passed = runner.passed();
    result.failed = runner.failed();
    result.ran = true;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

std::vector<TranscriptResult> TestSuite::runAll(const QStringList &files,
                                                const SuiteOptions &options,
                                                const HostFactory &hosts, const Progress &progress,
                                                const std::atomic<bool> *cancel)
{
    std::vector<TranscriptResult> results(size_t(files.size()));
    std::atomic<qsizetype> next{0};
    const auto work = [&](int worker) {
        std::unique_ptr<TranscriptHost> host = hosts(worker);
        for (qsizetype i = next++; i < files.size(); i = next++) {
            TranscriptResult &result = results[size_t(i)];
            result = run(*host, files.at(i), options, cancel);
            if (progress)
                progress(i, result);
        }
    };
    std::vector<std::unique_ptr<QThread>> threads;
    const qsizetype workers = std::min<qsizetype>(std::max(options.jobs, 1), files.size());
    for (int j = 1; j < workers; ++j) {
        threads.emplace_back(QThread::create(work, j));
        threads.back()->start();
    }
    if (workers > 0)
        work(0);
    for (const auto &thread : threads)
        thread->wait();
    return results;
}

bool waitForTurn(Conversation &conversation, int timeoutMs)
{
    if (!conversation.isBusy())
        return true;
    QEventLoop loop;
    QObject::connect(&conversation, &Conversation::turnFinished, &loop, [&] {
        if (!conversation.isBusy())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !conversation.isBusy();
}

} // namespace dialogsmith::runtime
