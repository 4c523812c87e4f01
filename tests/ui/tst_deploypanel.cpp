// The Deploy panel, driven through its real widgets offscreen: the bot agent's fields edit the
// document through undoable commands; Deploy / Start / Stop on the embedded cloud show the live
// status; Production asks first; every refusal (cloud not running, keys missing or refused,
// unknown login name, not a Bot user, no such account) shows as one sentence.

#include "accountfile.h"
#include "botdocument.h"
#include "cloudtesting.h"
#include "deployments.h"
#include "deploypanel.h"
#include "embeddedcloud.h"
#include "projectfile.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dialogsmith;
using namespace dialogsmith::cloud::testing;
using dialogsmith::ui::DeployPanel;

namespace {

const QString kAccount = QStringLiteral("12345678");

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

/// The seed secrets plus `extra`.
cloud::EmbeddedCloud::SecretLookup lookup(const QHash<QString, QString> &extra = {})
{
    QHash<QString, QString> secrets = seedSecrets();
    secrets.insert(extra);
    return [secrets](const QString &name) -> std::optional<QString> {
        const auto it = secrets.constFind(name);
        return it == secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    };
}

/// Types `text` into `edit` in place of what it holds and presses Return.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Clicks `button` of the next message box that opens; `asked` gets its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *asked)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class tst_DeployPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheBotsAgentAndEditsItUndoably();
    void addsAndRemovesAgents();
    void closingCommitsNoEdit();
    void deploysStartsAndStopsWithTheLiveStatus();
    void productionAsksFirst();
    void withoutAnAccountFileTheCloudCannotRun();
    void startAndStopNeedARunningCloud();
    void refusalsShowAsOneSentence_data();
    void refusalsShowAsOneSentence();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void makePanel(cloud::EmbeddedCloud::SecretLookup secrets, const QString &accountFile = {});

    QTemporaryDir m_tmp;
    QString m_accountFile;
    std::unique_ptr<document::BotDocument> m_document;
    std::unique_ptr<cloud::EmbeddedCloud> m_cloud;
    std::unique_ptr<DeployPanel> m_panel;
};

void tst_DeployPanel::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_accountFile = m_tmp.filePath(QStringLiteral("account.json"));
    QVERIFY(cloud::saveAccountFile(seedAccountFile(), m_accountFile).ok());
}

void tst_DeployPanel::init()
{
    m_document = std::make_unique<document::BotDocument>();
    auto loaded = format::loadBotFile(routingBot());
    QVERIFY(loaded.ok());
    m_document->load(loaded->bot, routingBot());
}

void tst_DeployPanel::cleanup()
{
    m_panel.reset();
    m_cloud.reset();
    m_document.reset();
}

void tst_DeployPanel::makePanel(cloud::EmbeddedCloud::SecretLookup secrets,
                                const QString &accountFile)
{
    m_cloud = std::make_unique<cloud::EmbeddedCloud>(
            accountFile.isEmpty() ? m_accountFile : accountFile, std::move(secrets));
    m_panel = std::make_unique<DeployPanel>(m_document.get(), m_cloud.get());
    m_panel->resize(520, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_DeployPanel::showsTheBotsAgentAndEditsItUndoably()
{
    makePanel(lookup());
    auto *agents = child<QTreeWidget>("agents");
    QCOMPARE(agents->topLevelItemCount(), 1);
    QCOMPARE(agents->topLevelItem(0)->text(0), QStringLiteral("routing-bot"));
    QCOMPARE(agents->topLevelItem(0)->text(1), kAccount);
    QCOMPARE(agents->topLevelItem(0)->text(2), QStringLiteral("Not deployed"));
    auto *login = child<QLineEdit>("loginName");
    auto *account = child<QLineEdit>("accountNumber");
    QCOMPARE(login->text(), QStringLiteral("routing-bot"));
    QCOMPARE(account->text(), kAccount);
    QCOMPARE(child<QLineEdit>("appKeyName")->text(),
             QStringLiteral("lp12345678_routing_bot_appKey"));
    QVERIFY(!login->toolTip().isEmpty());

    const auto agent = [this] {
        return m_document->bot().enterpriseIntegrations.constFirst().agents.constFirst();
    };
    QUndoStack *undo = m_document->undoStack();
    const int steps = undo->count();
    retype(login, QStringLiteral("sales-bot"));
    QCOMPARE(agent().loginName, QStringLiteral("sales-bot"));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(agents->topLevelItem(0)->text(0), QStringLiteral("sales-bot"));

    // The account number takes digits only.
    retype(account, QStringLiteral("87x65"));
    QCOMPARE(agent().accountNumber, QStringLiteral("8765"));

    // The key names follow the account's naming when asked.
    QTest::mouseClick(child<QPushButton>("standardKeyNames"), Qt::LeftButton);
    QCOMPARE(agent().keyNames.appKey, QStringLiteral("lp8765_sales_bot_appKey"));
    QCOMPARE(child<QLineEdit>("accessTokenSecretName")->text(),
             QStringLiteral("lp8765_sales_bot_accessTokenSecret"));

    // Each edit is one undo step, and the fields follow the document back.
    undo->undo();
    QCOMPARE(child<QLineEdit>("appKeyName")->text(),
             QStringLiteral("lp12345678_routing_bot_appKey"));
    undo->undo();
    QCOMPARE(account->text(), kAccount);
    undo->undo();
    QCOMPARE(login->text(), QStringLiteral("routing-bot"));
    QCOMPARE(undo->count() - undo->index(), 3);
    undo->redo();
    QCOMPARE(login->text(), QStringLiteral("sales-bot"));
}

void tst_DeployPanel::addsAndRemovesAgents()
{
    makePanel(lookup());
    auto *agents = child<QTreeWidget>("agents");
    QTest::mouseClick(child<QToolButton>("addAgent"), Qt::LeftButton);
    QCOMPARE(m_document->bot().enterpriseIntegrations.constFirst().agents.size(), 2);
    QCOMPARE(agents->topLevelItemCount(), 2);
    // The new agent is selected, its account number focused.
    const QString added = m_document->bot().enterpriseIntegrations.constFirst().agents.at(1).id;
    QCOMPARE(m_panel->currentAgentId(), added);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("accountNumber"));
    QCOMPARE(child<QLineEdit>("loginName")->text(), QString());

    QTest::mouseClick(child<QToolButton>("removeAgent"), Qt::LeftButton);
    QCOMPARE(agents->topLevelItemCount(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(agents->topLevelItemCount(), 2);
}

void tst_DeployPanel::closingCommitsNoEdit()
{
    // A line edit reports editingFinished when it loses the focus, and it loses the focus when
    // the panel's window closes, after the panel's own destructor ran: closing must not edit the
    // bot through the half-destroyed panel.
    makePanel(lookup());
    auto *login = child<QLineEdit>("loginName");
    login->setFocus();
    QTRY_VERIFY(login->hasFocus());
    login->selectAll();
    QTest::keyClicks(login, QStringLiteral("typed-not-committed"));
    const int steps = m_document->undoStack()->count();

    m_panel.reset();
    QCOMPARE(m_document->undoStack()->count(), steps);
    QCOMPARE(m_document->bot().enterpriseIntegrations.constFirst().agents.constFirst().loginName,
             QStringLiteral("routing-bot"));
}

void tst_DeployPanel::deploysStartsAndStopsWithTheLiveStatus()
{
    makePanel(lookup());
    auto *status = child<QLabel>("status");
    auto *start = child<QPushButton>("start");
    auto *stop = child<QPushButton>("stop");
    QVERIFY(!start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(child<QLabel>("cloudLabel")->text().contains(QStringLiteral("not running")));

    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    QVERIFY(m_cloud->isRunning());
    QVERIFY(child<QLabel>("cloudLabel")->text().contains(m_cloud->baseUrl().toString()));
    const cloud::Deployment *d = m_cloud->deployments()->deployment(kAccount, "routing-bot");
    QVERIFY(d);
    QCOMPARE(d->target, cloud::DeployTarget::Demo);
    QCOMPARE(d->bot.name, m_document->bot().name);
    QCOMPARE(status->text(), QStringLiteral("Status: Offline (Demo, 0 conversations)"));
    QVERIFY(start->isEnabled());

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE(status->text(), QStringLiteral("Status: Online (Demo, 0 conversations)"));
    QCOMPARE(child<QTreeWidget>("agents")->topLevelItem(0)->text(2), QStringLiteral("Online"));
    QVERIFY(stop->isEnabled());
    QVERIFY(!child<QPushButton>("deploy")->isEnabled()); // running: stop it first
    QVERIFY(child<QLabel>("error")->isHidden());

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(status->text(), QStringLiteral("Status: Offline (Demo, 0 conversations)"));
    QVERIFY(child<QPushButton>("deploy")->isEnabled());
}

void tst_DeployPanel::productionAsksFirst()
{
    makePanel(lookup());
    QTest::mouseClick(child<QRadioButton>("production"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>("production")->isChecked());

    // Cancelled: nothing is deployed, the cloud is not even started.
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("Production")), qPrintable(asked));
    QVERIFY(asked.contains(kAccount));
    QVERIFY(!m_cloud->isRunning());
    QCOMPARE(child<QLabel>("status")->text(), QStringLiteral("Status: not deployed"));

    // Confirmed: deployed to Production.
    asked.clear();
    answerNextMessageBox(QMessageBox::Yes, &asked);
    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QVERIFY(m_cloud->isRunning());
    QCOMPARE(m_cloud->deployments()->deployment(kAccount, "routing-bot")->target,
             cloud::DeployTarget::Production);
    QCOMPARE(child<QLabel>("status")->text(),
             QStringLiteral("Status: Offline (Production, 0 conversations)"));

    // Demo does not ask.
    QTest::mouseClick(child<QRadioButton>("demo"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    QCOMPARE(m_cloud->deployments()->deployment(kAccount, "routing-bot")->target,
             cloud::DeployTarget::Demo);
}

void tst_DeployPanel::withoutAnAccountFileTheCloudCannotRun()
{
    const QString missing = m_tmp.filePath(QStringLiteral("none/account.json"));
    makePanel(lookup(), missing);
    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    QVERIFY(!m_cloud->isRunning());
    auto *error = child<QLabel>("error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("There is no account file ") + missing),
             qPrintable(error->text()));
    QVERIFY(error->text().endsWith(u'.'));
}

void tst_DeployPanel::startAndStopNeedARunningCloud()
{
    makePanel(lookup());
    // Deployed once, then the cloud stops (the studio quit its cloud): Start says why.
    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    m_cloud->stop();
    QTRY_VERIFY(child<QPushButton>("start")->isEnabled() == false);
    m_panel->startAgent();
    QCOMPARE(child<QLabel>("error")->text(),
             QStringLiteral("The local cloud is not running: deploy the agent first."));
}

void tst_DeployPanel::refusalsShowAsOneSentence_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("keyPrefix");
    QTest::addColumn<bool>("keysStored");
    QTest::addColumn<QString>("expected");

    QTest::newRow("keys not generated")
            << kAccount << "routing-bot"
            << "missing" << false
            << "The bot user's API key is not in the secret store (missing_appKey, ";
    QTest::newRow("keys refused") << kAccount << "routing-bot"
                                  << "wrong" << true
                                  << "The OAuth keys for routing-bot were refused";
    QTest::newRow("unknown login name")
            << kAccount << "nobody"
            << "nobody" << true << "Unknown login name 'nobody' in account 12345678";
    QTest::newRow("not a Bot user") << kAccount << "carl"
                                    << "carl" << true << "not a Bot user";
    QTest::newRow("no such account") << "99999999"
                                     << "routing-bot"
                                     << "other" << true << "No such account: 99999999";
}

void tst_DeployPanel::refusalsShowAsOneSentence()
{
    QFETCH(QString, account);
    QFETCH(QString, login);
    QFETCH(QString, keyPrefix);
    QFETCH(bool, keysStored);
    QFETCH(QString, expected);

    // Keys stored under names of the test's own: wrong values for the cloud, except carl's.
    QHash<QString, QString> extra;
    const cloud::OAuthKeys given = login == QLatin1String("carl")
                                           ? keysOf(QStringLiteral("carl"))
                                           : keysOf(QStringLiteral("someone-else"));
    if (keysStored) {
        extra.insert(keyPrefix + QStringLiteral("_appKey"), given.appKey);
        extra.insert(keyPrefix + QStringLiteral("_secret"), given.secret);
        extra.insert(keyPrefix + QStringLiteral("_accessToken"), given.accessToken);
        extra.insert(keyPrefix + QStringLiteral("_accessTokenSecret"), given.accessTokenSecret);
    }
    makePanel(lookup(extra));
    retype(child<QLineEdit>("accountNumber"), account);
    retype(child<QLineEdit>("loginName"), login);
    retype(child<QLineEdit>("appKeyName"), keyPrefix + QStringLiteral("_appKey"));
    retype(child<QLineEdit>("secretName"), keyPrefix + QStringLiteral("_secret"));
    retype(child<QLineEdit>("accessTokenName"), keyPrefix + QStringLiteral("_accessToken"));
    retype(child<QLineEdit>("accessTokenSecretName"),
           keyPrefix + QStringLiteral("_accessTokenSecret"));

    QTest::mouseClick(child<QPushButton>("deploy"), Qt::LeftButton);
    QVERIFY(child<QLabel>("error")->isHidden());
    QTest::mouseClick(child<QPushButton>("start"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>("status")->text().startsWith(QStringLiteral("Status: Error")));
    auto *error = child<QLabel>("error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY2(error->text().endsWith(u'.'), qPrintable(error->text()));
    // One sentence: no line breaks, no technical dump.
    QVERIFY(!error->text().contains(u'\n'));
}

QTEST_MAIN(tst_DeployPanel)
#include "tst_deploypanel.moc"
