#include "canvasaccessible.h"

#include "accessibleitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "interaction.h"
#include "nodeitem.h"

#include <QPointer>

namespace dialogsmith::ui {

namespace {

class NodeAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    NodeAccessible(CanvasView *view, const QString &id, QAccessibleInterface *parent)
        : m_view(view)
        , m_id(id)
        , m_parent(parent)
    {}

    bool isValid() const override { return node() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        const NodeItem *n = node();
        if (!n)
            return {};
        const NodeContent &c = n->content();
        if (t == QAccessible::Name)
            return c.name;
        if (t == QAccessible::Description) {
            const QString type = document::interactionTypeLabel(c.type);
            const QString text
                    = c.summary.isEmpty() ? type : CanvasView::tr("%1: %2").arg(type, c.summary);
            // The coverage mark is drawn: say it too.
            return n->isUncovered() ? CanvasView::tr("%1 (not covered by the tests)").arg(text)
                                    : text;
        }
        return {};
    }
    QRect rect() const override
    {
        const NodeItem *n = node();
        if (!n || !m_view)
            return {};
        const QRect inViewport = m_view->mapFromScene(n->sceneRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        const NodeItem *n = node();
        s.selectable = true;
        s.selected = n && n->isSelected();
        s.disabled = n && !n->content().enabled;
        s.invisible = !n || !m_view || !m_view->visibleSceneRect().intersects(n->sceneRect());
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                       ? static_cast<QAccessibleActionInterface *>(this)
                       : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &actionName) override
    {
        if (actionName != pressAction() || !node())
            return;
        auto *scene = static_cast<CanvasScene *>(m_view->scene());
        scene->selectOnly({m_id});
        m_view->ensureVisible(node()->sceneRect());
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    NodeItem *node() const
    {
        const auto *scene = m_view ? qobject_cast<CanvasScene *>(m_view->scene()) : nullptr;
        return scene ? scene->node(m_id) : nullptr;
    }

    QPointer<CanvasView> m_view;
    QString m_id;
    QAccessibleInterface *m_parent;
};

/// The canvas as a list of its interactions, in dialog order.
class CanvasViewAccessible final : public AccessibleItemList
{
public:
    explicit CanvasViewAccessible(CanvasView *view)
        : AccessibleItemList(view, QAccessible::List, CanvasView::tr("Dialog canvas"))
    {}

    int childCount() const override { return int(ids().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QStringList order = ids();
        if (index < 0 || index >= order.size())
            return nullptr;
        const QString &id = order.at(index);
        return item(id, [&] {
            return new NodeAccessible(static_cast<CanvasView *>(widget()), id,
                                      const_cast<CanvasViewAccessible *>(this));
        });
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QString key = keyOf(child);
        return key.isEmpty() ? -1 : int(ids().indexOf(key));
    }

private:
    QStringList ids() const
    {
        const auto *scene
                = qobject_cast<CanvasScene *>(static_cast<CanvasView *>(widget())->scene());
        if (!scene)
            return {};
        QStringList shown;
        for (const QString &id : scene->order()) {
            if (scene->node(id))
                shown.append(id);
        }
        return shown;
    }
};

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("dialogsmith::ui::CanvasView") && object
        && object->isWidgetType())
        return new CanvasViewAccessible(static_cast<CanvasView *>(object));
    return nullptr;
}

} // namespace

void installCanvasAccessibility()
{
    installAccessibleFactory(canvasFactory);
}

} // namespace dialogsmith::ui
