#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace dialogsmith::network {
class AgentDesk;
struct DeskTransfer;
} // namespace dialogsmith::network

namespace dialogsmith::ui {

class PreviewNetwork;

/// The agent desk dock: the studio's embedded agent desk, seen from the human agent's side.
///
/// Lists the transfers bots handed over (time, skill, conversation id, the bot's message,
/// state); the agent accepts one, replies and closes it. The desk's address and key are shown
/// with copy buttons, so a terminal (curl, `dialogsmith-cli chat`) can talk to the same desk.
/// The desk starts when the dock is first shown, or when a messaging preview needs it.
class AgentDeskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgentDeskPanel(PreviewNetwork *network, QWidget *parent = nullptr);
    ~AgentDeskPanel() override;

    /// Starts the desk unless it runs; false (and the reason shown) when it cannot.
    bool startDesk();

    QTreeWidget *transfers() const { return m_transfers; }
    QLineEdit *replyEdit() const { return m_reply; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *closeButton() const { return m_close; }
    /// The desk's key, masked until the reveal button is checked.
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *revealKeyButton() const { return m_revealKey; }
    QLabel *addressLabel() const { return m_address; }

    /// The selected transfer's id, or empty.
    QString currentTransfer() const;
    /// Selects the transfer `id`.
    void selectTransfer(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void attach();
    void updateAddress();
    void upsert(const network::DeskTransfer &transfer);
    void updateDetail();
    void updateButtons();
    void acceptCurrent();
    void sendReply();
    void closeCurrent();
    void showStatus(const QString &text);
    void showError(const QString &message);
    QTreeWidgetItem *itemFor(const QString &id) const;

    PreviewNetwork *m_network;
    network::AgentDesk *m_attached = nullptr;
    QLabel *m_address;
    QLineEdit *m_key;
    QPushButton *m_revealKey;
    QPushButton *m_copyUrl;
    QPushButton *m_copyKey;
    QPushButton *m_copyCurl;
    QPushButton *m_startButton;
    QCheckBox *m_route;
    QTreeWidget *m_transfers;
    QTextBrowser *m_thread;
    QLineEdit *m_reply;
    QPushButton *m_accept;
    QPushButton *m_send;
    QPushButton *m_close;
    QLabel *m_status;
};

} // namespace dialogsmith::ui
