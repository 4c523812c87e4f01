#include "deploypanel.h"

#include "botagent.h"
#include "botdocument.h"
#include "deployments.h"
#include "embeddedcloud.h"
#include "enterpriseintegrationcommands.h"
#include "oauthkeys.h"
#include "sentence.h"
#include "teardown.h"
#include "typeicons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int IntegrationRole = Qt::UserRole + 1;

QString statusText(cloud::BotAgent::Status status)
{
    switch (status) {
    case cloud::BotAgent::Status::Offline:
        return DeployPanel::tr("Offline");
    case cloud::BotAgent::Status::Starting:
        return DeployPanel::tr("Starting\u2026");
    case cloud::BotAgent::Status::Online:
        return DeployPanel::tr("Online");
    case cloud::BotAgent::Status::Error:
        return DeployPanel::tr("Error");
    }
    return {};
}

QLineEdit *keyNameEdit(const QString &objectName, const QString &tip)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setToolTip(tip);
    edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z_][A-Za-z0-9_.\\-]{0,127}")), edit));
    return edit;
}

} // namespace

DeployPanel::DeployPanel(document::BotDocument *document, cloud::EmbeddedCloud *cloud,
                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_cloud(cloud)
{
    m_confirm = [](QWidget *parentWidget, const QString &question) {
        return QMessageBox::question(parentWidget, tr("Deploy to Production"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    };

    m_cloudLabel = new QLabel;
    m_cloudLabel->setObjectName(QStringLiteral("cloudLabel"));
    m_cloudLabel->setWordWrap(true);
    m_cloudLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_agents = new QTreeWidget;
    m_agents->setObjectName(QStringLiteral("agents"));
    m_agents->setRootIsDecorated(false);
    m_agents->setHeaderLabels({tr("Bot user"), tr("Account"), tr("Status")});
    m_agents->setToolTip(tr("The bot agents of the bot's enterprise integrations: each logs in "
                            "to LiveEngage as one Bot user"));
    m_agents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->setMaximumHeight(110);

    m_add = new QToolButton;
    m_add->setObjectName(QStringLiteral("addAgent"));
    m_add->setIcon(studioIcon(QStringLiteral("addagent")));
    m_add->setToolTip(tr("Add a bot agent (and a LivePerson enterprise integration when the bot "
                         "has none)"));
    m_add->setAccessibleName(tr("Add Agent"));
    m_remove = new QToolButton;
    m_remove->setObjectName(QStringLiteral("removeAgent"));
    m_remove->setIcon(studioIcon(QStringLiteral("delete")));
    m_remove->setToolTip(tr("Remove the selected bot agent"));
    m_remove->setAccessibleName(tr("Remove Agent"));
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_agents, 1);
    listRow->addLayout(listButtons);

    m_form = new QWidget;
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_conversationType = new QComboBox;
    m_conversationType->setObjectName(QStringLiteral("conversationType"));
    m_conversationType->addItem(tr("Messaging"), QStringLiteral("MESSAGING"));
    m_conversationType->addItem(tr("Chat"), QStringLiteral("CHAT"));
    m_conversationType->setToolTip(tr("The kind of conversations the agent takes"));
    form->addRow(tr("&Conversation type:"), m_conversationType);
    m_account = new QLineEdit;
    m_account->setObjectName(QStringLiteral("accountNumber"));
    m_account->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,20}")), m_account));
    m_account->setPlaceholderText(tr("e.g. 12345678"));
    m_account->setToolTip(tr("The LiveEngage account number (digits)"));
    form->addRow(tr("Account n&umber:"), m_account);
    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("loginName"));
    m_login->setToolTip(tr("The login name of the account's Bot user the agent logs in as"));
    form->addRow(tr("&Login name:"), m_login);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addItem(tr("Agent"), QStringLiteral("ASSIGNED_AGENT"));
    m_role->addItem(tr("Manager"), QStringLiteral("MANAGER"));
    m_role->addItem(tr("Reader"), QStringLiteral("READER"));
    m_role->setToolTip(tr("The role the agent joins conversations in"));
    form->addRow(tr("&Role:"), m_role);
    const QString keyTip = tr("The secret-store name of the Bot user's %1 (the key itself never "
                              "goes into the project)");
    m_appKey = keyNameEdit(QStringLiteral("appKeyName"), keyTip.arg(tr("app key")));
    m_secret = keyNameEdit(QStringLiteral("secretName"), keyTip.arg(tr("secret")));
    m_accessToken = keyNameEdit(QStringLiteral("accessTokenName"), keyTip.arg(tr("access token")));
    m_accessTokenSecret = keyNameEdit(QStringLiteral("accessTokenSecretName"),
                                      keyTip.arg(tr("access token secret")));
    form->addRow(tr("&App key:"), m_appKey);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("Access to&ken:"), m_accessToken);
    form->addRow(tr("Access token s&ecret:"), m_accessTokenSecret);
    m_standardNames = new QPushButton(tr("Use the Account's Key &Names"));
    m_standardNames->setObjectName(QStringLiteral("standardKeyNames"));
    m_standardNames->setToolTip(tr("Name the four keys as the Account editor and "
                                   "'dialogsmith-cli account key generate' store them"));
    form->addRow(QString(), m_standardNames);

    m_demo = new QRadioButton(tr("De&mo"));
    m_demo->setObjectName(QStringLiteral("demo"));
    m_demo->setToolTip(tr("Deploy for testing"));
    m_demo->setChecked(true);
    m_production = new QRadioButton(tr("&Production"));
    m_production->setObjectName(QStringLiteral("production"));
    m_production->setToolTip(tr("Deploy for the account's visitors (asks first)"));
    auto *targets = new QButtonGroup(this);
    targets->addButton(m_demo);
    targets->addButton(m_production);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_demo);
    targetRow->addWidget(m_production);
    targetRow->addStretch();
    form->addRow(tr("Deploy to:"), targetRow);

    m_deploy = new QPushButton(studioIcon(QStringLiteral("deploy")), tr("&Deploy"));
    m_deploy->setObjectName(QStringLiteral("deploy"));
    m_deploy->setToolTip(tr("Deploy the bot as it is now to the local cloud (started when it is "
                            "not running)"));
    m_start = new QPushButton(studioIcon(QStringLiteral("start")), tr("S&tart"));
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setToolTip(tr("Log the deployed agent in and take conversations"));
    m_stop = new QPushButton(studioIcon(QStringLiteral("stop")), tr("St&op"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setToolTip(tr("Log the agent out; its conversations wait for it"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deploy);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cloudLabel);
    layout->addLayout(listRow);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_agents, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_updating)
            showAgent();
    });
    connect(m_add, &QToolButton::clicked, this, &DeployPanel::addAgent);
    connect(m_remove, &QToolButton::clicked, this, &DeployPanel::removeAgent);
    for (QLineEdit *edit :
         {m_account, m_login, m_appKey, m_secret, m_accessToken, m_accessTokenSecret})
        connect(edit, &QLineEdit::editingFinished, this, &DeployPanel::commit);
    for (QComboBox *combo : {m_conversationType, m_role})
        connect(combo, &QComboBox::activated, this, &DeployPanel::commit);
    connect(m_standardNames, &QPushButton::clicked, this, &DeployPanel::fillStandardKeyNames);
    connect(m_deploy, &QPushButton::clicked, this, &DeployPanel::deploy);
    connect(m_start, &QPushButton::clicked, this, &DeployPanel::startAgent);
    connect(m_stop, &QPushButton::clicked, this, &DeployPanel::stopAgent);

    connect(m_document, &document::BotDocument::changed, this, &DeployPanel::rebuild);
    connect(m_document, &document::BotDocument::loaded, this, &DeployPanel::rebuild);
    if (m_cloud) {
        connect(m_cloud, &cloud::EmbeddedCloud::activity, this, &DeployPanel::refreshStatus);
        connect(m_cloud, &cloud::EmbeddedCloud::runningChanged, this, &DeployPanel::refreshStatus);
    }
    // The conversation count changes without an activity line: look now and then.
    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &DeployPanel::refreshStatus);
    m_poll->start();
    rebuild();
}

DeployPanel::~DeployPanel()
{
    silenceForTeardown(this);
}

QString DeployPanel::currentAgentId() const
{
    const QTreeWidgetItem *item = m_agents->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void DeployPanel::selectAgent(const QString &agentId)
{
    for (int i = 0; i < m_agents->topLevelItemCount(); ++i) {
        if (m_agents->topLevelItem(i)->data(0, IdRole).toString() == agentId)
            m_agents->setCurrentItem(m_agents->topLevelItem(i));
    }
}

const document::EnterpriseAgent *DeployPanel::selected(QString *integrationId) const
{
    const QTreeWidgetItem *item = m_agents->currentItem();
    if (!item)
        return nullptr;
    const QString agentId = item->data(0, IdRole).toString();
    const QString integration = item->data(0, IntegrationRole).toString();
    for (const document::EnterpriseIntegration &i : m_document->bot().enterpriseIntegrations) {
        if (i.id != integration)
            continue;
        if (integrationId)
            *integrationId = i.id;
        return i.agent(agentId);
    }
    return nullptr;
}

void DeployPanel::rebuild()
{
    const QString current = currentAgentId();
    {
        const QScopedValueRollback updating(m_updating, true);
        m_agents->clear();
        for (const document::EnterpriseIntegration &i : m_document->bot().enterpriseIntegrations) {
            for (const document::EnterpriseAgent &a : i.agents) {
                auto *item = new QTreeWidgetItem(
                        m_agents, {a.loginName.isEmpty() ? tr("(no login name)") : a.loginName,
                                   a.accountNumber, QString()});
                item->setData(0, IdRole, a.id);
                item->setData(0, IntegrationRole, i.id);
            }
        }
        selectAgent(current);
        if (!m_agents->currentItem() && m_agents->topLevelItemCount() > 0)
            m_agents->setCurrentItem(m_agents->topLevelItem(0));
    }
    showAgent();
}

void DeployPanel::showAgent()
{
    const document::EnterpriseAgent *agent = selected();
    const QScopedValueRollback updating(m_updating, true);
    m_form->setEnabled(agent);
    m_remove->setEnabled(agent);
    if (agent) {
        const int type = m_conversationType->findData(
                document::conversationTypeName(agent->conversationType));
        m_conversationType->setCurrentIndex(type);
        m_account->setText(agent->accountNumber);
        m_login->setText(agent->loginName);
        int role = m_role->findData(agent->role);
        if (role < 0) {
            // A role this panel does not offer stays as it is.
            m_role->addItem(agent->role, agent->role);
            role = m_role->count() - 1;
        }
        m_role->setCurrentIndex(role);
        m_appKey->setText(agent->keyNames.appKey);
        m_secret->setText(agent->keyNames.secret);
        m_accessToken->setText(agent->keyNames.accessToken);
        m_accessTokenSecret->setText(agent->keyNames.accessTokenSecret);
    } else {
        for (QLineEdit *edit :
             {m_account, m_login, m_appKey, m_secret, m_accessToken, m_accessTokenSecret})
            edit->clear();
    }
    refreshStatus();
}

void DeployPanel::commit()
{
    if (m_updating)
        return;
    QString integrationId;
    const document::EnterpriseAgent *agent = selected(&integrationId);
    if (!agent)
        return;
    document::EnterpriseAgent after = *agent;
    if (m_conversationType->currentIndex() >= 0)
        after.conversationType
                = document::conversationTypeFromName(m_conversationType->currentData().toString());
    after.accountNumber = m_account->text().trimmed();
    after.loginName = m_login->text().trimmed();
    after.role = m_role->currentData().toString();
    after.keyNames.appKey = m_appKey->text().trimmed();
    after.keyNames.secret = m_secret->text().trimmed();
    after.keyNames.accessToken = m_accessToken->text().trimmed();
    after.keyNames.accessTokenSecret = m_accessTokenSecret->text().trimmed();
    edit(integrationId, *agent, after);
}

void DeployPanel::edit(const QString &integrationId, const document::EnterpriseAgent &before,
                       const document::EnterpriseAgent &after)
{
    if (after == before)
        return;
    const document::Result<void> done
            = m_document->execute(std::make_unique<document::EditEnterpriseAgentCommand>(
                    *m_document, integrationId, after));
    if (!done)
        showError(done.error().message);
}

void DeployPanel::fillStandardKeyNames()
{
    QString integrationId;
    const document::EnterpriseAgent *agent = selected(&integrationId);
    if (!agent)
        return;
    document::EnterpriseAgent after = *agent;
    after.keyNames = cloud::keyNames(after.accountNumber, after.loginName);
    edit(integrationId, *agent, after);
}

void DeployPanel::addAgent()
{
    document::EnterpriseAgent agent = document::EnterpriseAgent::create();
    const QList<document::EnterpriseIntegration> &list = m_document->bot().enterpriseIntegrations;
    document::Result<void> done;
    if (list.isEmpty()) {
        document::EnterpriseIntegration integration
                = document::EnterpriseIntegration::create(QString());
        integration.agents.append(agent);
        done = m_document->execute(std::make_unique<document::AddEnterpriseIntegrationCommand>(
                *m_document, integration));
    } else {
        done = m_document->execute(std::make_unique<document::AddEnterpriseAgentCommand>(
                *m_document, list.constFirst().id, agent));
    }
    if (!done) {
        showError(done.error().message);
        return;
    }
    selectAgent(agent.id);
    m_account->setFocus();
}

void DeployPanel::removeAgent()
{
    QString integrationId;
    const document::EnterpriseAgent *agent = selected(&integrationId);
    if (!agent)
        return;
    const document::Result<void> done
            = m_document->execute(std::make_unique<document::RemoveEnterpriseAgentCommand>(
                    *m_document, integrationId, agent->id));
    if (!done)
        showError(done.error().message);
}

void DeployPanel::showError(const QString &text)
{
    // The status is looked at every second: say a refusal once.
    if (sentence(text, FullStop::Add) == m_error->text()
        && m_error->isVisibleTo(this) == !text.isEmpty())
        return;
    m_error->setText(sentence(text, FullStop::Add));
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(sentence(text, FullStop::Add));
}

void DeployPanel::refreshStatus()
{
    const bool running = m_cloud && m_cloud->isRunning();
    m_cloudLabel->setText(
            running ? tr("The local cloud runs at %1 for account %2.")
                              .arg(m_cloud->baseUrl().toString(), m_cloud->accountId())
                    : tr("The local cloud is not running: Deploy starts it."));
    // Each agent's status in the list.
    for (int i = 0; i < m_agents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_agents->topLevelItem(i);
        std::optional<cloud::AgentStatus> status;
        if (running)
            status = m_cloud->deployments()->status(item->text(1), item->text(0));
        item->setText(2, status ? statusText(status->status) : tr("Not deployed"));
    }

    const document::EnterpriseAgent *agent = selected();
    std::optional<cloud::AgentStatus> status;
    const cloud::Deployment *deployment = nullptr;
    if (agent && running) {
        status = m_cloud->deployments()->status(agent->accountNumber, agent->loginName);
        deployment = m_cloud->deployments()->deployment(agent->accountNumber, agent->loginName);
    }
    const bool active = status
                        && (status->status == cloud::BotAgent::Status::Online
                            || status->status == cloud::BotAgent::Status::Starting);
    m_deploy->setEnabled(agent && !active);
    m_start->setEnabled(status.has_value() && !active);
    m_stop->setEnabled(active);
    if (!agent) {
        m_status->setText(tr("The bot has no bot agent: add one to deploy the bot."));
        return;
    }
    if (!status) {
        m_status->setText(tr("Status: not deployed"));
        return;
    }
    const QString target = deployment && deployment->target == cloud::DeployTarget::Production
                                   ? tr("Production")
                                   : tr("Demo");
    const QString conversations = status->conversations == 1
                                          ? tr("1 conversation")
                                          : tr("%1 conversations").arg(status->conversations);
    m_status->setText(
            tr("Status: %1 (%2, %3)").arg(statusText(status->status), target, conversations));
    if (status->status == cloud::BotAgent::Status::Error)
        showError(status->error);
    else if (status->status == cloud::BotAgent::Status::Online)
        showError(QString());
}

void DeployPanel::deploy()
{
    showError(QString());
    const document::EnterpriseAgent *agent = selected();
    if (!agent || !m_cloud)
        return;
    const bool production = m_production->isChecked();
    if (production
        && !m_confirm(this, tr("Deploy \u201c%1\u201d to Production? Every visitor of account "
                               "%2 who reaches the skills of %3 talks to this version of the bot.")
                                    .arg(m_document->bot().name, agent->accountNumber,
                                         agent->loginName))) {
        emit statusMessage(tr("Nothing was deployed."));
        return;
    }
    if (const document::Result<quint16> started = m_cloud->start(); !started) {
        showError(started.error().message);
        refreshStatus();
        return;
    }
    cloud::Deployment d;
    d.bot = m_document->bot();
    d.botFile = m_document->filePath().isEmpty()
                        ? QString()
                        : QFileInfo(m_document->filePath()).absoluteFilePath();
    d.accountId = agent->accountNumber;
    d.loginName = agent->loginName;
    d.keyNames = agent->keyNames;
    d.botEnvironment = agent->environment;
    d.target = production ? cloud::DeployTarget::Production : cloud::DeployTarget::Demo;
    if (const document::Result<void> deployed = m_cloud->deployments()->deploy(d); !deployed) {
        showError(deployed.error().message);
    } else {
        emit statusMessage(
                tr("%1 deployed to %2: start it to take conversations.")
                        .arg(agent->loginName, production ? tr("Production") : tr("Demo")));
    }
    refreshStatus();
}

void DeployPanel::startAgent()
{
    runOnSelectedAgent(&cloud::Deployments::start,
                       tr("the local cloud is not running: deploy the agent first"));
}

void DeployPanel::stopAgent()
{
    runOnSelectedAgent(&cloud::Deployments::stop, tr("the local cloud is not running"));
}

void DeployPanel::runOnSelectedAgent(AgentStep step, const QString &cloudNotRunning)
{
    showError(QString());
    const document::EnterpriseAgent *agent = selected();
    if (!agent || !m_cloud)
        return;
    if (!m_cloud->isRunning()) {
        showError(cloudNotRunning);
        return;
    }
    if (const document::Result<void> done
        = (m_cloud->deployments()->*step)(agent->accountNumber, agent->loginName);
        !done)
        showError(done.error().message);
    refreshStatus();
}

} // namespace dialogsmith::ui
