#include "accounteditor.h"

#include "accountfile.h"
#include "oauthkeys.h"
#include "secretstore.h"
#include "teardown.h"
#include "typeicons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace dialogsmith::ui {

/// One edit of the account: the whole account before and after. Consecutive edits of the same
/// field (typing the account number) merge into one step.
class AccountEditCommand : public QUndoCommand
{
public:
    AccountEditCommand(AccountEditor *editor, cloud::Account before, cloud::Account after,
                       const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {}
    void undo() override { m_editor->apply(m_before); }
    void redo() override { m_editor->apply(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_mergeId || m_mergeId < 0)
            return false;
        m_after = static_cast<const AccountEditCommand *>(other)->m_after;
        return true;
    }

private:
    AccountEditor *m_editor;
    cloud::Account m_before;
    cloud::Account m_after;
    int m_mergeId;
};

namespace {

enum MergeId { NoMerge = -1, AccountNumber = 1, CompanyName = 2 };
enum UserColumn {
    LoginColumn,
    NicknameColumn,
    TypeColumn,
    SkillsColumn,
    MaxChatsColumn,
    CredentialColumn
};

QTableWidget *makeTable(const QString &name, const QStringList &headers, const QString &tip)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setToolTip(tip);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    return table;
}

QTableWidgetItem *item(const QString &text, bool editable = true)
{
    auto *i = new QTableWidgetItem(text);
    if (!editable)
        i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

QString uniqueLogin(const cloud::Account &account, const QString &base)
{
    QString login = base;
    for (int n = 2; account.userByLogin(login); ++n)
        login = QStringLiteral("%1-%2").arg(base).arg(n);
    return login;
}

std::optional<QString> askPassword(QWidget *parent, const QString &login)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(AccountEditor::tr("Set Password"));
    auto *password = new QLineEdit;
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit;
    repeat->setObjectName(QStringLiteral("repeat"));
    repeat->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(AccountEditor::tr("The password %1 logs in to the agent console "
                                              "with (only a salted hash is kept).")
                                    .arg(login)));
    form->addRow(AccountEditor::tr("&Password:"), password);
    form->addRow(AccountEditor::tr("&Repeat:"), repeat);
    form->addRow(buttons);
    const auto check = [&] {
        buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(!password->text().isEmpty() && password->text() == repeat->text());
    };
    QObject::connect(password, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(repeat, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return password->text();
}

} // namespace

AccountEditor::AccountEditor(QString accountFile, network::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_file(accountFile.isEmpty() ? cloud::defaultAccountFile() : std::move(accountFile))
    , m_secrets(secrets)
    , m_askPassword(askPassword)
{
    setObjectName(QStringLiteral("accountEditor"));
    setWindowTitle(tr("Account"));
    resize(760, 560);

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("accountId"));
    m_id->setToolTip(tr("The LiveEngage account number (digits): the visitor test page's siteid"));
    m_company = new QLineEdit;
    m_company->setObjectName(QStringLiteral("companyName"));
    m_company->setToolTip(tr("The company name the account shows"));
    auto *head = new QFormLayout;
    head->addRow(tr("Account &number:"), m_id);
    head->addRow(tr("&Company:"), m_company);
    auto *file = new QLabel(tr("Saved to %1").arg(m_file));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addRow(QString(), file);

    m_skills = makeTable(QStringLiteral("skills"), {tr("Id"), tr("Name")},
                         tr("Skills: where conversations queue and which agents they ring"));
    m_users = makeTable(QStringLiteral("users"),
                        {tr("Login name"), tr("Nickname"), tr("Type"), tr("Skills"),
                         tr("Max chats"), tr("Password / API key")},
                        tr("Users: human agents log in with a password, Bot users with their "
                           "API key. Skills are names separated by commas; max chats empty for "
                           "unlimited"));
    m_campaigns = makeTable(QStringLiteral("campaigns"), {tr("Name"), tr("Entry skill")},
                            tr("Campaigns: a visitor's new conversation enters on the "
                               "campaign's skill"));
    for (QTableWidget *table : {m_skills, m_users, m_campaigns})
        connect(table, &QTableWidget::cellChanged, this,
                [this, table](int row, int column) { tableEdited(table, row, column); });

    auto button = [this](const QString &name, const QString &text, const QString &tip,
                         const QString &icon, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        if (!icon.isEmpty())
            b->setIcon(studioIcon(icon));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto page = [](QTableWidget *table, const QList<QPushButton *> &buttons) {
        auto *w = new QWidget;
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch();
        auto *layout = new QVBoxLayout(w);
        layout->addWidget(table);
        layout->addLayout(row);
        return w;
    };
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(page(m_skills, {button(QStringLiteral("addSkill"), tr("Add &Skill"),
                                          tr("Add a skill with the next free id"),
                                          QStringLiteral("new"), [this] { addSkill(); }),
                                   button(QStringLiteral("removeSkill"), tr("Remove"),
                                          tr("Remove the selected skill (when nothing uses it)"),
                                          QStringLiteral("delete"), [this] { removeSelected(); })}),
                   tr("S&kills"));
    m_keys = button(QStringLiteral("generateKeys"), tr("&Generate API Key..."),
                    tr("Generate the selected Bot user's four OAuth keys: stored in the secret "
                       "store and shown once"),
                    QString(), [this] { generateKeys(); });
    m_password = button(QStringLiteral("setPassword"), tr("Set &Password..."),
                        tr("Set the selected human agent's password"), QString(),
                        [this] { setPassword(); });
    m_tabs->addTab(
            page(m_users,
                 {button(QStringLiteral("addHuman"), tr("Add &Human Agent"),
                         tr("Add a human agent (it needs a password)"), QStringLiteral("new"),
                         [this] { addUser(cloud::UserType::Human); }),
                  button(QStringLiteral("addBot"), tr("Add &Bot User"),
                         tr("Add a Bot user (a bot agent logs in as it with its API key)"),
                         QStringLiteral("bot"), [this] { addUser(cloud::UserType::Bot); }),
                  m_password, m_keys,
                  button(QStringLiteral("removeUser"), tr("Remove"), tr("Remove the selected user"),
                         QStringLiteral("delete"), [this] { removeSelected(); })}),
            tr("&Users"));
    m_tabs->addTab(
            page(m_campaigns, {button(QStringLiteral("addCampaign"), tr("Add C&ampaign"),
                                      tr("Add a campaign entering on the first skill"),
                                      QStringLiteral("new"), [this] { addCampaign(); }),
                               button(QStringLiteral("removeCampaign"), tr("Remove"),
                                      tr("Remove the selected campaign"), QStringLiteral("delete"),
                                      [this] { removeSelected(); })}),
            tr("Ca&mpaigns"));

    m_problemList = new QListWidget;
    m_problemList->setObjectName(QStringLiteral("problems"));
    m_problemList->setToolTip(tr("What is wrong with the account, where"));
    m_problemList->setMaximumHeight(90);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    QAction *undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("accountUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(studioIcon(QStringLiteral("undo")));
    QAction *redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("accountRedo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence(tr("Ctrl+Shift+Z"))});
    redo->setIcon(studioIcon(QStringLiteral("redo")));
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    auto *undoButton = new QToolButton;
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton;
    redoButton->setDefaultAction(redo);

    m_save = new QPushButton(studioIcon(QStringLiteral("save")), tr("&Save"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the account file (the local cloud follows it at once)"));
    connect(m_save, &QPushButton::clicked, this, &AccountEditor::save);
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch();
    bottom->addWidget(m_save);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new QLabel(tr("Problems:")));
    layout->addWidget(m_problemList);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        cloud::Account after = m_account;
        after.id = text.trimmed();
        if (after != m_account)
            m_undo.push(new AccountEditCommand(this, m_account, after, tr("Change Account Number"),
                                               AccountNumber));
    });
    connect(m_company, &QLineEdit::textEdited, this, [this](const QString &text) {
        cloud::Account after = m_account;
        after.companyName = text;
        if (after != m_account)
            m_undo.push(new AccountEditCommand(this, m_account, after, tr("Change Company"),
                                               CompanyName));
    });
    // Any other edit ends the typing that merges.
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &AccountEditor::refresh);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] {
        setWindowModified(isModified());
        setWindowTitle(tr("Account %1[*]").arg(m_account.id));
    });
    reload();
}

AccountEditor::~AccountEditor()
{
    silenceForTeardown(this);
}

void AccountEditor::reload()
{
    cloud::Account account;
    if (QFile::exists(m_file)) {
        document::Result<cloud::LoadedAccount> loaded = cloud::loadAccountFile(m_file);
        if (!loaded) {
            m_message->setText(
                    tr("The account file cannot be read: %1").arg(loaded.error().toString()));
        } else {
            account = loaded->account;
            m_message->clear();
        }
    } else {
        m_message->setText(tr("There is no account file yet: fill in the account and save it."));
    }
    m_undo.clear();
    apply(account);
    setWindowTitle(tr("Account %1[*]").arg(m_account.id));
}

void AccountEditor::edit(const cloud::Account &after, const QString &text)
{
    if (after == m_account)
        return;
    m_undo.push(new AccountEditCommand(this, m_account, after, text, NoMerge));
}

void AccountEditor::apply(const cloud::Account &account)
{
    m_account = account;
    m_problems = cloud::validateAccount(m_account);
    if (m_id->text().trimmed() != m_account.id)
        m_id->setText(m_account.id);
    if (m_company->text() != m_account.companyName)
        m_company->setText(m_account.companyName);
    fillTables();
    refresh();
}

void AccountEditor::fillTables()
{
    const QScopedValueRollback filling(m_filling, true);
    const int userRow = m_users->currentRow();
    m_skills->setRowCount(int(m_account.skills.size()));
    for (int r = 0; r < m_account.skills.size(); ++r) {
        const cloud::Skill &s = m_account.skills.at(r);
        m_skills->setItem(r, 0, item(QString::number(s.id), false));
        m_skills->setItem(r, 1, item(s.name));
    }
    m_users->setRowCount(int(m_account.users.size()));
    for (int r = 0; r < m_account.users.size(); ++r) {
        const cloud::User &u = m_account.users.at(r);
        QStringList skills;
        for (qint64 id : u.skills) {
            const cloud::Skill *s = m_account.skill(id);
            skills.append(s ? s->name : QString::number(id));
        }
        const bool bot = u.type == cloud::UserType::Bot;
        QString credential;
        if (bot) {
            const cloud::KeyNames names = m_account.keyNames(u);
            const bool stored = m_secrets && m_secrets->value(names.appKey).has_value();
            credential = stored ? tr("API key generated") : tr("no API key yet");
        } else {
            credential = u.password ? tr("password set") : tr("no password yet");
        }
        m_users->setItem(r, LoginColumn, item(u.loginName));
        m_users->setItem(r, NicknameColumn, item(u.nickname));
        m_users->setItem(r, TypeColumn, item(bot ? tr("Bot") : tr("Human"), false));
        m_users->setItem(r, SkillsColumn, item(skills.join(QStringLiteral(", "))));
        m_users->setItem(r, MaxChatsColumn,
                         item(u.maxChats ? QString::number(*u.maxChats) : QString()));
        m_users->setItem(r, CredentialColumn, item(credential, false));
    }
    if (userRow >= 0 && userRow < m_users->rowCount())
        m_users->setCurrentCell(userRow, 0);
    m_campaigns->setRowCount(int(m_account.campaigns.size()));
    for (int r = 0; r < m_account.campaigns.size(); ++r) {
        const cloud::Campaign &c = m_account.campaigns.at(r);
        const cloud::Skill *s = m_account.skill(c.entrySkill);
        m_campaigns->setItem(r, 0, item(c.name));
        m_campaigns->setItem(r, 1, item(s ? s->name : QString::number(c.entrySkill)));
    }
    m_users->resizeColumnsToContents();
    m_users->horizontalHeader()->setStretchLastSection(true);
}

void AccountEditor::refresh()
{
    m_problemList->clear();
    for (const cloud::AccountProblem &p : std::as_const(m_problems)) {
        auto *row = new QListWidgetItem(p.toString(), m_problemList);
        row->setIcon(style()->standardIcon(p.severity == cloud::AccountProblem::Severity::Error
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxWarning));
    }
    if (m_problems.isEmpty())
        m_problemList->addItem(tr("No problems."));
    const bool errors = cloud::firstError(m_problems).has_value();
    m_save->setEnabled(!errors);
    const QString login = selectedLogin();
    const cloud::User *user = m_account.userByLogin(login);
    m_keys->setEnabled(user && user->type == cloud::UserType::Bot && m_secrets);
    m_password->setEnabled(user && user->type == cloud::UserType::Human && m_hashing == 0);
}

QString AccountEditor::selectedLogin() const
{
    const int row = m_users->currentRow();
    return row >= 0 && row < m_account.users.size() ? m_account.users.at(row).loginName : QString();
}

void AccountEditor::tableEdited(QTableWidget *table, int row, int column)
{
    if (m_filling)
        return;
    const QString text = table->item(row, column)->text().trimmed();
    cloud::Account after = m_account;
    QString undoText;
    QString refusal;
    if (table == m_skills) {
        after.skills[row].name = text;
        undoText = tr("Rename Skill");
    } else if (table == m_users) {
        cloud::User &u = after.users[row];
        switch (column) {
        case LoginColumn:
            u.loginName = text;
            undoText = tr("Change Login Name");
            break;
        case NicknameColumn:
            u.nickname = text;
            u.name = text;
            undoText = tr("Change Nickname");
            break;
        case SkillsColumn: {
            u.skills.clear();
            for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
                const cloud::Skill *s = m_account.findSkill(name.trimmed());
                if (!s) {
                    refusal = tr("There is no skill \u201c%1\u201d: add it on the Skills page "
                                 "first.")
                                      .arg(name.trimmed());
                    break;
                }
                u.skills.append(s->id);
            }
            undoText = tr("Change Skills");
            break;
        }
        case MaxChatsColumn: {
            if (text.isEmpty()) {
                u.maxChats.reset();
            } else {
                bool ok = false;
                const int n = text.toInt(&ok);
                if (!ok)
                    refusal = tr("Max chats is a number (empty for unlimited).");
                else
                    u.maxChats = n;
            }
            undoText = tr("Change Max Chats");
            break;
        }
        default:
            return;
        }
    } else if (table == m_campaigns) {
        cloud::Campaign &c = after.campaigns[row];
        if (column == 0) {
            c.name = text;
            undoText = tr("Rename Campaign");
        } else {
            const cloud::Skill *s = m_account.findSkill(text);
            if (!s)
                refusal = tr("There is no skill \u201c%1\u201d: add it on the Skills page first.")
                                  .arg(text);
            else
                c.entrySkill = s->id;
            undoText = tr("Change Entry Skill");
        }
    }
    // The table is still committing the cell: change its items once that is done.
    QMetaObject::invokeMethod(
            this,
            [this, after, undoText, refusal] {
                m_message->setText(refusal);
                if (!refusal.isEmpty() || after == m_account)
                    fillTables(); // back to what the account holds
                else
                    edit(after, undoText);
            },
            Qt::QueuedConnection);
}

void AccountEditor::addSkill()
{
    cloud::Account after = m_account;
    const qint64 id = after.nextSkillId();
    QString name = tr("skill-%1").arg(id);
    after.skills.append({id, name, {}});
    edit(after, tr("Add Skill"));
    m_tabs->setCurrentIndex(0);
    m_skills->setCurrentCell(int(m_account.skills.size()) - 1, 1);
    m_skills->setFocus();
}

void AccountEditor::addUser(cloud::UserType type)
{
    cloud::Account after = m_account;
    cloud::User user;
    user.type = type;
    user.loginName = uniqueLogin(after, type == cloud::UserType::Bot ? QStringLiteral("new-bot")
                                                                     : QStringLiteral("new-agent"));
    user.nickname = user.loginName;
    user.name = user.loginName;
    if (type == cloud::UserType::Human)
        user.maxChats = 4;
    after.addUser(user);
    edit(after, type == cloud::UserType::Bot ? tr("Add Bot User") : tr("Add Human Agent"));
    m_users->setCurrentCell(int(m_account.users.size()) - 1, LoginColumn);
    m_users->setFocus();
}

void AccountEditor::addCampaign()
{
    cloud::Account after = m_account;
    cloud::Campaign c;
    c.id = after.nextCampaignId();
    c.engagementId = after.nextEngagementId();
    c.name = tr("Campaign %1").arg(c.id);
    c.entrySkill = after.skills.isEmpty() ? 0 : after.skills.constFirst().id;
    after.campaigns.append(c);
    edit(after, tr("Add Campaign"));
    m_campaigns->setCurrentCell(int(m_account.campaigns.size()) - 1, 0);
}

void AccountEditor::removeSelected()
{
    cloud::Account after = m_account;
    switch (m_tabs->currentIndex()) {
    case 0: {
        const int row = m_skills->currentRow();
        if (row < 0 || row >= after.skills.size())
            return;
        const QStringList users = m_account.skillUsers(after.skills.at(row).id);
        if (!users.isEmpty()) {
            m_message->setText(
                    tr("The skill %1 is used by %2: take it from them first.")
                            .arg(after.skills.at(row).name, users.join(QStringLiteral(", "))));
            return;
        }
        after.skills.removeAt(row);
        edit(after, tr("Remove Skill"));
        break;
    }
    case 1: {
        const QString login = selectedLogin();
        if (login.isEmpty() || !after.removeUser(login))
            return;
        edit(after, tr("Remove User"));
        break;
    }
    case 2: {
        const int row = m_campaigns->currentRow();
        if (row < 0 || row >= after.campaigns.size())
            return;
        after.campaigns.removeAt(row);
        edit(after, tr("Remove Campaign"));
        break;
    }
    default:
        break;
    }
}

void AccountEditor::setPassword()
{
    const QString login = selectedLogin();
    const cloud::User *user = m_account.userByLogin(login);
    if (!user || user->type != cloud::UserType::Human)
        return;
    const std::optional<QString> password = m_askPassword(this, login);
    if (!password)
        return;
    // The hash takes tens of milliseconds on purpose: it is made off the GUI thread, and the
    // edit (one undo step) is pushed when it is ready, for the user of that login then.
    ++m_hashing;
    m_password->setEnabled(false);
    m_message->setText(tr("Setting the password of %1\u2026").arg(login));
    QThreadPool::globalInstance()->start(
            [self = QPointer<AccountEditor>(this), login, password = *password] {
                cloud::PasswordHash hash = cloud::hashPassword(password);
                QMetaObject::invokeMethod(
                        qApp,
                        [self, login, hash = std::move(hash)] {
                            if (self)
                                self->passwordHashed(login, hash);
                        },
                        Qt::QueuedConnection);
            });
}

void AccountEditor::passwordHashed(const QString &login, const cloud::PasswordHash &hash)
{
    --m_hashing;
    refresh();
    const cloud::User *user = m_account.userByLogin(login);
    if (!user || user->type != cloud::UserType::Human) {
        m_message->setText(tr("The password was not set: %1 is no longer a human agent of the "
                              "account.")
                                   .arg(login));
        return;
    }
    cloud::Account after = m_account;
    after.users[int(user - m_account.users.constData())].password = hash;
    edit(after, tr("Set Password"));
    m_message->setText(tr("The password of %1 is set.").arg(login));
}

void AccountEditor::generateKeys()
{
    const QString login = selectedLogin();
    const cloud::User *user = m_account.userByLogin(login);
    if (!user || user->type != cloud::UserType::Bot || !m_secrets)
        return;
    const cloud::KeyNames names = m_account.keyNames(*user);
    if (m_secrets->value(names.appKey).has_value()
        && QMessageBox::question(this, tr("Generate API Key"),
                                 tr("%1 has an API key. A new one replaces it: agents that log "
                                    "in with the old keys are refused.")
                                         .arg(login),
                                 QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Ok)
        return;
    const cloud::OAuthKeys keys = cloud::generateOAuthKeys();
    if (const document::Result<void> stored = cloud::storeOAuthKeys(*m_secrets, names, keys);
        !stored) {
        m_message->setText(tr("The keys could not be stored: %1").arg(stored.error().message));
        return;
    }
    fillTables();
    showKeysOnce(login, keys);
}

void AccountEditor::showKeysOnce(const QString &login, const cloud::OAuthKeys &keys)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("keysDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API Key of %1").arg(login));
    auto *form = new QFormLayout(dialog);
    auto *note = new QLabel(tr("The four keys of %1 are in the secret store now. They are shown "
                               "only this once: copy them if a client other than the studio "
                               "needs them.")
                                    .arg(login));
    note->setWordWrap(true);
    form->addRow(note);
    const auto row
            = [dialog, form](const QString &name, const QString &label, const QString &value) {
                  auto *edit = new QLineEdit(value);
                  edit->setObjectName(name);
                  edit->setReadOnly(true);
                  auto *copy = new QToolButton;
                  copy->setObjectName(name + QStringLiteral("Copy"));
                  copy->setText(tr("Copy"));
                  copy->setToolTip(tr("Copy the %1 to the clipboard").arg(label));
                  connect(copy, &QToolButton::clicked, dialog,
                          [value] { QApplication::clipboard()->setText(value); });
                  auto *line = new QHBoxLayout;
                  line->addWidget(edit, 1);
                  line->addWidget(copy);
                  form->addRow(label + u':', line);
              };
    row(QStringLiteral("appKey"), tr("App key"), keys.appKey);
    row(QStringLiteral("secret"), tr("Secret"), keys.secret);
    row(QStringLiteral("accessToken"), tr("Access token"), keys.accessToken);
    row(QStringLiteral("accessTokenSecret"), tr("Access token secret"), keys.accessTokenSecret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    form->addRow(buttons);
    dialog->open();
}

bool AccountEditor::save()
{
    const document::Result<void> saved = cloud::saveAccountFile(m_account, m_file);
    if (!saved) {
        m_message->setText(tr("The account was not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_undo.setClean();
    m_message->setText(tr("Saved to %1.").arg(m_file));
    return true;
}

void AccountEditor::closeEvent(QCloseEvent *event)
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
                this, tr("Account"), tr("Save the changes to the account?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard)
            reload();
    }
    event->accept();
}

} // namespace dialogsmith::ui
