#include "chataccessible.h"

#include "accessibleitems.h"
#include "chatmodel.h"
#include "chatview.h"

#include <QPointer>

namespace dialogsmith::ui {

namespace {

/// What every item below the chat shares: the view it belongs to and the interface of the view.
class ChatItemAccessible : public QAccessibleInterface
{
public:
    ChatItemAccessible(ChatView *view, quint64 entryId)
        : m_view(view)
        , m_entryId(entryId)
    {}

    bool isValid() const override { return entry() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}

protected:
    const ChatEntry *entry() const
    {
        return m_view && m_view->model() ? m_view->model()->entry(m_entryId) : nullptr;
    }
    QRect toScreen(const QRect &viewportRect) const
    {
        if (!m_view || viewportRect.isEmpty())
            return {};
        return QRect(m_view->viewport()->mapToGlobal(viewportRect.topLeft()), viewportRect.size());
    }

    QPointer<ChatView> m_view;
    quint64 m_entryId;
};

class ChoiceAccessible final : public ChatItemAccessible, public QAccessibleActionInterface
{
public:
    ChoiceAccessible(ChatView *view, quint64 entryId, int index, QAccessibleInterface *parent)
        : ChatItemAccessible(view, entryId)
        , m_index(index)
        , m_parent(parent)
    {}

    bool isValid() const override
    {
        const ChatEntry *e = entry();
        return e && m_index < e->choices.size();
    }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        const ChatEntry *e = entry();
        if (!e || m_index >= e->choices.size())
            return {};
        if (t == QAccessible::Name)
            return e->choices.at(m_index).title;
        if (t == QAccessible::Description)
            return e->choicesSpent ? ChatView::tr("Already answered")
                                   : ChatView::tr("Sends this answer");
        return {};
    }
    QRect rect() const override
    {
        return m_view ? toScreen(m_view->choiceRect(m_entryId, m_index)) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        const ChatEntry *e = entry();
        s.disabled = !e || e->choicesSpent;
        s.invisible = rect().isEmpty();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                       ? static_cast<QAccessibleActionInterface *>(this)
                       : nullptr;
    }

    QStringList actionNames() const override
    {
        const ChatEntry *e = entry();
        return e && !e->choicesSpent ? QStringList{pressAction()} : QStringList();
    }
    void doAction(const QString &actionName) override
    {
        if (actionName == pressAction() && m_view)
            m_view->activateChoice(m_entryId, m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    int m_index;
    QAccessibleInterface *m_parent;
};

class EntryAccessible final : public ChatItemAccessible
{
public:
    EntryAccessible(ChatView *view, quint64 entryId, QAccessibleInterface *parent)
        : ChatItemAccessible(view, entryId)
        , m_parent(parent)
    {}
    ~EntryAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_choices))
            QAccessible::deleteAccessibleInterface(id);
    }

    QAccessibleInterface *parent() const override { return m_parent; }
    int childCount() const override
    {
        const ChatEntry *e = entry();
        return e ? int(e->choices.size()) : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        while (m_choices.size() <= index) {
            auto *choice = new ChoiceAccessible(m_view, m_entryId, int(m_choices.size()),
                                                const_cast<EntryAccessible *>(this));
            m_choices.append(QAccessible::registerAccessibleInterface(choice));
        }
        return QAccessible::accessibleInterface(m_choices.at(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (qsizetype i = 0; i < m_choices.size(); ++i) {
            if (QAccessible::accessibleInterface(m_choices.at(i)) == child)
                return int(i);
        }
        return -1;
    }
    QString text(QAccessible::Text t) const override
    {
        const ChatEntry *e = entry();
        if (!e)
            return {};
        if (t == QAccessible::Name) {
            if (e->kind == ChatEntry::Kind::Typing)
                return ChatView::tr("The bot is typing");
            QStringList parts;
            for (const QString &part : {e->title, e->subtitle, e->plain}) {
                if (!part.trimmed().isEmpty())
                    parts.append(part.trimmed());
            }
            return parts.join(QLatin1Char('\n'));
        }
        if (t == QAccessible::Description) {
            switch (e->kind) {
            case ChatEntry::Kind::User:
                return ChatView::tr("Your message");
            case ChatEntry::Kind::Bot:
                return ChatView::tr("The bot's message");
            case ChatEntry::Kind::Agent:
                return ChatView::tr("The agent's message");
            case ChatEntry::Kind::Notice:
                return e->error ? ChatView::tr("Error") : ChatView::tr("Notice");
            case ChatEntry::Kind::Typing:
                return {};
            }
        }
        return {};
    }
    QRect rect() const override
    {
        return m_view ? toScreen(m_view->entryRect(m_entryId)) : QRect();
    }
    QAccessible::Role role() const override
    {
        const ChatEntry *e = entry();
        return e && e->kind == ChatEntry::Kind::Notice ? QAccessible::StaticText
                                                       : QAccessible::ListItem;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        s.invisible = rect().isEmpty();
        return s;
    }

private:
    QAccessibleInterface *m_parent;
    mutable QList<QAccessible::Id> m_choices;
};

/// The chat as a list of its entries (the scroll bars and viewport are left out: the entries
/// are what there is to read).
class ChatViewAccessible final : public AccessibleItemList
{
public:
    explicit ChatViewAccessible(ChatView *view)
        : AccessibleItemList(view, QAccessible::List, ChatView::tr("Chat"))
    {}

    int childCount() const override
    {
        const ChatModel *model = view()->model();
        return model ? model->rowCount() : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        const ChatModel *model = view()->model();
        if (!model || index < 0 || index >= model->rowCount())
            return nullptr;
        const quint64 id = model->at(index).id;
        return item(QString::number(id), [&] {
            return new EntryAccessible(view(), id, const_cast<ChatViewAccessible *>(this));
        });
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const ChatModel *model = view()->model();
        const QString key = keyOf(child);
        return model && !key.isEmpty() ? model->rowOf(key.toULongLong()) : -1;
    }

private:
    ChatView *view() const { return static_cast<ChatView *>(widget()); }
};

QAccessibleInterface *chatFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("dialogsmith::ui::ChatView") && object && object->isWidgetType())
        return new ChatViewAccessible(static_cast<ChatView *>(object));
    return nullptr;
}

} // namespace

void installChatAccessibility()
{
    installAccessibleFactory(chatFactory);
}

} // namespace dialogsmith::ui
