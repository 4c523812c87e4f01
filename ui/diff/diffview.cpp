#include "diffview.h"

#include "botdocument.h"
#include "botoutline.h"
#include "canvasgraph.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "edgeitem.h"
#include "exititem.h"
#include "nodeitem.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGraphicsPathItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dialogsmith::ui {

using document::Bot;
using document::BotDocument;
using document::Dialog;
using document::Interaction;
using format::BotChange;
using format::OutlineItem;

namespace {

// Okabe-Ito colours, told apart by people with any common colour blindness; each mark also has
// its own frame line, badge shape and symbol, so none depends on colour alone.
QColor markColour(DiffView::Mark mark)
{
    switch (mark) {
    case DiffView::Mark::Added:
        return QColor(0x00, 0x72, 0xB2); // blue
    case DiffView::Mark::Removed:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case DiffView::Mark::Changed:
        return QColor(0xE6, 0x9F, 0x00); // orange
    }
    return {};
}

QString markSymbol(DiffView::Mark mark)
{
    switch (mark) {
    case DiffView::Mark::Added:
        return QStringLiteral("+");
    case DiffView::Mark::Removed:
        return QStringLiteral("\u2212");
    case DiffView::Mark::Changed:
        return QStringLiteral("~");
    }
    return {};
}

DiffView::Mark markOf(BotChange::Kind kind)
{
    switch (kind) {
    case BotChange::Kind::Added:
        return DiffView::Mark::Added;
    case BotChange::Kind::Removed:
        return DiffView::Mark::Removed;
    case BotChange::Kind::Changed:
        break;
    }
    return DiffView::Mark::Changed;
}

/// The frame and badge drawn over a node: added solid with a round "+" badge, removed dotted
/// and hatched over a faded node with a square "−" badge, changed dashed with a diamond "~".
class DiffMarkItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };

    DiffMarkItem(const QString &id, DiffView::Mark mark, const QSizeF &size)
        : m_id(id)
        , m_mark(mark)
        , m_size(size)
    {
        setAcceptedMouseButtons(Qt::NoButton);
    }

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    DiffView::Mark mark() const { return m_mark; }

    QRectF boundingRect() const override
    {
        return QRectF(QPointF(0, 0), m_size).adjusted(-6, -14, 14, 6);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QColor colour = markColour(m_mark);
        const QRectF body = QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3);
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_mark == DiffView::Mark::Removed) {
            QColor hatch = colour;
            hatch.setAlpha(90);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter->drawRoundedRect(body, CanvasStyle::cornerRadius, CanvasStyle::cornerRadius);
        }
        QPen pen(colour, 3);
        pen.setStyle(m_mark == DiffView::Mark::Added     ? Qt::SolidLine
                     : m_mark == DiffView::Mark::Removed ? Qt::DotLine
                                                         : Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body, CanvasStyle::cornerRadius, CanvasStyle::cornerRadius);

        // The badge on the top right corner.
        const QPointF c(m_size.width() + 2, -2);
        const qreal r = 10;
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(colour);
        switch (m_mark) {
        case DiffView::Mark::Added:
            painter->drawEllipse(c, r, r);
            break;
        case DiffView::Mark::Removed:
            painter->drawRect(QRectF(c.x() - r + 1, c.y() - r + 1, 2 * r - 2, 2 * r - 2));
            break;
        case DiffView::Mark::Changed:
            painter->drawPolygon(
                    QPolygonF{QPointF(c.x(), c.y() - r - 1), QPointF(c.x() + r + 1, c.y()),
                              QPointF(c.x(), c.y() + r + 1), QPointF(c.x() - r - 1, c.y())});
            break;
        }
        QPen symbol(Qt::white, 2.2);
        symbol.setCapStyle(Qt::RoundCap);
        painter->setPen(symbol);
        painter->setBrush(Qt::NoBrush);
        if (m_mark != DiffView::Mark::Changed)
            painter->drawLine(QPointF(c.x() - 5, c.y()), QPointF(c.x() + 5, c.y()));
        if (m_mark == DiffView::Mark::Added)
            painter->drawLine(QPointF(c.x(), c.y() - 5), QPointF(c.x(), c.y() + 5));
        if (m_mark == DiffView::Mark::Changed) {
            QPainterPath wave(QPointF(c.x() - 5, c.y() + 1));
            wave.cubicTo(QPointF(c.x() - 2.5, c.y() - 4), QPointF(c.x() + 2.5, c.y() + 4),
                         QPointF(c.x() + 5, c.y() - 1));
            painter->drawPath(wave);
        }
    }

private:
    QString m_id;
    DiffView::Mark m_mark;
    QSizeF m_size;
};

QString markWord(DiffView::Mark mark)
{
    switch (mark) {
    case DiffView::Mark::Added:
        return DiffView::tr("Added");
    case DiffView::Mark::Removed:
        return DiffView::tr("Removed");
    case DiffView::Mark::Changed:
        return DiffView::tr("Changed");
    }
    return {};
}

QString kindWord(OutlineItem::Kind kind)
{
    switch (kind) {
    case OutlineItem::Kind::Settings:
        return DiffView::tr("settings");
    case OutlineItem::Kind::Dialog:
        return DiffView::tr("dialog");
    case OutlineItem::Kind::Interaction:
        return DiffView::tr("interaction");
    case OutlineItem::Kind::Rule:
        return DiffView::tr("rule");
    case OutlineItem::Kind::Integration:
        return DiffView::tr("integration");
    case OutlineItem::Kind::Environment:
        return DiffView::tr("environment");
    case OutlineItem::Kind::EnterpriseIntegration:
        return DiffView::tr("enterprise integration");
    case OutlineItem::Kind::EnterpriseAgent:
        return DiffView::tr("enterprise agent");
    case OutlineItem::Kind::Intent:
        return DiffView::tr("intent");
    }
    return {};
}

/// An item's fields as lines of text, for an added or removed item's column.
QString itemText(const Bot &bot, const BotChange &change)
{
    for (const OutlineItem &item : format::outlineItems(bot)) {
        if (item.kind != change.area || item.key != change.key)
            continue;
        QStringList lines;
        for (const format::OutlineField &f : item.fields) {
            if (f.value.contains(u'\n')) {
                lines.append(f.label + u':');
                for (const QString &line : f.value.split(u'\n'))
                    lines.append(QStringLiteral("    ") + line);
            } else {
                lines.append(f.label + QStringLiteral(": ") + f.value);
            }
        }
        return lines.join(u'\n');
    }
    return {};
}

QString linkTargetKey(const CanvasLink &link)
{
    return link.target.isEmpty() ? QString::number(int(link.kind)) : link.target;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_merged(std::make_unique<BotDocument>())
    , m_beforeDocument(std::make_unique<BotDocument>())
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_back(new QPushButton(tr("Back to the Canvas"), this))
    , m_goTo(new QPushButton(tr("Show in Project"), this))
    , m_list(new QTreeWidget(this))
    , m_scene(new CanvasScene(m_merged.get(), this))
    , m_view(new CanvasView(m_scene, this))
    , m_textTitle(new QLabel(this))
    , m_text(new QTableWidget(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_back->setObjectName(QStringLiteral("diffViewBack"));
    m_back->setToolTip(tr("Close the comparison and show the dialog's canvas again (Esc)"));
    m_goTo->setObjectName(QStringLiteral("diffViewGoTo"));
    m_goTo->setToolTip(tr("Leave the comparison and show the selected item in the project "
                          "(double-click a change does the same)"));
    m_list->setObjectName(QStringLiteral("diffChanges"));
    m_view->setObjectName(QStringLiteral("diffCanvas"));
    m_text->setObjectName(QStringLiteral("diffText"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_textTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont semi = m_textTitle->font();
    semi.setBold(true);
    m_textTitle->setFont(semi);

    QString legend;
    for (Mark m : {Mark::Added, Mark::Removed, Mark::Changed}) {
        legend += QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2 %3</span>"
                                 "&nbsp;&nbsp;&nbsp;")
                          .arg(markColour(m).name(), markSymbol(m), markWord(m).toHtmlEscaped());
    }
    m_legend->setText(legend);
    m_legend->setToolTip(tr("Added: solid frame, round badge. Removed: dotted, hatched frame over "
                            "a faded node, square badge. Changed: dashed frame, diamond badge."));

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Change"), tr("Item"), tr("Field")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("Every change; select one to see it, double-click to show it in the "
                          "project"));

    m_view->setInteractive(false);
    m_view->setEmptyText(tr("These changes are not in a dialog."));
    m_view->setToolTip({});

    m_text->setColumnCount(4);
    m_text->verticalHeader()->hide();
    m_text->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_text->setShowGrid(false);
    m_text->setWordWrap(false);
    m_text->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_text->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_text->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_text->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 6, 10, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_goTo);
    header->addWidget(m_back);
    auto *info = new QHBoxLayout;
    info->setContentsMargins(10, 2, 10, 4);
    info->addWidget(m_summary, 1);
    info->addWidget(m_legend);

    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 4, 0, 0);
    textLayout->addWidget(m_textTitle);
    textLayout->addWidget(m_text, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_view);
    right->addWidget(textPane);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({480, 320});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({520, 620});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(info);
    layout->addWidget(split, 1);

    m_scene->setCanvasStyle(CanvasStyle::fromPalette(palette(), font()));

    connect(m_back, &QPushButton::clicked, this, &DiffView::closeRequested);
    connect(m_goTo, &QPushButton::clicked, this, &DiffView::jumpToSelected);
    connect(m_view, &CanvasView::escapePressed, this, &DiffView::closeRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &DiffView::closeRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showChange(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { jumpToSelected(); });
}

DiffView::~DiffView() = default;

void DiffView::setBots(const Bot &before, const Bot &after, const QString &beforeTitle,
                       const QString &afterTitle)
{
    m_before = before;
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    m_beforeDocument->load(before);
    m_title->setText(tr("Changes from %1 to %2").arg(beforeTitle, afterTitle));
    m_text->setHorizontalHeaderLabels({QString(), beforeTitle, QString(), afterTitle});
    setAfter(after);
}

void DiffView::setAfter(const Bot &after)
{
    const int current
            = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toInt() : 0;
    m_after = after;
    m_changes = format::diffBots(m_before, m_after);
    rebuildList();
    if (m_changes.isEmpty()) {
        const QString first = m_after.dialogs.isEmpty() ? QString() : m_after.dialogs.first().id;
        showDialog(first);
        m_text->setRowCount(0);
        m_textTitle->setText(tr("The two versions are the same."));
        m_goTo->setEnabled(false);
        return;
    }
    const int index = std::min<int>(current, int(m_changes.size()) - 1);
    // The marks belong to the changes just computed: draw the dialog again even if it is shown.
    const QString dialogId = dialogOf(m_changes.at(index));
    showDialog(dialogId.isEmpty() ? m_scene->dialogId() : dialogId);
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(m_list->topLevelItem(index));
    }
    showChange(index);
}

void DiffView::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (int i = 0; i < m_changes.size(); ++i) {
        const BotChange &c = m_changes.at(i);
        const Mark mark = markOf(c.kind);
        (mark == Mark::Added ? added : mark == Mark::Removed ? removed : changed)++;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, markSymbol(mark) + u' ' + markWord(mark));
        item->setForeground(0, markColour(mark));
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setText(1, kindWord(c.area) + u' ' + c.label);
        item->setText(2, c.field);
        item->setToolTip(1, item->text(1));
        item->setData(0, Qt::UserRole, i);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    m_summary->setText(
            m_changes.isEmpty()
                    ? tr("No changes.")
                    : tr("%1 added, %2 removed, %3 changed").arg(added).arg(removed).arg(changed));
}

QString DiffView::dialogOf(const BotChange &change) const
{
    if (!change.dialogId.isEmpty())
        return change.dialogId;
    if (change.area == OutlineItem::Kind::Dialog)
        return change.key;
    return {};
}

void DiffView::showChange(int index)
{
    if (index < 0 || index >= m_changes.size())
        return;
    const BotChange &c = m_changes.at(index);
    if (QTreeWidgetItem *item = m_list->topLevelItem(index);
        item && m_list->currentItem() != item) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(item);
    }
    const QString dialogId = dialogOf(c);
    if (!dialogId.isEmpty() && dialogId != m_scene->dialogId())
        showDialog(dialogId);
    else if (dialogId.isEmpty() && m_scene->dialogId().isEmpty())
        showDialog({});
    if (!c.interactionId.isEmpty()) {
        if (NodeItem *node = m_scene->node(c.interactionId)) {
            m_scene->selectOnly({c.interactionId});
            m_view->ensureVisible(node, 40, 40);
        }
    } else {
        m_scene->selectOnly({});
    }
    showText(c);
    m_goTo->setEnabled(locationOf(c) != document::ProblemLocation());
}

document::ProblemLocation DiffView::locationOf(const BotChange &change) const
{
    document::ProblemLocation location;
    if (change.area == OutlineItem::Kind::Integration) {
        if (m_after.integration(change.key))
            location.integrationId = change.key;
        return location;
    }
    const QString dialogId = dialogOf(change);
    if (dialogId.isEmpty() || !m_after.dialog(dialogId))
        return location;
    location.dialogId = dialogId;
    if (!change.interactionId.isEmpty() && m_after.findInteraction(change.interactionId).second)
        location.interactionId = change.interactionId;
    return location;
}

QString DiffView::shownDialogId() const
{
    return m_scene->dialogId();
}

void DiffView::showDialog(const QString &dialogId)
{
    const Dialog *after = m_after.dialog(dialogId);
    const Dialog *before = m_before.dialog(dialogId);
    Bot merged = m_after;
    m_marks.clear();
    QSet<QString> ghosts;
    if (after || before) {
        Dialog dialog = after ? *after : *before;
        if (after && before) {
            // Removed interactions go back after the one they followed in the older version.
            for (qsizetype i = 0; i < before->interactions.size(); ++i) {
                const Interaction &old = before->interactions.at(i);
                if (dialog.indexOf(old.id) >= 0)
                    continue;
                qsizetype at = 0;
                if (i > 0) {
                    const qsizetype previous = dialog.indexOf(before->interactions.at(i - 1).id);
                    at = previous + 1;
                }
                dialog.interactions.insert(at, old);
                ghosts.insert(old.id);
            }
        }
        for (Interaction &in : dialog.interactions) {
            // The layout places every node: stored places of two versions would overlap.
            in.position.reset();
            if (!before || ghosts.contains(in.id) || !after)
                m_marks.insert(in.id, !before ? Mark::Added : Mark::Removed);
        }
        if (after && before) {
            for (const BotChange &c : std::as_const(m_changes)) {
                if (c.interactionId.isEmpty() || c.dialogId != dialogId
                    || m_marks.contains(c.interactionId))
                    continue;
                if (c.area == OutlineItem::Kind::Interaction && c.kind == BotChange::Kind::Added)
                    m_marks.insert(c.interactionId, Mark::Added);
            }
            for (const BotChange &c : std::as_const(m_changes)) {
                if (c.interactionId.isEmpty() || c.dialogId != dialogId
                    || m_marks.contains(c.interactionId))
                    continue;
                if (c.area == OutlineItem::Kind::Rule
                    || (c.area == OutlineItem::Kind::Interaction
                        && c.kind == BotChange::Kind::Changed))
                    m_marks.insert(c.interactionId, Mark::Changed);
            }
        }
        if (after) {
            for (Dialog &d : merged.dialogs) {
                if (d.id == dialogId)
                    d = dialog;
            }
        } else {
            merged.dialogs.append(dialog);
        }
    }
    m_merged->load(merged);
    m_scene->setDialog(after || before ? dialogId : QString());
    applyMarks();
    scheduleFit();
}

void DiffView::scheduleFit()
{
    QTimer::singleShot(0, this, [this] {
        m_view->zoomToFit();
        const QStringList selected = m_scene->selectedIds();
        if (!selected.isEmpty())
            m_view->ensureVisible(m_scene->node(selected.first()), 40, 40);
    });
}

void DiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleFit();
}

void DiffView::applyMarks()
{
    m_edgeMarks.clear();
    const Dialog *before = m_before.dialog(m_scene->dialogId());
    for (const QString &id : m_scene->order()) {
        NodeItem *node = m_scene->node(id);
        const auto mark = m_marks.constFind(id);
        if (node) {
            node->setAcceptedMouseButtons(Qt::NoButton);
            node->setFlag(QGraphicsItem::ItemIsMovable, false);
        }
        if (node && mark != m_marks.cend()) {
            auto *item = new DiffMarkItem(id, *mark, node->size());
            item->setPos(node->pos());
            item->setZValue(node->zValue() + 1);
            item->setToolTip(markWord(*mark) + QStringLiteral(": ") + node->content().name);
            m_scene->addItem(item);
            if (*mark == Mark::Removed)
                node->setOpacity(0.45);
        }
        // Edges: from a removed node or to one, removed; from an added node, added; else
        // compared with the older version's port of the same rule.
        QList<CanvasLink> oldLinks;
        if (before) {
            const qsizetype index = before->indexOf(id);
            if (index >= 0 && mark == m_marks.cend())
                oldLinks = canvasLinks(*m_beforeDocument, *before, index);
            else if (index >= 0 && *mark == Mark::Changed)
                oldLinks = canvasLinks(*m_beforeDocument, *before, index);
        }
        for (EdgeItem *edge : m_scene->edgesFrom(id)) {
            const CanvasLink &link = edge->link();
            std::optional<Mark> edgeMark;
            if (mark != m_marks.cend() && *mark != Mark::Changed) {
                edgeMark = *mark;
            } else if (link.kind == CanvasLink::Kind::Node
                       && m_marks.value(link.target, Mark::Changed) == Mark::Removed
                       && m_marks.contains(link.target)) {
                edgeMark = Mark::Removed;
            } else if (before && before->indexOf(id) >= 0) {
                const auto old = std::find_if(
                        oldLinks.cbegin(), oldLinks.cend(), [&](const CanvasLink &l) {
                            return l.label == link.label && l.nextAction == link.nextAction;
                        });
                if (old == oldLinks.cend())
                    edgeMark = Mark::Added;
                else if (old->kind != link.kind || old->target != link.target)
                    edgeMark = Mark::Changed;
            }
            if (!edgeMark)
                continue;
            m_edgeMarks.insert(id + QStringLiteral(" \u2192 ") + linkTargetKey(link), *edgeMark);
            QColor colour = markColour(*edgeMark);
            colour.setAlpha(*edgeMark == Mark::Removed ? 200 : 150);
            const Qt::BrushStyle pattern = *edgeMark == Mark::Added     ? Qt::SolidPattern
                                           : *edgeMark == Mark::Removed ? Qt::Dense4Pattern
                                                                        : Qt::Dense2Pattern;
            QPainterPathStroker stroker;
            stroker.setWidth(7);
            auto *overlay
                    = new QGraphicsPathItem(stroker.createStroke(edge->mapToScene(edge->shape())));
            overlay->setPen(Qt::NoPen);
            overlay->setBrush(QBrush(colour, pattern));
            overlay->setZValue(edge->zValue() - 0.5);
            overlay->setAcceptedMouseButtons(Qt::NoButton);
            overlay->setData(0, QStringLiteral("diffEdgeMark"));
            m_scene->addItem(overlay);
        }
    }
    for (ExitItem *exit : m_scene->exits()) {
        exit->setAcceptedMouseButtons(Qt::NoButton);
        exit->setFlag(QGraphicsItem::ItemIsMovable, false);
    }
}

QHash<QString, DiffView::Mark> DiffView::nodeMarks() const
{
    QHash<QString, Mark> marks;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == DiffMarkItem::Type) {
            const auto *mark = static_cast<const DiffMarkItem *>(item);
            marks.insert(mark->id(), mark->mark());
        }
    }
    return marks;
}

QHash<QString, DiffView::Mark> DiffView::edgeMarks() const
{
    return m_edgeMarks;
}

void DiffView::showText(const BotChange &change)
{
    QList<format::SideBySideRow> rows;
    QString title = kindWord(change.area) + u' ' + change.label;
    if (change.kind == BotChange::Kind::Changed) {
        title += QStringLiteral(": ") + change.field;
        rows = format::sideBySide(change.before, change.after);
    } else if (change.kind == BotChange::Kind::Added) {
        title = tr("Added %1").arg(title);
        rows = format::sideBySide({}, itemText(m_after, change));
    } else {
        title = tr("Removed %1").arg(title);
        rows = format::sideBySide(itemText(m_before, change), {});
    }
    m_textTitle->setText(title);
    m_text->setRowCount(int(rows.size()));
    const QColor base = palette().color(QPalette::Base);
    const auto tint = [&](Mark mark) {
        QColor c = markColour(mark);
        // A light wash of the mark's colour that keeps text readable on light and dark bases.
        return QColor::fromRgbF(base.redF() * 0.78 + c.redF() * 0.22,
                                base.greenF() * 0.78 + c.greenF() * 0.22,
                                base.blueF() * 0.78 + c.blueF() * 0.22);
    };
    for (int r = 0; r < rows.size(); ++r) {
        const format::SideBySideRow &row = rows.at(r);
        std::optional<Mark> left;
        std::optional<Mark> right;
        switch (row.kind) {
        case format::SideBySideRow::Kind::Same:
            break;
        case format::SideBySideRow::Kind::Changed:
            left = right = Mark::Changed;
            break;
        case format::SideBySideRow::Kind::Removed:
            left = Mark::Removed;
            break;
        case format::SideBySideRow::Kind::Added:
            right = Mark::Added;
            break;
        }
        const auto set = [&](int column, qsizetype line, const QString &text,
                             std::optional<Mark> mark) {
            auto *number = new QTableWidgetItem(
                    line < 0 ? QString()
                             : QString::number(line + 1) + u' '
                                       + (mark ? markSymbol(*mark) : QStringLiteral(" ")));
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            number->setForeground(palette().color(QPalette::PlaceholderText));
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(text);
            if (mark) {
                number->setBackground(tint(*mark));
                cell->setBackground(tint(*mark));
                number->setForeground(markColour(*mark).darker(130));
            }
            m_text->setItem(r, column, number);
            m_text->setItem(r, column + 1, cell);
        };
        set(0, row.beforeLine, row.before, left);
        set(2, row.afterLine, row.after, right);
    }
    m_text->resizeRowsToContents();
    // The first changed line in sight.
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).kind != format::SideBySideRow::Kind::Same) {
            m_text->scrollToItem(m_text->item(r, 1), QAbstractItemView::PositionAtCenter);
            break;
        }
    }
}

void DiffView::jumpToSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_goTo->isEnabled())
        return;
    emit goToRequested(locationOf(m_changes.at(item->data(0, Qt::UserRole).toInt())));
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_scene->setCanvasStyle(CanvasStyle::fromPalette(palette(), font()));
        if (!m_changes.isEmpty() || !m_after.dialogs.isEmpty())
            showDialog(m_scene->dialogId());
    }
}

} // namespace dialogsmith::ui
