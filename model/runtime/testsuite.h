#pragma once

#include "coverage.h"
#include "runtimeoptions.h"
#include "transcriptrunner.h"
#include "transport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace dialogsmith::document {
struct Bot;
}

namespace dialogsmith::runtime {

class BotRuntime;
class CompiledBot;
class Conversation;

/// What one transcript of a suite did: its verdicts, its report and what it reached.
struct TranscriptResult
{
    QString file;
    bool ran = false;       ///< it ran to its end (false: an error stopped it, or it was cancelled)
    bool cancelled = false; ///< the run was cancelled before it ended
    QString output;         ///< failure reports and debug lines, as `dialogsmith-cli test` prints
    QString errors;         ///< error lines, as printed
    QString errorReason;    ///< the first error, for reports
    int passed = 0;
    int failed = 0;
    QList<StepVerdict> failures;
    double seconds = 0;
    CoverageRecorder coverage;

    bool succeeded() const { return ran && failed == 0; }
};

/// Where the transcripts of one worker thread run, one after the other, in one runtime made
/// on that thread: a JavaScript engine costs more to start than most transcripts take. Between
/// transcripts the runtime forgets its users (BotRuntime::forgetUsers()) and every transcript
/// has a conversation of its own, so nothing one transcript leaves reaches the next; a
/// transcript with other `env:` values, one after a transcript whose scripts changed a built-in
/// JavaScript object, or one after a transcript that failed to finish, gets a new runtime.
class TranscriptHost
{
public:
    virtual ~TranscriptHost();
    /// The runtime for the next transcript, whose `{$env.x}` values include `environment` (the
    /// transcript's `env:` lines with the run's values over them).
    BotRuntime &runtimeFor(const QHash<QString, QString> &environment);
    /// Drops the runtime: the next transcript gets a new one.
    void discardRuntime();

protected:
    /// A new runtime for `environment`; a bot compiled once (BotRuntime::compile()) makes it
    /// cheap. Derived hosts call discardRuntime() in their destructor.
    virtual std::unique_ptr<BotRuntime> makeRuntime(const QHash<QString, QString> &environment) = 0;

private:
    std::unique_ptr<BotRuntime> m_runtime;
    QHash<QString, QString> m_environment;
};

/// A host whose runtimes share one compiled bot and send nothing over the network: integrations
/// and agent transfers fail at once (the studio's Tests panel, benchmarks, tests).
class OfflineTranscriptHost final : public TranscriptHost
{
public:
    OfflineTranscriptHost(std::shared_ptr<const CompiledBot> compiled, RuntimeOptions options = {});
    ~OfflineTranscriptHost() override;

protected:
    std::unique_ptr<BotRuntime> makeRuntime(const QHash<QString, QString> &environment) override;

private:
    std::shared_ptr<const CompiledBot> m_compiled;
    RuntimeOptions m_options;
    UnavailableTransport m_offline;
};

/// How a suite runs.
struct SuiteOptions
{
    Channel channel = Channel::Web;      ///< unless a transcript names its own
    QHash<QString, QString> environment; ///< over the transcripts' `env:` values
    bool debug = false;                  ///< add the event log to the output as `# ...` lines
    int jobs = 1;                        ///< worker threads
    int turnTimeoutMs = 30000;           ///< how long the bot may take to answer
};

/// Runs transcript files against a bot, for `dialogsmith-cli test`, the studio's Tests panel and
/// the benchmarks alike.
///
/// Every transcript runs in a conversation of its own (user id "test-user") in a runtime that
/// has forgotten every earlier user: variables kept per user and the context store start empty
/// for each, and after a transcript whose scripts changed a built-in JavaScript object the next
/// one gets a new runtime: transcripts never see each other's state, whatever thread or order
/// they run in.
class TestSuite
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::TestSuite)

public:
    /// The user id every transcript talks as.
    static QString userId();
    /// Where a bot's tests live: `<dir>/<name>.tests` for the project file `<dir>/<name>.json`
    /// (empty for no file).
    static QString folderFor(const QString &projectPath);
    /// The member of the project's `x-dialogsmith` object listing more folders of tests:
    /// `"testFolders": ["tests/smoke", "../shared-tests"]`, relative to the project's folder.
    static QString foldersKey();
    /// Every folder of a bot's tests: folderFor(projectPath), then the folders its
    /// `testFolders` lists (relative ones resolved against the project's folder), cleaned and
    /// without duplicates. Empty for no file; entries that are not strings are skipped.
    static QStringList foldersFor(const QString &projectPath, const document::Bot &bot);
    /// The transcripts (`*.txt`, `*.transcript`) in `folders`: folder by folder, each by name.
    /// Folders that do not exist add nothing.
    static QStringList transcriptsIn(const QStringList &folders);

    /// Makes the host of one worker; `worker` 0 runs on the calling thread, the others on
    /// threads of their own (it is called on that thread).
    using HostFactory = std::function<std::unique_ptr<TranscriptHost>(int worker)>;
    /// Called on a worker's thread when a transcript is done (`index` in `files`).
    using Progress = std::function<void(qsizetype index, const TranscriptResult &result)>;

    /// Runs one transcript file on `host`. `cancel`, when set, stops it after the current turn.
    static TranscriptResult run(TranscriptHost &host, const QString &file,
                                const SuiteOptions &options,
                                const std::atomic<bool> *cancel = nullptr);
    /// Runs `files` on `options.jobs` threads; results in the order of `files`, whatever order
    /// they finish in. After `cancel` is set no transcript starts and the running ones stop;
    /// their results say `cancelled`.
    static std::vector<TranscriptResult>
    runAll(const QStringList &files, const SuiteOptions &options, const HostFactory &hosts,
           const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    /// The report lines of a failed check, as `dialogsmith-cli test` prints them.
    static QString report(const QString &file, const StepVerdict &verdict);
};

/// Waits until the conversation's turn is over (the event loop runs meanwhile); false after
/// `timeoutMs`.
bool waitForTurn(Conversation &conversation, int timeoutMs = 30000);

} // namespace dialogsmith::runtime
