#pragma once

#include "runtimeevent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

#include <deque>

namespace dialogsmith::runtime {
class Conversation;
}

namespace dialogsmith::ui {

class PreviewController;

/// The bot variables of the preview's conversation: name, value, scope. Variables set in the
/// last turn are marked (ChangedRole), also request variables that ended with the turn.
class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ScopeColumn, ColumnCount };
    enum Role { ChangedRole = Qt::UserRole + 1, GoneRole };

    explicit VariablesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A turn starts: nothing is "changed" any more.
    void beginTurn();
    /// A VariableChanged event: updates that variable from `conversation`.
    void noteEvent(const runtime::RuntimeEvent &event, const runtime::Conversation *conversation);
    /// Reads every variable of `conversation` (null: none).
    void refresh(const runtime::Conversation *conversation);
    void clear();

    /// The row of `name`, or -1.
    int rowOf(const QString &name) const;
    bool isChanged(const QString &name) const;
    /// The background of variables changed in the last turn (follows the palette).
    void setHighlight(const QColor &color);

private:
    struct Row
    {
        QString name;
        QString value;
        QString scope;
        bool changed = false;
        bool gone = false; ///< a request variable of the last turn, dropped at its end
    };

    void upsert(Row row);

    QList<Row> m_rows; ///< sorted by name
    QColor m_highlight;
    QHash<QString, QString> m_scopes;
    QSet<QString> m_changed;
};

/// The preview's event log: one row per runtime event, a header row per user message. Keeps the
/// newest maxEntries() rows.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TextColumn, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole + 1, ///< RuntimeEvent::Type as int, -1 for turn headers
        InteractionRole,
        LineRole,
        DetailRole,
        FieldRole, ///< the code slot of a script error ("pre-process"...), when known
    };

    struct Entry
    {
        QDateTime time;
        bool header = false; ///< "user: TEXT", a turn starts
        runtime::RuntimeEvent event;
        QString field;
    };

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const runtime::RuntimeEvent &event);
    void appendTurn(const QString &userMessage);
    void appendNote(const QString &text);
    void clear();
    const Entry &at(int row) const { return m_entries.at(size_t(row)); }
    /// Colours follow the palette (errors red on light and dark).
    void setDark(bool dark);

    static int maxEntries();
    /// The code slot a script error's text names: "pre-process", "process user response",
    /// "post-process", "global functions", "transform", or empty.
    static QString scriptField(const QString &text);
    /// "pattern", "rule"...: a short word per event type, for people.
    static QString kindLabel(runtime::RuntimeEvent::Type type);

private:
    void push(Entry entry);

    std::deque<Entry> m_entries;
    bool m_dark = false;
};

/// What the debugger shows of the preview's conversations, recorded from the first one on. It
/// lives with the PreviewController, so the debugger panel can be made when it is first shown
/// (it is not needed to start the studio) and still show everything from the start.
class DebuggerRecord : public QObject
{
    Q_OBJECT

public:
    explicit DebuggerRecord(PreviewController *controller);

    VariablesModel *variables() const { return m_variables; }
    EventLogModel *log() const { return m_log; }

private:
    PreviewController *m_controller;
    VariablesModel *m_variables;
    EventLogModel *m_log;
};

/// Filters the event log by kind and text.
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kind { All, Errors, Matching, Flow, Variables, Network, Output };

    explicit EventLogFilter(QObject *parent = nullptr);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Kind m_kind = Kind::All;
};

} // namespace dialogsmith::ui
