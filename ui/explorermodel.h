#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// The project tree (bot > dialogs > interactions, integrations, environments), mirrored from
/// the document through its fine-grained signals: rows are inserted, removed and moved as the
/// bot changes, so expansion and selection survive edits and undo. Items hold ids only.
/// Renaming in place (F2) goes through the document's commands.
class ExplorerModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind {
        Bot,
        DialogsSection,
        Dialog,
        Interaction,
        IntegrationsSection,
        Integration,
        EnvironmentsSection,
        Environment
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        DialogIdRole,
        CoverageRole ///< a dialog's coverage ("67 %"), while one is shown
    };

    explicit ExplorerModel(document::BotDocument *document, QObject *parent = nullptr);
    ~ExplorerModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static Kind kindOf(const QModelIndex &index);
    static QString idOf(const QModelIndex &index);
    QModelIndex indexOfDialog(const QString &id) const;
    QModelIndex indexOfInteraction(const QString &id) const;
    QModelIndex indexOfIntegration(const QString &id) const;
    QModelIndex environmentsIndex() const;
    QModelIndex botIndex() const;

    /// How many of a dialog's items the tests reached (runtime::CoverageTally's counts).
    struct DialogCoverage
    {
        int covered = 0;
        int total = 0;
    };
    /// Test coverage per dialog id: dialogs show their percentage after their name
    /// ("Main — 67 %") and the counts in their tooltip. Empty: none shown.
    void setDialogCoverage(const QHash<QString, DialogCoverage> &coverage);
    /// "67 %": rounded, but never 100 % while something is not covered, nor 0 % while
    /// something is; 100 % when there is nothing to cover.
    static QString percentText(const DialogCoverage &tally);

signals:
    /// A rename was refused; the text says why.
    void editRefused(const QString &reason);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    static int rowOf(const Node *node);
    Node *findChild(Node *parent, const QString &id) const;
    void rebuild();
    std::unique_ptr<Node> makeDialogNode(const QString &dialogId, Node *parent) const;
    /// Reorders `parent`'s children to `ids`, keeping persistent indexes valid.
    void reorderChildren(Node *parent, const QStringList &ids);
    void resetEnvironments();

    document::BotDocument *m_document;
    std::unique_ptr<Node> m_root;
    Node *m_bot = nullptr;
    Node *m_dialogs = nullptr;
    Node *m_integrations = nullptr;
    Node *m_environments = nullptr;
    QHash<QString, DialogCoverage> m_coverage;
};

} // namespace dialogsmith::ui
