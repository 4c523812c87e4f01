#include "agentdeskpanel.h"

#include "agentdesk.h"
#include "embeddedagentdesk.h"
#include "htmlsanitizer.h"
#include "previewnetwork.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using network::DeskTransfer;

namespace {

enum Column { TimeColumn, SkillColumn, ConversationColumn, MessageColumn, StateColumn };
constexpr int idRole = Qt::UserRole + 1;

QString stateLabel(DeskTransfer::State state)
{
    switch (state) {
    case DeskTransfer::State::Queued:
        return AgentDeskPanel::tr("Waiting");
    case DeskTransfer::State::Accepted:
        return AgentDeskPanel::tr("Accepted");
    case DeskTransfer::State::Closed:
        return AgentDeskPanel::tr("Closed");
    }
    return {};
}

QString skillText(const DeskTransfer &t)
{
    if (t.skillName.isEmpty())
        return t.skillId;
    if (t.skillId.isEmpty())
        return t.skillName;
    return QStringLiteral("%1 (%2)").arg(t.skillName, t.skillId);
}

} // namespace

AgentDeskPanel::AgentDeskPanel(PreviewNetwork *network, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_address(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_revealKey(new QPushButton(tr("Show"), this))
    , m_copyUrl(new QPushButton(tr("Copy URL"), this))
    , m_copyKey(new QPushButton(tr("Copy Key"), this))
    , m_copyCurl(new QPushButton(tr("Copy curl"), this))
    , m_startButton(new QPushButton(tr("Start Desk"), this))
    , m_route(new QCheckBox(tr("Local environments hand over here"), this))
    , m_transfers(new QTreeWidget(this))
    , m_thread(new QTextBrowser(this))
    , m_reply(new QLineEdit(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_send(new QPushButton(tr("Sen&d"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("agentDeskPanel"));
    m_key->setObjectName(QStringLiteral("deskKey"));
    m_key->setReadOnly(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setToolTip(tr("Every request to the desk carries this key as its Authorization "
                         "header. A new one each time the desk starts."));
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    // The key is a credential: masked on screen (screenshots, screen sharing) until asked for.
    m_key->setEchoMode(QLineEdit::Password);
    m_revealKey->setObjectName(QStringLiteral("deskKeyReveal"));
    m_revealKey->setCheckable(true);
    m_revealKey->setToolTip(tr("Show or hide the desk's key"));
    connect(m_revealKey, &QPushButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUrl->setToolTip(tr("Copy the desk's address (the value for lpPlatformHost)"));
    m_copyKey->setToolTip(tr("Copy the desk's key (the value for the secret %1)")
                                  .arg(QStringLiteral("lpApiKey")));
    m_copyCurl->setToolTip(tr("Copy a curl command that lists the desk's transfers"));
    m_route->setToolTip(tr("In the messaging channel, an environment whose lpPlatformHost is on "
                           "this machine (127.0.0.1, localhost) sends its transfers to this "
                           "desk, with its key as the secret %1. The project does not change.")
                                .arg(QStringLiteral("lpApiKey")));
    m_route->setChecked(m_network->routesToDesk());
    m_startButton->setToolTip(tr("Start the desk on a free port of 127.0.0.1"));

    m_transfers->setObjectName(QStringLiteral("deskTransfers"));
    m_transfers->setRootIsDecorated(false);
    m_transfers->setUniformRowHeights(true);
    m_transfers->setHeaderLabels(
            {tr("Time"), tr("Skill"), tr("Conversation"), tr("Message"), tr("State")});
    m_transfers->header()->setStretchLastSection(false);
    m_transfers->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_transfers->setColumnWidth(TimeColumn, 80);
    m_transfers->setColumnWidth(SkillColumn, 110);
    m_transfers->setColumnWidth(ConversationColumn, 120);
    m_transfers->setColumnWidth(StateColumn, 80);
    m_transfers->setAccessibleName(tr("Transfers"));
    m_thread->setObjectName(QStringLiteral("deskThread"));
    m_thread->setOpenLinks(false);
    m_thread->setAccessibleName(tr("Transfer messages"));
    m_reply->setObjectName(QStringLiteral("deskReply"));
    m_reply->setPlaceholderText(tr("Reply as the agent\u2026"));
    m_accept->setObjectName(QStringLiteral("deskAccept"));
    m_send->setObjectName(QStringLiteral("deskSend"));
    m_close->setObjectName(QStringLiteral("deskClose"));
    m_status->setObjectName(QStringLiteral("deskStatus"));
    m_status->setWordWrap(true);
    // Conversation ids come from whoever posted the transfer: showStatus() escapes them.
    m_status->setTextFormat(Qt::RichText);

    // Two short rows rather than one long one: the desk shares the bottom area with others.
    auto *top = new QGridLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_address, 0, 0, 1, 2);
    top->addWidget(m_copyUrl, 0, 2);
    top->addWidget(m_startButton, 0, 3);
    top->addWidget(new QLabel(tr("Key:"), this), 1, 0);
    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_revealKey);
    top->addLayout(keyRow, 1, 1);
    top->addWidget(m_copyKey, 1, 2);
    top->addWidget(m_copyCurl, 1, 3);
    top->addWidget(m_route, 2, 0, 1, 4);
    top->setColumnStretch(1, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_thread, 1);
    // One row for the agent's actions: the dock shares the bottom area and stays low.
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_accept);
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send);
    replyRow->addWidget(m_close);
    detailLayout->addLayout(replyRow);
    m_thread->setMinimumHeight(m_thread->fontMetrics().height() * 3);
    m_transfers->setMinimumHeight(m_transfers->fontMetrics().height() * 4);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_transfers);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_network->desk()->baseUrl().toString());
    });
    connect(m_copyKey, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_network->desk()->key()); });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
                QStringLiteral("curl -s -H 'Authorization: %1' %2/desk/transfers")
                        .arg(m_network->desk()->key(), m_network->desk()->baseUrl().toString()));
    });
    connect(m_startButton, &QPushButton::clicked, this, &AgentDeskPanel::startDesk);
    connect(m_route, &QCheckBox::toggled, this,
            [this](bool on) { m_network->setRoutesToDesk(on); });
    connect(m_transfers, &QTreeWidget::currentItemChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_accept, &QPushButton::clicked, this, &AgentDeskPanel::acceptCurrent);
    connect(m_send, &QPushButton::clicked, this, &AgentDeskPanel::sendReply);
    connect(m_reply, &QLineEdit::returnPressed, this, &AgentDeskPanel::sendReply);
    connect(m_reply, &QLineEdit::textChanged, this, &AgentDeskPanel::updateButtons);
    connect(m_close, &QPushButton::clicked, this, &AgentDeskPanel::closeCurrent);

    network::EmbeddedAgentDesk *embedded = m_network->desk();
    connect(embedded, &network::EmbeddedAgentDesk::started, this, [this] {
        attach();
        updateAddress();
    });
    connect(embedded, &network::EmbeddedAgentDesk::stopped, this, &AgentDeskPanel::updateAddress);
    attach();
    updateAddress();
    updateButtons();
}

AgentDeskPanel::~AgentDeskPanel() = default;

bool AgentDeskPanel::startDesk()
{
    const document::Result<quint16> port = m_network->desk()->ensureStarted();
    if (!port) {
        showError(tr("The agent desk did not start: %1").arg(port.error().message));
        return false;
    }
    return true;
}

void AgentDeskPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // On demand: the desk listens once someone looks at it.
    if (!m_network->desk()->isRunning())
        startDesk();
}

void AgentDeskPanel::attach()
{
    network::AgentDesk *desk = m_network->desk()->desk();
    if (!desk || desk == m_attached)
        return;
    m_attached = desk;
    connect(desk, &network::AgentDesk::transferQueued, this, [this](const DeskTransfer &t) {
        upsert(t);
        selectTransfer(t.id);
    });
    connect(desk, &network::AgentDesk::transferAccepted, this, &AgentDeskPanel::upsert);
    connect(desk, &network::AgentDesk::transferClosed, this, &AgentDeskPanel::upsert);
    connect(desk, &network::AgentDesk::agentMessage, this,
            [this](const DeskTransfer &t, const network::DeskMessage &) { upsert(t); });
    const DeskTransfer *waiting = nullptr;
    const QList<DeskTransfer> transfers = desk->transfers();
    for (const DeskTransfer &t : transfers) {
        upsert(t);
        if (t.state == DeskTransfer::State::Queued && (!waiting || t.queuedAt > waiting->queuedAt))
            waiting = &t;
    }
    // A panel made after transfers came selects the newest waiting one, as when it arrives.
    if (waiting && !m_transfers->currentItem())
        selectTransfer(waiting->id);
}

void AgentDeskPanel::updateAddress()
{
    network::EmbeddedAgentDesk *desk = m_network->desk();
    const bool running = desk->isRunning();
    m_address->setText(running ? tr("Desk: <b>%1</b>").arg(desk->baseUrl().toString())
                               : tr("The desk is not running."));
    m_key->setText(running ? desk->key() : QString());
    m_copyUrl->setEnabled(running);
    m_copyKey->setEnabled(running);
    m_copyCurl->setEnabled(running);
    m_startButton->setVisible(!running);
    if (running)
        showStatus(tr("Transfers from the preview arrive here in the messaging channel; accept "
                      "one to reply as the agent."));
}

QTreeWidgetItem *AgentDeskPanel::itemFor(const QString &id) const
{
    for (int i = 0; i < m_transfers->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_transfers->topLevelItem(i);
        if (item->data(0, idRole).toString() == id)
            return item;
    }
    return nullptr;
}

void AgentDeskPanel::upsert(const DeskTransfer &t)
{
    QTreeWidgetItem *item = itemFor(t.id);
    if (!item) {
        item = new QTreeWidgetItem(m_transfers);
        item->setData(0, idRole, t.id);
    }
    item->setText(TimeColumn,
                  QLocale().toString(t.queuedAt.toLocalTime().time(), QLocale::ShortFormat));
    item->setToolTip(TimeColumn, QLocale().toString(t.queuedAt.toLocalTime(), QLocale::LongFormat));
    item->setText(SkillColumn, skillText(t));
    item->setText(ConversationColumn, t.conversationId);
    item->setToolTip(ConversationColumn, plainToolTip(t.conversationId));
    item->setText(MessageColumn, t.message.simplified());
    item->setToolTip(MessageColumn, plainToolTip(t.message));
    item->setText(StateColumn, stateLabel(t.state));
    QFont font = m_transfers->font();
    font.setBold(t.state == DeskTransfer::State::Queued);
    for (int c = 0; c <= StateColumn; ++c)
        item->setFont(c, font);
    if (item == m_transfers->currentItem()) {
        updateDetail();
        updateButtons();
    }
}

QString AgentDeskPanel::currentTransfer() const
{
    const QTreeWidgetItem *item = m_transfers->currentItem();
    return item ? item->data(0, idRole).toString() : QString();
}

void AgentDeskPanel::selectTransfer(const QString &id)
{
    if (QTreeWidgetItem *item = itemFor(id))
        m_transfers->setCurrentItem(item);
}

void AgentDeskPanel::updateDetail()
{
    const std::optional<DeskTransfer> t
            = m_attached ? m_attached->transfer(currentTransfer()) : std::nullopt;
    if (!t) {
        m_thread->setHtml(
                QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg(tr("Select a transfer to see its conversation.").toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    QString html
            = QStringLiteral("<p><b>%1</b> %2<br>%3</p>")
                      .arg(tr("Skill:").toHtmlEscaped(), plainTextToHtml(skillText(*t)),
                           plainTextToHtml(tr("Conversation %1, user %2")
                                                   .arg(t->conversationId, t->userPlatformId)));
    html += QStringLiteral("<p><i>%1 %2</i><br>%3</p>")
                    .arg(locale.toString(t->queuedAt.toLocalTime().time(), QLocale::ShortFormat),
                         tr("bot:").toHtmlEscaped(), plainTextToHtml(t->message));
    for (const network::DeskMessage &m : t->messages)
        html += QStringLiteral("<p><i>%1 %2</i><br>%3</p>")
                        .arg(locale.toString(m.sentAt.toLocalTime().time(), QLocale::ShortFormat),
                             tr("agent:").toHtmlEscaped(), plainTextToHtml(m.text));
    if (t->state == DeskTransfer::State::Closed)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Closed.").toHtmlEscaped());
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
}

void AgentDeskPanel::updateButtons()
{
    const std::optional<DeskTransfer> t
            = m_attached ? m_attached->transfer(currentTransfer()) : std::nullopt;
    const bool queued = t && t->state == DeskTransfer::State::Queued;
    const bool accepted = t && t->state == DeskTransfer::State::Accepted;
    m_accept->setEnabled(queued);
    m_reply->setEnabled(accepted);
    m_send->setEnabled(accepted && !m_reply->text().trimmed().isEmpty());
    m_close->setEnabled(queued || accepted);
}

void AgentDeskPanel::acceptCurrent()
{
    if (!m_attached)
        return;
    const document::Result<DeskTransfer> t = m_attached->accept(currentTransfer());
    if (!t) {
        showError(t.error().message);
        return;
    }
    showStatus(tr("You are the agent in conversation %1.").arg(t->conversationId));
    m_reply->setFocus();
}

void AgentDeskPanel::sendReply()
{
    const QString text = m_reply->text().trimmed();
    if (!m_attached || text.isEmpty() || !m_send->isEnabled())
        return;
    const document::Result<network::DeskMessage> sent
            = m_attached->sendMessage(currentTransfer(), text);
    if (!sent) {
        showError(sent.error().message);
        return;
    }
    m_reply->clear();
}

void AgentDeskPanel::closeCurrent()
{
    if (!m_attached)
        return;
    const document::Result<DeskTransfer> t = m_attached->closeTransfer(currentTransfer());
    if (!t)
        showError(t.error().message);
    else
        showStatus(tr("Closed the conversation %1.").arg(t->conversationId));
}

void AgentDeskPanel::showStatus(const QString &text)
{
    m_status->setText(plainTextToHtml(text));
}

void AgentDeskPanel::showError(const QString &message)
{
    m_status->setText(
            QStringLiteral("<span style='color:#c01c28'>%1</span>").arg(plainTextToHtml(message)));
}

} // namespace dialogsmith::ui
