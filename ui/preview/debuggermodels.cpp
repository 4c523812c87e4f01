#include "debuggermodels.h"

#include "conversation.h"
#include "htmlsanitizer.h"
#include "previewcontroller.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace dialogsmith::ui {

using runtime::RuntimeEvent;

namespace {

// A value longer than this shows cut in the table; the tooltip has all of it.
constexpr int maxShownValue = 300;

QString shownValue(const QString &value)
{
    QString line = value;
    line.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    if (line.size() > maxShownValue)
        line = line.left(maxShownValue) + QStringLiteral("\u2026");
    return line;
}

/// "name = value (scope)" or "name removed": the name and, for a change, the scope.
std::pair<QString, QString> parseVariableEvent(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1String(" = "));
    if (eq < 0) {
        if (text.endsWith(QLatin1String(" removed")))
            return {text.chopped(8), QString()};
        return {};
    }
    QString scope;
    if (text.endsWith(QLatin1Char(')'))) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('('));
        if (open > eq)
            scope = text.mid(open + 1, text.size() - open - 2);
    }
    return {text.left(eq), scope};
}

} // namespace

// --- Variables ----------------------------------------------------------------------------------

VariablesModel::VariablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case ScopeColumn:
        return tr("Scope");
    }
    return {};
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case ValueColumn:
            return shownValue(r.value);
        case ScopeColumn:
            return r.gone ? tr("%1 (ended)").arg(r.scope) : r.scope;
        }
        return {};
    case Qt::EditRole:
        return index.column() == ValueColumn ? r.value : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return plainToolTip(r.value.size() > 2000
                                        ? r.value.left(2000) + QStringLiteral("\u2026")
                                        : r.value);
        if (r.changed)
            return tr("Set in the last turn");
        return {};
    case Qt::FontRole:
        if (r.changed || r.gone) {
            QFont f;
            f.setBold(r.changed);
            f.setItalic(r.gone);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (r.changed && m_highlight.isValid())
            return QBrush(m_highlight);
        return {};
    case ChangedRole:
        return r.changed;
    case GoneRole:
        return r.gone;
    default:
        return {};
    }
}

int VariablesModel::rowOf(const QString &name) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), name,
                                     [](const Row &r, const QString &n) { return r.name < n; });
    return it != m_rows.cend() && it->name == name ? int(it - m_rows.cbegin()) : -1;
}

bool VariablesModel::isChanged(const QString &name) const
{
    return m_changed.contains(name);
}

void VariablesModel::setHighlight(const QColor &color)
{
    m_highlight = color;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void VariablesModel::upsert(Row row)
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), row.name,
                                     [](const Row &r, const QString &n) { return r.name < n; });
    const int at = int(it - m_rows.begin());
    if (it != m_rows.end() && it->name == row.name) {
        if (it->value == row.value && it->scope == row.scope && it->changed == row.changed
            && it->gone == row.gone)
            return;
        *it = std::move(row);
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

void VariablesModel::beginTurn()
{
    m_changed.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).gone) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
            --r;
            continue;
        }
        if (m_rows.at(r).changed) {
            m_rows[r].changed = false;
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
}

void VariablesModel::noteEvent(const RuntimeEvent &event, const runtime::Conversation *conversation)
{
    if (event.type != RuntimeEvent::Type::VariableChanged || !conversation)
        return;
    const auto [name, scope] = parseVariableEvent(event.text);
    if (name.isEmpty())
        return;
    const std::optional<QString> value = conversation->variable(name);
    if (!value) {
        const int row = rowOf(name);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        m_scopes.remove(name);
        return;
    }
    if (!scope.isEmpty())
        m_scopes.insert(name, scope);
    m_changed.insert(name);
    upsert({name, conversation->redacted(*value), m_scopes.value(name), true, false});
}

void VariablesModel::refresh(const runtime::Conversation *conversation)
{
    const QStringList names = conversation ? conversation->variableNames() : QStringList();
    const QSet<QString> present(names.cbegin(), names.cend());
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        if (present.contains(row.name))
            continue;
        // Set this turn and dropped at its end: a request variable. It stays until the next turn.
        if (m_changed.contains(row.name)) {
            if (!row.gone) {
                row.gone = true;
                emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
            }
            continue;
        }
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
        --r;
    }
    for (const QString &name : names) {
        upsert({name, conversation->redacted(conversation->variable(name).value_or(QString())),
                m_scopes.value(name, tr("session")), m_changed.contains(name), false});
    }
}

void VariablesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_scopes.clear();
    m_changed.clear();
    endResetModel();
}

// --- Event log ----------------------------------------------------------------------------------

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EventLogModel::maxEntries()
{
    return 20000;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Event");
    }
    return {};
}

QString EventLogModel::kindLabel(RuntimeEvent::Type type)
{
    switch (type) {
    case RuntimeEvent::Type::MessageSent:
        return tr("message");
    case RuntimeEvent::Type::InteractionEntered:
        return tr("enter");
    case RuntimeEvent::Type::InteractionLeft:
        return tr("leave");
    case RuntimeEvent::Type::DialogStarted:
        return tr("dialog");
    case RuntimeEvent::Type::DialogEnded:
        return tr("dialog end");
    case RuntimeEvent::Type::PatternMatched:
        return tr("pattern");
    case RuntimeEvent::Type::IntentMatched:
        return tr("intent");
    case RuntimeEvent::Type::RuleEvaluated:
        return tr("rule");
    case RuntimeEvent::Type::VariableChanged:
        return tr("variable");
    case RuntimeEvent::Type::ScriptOutput:
        return tr("debug");
    case RuntimeEvent::Type::Request:
        return tr("request");
    case RuntimeEvent::Type::Response:
        return tr("response");
    case RuntimeEvent::Type::Escalation:
        return tr("transfer");
    case RuntimeEvent::Type::Info:
        return tr("info");
    case RuntimeEvent::Type::Error:
        return tr("error");
    }
    return {};
}

QString EventLogModel::scriptField(const QString &text)
{
    // The runtime names the code as "<interaction> pre-process" and the like.
    static const QLatin1String codeSlots[] = {
            QLatin1String("process user response"),
            QLatin1String("pre-process"),
            QLatin1String("post-process"),
            QLatin1String("global functions"),
            QLatin1String("transform"),
    };
    if (!text.startsWith(QLatin1String("script ")))
        return {};
    const qsizetype comma = text.indexOf(QLatin1Char(':'));
    const QStringView head = QStringView(text).left(comma < 0 ? text.size() : comma);
    for (const QLatin1String slot : codeSlots) {
        if (head.contains(slot))
            return slot;
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = at(index.row());
    const RuntimeEvent &ev = e.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.time(), QStringLiteral("HH:mm:ss.zzz"));
        case KindColumn:
            return e.header ? tr("user") : kindLabel(ev.type);
        case TextColumn: {
            QString text = e.header                                     ? ev.text
                           : ev.type == RuntimeEvent::Type::MessageSent ? ev.message.summary()
                           : ev.type == RuntimeEvent::Type::InteractionEntered
                                           || ev.type == RuntimeEvent::Type::InteractionLeft
                                   ? ev.interactionName
                                   : ev.text;
            text.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
            if (!ev.detail.isEmpty() && !e.header)
                text += QStringLiteral("  \u2026");
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = ev.type == RuntimeEvent::Type::MessageSent ? ev.message.summary() : ev.text;
        if (!ev.detail.isEmpty())
            tip += QStringLiteral("\n\n") + ev.detail;
        if (!ev.interactionName.isEmpty() && !e.header)
            tip += QStringLiteral("\n\n")
                   + tr("Double-click to show \u201c%1\u201d.").arg(ev.interactionName);
        return plainToolTip(tip.size() > 4000 ? tip.left(4000) + QStringLiteral("\u2026") : tip);
    }
    case Qt::ForegroundRole:
        if (!e.header && ev.type == RuntimeEvent::Type::Error)
            return QBrush(m_dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        if (index.column() != TextColumn)
            return QBrush(m_dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6a, 0x70, 0x78));
        return {};
    case Qt::FontRole:
        if (e.header || ev.type == RuntimeEvent::Type::Error) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TypeRole:
        return e.header ? -1 : int(ev.type);
    case InteractionRole:
        return e.header ? QString() : ev.interactionId;
    case LineRole:
        return ev.line;
    case DetailRole:
        return ev.detail;
    case FieldRole:
        return e.field;
    default:
        return {};
    }
}

void EventLogModel::push(Entry entry)
{
    if (int(m_entries.size()) >= maxEntries()) {
        const int count = maxEntries() / 10;
        beginRemoveRows({}, 0, count - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + count);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void EventLogModel::append(const RuntimeEvent &event)
{
    Entry e;
    e.time = QDateTime::currentDateTime();
    e.event = event;
    if (event.type == RuntimeEvent::Type::Error)
        e.field = scriptField(event.text);
    push(std::move(e));
}

void EventLogModel::appendTurn(const QString &userMessage)
{
    Entry e;
    e.time = QDateTime::currentDateTime();
    e.header = true;
    e.event.text = userMessage;
    push(std::move(e));
}

void EventLogModel::appendNote(const QString &text)
{
    RuntimeEvent event;
    event.type = RuntimeEvent::Type::Info;
    event.text = text;
    append(event);
}

void EventLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void EventLogModel::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

// --- Filter -------------------------------------------------------------------------------------

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(EventLogModel::TextColumn);
}

void EventLogFilter::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const int type = index.data(EventLogModel::TypeRole).toInt();
    if (type < 0) // turn headers keep the log readable under any filter
        return true;
    using T = RuntimeEvent::Type;
    const T t = T(type);
    bool kind = true;
    switch (m_kind) {
    case Kind::All:
        break;
    case Kind::Errors:
        kind = t == T::Error;
        break;
    case Kind::Matching:
        kind = t == T::PatternMatched || t == T::IntentMatched || t == T::RuleEvaluated;
        break;
    case Kind::Flow:
        kind = t == T::InteractionEntered || t == T::InteractionLeft || t == T::DialogStarted
               || t == T::DialogEnded || t == T::MessageSent;
        break;
    case Kind::Variables:
        kind = t == T::VariableChanged;
        break;
    case Kind::Network:
        kind = t == T::Request || t == T::Response || t == T::Escalation;
        break;
    case Kind::Output:
        kind = t == T::ScriptOutput;
        break;
    }
    return kind && QSortFilterProxyModel::filterAcceptsRow(row, parent);
}

DebuggerRecord::DebuggerRecord(PreviewController *controller)
    : QObject(controller)
    , m_controller(controller)
    , m_variables(new VariablesModel(this))
    , m_log(new EventLogModel(this))
{
    using C = PreviewController;
    connect(controller, &C::eventOccurred, this, [this](const RuntimeEvent &event) {
        m_log->append(event);
        m_variables->noteEvent(event, m_controller->conversation());
    });
    connect(controller, &C::turnStarted, this, [this](const QString &message) {
        m_variables->beginTurn();
        m_log->appendTurn(message);
    });
    connect(controller, &C::turnFinished, this,
            [this] { m_variables->refresh(m_controller->conversation()); });
    connect(controller, &C::conversationStarted, this, [this](const QString &description) {
        m_variables->clear();
        m_log->appendNote(tr("Preview started: %1").arg(description));
    });
    connect(controller, &C::conversationReset, this, [this] {
        // A new conversation: nothing of the old one's last turn stays.
        m_variables->clear();
        m_variables->refresh(m_controller->conversation());
    });
    connect(controller, &C::cleared, this, [this] {
        m_variables->clear();
        m_log->clear();
    });
}

} // namespace dialogsmith::ui
