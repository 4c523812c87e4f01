#include "mainwindow.h"

#include "botdocument.h"
#include "projectfile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeWidget>

namespace dialogsmith::ui {

using namespace document;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new BotDocument(this))
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Name"), tr("Type")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setUniformRowHeights(true);
    setCentralWidget(m_tree);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_document, &BotDocument::changed, this, &MainWindow::rebuildTree);
    connect(m_document, &BotDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &BotDocument::filePathChanged, this, &MainWindow::updateTitle);
    m_document->load(Bot::createEmpty(tr("New bot")));
    resize(900, 640);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    Result<format::LoadedBot> loaded = format::loadBotFile(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot open project"),
                             tr("%1 could not be opened:\n%2")
                                     .arg(QFileInfo(path).fileName(), loaded.error().toString()));
        return false;
    }
    m_document->load(loaded->bot, path);
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open bot"), {},
                                                      tr("Bot projects (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateTitle()
{
    const QString name = m_document->filePath().isEmpty()
                                 ? tr("Untitled")
                                 : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1[*] - Dialogsmith").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::rebuildTree()
{
    m_tree->clear();
    const Bot &bot = m_document->bot();
    auto *dialogs = new QTreeWidgetItem(m_tree, {tr("Dialogs")});
    for (const Dialog &d : bot.dialogs) {
        auto *dialogItem = new QTreeWidgetItem(
                dialogs,
                {d.name, d.type == DialogType::Fallback ? tr("Fallback dialog") : tr("Dialog")});
        for (const Interaction &i : d.interactions)
            new QTreeWidgetItem(dialogItem, {i.name, interactionTypeLabel(i.type)});
    }
    auto *integrations = new QTreeWidgetItem(m_tree, {tr("Integrations")});
    for (const Integration &i : bot.integrations)
        new QTreeWidgetItem(integrations, {i.name, i.method + QLatin1Char(' ') + i.url});
    auto *environments = new QTreeWidgetItem(m_tree, {tr("Environments")});
    for (const Environment &e : bot.environments) {
        new QTreeWidgetItem(environments,
                            {e.name, e.name == bot.defaultEnvironment ? tr("default") : QString()});
    }
    m_tree->expandToDepth(1);
    updateTitle();
}

} // namespace dialogsmith::ui
