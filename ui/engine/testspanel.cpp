#include "testspanel.h"

#include "botdocument.h"
#include "botruntime.h"
#include "canvasgraph.h"
#include "typeicons.h"
#include "validation.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using namespace runtime;

namespace {
constexpr int pathRole = Qt::UserRole;
constexpr int dialogRole = Qt::UserRole + 1;
constexpr int interactionRole = Qt::UserRole + 2;
constexpr int ruleRole = Qt::UserRole + 3;
} // namespace

TestsPanel::TestsPanel(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_uncovered(new QTreeWidget(this))
    , m_coverageLabel(new QLabel(this))
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
    m_progressAction = tools->addWidget(m_progress);
    tools->addWidget(m_summary);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setToolTip(tr("Transcripts run so far"));
    setProgressVisible(false);
    m_summary->setContentsMargins(8, 0, 0, 0);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Transcript"), tr("Result"), tr("First difference")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 260);
    m_list->header()->resizeSection(1, 140);
    m_list->setAccessibleName(tr("Tests"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    // Beside the results: what the last run of every transcript did not reach.
    m_uncovered->setColumnCount(3);
    m_uncovered->setHeaderLabels({tr("Dialog"), tr("Kind"), tr("Not covered")});
    m_uncovered->setRootIsDecorated(false);
    m_uncovered->setUniformRowHeights(true);
    m_uncovered->setAlternatingRowColors(true);
    m_uncovered->header()->setStretchLastSection(true);
    m_uncovered->header()->resizeSection(0, 120);
    m_uncovered->header()->resizeSection(1, 120);
    m_uncovered->setToolTip(tr("Double-click or press Enter to show it on the canvas"));
    m_uncovered->setAccessibleName(tr("Not covered"));
    m_coverageLabel->setContentsMargins(6, 3, 6, 3);
    m_coverageLabel->setWordWrap(true);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(0);
    resultsLayout->addWidget(m_list);
    resultsLayout->addWidget(m_empty);
    auto *coverage = new QWidget(this);
    auto *coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    coverageLayout->setSpacing(0);
    coverageLayout->addWidget(m_coverageLabel);
    coverageLayout->addWidget(m_uncovered);
    m_splitter->addWidget(results);
    m_splitter->addWidget(coverage);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_splitter);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(item->data(0, pathRole).toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TestsPanel::updateActions);
    connect(m_uncovered, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        document::ProblemLocation location;
        location.dialogId = item->data(0, dialogRole).toString();
        location.interactionId = item->data(0, interactionRole).toString();
        if (const int rule = item->data(0, ruleRole).toInt(); rule >= 0)
            location.field = QStringLiteral("rule %1").arg(rule + 1);
        emit uncoveredActivated(location);
    });
    connect(document, &document::BotDocument::filePathChanged, this, &TestsPanel::refresh);
    // Another bot may list other test folders.
    connect(document, &document::BotDocument::loaded, this, &TestsPanel::refresh);
    showCoverage(nullptr);
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

QStringList TestsPanel::folders() const
{
    return TestSuite::foldersFor(m_document->filePath(), m_document->bot());
}

void TestsPanel::refresh()
{
    if (isRunning())
        return;
    const QString dir = folder();
    const QStringList all = folders();
    const QStringList files = TestSuite::transcriptsIn(all);
    m_files = files;
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = files.contains(it.key()) ? std::next(it) : m_entries.erase(it);
    m_list->clear();
    // The default folder's transcripts by name, the others by their path from the project.
    const QString main = QDir::cleanPath(dir);
    const QDir projectDir = QFileInfo(m_document->filePath()).dir();
    for (const QString &file : std::as_const(m_files)) {
        const QFileInfo info(file);
        const QString name = info.path() == main
                                     ? info.fileName()
                                     : QDir::toNativeSeparators(projectDir.relativeFilePath(file));
        auto *item = new QTreeWidgetItem({name});
        item->setData(0, pathRole, file);
        item->setToolTip(0, QDir::toNativeSeparators(file));
        updateItem(item);
        m_list->addTopLevelItem(item);
    }
    QStringList shown;
    for (const QString &f : all)
        shown.append(QDir::toNativeSeparators(f));
    const QString where = QLocale().createSeparatedList(shown);
    if (dir.isEmpty())
        m_empty->setText(tr("Save the bot to give it tests: transcripts in a folder "
                            "<name>.tests beside the project file."));
    else
        m_empty->setText(tr("No transcripts in %1. Save a conversation from the preview "
                            "(Preview ▸ Save Transcript) to add one.")
                                 .arg(where));
    m_list->setToolTip(tr("Transcripts in %1. Double-click or press Enter to replay one in the "
                          "preview.")
                               .arg(where));
    m_list->setVisible(!m_files.isEmpty());
    m_empty->setVisible(m_files.isEmpty());
    updateActions();
    setSummaryText(summary());
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
    setProgressVisible(true);
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
    setSummaryText(tr("Running…"));
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
    setProgressVisible(false);
    updateActions();
    int passed = 0;
    int failed = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        passed += e.status == Status::Passed ? 1 : 0;
        failed += e.status == Status::Failed || e.status == Status::Error ? 1 : 0;
    }
    setSummaryText(summary());
    emit summaryChanged(summary());
    if (newCoverage)
        emit coverageChanged();
    emit runFinished(passed, failed);
}

void TestsPanel::setProgressVisible(bool visible)
{
    // The toolbar shows its widgets as their actions say whenever it lays itself out: the
    // action decides; the widget follows at once rather than at the next layout.
    m_progressAction->setVisible(visible);
    m_progress->setVisible(visible);
}

void TestsPanel::setSummaryText(const QString &text)
{
    // A toolbar keeps a widget at the width it first had: make room for the whole text.
    m_summary->setText(text);
    m_summary->setMinimumWidth(m_summary->fontMetrics().horizontalAdvance(text)
                               + m_summary->contentsMargins().left()
                               + m_summary->contentsMargins().right() + 4);
}

void TestsPanel::showCoverage(const CoverageReport *report)
{
    m_uncovered->clear();
    if (!report) {
        m_coverageLabel->setText(tr("Coverage: run all tests to see what they do not reach."));
        m_uncovered->hide();
        return;
    }
    const document::Bot &bot = m_document->bot();
    QList<QTreeWidgetItem *> items;
    for (const CoverageItem &c : report->items) {
        if (c.covered)
            continue;
        const document::Dialog *dialog = bot.dialog(c.dialogId);
        const document::Interaction *interaction
                = c.interactionId.isEmpty() ? nullptr : bot.findInteraction(c.interactionId).second;
        QString kind;
        QString name = interaction ? interaction->name : dialog ? dialog->name : QString();
        switch (c.kind) {
        case CoverageItem::Kind::Interaction:
            kind = tr("Interaction");
            break;
        case CoverageItem::Kind::Rule: {
            kind = tr("Rule");
            QString label;
            if (interaction && c.rule >= 0 && c.rule < interaction->rules.size()) {
                const document::Rule &rule = interaction->rules.at(c.rule);
                label = ruleLabel(rule);
                if (label.isEmpty() && rule.condition == document::Rule::Condition::Always)
                    label = tr("next action");
            }
            name = label.isEmpty() ? tr("%1 \u203a rule %2").arg(name).arg(c.rule + 1)
                                   : tr("%1 \u203a %2").arg(name, label);
            break;
        }
        case CoverageItem::Kind::Starter:
            kind = tr("Dialog starter");
            break;
        case CoverageItem::Kind::IntegrationSuccess:
            kind = tr("Integration success");
            break;
        case CoverageItem::Kind::IntegrationFailure:
            kind = tr("Integration failure");
            break;
        case CoverageItem::Kind::Fallback:
            kind = tr("Fallback");
            break;
        }
        auto *item = new QTreeWidgetItem({dialog ? dialog->name : QString(), kind, name});
        item->setData(0, dialogRole, c.dialogId);
        item->setData(0, interactionRole, c.interactionId);
        item->setData(0, ruleRole, c.kind == CoverageItem::Kind::Rule ? c.rule : -1);
        item->setToolTip(2, c.label);
        items.append(item);
    }
    m_uncovered->addTopLevelItems(items);
    m_uncovered->resizeColumnToContents(0);
    m_uncovered->resizeColumnToContents(1);
    const CoverageTally &total = report->total;
    if (items.isEmpty())
        m_coverageLabel->setText(tr("Coverage: the tests reach all %1 items.").arg(total.total));
    else
        m_coverageLabel->setText(tr("Coverage: %1 of %2 items reached; not covered:")
                                         .arg(total.covered)
                                         .arg(total.total));
    m_coverageLabel->setToolTip(tr("Interactions entered, rules taken, dialog starters matched, "
                                   "integration outcomes and the fallback dialog, counted over "
                                   "the last run of all tests"));
    m_uncovered->setVisible(!items.isEmpty());
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
    return TranscriptRunner::difference(result.failures.first());
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
