#include "studioengineimpl.h"

#include "accounteditor.h"
#include "agentdeskpanel.h"
#include "botdocument.h"
#include "clouddeskpanel.h"
#include "codepage.h"
#include "coveragecontroller.h"
#include "debuggerpanel.h"
#include "deploypanel.h"
#include "dialogcanvas.h"
#include "embeddedcloud.h"
#include "explorermodel.h"
#include "inspector.h"
#include "integrationeditor.h"
#include "largecodeeditor.h"
#include "mainwindow.h"
#include "previewcontroller.h"
#include "previewnetwork.h"
#include "previewpanel.h"
#include "previewscript.h"
#include "runtimeoptions.h"
#include "secretstore.h"
#include "testspanel.h"
#include "typeicons.h"

#include <QAction>
#include <QDesktopServices>
#include <QDockWidget>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>

#include <memory>

namespace dialogsmith::ui {

using document::ProblemLocation;

StudioEngine *createStudioEngine(MainWindow &window)
{
    return new StudioEngineImpl(window);
}

StudioEngineImpl::StudioEngineImpl(MainWindow &window)
    : m_window(window)
{
    createPreview();
    createDeploy();

    QAction *coverage = m_window.action(QStringLiteral("showCoverage"));
    coverage->setChecked(m_coverage->isShown());
    QAction *delays = m_window.action(QStringLiteral("previewDelays"));
    delays->setChecked(m_preview->delaysEnabled());
    connect(m_preview, &PreviewController::delaysChanged, delays, &QAction::setChecked);
}

StudioEngineImpl::~StudioEngineImpl()
{
    m_cloud->stop();
}

void StudioEngineImpl::createPreview()
{
    m_preview = new PreviewController(m_window.m_document, &m_window);
    // A transfer waits for someone: show it.
    connect(m_preview->network(), &PreviewNetwork::transferQueued, this,
            [this] { showAgentDesk(agentDeskPanel()); });

    // Coverage: the panel's last run of every transcript, laid on the bot as it is now.
    m_coverage = new CoverageController(m_window.m_document, &m_window);
    connect(m_coverage, &CoverageController::changed, this, &StudioEngineImpl::applyCoverage);

    connect(m_preview, &PreviewController::runningInteractionChanged, this,
            [this](const QString &id) {
                MainWindow &w = m_window;
                // Follow the conversation into other dialogs, unless an editor is in front.
                const QString dialogId = id.isEmpty() ? QString() : w.m_document->dialogIdOf(id);
                if (!dialogId.isEmpty() && dialogId != w.m_canvas->dialogId()
                    && w.action(QStringLiteral("previewFollow"))->isChecked()
                    && (w.m_centre->currentWidget() == w.m_canvas
                        || w.m_centre->currentWidget() == w.m_emptyPage)) {
                    // Following moves the canvas, not what the inspector edits.
                    const QScopedValueRollback keep(w.m_syncingSelection, true);
                    w.showDialog(dialogId);
                }
                w.m_canvas->setRunningInteraction(id);
            });
    connect(m_preview, &PreviewController::pathChanged, m_window.m_canvas,
            &DialogCanvas::setPathHighlight);
    connect(
            m_preview, &PreviewController::conversationStarted, this,
            [this] { m_window.showBottomDock(m_window.m_debuggerDock); }, Qt::SingleShotConnection);
    // A run shows its chat, however it was started (a transcript, a menu, a shortcut).
    connect(m_preview, &PreviewController::conversationStarted, this,
            [this] { m_window.showPreviewDock(); });
}

void StudioEngineImpl::createDeploy()
{
    // The cloud reads the Bot users' keys and the bot's secrets from the secret store when it
    // needs them, so keys generated while it runs count.
    m_secrets = std::make_unique<network::SecretStore>();
    m_cloud = new cloud::EmbeddedCloud(
            m_window.m_options.accountFile,
            [this](const QString &name) { return m_secrets->value(name); }, &m_window);
    // Transfers of the preview go to the cloud while it runs and has the skill.
    m_preview->network()->setHandOverTarget(
            [this](const QString &skillId) -> std::optional<PreviewNetwork::HandOverTarget> {
                if (!m_cloud->isRunning() || !m_cloud->hasSkill(skillId))
                    return std::nullopt;
                return PreviewNetwork::HandOverTarget{m_cloud->baseUrl(), m_cloud->deskKey()};
            });
    connect(m_preview->network(), &PreviewNetwork::handedOver, this,
            [this] { showAgentDesk(cloudDeskPanel()); });
}

void StudioEngineImpl::run(Action action, bool checked)
{
    MainWindow &w = m_window;
    switch (action) {
    case Action::ShowTests:
        // A panel made now has just listed the folder; one made before looks again.
        if (m_tests)
            m_tests->refresh();
        else
            testsPanel();
        w.showBottomDock(w.m_testsDock);
        m_tests->list()->setFocus();
        return;
    case Action::RunTests:
        w.showBottomDock(w.m_testsDock);
        testsPanel()->runAll();
        return;
    case Action::ShowCoverage:
        m_coverage->setShown(checked);
        return;
    case Action::ShowPreview:
        w.showPreviewDock();
        previewPanel()->setFocus();
        return;
    case Action::PreviewRestart:
        w.showPreviewDock();
        m_preview->restart();
        previewPanel()->setFocus();
        return;
    case Action::PreviewReset:
        m_preview->reset();
        return;
    case Action::PreviewDelays:
        m_preview->setDelaysEnabled(checked);
        return;
    case Action::SaveTranscript:
        w.showPreviewDock();
        previewPanel()->saveTranscriptAs();
        return;
    case Action::OpenTranscript:
        w.showPreviewDock();
        previewPanel()->openTranscriptAndReplay();
        return;
    case Action::OpenVisitorPage:
        openCloudPage(true);
        return;
    case Action::OpenAgentConsole:
        openCloudPage(false);
        return;
    case Action::EditAccount:
        if (!m_accountEditor)
            m_accountEditor = new AccountEditor(w.m_options.accountFile, m_secrets.get(), &w);
        m_accountEditor->show();
        m_accountEditor->raise();
        m_accountEditor->activateWindow();
        return;
    case Action::ShowDeploy:
        w.showBottomDock(w.m_deployDock);
        deployPanel()->setFocus();
        return;
    }
}

void StudioEngineImpl::startPreviewFromDialog(const QString &dialogId)
{
    if (!m_window.m_document->dialog(dialogId))
        return;
    m_window.showPreviewDock();
    m_preview->startFromDialog(dialogId);
    previewPanel()->setFocus();
}

void StudioEngineImpl::showIntegration(const QString &id, const QString &field)
{
    integrationEditor()->showIntegration(id);
    m_window.m_centre->setCurrentWidget(m_integrationEditor);
    if (!field.isEmpty())
        m_integrationEditor->focusField(field);
}

TestsPanel *StudioEngineImpl::testsPanel()
{
    if (!m_tests) {
        MainWindow &w = m_window;
        m_tests = new TestsPanel(w.m_document, w.m_testsDock);
        w.m_testsDock->setWidget(m_tests);
        // The dock's tab tells how the last run went.
        const auto retitle = [this] {
            m_window.m_testsDock->setWindowTitle(
                    m_tests->files().isEmpty()
                            ? MainWindow::tr("Tests")
                            : MainWindow::tr("Tests (%1)").arg(m_tests->summary()));
        };
        connect(m_tests, &TestsPanel::summaryChanged, this, retitle);
        retitle();
        // The coverage of the panel's last run of every transcript.
        connect(m_tests, &TestsPanel::coverageChanged, this, [this] {
            m_coverage->setRun(m_tests->coveredBot(), m_tests->coverage());
            m_coverage->setShown(true);
        });
        connect(m_tests, &TestsPanel::uncoveredActivated, this,
                [this](const ProblemLocation &location) { m_window.goTo(location); });
        // A transcript from the Tests panel replays in the preview, where each message the bot
        // now answers differently is marked.
        connect(m_tests, &TestsPanel::openRequested, this, [this](const QString &path) {
            m_window.showPreviewDock();
            previewPanel()->replayTranscript(path);
        });
    }
    return m_tests;
}

PreviewPanel *StudioEngineImpl::previewPanel()
{
    if (!m_previewPanel) {
        MainWindow &w = m_window;
        m_previewPanel = new PreviewPanel(m_preview, w.m_previewDock);
        w.m_previewDock->setWidget(m_previewPanel);
        connect(m_previewPanel, &PreviewPanel::interactionRequested, this,
                [this](const QString &id) {
                    m_window.goTo({m_window.m_document->dialogIdOf(id), id, {}, {}});
                });
        connect(m_previewPanel, &PreviewPanel::statusMessage, &w, &MainWindow::showStatus);
    }
    return m_previewPanel;
}

DebuggerPanel *StudioEngineImpl::debuggerPanel()
{
    if (!m_debugger) {
        MainWindow &w = m_window;
        m_debugger = new DebuggerPanel(m_preview, w.m_debuggerDock);
        w.m_debuggerDock->setWidget(m_debugger);
        connect(m_debugger, &DebuggerPanel::locationRequested, this,
                [this](const ProblemLocation &location, int line) {
                    m_window.goTo(location, line);
                });
    }
    return m_debugger;
}

DeployPanel *StudioEngineImpl::deployPanel()
{
    if (!m_deployPanel) {
        MainWindow &w = m_window;
        m_deployPanel = new DeployPanel(w.m_document, m_cloud, &w);
        static_cast<QScrollArea *>(w.m_deployDock->widget())->setWidget(m_deployPanel);
        connect(m_deployPanel, &DeployPanel::statusMessage, &w, &MainWindow::showStatus);
    }
    return m_deployPanel;
}

QTabWidget *StudioEngineImpl::agentDeskTabs()
{
    // Both desks are made when the dock first shows: neither is needed to start the studio, and
    // both read what their desk already holds when they are made.
    if (!m_agentDeskTabs) {
        QDockWidget *dock = m_window.m_agentDeskDock;
        m_agentDeskTabs = new QTabWidget(dock);
        m_agentDeskTabs->setObjectName(QStringLiteral("agentDeskTabs"));
        m_agentDeskTabs->setDocumentMode(true);
        m_cloudDesk = new CloudDeskPanel(m_cloud, m_agentDeskTabs);
        m_agentDeskTabs->addTab(m_cloudDesk, studioIcon(QStringLiteral("agentconsole")),
                                MainWindow::tr("Cloud"));
        m_agentDeskTabs->setTabToolTip(
                0, MainWindow::tr("Sign in to the local cloud as a human agent: the "
                                  "conversations of your skills ring here"));
        m_agentDesk = new AgentDeskPanel(m_preview->network(), m_agentDeskTabs);
        m_agentDeskTabs->addTab(m_agentDesk, MainWindow::tr("Local Desk"));
        m_agentDeskTabs->setTabToolTip(
                1, MainWindow::tr("The desk that takes the preview's transfers when "
                                  "the local cloud does not run or lacks the skill"));
        m_agentDeskTabs->setCurrentIndex(0);
        connect(m_cloudDesk, &CloudDeskPanel::ringing, this,
                [this] { showAgentDesk(m_cloudDesk); });
        dock->setWidget(m_agentDeskTabs);
    }
    return m_agentDeskTabs;
}

AgentDeskPanel *StudioEngineImpl::agentDeskPanel()
{
    agentDeskTabs();
    return m_agentDesk;
}

CloudDeskPanel *StudioEngineImpl::cloudDeskPanel()
{
    agentDeskTabs();
    return m_cloudDesk;
}

void StudioEngineImpl::showAgentDesk(QWidget *desk)
{
    agentDeskTabs()->setCurrentWidget(desk);
    m_window.showBottomDock(m_window.m_agentDeskDock);
}

void StudioEngineImpl::openCloudPage(bool visitor)
{
    if (const document::Result<quint16> started = m_cloud->start(); !started) {
        QMessageBox::warning(
                &m_window, MainWindow::tr("Local Cloud"),
                MainWindow::tr("The local cloud cannot start: %1").arg(started.error().message));
        return;
    }
    const QUrl url = visitor ? m_cloud->visitorUrl() : m_cloud->agentConsoleUrl();
    if (!QDesktopServices::openUrl(url))
        m_window.showStatus(MainWindow::tr("No browser opened %1.").arg(url.toString()));
    else
        m_window.showStatus(MainWindow::tr("Opened %1 in the browser.").arg(url.toString()));
}

IntegrationEditor *StudioEngineImpl::integrationEditor()
{
    // The centre's editors are made when first shown: their code editors cost start-up time.
    if (!m_integrationEditor) {
        MainWindow &w = m_window;
        m_integrationEditor = new IntegrationEditor(w.m_document, w.m_centre);
        w.m_centre->addWidget(m_integrationEditor);
        connect(m_integrationEditor, &IntegrationEditor::statusMessage, &w,
                &MainWindow::showStatus);
    }
    return m_integrationEditor;
}

void StudioEngineImpl::applyCoverage()
{
    MainWindow &w = m_window;
    const bool shown = m_coverage->hasRun() && m_coverage->isShown();
    if (QAction *toggle = w.action(QStringLiteral("showCoverage"))) {
        toggle->setEnabled(m_coverage->hasRun());
        toggle->setChecked(m_coverage->isShown());
    }
    if (m_tests)
        m_tests->showCoverage(m_coverage->hasRun() ? &m_coverage->report() : nullptr);
    QHash<QString, ExplorerModel::DialogCoverage> perDialog;
    if (shown) {
        const auto &tallies = m_coverage->report().perDialog;
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
            perDialog.insert(it.key(), {it->covered, it->total});
    }
    w.m_explorerModel->setDialogCoverage(perDialog);
    w.m_canvas->setCoverageMarks(shown ? m_coverage->uncoveredInteractions() : QSet<QString>(),
                                 shown ? m_coverage->uncoveredRules()
                                       : QSet<std::pair<QString, int>>());
}

void StudioEngineImpl::openLargeCodeEditor()
{
    MainWindow &w = m_window;
    // Made when first asked for: its editors cost start-up time most sessions never use.
    if (!m_codeEditor) {
        m_codeEditor = new LargeCodeEditor(w.m_document, w.m_centre);
        w.m_centre->addWidget(m_codeEditor);
        connect(m_codeEditor, &LargeCodeEditor::statusMessage, &w, &MainWindow::showStatus);
        connect(m_codeEditor, &LargeCodeEditor::closeRequested, this, [this] {
            MainWindow &window = m_window;
            if (window.m_centre->currentWidget() == m_codeEditor)
                window.m_centre->setCurrentWidget(window.m_canvas->dialogId().isEmpty()
                                                          ? window.m_emptyPage
                                                          : window.m_canvas);
        });
    }
    // Where the cursor was in the inspector, it is in the large editor.
    int line = 0;
    QString slot = w.m_inspector->codePage()->focusedSlot(&line);
    if (w.m_inspector->isShowingBot()) {
        m_codeEditor->showGlobalFunctions();
        slot = QStringLiteral("global functions");
    } else {
        QString id = w.m_inspector->interactionId();
        if (id.isEmpty() && w.m_centre->currentWidget() == m_codeEditor)
            id = m_codeEditor->interactionId();
        if (id.isEmpty())
            id = w.selectedInteractions().value(0);
        if (id.isEmpty() || !w.m_document->interaction(id)) {
            w.showStatus(MainWindow::tr(
                    "Select an interaction, or the bot for its global functions, to edit "
                    "its code."));
            return;
        }
        m_codeEditor->showInteraction(id);
        if (slot.isEmpty())
            slot = QStringLiteral("pre-process");
    }
    w.m_centre->setCurrentWidget(m_codeEditor);
    m_codeEditor->codePage()->focusSlot(slot, line);
}

bool StudioEngineImpl::setPreviewChannel(const QString &name)
{
    const std::optional<runtime::Channel> channel = runtime::channelFromName(name);
    if (!channel)
        return false;
    m_preview->setChannel(*channel);
    return true;
}

void StudioEngineImpl::setPreviewEnvironment(const QString &name)
{
    m_preview->setEnvironment(name);
}

void StudioEngineImpl::runPreviewScript(const QStringList &messages, const QString &agentReply,
                                        bool delays,
                                        std::function<void(const QString &error)> finished)
{
    if (!delays)
        m_preview->setDelaysEnabled(false);
    m_window.showPreviewDock();
    // The desk comes to the front when a transfer reached it, else the debugger.
    auto transfers = std::make_shared<int>(0);
    connect(m_preview->network(), &PreviewNetwork::transferQueued, this,
            [transfers] { ++*transfers; });
    auto *script = new PreviewScript(m_preview, messages, this);
    script->setAgentReply(agentReply);
    connect(script, &PreviewScript::finished, this,
            [this, transfers, finished = std::move(finished)](const QString &error) {
                if (*transfers > 0)
                    m_window.m_agentDeskDock->raise();
                else
                    m_window.m_debuggerDock->raise();
                finished(error);
            });
    script->start();
}

} // namespace dialogsmith::ui
