#pragma once

#include "account.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace dialogsmith::cloud {
class AgentClient;
class EmbeddedCloud;
} // namespace dialogsmith::cloud

namespace dialogsmith::ui {

/// The Agent Desk's cloud side: an agent console client of the studio's embedded cloud, the
/// same flows as the browser console at /agent/, over the same agent API (AgentClient).
///
/// The tester signs in as one of the account's human agents (login name and password; the
/// login name is remembered, the password never kept), is Online, Away or Offline, sees the
/// conversations ringing for their skills (skill, waiting time, the visitor's last message),
/// accepts them, reads what was said before (the bot's part too), replies, transfers to a
/// skill of the account and closes. Several conversations at once. The cloud starts on demand.
class CloudDeskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CloudDeskPanel(cloud::EmbeddedCloud *cloud, QWidget *parent = nullptr);
    ~CloudDeskPanel() override;

    /// Signs in with what the form holds (the button does the same).
    void signIn();
    void signOut();
    bool isSignedIn() const;
    cloud::AgentClient *client() const { return m_client; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signOutButton() const { return m_signOut; }
    QComboBox *availabilityBox() const { return m_availability; }
    /// Waiting conversations: skill, waiting time, last message.
    QTreeWidget *rings() const { return m_rings; }
    QPushButton *acceptButton() const { return m_accept; }
    /// The agent's open conversations.
    QListWidget *conversations() const { return m_conversations; }
    QTextBrowser *thread() const { return m_thread; }
    QLineEdit *replyEdit() const { return m_reply; }
    QPushButton *sendButton() const { return m_send; }
    QComboBox *transferSkillBox() const { return m_transferSkill; }
    QPushButton *transferButton() const { return m_transfer; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *statusLabel() const { return m_status; }

    /// The conversation shown, or empty.
    QString currentConversation() const { return m_current; }
    /// The shown conversation's lines as "who: text", oldest first (what the thread shows).
    QStringList lines(const QString &conversationId) const;

    /// Low, like the other docks of the bottom area (lists would ask for more).
    QSize sizeHint() const override;

signals:
    /// A conversation rings for the signed-in agent.
    void ringing();

private:
    struct RingEntry
    {
        QString ringId;
        QString conversationId;
        qint64 skillId = -1;
        qint64 since = 0; ///< when the conversation started, or when the ring came
        QString last;
    };
    enum class LineKind { Visitor, Bot, Agent, Me, Notice };
    struct Line
    {
        LineKind kind = LineKind::Notice;
        QString pid;
        QString text;
        qint64 time = 0;
    };
    struct Conversation
    {
        QString id;
        qint64 skillId = -1;
        QString consumerPid;
        QList<Line> lines;
        QSet<qint64> seen;
        int unread = 0;
    };
    struct Profile
    {
        QString name;
        bool bot = false;
        bool known = false;
    };

    void connected();
    void disconnectedFromCloud(const QString &why);
    enum class Logout { No, Yes };
    /// Forgets the signed-in client; Logout::Yes logs it out of the cloud first.
    void dropClient(Logout logout);
    void notification(const QString &type, const QJsonObject &body);
    void ringChanged(const QJsonObject &task);
    void conversationChanged(const QJsonObject &change);
    void addEvent(Conversation &c, const QJsonObject &change);
    void loadHistory(const QString &conversationId);
    void lookUp(const QString &pid);
    QString nameOf(const Line &line, const Conversation &c) const;
    void showConversation(const QString &id);
    void renderRings();
    void renderConversations();
    void renderThread();
    void updateButtons();
    void acceptCurrent();
    void sendReply();
    void transferCurrent();
    void closeCurrent();
    void reset();
    void showStatus(const QString &text);
    void showError(const QString &text);
    QString skillName(qint64 id) const;

    QPointer<cloud::EmbeddedCloud> m_cloud;
    QNetworkAccessManager *m_network;
    cloud::AgentClient *m_client = nullptr;
    QList<cloud::Skill> m_skills;
    QHash<QString, RingEntry> m_ringsById;
    QStringList m_ringOrder;
    QHash<QString, Conversation> m_byId;
    QStringList m_order;
    QHash<QString, Profile> m_profiles;
    QString m_current;
    QString m_pendingOpen;
    bool m_online = false;

    QStackedWidget *m_pages;
    QLabel *m_account;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_who;
    QComboBox *m_availability;
    QPushButton *m_signOut;
    QTreeWidget *m_rings;
    QPushButton *m_accept;
    QListWidget *m_conversations;
    QTextBrowser *m_thread;
    QLineEdit *m_reply;
    QPushButton *m_send;
    QComboBox *m_transferSkill;
    QPushButton *m_transfer;
    QPushButton *m_close;
    QLabel *m_status;
    QTimer *m_tick;
};

} // namespace dialogsmith::ui
