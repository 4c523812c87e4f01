#include "environmentseditor.h"

#include "botcommands.h"
#include "botdocument.h"
#include "teardown.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using namespace document;

EnvironmentsEditor::EnvironmentsEditor(BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(this))
    , m_default(new QComboBox(this))
{
    auto *title = new QLabel(tr("<b>Environments</b> \u2014 values for <code>{$env.key}</code> "
                                "in texts, URLs, headers and bodies"),
                             this);
    title->setWordWrap(true);
    auto *tools = new QToolBar(this);
    // Narrow windows: the actions that do not fit go behind the extension button.
    tools->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    tools->setMinimumWidth(160);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("Add environment"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add environment"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            addEnvironment(name.trimmed());
    });
    tools->addAction(tr("Rename environment"), this, &EnvironmentsEditor::renameCurrentColumn);
    tools->addAction(tr("Remove environment"), this, &EnvironmentsEditor::removeCurrentColumn);
    tools->addSeparator();
    tools->addAction(tr("Add key"), this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add key"), tr("Key:"),
                                                  QLineEdit::Normal, {}, &ok);
        if (ok && !key.trimmed().isEmpty())
            addKey(key.trimmed());
    });
    tools->addAction(tr("Remove key"), this, &EnvironmentsEditor::removeCurrentRow);

    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_default->setToolTip(tr("The environment the preview and exports use unless told otherwise"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Default environment:"), m_default);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(tools);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_reloading)
            commitTable();
    });
    connect(m_default, &QComboBox::activated, this, [this] { commitTable(); });
    connect(document, &BotDocument::propertiesChanged, this, &EnvironmentsEditor::reload);
    connect(document, &BotDocument::loaded, this, &EnvironmentsEditor::reload);
    reload();
}

EnvironmentsEditor::~EnvironmentsEditor()
{
    silenceForTeardown(this);
}

void EnvironmentsEditor::reload()
{
    m_reloading = true;
    const Bot &bot = m_document->bot();
    QStringList keys;
    for (const Environment &e : bot.environments) {
        for (const KeyValue &kv : e.values) {
            if (!keys.contains(kv.key))
                keys.append(kv.key);
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(bot.environments.size()));
    m_table->setRowCount(int(keys.size()));
    QStringList names;
    for (const Environment &e : bot.environments)
        names.append(e.name);
    m_table->setHorizontalHeaderLabels(names);
    m_table->setVerticalHeaderLabels(keys);
    for (int c = 0; c < bot.environments.size(); ++c) {
        for (int r = 0; r < keys.size(); ++r)
            m_table->setItem(
                    r, c, new QTableWidgetItem(valueOf(bot.environments.at(c).values, keys.at(r))));
    }
    m_default->clear();
    m_default->addItems(names);
    m_default->setCurrentText(bot.defaultEnvironment);
    m_reloading = false;
}

void EnvironmentsEditor::commitTable()
{
    QList<Environment> envs;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        Environment e;
        e.name = m_table->horizontalHeaderItem(c)->text();
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QString key = m_table->verticalHeaderItem(r)->text();
            const QTableWidgetItem *item = m_table->item(r, c);
            e.values.append({key, item ? item->text() : QString(), {}});
        }
        envs.append(e);
    }
    QString defaultEnv = m_default->currentText();
    if (!defaultEnv.isEmpty()
        && std::none_of(envs.cbegin(), envs.cend(),
                        [&](const Environment &e) { return e.name == defaultEnv; }))
        defaultEnv = envs.isEmpty() ? QString() : envs.first().name;
    if (envs == m_document->bot().environments
        && defaultEnv == m_document->bot().defaultEnvironment)
        return;
    Result<void> ok = m_document->execute(
            std::make_unique<SetEnvironmentsCommand>(*m_document, envs, defaultEnv));
    if (!ok) {
        emit statusMessage(ok.error().message);
        reload();
    }
}

void EnvironmentsEditor::addEnvironment(const QString &name)
{
    QList<Environment> envs = m_document->bot().environments;
    Environment e{name, {}};
    if (!envs.isEmpty()) {
        for (const KeyValue &kv : envs.first().values)
            e.values.append({kv.key, QString(), {}});
    }
    envs.append(e);
    const QString def = m_document->bot().defaultEnvironment.isEmpty()
                                ? name
                                : m_document->bot().defaultEnvironment;
    apply(envs, def);
}

void EnvironmentsEditor::addKey(const QString &key)
{
    QList<Environment> envs = m_document->bot().environments;
    if (envs.isEmpty()) {
        emit statusMessage(tr("Add an environment first."));
        return;
    }
    for (Environment &e : envs) {
        if (valueOf(e.values, key, QStringLiteral("\x01")) != QLatin1String("\x01")) {
            emit statusMessage(tr("The key \"%1\" already exists.").arg(key));
            return;
        }
        e.values.append({key, QString(), {}});
    }
    apply(envs, m_document->bot().defaultEnvironment);
}

void EnvironmentsEditor::removeCurrentColumn()
{
    const int c = m_table->currentColumn();
    QList<Environment> envs = m_document->bot().environments;
    if (c < 0 || c >= envs.size())
        return;
    const QString removed = envs.takeAt(c).name;
    QString def = m_document->bot().defaultEnvironment;
    if (def == removed)
        def = envs.isEmpty() ? QString() : envs.first().name;
    apply(envs, def);
}

void EnvironmentsEditor::removeCurrentRow()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    const QString key = m_table->verticalHeaderItem(r)->text();
    QList<Environment> envs = m_document->bot().environments;
    for (Environment &e : envs)
        e.values.removeIf([&key](const KeyValue &kv) { return kv.key == key; });
    apply(envs, m_document->bot().defaultEnvironment);
}

void EnvironmentsEditor::apply(const QList<Environment> &environments,
                               const QString &defaultEnvironment)
{
    Result<void> ok = m_document->execute(std::make_unique<SetEnvironmentsCommand>(
            *m_document, environments, defaultEnvironment));
    if (!ok)
        emit statusMessage(ok.error().message);
}

void EnvironmentsEditor::renameCurrentColumn()
{
    const int c = m_table->currentColumn();
    QList<Environment> envs = m_document->bot().environments;
    if (c < 0 || c >= envs.size())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename environment"), tr("Name:"),
                                               QLineEdit::Normal, envs.at(c).name, &ok)
                                 .trimmed();
    if (!ok || name.isEmpty() || name == envs.at(c).name)
        return;
    QString def = m_document->bot().defaultEnvironment;
    if (def == envs.at(c).name)
        def = name;
    envs[c].name = name;
    apply(envs, def);
}

} // namespace dialogsmith::ui
