// "Send Test Request" of the integrations editor against a real HTTP server on 127.0.0.1.

#include "botdocument.h"
#include "integrationeditor.h"
#include "secretstore.h"
#include "testhttpserver.h"
#include "testrequestdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

using namespace dialogsmith;
using document::Integration;
using document::KeyValue;
using network::testing::TestHttpServer;
using ui::IntegrationEditor;
using ui::TestRequestDialog;

namespace {

const QString secretValue = QStringLiteral("s3cr3t-Value-42");

QString tableText(const QTableWidget *table)
{
    QStringList lines;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            if (const QTableWidgetItem *item = table->item(r, c))
                cells.append(item->text() + QLatin1Char('|') + item->toolTip());
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

/// `name` → value of the variables table.
QHash<QString, QString> variables(const TestRequestDialog &dialog)
{
    QHash<QString, QString> out;
    const QTableWidget *table = dialog.variablesTable();
    for (int r = 0; r < table->rowCount(); ++r)
        out.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
    return out;
}

/// Every text the dialog shows: labels, text views, tables, tooltips, the title.
QString everythingShown(const QWidget &dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        texts << l->text() << l->toolTip();
    for (const QTextEdit *e : dialog.findChildren<QTextEdit *>())
        texts << e->toPlainText();
    for (const QPlainTextEdit *e : dialog.findChildren<QPlainTextEdit *>())
        texts << e->toPlainText();
    for (const QTableWidget *t : dialog.findChildren<QTableWidget *>())
        texts << tableText(t);
    for (const QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
        if (e->echoMode() == QLineEdit::Normal)
            texts << e->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestTestRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void postWithTemplatesShowsTheAnswerAndTheVariables();
    void secretReachesTheServerButIsNeverShown();
    void refusedConnectionShowsTheSentence();
    void serverErrorShowsStatusAndFirstLine();
    void prettyBodyKeepsTheServersKeyOrder();
    void invalidRequestIsNotSent_data();
    void invalidRequestIsNotSent();
    void staysResponsiveWhileWaitingAndCancels();
    void closingWhileWaitingStopsTheRequest();
    void shortcutOpensTheDialogAndSamplesAreRemembered();
    void aSecretGoesToANewHostOnlyWhenTheUserSaysSo();

private:
    Integration integration(const QString &name) const;
    TestRequestDialog *open(const QString &name);
    bool sendAndWait(TestRequestDialog *dialog, int timeoutMs = 5000);

    QTemporaryDir m_config;
    TestHttpServer *m_server = nullptr;
    document::BotDocument *m_document = nullptr;
    IntegrationEditor *m_editor = nullptr;
};

void TestTestRequest::initTestCase()
{
    // Secrets come from the environment; no keychain, no file of the user's.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("DIALOGSMITH_KEYCHAIN", "off");
    qputenv("DIALOGSMITH_SECRET_apiKey", secretValue.toUtf8());
    // The test server's host is on the secret's list (aSecretGoesToANewHostOnlyWhenTheUserSaysSo
    // is about other hosts).
    QVERIFY(network::SecretStore()
                    .allowHost(QStringLiteral("apiKey"), QStringLiteral("127.0.0.1"))
                    .ok());
}

void TestTestRequest::init()
{
    m_server = new TestHttpServer;
    document::Bot bot;
    bot.id = QStringLiteral("test-bot");
    bot.name = QStringLiteral("Test bot");
    bot.secretNames = {QStringLiteral("apiKey")};
    bot.environments
            = {{QStringLiteral("Local"), {{QStringLiteral("host"), m_server->url(QString()), {}}}},
               {QStringLiteral("Elsewhere"),
                {{QStringLiteral("host"), QStringLiteral("http://127.0.0.1:9"), {}}}}};
    bot.defaultEnvironment = QStringLiteral("Local");

    Integration orders = Integration::create(QStringLiteral("Orders"));
    orders.responseDataVariable = QStringLiteral("orders");
    orders.method = QStringLiteral("POST");
    orders.url = QStringLiteral("{$env.host}/echo?id={$botContext.orderId}");
    orders.headers
            = {{QStringLiteral("Content-Type"), QStringLiteral("application/json"), {}},
               {QStringLiteral("X-Api-Key"), QStringLiteral("{$secret.apiKey}"), {}},
               {QStringLiteral("Authorization"), QStringLiteral("Bearer {$secret.apiKey}"), {}}};
    orders.body
            = QStringLiteral("{\"order\": \"{$botContext.orderId}\", \"bot\": \"{$chatBotId}\"}");
    orders.transformScript = QStringLiteral(
            "var r = JSON.parse(botContext.getBotVariable('api_orders').jsonData);\n"
            "botContext.setBotVariable('echoedMethod', r.api_orders.method, true, false);");
    orders.customDataFields
            = {{QStringLiteral("method"), QStringLiteral("{$.api_orders.method}"), {}},
               {QStringLiteral("body"), QStringLiteral("{$.api_orders.body}"), {}}};

    Integration ordered = Integration::create(QStringLiteral("Ordered"));
    ordered.url = QStringLiteral("{$env.host}/ordered");
    Integration broken = Integration::create(QStringLiteral("Broken"));
    broken.url = QStringLiteral("{$env.host}/status/500");
    Integration slow = Integration::create(QStringLiteral("Slow"));
    slow.url = QStringLiteral("{$env.host}/slow");
    Integration target = Integration::create(QStringLiteral("Target"));
    target.url = QStringLiteral("{$env.target}/echo");
    target.body = QStringLiteral("{\"n\": {$botContext.n}}");
    bot.integrations = {orders, broken, slow, target, ordered};

    m_document = new document::BotDocument(this);
    m_document->load(bot);
    m_editor = new IntegrationEditor(m_document);
    m_editor->resize(600, 800);
}

void TestTestRequest::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    delete m_document;
    m_document = nullptr;
    delete m_server;
    m_server = nullptr;
}

Integration TestTestRequest::integration(const QString &name) const
{
    return *m_document->bot().integrationByName(name);
}

TestRequestDialog *TestTestRequest::open(const QString &name)
{
    m_editor->showIntegration(integration(name).id);
    m_editor->testRequestButton()->click();
    return m_editor->testRequestDialog();
}

bool TestTestRequest::sendAndWait(TestRequestDialog *dialog, int timeoutMs)
{
    QSignalSpy finished(dialog, &TestRequestDialog::finished);
    dialog->sendButton()->click();
    return finished.size() == 1 || finished.wait(timeoutMs);
}

void TestTestRequest::postWithTemplatesShowsTheAnswerAndTheVariables()
{
    TestRequestDialog *dialog = open(QStringLiteral("Orders"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    // Every template the request uses has a field; env and secret are filled in.
    QVERIFY(dialog->sampleEdit(QStringLiteral("{$env.host}")));
    QCOMPARE(dialog->sampleEdit(QStringLiteral("{$env.host}"))->text(), m_server->url(QString()));
    QLineEdit *secret = dialog->sampleEdit(QStringLiteral("{$secret.apiKey}"));
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(secret->text(), secretValue);
    QCOMPARE(dialog->sampleEdit(QStringLiteral("{$chatBotId}"))->text(),
             QStringLiteral("test-bot"));
    QCOMPARE(dialog->environmentCombo()->currentText(), QStringLiteral("Local"));
    QTest::keyClicks(dialog->sampleEdit(QStringLiteral("{$botContext.orderId}")),
                     QStringLiteral("A/7 b"));

    QVERIFY(sendAndWait(dialog));
    QCOMPARE(m_server->requests.size(), 1);
    const TestHttpServer::Request &got = m_server->requests.first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.path, QByteArray("/echo?id=A%2F7%20b"));
    QCOMPARE(got.body, QByteArray(R"({"order": "A/7 b", "bot": "test-bot"})"));

    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("HTTP 200 OK"));
    QVERIFY(tableText(dialog->headersTable()).contains(QStringLiteral("application/json")));
    // Pretty JSON: one member per line, indented.
    QVERIFY2(dialog->bodyView()->toPlainText().contains(QStringLiteral("\n  \"method\": \"POST\"")),
             qPrintable(dialog->bodyView()->toPlainText()));
    QVERIFY(dialog->requestView()->toPlainText().startsWith(
            QStringLiteral("POST %1/echo?id=A%2F7%20b").arg(m_server->url(QString()))));
    const QHash<QString, QString> vars = variables(*dialog);
    QVERIFY(vars.value(QStringLiteral("api_orders")).contains(QStringLiteral("jsonData")));
    QCOMPARE(vars.value(QStringLiteral("api_ordersStatus")), QStringLiteral("200"));
    QCOMPARE(vars.value(QStringLiteral("echoedMethod")), QStringLiteral("POST"));
    QCOMPARE(vars.value(QStringLiteral("orders.method")), QStringLiteral("POST"));
    // DIALOGSMITH_SCREENSHOTS=DIR saves a picture of the answer, to look at.
    if (const QString dir = qEnvironmentVariable("DIALOGSMITH_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("test-request.png")));
    QCOMPARE(vars.value(QStringLiteral("orders.body")),
             QStringLiteral(R"({"order": "A/7 b", "bot": "test-bot"})"));
    // Nothing was written to the document.
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTestRequest::secretReachesTheServerButIsNeverShown()
{
    TestRequestDialog *dialog = open(QStringLiteral("Orders"));
    QTest::keyClicks(dialog->sampleEdit(QStringLiteral("{$botContext.orderId}")),
                     QStringLiteral("1"));
    QVERIFY(sendAndWait(dialog));
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().header("X-Api-Key"), secretValue.toUtf8());
    QCOMPARE(m_server->requests.first().header("Authorization"), "Bearer " + secretValue.toUtf8());

    // The echo carries the key back in its body: still hidden.
    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("HTTP 200 OK"));
    const QString shown = everythingShown(*dialog);
    QVERIFY(!shown.contains(secretValue));
    QVERIFY(dialog->requestView()->toPlainText().contains(QStringLiteral("X-Api-Key: ***")));
    QVERIFY(dialog->requestView()->toPlainText().contains(QStringLiteral("Authorization: ***")));
    QVERIFY(dialog->bodyView()->toPlainText().contains(QStringLiteral("\"x-api-key\": \"***\"")));
}

void TestTestRequest::refusedConnectionShowsTheSentence()
{
    TestRequestDialog *dialog = open(QStringLiteral("Broken"));
    const quint16 port = network::testing::closedPort();
    QLineEdit *host = dialog->sampleEdit(QStringLiteral("{$env.host}"));
    host->clear();
    QTest::keyClicks(host, QStringLiteral("http://127.0.0.1:%1").arg(port));
    QVERIFY(sendAndWait(dialog));
    QCOMPARE(dialog->statusLabel()->text(),
             QStringLiteral("Could not connect to 127.0.0.1:%1: the connection was refused (is "
                            "the server running?)")
                     .arg(port));
    QVERIFY(dialog->requestView()->toPlainText().startsWith(
            QStringLiteral("GET http://127.0.0.1")));
    QCOMPARE(dialog->variablesTable()->rowCount(), 0);
}

void TestTestRequest::serverErrorShowsStatusAndFirstLine()
{
    TestRequestDialog *dialog = open(QStringLiteral("Broken"));
    QVERIFY(sendAndWait(dialog));
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(dialog->statusLabel()->text(),
             QStringLiteral("The server answered HTTP 500 Failure: Something broke here"));
    QVERIFY(dialog->bodyView()->toPlainText().contains(QStringLiteral("second line")));
    const QHash<QString, QString> vars = variables(*dialog);
    QCOMPARE(vars.value(QStringLiteral("api_BrokenStatus")), QStringLiteral("500"));
}

void TestTestRequest::prettyBodyKeepsTheServersKeyOrder()
{
    TestRequestDialog *dialog = open(QStringLiteral("Ordered"));
    QVERIFY(sendAndWait(dialog));
    QCOMPARE(dialog->bodyView()->toPlainText(), QStringLiteral("{\n"
                                                               "  \"zeta\": 1,\n"
                                                               "  \"alpha\": {\n"
                                                               "    \"second\": 2,\n"
                                                               "    \"first\": 1\n"
                                                               "  }\n"
                                                               "}"));
}

void TestTestRequest::invalidRequestIsNotSent_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("n");
    QTest::addColumn<QString>("status");
    QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1") << QStringLiteral("1")
                              << QStringLiteral("Not sent: the URL \"ftp://127.0.0.1/echo\" does "
                                                "not start with http:// or https://.");
    QTest::newRow("no value") << QString() << QStringLiteral("1")
                              << QStringLiteral("Not sent: {$env.target} has no value: give it a "
                                                "sample value.");
    QTest::newRow("body not json")
            << QStringLiteral("http://127.0.0.1") << QStringLiteral("one")
            << QStringLiteral(
                       "Not sent: {$botContext.n} stands outside quotes in the JSON body, so "
                       "its value must be one JSON value (a number, true, false, null, a "
                       "quoted string, an object or an array), and it is not: put the "
                       "template in quotes to send it as text.");
}

void TestTestRequest::invalidRequestIsNotSent()
{
    QFETCH(QString, target);
    QFETCH(QString, n);
    QFETCH(QString, status);
    TestRequestDialog *dialog = open(QStringLiteral("Target"));
    if (!target.isEmpty())
        QTest::keyClicks(dialog->sampleEdit(QStringLiteral("{$env.target}")),
                         target.replace(QStringLiteral("127.0.0.1"),
                                        QStringLiteral("127.0.0.1:%1").arg(m_server->port())));
    QTest::keyClicks(dialog->sampleEdit(QStringLiteral("{$botContext.n}")), n);
    QVERIFY(sendAndWait(dialog));
    QTest::qWait(50);
    QVERIFY(m_server->requests.isEmpty());
    QCOMPARE(dialog->statusLabel()->text(),
             QString(status).replace(QStringLiteral("127.0.0.1"),
                                     QStringLiteral("127.0.0.1:%1").arg(m_server->port())));
    QCOMPARE(dialog->requestView()->toPlainText(), QStringLiteral("Nothing was sent."));
}

void TestTestRequest::staysResponsiveWhileWaitingAndCancels()
{
    m_server->slowMs = 3000;
    TestRequestDialog *dialog = open(QStringLiteral("Slow"));
    QSignalSpy finished(dialog, &TestRequestDialog::finished);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    dialog->sendButton()->click();
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isEnabled());
    // The event loop runs while the server takes its time.
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests.size() == 1, 2000);
    QVERIFY(dialog->isBusy());
    QVERIFY(finished.isEmpty());

    QElapsedTimer clock;
    clock.start();
    dialog->cancelButton()->click();
    QCOMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 500);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->sendButton()->isEnabled());
    QCOMPARE(dialog->statusLabel()->text(),
             QStringLiteral("Cancelled: the answer is not waited for."));
    // The late answer changes nothing.
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestTestRequest::closingWhileWaitingStopsTheRequest()
{
    m_server->slowMs = 3000;
    TestRequestDialog *dialog = open(QStringLiteral("Slow"));
    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests.size() == 1, 2000);
    QVERIFY(dialog->isBusy());
    // Escape cancels first, a second Escape closes.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    dialog->sendButton()->click();
    QVERIFY(dialog->isBusy());
    dialog->close();
    QTRY_VERIFY(!m_editor->testRequestDialog());
    QTest::qWait(50);
}

void TestTestRequest::shortcutOpensTheDialogAndSamplesAreRemembered()
{
    m_editor->showIntegration(integration(QStringLiteral("Orders")).id);
    m_editor->show();
    QApplication::setActiveWindow(m_editor);
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    m_editor->urlEdit()->setFocus();
    QVERIFY(!m_editor->testRequestDialog());
    QTest::keyClick(m_editor->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
    TestRequestDialog *dialog = m_editor->testRequestDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->sampleEdit(QStringLiteral("{$botContext.orderId}")),
                     QStringLiteral("remember-me"));
    // Another environment fills in its values.
    dialog->environmentCombo()->setCurrentIndex(dialog->environmentCombo()->findText("Elsewhere"));
    emit dialog->environmentCombo()->activated(dialog->environmentCombo()->currentIndex());
    QCOMPARE(dialog->sampleEdit(QStringLiteral("{$env.host}"))->text(),
             QStringLiteral("http://127.0.0.1:9"));
    dialog->close();
    QTRY_VERIFY(!m_editor->testRequestDialog());

    dialog = open(QStringLiteral("Orders"));
    QCOMPARE(dialog->sampleEdit(QStringLiteral("{$botContext.orderId}"))->text(),
             QStringLiteral("remember-me"));
    QCOMPARE(dialog->environmentCombo()->currentText(), QStringLiteral("Elsewhere"));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTestRequest::aSecretGoesToANewHostOnlyWhenTheUserSaysSo()
{
    // The bot points the request at a host that is not on the secret's list: the studio asks.
    const auto prompt = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("secretHostPrompt") && w->isVisible())
                return qobject_cast<QMessageBox *>(w);
        }
        return static_cast<QMessageBox *>(nullptr);
    };
    const QString elsewhere = QStringLiteral("localhost:%1").arg(m_server->port());
    TestRequestDialog *dialog = open(QStringLiteral("Orders"));
    QLineEdit *host = dialog->sampleEdit(QStringLiteral("{$env.host}"));
    QVERIFY(host);
    host->setText(QStringLiteral("http://") + elsewhere);
    QTest::keyClicks(dialog->sampleEdit(QStringLiteral("{$botContext.orderId}")),
                     QStringLiteral("1"));

    QSignalSpy finished(dialog, &TestRequestDialog::finished);
    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(prompt(), 5000);
    QMessageBox *box = prompt();
    QCOMPARE(box->text(),
             QStringLiteral("The bot wants to send the secret \"apiKey\" to %1.").arg(elsewhere));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("allowOnce")));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("allowAlways")));
    box->findChild<QPushButton *>(QStringLiteral("deny"))->click();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(m_server->requests.isEmpty());
    QCOMPARE(dialog->statusLabel()->text(),
             QStringLiteral("The secret \"apiKey\" was not sent to %1: you denied it")
                     .arg(elsewhere));

    // Once denied, not asked again in this session.
    QVERIFY(sendAndWait(dialog));
    QVERIFY(!prompt());
    QVERIFY(m_server->requests.isEmpty());

    // Another host, allowed for good: sent, and kept with the secret.
    const QString other = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
    QVERIFY(network::SecretStore()
                    .forbidHost(QStringLiteral("apiKey"), QStringLiteral("127.0.0.1"))
                    .ok());
    host->setText(QStringLiteral("http://") + other);
    finished.clear();
    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(prompt(), 5000);
    prompt()->findChild<QPushButton *>(QStringLiteral("allowAlways"))->click();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QCOMPARE(m_server->requests.size(), 1);
    QVERIFY(network::SecretStore().allowedHosts(QStringLiteral("apiKey"))->contains(other));
    QVERIFY(network::SecretStore()
                    .allowHost(QStringLiteral("apiKey"), QStringLiteral("127.0.0.1"))
                    .ok());
}

QTEST_MAIN(TestTestRequest)
#include "tst_testrequest.moc"
