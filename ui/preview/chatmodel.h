#pragma once

#include "botmessage.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

#include <deque>

namespace dialogsmith::ui {

/// One row of the preview's chat.
struct ChatEntry
{
    enum class Kind {
        User,   ///< what the tester sent (escaped text)
        Bot,    ///< a bot message (sanitized HTML, choices, image, card)
        Agent,  ///< a human agent's reply from the agent desk
        Notice, ///< a line between bubbles: restarts, transfers, replay results
        Typing, ///< the typing indicator; at most one, always last
    };
    enum class Check { None, Passed, Failed };

    quint64 id = 0;
    Kind kind = Kind::Notice;
    QDateTime time;
    QString html;     ///< the bubble's body, safe HTML (sanitized or escaped)
    QString plain;    ///< the same as plain text: copy, accessibility, transcripts
    QString title;    ///< structured cards: plain text
    QString subtitle; ///< structured cards: plain text
    QString imageUrl;
    QList<runtime::Choice> choices;
    /// Quick replies answer the message they belong to; once the user moved on they are spent.
    bool choicesSpent = false;
    QString interactionId; ///< the interaction that sent it (bot messages)
    bool error = false;    ///< notices: shown in the error colour
    Check check = Check::None;
    QString expected; ///< replayed transcripts: what the transcript expected
};

/// The preview's conversation as a list: appended at the end (O(1)), read by ChatView.
/// Entries are addressed by a stable id; rows shift only when old entries are dropped beyond
/// maxEntries().
class ChatModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        HtmlRole,
        TimeRole,
        CheckRole,
        ExpectedRole,
        ChoicesRole, ///< the choice titles (QStringList)
        InteractionRole,
    };

    explicit ChatModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Appends `entry` (before the typing indicator) and returns its id.
    quint64 append(ChatEntry entry);
    /// Convenience for the common kinds.
    quint64 appendUser(const QString &text);
    quint64 appendAgent(const QString &text);
    quint64 appendNotice(const QString &text, bool error = false);
    void setTyping(bool typing);
    bool isTyping() const { return m_typing; }
    void clear();

    const ChatEntry &at(int row) const { return m_entries.at(size_t(row)); }
    /// The row of entry `id`, or -1.
    int rowOf(quint64 id) const;
    const ChatEntry *entry(quint64 id) const;
    /// Marks a replayed message as passed or failed.
    void setCheck(quint64 id, ChatEntry::Check check, const QString &expected = {});
    /// Quick replies of every entry so far are spent (the user answered).
    void spendChoices();

    /// The oldest entries are dropped beyond this many (a long session stays within memory).
    static int maxEntries();

signals:
    /// An entry's content changed in a way that changes its height.
    void entryChanged(quint64 id);

private:
    void dropOldest();

    std::deque<ChatEntry> m_entries; ///< in id order; the typing indicator (id 0) last
    quint64 m_nextId = 1;
    quint64 m_spentUpTo = 0; ///< spendChoices() has seen every entry up to this id
    bool m_typing = false;
};

} // namespace dialogsmith::ui
