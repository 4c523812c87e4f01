#pragma once

#include "cbformat.h"
#include "fragment.h"
#include "recovery.h"
#include "search.h"
#include "studioengine.h"
#include "validation.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndex>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class AccountEditor;
class CoverageController;
class AgentDeskPanel;
class CloudDeskPanel;
class DebuggerPanel;
class DeployPanel;
class DialogCanvas;
class EnvironmentsEditor;
class ExplorerModel;
class Inspector;
class IntegrationEditor;
class LargeCodeEditor;
class PreviewController;
class PreviewPanel;
class ProblemsPanel;
class TestsPanel;
class SearchPanel;
class VersionsController;

/// The studio window: project explorer on the left, the dialog canvas (or the integration and
/// environment editors) in the centre, the inspector on the right, problems and search results
/// below. It owns the BotDocument and wires the views to it; the views mirror the document and
/// edit it only through its commands. What runs bots and reaches the network (preview, tests,
/// coverage, integrations, the local cloud) is its StudioEngine: linked in, it is attached as the
/// window is made; from the engine module, once the window has been painted, or as soon as
/// something asks for it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Windows made from now on attach the engine `factory` makes as they are made (tests,
    /// tools: ui/engine/linkedengine.cpp does it for every program that links the engine).
    static void useLinkedEngine(StudioEngineFactory factory);
    /// Windows made from now on load the engine from the module at `path` once they have been
    /// painted (the application).
    static void useEngineModule(const QString &path);

    struct Options
    {
        QString recoveryDirectory;      ///< empty: the app's data folder
        int autosaveIntervalMs = 30000; ///< recovery copy this long after the first unsaved change
        QString accountFile; ///< what the embedded cloud serves; empty: defaultAccountFile()
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    document::BotDocument *document() const { return m_document; }

    /// Opens a project: reads it first (a large one on a thread of its own, with a progress
    /// dialog), then asks about unsaved changes. A file that cannot be opened is reported with
    /// the loader's located message and the current project stays as it was, unasked.
    bool openFile(const QString &path);
    /// Saves to `path` and makes it the project's file.
    bool saveFile(const QString &path);
    bool save();
    bool saveAs();
    bool exportForConversationBuilder(const QString &path);
    /// Replaces the project with a new one (asking first about unsaved changes).
    bool newProject(bool fromSample);
    /// Offers the newest recovery copies of unsaved work, if any (called once at start-up).
    void offerRecovery();

    /// Shows the dialog named `name` on the canvas; false when there is none.
    bool showDialogNamed(const QString &name);
    /// Selects the interaction named `name` and shows it in the inspector.
    bool showInteractionNamed(const QString &name);
    void showDialog(const QString &dialogId);
    /// Jumps to a place: dialog, interaction (and field / code line) or integration.
    void goTo(const document::ProblemLocation &location, int line = 0);

    DialogCanvas *canvas() const { return m_canvas; }
    Inspector *inspector() const { return m_inspector; }
    /// The engine, loaded now if it was not yet; nullptr when it cannot be loaded (the user was
    /// told why once).
    StudioEngine *engine() const;
    bool isEngineLoaded() const { return m_engine != nullptr; }
    /// Why the engine could not be loaded (empty while it could).
    QString engineError() const { return m_engineError; }
    /// The integration editor (made when first asked for).
    IntegrationEditor *integrationEditor();
    /// The environments editor (made when first asked for).
    EnvironmentsEditor *environmentsEditor();
    /// The large code editor, once opened (nullptr before).
    LargeCodeEditor *largeCodeEditor() const;
    /// Shows the code the inspector shows (or the selected interaction's) beside the canvas,
    /// the cursor in the slot and line it had in the inspector.
    void openLargeCodeEditor();
    ProblemsPanel *problemsPanel() const { return m_problems; }
    /// The Tests panel, made when its dock is first shown (or asked for here).
    TestsPanel *testsPanel();
    /// The search results, made when their dock is first shown (or asked for here).
    SearchPanel *searchPanel();
    QTreeView *explorer() const { return m_explorer; }
    QStackedWidget *centre() const { return m_centre; }
    PreviewController *previewController() const;
    /// The chat, made when the preview's dock is first shown (or asked for here): the
    /// controller keeps the chat from the start (PreviewController::chat()).
    PreviewPanel *previewPanel();
    /// The debugger panel, made when its dock is first shown (or asked for here); it shows the
    /// conversations from the first one on all the same (PreviewController::debuggerRecord()).
    DebuggerPanel *debuggerPanel();
    /// The studio's agent desk (the dock's Local Desk tab). The Agent Desk dock's tabs are made
    /// when the dock is first shown or one of these three is asked for.
    AgentDeskPanel *agentDeskPanel();
    /// The Agent Desk dock's cloud side: an agent console client of the local cloud.
    CloudDeskPanel *cloudDeskPanel();
    /// The Agent Desk dock's tabs: the cloud console, then the local desk.
    QTabWidget *agentDeskTabs();
    QDockWidget *previewDock() const { return m_previewDock; }
    QDockWidget *debuggerDock() const { return m_debuggerDock; }
    QDockWidget *agentDeskDock() const { return m_agentDeskDock; }
    /// Shows and raises the preview, with a useful width when it was hidden.
    void showPreviewDock();
    /// The Deploy panel, made when its dock is first shown (or asked for here): it is not needed
    /// to start the studio.
    DeployPanel *deployPanel();
    /// The Account editor (created when first shown; null before).
    AccountEditor *accountEditor() const;
    QDockWidget *deployDock() const { return m_deployDock; }
    /// The local conversational cloud of the studio (started on demand).
    cloud::EmbeddedCloud *cloud() const;
    /// Restarts the preview in dialog `dialogId` and shows the preview.
    void startPreviewFromDialog(const QString &dialogId);
    /// Comparisons with other versions (the diff view) and snapshots.
    VersionsController *versions() const { return m_versions; }
    /// Test coverage of the Tests panel's last run of every transcript.
    CoverageController *coverage() const;
    /// The action with that object name ("save", "undo", "copy"...), for shortcuts and tests.
    QAction *action(const QString &name) const;

signals:
    /// The engine has been attached: what needs it works from here on.
    void engineLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class StudioEngineImpl;

    void createWidgets();
    /// The docks the engine fills: preview, debugger, agent desk, deploy.
    void createEngineDocks();
    /// Runs `work` with the engine now if it is attached, else once it is.
    void whenEngine(std::function<void(StudioEngine &)> work);
    /// Runs `action` in the engine, loading it first if need be.
    void runEngineAction(StudioEngine::Action action, bool checked = false);
    void attachEngine(StudioEngine *engine);
    void createActions();
    void createMenus();
    void restoreLayout();
    void applyFirstStartLayout();
    /// Problems, search results, debugger and agent desk: the bottom area.
    QList<QDockWidget *> bottomDocks() const;
    /// Shows and raises `dock`; when the bottom area was collapsed, gives it a useful height.
    void showBottomDock(QDockWidget *dock);
    void saveLayout();
    void updateTitle();
    void updateActions();
    void rebuildRecentMenu();
    /// Puts `path` first in the recent projects. The settings are written a moment later (or
    /// when the window goes), not on the way to showing the project: writing them syncs the
    /// disk twice, tens of milliseconds on a busy one.
    void addRecentFile(const QString &path);
    /// Writes the recent projects added since the last write, over what the settings hold now
    /// (another window may have added some).
    void writeRecentFiles();
    void loadBot(const document::Bot &bot, const QString &path);

    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    /// Writes the recovery copy now; false when it could not (the status bar says why).
    bool autosave();
    void discardRecovery();
    /// loadBotFile(), off the GUI thread with a progress dialog for files of
    /// backgroundLoadBytes or more.
    document::Result<format::LoadedBot> loadFile(const QString &path);
    static constexpr qint64 backgroundLoadBytes = 1024 * 1024;

    // Selection shared by explorer and canvas.
    void explorerSelectionChanged();
    void canvasSelectionChanged(const QStringList &ids);
    QStringList selectedInteractions() const;
    QStringList selectedDialogs() const;
    QString selectedIntegration() const;
    /// Shows integration `id` in the centre, `field` focused if not empty.
    void showIntegration(const QString &id, const QString &field = {});
    void showEnvironments();
    void selectInExplorer(const QModelIndex &index);

    // Edit actions.
    void copySelection(bool cut);
    void paste();
    void duplicate();
    /// What Copy, Cut and Duplicate take: the selected dialogs, else the selected interactions.
    format::Fragment selectedFragment() const;
    /// Adds copies of `fragment` (renamed where names are taken) after the selection, as one
    /// undo step called `undoText`.
    void insertFragment(const format::Fragment &fragment, const QString &undoText);
    void deleteSelection();
    void renameSelection();
    void moveSelection(int delta);
    void addDialog(bool fallback);
    void addIntegration();

    void showStatus(const QString &text);
    /// Shows why a command was refused; true when it ran.
    bool report(const document::Result<void> &result);

    document::BotDocument *m_document;
    Options m_options;
    format::RecoveryStore m_recovery;
    QString m_sessionKey;
    QTimer m_autosave;
    QStringList m_recentToWrite; ///< oldest first
    QTimer m_recentWrite;

    ExplorerModel *m_explorerModel = nullptr;
    QTreeView *m_explorer = nullptr;
    QStackedWidget *m_centre = nullptr;
    DialogCanvas *m_canvas = nullptr;
    EnvironmentsEditor *m_environmentsEditor = nullptr;
    QWidget *m_emptyPage = nullptr;
    Inspector *m_inspector = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_testsDock = nullptr;
    SearchPanel *m_search = nullptr;
    QDockWidget *m_explorerDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_debuggerDock = nullptr;
    QDockWidget *m_agentDeskDock = nullptr;
    QDockWidget *m_deployDock = nullptr;
    VersionsController *m_versions = nullptr;
    std::unique_ptr<StudioEngine> m_engine;
    /// What waits for the engine (whenEngine()).
    QList<std::function<void(StudioEngine &)>> m_engineWork;
    bool m_engineFailed = false; ///< the module could not be loaded; the user was told
    QString m_engineError;
    bool m_engineScheduled = false; ///< the window was painted; the engine loads next
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    /// Which view the last selection came from, so Copy/Delete act on what the user sees.
    enum class SelectionSource { Explorer, Canvas } m_selectionSource = SelectionSource::Explorer;
    bool m_syncingSelection = false;
    bool m_hadProblems = false;
};

} // namespace dialogsmith::ui
