#pragma once

#include "validation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace dialogsmith::ui {

class EventLogFilter;
class EventLogModel;
class PreviewController;
class VariablesModel;

/// The debugger dock: what the preview's conversation did and holds.
///
/// Left, the bot variables (name, value, scope), those set in the last turn highlighted, with a
/// filter. Right, the event log: per user message, the patterns and intents that matched (with
/// scores), the rules that fired, interactions entered, `printDebugMessage` output, requests and
/// responses (redacted by the runtime; the detail pane shows them whole) and errors in red.
/// Double-clicking an entry that names an interaction asks to show it (script errors with their
/// code line). The variables and the log are the controller's DebuggerRecord, so a panel made
/// late shows the conversation from its start.
class DebuggerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DebuggerPanel(PreviewController *controller, QWidget *parent = nullptr);
    ~DebuggerPanel() override;

    VariablesModel *variables() const { return m_variables; }
    EventLogModel *log() const { return m_log; }
    QTableView *variablesView() const { return m_variablesView; }
    QTreeView *logView() const { return m_logView; }
    QLineEdit *variableFilter() const { return m_variableFilter; }
    QComboBox *logKind() const { return m_logKind; }
    /// Activates log row `row` (of the unfiltered log) as a double-click does.
    void activateLogRow(int row);

signals:
    /// Show this place: an interaction, and for script errors the code slot and line.
    void locationRequested(const document::ProblemLocation &location, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &proxyIndex);
    void updateState();
    void updateDetail();
    void updateColors();

    PreviewController *m_controller;
    VariablesModel *m_variables;
    QSortFilterProxyModel *m_variablesProxy;
    EventLogModel *m_log;
    EventLogFilter *m_logFilter;
    QTableView *m_variablesView;
    QTreeView *m_logView;
    QLineEdit *m_variableFilter;
    QLineEdit *m_logFilterEdit;
    QComboBox *m_logKind;
    QPlainTextEdit *m_detail;
    QLabel *m_state;
    bool m_followLog = true;
};

} // namespace dialogsmith::ui
