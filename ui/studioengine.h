#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTabWidget;

namespace dialogsmith::cloud {
class EmbeddedCloud;
}

namespace dialogsmith::ui {

class AccountEditor;
class AgentDeskPanel;
class CloudDeskPanel;
class CoverageController;
class DebuggerPanel;
class DeployPanel;
class IntegrationEditor;
class LargeCodeEditor;
class MainWindow;
class PreviewController;
class PreviewPanel;
class TestsPanel;

/// The studio's engine: the parts of the window that run bots and reach the network — the
/// preview (chat, debugger, agent desks), the Tests panel and coverage, the integration editor
/// with its test requests, the local cloud (deploy panel, account editor) — and the code
/// editors (QScintilla's, with the JavaScript syntax check) with the large code editor. They
/// link Qt Qml, Qt Network and QScintilla, which the first window does not need, so the
/// application loads them as a module once that window is painted (MainWindow::
/// useEngineModule()); tests and tools link them (ui/engine, linkedengine.cpp).
///
/// The main window makes the docks and defines the actions (their texts, keys and icons); the
/// engine fills the docks and runs the actions. It is made for one window and destroyed before
/// that window's widgets.
class StudioEngine
{
public:
    /// The main window's actions the engine runs.
    enum class Action {
        ShowTests,
        RunTests,
        ShowCoverage, ///< checked: show or hide
        ShowPreview,
        PreviewRestart,
        PreviewReset,
        PreviewDelays, ///< checked: on or off
        SaveTranscript,
        OpenTranscript,
        OpenVisitorPage,
        OpenAgentConsole,
        EditAccount,
        ShowDeploy,
    };

    virtual ~StudioEngine() = default;

    virtual void run(Action action, bool checked) = 0;
    /// Restarts the preview in dialog `dialogId` and shows the preview.
    virtual void startPreviewFromDialog(const QString &dialogId) = 0;
    /// Shows integration `id` in the centre's integration editor, `field` focused if not empty.
    virtual void showIntegration(const QString &id, const QString &field) = 0;

    virtual PreviewController *previewController() = 0;
    virtual PreviewPanel *previewPanel() = 0;
    virtual DebuggerPanel *debuggerPanel() = 0;
    virtual QTabWidget *agentDeskTabs() = 0;
    virtual AgentDeskPanel *agentDeskPanel() = 0;
    virtual CloudDeskPanel *cloudDeskPanel() = 0;
    virtual DeployPanel *deployPanel() = 0;
    virtual AccountEditor *accountEditor() = 0;
    virtual cloud::EmbeddedCloud *cloud() = 0;
    virtual TestsPanel *testsPanel() = 0;
    virtual CoverageController *coverage() = 0;
    virtual IntegrationEditor *integrationEditor() = 0;
    /// Shows the code the inspector shows (or the selected interaction's) beside the canvas,
    /// the cursor in the slot and line it had in the inspector.
    virtual void openLargeCodeEditor() = 0;
    /// The large code editor, once opened (nullptr before).
    virtual LargeCodeEditor *largeCodeEditor() = 0;

    // The command line's preview script (app/gui/main.cpp).
    /// Runs the preview in channel `name` ("web", "messaging"); false when there is none.
    virtual bool setPreviewChannel(const QString &name) = 0;
    virtual void setPreviewEnvironment(const QString &name) = 0;
    /// Sends `messages` one by one, each once the bot has answered the one before, then answers
    /// the newest transfer with `agentReply` if it is not empty; `finished` gets the error, empty
    /// when the script ran. Without `delays` the bot's answers come at once.
    virtual void runPreviewScript(const QStringList &messages, const QString &agentReply,
                                  bool delays, std::function<void(const QString &error)> finished)
            = 0;
};

/// Makes the engine of `window` (ui/engine/linkedengine.cpp registers it).
using StudioEngineFactory = StudioEngine *(*)(MainWindow &window);

} // namespace dialogsmith::ui
