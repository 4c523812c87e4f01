#pragma once

#include "result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace dialogsmith::document {
class BotDocument;
struct EnterpriseAgent;
} // namespace dialogsmith::document

namespace dialogsmith::cloud {
class Deployments;
class EmbeddedCloud;
} // namespace dialogsmith::cloud

namespace dialogsmith::ui {

/// The Deploy panel: the bot agents of the bot's enterprise integrations (conversation type,
/// account number, login name, role, the secret-store names of the OAuth keys), edited through
/// the document's undoable commands, and Deploy / Start / Stop on the studio's embedded cloud
/// (started on demand) to Demo or Production, with each agent's live status and the one
/// sentence that says why something was refused.
class DeployPanel : public QWidget
{
    Q_OBJECT
public:
    /// Asked before a deploy to Production: true to go on. The default asks with a message box.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    DeployPanel(document::BotDocument *document, cloud::EmbeddedCloud *cloud,
                QWidget *parent = nullptr);
    ~DeployPanel() override;

    /// The selected agent's id (empty when the bot has none).
    QString currentAgentId() const;
    void selectAgent(const QString &agentId);
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    /// What the buttons do, for the menus.
    void deploy();
    void startAgent();
    void stopAgent();

signals:
    void statusMessage(const QString &text);

private:
    struct Selected;
    void rebuild();
    void showAgent();
    void refreshStatus();
    void commit();
    void addAgent();
    void removeAgent();
    void fillStandardKeyNames();
    /// Runs the edit of an agent as an undoable command, unless nothing changed.
    void edit(const QString &integrationId, const document::EnterpriseAgent &before,
              const document::EnterpriseAgent &after);
    void showError(const QString &sentence);
    /// Start or Stop of the selected agent: the cloud must run (`cloudNotRunning` says so
    /// otherwise); a refusal shows as the error sentence.
    using AgentStep = document::Result<void> (cloud::Deployments::*)(const QString &accountId,
                                                                     const QString &loginName);
    void runOnSelectedAgent(AgentStep step, const QString &cloudNotRunning);
    /// The agent and its integration selected now, or null.
    const document::EnterpriseAgent *selected(QString *integrationId = nullptr) const;

    document::BotDocument *m_document;
    QPointer<cloud::EmbeddedCloud> m_cloud;
    Confirmation m_confirm;
    bool m_updating = false;

    QLabel *m_cloudLabel = nullptr;
    QTreeWidget *m_agents = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_conversationType = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLineEdit *m_accessTokenSecret = nullptr;
    QPushButton *m_standardNames = nullptr;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_production = nullptr;
    QPushButton *m_deploy = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace dialogsmith::ui
