#include "dialogcanvas.h"

#include "botdocument.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "exititem.h"
#include "interactioncommands.h"
#include "nodeitem.h"
#include "palettebutton.h"
#include "typeicons.h"

#include <QEvent>
#include <QFrame>
#include <QHash>
#include <QIconEngine>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::Action;
using document::BotDocument;
using document::Dialog;
using document::Interaction;
using document::InteractionType;

namespace {

enum class ToolIcon { ZoomIn, ZoomOut, Fit, Arrange };

// Draws `kind` in `color` on a picture of `pixels` (the glyphs are designed on 16 × 16).
QPixmap drawToolIcon(ToolIcon kind, const QColor &color, QSize pixels)
{
    QPixmap pm(pixels);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(pixels.width() / 16.0, pixels.height() / 16.0);
    p.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case ToolIcon::ZoomIn:
    case ToolIcon::ZoomOut:
        p.drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
        p.drawLine(QPointF(10, 10), QPointF(14, 14));
        p.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
        if (kind == ToolIcon::ZoomIn)
            p.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
        break;
    case ToolIcon::Fit: {
        QPainterPath path;
        for (const QPointF &c : {QPointF(2, 2), QPointF(14, 2), QPointF(14, 14), QPointF(2, 14)}) {
            const qreal dx = c.x() < 8 ? 4 : -4;
            const qreal dy = c.y() < 8 ? 4 : -4;
            path.moveTo(c + QPointF(dx, 0));
            path.lineTo(c);
            path.lineTo(c + QPointF(0, dy));
        }
        p.drawPath(path);
        p.drawRect(QRectF(5.5, 5.5, 5, 5));
        break;
    }
    case ToolIcon::Arrange:
        p.drawRoundedRect(QRectF(5.5, 1.5, 5, 3.5), 1, 1);
        p.drawRoundedRect(QRectF(1.5, 11, 5, 3.5), 1, 1);
        p.drawRoundedRect(QRectF(9.5, 11, 5, 3.5), 1, 1);
        p.drawLine(QPointF(8, 5), QPointF(8, 8));
        p.drawLine(QPointF(4, 8), QPointF(12, 8));
        p.drawLine(QPointF(4, 8), QPointF(4, 11));
        p.drawLine(QPointF(12, 8), QPointF(12, 11));
        break;
    }
    return pm;
}

// Small line icons drawn in the palette's text colour (the disabled one when disabled), so they
// follow light and dark themes without shipping a second icon set. Each size and mode is drawn
// when first asked for: a first start shows one picture of each, not every mode at every ratio.
class ToolIconEngine final : public QIconEngine
{
public:
    ToolIconEngine(ToolIcon kind, const QPalette &palette)
        : m_kind(kind)
        , m_normal(palette.color(QPalette::Active, QPalette::WindowText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const bool disabled = mode == QIcon::Disabled;
        const quint64 key
                = (quint64(size.width()) << 33) | (quint64(size.height()) << 1) | quint64(disabled);
        auto it = m_drawn.constFind(key);
        if (it == m_drawn.cend())
            it = m_drawn.insert(key, drawToolIcon(m_kind, disabled ? m_disabled : m_normal, size));
        return *it;
    }

    // QIcon passes the size in device pixels and sets the ratio itself.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return pixmap(size, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ToolIconEngine(*this); }
    QString key() const override { return QStringLiteral("dialogsmith-canvas-tool"); }
    bool isNull() override { return false; }

private:
    ToolIcon m_kind;
    QColor m_normal;
    QColor m_disabled;
    QHash<quint64, QPixmap> m_drawn;
};

QString baseName(InteractionType type)
{
    return document::interactionTypeKey(type).toLower();
}

} // namespace

DialogCanvas::DialogCanvas(BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(new CanvasScene(document, this))
    , m_view(new CanvasView(m_scene, this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("DialogCanvas"));
    m_view->setObjectName(QStringLiteral("DialogCanvasView"));
    m_view->setAccessibleName(tr("Dialog canvas"));
    m_view->setAccessibleDescription(tr("Interactions of the dialog and where each one leads. "
                                        "Arrow keys and Tab move between interactions, Enter "
                                        "opens one, Delete removes the selection."));
    m_view->setEmptyText(tr("Choose a dialog in the project explorer to see its flow here."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    line->setFixedHeight(1);
    layout->addWidget(line);
    layout->addWidget(m_view, 1);
    buildToolBar();
    updateStyle();
    m_scene->setDialog(QString());

    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &DialogCanvas::onSceneSelectionChanged);
    connect(m_scene, &CanvasScene::nodesMoved, this, &DialogCanvas::onNodesMoved);
    connect(m_scene, &CanvasScene::connectRequested, this,
            [this](const QString &source, int slot, bool next, const Action &action) {
                setPortAction(source, slot, next, action);
            });
    connect(m_scene, &CanvasScene::connectRefused, this, &DialogCanvas::statusMessage);
    connect(m_scene, &CanvasScene::nodeActivated, this, &DialogCanvas::interactionActivated);
    connect(m_scene, &CanvasScene::exitActivated, this, &DialogCanvas::onExitActivated);
    // A new file: remembered views belong to the old one, and the new content gets a first view.
    connect(document, &BotDocument::loaded, this, [this] {
        m_viewStates.clear();
        m_current.clear();
        m_initialViewPending = true;
        if (isVisible())
            applyInitialView();
    });
    connect(m_scene, &CanvasScene::rebuilt, this, [this] {
        const bool hasDialog = !m_scene->dialogId().isEmpty();
        for (QAbstractButton *button : std::as_const(m_paletteButtons))
            button->setEnabled(hasDialog);
        for (QToolButton *button : std::as_const(m_toolButtons))
            button->setEnabled(hasDialog);
    });

    connect(m_view, &CanvasView::zoomChanged, this, [this](qreal zoom) {
        updateZoomLabel(zoom);
        emit zoomChanged(zoom);
    });
    connect(m_view, &CanvasView::navigateRequested, this, &DialogCanvas::navigate);
    connect(m_view, &CanvasView::stepRequested, this, &DialogCanvas::step);
    connect(m_view, &CanvasView::activateRequested, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            emit interactionActivated(id);
    });
    connect(m_view, &CanvasView::deleteRequested, this, &DialogCanvas::deleteSelection);
    connect(m_view, &CanvasView::selectAllRequested, this, &DialogCanvas::selectAll);
    connect(m_view, &CanvasView::escapePressed, this, [this] { m_scene->clearSelection(); });
    connect(m_view, &CanvasView::contextMenuRequested, this, &DialogCanvas::showContextMenu);
    connect(m_view, &CanvasView::typeDropped, this,
            [this](const QString &key, const QPointF &scenePos) {
                const InteractionType type = document::interactionTypeFromKey(key);
                if (type != InteractionType::Unknown)
                    addInteraction(type, scenePos);
            });
}

DialogCanvas::~DialogCanvas()
{
    // The view goes first: it must not repaint or scroll a scene that is being destroyed.
    m_scene->disconnect(this);
    delete m_view;
}

QGraphicsView *DialogCanvas::view() const
{
    return m_view;
}

QAbstractButton *DialogCanvas::paletteButton(InteractionType type) const
{
    return m_paletteButtons.value(int(type));
}

qreal DialogCanvas::zoom() const
{
    return m_view->zoom();
}

void DialogCanvas::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("DialogCanvasPalette"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    // The palette gives way on narrow windows: what does not fit moves behind the toolbar's
    // extension button instead of widening the window.
    m_toolBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_toolBar->setMinimumWidth(160);
    for (const InteractionType type : document::knownInteractionTypes()) {
        auto *button = new PaletteButton(type, m_toolBar);
        button->setObjectName(QStringLiteral("palette_") + baseName(type));
        connect(button, &QToolButton::clicked, this, [this, type] { addInteraction(type); });
        m_toolBar->addWidget(button);
        m_paletteButtons.insert(int(type), button);
        // Separators between the categories keep the strip scannable.
        if (type == InteractionType::DialogStarter || type == InteractionType::Universal
            || type == InteractionType::Image)
            m_toolBar->addSeparator();
    }
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    auto addTool = [this](const QString &name, const QString &tip, auto slot) {
        auto *button = new QToolButton(m_toolBar);
        button->setObjectName(name);
        button->setAutoRaise(true);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, slot);
        m_toolBar->addWidget(button);
        m_toolButtons.append(button);
        return button;
    };
    addTool(QStringLiteral("arrange"), tr("Arrange nodes automatically"),
            [this] { arrangeNodes(); });
    m_toolBar->addSeparator();
    addTool(QStringLiteral("zoomOut"), tr("Zoom out (Ctrl+-)"), [this] { zoomOut(); });
    m_zoomLabel
            = addTool(QStringLiteral("zoomReset"), tr("Zoom to 100 %"), [this] { resetZoom(); });
    m_zoomLabel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoomLabel->setMinimumWidth(
            m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")) + 8);
    addTool(QStringLiteral("zoomIn"), tr("Zoom in (Ctrl++)"), [this] { zoomIn(); });
    addTool(QStringLiteral("zoomFit"), tr("Zoom to fit (Ctrl+0)"), [this] { zoomToFit(); });
    updateZoomLabel(1.0);
}

void DialogCanvas::updateStyle()
{
    m_scene->setCanvasStyle(CanvasStyle::fromPalette(palette(), font()));
    m_view->resetCachedContent();
    const QPalette p = palette();
    const QHash<QString, ToolIcon> icons = {{QStringLiteral("zoomIn"), ToolIcon::ZoomIn},
                                            {QStringLiteral("zoomOut"), ToolIcon::ZoomOut},
                                            {QStringLiteral("zoomFit"), ToolIcon::Fit},
                                            {QStringLiteral("arrange"), ToolIcon::Arrange}};
    for (QToolButton *button : std::as_const(m_toolButtons)) {
        if (icons.contains(button->objectName()))
            button->setIcon(QIcon(new ToolIconEngine(icons.value(button->objectName()), p)));
    }
}

void DialogCanvas::updateZoomLabel(qreal zoom)
{
    if (m_zoomLabel)
        m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void DialogCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        updateStyle();
}

void DialogCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_initialViewPending && isVisible())
        applyInitialView();
}

void DialogCanvas::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_initialViewPending)
        applyInitialView();
}

// --- dialog and selection -------------------------------------------------------------------

void DialogCanvas::showDialog(const QString &dialogId)
{
    const QString id = m_document->dialog(dialogId) ? dialogId : QString();
    if (!m_scene->dialogId().isEmpty())
        m_viewStates.insert(m_scene->dialogId(),
                            {m_view->zoom(), m_view->visibleSceneRect().center()});
    if (id == m_scene->dialogId() && !id.isEmpty())
        return;
    m_current.clear();
    m_scene->setDialog(id);
    if (m_viewStates.contains(id)) {
        const ViewState state = m_viewStates.value(id);
        m_view->setTransform(QTransform::fromScale(state.zoom, state.zoom));
        m_view->centerOn(state.centre);
        updateZoomLabel(state.zoom);
        emit zoomChanged(state.zoom);
        m_initialViewPending = false;
    } else {
        m_initialViewPending = true;
        if (isVisible())
            applyInitialView();
    }
}

QString DialogCanvas::dialogId() const
{
    return m_scene->dialogId();
}

void DialogCanvas::applyInitialView()
{
    m_initialViewPending = false;
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        m_view->setTransform(QTransform());
        m_view->centerOn(0, 0);
        updateZoomLabel(1.0);
        return;
    }
    const QSize viewport = m_view->viewport()->size();
    const qreal fit = std::min(viewport.width() / (content.width() + 80),
                               viewport.height() / (content.height() + 80));
    if (fit >= 0.75) {
        m_view->zoomToFit();
        return;
    }
    // Too big to read when fitted: start at a legible zoom, at the top where the flow begins.
    const qreal zoom = 0.85;
    m_view->setTransform(QTransform::fromScale(zoom, zoom));
    const QString first = m_scene->order().value(0);
    const NodeItem *node = m_scene->node(first);
    const qreal x = node ? node->sceneRect().center().x() : content.center().x();
    const qreal halfHeight = viewport.height() / zoom / 2;
    m_view->centerOn(x, content.top() - 30 + halfHeight);
    updateZoomLabel(zoom);
    emit zoomChanged(zoom);
}

void DialogCanvas::selectInteractions(const QStringList &ids)
{
    ++m_selecting;
    m_scene->selectOnly(ids);
    --m_selecting;
    const QStringList selected = m_scene->selectedIds();
    m_current = ids.isEmpty() ? QString() : ids.constFirst();
    if (const NodeItem *node = m_scene->node(m_current))
        m_view->centerOn(node->sceneRect().center());
    onSceneSelectionChanged();
}

QStringList DialogCanvas::selectedInteractions() const
{
    return m_scene->selectedIds();
}

void DialogCanvas::onSceneSelectionChanged()
{
    if (m_selecting > 0)
        return;
    const QStringList ids = m_scene->selectedIds();
    if (!ids.contains(m_current))
        m_current = ids.isEmpty() ? QString() : ids.constFirst();
    if (ids != m_lastSelection) {
        m_lastSelection = ids;
        emit selectionChanged(ids);
    }
}

QString DialogCanvas::currentId() const
{
    if (m_scene->node(m_current) && m_scene->node(m_current)->isSelected())
        return m_current;
    const QStringList ids = m_scene->selectedIds();
    return ids.isEmpty() ? QString() : ids.constFirst();
}

void DialogCanvas::focusNode(const QString &id, bool centre)
{
    const NodeItem *node = m_scene->node(id);
    if (!node)
        return;
    ++m_selecting;
    m_scene->selectOnly({id});
    --m_selecting;
    m_current = id;
    if (centre)
        m_view->centerOn(node->sceneRect().center());
    else
        m_view->ensureVisible(node->sceneRect(), 60, 60);
    onSceneSelectionChanged();
}

void DialogCanvas::navigate(Qt::Key direction)
{
    const QString current = currentId();
    if (current.isEmpty()) {
        // Nothing selected yet: start with the node nearest the middle of the view.
        const QPointF centre = m_view->visibleSceneRect().center();
        QString best;
        qreal bestDistance = std::numeric_limits<qreal>::max();
        for (const QString &id : m_scene->order()) {
            const qreal d = QLineF(m_scene->node(id)->sceneRect().center(), centre).length();
            if (d < bestDistance) {
                bestDistance = d;
                best = id;
            }
        }
        focusNode(best, false);
        return;
    }
    if (const QString next = m_scene->neighbour(current, direction); !next.isEmpty())
        focusNode(next, false);
}

void DialogCanvas::step(int delta)
{
    const QStringList &order = m_scene->order();
    if (order.isEmpty())
        return;
    const QString current = currentId();
    qsizetype index = current.isEmpty() ? (delta > 0 ? -1 : 0) : order.indexOf(current);
    index = (index + delta + order.size()) % order.size();
    focusNode(order.at(index), false);
}

void DialogCanvas::setRunningInteraction(const QString &id)
{
    m_scene->setRunning(id);
    if (const NodeItem *node = m_scene->node(id))
        m_view->ensureVisible(node->sceneRect(), 60, 60);
}

void DialogCanvas::setCoverageMarks(const QSet<QString> &interactions,
                                    const QSet<std::pair<QString, int>> &rules)
{
    m_scene->setCoverageMarks(interactions, rules);
}

void DialogCanvas::setPathHighlight(const QStringList &ids)
{
    m_scene->setPath(ids);
}

void DialogCanvas::onExitActivated(const QString &dialogId, const QString &interactionId)
{
    emit dialogActivated(dialogId);
    // If the window switched to that dialog, land on the interaction the exit names.
    if (!interactionId.isEmpty() && m_scene->dialogId() == dialogId)
        selectInteractions({interactionId});
}

// --- zoom -----------------------------------------------------------------------------------

void DialogCanvas::zoomIn()
{
    m_view->zoomIn();
}

void DialogCanvas::zoomOut()
{
    m_view->zoomOut();
}

void DialogCanvas::zoomToFit()
{
    m_view->zoomToFit();
}

void DialogCanvas::resetZoom()
{
    m_view->resetZoom();
}

// --- edits ----------------------------------------------------------------------------------

QString DialogCanvas::insertionAnchor() const
{
    const QString current = currentId();
    if (!current.isEmpty())
        return current;
    const QStringList selected = m_scene->selectedIds();
    return selected.isEmpty() ? QString() : selected.constLast();
}

QString DialogCanvas::addInteraction(InteractionType type, std::optional<QPointF> scenePos)
{
    const Dialog *d = m_document->dialog(m_scene->dialogId());
    if (!d || type == InteractionType::Unknown)
        return {};
    if (type == InteractionType::DialogStarter && d->starter()) {
        emit statusMessage(tr("\u201c%1\u201d already has a dialog starter; a dialog starts "
                              "at one place.")
                                   .arg(d->name));
        return {};
    }
    Interaction interaction
            = Interaction::create(type, m_document->uniqueInteractionName(baseName(type)));
    const QString anchor = insertionAnchor();
    int index = int(d->interactions.size());
    if (type == InteractionType::DialogStarter)
        index = 0; // the starter leads the dialog
    else if (!anchor.isEmpty())
        index = int(d->indexOf(anchor)) + 1;

    const QSizeF size = NodeItem::sizeFor(NodeContent(), m_scene->style());
    QPointF pos;
    if (scenePos)
        pos = *scenePos - QPointF(size.width() / 2, size.height() / 2);
    else if (!anchor.isEmpty() && type != InteractionType::DialogStarter)
        pos = m_scene->freeSpotBelow(anchor, size);
    else
        pos = m_scene->freeSpot(m_view->visibleSceneRect().center()
                                        - QPointF(size.width() / 2, size.height() / 2),
                                size);
    interaction.position = QPointF(std::round(pos.x()), std::round(pos.y()));

    const auto result = m_document->execute(std::make_unique<document::AddInteractionCommand>(
            *m_document, d->id, interaction, index));
    if (!result) {
        emit statusMessage(tr("Could not add the interaction: %1").arg(result.error().message));
        return {};
    }
    focusNode(interaction.id, false);
    return interaction.id;
}

void DialogCanvas::deleteSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    // The node after the deleted ones keeps the keyboard focus, so Delete can be repeated.
    const QStringList &order = m_scene->order();
    QString following;
    for (qsizetype i = order.indexOf(ids.constLast()) + 1; i < order.size(); ++i) {
        if (!ids.contains(order.at(i))) {
            following = order.at(i);
            break;
        }
    }
    const Interaction *first = m_document->interaction(ids.constFirst());
    const QString text = ids.size() == 1 && first ? tr("Delete \u201c%1\u201d").arg(first->name)
                                                  : tr("Delete %1 interactions").arg(ids.size());
    QStringList refused;
    m_document->beginMacro(text);
    for (const QString &id : ids) {
        const auto result = m_document->execute(
                std::make_unique<document::RemoveInteractionCommand>(*m_document, id));
        if (!result)
            refused.append(result.error().message);
    }
    m_document->endMacro();
    if (!refused.isEmpty())
        emit statusMessage(tr("Some interactions were not deleted: %1")
                                   .arg(refused.join(QStringLiteral("; "))));
    if (!following.isEmpty())
        focusNode(following, false);
}

void DialogCanvas::selectAll()
{
    ++m_selecting;
    m_scene->selectOnly(m_scene->order());
    --m_selecting;
    onSceneSelectionChanged();
}

void DialogCanvas::arrangeNodes()
{
    if (m_scene->order().isEmpty())
        return;
    const QHash<QString, QPointF> positions = m_scene->arrangedPositions();
    const Dialog *d = m_document->dialog(m_scene->dialogId());
    QHash<QString, QPointF> changed;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Interaction &i = d->interactions.at(d->indexOf(it.key()));
        if (!i.position || *i.position != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty()) {
        emit statusMessage(tr("The nodes are already arranged."));
        return;
    }
    const auto result = m_document->execute(
            std::make_unique<document::SetPositionsCommand>(*m_document, changed));
    if (!result)
        emit statusMessage(tr("Could not arrange the nodes: %1").arg(result.error().message));
    else
        m_view->zoomToFit();
}

void DialogCanvas::onNodesMoved(const QHash<QString, QPointF> &positions)
{
    const auto result = m_document->execute(
            std::make_unique<document::SetPositionsCommand>(*m_document, positions));
    if (!result) {
        emit statusMessage(tr("Could not move: %1").arg(result.error().message));
        // Put the nodes back where the document has them.
        m_scene->setDialog(m_scene->dialogId());
    }
}

bool DialogCanvas::setPortAction(const QString &interactionId, int slot, bool nextAction,
                                 const Action &action)
{
    const Interaction *source = m_document->interaction(interactionId);
    if (!source)
        return false;
    if (action.kind == Action::Kind::Interaction && action.target == interactionId
        && !source->waitsForUser()) {
        emit statusMessage(tr("\u201c%1\u201d cannot continue with itself: it would repeat "
                              "forever without waiting for the user.")
                                   .arg(source->name));
        return false;
    }
    document::Result<void> result;
    if (nextAction) {
        if (slot >= 0 && slot < source->rules.size() && source->rules.at(slot).action == action)
            return true;
        result = m_document->execute(std::make_unique<document::SetNextActionCommand>(
                *m_document, interactionId, action));
    } else {
        if (slot < 0 || slot >= source->rules.size()) {
            emit statusMessage(tr("That rule does not exist any more."));
            return false;
        }
        if (source->rules.at(slot).action == action)
            return true;
        QList<document::Rule> rules = source->rules;
        rules[slot].action = action;
        result = m_document->execute(
                std::make_unique<document::SetRulesCommand>(*m_document, interactionId, rules));
    }
    if (!result) {
        emit statusMessage(tr("Cannot connect: %1").arg(result.error().message));
        return false;
    }
    return true;
}

// --- context menu ---------------------------------------------------------------------------

void DialogCanvas::showContextMenu(const QPoint &globalPos, const QPointF &scenePos)
{
    const Dialog *d = m_document->dialog(m_scene->dialogId());
    if (!d)
        return;
    NodeItem *node = nullptr;
    ExitItem *exit = nullptr;
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() == NodeItem::Type) {
            node = static_cast<NodeItem *>(item);
            break;
        }
        if (item->type() == ExitItem::Type) {
            exit = static_cast<ExitItem *>(item);
            break;
        }
    }

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("DialogCanvasMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);

    auto addTypes = [this](QMenu *into, std::optional<QPointF> at) {
        for (const InteractionType type : document::knownInteractionTypes()) {
            QAction *action = into->addAction(interactionTypeIcon(type),
                                              document::interactionTypeLabel(type));
            action->setData(document::interactionTypeKey(type));
            connect(action, &QAction::triggered, this,
                    [this, type, at] { addInteraction(type, at); });
        }
    };
    // Where a port leads: the fixed actions, other dialogs and, for small dialogs, every node.
    auto addPortActions = [this, d](QMenu *into, const QString &id, int slot, bool next) {
        auto add = [this, into, id, slot, next](const QString &text, const Action &action) {
            QAction *a = into->addAction(text);
            connect(a, &QAction::triggered, this,
                    [this, id, slot, next, action] { setPortAction(id, slot, next, action); });
            return a;
        };
        add(tr("Next Interaction"), Action::next());
        add(tr("End (Wait for the User)"), Action::end());
        add(tr("Close Dialog"), Action{Action::Kind::CloseDialog, {}, {}});
        add(tr("Close Conversation"), Action{Action::Kind::CloseConversation, {}, {}});
        QMenu *dialogs = into->addMenu(tr("Go to Dialog"));
        for (const Dialog &other : m_document->bot().dialogs) {
            if (other.id != d->id) {
                QAction *a = dialogs->addAction(other.name);
                connect(a, &QAction::triggered, this, [this, id, slot, next, target = other.id] {
                    setPortAction(id, slot, next, Action::toDialog(target));
                });
            }
        }
        dialogs->setEnabled(!dialogs->isEmpty());
        if (d->interactions.size() <= 60) {
            QMenu *nodes = into->addMenu(tr("Go to Interaction"));
            for (const Interaction &target : d->interactions) {
                QAction *a = nodes->addAction(interactionTypeIcon(target.type), target.name);
                connect(a, &QAction::triggered, this, [this, id, slot, next, t = target.id] {
                    setPortAction(id, slot, next, Action::toInteraction(t));
                });
            }
        }
    };

    if (node) {
        const QString id = node->id();
        if (!node->isSelected())
            focusNode(id, false);
        const int port = node->portAt(node->mapFromScene(scenePos));
        if (port >= 0) {
            const NodePort p = node->ports().at(port);
            const CanvasLink link = m_scene->link(id, p.slot);
            menu->addSection(p.nextAction && link.label.isEmpty()
                                     ? tr("Next Action")
                                     : tr("Rule \u201c%1\u201d").arg(link.label));
            addPortActions(menu, id, p.slot, p.nextAction);
        } else {
            QAction *open = menu->addAction(tr("Open in Inspector"));
            open->setShortcut(QKeySequence(Qt::Key_Return));
            connect(open, &QAction::triggered, this, [this, id] { emit interactionActivated(id); });
            addTypes(menu->addMenu(tr("Insert After")), std::nullopt);
            const QList<NodePort> &ports = node->ports();
            for (const NodePort &p : ports) {
                if (p.nextAction) {
                    addPortActions(menu->addMenu(tr("Next Action")), id, p.slot, true);
                    break;
                }
            }
            menu->addSeparator();
            const int count = int(m_scene->selectedIds().size());
            QAction *del = menu->addAction(count > 1 ? tr("Delete %1 Interactions").arg(count)
                                                     : tr("Delete"));
            del->setObjectName(QStringLiteral("delete"));
            del->setShortcut(QKeySequence::Delete);
            connect(del, &QAction::triggered, this, &DialogCanvas::deleteSelection);
        }
    } else if (exit) {
        const CanvasLink::Kind kind = exit->kind();
        const QString target = exit->target();
        if (kind == CanvasLink::Kind::DialogExit || kind == CanvasLink::Kind::InteractionExit) {
            QAction *open = menu->addAction(tr("Open \u201c%1\u201d").arg(exit->text()));
            const QString key = exit->key();
            connect(open, &QAction::triggered, this, [this, key] { m_scene->activateExit(key); });
        } else {
            menu->addAction(tr("The target does not exist"))->setEnabled(false);
        }
    } else {
        QMenu *add = menu->addMenu(tr("Add Interaction Here"));
        add->setObjectName(QStringLiteral("addHere"));
        addTypes(add, scenePos);
        menu->addSeparator();
        QAction *all = menu->addAction(tr("Select All"));
        all->setShortcut(QKeySequence::SelectAll);
        connect(all, &QAction::triggered, this, &DialogCanvas::selectAll);
        connect(menu->addAction(tr("Arrange Nodes")), &QAction::triggered, this,
                &DialogCanvas::arrangeNodes);
        QAction *fit = menu->addAction(tr("Zoom to Fit"));
        fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        connect(fit, &QAction::triggered, this, &DialogCanvas::zoomToFit);
    }
    menu->popup(globalPos);
}

} // namespace dialogsmith::ui
