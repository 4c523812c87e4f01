// The Account editor through its real widgets offscreen: it reads the account file, every edit
// is one step of its own undo stack (Ctrl+Z / Ctrl+Y), problems show as typed with the account
// file's located messages, passwords are set through their dialog, a Bot user's keys are
// generated into the secret store and shown once, and Save writes the file atomically without
// any key in it.

#include "accounteditor.h"
#include "accountfile.h"
#include "cloudtesting.h"
#include "secretstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace dialogsmith;
using namespace dialogsmith::cloud::testing;
using dialogsmith::ui::AccountEditor;

namespace {

QStringList problemTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

/// Runs `act` on the next modal dialog that opens (a message box or the password dialog).
void onNextModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

/// Edits a cell the way a user does: select it, F2, type, Return.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table->viewport(), Qt::Key_F2);
    auto *line = table->viewport()->findChild<QLineEdit *>();
    QVERIFY2(line && line->isVisible(), "no cell editor");
    line->selectAll();
    QTest::keyClicks(line, text);
    QPointer<QLineEdit> open(line);
    QTest::keyClick(line, Qt::Key_Return);
    // The view commits the cell and closes its editor later; the account editor applies the
    // edit once the cell is committed.
    QTRY_VERIFY(open.isNull());
    QCoreApplication::processEvents();
}

} // namespace

class tst_AccountEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheAccountFile();
    void typingIsValidatedAndUndoneInOneStep();
    void cellEditsAreUndoableAndRefusedWhenWrong();
    void humanAgentNeedsAPassword();
    void generatedKeysAreStoredAndShownOnce();
    void savesAtomicallyWithoutKeys();
    void withoutAFileStartsEmpty();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_editor->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_file;
    std::unique_ptr<network::SecretStore> m_secrets;
    std::unique_ptr<AccountEditor> m_editor;
};

void tst_AccountEditor::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_file = m_tmp->filePath(QStringLiteral("account.json"));
    QVERIFY(cloud::saveAccountFile(seedAccountFile(), m_file).ok());
    network::SecretStore::Options options;
    options.directory = m_tmp->filePath(QStringLiteral("secrets"));
    options.backend = network::SecretStore::Backend::FileOnly;
    options.environment = false;
    m_secrets = std::make_unique<network::SecretStore>(options);
    m_editor = std::make_unique<AccountEditor>(m_file, m_secrets.get());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void tst_AccountEditor::cleanup()
{
    m_editor.reset();
    m_secrets.reset();
    m_tmp.reset();
}

void tst_AccountEditor::showsTheAccountFile()
{
    QCOMPARE(child<QLineEdit>("accountId")->text(), QStringLiteral("12345678"));
    QCOMPARE(child<QLineEdit>("companyName")->text(), QStringLiteral("Acme"));
    auto *skills = child<QTableWidget>("skills");
    QCOMPARE(skills->rowCount(), 3);
    QCOMPARE(skills->item(2, 1)->text(), QStringLiteral("billing"));
    auto *users = child<QTableWidget>("users");
    QCOMPARE(users->rowCount(), 4);
    QCOMPARE(users->item(0, 0)->text(), QStringLiteral("routing-bot"));
    QCOMPARE(users->item(0, 2)->text(), QStringLiteral("Bot"));
    QCOMPARE(users->item(0, 5)->text(), QStringLiteral("no API key yet"));
    QCOMPARE(users->item(3, 3)->text(), QStringLiteral("billing"));
    QCOMPARE(users->item(1, 5)->text(), QStringLiteral("password set"));
    QCOMPARE(child<QTableWidget>("campaigns")->item(0, 1)->text(), QStringLiteral("routing-bot"));
    QVERIFY(!m_editor->isModified());
    QVERIFY(!skills->toolTip().isEmpty());
}

void tst_AccountEditor::typingIsValidatedAndUndoneInOneStep()
{
    auto *id = child<QLineEdit>("accountId");
    auto *problems = child<QListWidget>("problems");
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("8765x"));
    QCOMPARE(m_editor->account().id, QStringLiteral("8765x"));
    QVERIFY2(problemTexts(problems).contains(
                     QStringLiteral("accountId: the account number must be digits, found "
                                    "\"8765x\"")),
             qPrintable(problemTexts(problems).join(u'|')));
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QTest::keyClick(id, Qt::Key_Backspace);
    QVERIFY(problemTexts(problems).contains(QStringLiteral("No problems.")));
    QVERIFY(child<QPushButton>("save")->isEnabled());

    // The typing is one step: Ctrl+Z (from the tables, where the line edit's own undo does not
    // take it) brings the file's number back, Ctrl+Y the typed one.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    child<QTableWidget>("skills")->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(QStringLiteral("Ctrl+Z")));
    QCOMPARE(id->text(), QStringLiteral("12345678"));
    QVERIFY(!m_editor->isModified());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(QStringLiteral("Ctrl+Y")));
    QCOMPARE(id->text(), QStringLiteral("8765"));
}

void tst_AccountEditor::cellEditsAreUndoableAndRefusedWhenWrong()
{
    auto *skills = child<QTableWidget>("skills");
    auto *users = child<QTableWidget>("users");
    editCell(skills, 1, 1, QStringLiteral("people"));
    QCOMPARE(m_editor->account().skills.at(1).name, QStringLiteral("people"));
    QCOMPARE(users->item(1, 3)->text(), QStringLiteral("people")); // ana's skill, renamed

    // A skill that does not exist is refused with a sentence; nothing changes.
    const cloud::Account before = m_editor->account();
    child<QTabWidget>("tabs")->setCurrentIndex(1);
    editCell(users, 2, 3, QStringLiteral("billing, nosuch"));
    QCOMPARE(m_editor->account(), before);
    QCOMPARE(child<QLabel>("message")->text(),
             QStringLiteral("There is no skill \u201cnosuch\u201d: add it on the Skills page "
                            "first."));
    QCOMPARE(users->item(2, 3)->text(), QStringLiteral("billing"));

    // Ben takes both skills; max chats 0 is an error, located.
    editCell(users, 2, 3, QStringLiteral("billing, people"));
    QCOMPARE(m_editor->account().users.at(2).skills, (QList<qint64>{1003, 1002}));
    editCell(users, 2, 4, QStringLiteral("0"));
    QVERIFY(problemTexts(child<QListWidget>("problems"))
                    .contains(QStringLiteral("users[2].maxChats: max chats must be at least 1 "
                                             "(or \"unlimited\"), found 0")));

    QUndoStack *undo = m_editor->undoStack();
    QCOMPARE(undo->count(), 3);
    undo->undo();
    QCOMPARE(users->item(2, 4)->text(), QStringLiteral("4"));
    undo->undo();
    QCOMPARE(users->item(2, 3)->text(), QStringLiteral("billing"));
    undo->undo();
    QCOMPARE(skills->item(1, 1)->text(), QStringLiteral("human"));
    QVERIFY(!m_editor->isModified());
}

void tst_AccountEditor::humanAgentNeedsAPassword()
{
    child<QTabWidget>("tabs")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>("addHuman"), Qt::LeftButton);
    auto *users = child<QTableWidget>("users");
    QCOMPARE(users->rowCount(), 5);
    QCOMPARE(users->item(4, 0)->text(), QStringLiteral("new-agent"));
    QCOMPARE(m_editor->account().users.at(4).id, QStringLiteral("5"));
    auto *problems = child<QListWidget>("problems");
    QVERIFY(problemTexts(problems).contains(
            QStringLiteral("users[4]: the Human user \"new-agent\" has no password")));
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QVERIFY(!child<QPushButton>("generateKeys")->isEnabled()); // not a Bot user

    // The password dialog: OK only when both fields agree.
    bool okWhileDifferent = true;
    onNextModal([&okWhileDifferent](QWidget *dialog) {
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("repeat"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(password, QStringLiteral("s3cret-pass"));
        QTest::keyClicks(repeat, QStringLiteral("s3cret"));
        okWhileDifferent = ok->isEnabled();
        QTest::keyClicks(repeat, QStringLiteral("-pass"));
        ok->click();
    });
    QTest::mouseClick(child<QPushButton>("setPassword"), Qt::LeftButton);
    QVERIFY(!okWhileDifferent);
    // The hash is made off the GUI thread: the account changes once it is ready, in one step.
    QVERIFY(!m_editor->account().users.at(4).password.has_value());
    QVERIFY(!child<QPushButton>("setPassword")->isEnabled());
    const int steps = m_editor->undoStack()->count();
    QTRY_VERIFY(m_editor->account().users.at(4).password.has_value());
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QVERIFY(child<QPushButton>("setPassword")->isEnabled());
    const cloud::User &agent = m_editor->account().users.at(4);
    QVERIFY(cloud::verifyPassword(*agent.password, QStringLiteral("s3cret-pass")));
    QCOMPARE(users->item(4, 5)->text(), QStringLiteral("password set"));
    QVERIFY(problemTexts(problems).contains(QStringLiteral("No problems.")));
    m_editor->undoStack()->undo();
    QVERIFY(!m_editor->account().users.at(4).password.has_value());
}

void tst_AccountEditor::generatedKeysAreStoredAndShownOnce()
{
    child<QTabWidget>("tabs")->setCurrentIndex(1);
    auto *users = child<QTableWidget>("users");
    users->setCurrentCell(0, 0); // routing-bot
    QVERIFY(child<QPushButton>("generateKeys")->isEnabled());
    QVERIFY(!child<QPushButton>("setPassword")->isEnabled());
    QTest::mouseClick(child<QPushButton>("generateKeys"), Qt::LeftButton);

    auto *dialog = m_editor->findChild<QDialog *>(QStringLiteral("keysDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const cloud::KeyNames names = cloud::keyNames(QStringLiteral("12345678"), "routing-bot");
    const QList<std::pair<QString, QString>> fields{{"appKey", names.appKey},
                                                    {"secret", names.secret},
                                                    {"accessToken", names.accessToken},
                                                    {"accessTokenSecret", names.accessTokenSecret}};
    QStringList shown;
    for (const auto &[field, secretName] : fields) {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        QVERIFY(edit->isReadOnly());
        QVERIFY(!edit->text().isEmpty());
        QCOMPARE(m_secrets->value(secretName), std::optional<QString>(edit->text()));
        shown.append(edit->text());
        // Its copy button puts it on the clipboard.
        QTest::mouseClick(dialog->findChild<QToolButton *>(field + QStringLiteral("Copy")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), edit->text());
    }
    QCOMPARE(shown.at(0).size(), 32);
    QCOMPARE(shown.at(1).size(), 16);
    QCOMPARE(users->item(0, 5)->text(), QStringLiteral("API key generated"));
    // Generating keys is not an account edit and writes nothing to the account.
    QCOMPARE(m_editor->undoStack()->count(), 0);

    // Closed, the keys are gone from the editor.
    QPointer<QDialog> gone(dialog);
    dialog->close();
    QTRY_VERIFY(gone.isNull());
    for (QLineEdit *edit : m_editor->findChildren<QLineEdit *>()) {
        for (const QString &key : std::as_const(shown))
            QVERIFY(!edit->text().contains(key));
    }

    // Again: asked first; cancelled, the stored keys stay.
    QString asked;
    onNextModal([&asked](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(child<QPushButton>("generateKeys"), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("replaces")));
    QCOMPARE(m_secrets->value(names.appKey), std::optional<QString>(shown.at(0)));
    QVERIFY(!m_editor->findChild<QDialog *>(QStringLiteral("keysDialog")));
}

void tst_AccountEditor::savesAtomicallyWithoutKeys()
{
    child<QTabWidget>("tabs")->setCurrentIndex(1);
    child<QTableWidget>("users")->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>("generateKeys"), Qt::LeftButton);
    auto *dialog = m_editor->findChild<QDialog *>(QStringLiteral("keysDialog"));
    QVERIFY(dialog);
    const QString appKey = dialog->findChild<QLineEdit *>(QStringLiteral("appKey"))->text();
    dialog->close();

    QTest::mouseClick(child<QPushButton>("addSkill"), Qt::LeftButton);
    QCOMPARE(m_editor->account().skills.constLast().id, 1004);
    QVERIFY(m_editor->isModified());
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(child<QLabel>("message")->text(), QStringLiteral("Saved to %1.").arg(m_file));

    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(appKey.toUtf8()));
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    const auto loaded = cloud::loadAccountFile(m_file);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->account, m_editor->account());
}

void tst_AccountEditor::withoutAFileStartsEmpty()
{
    const QString file = m_tmp->filePath(QStringLiteral("new/account.json"));
    AccountEditor editor(file, m_secrets.get());
    editor.show();
    QCOMPARE(editor.account().users.size(), 0);
    auto *message = editor.findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY(message->text().startsWith(QStringLiteral("There is no account file yet")));
    auto *id = editor.findChild<QLineEdit *>(QStringLiteral("accountId"));
    id->setFocus();
    QTest::keyClicks(id, QStringLiteral("55555555"));
    QVERIFY(editor.save());
    QVERIFY(QFile::exists(file));
    QCOMPARE(cloud::loadAccountFile(file)->account.id, QStringLiteral("55555555"));
}

QTEST_MAIN(tst_AccountEditor)
#include "tst_accounteditor.moc"
