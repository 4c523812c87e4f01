#pragma once

#include "bot.h"
#include "coverage.h"
#include "testsuite.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace dialogsmith::document {
class BotDocument;
struct ProblemLocation;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

/// The bot's tests: the transcripts in `<name>.tests/` beside the project file and in the folders
/// the project lists (`x-dialogsmith.testFolders`). Runs all of them
/// or the selected ones on worker threads (the window stays responsive; a run can be
/// cancelled), with the bot as it is now, offline (integrations and agent transfers fail at
/// once, as with `dialogsmith-cli test --offline`). Shows pass or fail per transcript with the
/// first difference; activating a transcript asks to replay it in the preview.
class TestsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Status { NotRun, Queued, Passed, Failed, Error, Cancelled };

    explicit TestsPanel(document::BotDocument *document, QWidget *parent = nullptr);
    ~TestsPanel() override;

    /// The default tests folder, `<name>.tests` beside the project (empty while the bot has
    /// never been saved).
    QString folder() const;
    /// Every folder this panel lists: folder(), then those the bot's `x-dialogsmith`
    /// `testFolders` names (TestSuite::foldersFor()).
    QStringList folders() const;

    /// Lists the transcripts again (keeping the results of files still there).
    void refresh();
    void runAll();
    void runSelected();
    /// Runs `files` (paths); does nothing while a run goes on.
    void run(const QStringList &files);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    QStringList files() const { return m_files; }
    Status status(const QString &file) const;
    /// "line 3: expected “Hi”, got “Hello”", the error, or empty.
    QString firstDifference(const QString &file) const;
    /// What the last finished run of every transcript reached (merged over its transcripts),
    /// and the bot as it was run. Runs of a selection or cancelled runs leave it as it was.
    const runtime::CoverageRecorder &coverage() const { return m_coverage; }
    const document::Bot &coveredBot() const { return m_coveredBot; }
    /// "3 passed, 1 failed", "No tests", ...
    QString summary() const;

    /// Lists what `report` (on the bot as it is now) says no transcript reached; nullptr: no
    /// run yet.
    void showCoverage(const runtime::CoverageReport *report);
    /// What is not covered: dialog, kind, name per row; Enter or a double-click jumps to it.
    QTreeWidget *uncoveredList() const { return m_uncovered; }
    QLabel *coverageLabel() const { return m_coverageLabel; }

    QTreeWidget *list() const { return m_list; }
    QProgressBar *progress() const { return m_progress; }
    QAction *runAllAction() const { return m_runAll; }
    QAction *runSelectedAction() const { return m_runSelected; }
    QAction *cancelAction() const { return m_cancel; }

signals:
    /// A transcript to replay in the preview.
    void openRequested(const QString &path);
    /// A run ended (finished or cancelled).
    void runFinished(int passed, int failed);
    void summaryChanged(const QString &summary);
    /// A run of every transcript finished: coverage() and coveredBot() are new.
    void coverageChanged();
    /// Jump to something the tests do not reach (a dialog, an interaction, a rule as "rule N").
    void uncoveredActivated(const document::ProblemLocation &location);

private:
    struct Run
    {
        std::atomic<bool> cancel{false};
    };
    struct Entry
    {
        Status status = Status::NotRun;
        QString difference;
        int failedChecks = 0;
    };

    void resultArrived(const QString &file, const runtime::TranscriptResult &result);
    void runDone();
    void updateItem(QTreeWidgetItem *item);
    void updateActions();
    void setSummaryText(const QString &text);
    void setProgressVisible(bool visible);
    QTreeWidgetItem *itemFor(const QString &file) const;
    static QString difference(const runtime::TranscriptResult &result);

    document::BotDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QAction *m_progressAction = nullptr;
    QSplitter *m_splitter;
    QTreeWidget *m_uncovered;
    QLabel *m_coverageLabel;
    QAction *m_runAll;
    QAction *m_runSelected;
    QAction *m_cancel;
    QAction *m_reload;
    QStringList m_files;
    QHash<QString, Entry> m_entries;
    QThread *m_thread = nullptr;
    std::shared_ptr<Run> m_run;
    runtime::CoverageRecorder m_running; ///< merged while a run goes on
    runtime::CoverageRecorder m_coverage;
    document::Bot m_runningBot;
    bool m_runningAll = false;
    document::Bot m_coveredBot;
    int m_done = 0;
};

} // namespace dialogsmith::ui
