#include "ruleseditor.h"

#include "actionpicker.h"
#include "botdocument.h"
#include "codecolors.h"
#include "colormix.h"
#include "formwidgets.h"
#include "interactioncommands.h"
#include "painticons.h"
#include "teardown.h"
#include "templatetextedit.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::Action;
using document::Interaction;
using document::Rule;

namespace {

constexpr int SummaryRole = Qt::UserRole + 1;
constexpr int MaxVisibleRules = 6;

// Two lines per rule: the numbered name in bold, then what it does in a quieter colour.
class RuleItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), 2 * option.fontMetrics.lineSpacing() + 8};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor quiet = selected ? mixColors(text, pal.color(QPalette::Highlight), 0.25)
                                      : pal.color(QPalette::PlaceholderText);
        const QRect area = opt.rect.adjusted(6, 4, -6, -4);
        const int line = opt.fontMetrics.lineSpacing();
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(area.left(), area.top(), area.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));
        painter->setFont(opt.font);
        painter->setPen(quiet);
        const QString summary = index.data(SummaryRole).toString();
        painter->drawText(QRect(area.left(), area.top() + line, area.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(summary, Qt::ElideRight, area.width()));
        painter->restore();
    }
};

struct ConditionEntry
{
    Rule::Condition condition;
    const char *label;
};

constexpr ConditionEntry conditionEntries[] = {
        {Rule::Condition::Always, QT_TRANSLATE_NOOP("dialogsmith::ui::RulesEditor", "Always")},
        {Rule::Condition::Pattern,
         QT_TRANSLATE_NOOP("dialogsmith::ui::RulesEditor", "Message matches a pattern")},
        {Rule::Condition::Regex,
         QT_TRANSLATE_NOOP("dialogsmith::ui::RulesEditor", "Message matches a regular expression")},
        {Rule::Condition::EvalOption,
         QT_TRANSLATE_NOOP("dialogsmith::ui::RulesEditor", "User chooses an option")},
        {Rule::Condition::ApiResult,
         QT_TRANSLATE_NOOP("dialogsmith::ui::RulesEditor", "API call result")},
        {Rule::Condition::NoMatch,
         QT_TRANSLATE_NOOP("dialogsmith::ui::RulesEditor", "No other rule matched")},
};

QStringList variableOperators()
{
    return {QStringLiteral("CONTAINS"),     QStringLiteral("NOT_CONTAINS"),
            QStringLiteral("EQUALS"),       QStringLiteral("NOT_EQUALS"),
            QStringLiteral("GREATER_THAN"), QStringLiteral("LESS_THAN")};
}

} // namespace

RulesEditor::RulesEditor(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_duplicate(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_empty(new QLabel(this))
    , m_detail(new QFrame(this))
    , m_form(new QFormLayout(m_detail))
    , m_name(new QLineEdit(m_detail))
    , m_condition(new QComboBox(m_detail))
    , m_patterns(new RowListEditor(
              {RowColumn{{}, RowColumn::Kind::Text, {}, {}, tr("e.g. *(agent|human)*")}}, m_detail))
    , m_exclude(new QLineEdit(m_detail))
    , m_regex(new QLineEdit(m_detail))
    , m_regexError(new InlineMessage(m_detail))
    , m_option(new QComboBox(m_detail))
    , m_apiResult(new QComboBox(m_detail))
    , m_noMatch(new TemplateTextEdit(m_detail))
    , m_match(new QComboBox(m_detail))
    , m_conditions(new RowListEditor(
              {RowColumn{tr("Variable"), RowColumn::Kind::Text, {}, {}, tr("name or {$...}"), 3},
               RowColumn{tr("Operator"),
                         RowColumn::Kind::Choice,
                         variableOperators(),
                         {tr("contains"), tr("does not contain"), tr("equals"),
                          tr("does not equal"), tr("greater than"), tr("less than")},
                         {},
                         2},
               RowColumn{tr("Value"), RowColumn::Kind::Text, {}, {}, {}, 3}},
              m_detail))
    , m_assignments(new RowListEditor(
              {RowColumn{tr("Name"), RowColumn::Kind::Text, {}, {}, tr("variable"), 3},
               RowColumn{tr("Value"), RowColumn::Kind::Text, {}, {}, tr("{$userMessage}"), 3},
               RowColumn{tr("Scope"),
                         RowColumn::Kind::Choice,
                         {QStringLiteral("REQUEST"), QStringLiteral("DIALOG"),
                          QStringLiteral("SESSION")},
                         {tr("Request"), tr("Dialog"), tr("Session")},
                         {},
                         2}},
              m_detail))
    , m_action(new ActionPicker(document, m_detail))
{
    m_list->setItemDelegate(new RuleItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Rules are checked in this order; the first that matches wins"));

    auto *menu = new QMenu(m_add);
    for (const ConditionEntry &entry : conditionEntries) {
        QAction *action = menu->addAction(tr(entry.label));
        connect(action, &QAction::triggered, this,
                [this, condition = entry.condition] { addRule(condition); });
    }
    m_add->setMenu(menu);
    m_add->setPopupMode(QToolButton::MenuButtonPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setText(tr("Add Rule"));
    m_add->setToolTip(tr("Add a rule (the arrow chooses its condition)"));
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, [this] {
        if (const Interaction *i = interaction())
            addRule(defaultCondition(*i));
    });
    m_duplicate->setToolTip(tr("Duplicate the selected rule"));
    m_up->setToolTip(tr("Move the selected rule up (it is checked earlier)"));
    m_down->setToolTip(tr("Move the selected rule down (it is checked later)"));
    m_remove->setToolTip(tr("Remove the selected rule"));
    for (QToolButton *b : {m_duplicate, m_up, m_down, m_remove})
        b->setAutoRaise(true);
    connect(m_duplicate, &QToolButton::clicked, this, &RulesEditor::duplicateRule);
    connect(m_up, &QToolButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveRule(1); });
    connect(m_remove, &QToolButton::clicked, this, &RulesEditor::removeRule);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    tools->addWidget(m_add);
    tools->addStretch(1);
    tools->addWidget(m_duplicate);
    tools->addWidget(m_up);
    tools->addWidget(m_down);
    tools->addWidget(m_remove);

    m_empty->setText(tr("No rules. Add one to decide where each answer leads."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    // The selected rule's form, boxed so it reads as "the rule above".
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setFrameShadow(QFrame::Plain);
    m_form->setContentsMargins(8, 8, 8, 8);
    m_form->setHorizontalSpacing(8);
    m_form->setVerticalSpacing(5);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // In a narrow panel the tables move under their labels instead of overflowing.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    for (const ConditionEntry &entry : conditionEntries)
        m_condition->addItem(tr(entry.label), int(entry.condition));
    m_apiResult->addItem(tr("Succeeded"), true);
    m_apiResult->addItem(tr("Failed"), false);
    m_option->setEditable(true);
    m_option->setInsertPolicy(QComboBox::NoInsert);
    m_option->lineEdit()->setPlaceholderText(tr("option text, number or letter"));
    m_match->addItem(tr("Any condition is true"), false);
    m_match->addItem(tr("All conditions are true"), true);
    m_exclude->setPlaceholderText(tr("comma-separated words that veto a match"));
    m_regex->setPlaceholderText(tr("e.g. ^[0-9]{5}$"));
    m_noMatch->setMinimumLines(1);
    m_noMatch->setMaximumLines(4);
    m_noMatch->setPlaceholderText(tr("Sent before the action (optional)"));
    m_patterns->setAddText(tr("Add Pattern"));
    m_conditions->setAddText(tr("Add Condition"));
    m_assignments->setAddText(tr("Add Variable"));

    const auto label = [this](const QString &text, QWidget *field, const QString &toolTip = {}) {
        auto *l = new QLabel(text, m_detail);
        l->setBuddy(field);
        l->setFixedHeight(m_name->sizeHint().height()); // see FormSection::addRow
        if (!toolTip.isEmpty())
            l->setToolTip(toolTip);
        m_form->addRow(l, field);
    };
    label(tr("Name"), m_name);
    label(tr("Condition"), m_condition);
    label(tr("Patterns"), m_patterns,
          tr("* matches any text, (a|b) either word; the whole message must match"));
    label(tr("Expression"), m_regex);
    m_form->addRow(QString(), m_regexError);
    label(tr("Exclude"), m_exclude);
    label(tr("Option"), m_option,
          tr("The option's text, its number (1, 2...) or letter (a, b...)"));
    label(tr("Result"), m_apiResult);
    label(tr("Message"), m_noMatch);
    label(tr("Variables"), m_conditions,
          tr("Conditions on variables, checked with the condition above"));
    label(tr("Match"), m_match);
    label(tr("Set"), m_assignments, tr("Variables set when the rule fires"));
    label(tr("Then"), m_action);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(tools);
    layout->addWidget(m_detail);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(QStringLiteral("name"), [&](Rule &r) { r.name = t; });
    });
    connect(m_condition, &QComboBox::activated, this, &RulesEditor::onConditionActivated);
    connect(m_patterns, &RowListEditor::cellEdited, this, [this](int row, int, const QString &t) {
        editCurrent(QStringLiteral("patterns.%1").arg(row), [&](Rule &r) {
            if (row < r.patterns.size())
                r.patterns[row] = t;
        });
    });
    connect(m_patterns, &RowListEditor::addRequested, this, [this] {
        editCurrent(
                {}, [](Rule &r) { r.patterns.append(QString()); }, false);
    });
    connect(m_patterns, &RowListEditor::removeRequested, this, [this](int row) {
        editCurrent(
                {}, [&](Rule &r) { r.patterns.removeAt(row); }, false);
    });
    connect(m_patterns, &RowListEditor::moveRequested, this, [this](int from, int to) {
        editCurrent(
                {}, [&](Rule &r) { moveItem(r.patterns, from, to); }, false);
    });
    connect(m_exclude, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(QStringLiteral("exclude"),
                    [&](Rule &r) { r.excludeKeywords = splitKeywords(t); });
    });
    connect(m_regex, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(QStringLiteral("regex"), [&](Rule &r) { r.regex = t; });
    });
    connect(m_option->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(QStringLiteral("option"), [&](Rule &r) { r.option = t; });
    });
    connect(m_option, &QComboBox::activated, this, [this](int index) {
        const QString t = m_option->itemText(index);
        editCurrent(
                {}, [&](Rule &r) { r.option = t; }, false);
    });
    connect(m_apiResult, &QComboBox::activated, this, [this](int index) {
        const bool success = m_apiResult->itemData(index).toBool();
        editCurrent(
                {}, [&](Rule &r) { r.apiSuccess = success; }, false);
    });
    connect(m_noMatch, &TemplateTextEdit::textEdited, this, [this](const QString &t) {
        editCurrent(QStringLiteral("noMatch"), [&](Rule &r) { r.noMatchMessage = t; });
    });
    connect(m_match, &QComboBox::activated, this, [this](int index) {
        const bool all = m_match->itemData(index).toBool();
        editCurrent(
                {}, [&](Rule &r) { r.allVariableConditions = all; }, false);
    });
    connect(m_conditions, &RowListEditor::cellEdited, this,
            [this](int row, int column, const QString &t) {
                editCurrent(QStringLiteral("conditions.%1.%2").arg(row).arg(column), [&](Rule &r) {
                    if (row >= r.variableConditions.size())
                        return;
                    document::VariableCondition &c = r.variableConditions[row];
                    (column == 0 ? c.variable : column == 1 ? c.kind : c.value) = t;
                });
            });
    connect(m_conditions, &RowListEditor::addRequested, this, [this] {
        editCurrent(
                {},
                [](Rule &r) {
                    document::VariableCondition c;
                    c.kind = QStringLiteral("EQUALS");
                    r.variableConditions.append(c);
                },
                false);
    });
    connect(m_conditions, &RowListEditor::removeRequested, this, [this](int row) {
        editCurrent(
                {}, [&](Rule &r) { r.variableConditions.removeAt(row); }, false);
    });
    connect(m_conditions, &RowListEditor::moveRequested, this, [this](int from, int to) {
        editCurrent(
                {}, [&](Rule &r) { moveItem(r.variableConditions, from, to); }, false);
    });
    connect(m_assignments, &RowListEditor::cellEdited, this,
            [this](int row, int column, const QString &t) {
                editCurrent(QStringLiteral("set.%1.%2").arg(row).arg(column), [&](Rule &r) {
                    if (row >= r.assignments.size())
                        return;
                    document::VariableAssignment &a = r.assignments[row];
                    if (column == 0)
                        a.name = t;
                    else if (column == 1)
                        a.value = t;
                    else
                        a.scope = document::variableScopeFromKey(t);
                });
            });
    connect(m_assignments, &RowListEditor::addRequested, this, [this] {
        editCurrent(
                {}, [](Rule &r) { r.assignments.append(document::VariableAssignment{}); }, false);
    });
    connect(m_assignments, &RowListEditor::removeRequested, this, [this](int row) {
        editCurrent(
                {}, [&](Rule &r) { r.assignments.removeAt(row); }, false);
    });
    connect(m_assignments, &RowListEditor::moveRequested, this, [this](int from, int to) {
        editCurrent(
                {}, [&](Rule &r) { moveItem(r.assignments, from, to); }, false);
    });
    connect(m_action, &ActionPicker::actionEdited, this, [this](const Action &a) {
        editCurrent(
                {}, [&](Rule &r) { r.action = a; }, false);
    });

    connect(document, &document::BotDocument::interactionChanged, this, [this](const QString &id) {
        if (id == m_interactionId)
            refresh();
    });
    ignoreWheelUnlessFocused(this);
    makeCombosCompact(this);
    updateIcons();
    refresh();
}

RulesEditor::~RulesEditor()
{
    silenceForTeardown(this);
}

void RulesEditor::setInteraction(const QString &interactionId)
{
    if (m_interactionId == interactionId)
        return;
    m_interactionId = interactionId;
    m_shownRule = -1;
    m_action->setOwner(interactionId);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
    }
    refresh();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        updateDetail();
}

const Interaction *RulesEditor::interaction() const
{
    return m_document->interaction(m_interactionId);
}

QList<Rule> RulesEditor::rules() const
{
    const Interaction *i = interaction();
    return i ? i->rules : QList<Rule>();
}

void RulesEditor::setShowUnconditional(bool show)
{
    if (m_showUnconditional == show)
        return;
    const int current = currentRule();
    m_showUnconditional = show;
    refresh();
    selectRule(current);
}

void RulesEditor::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

int RulesEditor::currentRule() const
{
    return m_ruleOfRow.value(m_list->currentRow(), -1);
}

bool RulesEditor::selectRule(int index)
{
    const int row = int(m_ruleOfRow.indexOf(index));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

bool RulesEditor::focusRule(int index)
{
    if (!selectRule(index))
        return false;
    m_condition->setFocus(Qt::OtherFocusReason);
    return true;
}

Rule::Condition RulesEditor::defaultCondition(const Interaction &interaction)
{
    switch (interaction.type) {
    case document::InteractionType::MultipleChoiceQuestion:
        return Rule::Condition::EvalOption;
    case document::InteractionType::ApiIntegration:
        return Rule::Condition::ApiResult;
    default:
        return Rule::Condition::Pattern;
    }
}

QString RulesEditor::describeRule(const document::BotDocument &document, const Rule &rule)
{
    QString condition;
    const auto quoted = [](const QString &s) {
        return QStringLiteral("\u201c%1\u201d").arg(s);
    };
    switch (rule.condition) {
    case Rule::Condition::Always:
        condition = tr("Always");
        break;
    case Rule::Condition::Pattern: {
        QStringList shown;
        for (const QString &p : rule.patterns)
            shown.append(quoted(p));
        condition = shown.isEmpty() ? tr("Pattern (none yet)")
                                    : tr("Matches %1").arg(shown.join(tr(" or ")));
        break;
    }
    case Rule::Condition::Regex:
        condition = tr("Matches /%1/").arg(rule.regex);
        break;
    case Rule::Condition::EvalOption:
        condition = tr("Chooses %1").arg(quoted(rule.option));
        break;
    case Rule::Condition::ApiResult:
        condition = rule.apiSuccess ? tr("API call succeeded") : tr("API call failed");
        break;
    case Rule::Condition::NoMatch:
        condition = tr("No other rule matched");
        break;
    case Rule::Condition::Unknown:
        condition = tr("Unknown condition %1").arg(rule.conditionKey);
        break;
    }
    if (rule.variableConditions.size() == 1)
        condition += tr(" + a variable condition");
    else if (rule.variableConditions.size() > 1)
        condition += tr(" + %1 variable conditions").arg(rule.variableConditions.size());

    QString action;
    switch (rule.action.kind) {
    case Action::Kind::Next:
        action = tr("next interaction");
        break;
    case Action::Kind::End:
        action = tr("end");
        break;
    case Action::Kind::CloseDialog:
        action = tr("close dialog");
        break;
    case Action::Kind::CloseConversation:
        action = tr("close conversation");
        break;
    case Action::Kind::Interaction: {
        const Interaction *target = document.interaction(rule.action.target);
        action = target ? quoted(target->name) : tr("missing interaction");
        break;
    }
    case Action::Kind::Dialog: {
        const document::Dialog *target = document.dialog(rule.action.target);
        action = target ? tr("dialog %1").arg(quoted(target->name)) : tr("missing dialog");
        break;
    }
    case Action::Kind::Unknown:
        action = tr("unknown action");
        break;
    }
    return QStringLiteral("%1 \u2192 %2").arg(condition, action);
}

bool RulesEditor::applyRules(const QList<Rule> &rules, const QString &undoText,
                             const QString &mergeKey)
{
    const Interaction *current = interaction();
    if (!current)
        return false;
    if (current->rules == rules)
        return true;
    Interaction after = *current;
    after.rules = rules;
    const auto result = m_document->execute(std::make_unique<document::EditInteractionCommand>(
            *m_document, after, undoText, mergeKey));
    if (!result) {
        emit statusMessage(tr("The rules were not changed: %1").arg(result.error().message));
        return false;
    }
    return true;
}

void RulesEditor::editCurrent(const QString &field, const std::function<void(Rule &)> &change,
                              bool merge)
{
    const int index = currentRule();
    QList<Rule> list = rules();
    if (index < 0 || index >= list.size())
        return;
    change(list[index]);
    applyRules(list, tr("Edit rule %1").arg(index + 1),
               merge ? QStringLiteral("rule.%1.%2").arg(index).arg(field) : QString());
}

void RulesEditor::addRule(Rule::Condition condition)
{
    const Interaction *i = interaction();
    if (!i)
        return;
    QList<Rule> list = i->rules;
    Rule rule;
    rule.condition = condition;
    rule.conditionKey = document::conditionKey(condition);
    rule.name = tr("Rule %1").arg(list.size() + 1);
    switch (condition) {
    case Rule::Condition::Pattern:
        rule.patterns = {QString()};
        break;
    case Rule::Condition::EvalOption: {
        // The first option no rule handles yet, named after it as CB does.
        QStringList used;
        for (const Rule &r : list) {
            if (r.condition == Rule::Condition::EvalOption)
                used.append(r.option);
        }
        for (const QString &choice : i->choices) {
            if (!used.contains(choice)) {
                rule.option = choice;
                rule.name = choice;
                break;
            }
        }
        break;
    }
    case Rule::Condition::ApiResult: {
        const bool hasSuccess = std::any_of(list.cbegin(), list.cend(), [](const Rule &r) {
            return r.condition == Rule::Condition::ApiResult && r.apiSuccess;
        });
        rule.apiSuccess = !hasSuccess;
        rule.name = rule.apiSuccess ? tr("Success") : tr("Failure");
        break;
    }
    case Rule::Condition::NoMatch:
        rule.name = tr("No match");
        break;
    default:
        break;
    }
    list.append(rule);
    if (!applyRules(list, tr("Add rule")))
        return;
    selectRule(int(list.size()) - 1);
    switch (condition) {
    case Rule::Condition::Pattern:
        m_patterns->focusCell(0, 0);
        break;
    case Rule::Condition::Regex:
        m_regex->setFocus(Qt::OtherFocusReason);
        break;
    case Rule::Condition::EvalOption:
        m_option->setFocus(Qt::OtherFocusReason);
        break;
    default:
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
        break;
    }
}

void RulesEditor::duplicateRule()
{
    const int index = currentRule();
    QList<Rule> list = rules();
    if (index < 0 || index >= list.size())
        return;
    Rule copy = list.at(index);
    copy.name = tr("%1 copy").arg(copy.name);
    list.insert(index + 1, copy);
    if (applyRules(list, tr("Duplicate rule %1").arg(index + 1)))
        selectRule(index + 1);
}

void RulesEditor::moveRule(int delta)
{
    // Past the neighbour in the list (a hidden condition-less rule keeps its place).
    const int row = m_list->currentRow();
    const int index = currentRule();
    const int to = m_ruleOfRow.value(row + delta, -1);
    QList<Rule> list = rules();
    if (index < 0 || to < 0 || index >= list.size() || to >= list.size())
        return;
    list.move(index, to);
    if (applyRules(list, tr("Move rule %1").arg(index + 1)))
        selectRule(to);
}

void RulesEditor::removeRule()
{
    const int row = m_list->currentRow();
    const int index = currentRule();
    QList<Rule> list = rules();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    if (applyRules(list, tr("Remove rule %1").arg(index + 1)) && m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void RulesEditor::onConditionActivated(int index)
{
    const auto condition = Rule::Condition(m_condition->itemData(index).toInt());
    editCurrent(
            {},
            [&](Rule &r) {
                if (r.condition == condition)
                    return;
                r.condition = condition;
                r.conditionKey = document::conditionKey(condition);
                if (condition == Rule::Condition::Pattern && r.patterns.isEmpty())
                    r.patterns = {QString()};
            },
            false);
    if (condition == Rule::Condition::Pattern)
        m_patterns->focusCell(0, 0);
}

void RulesEditor::refresh()
{
    updateList();
    updateDetail();
    updateButtons();
}

void RulesEditor::updateList()
{
    const QList<Rule> list = rules();
    m_ruleOfRow.clear();
    for (int r = 0; r < list.size(); ++r) {
        if (m_showUnconditional || list.at(r).condition != Rule::Condition::Always)
            m_ruleOfRow.append(r);
    }
    const int rows = int(m_ruleOfRow.size());
    const QSignalBlocker blocker(m_list);
    int current = m_list->currentRow();
    while (m_list->count() > rows)
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < rows)
        m_list->addItem(new QListWidgetItem);
    for (int row = 0; row < rows; ++row) {
        const int r = m_ruleOfRow.at(row);
        const Rule &rule = list.at(r);
        QListWidgetItem *item = m_list->item(row);
        const QString name = rule.name.isEmpty() ? tr("(no name)") : rule.name;
        const QString summary = describeRule(*m_document, rule);
        item->setText(QStringLiteral("%1. %2").arg(r + 1).arg(name));
        item->setData(SummaryRole, summary);
        item->setToolTip(summary);
    }
    if (current < 0 && rows > 0)
        current = 0;
    current = std::min(current, rows - 1);
    m_list->setCurrentRow(current);
    m_list->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    fitListHeight();
}

void RulesEditor::fitListHeight()
{
    const int rows = std::clamp(m_list->count(), 1, MaxVisibleRules);
    const int rowHeight = 2 * fontMetrics().lineSpacing() + 8;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
}

void RulesEditor::updateDetail()
{
    const QList<Rule> list = rules();
    const int index = currentRule();
    if (index < 0 || index >= list.size()) {
        m_detail->hide();
        m_shownRule = -1;
        return;
    }
    m_detail->show();
    const Rule &rule = list.at(index);
    m_shownRule = index;

    syncLineEdit(m_name, rule.name);
    {
        const QSignalBlocker blocker(m_condition);
        int c = m_condition->findData(int(rule.condition));
        if (c < 0) {
            m_condition->addItem(tr("Unknown (%1)").arg(rule.conditionKey), int(rule.condition));
            c = m_condition->count() - 1;
        }
        m_condition->setCurrentIndex(c);
    }
    const Rule::Condition kind = rule.condition;
    m_form->setRowVisible(m_patterns, kind == Rule::Condition::Pattern);
    m_form->setRowVisible(m_regex, kind == Rule::Condition::Regex);
    m_form->setRowVisible(m_exclude,
                          kind == Rule::Condition::Pattern || kind == Rule::Condition::Regex);
    m_form->setRowVisible(m_option, kind == Rule::Condition::EvalOption);
    m_form->setRowVisible(m_apiResult, kind == Rule::Condition::ApiResult);
    m_form->setRowVisible(m_noMatch, kind == Rule::Condition::NoMatch);

    QList<QStringList> patternRows;
    for (const QString &p : rule.patterns)
        patternRows.append({p});
    m_patterns->setRows(patternRows);
    if (splitKeywords(m_exclude->text()) != rule.excludeKeywords)
        syncLineEdit(m_exclude, rule.excludeKeywords.join(QStringLiteral(", ")));
    syncLineEdit(m_regex, rule.regex);
    const QRegularExpression re(rule.regex);
    const bool badRegex = kind == Rule::Condition::Regex && !rule.regex.isEmpty() && !re.isValid();
    if (badRegex)
        m_regexError->showMessage(InlineMessage::Kind::Error,
                                  tr("Not a valid regular expression: %1").arg(re.errorString()));
    else
        m_regexError->clearMessage();
    m_form->setRowVisible(m_regexError, badRegex);

    const QStringList choices = interaction() ? interaction()->choices : QStringList();
    QStringList items;
    for (int i = 0; i < m_option->count(); ++i)
        items.append(m_option->itemText(i));
    if (items != choices) {
        const QSignalBlocker blocker(m_option);
        const QString text = m_option->currentText();
        m_option->clear();
        m_option->addItems(choices);
        m_option->setEditText(text);
    }
    syncCombo(m_option, rule.option);
    {
        const QSignalBlocker blocker(m_apiResult);
        m_apiResult->setCurrentIndex(rule.apiSuccess ? 0 : 1);
    }
    m_noMatch->setText(rule.noMatchMessage);
    {
        const QSignalBlocker blocker(m_match);
        m_match->setCurrentIndex(rule.allVariableConditions ? 1 : 0);
    }
    m_form->setRowVisible(m_match, rule.variableConditions.size() > 1);
    QList<QStringList> conditionRows;
    for (const document::VariableCondition &c : rule.variableConditions)
        conditionRows.append({c.variable, c.kind, c.value});
    m_conditions->setRows(conditionRows);
    QList<QStringList> assignmentRows;
    for (const document::VariableAssignment &a : rule.assignments)
        assignmentRows.append({a.name, a.value, document::variableScopeKey(a.scope)});
    m_assignments->setRows(assignmentRows);
    m_action->setOwner(m_interactionId);
    m_action->setAction(rule.action);
}

void RulesEditor::updateButtons()
{
    const int row = m_list->currentRow();
    const int count = m_list->count();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
}

void RulesEditor::updateIcons()
{
    m_add->setIcon(paintedIcon(PaintedIcon::Add, palette()));
    m_duplicate->setIcon(paintedIcon(PaintedIcon::Duplicate, palette()));
    m_up->setIcon(paintedIcon(PaintedIcon::MoveUp, palette()));
    m_down->setIcon(paintedIcon(PaintedIcon::MoveDown, palette()));
    m_remove->setIcon(paintedIcon(PaintedIcon::Remove, palette()));
}

void RulesEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

} // namespace dialogsmith::ui
