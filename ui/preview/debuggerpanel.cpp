#include "debuggerpanel.h"

#include "botdocument.h"
#include "botruntime.h"
#include "conversation.h"
#include "debuggermodels.h"
#include "previewcontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using runtime::RuntimeEvent;

DebuggerPanel::DebuggerPanel(PreviewController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_variables(controller->debuggerRecord()->variables())
    , m_variablesProxy(new QSortFilterProxyModel(this))
    , m_log(controller->debuggerRecord()->log())
    , m_logFilter(new EventLogFilter(this))
    , m_variablesView(new QTableView(this))
    , m_logView(new QTreeView(this))
    , m_variableFilter(new QLineEdit(this))
    , m_logFilterEdit(new QLineEdit(this))
    , m_logKind(new QComboBox(this))
    , m_detail(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("debuggerPanel"));

    m_variablesProxy->setSourceModel(m_variables);
    m_variablesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_variablesProxy->setFilterKeyColumn(-1);
    m_variablesView->setObjectName(QStringLiteral("variablesView"));
    m_variablesView->setModel(m_variablesProxy);
    m_variablesView->setAccessibleName(tr("Bot variables"));
    m_variablesView->verticalHeader()->hide();
    m_variablesView->verticalHeader()->setDefaultSectionSize(m_variablesView->fontMetrics().height()
                                                             + 6);
    m_variablesView->horizontalHeader()->setSectionResizeMode(VariablesModel::ValueColumn,
                                                              QHeaderView::Stretch);
    m_variablesView->horizontalHeader()->setHighlightSections(false);
    m_variablesView->setColumnWidth(VariablesModel::NameColumn, 140);
    m_variablesView->setColumnWidth(VariablesModel::ScopeColumn, 80);
    m_variablesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variablesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_variablesView->setWordWrap(false);
    m_variablesView->setShowGrid(false);
    m_variableFilter->setObjectName(QStringLiteral("variableFilter"));
    m_variableFilter->setPlaceholderText(tr("Filter variables"));
    m_variableFilter->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("conversationState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText); // dialog and interaction names
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_logFilter->setSourceModel(m_log);
    m_logView->setObjectName(QStringLiteral("eventLog"));
    m_logView->setModel(m_logFilter);
    m_logView->setAccessibleName(tr("Event log"));
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->setAllColumnsShowFocus(true);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->header()->setStretchLastSection(true);
    m_logView->setColumnWidth(
            EventLogModel::TimeColumn,
            m_logView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_logView->setColumnWidth(
            EventLogModel::KindColumn,
            m_logView->fontMetrics().horizontalAdvance(QStringLiteral("dialog end")) + 20);
    m_logFilterEdit->setObjectName(QStringLiteral("logFilter"));
    m_logFilterEdit->setPlaceholderText(tr("Filter the log"));
    m_logFilterEdit->setClearButtonEnabled(true);
    m_logKind->setObjectName(QStringLiteral("logKind"));
    m_logKind->addItem(tr("All events"), int(EventLogFilter::Kind::All));
    m_logKind->addItem(tr("Errors"), int(EventLogFilter::Kind::Errors));
    m_logKind->addItem(tr("Matching and rules"), int(EventLogFilter::Kind::Matching));
    m_logKind->addItem(tr("Interactions and dialogs"), int(EventLogFilter::Kind::Flow));
    m_logKind->addItem(tr("Variables"), int(EventLogFilter::Kind::Variables));
    m_logKind->addItem(tr("Requests and transfers"), int(EventLogFilter::Kind::Network));
    m_logKind->addItem(tr("Debug output"), int(EventLogFilter::Kind::Output));
    m_logKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an event to see it whole: requests, responses, "
                                    "long values."));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *variablesBox = new QWidget(this);
    auto *variablesLayout = new QVBoxLayout(variablesBox);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->setSpacing(4);
    variablesLayout->addWidget(m_variableFilter);
    variablesLayout->addWidget(m_variablesView, 1);
    variablesLayout->addWidget(m_state);

    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(4);
    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_logFilterEdit, 1);
    logBar->addWidget(m_logKind);
    logLayout->addLayout(logBar);
    auto *logSplit = new QSplitter(Qt::Vertical, logBox);
    logSplit->addWidget(m_logView);
    logSplit->addWidget(m_detail);
    logSplit->setStretchFactor(0, 4);
    logSplit->setStretchFactor(1, 1);
    logSplit->setChildrenCollapsible(true);
    logLayout->addWidget(logSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("debuggerSplit"));
    split->addWidget(variablesBox);
    split->addWidget(logBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_variableFilter, &QLineEdit::textChanged, m_variablesProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_logFilterEdit, &QLineEdit::textChanged, m_logFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_logKind, &QComboBox::currentIndexChanged, this, [this] {
        m_logFilter->setKind(EventLogFilter::Kind(m_logKind->currentData().toInt()));
    });
    connect(m_logView, &QTreeView::doubleClicked, this, &DebuggerPanel::activate);
    connect(m_logView, &QTreeView::activated, this, &DebuggerPanel::activate);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DebuggerPanel::updateDetail);
    // The log follows new events unless the user scrolled up to read.
    connect(m_logView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followLog = value >= m_logView->verticalScrollBar()->maximum() - 2;
    });
    connect(m_logFilter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followLog)
            m_logView->scrollToBottom();
    });

    // The record (connected first, in the controller) has the models up to date by now.
    using C = PreviewController;
    connect(m_controller, &C::turnFinished, this, &DebuggerPanel::updateState);
    connect(m_controller, &C::conversationStarted, this, &DebuggerPanel::updateState);
    connect(m_controller, &C::conversationReset, this, &DebuggerPanel::updateState);
    connect(m_controller, &C::cleared, this, [this] {
        m_detail->clear();
        updateState();
    });
    updateColors();
    updateState();
    // A panel made after a conversation ran shows its newest events, as one that followed it.
    QTimer::singleShot(0, m_logView, &QTreeView::scrollToBottom);
}

DebuggerPanel::~DebuggerPanel() = default;

void DebuggerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void DebuggerPanel::updateColors()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    m_log->setDark(dark);
    QColor highlight = dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xf1, 0xb8);
    m_variables->setHighlight(highlight);
}

void DebuggerPanel::updateState()
{
    const runtime::Conversation *c = m_controller->conversation();
    if (!c) {
        m_state->setText(tr("The preview has not started. Send a message in the preview."));
        return;
    }
    const QStringList stack = c->dialogStack();
    QString text = stack.isEmpty() ? tr("No dialog is running.")
                                   : tr("Dialogs: %1").arg(stack.join(QStringLiteral(" \u203a ")));
    if (const QString waiting = c->waitingInteractionId(); !waiting.isEmpty()) {
        const auto [dialog, interaction] = m_controller->runtime()->bot().findInteraction(waiting);
        if (interaction)
            text += QLatin1Char('\n')
                    + tr("Waiting for an answer to \u201c%1\u201d.").arg(interaction->name);
    }
    m_state->setText(text);
}

void DebuggerPanel::updateDetail()
{
    const QModelIndex current = m_logFilter->mapToSource(m_logView->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const EventLogModel::Entry &e = m_log->at(current.row());
    QString text = e.header ? tr("user: %1").arg(e.event.text) : e.event.describe();
    if (!e.event.detail.isEmpty())
        text += QStringLiteral("\n\n") + e.event.detail;
    if (e.event.type == RuntimeEvent::Type::MessageSent && !e.event.message.data.isEmpty())
        text += QStringLiteral("\n\n") + e.event.message.data;
    m_detail->setPlainText(text);
}

void DebuggerPanel::activateLogRow(int row)
{
    activate(m_logFilter->mapFromSource(m_log->index(row, 0)));
}

void DebuggerPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_logFilter->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const EventLogModel::Entry &e = m_log->at(index.row());
    if (e.header)
        return;
    const document::BotDocument *doc = m_controller->document();
    document::ProblemLocation location;
    location.field = e.field;
    if (!e.event.interactionId.isEmpty() && doc->interaction(e.event.interactionId)) {
        location.interactionId = e.event.interactionId;
        location.dialogId = doc->dialogIdOf(e.event.interactionId);
    } else if (e.field == QLatin1String("transform")) {
        // "script error in <integration> transform": the integration by its name.
        const QString text = e.event.text;
        for (const document::Integration &integration : doc->bot().integrations) {
            if (text.contains(integration.name + QStringLiteral(" transform"))) {
                location.integrationId = integration.id;
                break;
            }
        }
        if (location.integrationId.isEmpty())
            return;
    } else if (e.field != QLatin1String("global functions")) {
        return;
    }
    emit locationRequested(location, e.event.line);
}

} // namespace dialogsmith::ui
