#pragma once

#include "studioengine.h"

#include <QObject>

#include <memory>

class QWidget;

namespace dialogsmith::network {
class SecretStore;
}

namespace dialogsmith::ui {

/// The engine of one main window (studioengine.h): makes the preview controller, the coverage
/// and the local cloud as it is attached, and the panels when their docks first show or they are
/// asked for. Reaches into the window as its friend, for the docks and views it wires.
class StudioEngineImpl : public QObject, public StudioEngine
{
public:
    explicit StudioEngineImpl(MainWindow &window);
    ~StudioEngineImpl() override;

    void run(Action action, bool checked) override;
    void startPreviewFromDialog(const QString &dialogId) override;
    void showIntegration(const QString &id, const QString &field) override;

    PreviewController *previewController() override { return m_preview; }
    PreviewPanel *previewPanel() override;
    DebuggerPanel *debuggerPanel() override;
    QTabWidget *agentDeskTabs() override;
    AgentDeskPanel *agentDeskPanel() override;
    CloudDeskPanel *cloudDeskPanel() override;
    DeployPanel *deployPanel() override;
    AccountEditor *accountEditor() override { return m_accountEditor; }
    cloud::EmbeddedCloud *cloud() override { return m_cloud; }
    TestsPanel *testsPanel() override;
    CoverageController *coverage() override { return m_coverage; }
    IntegrationEditor *integrationEditor() override;
    void openLargeCodeEditor() override;
    LargeCodeEditor *largeCodeEditor() override { return m_codeEditor; }

    bool setPreviewChannel(const QString &name) override;
    void setPreviewEnvironment(const QString &name) override;
    void runPreviewScript(const QStringList &messages, const QString &agentReply, bool delays,
                          std::function<void(const QString &error)> finished) override;

private:
    void createPreview();
    void createDeploy();
    /// Starts the embedded cloud unless it runs and opens its visitor page or agent console in
    /// the system browser.
    void openCloudPage(bool visitor);
    /// Shows the Agent Desk dock with `desk` (one of its tabs) in front.
    void showAgentDesk(QWidget *desk);
    /// Gives the canvas, the explorer and the Tests panel the coverage (or clears it).
    void applyCoverage();

    MainWindow &m_window;
    PreviewController *m_preview = nullptr;
    PreviewPanel *m_previewPanel = nullptr;
    DebuggerPanel *m_debugger = nullptr;
    AgentDeskPanel *m_agentDesk = nullptr;
    CloudDeskPanel *m_cloudDesk = nullptr;
    QTabWidget *m_agentDeskTabs = nullptr;
    std::unique_ptr<network::SecretStore> m_secrets;
    cloud::EmbeddedCloud *m_cloud = nullptr;
    AccountEditor *m_accountEditor = nullptr;
    DeployPanel *m_deployPanel = nullptr;
    CoverageController *m_coverage = nullptr;
    TestsPanel *m_tests = nullptr;
    IntegrationEditor *m_integrationEditor = nullptr;
    LargeCodeEditor *m_codeEditor = nullptr;
};

/// Makes the engine of `window` (registered by linkedengine.cpp).
StudioEngine *createStudioEngine(MainWindow &window);

} // namespace dialogsmith::ui
