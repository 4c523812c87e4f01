#include "chatmodel.h"

#include "htmlsanitizer.h"

#include <algorithm>

namespace dialogsmith::ui {

ChatModel::ChatModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ChatModel::maxEntries()
{
    return 20000;
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ChatEntry &e = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.plain;
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case HtmlRole:
        return e.html;
    case TimeRole:
        return e.time;
    case CheckRole:
        return int(e.check);
    case ExpectedRole:
        return e.expected;
    case ChoicesRole: {
        QStringList titles;
        for (const runtime::Choice &c : e.choices)
            titles.append(c.title);
        return titles;
    }
    case InteractionRole:
        return e.interactionId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(HtmlRole, "html");
    names.insert(TimeRole, "time");
    names.insert(CheckRole, "check");
    names.insert(ExpectedRole, "expected");
    names.insert(ChoicesRole, "choices");
    return names;
}

quint64 ChatModel::append(ChatEntry entry)
{
    if (entry.kind == ChatEntry::Kind::Typing)
        return 0;
    if (int(m_entries.size()) >= maxEntries())
        dropOldest();
    entry.id = m_nextId++;
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    const int row = int(m_entries.size()) - (m_typing ? 1 : 0);
    beginInsertRows({}, row, row);
    m_entries.insert(m_entries.begin() + row, std::move(entry));
    endInsertRows();
    return m_entries.at(size_t(row)).id;
}

quint64 ChatModel::appendUser(const QString &text)
{
    ChatEntry e;
    e.kind = ChatEntry::Kind::User;
    e.plain = text;
    e.html = plainTextToHtml(text);
    return append(std::move(e));
}

quint64 ChatModel::appendAgent(const QString &text)
{
    ChatEntry e;
    e.kind = ChatEntry::Kind::Agent;
    e.plain = text;
    e.html = plainTextToHtml(text);
    return append(std::move(e));
}

quint64 ChatModel::appendNotice(const QString &text, bool error)
{
    ChatEntry e;
    e.kind = ChatEntry::Kind::Notice;
    e.plain = text;
    e.html = plainTextToHtml(text);
    e.error = error;
    return append(std::move(e));
}

void ChatModel::setTyping(bool typing)
{
    if (typing == m_typing)
        return;
    const int row = int(m_entries.size()) - (m_typing ? 1 : 0);
    if (typing) {
        beginInsertRows({}, row, row);
        ChatEntry e;
        e.kind = ChatEntry::Kind::Typing;
        e.plain = tr("The bot is typing\u2026");
        m_entries.push_back(std::move(e));
        m_typing = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, row, row);
        m_entries.pop_back();
        m_typing = false;
        endRemoveRows();
    }
}

void ChatModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_typing = false;
    m_spentUpTo = m_nextId - 1;
    endResetModel();
}

int ChatModel::rowOf(quint64 id) const
{
    if (id == 0)
        return -1;
    const auto end = m_entries.end() - (m_typing ? 1 : 0);
    const auto it = std::lower_bound(m_entries.begin(), end, id,
                                     [](const ChatEntry &e, quint64 v) { return e.id < v; });
    return it != end && it->id == id ? int(it - m_entries.begin()) : -1;
}

const ChatEntry *ChatModel::entry(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries.at(size_t(row));
}

void ChatModel::setCheck(quint64 id, ChatEntry::Check check, const QString &expected)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    ChatEntry &e = m_entries.at(size_t(row));
    e.check = check;
    e.expected = expected;
    emit entryChanged(id);
    emit dataChanged(index(row), index(row), {CheckRole, ExpectedRole});
}

void ChatModel::spendChoices()
{
    // Only entries added since the last call can still have live quick replies.
    quint64 newest = m_spentUpTo;
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->kind == ChatEntry::Kind::Typing)
            continue;
        if (it->id <= m_spentUpTo)
            break;
        newest = std::max(newest, it->id);
        const bool quick = std::any_of(it->choices.cbegin(), it->choices.cend(), [](const auto &c) {
            return c.kind == runtime::Choice::Kind::QuickReply;
        });
        if (!quick)
            continue;
        it->choicesSpent = true;
        const int row = int(std::distance(it, m_entries.rend())) - 1;
        emit entryChanged(it->id);
        emit dataChanged(index(row), index(row));
    }
    m_spentUpTo = newest;
}

void ChatModel::dropOldest()
{
    // A tenth at a time, so a long session does not pay for a row move on every message.
    const int count = std::max(1, maxEntries() / 10);
    beginRemoveRows({}, 0, count - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    endRemoveRows();
}

} // namespace dialogsmith::ui
