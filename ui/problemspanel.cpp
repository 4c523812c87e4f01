#include "problemspanel.h"

#include "botdocument.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using namespace document;

ProblemsPanel::ProblemsPanel(BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No problems found."), this))
{
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Problem"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 460);
    m_list->setToolTip(tr("Double-click or press Enter to go to the problem"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ProblemsPanel::refresh);
    connect(document, &BotDocument::changed, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);
    refresh();
}

void ProblemsPanel::refresh()
{
    m_debounce.stop();
    m_problems = validateBot(m_document->bot());
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        return a.severity == Problem::Severity::Error && b.severity != Problem::Severity::Error;
    });
    m_list->clear();
    // The style reads its message icons from files: only when there is a problem to show.
    QIcon error;
    QIcon warning;
    if (!m_problems.isEmpty()) {
        error = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
        warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(m_problems.size());
    for (int i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems.at(i);
        auto *item
                = new QTreeWidgetItem({p.message, describeLocation(m_document->bot(), p.location)});
        item->setIcon(0, p.severity == Problem::Severity::Error ? error : warning);
        item->setToolTip(0, p.message);
        item->setToolTip(1, item->text(1));
        item->setData(0, Qt::UserRole, i);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->setVisible(!m_problems.isEmpty());
    m_empty->setVisible(m_problems.isEmpty());
    emit summaryChanged(summary());
}

QString ProblemsPanel::summary() const
{
    int errors = 0;
    for (const Problem &p : m_problems)
        errors += p.severity == Problem::Severity::Error ? 1 : 0;
    const int warnings = int(m_problems.size()) - errors;
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    QStringList parts;
    if (errors)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    return parts.join(QStringLiteral(", "));
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    const int i = item->data(0, Qt::UserRole).toInt();
    if (i >= 0 && i < m_problems.size())
        emit problemActivated(m_problems.at(i));
}

} // namespace dialogsmith::ui
