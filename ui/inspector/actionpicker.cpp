#include "actionpicker.h"

#include "botdocument.h"
#include "codecolors.h"
#include "teardown.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace dialogsmith::ui {

using document::Action;

namespace {

constexpr int IdRole = Qt::UserRole;

struct KindEntry
{
    Action::Kind kind;
    const char *label;
    const char *toolTip;
};

constexpr KindEntry kindEntries[] = {
        {Action::Kind::Next, QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "Next interaction"),
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker",
                           "Continue with the interaction that follows in the dialog")},
        {Action::Kind::End, QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "End interaction"),
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker",
                           "Stop here and wait for the user's next message")},
        {Action::Kind::CloseDialog,
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "Close dialog"),
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker",
                           "Leave this dialog; the dialog below it resumes")},
        {Action::Kind::CloseConversation,
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "Close conversation"),
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "End the whole conversation")},
        {Action::Kind::Interaction,
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "Go to interaction"),
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker",
                           "Jump to an interaction of any dialog")},
        {Action::Kind::Dialog, QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "Go to dialog"),
         QT_TRANSLATE_NOOP("dialogsmith::ui::ActionPicker", "Start another dialog")},
};

// Asks for its longest entry when there is room, and accepts a few characters when there is not.
class ShrinkableCombo final : public QComboBox
{
public:
    using QComboBox::QComboBox;

    QSize minimumSizeHint() const override
    {
        QSize size = QComboBox::minimumSizeHint();
        size.setWidth(std::min(size.width(), fontMetrics().averageCharWidth() * 8 + 32));
        return size;
    }
};

} // namespace

ActionPicker::ActionPicker(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(new ShrinkableCombo(this))
    , m_target(new QComboBox(this))
    , m_interactions(new QStandardItemModel(this))
    , m_dialogs(new QStandardItemModel(this))
{
    for (const KindEntry &entry : kindEntries) {
        m_kind->addItem(tr(entry.label), int(entry.kind));
        m_kind->setItemData(m_kind->count() - 1, tr(entry.toolTip), Qt::ToolTipRole);
    }
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setToolTip(tr("What happens next"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(6);
    m_target->setMaxVisibleItems(20);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_kind);
    layout->addWidget(m_target, 1);
    setFocusProxy(m_kind);

    connect(m_kind, &QComboBox::activated, this, &ActionPicker::onKindActivated);
    connect(m_target, &QComboBox::activated, this, &ActionPicker::onTargetActivated);

    // Structural changes come in bursts (paste, undo of a macro): rebuild once afterwards.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &ActionPicker::rebuildTargets);
    using D = document::BotDocument;
    connect(document, &D::loaded, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::dialogInserted, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::dialogRemoved, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::dialogChanged, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::dialogsReordered, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::interactionInserted, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::interactionRemoved, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::interactionsReordered, this, &ActionPicker::scheduleRebuild);
    connect(document, &D::interactionChanged, this, &ActionPicker::onInteractionChanged);
    rebuildTargets();
}

ActionPicker::~ActionPicker()
{
    silenceForTeardown(this);
}

void ActionPicker::setOwner(const QString &interactionId)
{
    if (m_owner == interactionId)
        return;
    m_owner = interactionId;
    rebuildTargets();
}

void ActionPicker::setAction(const Action &action)
{
    m_action = action;
    const QSignalBlocker blocker(m_kind);
    int index = m_kind->findData(int(action.kind));
    if (index < 0) {
        m_kind->addItem(tr("Unknown (kept as it is)"), int(action.kind));
        index = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(index);
    updateTargetCombo();
}

void ActionPicker::scheduleRebuild()
{
    m_rebuild.start();
}

void ActionPicker::onInteractionChanged(const QString &id)
{
    // Typing in a name field changes one row; no need to rebuild a list of thousands.
    const auto row = m_interactionRows.constFind(id);
    const document::Interaction *interaction = m_document->interaction(id);
    if (row == m_interactionRows.cend() || !interaction)
        return;
    QStandardItem *item = m_interactions->item(*row);
    if (item && item->text() != interaction->name)
        item->setText(interaction->name);
}

void ActionPicker::rebuildTargets()
{
    m_rebuild.stop();
    const document::Bot &bot = m_document->bot();
    const QString ownDialog = m_document->dialogIdOf(m_owner);

    m_interactions->clear();
    m_interactionRows.clear();
    QList<const document::Dialog *> dialogs;
    if (const document::Dialog *own = bot.dialog(ownDialog))
        dialogs.append(own);
    for (const document::Dialog &d : bot.dialogs) {
        if (d.id != ownDialog)
            dialogs.append(&d);
    }
    QFont headerFont = font();
    headerFont.setBold(true);
    for (const document::Dialog *d : dialogs) {
        auto *header = new QStandardItem(d->id == ownDialog ? tr("%1 (this dialog)").arg(d->name)
                                                            : d->name);
        header->setFlags(Qt::NoItemFlags);
        header->setFont(headerFont);
        m_interactions->appendRow(header);
        for (const document::Interaction &i : d->interactions) {
            auto *item = new QStandardItem(i.name);
            item->setData(i.id, IdRole);
            item->setData(QStringLiteral("%1 › %2").arg(d->name, i.name), Qt::ToolTipRole);
            m_interactionRows.insert(i.id, m_interactions->rowCount());
            m_interactions->appendRow(item);
        }
    }
    m_dialogs->clear();
    for (const document::Dialog &d : bot.dialogs) {
        auto *item = new QStandardItem(d.name);
        item->setData(d.id, IdRole);
        m_dialogs->appendRow(item);
    }
    updateTargetCombo();
}

void ActionPicker::updateTargetCombo()
{
    const QSignalBlocker blocker(m_target);
    const bool toInteraction = m_action.kind == Action::Kind::Interaction;
    const bool toDialog = m_action.kind == Action::Kind::Dialog;
    m_target->setVisible(toInteraction || toDialog);
    if (!toInteraction && !toDialog)
        return;
    QStandardItemModel *model = toInteraction ? m_interactions : m_dialogs;
    if (m_target->model() != model)
        m_target->setModel(model);
    // A target that no longer exists stays visible, so the user sees what is broken.
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->item(row)->data(Qt::UserRole + 1).toBool())
            model->removeRow(row);
    }
    int index = m_target->findData(m_action.target, IdRole);
    if (index < 0) {
        auto *missing = new QStandardItem(m_action.target.isEmpty()
                                                  ? tr("(choose a target)")
                                                  : tr("Missing: %1").arg(m_action.target));
        missing->setData(m_action.target, IdRole);
        missing->setData(true, Qt::UserRole + 1);
        missing->setForeground(CodeColors::fromPalette(palette()).error);
        missing->setToolTip(tr("The target no longer exists; choose another one"));
        model->insertRow(0, missing);
        index = 0;
    }
    m_target->setCurrentIndex(index);
}

QString ActionPicker::defaultInteractionTarget() const
{
    // The interaction after the owner in its dialog, else the first one listed.
    const document::Dialog *d = m_document->dialog(m_document->dialogIdOf(m_owner));
    if (d) {
        const qsizetype at = d->indexOf(m_owner);
        if (at >= 0 && at + 1 < d->interactions.size())
            return d->interactions.at(at + 1).id;
    }
    for (int row = 0; row < m_interactions->rowCount(); ++row) {
        const QString id = m_interactions->item(row)->data(IdRole).toString();
        if (!id.isEmpty() && id != m_owner)
            return id;
    }
    return {};
}

void ActionPicker::onKindActivated(int index)
{
    const auto kind = Action::Kind(m_kind->itemData(index).toInt());
    if (kind == m_action.kind)
        return;
    Action next;
    next.kind = kind;
    if (kind == Action::Kind::Interaction)
        next.target = defaultInteractionTarget();
    else if (kind == Action::Kind::Dialog && !m_document->bot().dialogs.isEmpty())
        next.target = m_document->bot().dialogs.first().id;
    if (kind == Action::Kind::Unknown)
        next = m_action;
    m_action = next;
    updateTargetCombo();
    emit actionEdited(m_action);
}

void ActionPicker::onTargetActivated(int index)
{
    const QString id = m_target->itemData(index, IdRole).toString();
    if (id.isEmpty() || id == m_action.target)
        return;
    m_action.target = id;
    updateTargetCombo();
    emit actionEdited(m_action);
}

} // namespace dialogsmith::ui
