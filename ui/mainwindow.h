#pragma once

#include <QMainWindow>

class QTreeWidget;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// The studio window. For now: the bot's dialogs, interactions, integrations and environments
/// in a tree, mirrored from the document.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    document::BotDocument *document() const { return m_document; }
    /// Opens a project; on failure shows the loader's message and keeps the current project.
    bool openFile(const QString &path);
    QTreeWidget *explorer() const { return m_tree; }

private:
    void rebuildTree();
    void updateTitle();
    void openDialog();

    document::BotDocument *m_document;
    QTreeWidget *m_tree;
};

} // namespace dialogsmith::ui
