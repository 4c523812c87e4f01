#include "mainwindow.h"

#include "botdocument.h"
#include "dialogcanvas.h"
#include "dialogcommands.h"
#include "enginemodule.h"
#include "environmentseditor.h"
#include "explorerdelegate.h"
#include "explorermodel.h"
#include "fragment.h"
#include "inspector.h"
#include "integrationcommands.h"
#include "interactioncommands.h"
#include "problemspanel.h"
#include "projectfile.h"
#include "searchpanel.h"
#include "teardown.h"
#include "transcriptactions.h"
#include "typeicons.h"
#include "versionscontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace dialogsmith::ui {

using namespace document;

namespace {

/// The engine linked into the program, or registered by the module as it loaded.
StudioEngineFactory linkedEngine = nullptr;

constexpr int maxRecentFiles = 10;
/// Long enough for the window to show the project first.
constexpr int recentFilesWriteDelayMs = 1500;
const char *projectFilter = QT_TRANSLATE_NOOP("MainWindow", "Bot projects (*.json);;All files (*)");

/// The platform's key for `key`, or `fallback` where the platform has none (as offscreen).
QKeySequence standardOr(QKeySequence::StandardKey key, const char *fallback)
{
    const QKeySequence platform(key);
    return platform.isEmpty() ? QKeySequence(QLatin1String(fallback)) : platform;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options{}, parent)
{}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new BotDocument(this))
    , m_options(options)
    , m_recovery(options.recoveryDirectory)
    , m_sessionKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_document->load(Bot::createEmpty(tr("New bot")));
    createWidgets();
    createActions();
    createMenus();
    if (linkedEngine)
        attachEngine(linkedEngine(*this));
    else if (!enginemodule::path().isEmpty())
        installEventFilter(this); // the first paint loads the engine (eventFilter())
    restoreLayout();

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(m_options.autosaveIntervalMs);
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_recentWrite.setSingleShot(true);
    m_recentWrite.setInterval(recentFilesWriteDelayMs);
    connect(&m_recentWrite, &QTimer::timeout, this, &MainWindow::writeRecentFiles);
    connect(m_document, &BotDocument::changed, this, &MainWindow::updateActions);
    // The index moves after the command ran, when the clean state is up to date.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_document->isModified() && !m_autosave.isActive())
            m_autosave.start();
    });
    connect(m_document, &BotDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &BotDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &BotDocument::loaded, this, [this] {
        const QList<Dialog> &dialogs = m_document->bot().dialogs;
        showDialog(dialogs.isEmpty() ? QString() : dialogs.first().id);
        m_inspector->clear();
        updateActions();
    });
    showDialog(m_document->bot().dialogs.first().id);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    writeRecentFiles();
    // The cloud's agents log out while the panels that show them still exist.
    m_engine.reset();
    silenceForTeardown(this);
}

void MainWindow::createWidgets()
{
    // Centre: the canvas of the current dialog, or the editor of what the explorer selects.
    m_centre = new QStackedWidget(this);
    m_canvas = new DialogCanvas(m_document, m_centre);
    m_emptyPage = new QLabel(tr("Select a dialog in the project tree, or add one with "
                                "Bot \u203a Add Dialog."),
                             m_centre);
    static_cast<QLabel *>(m_emptyPage)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_emptyPage)->setWordWrap(true);
    m_emptyPage->setEnabled(false);
    m_centre->addWidget(m_canvas);
    m_centre->addWidget(m_emptyPage);
    setCentralWidget(m_centre);
    m_versions = new VersionsController(m_document, m_centre, this);
    connect(m_versions, &VersionsController::closed, this, [this] {
        m_centre->setCurrentWidget(m_canvas->dialogId().isEmpty() ? m_emptyPage : m_canvas);
    });
    connect(m_versions, &VersionsController::goToRequested, this,
            [this](const ProblemLocation &location) { goTo(location); });
    connect(m_versions, &VersionsController::statusMessage, this, &MainWindow::showStatus);

    // Left: the project explorer.
    m_explorerModel = new ExplorerModel(m_document, this);
    m_explorer = new QTreeView(this);
    m_explorer->setObjectName(QStringLiteral("explorer"));
    m_explorer->setModel(m_explorerModel);
    m_explorer->setItemDelegate(new ExplorerDelegate(m_explorer));
    m_explorer->setHeaderHidden(true);
    m_explorer->setUniformRowHeights(true);
    m_explorer->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_explorer->setEditTriggers(QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::SelectedClicked);
    m_explorer->setContextMenuPolicy(Qt::CustomContextMenu);
    m_explorer->expandToDepth(1);
    connect(m_explorerModel, &QAbstractItemModel::modelReset, m_explorer,
            [this] { m_explorer->expandToDepth(1); });
    connect(m_explorerModel, &ExplorerModel::editRefused, this, &MainWindow::showStatus);
    connect(m_explorer->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::explorerSelectionChanged);
    connect(m_explorer, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (ExplorerModel::kindOf(index) == ExplorerModel::Kind::Interaction)
            m_inspectorDock->raise();
    });
    connect(m_explorer, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        const ExplorerModel::Kind kind = ExplorerModel::kindOf(m_explorer->indexAt(pos));
        if (kind == ExplorerModel::Kind::Dialog || kind == ExplorerModel::Kind::Interaction
            || kind == ExplorerModel::Kind::Integration) {
            for (const char *name : {"rename", "duplicate", "cut", "copy", "paste", "delete"})
                menu.addAction(action(QLatin1String(name)));
            menu.addSeparator();
            menu.addAction(action(QStringLiteral("moveUp")));
            menu.addAction(action(QStringLiteral("moveDown")));
            menu.addSeparator();
        }
        if (kind == ExplorerModel::Kind::Dialog) {
            const QString dialogId = ExplorerModel::idOf(m_explorer->indexAt(pos));
            menu.addAction(action(QStringLiteral("previewStartDialog"))->icon(),
                           tr("Start Preview from This Dialog"), this,
                           [this, dialogId] { startPreviewFromDialog(dialogId); });
            menu.addSeparator();
        }
        menu.addAction(action(QStringLiteral("addDialog")));
        menu.addAction(action(QStringLiteral("addIntegration")));
        menu.addAction(action(QStringLiteral("editEnvironments")));
        menu.exec(m_explorer->viewport()->mapToGlobal(pos));
    });
    m_explorerDock = new QDockWidget(tr("Project"), this);
    m_explorerDock->setObjectName(QStringLiteral("projectDock"));
    m_explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorerDock);

    // Right: the inspector.
    m_inspector = new Inspector(m_document, this);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    // Bottom: problems and search results.
    m_problems = new ProblemsPanel(m_document, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    // The search results and the tests are made when their docks first show (searchPanel(),
    // testsPanel()): neither is needed to start the studio.
    m_searchDock = new QDockWidget(tr("Search Results"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_problemsDock, m_searchDock);
    connect(m_searchDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            searchPanel();
    });
    m_testsDock = new QDockWidget(tr("Tests"), this);
    m_testsDock->setObjectName(QStringLiteral("testsDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_testsDock);
    tabifyDockWidget(m_searchDock, m_testsDock);
    connect(m_testsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            whenEngine([](StudioEngine &engine) { engine.testsPanel(); });
    });
    m_problemsDock->raise();

    connect(m_problems, &ProblemsPanel::problemActivated, this,
            [this](const Problem &p) { goTo(p.location); });
    connect(m_canvas, &DialogCanvas::selectionChanged, this, &MainWindow::canvasSelectionChanged);
    connect(m_canvas, &DialogCanvas::interactionActivated, this, [this](const QString &id) {
        m_inspector->showInteraction(id);
        m_inspectorDock->raise();
        m_inspector->setFocus();
    });
    connect(m_canvas, &DialogCanvas::dialogActivated, this, &MainWindow::showDialog);
    connect(m_canvas, &DialogCanvas::statusMessage, this, &MainWindow::showStatus);
    connect(m_inspector, &Inspector::statusMessage, this, &MainWindow::showStatus);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setToolTip(tr("Problems found by validation (F8 shows them)"));
    statusBar()->addPermanentWidget(m_problemsLabel);
    connect(m_problems, &ProblemsPanel::summaryChanged, this, [this](const QString &summary) {
        m_problemsLabel->setText(summary);
        // New problems open the bottom area; the user may close it again while they remain.
        const bool any = !m_problems->problems().isEmpty();
        if (any && !m_hadProblems)
            showBottomDock(m_problemsDock);
        m_hadProblems = any;
        m_problemsDock->setWindowTitle(m_problems->problems().isEmpty()
                                               ? tr("Problems")
                                               : tr("Problems (%1)").arg(summary));
    });
    m_problemsLabel->setText(m_problems->summary());
    m_hadProblems = !m_problems->problems().isEmpty();
    createEngineDocks();
}

void MainWindow::createEngineDocks()
{
    // The chat beside the inspector (both matter while a bot is debugged); the debugger, the
    // agent desk and deploy below the canvas, with problems and search results. The engine makes
    // what they show when they first show (or are asked for): it keeps the record until then.
    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    splitDockWidget(m_inspectorDock, m_previewDock, Qt::Horizontal);

    m_debuggerDock = new QDockWidget(tr("Debugger"), this);
    m_debuggerDock->setObjectName(QStringLiteral("debuggerDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_debuggerDock);
    tabifyDockWidget(m_searchDock, m_debuggerDock);

    m_agentDeskDock = new QDockWidget(tr("Agent Desk"), this);
    m_agentDeskDock->setObjectName(QStringLiteral("agentDeskDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_agentDeskDock);
    tabifyDockWidget(m_debuggerDock, m_agentDeskDock);

    m_deployDock = new QDockWidget(tr("Deploy"), this);
    m_deployDock->setObjectName(QStringLiteral("deployDock"));
    // The panel's form is tall: it scrolls rather than making the window taller.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_deployDock->setWidget(scroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_deployDock);
    tabifyDockWidget(m_agentDeskDock, m_deployDock);
    m_problemsDock->raise();

    const auto makeWhenShown = [this](QDockWidget *dock, void (*make)(StudioEngine &)) {
        connect(dock, &QDockWidget::visibilityChanged, this, [this, make](bool visible) {
            if (visible)
                whenEngine(make);
        });
    };
    makeWhenShown(m_previewDock, [](StudioEngine &engine) { engine.previewPanel(); });
    makeWhenShown(m_debuggerDock, [](StudioEngine &engine) { engine.debuggerPanel(); });
    makeWhenShown(m_agentDeskDock, [](StudioEngine &engine) { engine.agentDeskTabs(); });
    makeWhenShown(m_deployDock, [](StudioEngine &engine) { engine.deployPanel(); });
}

// --- The engine ---------------------------------------------------------------------------------

void MainWindow::useLinkedEngine(StudioEngineFactory factory)
{
    linkedEngine = factory;
}

void MainWindow::useEngineModule(const QString &path)
{
    enginemodule::setPath(path);
}

StudioEngine *MainWindow::engine() const
{
    if (m_engine || m_engineFailed)
        return m_engine.get();
    auto *self = const_cast<MainWindow *>(this); // loading on first use is not a change
    // The module registers the engine as it loads (ui/engine/linkedengine.cpp).
    QString error;
    if (!linkedEngine) {
        if (enginemodule::path().isEmpty())
            error = tr("no engine module was given");
        else if (enginemodule::ensureLoaded(&error) && !linkedEngine)
            error = tr("%1 has no engine").arg(enginemodule::path());
    }
    if (!linkedEngine) {
        self->m_engineFailed = true;
        self->m_engineError = error; // the loader's reason when it could not load the module
        self->showStatus(tr("The preview, tests and local cloud are unavailable."));
        if (isVisible())
            QMessageBox::critical(self, tr("Dialogsmith"),
                                  tr("The preview, the tests and the local cloud cannot be "
                                     "loaded: %1.\n\nEditing and saving work as usual; "
                                     "reinstalling Dialogsmith brings the rest back.")
                                          .arg(m_engineError));
        return nullptr;
    }
    self->attachEngine(linkedEngine(*self));
    return m_engine.get();
}

void MainWindow::attachEngine(StudioEngine *engine)
{
    m_engine.reset(engine);
    const QList<std::function<void(StudioEngine &)>> work = std::exchange(m_engineWork, {});
    for (const auto &w : work)
        w(*m_engine);
    emit engineLoaded();
}

void MainWindow::whenEngine(std::function<void(StudioEngine &)> work)
{
    if (m_engine)
        work(*m_engine);
    else if (!m_engineFailed)
        m_engineWork.append(std::move(work));
}

void MainWindow::runEngineAction(StudioEngine::Action action, bool checked)
{
    if (StudioEngine *e = engine())
        e->run(action, checked);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The engine loads once the first picture is complete, not on the way to it.
    if (watched == this && event->type() == QEvent::Paint && !m_engineScheduled) {
        m_engineScheduled = true;
        removeEventFilter(this);
        QTimer::singleShot(0, this, [this] { engine(); });
    }
    return QMainWindow::eventFilter(watched, event);
}

PreviewController *MainWindow::previewController() const
{
    return engine() ? m_engine->previewController() : nullptr;
}

PreviewPanel *MainWindow::previewPanel()
{
    return engine() ? m_engine->previewPanel() : nullptr;
}

DebuggerPanel *MainWindow::debuggerPanel()
{
    return engine() ? m_engine->debuggerPanel() : nullptr;
}

QTabWidget *MainWindow::agentDeskTabs()
{
    return engine() ? m_engine->agentDeskTabs() : nullptr;
}

AgentDeskPanel *MainWindow::agentDeskPanel()
{
    return engine() ? m_engine->agentDeskPanel() : nullptr;
}

CloudDeskPanel *MainWindow::cloudDeskPanel()
{
    return engine() ? m_engine->cloudDeskPanel() : nullptr;
}

DeployPanel *MainWindow::deployPanel()
{
    return engine() ? m_engine->deployPanel() : nullptr;
}

AccountEditor *MainWindow::accountEditor() const
{
    return engine() ? m_engine->accountEditor() : nullptr;
}

cloud::EmbeddedCloud *MainWindow::cloud() const
{
    return engine() ? m_engine->cloud() : nullptr;
}

TestsPanel *MainWindow::testsPanel()
{
    return engine() ? m_engine->testsPanel() : nullptr;
}

CoverageController *MainWindow::coverage() const
{
    return engine() ? m_engine->coverage() : nullptr;
}

IntegrationEditor *MainWindow::integrationEditor()
{
    return engine() ? m_engine->integrationEditor() : nullptr;
}

void MainWindow::startPreviewFromDialog(const QString &dialogId)
{
    if (StudioEngine *e = engine())
        e->startPreviewFromDialog(dialogId);
}

SearchPanel *MainWindow::searchPanel()
{
    if (!m_search) {
        m_search = new SearchPanel(m_document, m_searchDock);
        m_searchDock->setWidget(m_search);
        connect(m_search, &SearchPanel::hitActivated, this,
                [this](const SearchHit &hit) { goTo(hit.location, hit.line); });
    }
    return m_search;
}

EnvironmentsEditor *MainWindow::environmentsEditor()
{
    if (!m_environmentsEditor) {
        m_environmentsEditor = new EnvironmentsEditor(m_document, m_centre);
        m_centre->addWidget(m_environmentsEditor);
        connect(m_environmentsEditor, &EnvironmentsEditor::statusMessage, this,
                &MainWindow::showStatus);
    }
    return m_environmentsEditor;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto add = [this](const char *name, const QString &text, const QKeySequence &shortcut,
                      const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setToolTip(shortcut.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(
                                                 tip, shortcut.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(name), a);
        return a;
    };

    add("new", tr("&New..."), standardOr(QKeySequence::New, "Ctrl+N"), tr("Start a new bot"),
        [this] {
            QMessageBox box(QMessageBox::Question, tr("New Bot"),
                            tr("Start from the routing sample bot or from an empty bot?"),
                            QMessageBox::Cancel, this);
            QPushButton *sample = box.addButton(tr("From &Sample"), QMessageBox::AcceptRole);
            QPushButton *empty = box.addButton(tr("&Empty Bot"), QMessageBox::AcceptRole);
            box.setDefaultButton(sample);
            box.exec();
            if (box.clickedButton() == sample || box.clickedButton() == empty)
                newProject(box.clickedButton() == sample);
        })->setIcon(studioIcon(QStringLiteral("new")));
    add("open", tr("&Open..."), standardOr(QKeySequence::Open, "Ctrl+O"),
        tr("Open a bot project or CB export"), [this] {
            const QString path
                    = QFileDialog::getOpenFileName(this, tr("Open Bot"), {}, tr(projectFilter));
            if (!path.isEmpty())
                openFile(path);
        })->setIcon(studioIcon(QStringLiteral("open")));
    add("save", tr("&Save"), standardOr(QKeySequence::Save, "Ctrl+S"), tr("Save the project"),
        [this] {
            save();
        })->setIcon(studioIcon(QStringLiteral("save")));
    add("saveAs", tr("Save &As..."), standardOr(QKeySequence::SaveAs, "Ctrl+Shift+S"),
        tr("Save the project under a new name"), [this] { saveAs(); });
    add("exportCb", tr("&Export for Conversation Builder..."), QKeySequence(tr("Ctrl+E")),
        tr("Write a file Conversation Builder imports (without Dialogsmith data or secrets)"),
        [this] {
            const QString base = QFileInfo(m_document->filePath()).completeBaseName();
            const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export for Conversation Builder"),
                    base.isEmpty() ? QString() : base + QStringLiteral("-cb.json"),
                    tr(projectFilter));
            if (!path.isEmpty())
                exportForConversationBuilder(path);
        });
    add("compareWith", tr("Compare &With..."), QKeySequence(tr("Ctrl+Alt+D")),
        tr("Show what differs from another file, the saved version, a git revision or a "
           "snapshot"),
        [this] {
            m_versions->compareWith();
        })->setIcon(studioIcon(QStringLiteral("compare")));
    add("saveSnapshot", tr("Save Sna&pshot..."), QKeySequence(tr("Ctrl+Alt+S")),
        tr("Keep a named, timestamped copy of the project to compare with or restore later"),
        [this] {
            m_versions->saveSnapshot();
        })->setIcon(studioIcon(QStringLiteral("snapshot")));
    add("snapshots", tr("S&napshots..."), {},
        tr("Compare the project with a snapshot, or restore one"),
        [this] { m_versions->showSnapshots(); });
    add("close", tr("&Close Project"), standardOr(QKeySequence::Close, "Ctrl+W"),
        tr("Close the project"), [this] { newProject(false); });
    add("quit", tr("&Quit"), standardOr(QKeySequence::Quit, "Ctrl+Q"), tr("Quit Dialogsmith"),
        [this] { close(); });

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(studioIcon(QStringLiteral("undo")));
    m_actions.insert(QStringLiteral("undo"), undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(studioIcon(QStringLiteral("redo")));
    m_actions.insert(QStringLiteral("redo"), redo);

    add("cut", tr("Cu&t"), standardOr(QKeySequence::Cut, "Ctrl+X"),
        tr("Cut the selected interactions or dialogs"), [this] { copySelection(true); });
    add("copy", tr("&Copy"), standardOr(QKeySequence::Copy, "Ctrl+C"),
        tr("Copy the selected interactions or dialogs"), [this] { copySelection(false); });
    add("paste", tr("&Paste"), standardOr(QKeySequence::Paste, "Ctrl+V"),
        tr("Paste interactions into the current dialog, or dialogs into the bot"),
        [this] { paste(); });
    add("duplicate", tr("D&uplicate"), QKeySequence(tr("Ctrl+D")),
        tr("Duplicate the selected interactions or dialogs"), [this] { duplicate(); });
    add("delete", tr("&Delete"), standardOr(QKeySequence::Delete, "Del"),
        tr("Delete the selection"), [this] {
            deleteSelection();
        })->setIcon(studioIcon(QStringLiteral("delete")));
    add("rename", tr("Re&name"), QKeySequence(Qt::Key_F2), tr("Rename the selected item"),
        [this] { renameSelection(); });
    add("find", tr("&Find in Project..."), QKeySequence(tr("Ctrl+Shift+F")),
        tr("Search names, texts, patterns, code and URLs"), [this] {
            showBottomDock(m_searchDock);
            searchPanel()->start();
        })->setIcon(studioIcon(QStringLiteral("find")));
    add("moveUp", tr("Move &Up"), QKeySequence(tr("Alt+Up")),
        tr("Move the selected dialog or interaction up"), [this] { moveSelection(-1); });
    add("moveDown", tr("Move Do&wn"), QKeySequence(tr("Alt+Down")),
        tr("Move the selected dialog or interaction down"), [this] { moveSelection(1); });

    add("addDialog", tr("Add &Dialog"), QKeySequence(tr("Ctrl+Shift+D")),
        tr("Add a dialog with a dialog starter"), [this] { addDialog(false); });
    add("addFallback", tr("Add &Fallback Dialog"), QKeySequence(),
        tr("Add the dialog that answers when nothing else matches"), [this] { addDialog(true); });
    add("addIntegration", tr("Add &Integration"), QKeySequence(tr("Ctrl+Shift+I")),
        tr("Add an API integration"), [this] { addIntegration(); });
    add("editEnvironments", tr("&Environments"), QKeySequence(),
        tr("Edit the environments ({$env.key} values)"), [this] { showEnvironments(); });
    add("globalFunctions", tr("&Global Functions"), QKeySequence(),
        tr("Edit the bot's global functions"), [this] {
            selectInExplorer(m_explorerModel->botIndex());
            m_inspector->showBotCode();
            m_inspectorDock->raise();
            openLargeCodeEditor();
        });
    QAction *largeEditor = add("openCodeEditor", tr("Open Code in &Large Editor"),
                               QKeySequence(tr("Ctrl+Shift+E")),
                               tr("Edit the code of the interaction (or the global functions) "
                                  "beside the canvas, where long lines fit"),
                               [this] { openLargeCodeEditor(); });
    m_inspector->largeEditorButton()->setToolTip(largeEditor->toolTip());
    connect(m_inspector, &Inspector::largeEditorRequested, largeEditor, &QAction::trigger);
    add("showProblems", tr("&Problems"), QKeySequence(Qt::Key_F8), tr("Show the problems"), [this] {
        m_problems->refresh();
        showBottomDock(m_problemsDock);
    });
    add("showTests", tr("&Tests"), QKeySequence(tr("Ctrl+Shift+T")),
        tr("Show the bot's tests: the transcripts in its tests folder"), [this] {
            runEngineAction(StudioEngine::Action::ShowTests);
        })->setIcon(studioIcon(QStringLiteral("tests")));
    add("runTests", tr("Run &All Tests"), QKeySequence(tr("Ctrl+Shift+F5")),
        tr("Run every transcript of the bot's tests folder in the background"),
        [this] { runEngineAction(StudioEngine::Action::RunTests); });
    QAction *coverage
            = add("showCoverage", tr("Show &Coverage"), QKeySequence(tr("Ctrl+Alt+C")),
                  tr("Show what the last run of all tests did not reach: marks on the canvas, "
                     "a percentage per dialog in the project tree"),
                  [this](bool on) { runEngineAction(StudioEngine::Action::ShowCoverage, on); });
    coverage->setCheckable(true);
    coverage->setEnabled(false); // until a run of all tests
    add("zoomIn", tr("Zoom &In"), standardOr(QKeySequence::ZoomIn, "Ctrl++"),
        tr("Zoom into the canvas"), [this] { m_canvas->zoomIn(); });
    add("zoomOut", tr("Zoom &Out"), standardOr(QKeySequence::ZoomOut, "Ctrl+-"),
        tr("Zoom out of the canvas"), [this] { m_canvas->zoomOut(); });
    add("zoomFit", tr("&Fit Dialog"), QKeySequence(tr("Ctrl+0")), tr("Show the whole dialog"),
        [this] { m_canvas->zoomToFit(); });

    add("showPreview", tr("&Talk to the Bot"), QKeySequence(tr("Ctrl+Shift+P")),
        tr("Show the preview and type to the bot"), [this] {
            runEngineAction(StudioEngine::Action::ShowPreview);
        })->setIcon(studioIcon(QStringLiteral("chat")));
    add("previewRestart", tr("&Restart Preview"), QKeySequence(Qt::Key_F5),
        tr("Run the bot as it is now in a new conversation"), [this] {
            runEngineAction(StudioEngine::Action::PreviewRestart);
        })->setIcon(studioIcon(QStringLiteral("restart")));
    add("previewStartDialog", tr("Start Preview from This &Dialog"),
        QKeySequence(Qt::SHIFT | Qt::Key_F5),
        tr("Restart the preview in the selected dialog (or the dialog on the canvas)"), [this] {
            QString dialogId = selectedDialogs().value(0);
            if (dialogId.isEmpty() && !selectedInteractions().isEmpty())
                dialogId = m_document->dialogIdOf(selectedInteractions().constFirst());
            if (dialogId.isEmpty())
                dialogId = m_canvas->dialogId();
            startPreviewFromDialog(dialogId);
        })->setIcon(studioIcon(QStringLiteral("startdialog")));
    add("previewReset", tr("Reset &Conversation"), QKeySequence(),
        tr("Start the preview's conversation over, like typing \u201creset\u201d"),
        [this] { runEngineAction(StudioEngine::Action::PreviewReset); });
    QAction *delays = add("previewDelays", tr("Interaction De&lays"), QKeySequence(),
                          tr("Show bot messages after their interaction's delay"), [this](bool on) {
                              runEngineAction(StudioEngine::Action::PreviewDelays, on);
                          });
    delays->setCheckable(true);
    delays->setChecked(true); // the engine keeps it in step with the preview
    QAction *follow
            = add("previewFollow", tr("&Follow the Conversation on the Canvas"), QKeySequence(),
                  tr("Show the dialog the preview runs and highlight its path"), [](bool) {});
    follow->setCheckable(true);
    follow->setChecked(true);
    add("openVisitorPage", tr("Open &Visitor Test Page"), QKeySequence(),
        tr("Start the local cloud and open its visitor test page in the browser"), [this] {
            runEngineAction(StudioEngine::Action::OpenVisitorPage);
        })->setIcon(studioIcon(QStringLiteral("visitor")));
    add("openAgentConsole", tr("Open &Agent Console"), QKeySequence(),
        tr("Start the local cloud and open its agent console in the browser"), [this] {
            runEngineAction(StudioEngine::Action::OpenAgentConsole);
        })->setIcon(studioIcon(QStringLiteral("agentconsole")));
    add("editAccount", tr("Acco&unt..."), QKeySequence(tr("Ctrl+Shift+A")),
        tr("Edit the LiveEngage account the local cloud plays: skills, users, keys, campaigns"),
        [this] {
            runEngineAction(StudioEngine::Action::EditAccount);
        })->setIcon(studioIcon(QStringLiteral("account")));
    add("showDeploy", tr("Deplo&y..."), QKeySequence(tr("Ctrl+Shift+L")),
        tr("Deploy the bot's agents to the local cloud and start them"), [this] {
            runEngineAction(StudioEngine::Action::ShowDeploy);
        })->setIcon(studioIcon(QStringLiteral("deploy")));
    // The preview's transcript actions, before its panel is made: they show the chat first.
    auto addTranscriptAction = [this](QAction *a, StudioEngine::Action run) {
        connect(a, &QAction::triggered, this, [this, run] { runEngineAction(run); });
        m_actions.insert(a->objectName(), a);
    };
    addTranscriptAction(createSaveTranscriptAction(this), StudioEngine::Action::SaveTranscript);
    addTranscriptAction(createOpenTranscriptAction(this), StudioEngine::Action::OpenTranscript);
    // The canvas's keyboard focus reaches the preview's dialog action too.
    m_canvas->addAction(action(QStringLiteral("previewStartDialog")));

    add("about", tr("&About Dialogsmith"), QKeySequence(), tr("About Dialogsmith"), [this] {
        QMessageBox::about(this, tr("About Dialogsmith"),
                           tr("<b>Dialogsmith %1</b><p>A desktop studio for Conversation "
                              "Builder bots: design dialogs, write their code, preview them and "
                              "hand conversations to an agent.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addAction(action(QStringLiteral("exportCb")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("compareWith")));
    file->addAction(action(QStringLiteral("saveSnapshot")));
    file->addAction(action(QStringLiteral("snapshots")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("close")));
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : std::initializer_list<const char *>{
                 "undo", "redo", nullptr, "cut", "copy", "paste", "duplicate", "delete", "rename",
                 nullptr, "moveUp", "moveDown", nullptr, "find"}) {
        if (name)
            edit->addAction(action(QLatin1String(name)));
        else
            edit->addSeparator();
    }

    QMenu *bot = menuBar()->addMenu(tr("&Bot"));
    for (const char *name : std::initializer_list<const char *>{
                 "addDialog", "addFallback", "addIntegration", nullptr, "editEnvironments",
                 "globalFunctions", "openCodeEditor", nullptr, "showProblems", "showTests",
                 "runTests", nullptr, "editAccount", "showDeploy"}) {
        if (name)
            bot->addAction(action(QLatin1String(name)));
        else
            bot->addSeparator();
    }

    QMenu *preview = menuBar()->addMenu(tr("&Preview"));
    for (const char *name : std::initializer_list<const char *>{
                 "showPreview", "previewRestart", "previewStartDialog", "previewReset", nullptr,
                 "previewDelays", "previewFollow", nullptr, "saveTranscript", "openTranscript",
                 nullptr, "openVisitorPage", "openAgentConsole"}) {
        if (name)
            preview->addAction(action(QLatin1String(name)));
        else
            preview->addSeparator();
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("zoomIn")));
    view->addAction(action(QStringLiteral("zoomOut")));
    view->addAction(action(QStringLiteral("zoomFit")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("showCoverage")));
    view->addSeparator();
    for (QDockWidget *dock :
         {m_explorerDock, m_inspectorDock, m_problemsDock, m_testsDock, m_searchDock, m_previewDock,
          m_debuggerDock, m_agentDeskDock, m_deployDock}) {
        if (dock)
            view->addAction(dock->toggleViewAction());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setIconSize(QSize(18, 18));
    for (const char *name : std::initializer_list<const char *>{
                 "new", "open", "save", nullptr, "undo", "redo", nullptr, "find", nullptr,
                 "previewRestart", "previewStartDialog"}) {
        if (name)
            tools->addAction(action(QLatin1String(name)));
        else
            tools->addSeparator();
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // Most of the screen, centred: building a bot needs room.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 880);
        const QSize size(qMax(960, available.width() * 92 / 100),
                         qMax(640, available.height() * 92 / 100));
        resize(size.boundedTo(available.size()));
        move(available.center() - rect().center());
    }
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray()))
        applyFirstStartLayout();
}

void MainWindow::applyFirstStartLayout()
{
    // The canvas gets most of the width, the explorer and the inspector what their content
    // needs. The chat opens beside the inspector when a run starts; the bottom area stays
    // collapsed until it has something to show (problems, a run, search results, a transfer).
    for (QDockWidget *dock : bottomDocks())
        dock->hide();
    m_previewDock->hide();
    const int w = width();
    resizeDocks({m_explorerDock, m_inspectorDock},
                {std::clamp(w * 14 / 100, 180, 260), std::clamp(w * 26 / 100, 320, 440)},
                Qt::Horizontal);
}

QList<QDockWidget *> MainWindow::bottomDocks() const
{
    return {m_problemsDock, m_testsDock,     m_searchDock,
            m_debuggerDock, m_agentDeskDock, m_deployDock};
}

void MainWindow::showBottomDock(QDockWidget *dock)
{
    const QList<QDockWidget *> docks = bottomDocks();
    const bool collapsed = std::none_of(docks.begin(), docks.end(),
                                        [](const QDockWidget *d) { return d->isVisible(); });
    dock->show();
    dock->raise();
    // An area that opens from nothing gets a useful height, not the minimum.
    if (collapsed && dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
        resizeDocks({dock}, {std::clamp(height() * 26 / 100, 150, 320)}, Qt::Vertical);
}

void MainWindow::showPreviewDock()
{
    const bool wasHidden = !m_previewDock->isVisible();
    m_previewDock->show();
    m_previewDock->raise();
    if (wasHidden && dockWidgetArea(m_previewDock) == Qt::RightDockWidgetArea)
        resizeDocks({m_previewDock}, {std::clamp(width() * 24 / 100, 320, 420)}, Qt::Horizontal);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    discardRecovery();
    saveLayout();
    writeRecentFiles();
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString name = m_document->filePath().isEmpty()
                                 ? tr("Untitled")
                                 : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1[*] \u2014 Dialogsmith").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool hasSelection = !selectedInteractions().isEmpty() || !selectedDialogs().isEmpty()
                              || !selectedIntegration().isEmpty();
    for (const char *name : {"cut", "copy", "duplicate", "delete"})
        action(QLatin1String(name))->setEnabled(hasSelection);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

bool MainWindow::report(const Result<void> &result)
{
    if (!result)
        showStatus(result.error().message);
    return result.ok();
}

// --- Files --------------------------------------------------------------------------------------

void MainWindow::loadBot(const Bot &bot, const QString &path)
{
    discardRecovery();
    m_autosave.stop();
    m_document->load(bot, path);
    if (!path.isEmpty())
        addRecentFile(path);
}

Result<format::LoadedBot> MainWindow::loadFile(const QString &path)
{
    if (QFileInfo(path).size() < backgroundLoadBytes)
        return format::loadBotFile(path);
    // A large file is read and parsed on a thread of its own: the window keeps painting and
    // says what it is doing.
    std::optional<Result<format::LoadedBot>> loaded;
    std::unique_ptr<QThread> worker(
            QThread::create([&loaded, path] { loaded = format::loadBotFile(path); }));
    QProgressDialog progress(tr("Opening %1\u2026").arg(QFileInfo(path).fileName()), QString(), 0,
                             0, this);
    progress.setObjectName(QStringLiteral("openProgress"));
    progress.setWindowTitle(tr("Open Bot"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return std::move(*loaded);
}

bool MainWindow::openFile(const QString &path)
{
    // Read first: a file that cannot be opened leaves the current project as it is, unasked.
    Result<format::LoadedBot> loaded = loadFile(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot Open Bot"),
                             tr("%1 could not be opened:\n\n%2\n\nThe current project stays open.")
                                     .arg(QFileInfo(path).fileName(), loaded.error().toString()));
        return false;
    }
    if (!maybeSave())
        return false;
    loadBot(loaded->bot, QFileInfo(path).absoluteFilePath());
    if (!loaded->warnings.isEmpty())
        showStatus(tr("Opened with %n warning(s); see Problems.", nullptr,
                      int(loaded->warnings.size())));
    else
        showStatus(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::newProject(bool fromSample)
{
    if (!fromSample) {
        if (!maybeSave())
            return false;
        loadBot(Bot::createEmpty(tr("New bot")), {});
        return true;
    }
    Result<format::LoadedBot> sample
            = format::loadBotFile(QStringLiteral(":/samples/routing-bot.json"));
    if (!sample) {
        QMessageBox::critical(this, tr("New Bot"), sample.error().toString());
        return false;
    }
    if (!maybeSave())
        return false;
    loadBot(sample->bot, {});
    return true;
}

bool MainWindow::saveFile(const QString &path)
{
    Result<void> saved = format::saveBotFile(m_document->bot(), path);
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("The project was not saved:\n\n%1\n\nNothing on disk changed.")
                                      .arg(saved.error().toString()));
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    m_autosave.stop();
    discardRecovery();
    addRecentFile(m_document->filePath());
    showStatus(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(QLatin1Char(':')))
        return saveAs();
    return saveFile(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Bot As"), m_document->filePath(),
                                                tr(projectFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveFile(path);
}

bool MainWindow::exportForConversationBuilder(const QString &path)
{
    Result<void> saved = format::saveBotFile(m_document->bot(), path,
                                             format::WriteTarget::ConversationBuilder);
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot Export"), saved.error().toString());
        return false;
    }
    showStatus(tr("Exported %1 for Conversation Builder").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
                                 ? tr("this new bot")
                                 : QFileInfo(m_document->filePath()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Do you want to save the changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discardRecovery();
        m_document->markSaved();
        return true;
    default:
        return false;
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    m_recentToWrite.removeAll(path);
    m_recentToWrite.append(path);
    m_recentWrite.start();
}

void MainWindow::writeRecentFiles()
{
    m_recentWrite.stop();
    if (m_recentToWrite.isEmpty())
        return;
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : std::as_const(m_recentToWrite)) {
        files.removeAll(path);
        files.prepend(path);
    }
    m_recentToWrite.clear();
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
}

void MainWindow::rebuildRecentMenu()
{
    writeRecentFiles();
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int n = 0;
    for (const QString &path : files) {
        if (!QFileInfo::exists(path))
            continue;
        QAction *a = m_recentMenu->addAction(
                QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()), this,
                [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (n == 0)
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        m_recentToWrite.clear();
        QSettings().remove(QStringLiteral("recentFiles"));
    });
}

bool MainWindow::autosave()
{
    if (!m_document->isModified())
        return true;
    Result<void> ok = m_recovery.save(m_document->bot(), m_document->filePath(), m_sessionKey);
    if (!ok)
        showStatus(tr("Could not write the recovery copy: %1").arg(ok.error().message));
    return ok.ok();
}

void MainWindow::discardRecovery()
{
    m_recovery.discard(m_sessionKey);
}

void MainWindow::offerRecovery()
{
    const QList<format::RecoveryStore::Entry> pending = m_recovery.pending();
    for (const format::RecoveryStore::Entry &entry : pending) {
        QMessageBox box(
                QMessageBox::Question, tr("Recover Unsaved Work"),
                tr("Dialogsmith found unsaved changes to %1 from %2.")
                        .arg(entry.displayName.isEmpty() ? tr("a new bot") : entry.displayName,
                             QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                QMessageBox::NoButton, this);
        box.setInformativeText(tr("Restore them? Discarding deletes the recovery copy."));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            m_recovery.remove(entry);
            continue;
        }
        if (box.clickedButton() != restore)
            continue;
        Result<format::LoadedBot> loaded = format::loadBotFile(entry.recoveryFile);
        if (!loaded) {
            QMessageBox::warning(
                    this, tr("Recover Unsaved Work"),
                    tr("The recovery copy cannot be read: %1").arg(loaded.error().toString()));
            continue;
        }
        if (!maybeSave())
            return;
        m_document->load(loaded->bot, entry.projectPath);
        m_document->undoStack()->resetClean(); // restored work is unsaved work
        // It is this window's unsaved work now: its own copy is written at once, so a second
        // crash keeps it; the old copy goes only once the new one is there.
        if (autosave())
            m_recovery.remove(entry);
        showStatus(tr("Restored unsaved changes; save to keep them."));
        return;
    }
}

// --- Selection ----------------------------------------------------------------------------------

void MainWindow::showDialog(const QString &dialogId)
{
    if (dialogId.isEmpty() || !m_document->dialog(dialogId)) {
        m_canvas->showDialog({});
        m_centre->setCurrentWidget(m_emptyPage);
        return;
    }
    if (m_canvas->dialogId() != dialogId)
        m_canvas->showDialog(dialogId);
    m_centre->setCurrentWidget(m_canvas);
}

bool MainWindow::showDialogNamed(const QString &name)
{
    for (const Dialog &d : m_document->bot().dialogs) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0) {
            selectInExplorer(m_explorerModel->indexOfDialog(d.id));
            showDialog(d.id);
            return true;
        }
    }
    return false;
}

bool MainWindow::showInteractionNamed(const QString &name)
{
    const Interaction *i = m_document->bot().interactionByName(name);
    if (!i)
        return false;
    goTo({m_document->dialogIdOf(i->id), i->id, {}, {}});
    return true;
}

void MainWindow::showIntegration(const QString &id, const QString &field)
{
    if (StudioEngine *e = engine())
        e->showIntegration(id, field);
}

void MainWindow::showEnvironments()
{
    selectInExplorer(m_explorerModel->environmentsIndex());
    m_centre->setCurrentWidget(environmentsEditor());
}

void MainWindow::selectInExplorer(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_syncingSelection = true;
    m_explorer->setCurrentIndex(index);
    m_explorer->scrollTo(index);
    m_syncingSelection = false;
}

void MainWindow::explorerSelectionChanged()
{
    updateActions();
    if (m_syncingSelection)
        return;
    m_selectionSource = SelectionSource::Explorer;
    const QModelIndex current = m_explorer->currentIndex();
    const QString id = ExplorerModel::idOf(current);
    switch (ExplorerModel::kindOf(current)) {
    case ExplorerModel::Kind::Dialog:
        showDialog(id);
        m_inspector->clear();
        break;
    case ExplorerModel::Kind::Interaction:
        showDialog(m_document->dialogIdOf(id));
        m_syncingSelection = true;
        m_canvas->selectInteractions(selectedInteractions());
        m_syncingSelection = false;
        m_inspector->showInteraction(id);
        break;
    case ExplorerModel::Kind::Integration:
        showIntegration(id);
        break;
    case ExplorerModel::Kind::EnvironmentsSection:
    case ExplorerModel::Kind::Environment:
        m_centre->setCurrentWidget(environmentsEditor());
        break;
    case ExplorerModel::Kind::Bot:
        m_inspector->showBotCode();
        break;
    default:
        break;
    }
}

void MainWindow::canvasSelectionChanged(const QStringList &ids)
{
    if (m_syncingSelection)
        return;
    m_selectionSource = SelectionSource::Canvas;
    if (ids.size() == 1) {
        m_inspector->showInteraction(ids.first());
        selectInExplorer(m_explorerModel->indexOfInteraction(ids.first()));
    } else if (ids.isEmpty()) {
        m_inspector->clear();
    }
    updateActions();
}

QStringList MainWindow::selectedInteractions() const
{
    if (m_selectionSource == SelectionSource::Canvas && m_centre->currentWidget() == m_canvas)
        return m_canvas->selectedInteractions();
    QStringList ids;
    for (const QModelIndex &i : m_explorer->selectionModel()->selectedRows()) {
        if (ExplorerModel::kindOf(i) == ExplorerModel::Kind::Interaction)
            ids.append(ExplorerModel::idOf(i));
    }
    return ids;
}

QStringList MainWindow::selectedDialogs() const
{
    if (m_selectionSource == SelectionSource::Canvas)
        return {};
    QStringList ids;
    for (const QModelIndex &i : m_explorer->selectionModel()->selectedRows()) {
        if (ExplorerModel::kindOf(i) == ExplorerModel::Kind::Dialog)
            ids.append(ExplorerModel::idOf(i));
    }
    return ids;
}

QString MainWindow::selectedIntegration() const
{
    if (m_selectionSource == SelectionSource::Canvas)
        return {};
    const QModelIndex current = m_explorer->currentIndex();
    return ExplorerModel::kindOf(current) == ExplorerModel::Kind::Integration
                   ? ExplorerModel::idOf(current)
                   : QString();
}

void MainWindow::goTo(const ProblemLocation &location, int line)
{
    if (!location.integrationId.isEmpty()) {
        selectInExplorer(m_explorerModel->indexOfIntegration(location.integrationId));
        showIntegration(location.integrationId, location.field);
        return;
    }
    if (!location.interactionId.isEmpty() && m_document->interaction(location.interactionId)) {
        showDialog(m_document->dialogIdOf(location.interactionId));
        selectInExplorer(m_explorerModel->indexOfInteraction(location.interactionId));
        m_syncingSelection = true;
        m_canvas->selectInteractions({location.interactionId});
        m_syncingSelection = false;
        m_selectionSource = SelectionSource::Canvas;
        m_inspector->showInteraction(location.interactionId);
        m_inspectorDock->show();
        m_inspectorDock->raise();
        m_inspector->focusField(location.field, line);
        return;
    }
    if (!location.dialogId.isEmpty()) {
        selectInExplorer(m_explorerModel->indexOfDialog(location.dialogId));
        showDialog(location.dialogId);
        return;
    }
    if (location.field == QLatin1String("global functions")) {
        m_inspector->showBotCode();
        m_inspectorDock->raise();
        m_inspector->focusField(location.field, line);
    }
}

void MainWindow::openLargeCodeEditor()
{
    if (StudioEngine *e = engine())
        e->openLargeCodeEditor();
}

LargeCodeEditor *MainWindow::largeCodeEditor() const
{
    return m_engine ? m_engine->largeCodeEditor() : nullptr;
}

// --- Editing ------------------------------------------------------------------------------------

format::Fragment MainWindow::selectedFragment() const
{
    // Dialogs when dialogs are selected, otherwise the selected interactions.
    format::Fragment fragment;
    for (const QString &id : selectedDialogs())
        fragment.dialogs.append(*m_document->dialog(id));
    if (fragment.dialogs.isEmpty()) {
        for (const QString &id : selectedInteractions())
            fragment.interactions.append(*m_document->interaction(id));
    }
    return fragment;
}

void MainWindow::copySelection(bool cut)
{
    const format::Fragment fragment = selectedFragment();
    if (fragment.isEmpty())
        return;
    const QByteArray json = format::writeFragment(fragment, m_document->bot().id);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(format::fragmentMimeType), json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    if (cut)
        deleteSelection();
    showStatus(tr("%1 %n item(s)", nullptr,
                  int(fragment.dialogs.size() + fragment.interactions.size()))
                       .arg(cut ? tr("Cut") : tr("Copied")));
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    QByteArray json = mime->data(QLatin1String(format::fragmentMimeType));
    if (json.isEmpty())
        json = mime->text().toUtf8();
    Result<format::Fragment> read = format::readFragment(json);
    if (!read || read->isEmpty()) {
        showStatus(tr("The clipboard holds no Dialogsmith interactions or dialogs."));
        return;
    }
    insertFragment(*read, tr("Paste"));
}

void MainWindow::insertFragment(const format::Fragment &source, const QString &undoText)
{
    const format::Fragment fragment = format::copyForPaste(source, m_document->bot());
    m_document->beginMacro(undoText);
    QStringList pasted;
    for (const Dialog &d : fragment.dialogs) {
        if (Result<void> ok
            = m_document->execute(std::make_unique<AddDialogCommand>(*m_document, d));
            !ok)
            showStatus(ok.error().message);
    }
    if (!fragment.interactions.isEmpty()) {
        const std::optional<format::PastePlace> place = format::pastePlace(
                m_document->bot(), m_canvas->dialogId(), selectedInteractions());
        if (!place) {
            showStatus(tr("Select a dialog to paste interactions into."));
        } else {
            int index = place->index;
            for (const Interaction &i : fragment.interactions) {
                if (m_document->execute(std::make_unique<AddInteractionCommand>(
                            *m_document, place->dialogId, i, index))) {
                    pasted.append(i.id);
                    if (index >= 0)
                        ++index;
                }
            }
        }
    }
    m_document->endMacro();
    if (!pasted.isEmpty())
        m_canvas->selectInteractions(pasted);
    if (!fragment.dialogs.isEmpty())
        showDialogNamed(fragment.dialogs.first().name);
}

void MainWindow::duplicate()
{
    // Copy and paste in one step, without touching the clipboard.
    const format::Fragment fragment = selectedFragment();
    if (!fragment.isEmpty())
        insertFragment(fragment, tr("Duplicate"));
}

void MainWindow::deleteSelection()
{
    const QStringList dialogs = selectedDialogs();
    const QStringList interactions = selectedInteractions();
    const QString integration = selectedIntegration();
    if (!dialogs.isEmpty()) {
        m_document->beginMacro(tr("Delete %n dialog(s)", nullptr, int(dialogs.size())));
        for (const QString &id : dialogs)
            report(m_document->execute(std::make_unique<RemoveDialogCommand>(*m_document, id)));
        m_document->endMacro();
    } else if (!interactions.isEmpty()) {
        m_document->beginMacro(tr("Delete %n interaction(s)", nullptr, int(interactions.size())));
        for (const QString &id : interactions)
            report(m_document->execute(
                    std::make_unique<RemoveInteractionCommand>(*m_document, id)));
        m_document->endMacro();
    } else if (!integration.isEmpty()) {
        report(m_document->execute(
                std::make_unique<RemoveIntegrationCommand>(*m_document, integration)));
    }
    updateActions();
}

void MainWindow::renameSelection()
{
    const QModelIndex current = m_explorer->currentIndex();
    if (m_selectionSource == SelectionSource::Canvas) {
        const QStringList ids = m_canvas->selectedInteractions();
        if (ids.size() == 1)
            selectInExplorer(m_explorerModel->indexOfInteraction(ids.first()));
    }
    if (current.isValid()
        && (m_explorerModel->flags(m_explorer->currentIndex()) & Qt::ItemIsEditable)) {
        m_explorerDock->show();
        m_explorer->setFocus();
        m_explorer->edit(m_explorer->currentIndex());
    }
}

void MainWindow::moveSelection(int delta)
{
    const QStringList dialogs = selectedDialogs();
    const QStringList interactions = selectedInteractions();
    Result<void> ok;
    if (dialogs.size() == 1) {
        ok = m_document->execute(std::make_unique<MoveDialogCommand>(
                *m_document, dialogs.first(), m_document->dialogIndex(dialogs.first()) + delta));
    } else if (interactions.size() == 1) {
        const Dialog *d = m_document->dialog(m_document->dialogIdOf(interactions.first()));
        ok = m_document->execute(std::make_unique<MoveInteractionCommand>(
                *m_document, interactions.first(), int(d->indexOf(interactions.first())) + delta));
    } else {
        return;
    }
    if (!ok)
        showStatus(ok.error().message);
}

void MainWindow::addDialog(bool fallback)
{
    Dialog d = Dialog::create(
            m_document->uniqueDialogName(fallback ? tr("Fallback") : tr("New dialog")),
            fallback ? DialogType::Fallback : DialogType::Dialog);
    Interaction first
            = Interaction::create(fallback ? InteractionType::Text : InteractionType::DialogStarter,
                                  m_document->uniqueInteractionName(
                                          fallback ? tr("fallback text") : tr("dialog starter")));
    if (fallback) {
        first.text = tr("Sorry, I did not get that.");
        first.setNextAction(Action::end());
    }
    d.interactions = {first};
    if (Result<void> ok = m_document->execute(std::make_unique<AddDialogCommand>(*m_document, d));
        !ok) {
        showStatus(ok.error().message);
        return;
    }
    const QModelIndex index = m_explorerModel->indexOfDialog(d.id);
    m_explorer->setCurrentIndex(index);
    showDialog(d.id);
    m_explorer->edit(index);
}

void MainWindow::addIntegration()
{
    Integration in = Integration::create(m_document->uniqueIntegrationName(tr("New integration")));
    in.responseDataVariable = QStringLiteral("newIntegration");
    if (Result<void> ok
        = m_document->execute(std::make_unique<AddIntegrationCommand>(*m_document, in));
        !ok) {
        showStatus(ok.error().message);
        return;
    }
    selectInExplorer(m_explorerModel->indexOfIntegration(in.id));
    showIntegration(in.id);
}

} // namespace dialogsmith::ui
