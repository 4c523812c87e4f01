#include "searchpanel.h"

#include "botdocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using namespace document;

SearchPanel::SearchPanel(BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_field(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("&Match case"), this))
    , m_count(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    m_field->setPlaceholderText(tr("Find in names, texts, patterns, code, URLs..."));
    m_field->setClearButtonEnabled(true);
    m_results->setHeaderLabels({tr("Where"), tr("Match")});
    m_results->setUniformRowHeights(true);
    m_results->header()->resizeSection(0, 300);
    m_results->setToolTip(tr("Double-click or press Enter to go there"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_field, 1);
    bar->addWidget(m_caseSensitive);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_results);

    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::search);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &SearchPanel::search);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchPanel::activate);
}

void SearchPanel::start(const QString &text)
{
    if (!text.isEmpty())
        m_field->setText(text);
    m_field->setFocus();
    m_field->selectAll();
    search();
}

void SearchPanel::search()
{
    m_results->clear();
    m_hits = searchBot(m_document->bot(), m_field->text(),
                       m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    const Bot &bot = m_document->bot();
    QTreeWidgetItem *group = nullptr;
    QString groupKey;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        const QString key = hit.location.dialogId + hit.location.integrationId;
        if (!group || key != groupKey) {
            QString title = tr("Bot");
            if (const Dialog *d = bot.dialog(hit.location.dialogId))
                title = tr("Dialog \"%1\"").arg(d->name);
            else if (const Integration *in = bot.integration(hit.location.integrationId))
                title = tr("Integration \"%1\"").arg(in->name);
            group = new QTreeWidgetItem(m_results, {title});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
            groupKey = key;
        }
        QString where = hit.what;
        if (!hit.location.interactionId.isEmpty()) {
            const auto [d, in] = bot.findInteraction(hit.location.interactionId);
            if (in)
                where = QStringLiteral("%1 \u203a %2").arg(in->name, hit.what);
        }
        if (hit.line > 0)
            where += tr(", line %1").arg(hit.line);
        auto *item = new QTreeWidgetItem(group, {where, hit.snippet});
        item->setToolTip(1, hit.snippet);
        item->setData(0, Qt::UserRole, i);
    }
    m_count->setText(m_field->text().isEmpty() ? QString()
                                               : tr("%n match(es)", nullptr, int(m_hits.size())));
}

void SearchPanel::activate(QTreeWidgetItem *item)
{
    bool ok = false;
    const int i = item->data(0, Qt::UserRole).toInt(&ok);
    if (ok && i >= 0 && i < m_hits.size())
        emit hitActivated(m_hits.at(i));
}

} // namespace dialogsmith::ui
