#pragma once

#include "account.h"

#include <QDialog>
#include <QUndoStack>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace dialogsmith::network {
class SecretStore;
}

namespace dialogsmith::ui {

/// The Account editor: the LiveEngage account the local cloud plays (account number, skills,
/// users, human agents' skills and passwords, campaigns), checked as it is typed with the
/// account file's located messages, every edit one step of the editor's own undo stack, saved
/// atomically to the account file. A Bot user's API key (the four OAuth keys) is generated
/// here: stored in the secret store, shown once with copy buttons, never written to a file.
class AccountEditor : public QDialog
{
    Q_OBJECT
public:
    /// Asks for a new password for `login`; nullopt when cancelled. The default asks in a
    /// dialog with two password fields.
    using PasswordPrompt
            = std::function<std::optional<QString>(QWidget *parent, const QString &login)>;

    AccountEditor(QString accountFile, network::SecretStore *secrets, QWidget *parent = nullptr);
    ~AccountEditor() override;

    const cloud::Account &account() const { return m_account; }
    QString accountFile() const { return m_file; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    /// The problems of the account as it is now (what the list shows).
    const QList<cloud::AccountProblem> &problems() const { return m_problems; }
    void setPasswordPrompt(PasswordPrompt prompt) { m_askPassword = std::move(prompt); }

    /// Reads the file again (an account with only the number when there is none).
    void reload();
    /// Writes the file atomically; false (and the reason shown) when the account has errors or
    /// the file cannot be written.
    bool save();
    /// Replaces the account as one undo step called `text` (the editor's commands all do this).
    void edit(const cloud::Account &after, const QString &text);
    /// Generates the four OAuth keys of the selected Bot user, stores them and shows them once.
    void generateKeys();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class AccountEditCommand;
    void apply(const cloud::Account &account);
    void refresh();
    void fillTables();
    void tableEdited(QTableWidget *table, int row, int column);
    QString selectedLogin() const;
    void addSkill();
    void addUser(cloud::UserType type);
    void addCampaign();
    void removeSelected();
    void setPassword();
    void passwordHashed(const QString &login, const cloud::PasswordHash &hash);
    void showKeysOnce(const QString &login, const cloud::OAuthKeys &keys);

    QString m_file;
    network::SecretStore *m_secrets;
    cloud::Account m_account;
    QList<cloud::AccountProblem> m_problems;
    QUndoStack m_undo;
    PasswordPrompt m_askPassword;
    int m_hashing = 0; ///< passwords being hashed off the GUI thread
    bool m_filling = false;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_company = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_skills = nullptr;
    QTableWidget *m_users = nullptr;
    QTableWidget *m_campaigns = nullptr;
    QPushButton *m_keys = nullptr;
    QPushButton *m_password = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace dialogsmith::ui
