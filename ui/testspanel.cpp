#include "testspanel.h"

#include "botdocument.h"
#include "botruntime.h"
#include "typeicons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QThread>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using namespace runtime;

namespace {
constexpr int pathRole = Qt::UserRole;
}

TestsPanel::TestsPanel(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runAll = tools->addAction(QApplication::style()->standardIcon(QStyle::SP_MediaPlay),
                                tr("Run All"), this, &TestsPanel::runAll);
    m_runAll->setToolTip(tr("Run every transcript of the bot's tests folder"));
    m_runSelected
            = tools->addAction(QApplication::style()->standardIcon(QStyle::SP_MediaSeekForward),
                               tr("Run Selected"), this, &TestsPanel::runSelected);
    m_runSelected->setToolTip(tr("Run the selected transcripts"));
    m_cancel = tools->addAction(QApplication::style()->standardIcon(QStyle::SP_MediaStop),
                                tr("Cancel"), this, &TestsPanel::cancel);
    m_cancel->setToolTip(tr("Stop the run: no further transcript starts"));
    m_reload = tools->addAction(QApplication::style()->standardIcon(QStyle::SP_BrowserReload),
                                tr("Reload"), this, &TestsPanel::refresh);
    m_reload->setToolTip(tr("List the transcripts in the tests folder again"));
    tools->addSeparator();
    tools->addWidget(m_progress);
    tools->addWidget(m_summary);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setToolTip(tr("Transcripts run so far"));
    m_progress->hide();
    m_summary->setContentsMargins(8, 0, 0, 0);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Transcript"), tr("Result"), tr("First difference")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 260);
    m_list->header()->resizeSection(1, 110);
    m_list->setToolTip(tr("Double-click or press Enter to replay the transcript in the preview"));
    m_list->setAccessibleName(tr("Tests"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(item->data(0, pathRole).toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TestsPanel::updateActions);
    connect(document, &document::BotDocument::filePathChanged, this, &TestsPanel::refresh);
    refresh();
}

TestsPanel::~TestsPanel()
{
    // The workers post to this panel: they end first (a turn at most).
    if (m_thread) {
        m_run->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString TestsPanel::folder() const
{
    return TestSuite::folderFor(m_document->filePath());
}

void TestsPanel::refresh()
{
    if (isRunning())
        return;
    const QString dir = folder();
    QStringList files;
    if (!dir.isEmpty()) {
        const QDir tests(dir);
        for (const QString &name :
             tests.entryList({QStringLiteral("*.txt"), QStringLiteral("*.transcript")}, QDir::Files,
                             QDir::Name))
            files.append(tests.filePath(name));
    }
    m_files = files;
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = files.contains(it.key()) ? std::next(it) : m_entries.erase(it);
    m_list->clear();
    for (const QString &file : std::as_const(m_files)) {
        auto *item = new QTreeWidgetItem({QFileInfo(file).fileName()});
        item->setData(0, pathRole, file);
        item->setToolTip(0, QDir::toNativeSeparators(file));
        updateItem(item);
        m_list->addTopLevelItem(item);
    }
    if (dir.isEmpty())
        m_empty->setText(tr("Save the bot to give it tests: transcripts in a folder "
                            "<name>.tests beside the project file."));
    else
        m_empty->setText(tr("No transcripts in %1. Save a conversation from the preview "
                            "(Preview ▸ Save Transcript) to add one.")
                                 .arg(QDir::toNativeSeparators(dir)));
    m_list->setVisible(!m_files.isEmpty());
    m_empty->setVisible(m_files.isEmpty());
    updateActions();
    m_summary->setText(summary());
    emit summaryChanged(summary());
}

void TestsPanel::runAll()
{
    refresh();
    run(m_files);
}

void TestsPanel::runSelected()
{
    QStringList files;
    for (const QString &file : std::as_const(m_files)) {
        const QTreeWidgetItem *item = itemFor(file);
        if (item && item->isSelected())
            files.append(file);
    }
    run(files);
}

void TestsPanel::run(const QStringList &files)
{
    if (isRunning() || files.isEmpty())
        return;
    for (const QString &file : files) {
        m_entries[file] = Entry{Status::Queued, {}, 0};
        if (QTreeWidgetItem *item = itemFor(file))
            updateItem(item);
    }
    m_running = {};
    m_done = 0;
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_run = std::make_shared<Run>();

    // Everything heavy happens on the run's thread: compiling the bot, then the transcripts on
    // as many workers as there are cores. Results come back to this thread one by one.
    const document::Bot bot = m_document->bot();
    m_runningBot = bot;
    m_runningAll = QSet<QString>(files.begin(), files.end())
                   == QSet<QString>(m_files.begin(), m_files.end());
    const std::shared_ptr<Run> run = m_run;
    const int jobs = std::max(1, QThread::idealThreadCount());
    m_thread = QThread::create([this, bot, files, run, jobs] {
        const std::shared_ptr<const CompiledBot> compiled = BotRuntime::compile(bot);
        SuiteOptions options;
        options.jobs = jobs;
        TestSuite::runAll(
                files, options,
                [&](int) { return std::make_unique<OfflineTranscriptHost>(compiled); },
                [this, &files, run](qsizetype index, const TranscriptResult &result) {
                    const QString file = files.at(index);
                    QMetaObject::invokeMethod(
                            this,
                            [this, file, result, run] {
                                if (m_run == run)
                                    resultArrived(file, result);
                            },
                            Qt::QueuedConnection);
                },
                &run->cancel);
    });
    connect(m_thread, &QThread::finished, this, &TestsPanel::runDone);
    m_thread->start();
    updateActions();
    m_summary->setText(tr("Running…"));
}

void TestsPanel::cancel()
{
    if (m_run)
        m_run->cancel = true;
    m_cancel->setEnabled(false);
}

void TestsPanel::resultArrived(const QString &file, const TranscriptResult &result)
{
    Entry entry;
    if (result.cancelled)
        entry.status = Status::Cancelled;
    else if (!result.ran)
        entry.status = Status::Error;
    else
        entry.status = result.failed > 0 ? Status::Failed : Status::Passed;
    entry.failedChecks = result.failed;
    entry.difference = difference(result);
    m_entries.insert(file, entry);
    m_running.merge(result.coverage);
    if (QTreeWidgetItem *item = itemFor(file))
        updateItem(item);
    m_progress->setValue(++m_done);
}

void TestsPanel::runDone()
{
    // Results posted before the thread ended arrive first: this was queued after them.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool cancelled = m_run->cancel;
    m_run.reset();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->status == Status::Queued)
            it->status = Status::Cancelled;
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateItem(m_list->topLevelItem(i));
    const bool newCoverage = !cancelled && m_runningAll;
    if (newCoverage) {
        m_coverage = m_running;
        m_coveredBot = m_runningBot;
    }
    m_runningBot = {};
    m_progress->hide();
    updateActions();
    int passed = 0;
    int failed = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        passed += e.status == Status::Passed ? 1 : 0;
        failed += e.status == Status::Failed || e.status == Status::Error ? 1 : 0;
    }
    m_summary->setText(summary());
    emit summaryChanged(summary());
    if (newCoverage)
        emit coverageChanged();
    emit runFinished(passed, failed);
}

TestsPanel::Status TestsPanel::status(const QString &file) const
{
    return m_entries.value(file).status;
}

QString TestsPanel::firstDifference(const QString &file) const
{
    return m_entries.value(file).difference;
}

QString TestsPanel::summary() const
{
    if (m_files.isEmpty())
        return tr("No tests");
    int passed = 0;
    int failed = 0;
    int notRun = 0;
    for (const QString &file : m_files) {
        const Status s = status(file);
        passed += s == Status::Passed ? 1 : 0;
        failed += s == Status::Failed || s == Status::Error ? 1 : 0;
        notRun += s == Status::NotRun || s == Status::Cancelled || s == Status::Queued ? 1 : 0;
    }
    QStringList parts;
    parts.append(tr("%n passed", nullptr, passed));
    parts.append(tr("%n failed", nullptr, failed));
    if (notRun)
        parts.append(tr("%n not run", nullptr, notRun));
    return parts.join(QStringLiteral(", "));
}

QString TestsPanel::difference(const TranscriptResult &result)
{
    if (result.cancelled)
        return {};
    if (!result.ran)
        return result.errorReason;
    if (result.failures.isEmpty())
        return {};
    const StepVerdict &first = result.failures.first();
    return tr("line %1: expected %2, got %3")
            .arg(first.step.line)
            .arg(TranscriptRunner::expected(first.step), TranscriptRunner::actual(first));
}

void TestsPanel::updateItem(QTreeWidgetItem *item)
{
    const Entry entry = m_entries.value(item->data(0, pathRole).toString());
    QStyle *style = QApplication::style();
    QString text;
    QIcon icon;
    switch (entry.status) {
    case Status::NotRun:
        text = tr("Not run");
        break;
    case Status::Queued:
        text = tr("Running…");
        icon = style->standardIcon(QStyle::SP_BrowserReload);
        break;
    case Status::Passed:
        text = tr("Passed");
        icon = style->standardIcon(QStyle::SP_DialogApplyButton);
        break;
    case Status::Failed:
        text = tr("Failed (%n check(s))", nullptr, entry.failedChecks);
        icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case Status::Error:
        text = tr("Could not run");
        icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Status::Cancelled:
        text = tr("Cancelled");
        break;
    }
    item->setText(1, text);
    item->setIcon(1, icon);
    item->setText(2, entry.difference);
    item->setToolTip(2, entry.difference);
}

void TestsPanel::updateActions()
{
    const bool running = isRunning();
    m_runAll->setEnabled(!running && !m_files.isEmpty());
    m_runSelected->setEnabled(!running && !m_list->selectedItems().isEmpty());
    m_cancel->setEnabled(running && m_run && !m_run->cancel);
    m_reload->setEnabled(!running);
}

QTreeWidgetItem *TestsPanel::itemFor(const QString &file) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, pathRole).toString() == file)
            return item;
    }
    return nullptr;
}

} // namespace dialogsmith::ui
