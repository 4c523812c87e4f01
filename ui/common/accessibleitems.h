#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QList>

namespace dialogsmith::ui {

/// Installs `factory` with QAccessible::installFactory() the first time it is asked, so widgets
/// that paint their items can make sure, from their constructor, that screen readers get them.
inline void installAccessibleFactory(QAccessible::InterfaceFactory factory)
{
    static QList<QAccessible::InterfaceFactory> installed;
    if (installed.contains(factory))
        return;
    installed.append(factory);
    QAccessible::installFactory(factory);
}

/// The accessible interface of a widget whose children are painted items (chat entries, canvas
/// nodes): each item's interface is made on first request, registered with QAccessible and
/// found again by its key; all of them go when the widget's interface does.
class AccessibleItemList : public QAccessibleWidget
{
public:
    using QAccessibleWidget::QAccessibleWidget;
    ~AccessibleItemList() override
    {
        for (const QAccessible::Id id : std::as_const(m_items))
            QAccessible::deleteAccessibleInterface(id);
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0, n = childCount(); i < n; ++i) {
            QAccessibleInterface *c = child(i);
            if (c && c->rect().contains(x, y))
                return c;
        }
        return nullptr;
    }

protected:
    /// The interface of the item `key`, made by `make()` the first time.
    template<typename Make>
    QAccessibleInterface *item(const QString &key, Make make) const
    {
        auto it = m_items.constFind(key);
        if (it == m_items.cend())
            it = m_items.insert(key, QAccessible::registerAccessibleInterface(make()));
        return QAccessible::accessibleInterface(*it);
    }
    /// The key `child` was made for, or an empty string.
    QString keyOf(const QAccessibleInterface *child) const
    {
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return {};
    }

private:
    mutable QHash<QString, QAccessible::Id> m_items;
};

} // namespace dialogsmith::ui
