#include "formwidgets.h"

#include "codecolors.h"
#include "colormix.h"
#include "painticons.h"
#include "sentence.h"
#include "teardown.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

namespace {

const char errorProperty[] = "_dialogsmith_fieldError";
const char toolTipProperty[] = "_dialogsmith_fieldToolTip";

// Expanded or collapsed, per section title, for the rest of the session: a designer who folds
// "Code" away does not want it back open on the next interaction.
QHash<QString, bool> &sectionStates()
{
    static QHash<QString, bool> states;
    return states;
}

// The height of a line edit, so labels line up with the text of the first line of any field.
int fieldLineHeight(const QWidget *reference)
{
    QLineEdit probe;
    probe.setFont(reference->font());
    return probe.sizeHint().height();
}

class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && !widget->hasFocus()) {
                // Ignored and filtered: the widget never sees it, its parents (the scroll
                // area) get it.
                event->ignore();
                return true;
            }
        }
        return false;
    }
};

} // namespace

void ignoreWheelUnlessFocused(QWidget *widget)
{
    static QPointer<WheelGuard> guard;
    if (!guard)
        guard = new WheelGuard(QCoreApplication::instance());
    QList<QWidget *> targets = widget->findChildren<QWidget *>();
    targets.prepend(widget);
    for (QWidget *w : std::as_const(targets)) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(guard);
        }
    }
}

void makeCombosCompact(QWidget *pane)
{
    QList<QComboBox *> combos = pane->findChildren<QComboBox *>();
    if (auto *self = qobject_cast<QComboBox *>(pane))
        combos.prepend(self);
    for (QComboBox *combo : std::as_const(combos)) {
        // By default a combo is as wide as its longest entry, which pushes a side panel wider
        // than it is; combos that chose a policy keep it.
        if (combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
        }
    }
}

FormSection::FormSection(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_headerTools(new QWidget(this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout(m_body))
{
    m_header->setText(title);
    // Not checkable: a checked auto-raise button draws sunken, which reads as "pressed".
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setFocusPolicy(Qt::TabFocus);
    m_header->setToolTip(tr("Show or hide %1").arg(title));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);

    auto *tools = new QHBoxLayout(m_headerTools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(4);
    header->addWidget(m_header);
    header->addWidget(line, 1);
    header->addWidget(m_headerTools);

    m_form->setContentsMargins(style()->pixelMetric(QStyle::PM_ToolBarIconSize) / 2 + 8, 2, 0, 8);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(5);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_body);

    connect(m_header, &QToolButton::clicked, this, [this, title] {
        const bool on = !isExpanded();
        sectionStates().insert(title, on);
        setExpanded(on);
    });
    setExpanded(sectionStates().value(title, true));
}

QLabel *FormSection::addRow(const QString &label, QWidget *field, const QString &toolTip)
{
    auto *text = new QLabel(label, m_body);
    text->setBuddy(field);
    // Exactly one line-edit high and text centred: lines up with single-line fields and with the
    // first line of tall ones (lists, message texts). A taller label would be stretched by
    // QFormLayout (up to 7/4 of its hint) and its text would sink below the first line.
    text->setFixedHeight(fieldLineHeight(this));
    text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (!toolTip.isEmpty()) {
        text->setToolTip(toolTip);
        if (field->toolTip().isEmpty())
            field->setToolTip(toolTip);
    }
    m_form->addRow(text, field);
    return text;
}

void FormSection::addWide(QWidget *widget)
{
    m_form->addRow(widget);
}

void FormSection::addHeaderWidget(QWidget *widget)
{
    m_headerTools->layout()->addWidget(widget);
}

bool FormSection::isExpanded() const
{
    return m_body->isVisibleTo(this);
}

void FormSection::setExpanded(bool expanded)
{
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void alignFormLabels(QWidget *pane)
{
    QList<QLabel *> labels;
    int width = 0;
    for (FormSection *section : pane->findChildren<FormSection *>()) {
        QFormLayout *form = section->form();
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels.append(label);
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
}

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setAutoFillBackground(true);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    updateLook();
    show();
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void InlineMessage::updateLook()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const CodeColors colors = CodeColors::fromPalette(base);
    const QColor accent = m_kind == Kind::Error ? colors.error : colors.warning;
    QPalette p = palette();
    p.setColor(QPalette::Window, mixColors(base.color(QPalette::Window), accent, 0.14));
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap(
            paintedIcon(m_kind == Kind::Error ? PaintedIcon::Error : PaintedIcon::Warning, base)
                    .pixmap(QSize(size, size), devicePixelRatioF()));
}

void InlineMessage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ParentChange && isVisible())
        updateLook();
}

void setFieldError(QWidget *field, const QString &message)
{
    if (!field)
        return;
    if (!hasFieldError(field))
        field->setProperty(toolTipProperty, field->toolTip());
    field->setProperty(errorProperty, true);
    const QPalette inherited
            = field->parentWidget() ? field->parentWidget()->palette() : field->palette();
    const CodeColors colors = CodeColors::fromPalette(inherited);
    QPalette p = field->palette();
    p.setColor(QPalette::Base, mixColors(inherited.color(QPalette::Base), colors.error, 0.16));
    field->setPalette(p);
    field->setToolTip(message);
}

void clearFieldError(QWidget *field)
{
    if (!field || !hasFieldError(field))
        return;
    field->setProperty(errorProperty, QVariant());
    field->setPalette(QPalette());
    field->setToolTip(field->property(toolTipProperty).toString());
    field->setProperty(toolTipProperty, QVariant());
}

bool hasFieldError(const QWidget *field)
{
    return field && field->property(errorProperty).toBool();
}

QString showEditResult(QWidget *field, const document::Result<void> &result)
{
    if (result) {
        clearFieldError(field);
        return {};
    }
    // Keep what the user typed; say why it did not take.
    setFieldError(field, sentence(result.error().message));
    return QCoreApplication::translate("dialogsmith::ui::FormSection", "Not changed: %1")
            .arg(result.error().message);
}

QStringList splitKeywords(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString keyword = part.trimmed();
        if (!keyword.isEmpty())
            out.append(keyword);
    }
    return out;
}

void syncLineEdit(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int position = edit->cursorPosition();
    const bool focused = edit->hasFocus();
    const QSignalBlocker blocker(edit);
    edit->setText(text);
    // Someone typing keeps their place; everyone else reads from the start.
    edit->setCursorPosition(focused ? std::min(position, int(text.size())) : 0);
}

void syncCombo(QComboBox *combo, const QString &value, const QString &unknownLabel)
{
    const QSignalBlocker blocker(combo);
    if (combo->isEditable()) {
        if (combo->currentText() != value) {
            QLineEdit *edit = combo->lineEdit();
            const int position = edit->cursorPosition();
            combo->setEditText(value);
            if (edit->hasFocus())
                edit->setCursorPosition(std::min(position, int(value.size())));
        }
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(unknownLabel.isEmpty() ? value : unknownLabel.arg(value), value);
        index = combo->count() - 1;
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

RowListEditor::RowListEditor(const QList<RowColumn> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_grid(new QGridLayout)
    , m_tabAnchor(new QWidget(this))
    , m_add(new QToolButton(this))
    , m_empty(new QLabel(this))
{
    // The anchor is the fixed point new rows are chained after; it never shows or takes focus.
    m_tabAnchor->setFocusPolicy(Qt::TabFocus);
    m_tabAnchor->hide();

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(3);
    bool titled = false;
    for (int c = 0; c < m_columns.size(); ++c) {
        m_grid->setColumnStretch(c, m_columns.at(c).stretch);
        titled = titled || !m_columns.at(c).title.isEmpty();
    }
    if (titled) {
        for (int c = 0; c < m_columns.size(); ++c) {
            auto *title = new QLabel(m_columns.at(c).title, this);
            title->setForegroundRole(QPalette::PlaceholderText);
            QFont small = title->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            title->setFont(small);
            if (!m_columns.at(c).toolTip.isEmpty())
                title->setToolTip(m_columns.at(c).toolTip);
            m_grid->addWidget(title, 0, c);
            m_titles.append(title);
        }
    }

    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(true);
    m_add->setText(tr("Add"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_add);
    footer->addWidget(m_empty);
    footer->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_grid);
    layout->addLayout(footer);

    connect(m_add, &QToolButton::clicked, this, [this] {
        const int before = rowCount();
        emit addRequested();
        if (rowCount() > before)
            focusCell(rowCount() - 1, 0);
    });
    updateIcons();
}

RowListEditor::~RowListEditor()
{
    silenceForTeardown(this);
}

void RowListEditor::setAddText(const QString &text)
{
    m_add->setText(text);
}

void RowListEditor::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(m_rows.isEmpty() && !text.isEmpty());
}

void RowListEditor::setRowButton(const QIcon &icon, const QString &toolTip)
{
    m_hasRowButton = true;
    m_rowIcon = icon;
    m_rowToolTip = toolTip;
}

void RowListEditor::setPlaceholder(int row, int column, const QString &placeholder)
{
    if (QLineEdit *edit = lineEdit(row, column))
        edit->setPlaceholderText(placeholder);
}

void RowListEditor::setRows(const QList<QStringList> &rows)
{
    while (m_rows.size() < rows.size())
        createRow();
    while (m_rows.size() > rows.size())
        destroyLastRow();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString value = rows.at(r).value(c);
            QWidget *w = m_rows.at(r).cells.at(c);
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                syncLineEdit(edit, value);
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                syncCombo(combo, value, tr("%1 (unknown)"));
        }
    }
    m_empty->setVisible(m_rows.isEmpty() && !m_empty->text().isEmpty());
    for (QLabel *title : std::as_const(m_titles))
        title->setVisible(!m_rows.isEmpty());
}

QList<QStringList> RowListEditor::rows() const
{
    QList<QStringList> out;
    for (const Row &row : m_rows) {
        QStringList values;
        for (QWidget *w : row.cells) {
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                values.append(edit->text());
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                values.append(combo->isEditable() ? combo->currentText()
                                                  : combo->currentData().toString());
        }
        out.append(values);
    }
    return out;
}

void RowListEditor::createRow()
{
    const int r = int(m_rows.size());
    const int gridRow = r + 1;
    Row row;
    for (int c = 0; c < m_columns.size(); ++c) {
        const RowColumn &column = m_columns.at(c);
        QWidget *cell = nullptr;
        if (column.kind == RowColumn::Kind::Text) {
            auto *edit = new QLineEdit(this);
            edit->setMinimumWidth(40);
            edit->setPlaceholderText(column.placeholder);
            edit->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(edit, &QLineEdit::textEdited, this,
                    [this, r, c](const QString &text) { emit cellEdited(r, c, text); });
            connect(edit, &QWidget::customContextMenuRequested, this,
                    [this, edit](const QPoint &pos) { showContextMenu(edit, pos); });
            cell = edit;
        } else {
            auto *combo = new QComboBox(this);
            combo->setEditable(column.kind == RowColumn::Kind::EditableChoice);
            for (int i = 0; i < column.values.size(); ++i)
                combo->addItem(column.labels.value(i, column.values.at(i)), column.values.at(i));
            // Narrow panels: the texts beside the combo need the room more than its longest item.
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(5);
            if (combo->isEditable()) {
                combo->lineEdit()->setPlaceholderText(column.placeholder);
                connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                        [this, r, c](const QString &text) { emit cellEdited(r, c, text); });
                connect(combo, &QComboBox::activated, this, [this, r, c, combo](int index) {
                    emit cellEdited(r, c, combo->itemText(index));
                });
            } else {
                connect(combo, &QComboBox::activated, this, [this, r, c, combo](int index) {
                    emit cellEdited(r, c, combo->itemData(index).toString());
                });
            }
            cell = combo;
        }
        if (!column.toolTip.isEmpty())
            cell->setToolTip(column.toolTip);
        cell->installEventFilter(this);
        ignoreWheelUnlessFocused(cell);
        makeCombosCompact(cell);
        m_grid->addWidget(cell, gridRow, c);
        row.cells.append(cell);
    }
    int next = int(m_columns.size());
    if (m_hasRowButton) {
        row.extra = new QToolButton(this);
        row.extra->setIcon(m_rowIcon);
        row.extra->setToolTip(m_rowToolTip);
        row.extra->setAutoRaise(true);
        connect(row.extra, &QToolButton::clicked, this, [this, r] { emit extraButtonClicked(r); });
        m_grid->addWidget(row.extra, gridRow, next);
    }
    ++next;
    row.remove = new QToolButton(this);
    row.remove->setIcon(paintedIcon(PaintedIcon::Remove, palette()));
    row.remove->setToolTip(tr("Remove this row (Alt+Delete)"));
    row.remove->setAutoRaise(true);
    // Reachable with Alt+Delete and the context menu; keeping it out of the Tab chain lets Tab
    // walk the inputs only.
    row.remove->setFocusPolicy(Qt::ClickFocus);
    connect(row.remove, &QToolButton::clicked, this, [this, r] { requestRemove(r); });
    m_grid->addWidget(row.remove, gridRow, next);
    m_rows.append(row);
    updateTabOrder();
}

void RowListEditor::destroyLastRow()
{
    Row row = m_rows.takeLast();
    QList<QWidget *> widgets = row.cells;
    widgets << row.extra << row.remove;
    const bool hadFocus = std::any_of(widgets.cbegin(), widgets.cend(),
                                      [](QWidget *w) {
                                          return w && w->isAncestorOf(QApplication::focusWidget());
                                      })
                          || std::any_of(widgets.cbegin(), widgets.cend(), [](QWidget *w) {
                                 return w && w == QApplication::focusWidget();
                             });
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        m_grid->removeWidget(w);
        w->hide();
        // Later: the row's own remove button may be what is being clicked right now.
        w->deleteLater();
    }
    if (hadFocus) {
        if (!m_rows.isEmpty())
            focusCell(int(m_rows.size()) - 1, 0);
        else
            m_add->setFocus(Qt::OtherFocusReason);
    }
}

void RowListEditor::updateTabOrder()
{
    QWidget *previous = m_tabAnchor;
    for (const Row &row : m_rows) {
        for (QWidget *cell : row.cells) {
            setTabOrder(previous, cell);
            previous = cell;
        }
        if (row.extra) {
            setTabOrder(previous, row.extra);
            previous = row.extra;
        }
    }
    setTabOrder(previous, m_add);
}

QWidget *RowListEditor::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return nullptr;
    return m_rows.at(row).cells.at(column);
}

QLineEdit *RowListEditor::lineEdit(int row, int column) const
{
    QWidget *w = cell(row, column);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->lineEdit();
    return qobject_cast<QLineEdit *>(w);
}

QComboBox *RowListEditor::comboBox(int row, int column) const
{
    return qobject_cast<QComboBox *>(cell(row, column));
}

QToolButton *RowListEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).remove : nullptr;
}

QToolButton *RowListEditor::rowButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).extra : nullptr;
}

void RowListEditor::focusCell(int row, int column)
{
    QWidget *w = cell(row, column);
    if (!w)
        return;
    // A cell just added is shown by a queued call; Qt only defers focus for hidden widgets
    // until the next focus change, which may come first. Show it now.
    if (w->isHidden() && isVisible())
        w->show();
    w->setFocus(Qt::OtherFocusReason);
}

int RowListEditor::focusedRow() const
{
    return rowOf(QApplication::focusWidget());
}

int RowListEditor::rowOf(const QObject *widget) const
{
    for (const QObject *o = widget; o && o != this; o = o->parent()) {
        for (int r = 0; r < m_rows.size(); ++r) {
            const Row &row = m_rows.at(r);
            if (row.cells.contains(o) || o == row.extra || o == row.remove)
                return r;
        }
    }
    return -1;
}

void RowListEditor::requestMove(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rows.size())
        return;
    int column = 0;
    const QWidget *focus = QApplication::focusWidget();
    for (int c = 0; c < m_columns.size(); ++c) {
        QWidget *w = m_rows.at(row).cells.at(c);
        if (w == focus || w->isAncestorOf(focus))
            column = c;
    }
    emit moveRequested(row, to);
    focusCell(to, column);
}

void RowListEditor::requestRemove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    emit removeRequested(row);
    if (!m_rows.isEmpty())
        focusCell(std::min(row, int(m_rows.size()) - 1), 0);
    else
        m_add->setFocus(Qt::OtherFocusReason);
}

void RowListEditor::showContextMenu(QWidget *cell, const QPoint &pos)
{
    auto *edit = qobject_cast<QLineEdit *>(cell);
    if (!edit)
        return;
    const int row = rowOf(cell);
    QMenu *menu = edit->createStandardContextMenu();
    menu->addSeparator();
    QAction *up = menu->addAction(paintedIcon(PaintedIcon::MoveUp, palette()), tr("Move Row Up"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setEnabled(row > 0);
    QAction *down
            = menu->addAction(paintedIcon(PaintedIcon::MoveDown, palette()), tr("Move Row Down"));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setEnabled(row >= 0 && row + 1 < m_rows.size());
    QAction *remove
            = menu->addAction(paintedIcon(PaintedIcon::Remove, palette()), tr("Remove Row"));
    remove->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Delete));
    const QPointer<QMenu> guard(menu);
    QAction *chosen = menu->exec(edit->mapToGlobal(pos));
    delete guard.data();
    if (chosen == up)
        requestMove(row, -1);
    else if (chosen == down)
        requestMove(row, 1);
    else if (chosen == remove)
        requestRemove(row);
}

bool RowListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool alt = key->modifiers() == Qt::AltModifier;
        const bool handled = alt
                             && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down
                                 || key->key() == Qt::Key_Delete);
        if (handled && event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (handled) {
            const int row = rowOf(watched);
            if (key->key() == Qt::Key_Delete)
                requestRemove(row);
            else
                requestMove(row, key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RowListEditor::updateIcons()
{
    m_add->setIcon(paintedIcon(PaintedIcon::Add, palette()));
    for (const Row &row : m_rows)
        row.remove->setIcon(paintedIcon(PaintedIcon::Remove, palette()));
}

void RowListEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

} // namespace dialogsmith::ui
