#include "clouddeskpanel.h"

#include "agentclient.h"
#include "cloudserver.h"
#include "embeddedcloud.h"
#include "typeicons.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

namespace {

enum RingColumn { SkillColumn, WaitingColumn, LastColumn };
constexpr int idRole = Qt::UserRole + 1;
const QString loginKey = QStringLiteral("agentDesk/cloudLoginName");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString waitingText(qint64 since)
{
    const qint64 seconds
            = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - since) / 1000);
    if (seconds < 60)
        return CloudDeskPanel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return CloudDeskPanel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return CloudDeskPanel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

qint64 number(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger(-1);
}

/// A control's object name (tests find it by it), its tooltip and, where no label names it, the
/// name a screen reader says.
void describe(QWidget *control, const QString &objectName, const QString &toolTip,
              const QString &accessibleName = {})
{
    control->setObjectName(objectName);
    if (!toolTip.isEmpty())
        control->setToolTip(toolTip);
    if (!accessibleName.isEmpty())
        control->setAccessibleName(accessibleName);
}

/// A vertical layout without margins on `column` (one side of the console's splitter).
QVBoxLayout *columnLayout(QWidget *column)
{
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

CloudDeskPanel::CloudDeskPanel(cloud::EmbeddedCloud *cloud, QWidget *parent)
    : QWidget(parent)
    , m_cloud(cloud)
    , m_network(new QNetworkAccessManager(this))
    , m_pages(new QStackedWidget(this))
    , m_account(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(studioIcon(QStringLiteral("signin")), tr("&Sign In"), this))
    , m_who(new QLabel(this))
    , m_availability(new QComboBox(this))
    , m_signOut(new QPushButton(tr("Sign &Out"), this))
    , m_rings(new QTreeWidget(this))
    , m_accept(new QPushButton(studioIcon(QStringLiteral("accept")), tr("&Accept"), this))
    , m_conversations(new QListWidget(this))
    , m_thread(new QTextBrowser(this))
    , m_reply(new QLineEdit(this))
    , m_send(new QPushButton(studioIcon(QStringLiteral("send")), tr("Sen&d"), this))
    , m_transferSkill(new QComboBox(this))
    , m_transfer(new QPushButton(studioIcon(QStringLiteral("transfer")), tr("&Transfer"), this))
    , m_close(new QPushButton(studioIcon(QStringLiteral("closeconversation")), tr("C&lose"), this))
    , m_status(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("cloudDeskPanel"));

    // --- Sign-in page ----------------------------------------------------------------------
    auto *signInPage = new QWidget(m_pages);
    m_account->setObjectName(QStringLiteral("cloudDeskAccount"));
    m_account->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("cloudDeskLogin"));
    m_login->setPlaceholderText(tr("The agent's login name"));
    m_login->setToolTip(tr("A human agent of the account (Account editor \u25b8 Users)"));
    m_login->setText(QSettings().value(loginKey).toString());
    m_password->setObjectName(QStringLiteral("cloudDeskPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("The agent's password; it is sent to the local cloud only and "
                              "never stored"));
    m_signIn->setObjectName(QStringLiteral("cloudDeskSignIn"));
    m_signIn->setToolTip(tr("Start the local cloud if needed and sign in as this agent"));
    m_signIn->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(m_account);
    auto *loginLabel = new QLabel(tr("Lo&gin name:"), signInPage);
    loginLabel->setBuddy(m_login);
    form->addRow(loginLabel, m_login);
    auto *passwordLabel = new QLabel(tr("&Password:"), signInPage);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto *signInRow = new QHBoxLayout;
    signInRow->addStretch(1);
    signInRow->addWidget(m_signIn);
    form->addRow(signInRow);
    auto *signInLayout = new QHBoxLayout(signInPage);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addLayout(form, 0);
    signInLayout->addStretch(1);
    m_pages->addWidget(signInPage);

    // --- Console page ----------------------------------------------------------------------
    auto *console = new QWidget(m_pages);
    m_who->setObjectName(QStringLiteral("cloudDeskWho"));
    m_availability->addItem(tr("Online"), QStringLiteral("ONLINE"));
    m_availability->addItem(tr("Away"), QStringLiteral("AWAY"));
    m_availability->addItem(tr("Offline"), QStringLiteral("OFFLINE"));
    describe(m_availability, QStringLiteral("cloudDeskAvailability"),
             tr("Online agents are rung for waiting conversations of their skills; Away and "
                "Offline agents are not"),
             tr("Availability"));
    describe(m_signOut, QStringLiteral("cloudDeskSignOut"),
             tr("End the login; open conversations stay with the cloud"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_who, 1);
    auto *availabilityLabel = new QLabel(tr("A&vailability:"), console);
    availabilityLabel->setBuddy(m_availability);
    head->addWidget(availabilityLabel);
    head->addWidget(m_availability);
    head->addWidget(m_signOut);

    describe(m_rings, QStringLiteral("cloudDeskRings"),
             tr("Conversations ringing for you: accept one to take it"),
             tr("Waiting conversations"));
    m_rings->setRootIsDecorated(false);
    m_rings->setUniformRowHeights(true);
    m_rings->setHeaderLabels({tr("Skill"), tr("Waiting"), tr("Last message")});
    m_rings->header()->setStretchLastSection(true);
    m_rings->setColumnWidth(SkillColumn, 90);
    m_rings->setColumnWidth(WaitingColumn, 70);
    describe(m_accept, QStringLiteral("cloudDeskAccept"),
             tr("Take the selected waiting conversation"));
    describe(m_conversations, QStringLiteral("cloudDeskConversations"),
             tr("The conversations you are the agent of"), tr("My conversations"));
    auto *left = new QWidget(console);
    QVBoxLayout *leftLayout = columnLayout(left);
    auto *waitingLabel = new QLabel(tr("&Waiting:"), left);
    waitingLabel->setBuddy(m_rings);
    leftLayout->addWidget(waitingLabel);
    leftLayout->addWidget(m_rings, 2);
    leftLayout->addWidget(m_accept, 0, Qt::AlignRight);
    auto *mineLabel = new QLabel(tr("&My conversations:"), left);
    mineLabel->setBuddy(m_conversations);
    leftLayout->addWidget(mineLabel);
    leftLayout->addWidget(m_conversations, 1);

    m_thread->setOpenLinks(false);
    describe(m_thread, QStringLiteral("cloudDeskThread"), {}, tr("Conversation"));
    m_reply->setPlaceholderText(tr("Reply as the agent\u2026"));
    describe(m_reply, QStringLiteral("cloudDeskReply"), {}, tr("Reply"));
    describe(m_send, QStringLiteral("cloudDeskSend"), tr("Send the reply to the visitor (Enter)"));
    describe(m_transferSkill, QStringLiteral("cloudDeskTransferSkill"),
             tr("The skill to transfer the conversation to"), tr("Transfer to skill"));
    describe(m_transfer, QStringLiteral("cloudDeskTransfer"),
             tr("Leave the conversation and send it to the skill's queue"));
    describe(m_close, QStringLiteral("cloudDeskClose"),
             tr("End the conversation for the visitor too"));
    auto *right = new QWidget(console);
    QVBoxLayout *rightLayout = columnLayout(right);
    rightLayout->addWidget(m_thread, 1);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send);
    rightLayout->addLayout(replyRow);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_transferSkill, 1);
    actionRow->addWidget(m_transfer);
    actionRow->addWidget(m_close);
    rightLayout->addLayout(actionRow);
    m_thread->setMinimumHeight(m_thread->fontMetrics().height() * 3);

    auto *split = new QSplitter(Qt::Horizontal, console);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *consoleLayout = new QVBoxLayout(console);
    consoleLayout->setContentsMargins(0, 0, 0, 0);
    consoleLayout->addLayout(head);
    consoleLayout->addWidget(split, 1);
    m_pages->addWidget(console);

    m_status->setObjectName(QStringLiteral("cloudDeskStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_signIn);
    setTabOrder(m_rings, m_accept);
    setTabOrder(m_accept, m_conversations);
    setTabOrder(m_conversations, m_thread);
    setTabOrder(m_thread, m_reply);
    setTabOrder(m_reply, m_send);
    setTabOrder(m_send, m_transferSkill);
    setTabOrder(m_transferSkill, m_transfer);
    setTabOrder(m_transfer, m_close);

    connect(m_signIn, &QPushButton::clicked, this, &CloudDeskPanel::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &CloudDeskPanel::signIn);
    connect(m_login, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_signOut, &QPushButton::clicked, this, &CloudDeskPanel::signOut);
    connect(m_availability, &QComboBox::activated, this, [this] {
        if (!m_client || !m_online)
            return;
        const QString state = m_availability->currentData().toString();
        m_client->setAgentState(state, [this](int code, const QJsonValue &body) {
            if (code != 200)
                showError(tr("The availability did not change: %1")
                                  .arg(body.toObject()
                                               .value(QLatin1String("message"))
                                               .toString(tr("no answer"))));
        });
    });
    connect(m_rings, &QTreeWidget::currentItemChanged, this, &CloudDeskPanel::updateButtons);
    connect(m_rings, &QTreeWidget::itemActivated, this, &CloudDeskPanel::acceptCurrent);
    connect(m_accept, &QPushButton::clicked, this, &CloudDeskPanel::acceptCurrent);
    connect(m_conversations, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        // The list is rebuilt when a conversation shows: not while its own signal runs.
        if (item) {
            QMetaObject::invokeMethod(
                    this, [this, id = item->data(idRole).toString()] { showConversation(id); },
                    Qt::QueuedConnection);
        }
    });
    connect(m_send, &QPushButton::clicked, this, &CloudDeskPanel::sendReply);
    connect(m_reply, &QLineEdit::returnPressed, this, &CloudDeskPanel::sendReply);
    connect(m_reply, &QLineEdit::textChanged, this, &CloudDeskPanel::updateButtons);
    connect(m_transfer, &QPushButton::clicked, this, &CloudDeskPanel::transferCurrent);
    connect(m_close, &QPushButton::clicked, this, &CloudDeskPanel::closeCurrent);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_rings->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_rings->topLevelItem(i);
            const auto it = m_ringsById.constFind(item->data(0, idRole).toString());
            if (it != m_ringsById.constEnd())
                item->setText(WaitingColumn, waitingText(it->since));
        }
    });
    if (m_cloud) {
        connect(m_cloud, &cloud::EmbeddedCloud::runningChanged, this, [this](bool running) {
            if (!running && m_client)
                disconnectedFromCloud(tr("The local cloud stopped."));
            reset();
        });
    }
    reset();
}

CloudDeskPanel::~CloudDeskPanel() = default;

QSize CloudDeskPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 16};
}

bool CloudDeskPanel::isSignedIn() const
{
    return m_client && m_online;
}

void CloudDeskPanel::reset()
{
    const bool running = m_cloud && m_cloud->isRunning();
    m_account->setText(running ? tr("Sign in to account %1 of the local cloud as a human agent.")
                                         .arg(m_cloud->accountId())
                               : tr("Sign in as a human agent of the account; the local cloud "
                                    "starts when you do."));
    if (!m_client) {
        m_pages->setCurrentIndex(0);
        m_ringsById.clear();
        m_ringOrder.clear();
        m_byId.clear();
        m_order.clear();
        m_current.clear();
        renderRings();
        renderConversations();
        renderThread();
    }
    updateButtons();
}

void CloudDeskPanel::signIn()
{
    if (m_client)
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter the agent's login name and password."));
        (login.isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    if (!m_cloud) {
        showError(tr("There is no local cloud to sign in to."));
        return;
    }
    if (const document::Result<quint16> started = m_cloud->start(); !started) {
        showError(tr("The local cloud cannot start: %1").arg(started.error().message));
        return;
    }
    cloud::CloudServer *server = m_cloud->server();
    cloud::CloudEndpoint endpoint;
    endpoint.csdsDomain = server->hostPort();
    endpoint.tls = server->isTls();
    if (endpoint.tls)
        endpoint.pinned = {server->certificate()};
    cloud::AgentCredentials credentials;
    credentials.accountId = m_cloud->accountId();
    credentials.loginName = login;
    credentials.password = m_password->text();
    // The password goes to the cloud once; the form does not keep it.
    m_password->clear();
    m_client = new cloud::AgentClient(endpoint, std::move(credentials), m_network, this);
    connect(m_client, &cloud::AgentClient::connectedToCloud, this, &CloudDeskPanel::connected);
    connect(m_client, &cloud::AgentClient::failed, this, [this](const QString &why) {
        m_client->deleteLater();
        m_client = nullptr;
        m_online = false;
        showError(tr("The cloud refused the sign-in: %1.").arg(why));
        m_password->setFocus();
        updateButtons();
    });
    connect(m_client, &cloud::AgentClient::disconnected, this, [this](int, const QString &reason) {
        if (m_online)
            disconnectedFromCloud(reason.isEmpty()
                                          ? tr("The connection to the cloud ended: sign in again.")
                                          : tr("The connection to the cloud ended (%1): sign in "
                                               "again.")
                                                    .arg(reason));
    });
    connect(m_client, &cloud::AgentClient::notification, this, &CloudDeskPanel::notification);
    m_signIn->setEnabled(false);
    showStatus(tr("Signing in as %1\u2026").arg(login));
    m_client->connectToCloud();
}

void CloudDeskPanel::connected()
{
    cloud::AgentClient *client = m_client;
    if (client->userTypeId() == 2) {
        // A Bot user signs in with its keys, and only bot agents should: not the tester.
        client->logout();
        client->deleteLater();
        m_client = nullptr;
        showError(tr("%1 is a Bot user: sign in as a human agent.")
                          .arg(client->credentials().loginName));
        updateButtons();
        return;
    }
    m_online = true;
    QSettings().setValue(loginKey, client->credentials().loginName);
    m_who->setText(tr("%1 \u00b7 account %2")
                           .arg(client->credentials().loginName, client->credentials().accountId));
    m_pages->setCurrentIndex(1);
    m_tick->start();
    client->setAgentState(m_availability->currentData().toString());
    client->subscribeExConversations(
            QJsonObject{{QStringLiteral("agentIds"), QJsonArray{client->oldAgentId()}},
                        {QStringLiteral("convState"), QJsonArray{QStringLiteral("OPEN")}}});
    client->subscribeRoutingTasks();
    client->fetchSkills([this, client = QPointer<cloud::AgentClient>(client)](
                                const QList<cloud::Skill> &skills, const QString &error) {
        if (!client || client != m_client)
            return;
        if (!error.isEmpty()) {
            showError(tr("The account's skills could not be read: %1").arg(error));
            return;
        }
        m_skills = skills;
        m_transferSkill->clear();
        for (const cloud::Skill &s : skills)
            m_transferSkill->addItem(QStringLiteral("%1 (%2)").arg(s.name).arg(s.id), s.id);
        renderRings();
        renderConversations();
        updateButtons();
    });
    showStatus(tr("Signed in as %1. Conversations of your skills ring here.")
                       .arg(client->credentials().loginName));
    updateButtons();
    m_rings->setFocus();
}

void CloudDeskPanel::signOut()
{
    if (!m_client)
        return;
    dropClient(Logout::Yes);
    showStatus(tr("Signed out."));
    reset();
    m_password->setFocus();
}

void CloudDeskPanel::disconnectedFromCloud(const QString &why)
{
    if (!m_client)
        return;
    dropClient(Logout::No);
    reset();
    showError(why);
}

void CloudDeskPanel::dropClient(Logout logout)
{
    cloud::AgentClient *client = m_client;
    m_client = nullptr;
    m_online = false;
    client->disconnect(this);
    if (logout == Logout::Yes)
        client->logout();
    client->deleteLater();
    m_tick->stop();
}

QString CloudDeskPanel::skillName(qint64 id) const
{
    for (const cloud::Skill &s : m_skills) {
        if (s.id == id)
            return s.name;
    }
    return tr("skill %1").arg(id);
}

// --- Notifications ----------------------------------------------------------------------------

void CloudDeskPanel::notification(const QString &type, const QJsonObject &body)
{
    if (type == QLatin1String(".ams.routing.RoutingTaskNotification")) {
        for (const QJsonValue &change : body.value(QLatin1String("changes")).toArray())
            ringChanged(change.toObject().value(QLatin1String("result")).toObject());
    } else if (type == QLatin1String(".ams.aam.ExConversationChangeNotification")) {
        for (const QJsonValue &change : body.value(QLatin1String("changes")).toArray())
            conversationChanged(change.toObject());
    } else if (type == QLatin1String(".ams.ms.OnlineEventDistribution")) {
        const auto it = m_byId.find(body.value(QLatin1String("dialogId")).toString());
        if (it != m_byId.end()) {
            addEvent(*it, body);
            if (it->id == m_current)
                renderThread();
            else
                renderConversations();
        }
    }
}

void CloudDeskPanel::ringChanged(const QJsonObject &task)
{
    const QString conversationId = task.value(QLatin1String("conversationId")).toString();
    bool rang = false;
    for (const QJsonValue &v : task.value(QLatin1String("ringsDetails")).toArray()) {
        const QJsonObject ring = v.toObject();
        const QString id = ring.value(QLatin1String("ringId")).toString();
        if (ring.value(QLatin1String("ringState")).toString() != QLatin1String("WAITING")) {
            m_ringsById.remove(id);
            m_ringOrder.removeAll(id);
            continue;
        }
        if (m_ringsById.contains(id))
            continue;
        RingEntry entry;
        entry.ringId = id;
        entry.conversationId = conversationId;
        entry.skillId = number(task.value(QLatin1String("skillId")));
        entry.since = QDateTime::currentMSecsSinceEpoch();
        m_ringsById.insert(id, entry);
        m_ringOrder.append(id);
        rang = true;
        // What the visitor said last, and since when the conversation waits.
        m_client->queryMessages(conversationId, 0, [this, id](int code, const QJsonValue &body) {
            const auto it = m_ringsById.find(id);
            if (code != 200 || it == m_ringsById.end())
                return;
            const QJsonArray events = body.toArray();
            QString last;
            QString lastConsumer;
            for (const QJsonValue &e : events) {
                const QJsonObject change = e.toObject();
                const QJsonObject event = change.value(QLatin1String("event")).toObject();
                if (event.value(QLatin1String("type")).toString() != QLatin1String("ContentEvent"))
                    continue;
                last = event.value(QLatin1String("message")).toString();
                if (change.value(QLatin1String("originatorMetadata"))
                            .toObject()
                            .value(QLatin1String("role"))
                            .toString()
                    == QLatin1String("CONSUMER"))
                    lastConsumer = last;
            }
            if (!events.isEmpty())
                it->since = events.first()
                                    .toObject()
                                    .value(QLatin1String("serverTimestamp"))
                                    .toInteger(it->since);
            it->last = lastConsumer.isEmpty() ? last : lastConsumer;
            renderRings();
        });
    }
    renderRings();
    if (rang)
        emit ringing();
}

void CloudDeskPanel::conversationChanged(const QJsonObject &change)
{
    const QJsonObject result = change.value(QLatin1String("result")).toObject();
    const QJsonObject details = result.value(QLatin1String("conversationDetails")).toObject();
    const QString id = result.value(QLatin1String("convId")).toString();
    const QJsonArray assigned = details.value(QLatin1String("participants"))
                                        .toObject()
                                        .value(QLatin1String("ASSIGNED_AGENT"))
                                        .toArray();
    const QJsonArray assignedPids = details.value(QLatin1String("participantsPId"))
                                            .toObject()
                                            .value(QLatin1String("ASSIGNED_AGENT"))
                                            .toArray();
    const bool mine = assigned.contains(m_client->oldAgentId())
                      || assignedPids.contains(m_client->userPid());
    const bool closed = details.value(QLatin1String("state")).toString() == QLatin1String("CLOSE");
    const auto known = m_byId.find(id);
    if (change.value(QLatin1String("type")).toString() == QLatin1String("DELETE") || closed
        || !mine) {
        if (known != m_byId.end()) {
            showStatus(
                    closed ? tr("The conversation with %1 was closed.")
                                     .arg(nameOf(Line{LineKind::Visitor, known->consumerPid, {}, 0},
                                                 *known))
                           : tr("The conversation with %1 left this desk.")
                                     .arg(nameOf(Line{LineKind::Visitor, known->consumerPid, {}, 0},
                                                 *known)));
            m_byId.erase(known);
            m_order.removeAll(id);
            if (m_current == id)
                m_current = m_order.isEmpty() ? QString() : m_order.last();
            renderConversations();
            renderThread();
            updateButtons();
        }
        return;
    }
    if (known != m_byId.end()) {
        known->skillId = number(details.value(QLatin1String("skillId")));
        renderConversations();
        return;
    }
    Conversation c;
    c.id = id;
    c.skillId = number(details.value(QLatin1String("skillId")));
    c.consumerPid = details.value(QLatin1String("participantsPId"))
                            .toObject()
                            .value(QLatin1String("CONSUMER"))
                            .toArray()
                            .first()
                            .toString();
    m_byId.insert(id, c);
    m_order.append(id);
    lookUp(c.consumerPid);
    loadHistory(id);
    if (m_current.isEmpty() || !m_byId.contains(m_current) || m_pendingOpen == id) {
        m_pendingOpen.clear();
        showConversation(id);
    } else {
        renderConversations();
    }
}

void CloudDeskPanel::loadHistory(const QString &conversationId)
{
    m_client->queryMessages(conversationId, 0,
                            [this, conversationId](int code, const QJsonValue &body) {
                                const auto it = m_byId.find(conversationId);
                                if (it == m_byId.end())
                                    return;
                                if (code != 200) {
                                    it->lines.append(Line{LineKind::Notice,
                                                          {},
                                                          tr("The history could not be read."),
                                                          QDateTime::currentMSecsSinceEpoch()});
                                } else {
                                    QList<Line> live = it->lines;
                                    it->lines.clear();
                                    for (const QJsonValue &e : body.toArray())
                                        addEvent(*it, e.toObject());
                                    for (const Line &l : live) {
                                        if (l.kind == LineKind::Notice)
                                            it->lines.append(l);
                                    }
                                }
                                if (conversationId == m_current)
                                    renderThread();
                            });
}

void CloudDeskPanel::addEvent(Conversation &c, const QJsonObject &change)
{
    if (change.contains(QLatin1String("sequence"))) {
        const qint64 seq = change.value(QLatin1String("sequence")).toInteger();
        if (c.seen.contains(seq))
            return;
        c.seen.insert(seq);
    }
    const QJsonObject event = change.value(QLatin1String("event")).toObject();
    const QString type = event.value(QLatin1String("type")).toString();
    if (type != QLatin1String("ContentEvent") && type != QLatin1String("RichContentEvent"))
        return;
    const QJsonObject meta = change.value(QLatin1String("originatorMetadata")).toObject();
    const QString role = meta.value(QLatin1String("role")).toString();
    Line line;
    line.pid = change.value(QLatin1String("originatorPId"))
                       .toString(meta.value(QLatin1String("id")).toString());
    line.time = change.value(QLatin1String("serverTimestamp")).toInteger();
    line.text = type == QLatin1String("RichContentEvent")
                        ? tr("[structured content]")
                        : event.value(QLatin1String("message")).toString();
    if (role == QLatin1String("CONTROLLER")) {
        line.kind = LineKind::Notice;
    } else if (role == QLatin1String("CONSUMER")) {
        line.kind = LineKind::Visitor;
        if (c.id != m_current)
            ++c.unread;
    } else if (line.pid == m_client->userPid()) {
        line.kind = LineKind::Me;
    } else {
        line.kind = LineKind::Agent;
        lookUp(line.pid);
    }
    c.lines.append(line);
}

void CloudDeskPanel::lookUp(const QString &pid)
{
    if (pid.isEmpty() || m_profiles.contains(pid) || !m_client)
        return;
    m_profiles.insert(pid, Profile{});
    m_client->userProfile(pid, [this, pid](int code, const QJsonValue &body) {
        Profile &p = m_profiles[pid];
        p.known = true;
        if (code == 200) {
            const QJsonObject o = body.toObject();
            p.name = o.value(QLatin1String("nickName")).toString();
            if (p.name.isEmpty()) {
                p.name = QStringList{o.value(QLatin1String("firstName")).toString(),
                                     o.value(QLatin1String("lastName")).toString()}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
            }
            p.bot = o.value(QLatin1String("userType")).toString() == QLatin1String("BOT");
        }
        renderConversations();
        renderThread();
    });
}

QString CloudDeskPanel::nameOf(const Line &line, const Conversation &c) const
{
    switch (line.kind) {
    case LineKind::Me:
        return tr("You");
    case LineKind::Notice:
        return {};
    case LineKind::Visitor: {
        const QString name = m_profiles.value(c.consumerPid).name;
        return name.isEmpty() ? tr("Visitor") : name;
    }
    case LineKind::Bot:
    case LineKind::Agent: {
        const Profile p = m_profiles.value(line.pid);
        if (p.bot)
            return p.name.isEmpty() ? tr("Bot") : tr("%1 (bot)").arg(p.name);
        return p.name.isEmpty() ? tr("Agent") : p.name;
    }
    }
    return {};
}

QStringList CloudDeskPanel::lines(const QString &conversationId) const
{
    QStringList out;
    const auto it = m_byId.constFind(conversationId);
    if (it == m_byId.constEnd())
        return out;
    for (const Line &l : it->lines)
        out.append(l.kind == LineKind::Notice ? l.text
                                              : nameOf(l, *it) + QStringLiteral(": ") + l.text);
    return out;
}

// --- Rendering --------------------------------------------------------------------------------

void CloudDeskPanel::renderRings()
{
    const QString selected = m_rings->currentItem()
                                     ? m_rings->currentItem()->data(0, idRole).toString()
                                     : QString();
    m_rings->clear();
    QTreeWidgetItem *current = nullptr;
    for (const QString &id : std::as_const(m_ringOrder)) {
        const RingEntry &r = m_ringsById[id];
        auto *item = new QTreeWidgetItem(m_rings);
        item->setData(0, idRole, id);
        item->setText(SkillColumn, skillName(r.skillId));
        item->setText(WaitingColumn, waitingText(r.since));
        item->setText(LastColumn, r.last.simplified());
        item->setToolTip(LastColumn, r.last.toHtmlEscaped());
        if (id == selected || !current)
            current = item;
    }
    if (current)
        m_rings->setCurrentItem(current);
    updateButtons();
}

void CloudDeskPanel::renderConversations()
{
    const QSignalBlocker block(m_conversations);
    m_conversations->clear();
    for (const QString &id : std::as_const(m_order)) {
        const Conversation &c = m_byId[id];
        QString text = QStringLiteral("%1 \u00b7 %2")
                               .arg(nameOf(Line{LineKind::Visitor, c.consumerPid, {}, 0}, c),
                                    skillName(c.skillId));
        if (c.unread)
            text += QStringLiteral(" (%1)").arg(c.unread);
        auto *item = new QListWidgetItem(text, m_conversations);
        item->setData(idRole, id);
        QFont font = m_conversations->font();
        font.setBold(c.unread > 0);
        item->setFont(font);
        if (id == m_current)
            m_conversations->setCurrentItem(item);
    }
}

void CloudDeskPanel::renderThread()
{
    const auto it = m_byId.constFind(m_current);
    if (it == m_byId.constEnd()) {
        m_thread->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                                  .arg(escaped(isSignedIn() ? tr("Accept a waiting conversation, "
                                                                 "or pick one of yours.")
                                                            : QString())));
        return;
    }
    const QLocale locale;
    QString html
            = QStringLiteral("<p><b>%1</b></p>")
                      .arg(escaped(
                              tr("%1 \u00b7 skill %2")
                                      .arg(nameOf(Line{LineKind::Visitor, it->consumerPid, {}, 0},
                                                  *it),
                                           skillName(it->skillId))));
    for (const Line &l : it->lines) {
        const QString time = l.time ? locale.toString(QDateTime::fromMSecsSinceEpoch(l.time).time(),
                                                      QLocale::ShortFormat)
                                    : QString();
        if (l.kind == LineKind::Notice) {
            html += QStringLiteral("<p style='color:gray'><i>%1</i></p>").arg(escaped(l.text));
            continue;
        }
        const bool bot = m_profiles.value(l.pid).bot;
        const QString color = l.kind == LineKind::Visitor ? QStringLiteral("#1c71d8")
                              : l.kind == LineKind::Me    ? QStringLiteral("#26a269")
                              : bot                       ? QStringLiteral("#813d9c")
                                                          : QStringLiteral("#c64600");
        html += QStringLiteral("<p><b style='color:%1'>%2</b> <span "
                               "style='color:gray'>%3</span><br>%4</p>")
                        .arg(color, escaped(nameOf(l, *it)), escaped(time), escaped(l.text));
    }
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
}

void CloudDeskPanel::showConversation(const QString &id)
{
    m_current = id;
    if (auto it = m_byId.find(id); it != m_byId.end())
        it->unread = 0;
    renderConversations();
    renderThread();
    updateButtons();
}

void CloudDeskPanel::updateButtons()
{
    const bool online = isSignedIn();
    m_signIn->setEnabled(!m_client);
    m_accept->setEnabled(online && m_rings->currentItem());
    const bool has = online && m_byId.contains(m_current);
    m_reply->setEnabled(has);
    m_send->setEnabled(has && !m_reply->text().trimmed().isEmpty());
    m_transferSkill->setEnabled(has && m_transferSkill->count() > 0);
    m_transfer->setEnabled(has && m_transferSkill->count() > 0);
    m_close->setEnabled(has);
}

// --- Actions ----------------------------------------------------------------------------------

void CloudDeskPanel::acceptCurrent()
{
    QTreeWidgetItem *item = m_rings->currentItem();
    if (!isSignedIn() || !item)
        return;
    const auto it = m_ringsById.constFind(item->data(0, idRole).toString());
    if (it == m_ringsById.constEnd())
        return;
    m_pendingOpen = it->conversationId;
    m_accept->setEnabled(false);
    m_client->updateRingState(it->ringId, true, [this](int code, const QJsonValue &body) {
        if (code != 200) {
            showError(tr("The conversation could not be accepted: %1")
                              .arg(body.toObject()
                                           .value(QLatin1String("message"))
                                           .toString(tr("no answer"))));
            updateButtons();
            return;
        }
        showStatus(tr("Accepted: you are the agent in this conversation now."));
        m_reply->setFocus();
    });
}

void CloudDeskPanel::sendReply()
{
    const QString text = m_reply->text().trimmed();
    if (!isSignedIn() || text.isEmpty() || !m_byId.contains(m_current))
        return;
    m_reply->clear();
    m_client->publishText(m_current, text, [this](int code, const QJsonValue &body) {
        if (code != 200)
            showError(tr("The reply was not sent: %1")
                              .arg(body.toObject()
                                           .value(QLatin1String("message"))
                                           .toString(tr("no answer"))));
    });
}

void CloudDeskPanel::transferCurrent()
{
    if (!isSignedIn() || !m_byId.contains(m_current) || m_transferSkill->currentIndex() < 0)
        return;
    const qint64 skill = m_transferSkill->currentData().toLongLong();
    const QString skillText = m_transferSkill->currentText();
    m_client->transferToSkill(
            m_current, QString::number(skill), [this, skillText](int code, const QJsonValue &body) {
                if (code != 200) {
                    showError(tr("The transfer failed: %1")
                                      .arg(body.toObject()
                                                   .value(QLatin1String("message"))
                                                   .toString(tr("no answer"))));
                    return;
                }
                showStatus(tr("Transferred to %1.").arg(skillText));
            });
}

void CloudDeskPanel::closeCurrent()
{
    if (!isSignedIn() || !m_byId.contains(m_current))
        return;
    m_client->closeConversation(m_current, [this](int code, const QJsonValue &body) {
        if (code != 200)
            showError(tr("The conversation could not be closed: %1")
                              .arg(body.toObject()
                                           .value(QLatin1String("message"))
                                           .toString(tr("no answer"))));
    });
}

void CloudDeskPanel::showStatus(const QString &text)
{
    m_status->setStyleSheet(QString());
    m_status->setText(text);
}

void CloudDeskPanel::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_status->setText(text);
}

} // namespace dialogsmith::ui
