#include "botcommands.h"
#include "botdocument.h"
#include "codeeditor.h"
#include "formwidgets.h"
#include "integrationcommands.h"
#include "integrationeditor.h"
#include "presetmenu.h"
#include "projectfile.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace dialogsmith;
using document::Integration;
using ui::IntegrationEditor;

namespace {

QList<std::pair<QString, QString>> pairs(const document::KeyValueList &list)
{
    QList<std::pair<QString, QString>> out;
    for (const document::KeyValue &kv : list)
        out.append({kv.key, kv.value});
    return out;
}

QAction *presetAction(IntegrationEditor &editor, const QString &label)
{
    for (QAction *action : editor.presetButton()->menu()->actions()) {
        if (action->text() == label)
            return action;
    }
    return nullptr;
}

} // namespace

class TestIntegrationEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheRoutingBotsEscalation();
    void usPresetCreatesTheEscalationInOneStep();
    void presetAddsTheMissingSecretNameInTheSameStep();
    void invalidUrlShowsAWarning();
    void bodyWarnsOnlyWhenNotJsonAfterExpansion();
    void typingMergesPerFieldAndUndoUpdatesTheForm();
    void headersAndSecrets();
    void duplicateNameIsRefusedAndKept();
    void focusFieldJumpsToTheField();
    void closingCommitsNoEdit();

private:
    QString addBlankIntegration();

    document::BotDocument *m_document = nullptr;
    IntegrationEditor *m_editor = nullptr;
    Integration m_escalation; ///< the sample bot's, as read
};

void TestIntegrationEditor::init()
{
    m_document = new document::BotDocument(this);
    auto loaded = format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    QVERIFY(loaded.ok());
    m_document->load(loaded->bot);
    m_escalation = m_document->bot().integrations.first();
    QCOMPARE(m_escalation.name, QStringLiteral("Escalation"));
    m_editor = new IntegrationEditor(m_document);
    m_editor->resize(480, 900);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestIntegrationEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    delete m_document;
    m_document = nullptr;
}

QString TestIntegrationEditor::addBlankIntegration()
{
    Integration blank = Integration::create(QStringLiteral("Handoff"));
    blank.responseDataVariable = QStringLiteral("Handoff");
    if (!m_document->execute(std::make_unique<document::AddIntegrationCommand>(*m_document, blank)))
        return {};
    return blank.id;
}

void TestIntegrationEditor::showsTheRoutingBotsEscalation()
{
    m_editor->showIntegration(m_escalation.id);
    QCOMPARE(m_editor->nameEdit()->text(), QStringLiteral("Escalation"));
    QCOMPARE(m_editor->methodCombo()->currentText(), QStringLiteral("POST"));
    QCOMPARE(m_editor->urlEdit()->text(), m_escalation.url);
    QVERIFY(m_editor->urlMessage()->text().isEmpty()); // a template host is fine
    QCOMPARE(m_editor->headersEditor()->rowCount(), 2);
    QCOMPARE(m_editor->headersEditor()->lineEdit(0, 1)->text(),
             QStringLiteral("{$secret.lpApiKey}"));
    QCOMPARE(m_editor->bodyEditor()->code(), m_escalation.body);
    QVERIFY(m_editor->bodyMessage()->text().isEmpty());
    QVERIFY(!m_editor->bodyEditor()->shownDiagnostic());
}

void TestIntegrationEditor::usPresetCreatesTheEscalationInOneStep()
{
    const QString id = addBlankIntegration();
    QVERIFY(!id.isEmpty());
    m_editor->showIntegration(id);
    const int steps = m_document->undoStack()->count();

    QAction *us = presetAction(*m_editor, QStringLiteral("US"));
    QVERIFY(us);
    us->trigger();

    const Integration *made = m_document->integration(id);
    QCOMPARE(made->method, m_escalation.method);
    QCOMPARE(made->url, QStringLiteral("https://platformservice.botcentralapi.com/botservice-0.1/"
                                       "botcentral/livePersonAgent"));
    QCOMPARE(pairs(made->headers), pairs(m_escalation.headers));
    QCOMPARE(made->body, m_escalation.body);
    QCOMPARE(made->name, QStringLiteral("Handoff")); // kept
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    // The form shows it.
    QCOMPARE(m_editor->urlEdit()->text(), made->url);
    QCOMPARE(m_editor->methodCombo()->currentText(), QStringLiteral("POST"));
    QCOMPARE(m_editor->headersEditor()->rowCount(), 2);
    QCOMPARE(m_editor->bodyEditor()->code(), m_escalation.body);

    // The local agent desk preset is the sample's setup, host taken from the environment.
    presetAction(*m_editor, QStringLiteral("Local Agent Desk"))->trigger();
    QCOMPARE(m_document->integration(id)->url, m_escalation.url);

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->integration(id)->method, QStringLiteral("GET"));
    QVERIFY(m_document->integration(id)->headers.isEmpty());
    QCOMPARE(m_editor->headersEditor()->rowCount(), 0);
    QCOMPARE(m_editor->bodyEditor()->code(), QString());
}

void TestIntegrationEditor::presetAddsTheMissingSecretNameInTheSameStep()
{
    document::Bot bot = m_document->bot();
    bot.secretNames.clear();
    QVERIFY(m_document->execute(
            std::make_unique<document::EditBotCommand>(*m_document, bot, QStringLiteral("x"))));
    const QString id = addBlankIntegration();
    m_editor->showIntegration(id);
    const int steps = m_document->undoStack()->count();
    QVERIFY(m_editor->applyPreset(ui::EscalationRegion::EU));
    QCOMPARE(m_document->bot().secretNames, QStringList{"lpApiKey"});
    QVERIFY(m_document->integration(id)->url.startsWith(
            QLatin1String("https://platformservice-eu.botcentralapi.com/")));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    m_document->undoStack()->undo();
    QVERIFY(m_document->bot().secretNames.isEmpty());
    QVERIFY(m_document->integration(id)->url.isEmpty());
}

void TestIntegrationEditor::invalidUrlShowsAWarning()
{
    const QString id = addBlankIntegration();
    m_editor->showIntegration(id);
    QLineEdit *url = m_editor->urlEdit();
    url->setFocus();
    QTest::keyClicks(url, "ftp://files.example.com");
    QCOMPARE(m_document->integration(id)->url, QStringLiteral("ftp://files.example.com"));
    QVERIFY(m_editor->urlMessage()->isVisible());
    QVERIFY(m_editor->urlMessage()->text().contains(QLatin1String("http")));

    QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(url, "https://api.example.com/orders?id={$botContext.orderId}");
    QVERIFY(!m_editor->urlMessage()->isVisible());
    QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(url, "{$env.apiHost}/orders");
    QVERIFY(!m_editor->urlMessage()->isVisible());
}

void TestIntegrationEditor::bodyWarnsOnlyWhenNotJsonAfterExpansion()
{
    m_editor->showIntegration(m_escalation.id);
    ui::CodeEditor *body = m_editor->bodyEditor();
    QVERIFY(m_editor->bodyMessage()->text().isEmpty()); // the sample's templated body is fine

    // Remove the comma after the first member.
    const int comma = int(m_escalation.body.indexOf(QLatin1String("\",\n")) + 1);
    body->setFocus();
    body->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, static_cast<unsigned long>(comma + 1));
    QTest::keyClick(body, Qt::Key_Backspace);
    QVERIFY(!m_document->integration(m_escalation.id)
                     ->body.section(QLatin1Char('\n'), 1, 1)
                     .endsWith(QLatin1Char(',')));
    QVERIFY(m_editor->bodyMessage()->isVisible());
    QVERIFY(m_editor->bodyMessage()->text().contains(QLatin1String("JSON")));
    QVERIFY(body->shownDiagnostic().has_value());
    QCOMPARE(body->shownDiagnostic()->line, 3);

    QTest::keyClicks(body, ",");
    QVERIFY(!m_editor->bodyMessage()->isVisible());
    QVERIFY(!body->shownDiagnostic().has_value());

    // A body that is not declared JSON is not judged as JSON.
    QTest::keyClick(body, Qt::Key_Backspace);
    QVERIFY(m_editor->bodyMessage()->isVisible());
    m_editor->headersEditor()->lineEdit(1, 1)->setFocus();
    QTest::keyClick(m_editor->headersEditor()->lineEdit(1, 1), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_editor->headersEditor()->lineEdit(1, 1), "text/plain");
    QVERIFY(!m_editor->bodyMessage()->isVisible());
}

void TestIntegrationEditor::typingMergesPerFieldAndUndoUpdatesTheForm()
{
    m_editor->showIntegration(m_escalation.id);
    const int steps = m_document->undoStack()->count();
    QLineEdit *rdv = m_editor->responseVariableEdit();
    rdv->setFocus();
    QTest::keyClick(rdv, Qt::Key_End);
    QTest::keyClicks(rdv, "Result");
    QCOMPARE(m_document->integration(m_escalation.id)->responseDataVariable,
             QStringLiteral("EscalationResult"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);

    ui::CodeEditor *transform = m_editor->transformEditor();
    transform->setFocus();
    QTest::keyClicks(transform, "var ok = true;");
    QCOMPARE(m_document->integration(m_escalation.id)->transformScript,
             QStringLiteral("var ok = true;"));
    QCOMPARE(m_document->undoStack()->count(), steps + 2);

    QSpinBox *timeout = m_editor->timeoutSpin();
    timeout->setFocus();
    QTest::keyClick(timeout, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(timeout, "2500");
    QCOMPARE(m_document->integration(m_escalation.id)->timeoutMs, 2500);
    QCOMPARE(m_document->undoStack()->count(), steps + 3);

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(transform->code(), QString());
    QCOMPARE(rdv->text(), QStringLiteral("EscalationResult"));
    m_document->undoStack()->undo();
    QCOMPARE(rdv->text(), QStringLiteral("Escalation"));
}

void TestIntegrationEditor::headersAndSecrets()
{
    m_editor->showIntegration(m_escalation.id);
    ui::RowListEditor *headers = m_editor->headersEditor();
    QTest::mouseClick(headers->addButton(), Qt::LeftButton);
    QCOMPARE(m_document->integration(m_escalation.id)->headers.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(headers->lineEdit(2, 0)->hasFocus(), 1000);
    QTest::keyClicks(headers->lineEdit(2, 0), "X-Partner");
    QCOMPARE(m_document->integration(m_escalation.id)->headers.at(2).key,
             QStringLiteral("X-Partner"));

    // The secret menu offers the bot's secret names and a way to add one.
    std::unique_ptr<QMenu> menu(m_editor->createSecretMenu(2, m_editor));
    QStringList texts;
    for (QAction *a : menu->actions())
        texts.append(a->text());
    QVERIFY(texts.contains(QStringLiteral("lpApiKey")));
    QVERIFY(texts.contains(QStringLiteral("New Secret Name…")));

    const int steps = m_document->undoStack()->count();
    QVERIFY(m_editor->useSecret(2, QStringLiteral("partnerKey")));
    QCOMPARE(m_document->integration(m_escalation.id)->headers.at(2).value,
             QStringLiteral("{$secret.partnerKey}"));
    QVERIFY(m_document->bot().secretNames.contains(QStringLiteral("partnerKey")));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(headers->lineEdit(2, 1)->text(), QStringLiteral("{$secret.partnerKey}"));
    // The editor asks for the secret store's own name rule, and says it when it refuses.
    QSignalSpy refusal(m_editor, &IntegrationEditor::statusMessage);
    QVERIFY(!m_editor->useSecret(2, QStringLiteral("not a name")));
    QCOMPARE(refusal.count(), 1);
    QCOMPARE(refusal.last().at(0).toString(),
             QStringLiteral("\"not a name\" is not a valid secret name: use letters, digits, "
                            "'_', '-' and '.', starting with a letter or '_'"));
    QVERIFY(m_editor->useSecret(2, QStringLiteral("partner.key-2")));
    QCOMPARE(m_document->integration(m_escalation.id)->headers.at(2).value,
             QStringLiteral("{$secret.partner.key-2}"));
    QVERIFY(m_editor->useSecret(2, QStringLiteral("partnerKey")));

    // Choosing a secret from the menu replaces the one in the value.
    std::unique_ptr<QMenu> again(m_editor->createSecretMenu(2, m_editor));
    const auto actions = again->actions();
    const auto lpApiKey = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
        return a->text() == QLatin1String("lpApiKey");
    });
    (*lpApiKey)->trigger();
    QCOMPARE(m_document->integration(m_escalation.id)->headers.at(2).value,
             QStringLiteral("{$secret.lpApiKey}"));

    QTest::mouseClick(headers->removeButton(2), Qt::LeftButton);
    QCOMPARE(m_document->integration(m_escalation.id)->headers.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(headers->rowCount(), 2, 1000);
}

void TestIntegrationEditor::duplicateNameIsRefusedAndKept()
{
    const QString id = addBlankIntegration();
    m_editor->showIntegration(id);
    QSignalSpy status(m_editor, &IntegrationEditor::statusMessage);
    QLineEdit *name = m_editor->nameEdit();
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, "Escalation");
    QCOMPARE(m_document->integration(id)->name, QStringLiteral("Escalatio"));
    QCOMPARE(name->text(), QStringLiteral("Escalation"));
    QVERIFY(ui::hasFieldError(name));
    QVERIFY(!status.isEmpty());
    QTest::keyClicks(name, " 2");
    QCOMPARE(m_document->integration(id)->name, QStringLiteral("Escalation 2"));
    QVERIFY(!ui::hasFieldError(name));
}

void TestIntegrationEditor::focusFieldJumpsToTheField()
{
    QVERIFY(!m_editor->focusField(QStringLiteral("url")));
    m_editor->showIntegration(m_escalation.id);
    QVERIFY(m_editor->focusField(QStringLiteral("url")));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->urlEdit()->hasFocus(), 1000);
    QVERIFY(m_editor->focusField(QStringLiteral("method")));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->methodCombo()->hasFocus(), 1000);
    QVERIFY(m_editor->focusField(QStringLiteral("body")));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->bodyEditor()->hasFocus(), 1000);
    QVERIFY(m_editor->focusField(QStringLiteral("transform script"), 1));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->transformEditor()->hasFocus(), 1000);
    QVERIFY(m_editor->focusField(QStringLiteral("body"), 4));
    int line = -1;
    int index = -1;
    m_editor->bodyEditor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 3);
    QVERIFY(!m_editor->focusField(QStringLiteral("no such field")));
}

void TestIntegrationEditor::closingCommitsNoEdit()
{
    // An editable combo box whose text names one of its entries in another case commits that
    // entry when it loses the focus, and it loses the focus when the window it is in closes:
    // after the editor's own destructor ran, while Qt deletes its fields. Closing the editor
    // must not edit the bot through the half-destroyed editor.
    Integration lower = m_escalation;
    QVERIFY(!lower.headers.isEmpty());
    lower.headers[0].key = QStringLiteral("authorization");
    QVERIFY(m_document->execute(std::make_unique<document::EditIntegrationCommand>(
            *m_document, lower, QStringLiteral("lower-case header"))));
    m_editor->showIntegration(m_escalation.id);
    QLineEdit *key = m_editor->headersEditor()->lineEdit(0, 0);
    QCOMPARE(key->text(), QStringLiteral("authorization"));
    key->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(key->hasFocus(), 1000);
    const int steps = m_document->undoStack()->count();

    delete m_editor;
    m_editor = nullptr;
    QCOMPARE(m_document->integration(m_escalation.id)->headers.at(0).key,
             QStringLiteral("authorization"));
    QCOMPARE(m_document->undoStack()->count(), steps);
}

QTEST_MAIN(TestIntegrationEditor)
#include "tst_integrationeditor.moc"
