#include "integrationeditor.h"

#include "botcommands.h"
#include "botdocument.h"
#include "codeeditor.h"
#include "formwidgets.h"
#include "integrationcommands.h"
#include "painticons.h"
#include "secretstore.h"
#include "sentence.h"
#include "teardown.h"
#include "templatesyntax.h"
#include "testrequestdialog.h"
#include "validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::Integration;
using document::KeyValueList;

namespace {

enum Page { HintPage, ContentPage };

QString headerValue(const KeyValueList &headers, const QString &key)
{
    for (const document::KeyValue &kv : headers) {
        if (kv.key.compare(key, Qt::CaseInsensitive) == 0)
            return kv.value;
    }
    return {};
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

IntegrationEditor::IntegrationEditor(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_headerTools(new QHBoxLayout)
    , m_presets(new QToolButton(this))
    , m_testButton(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new QWidget)
{
    m_hint->setText(tr("Select an integration in the project tree to edit it here."));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMargin(24);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Escalation presets: one click fills in a legacy CB escalation call.
    auto *presetMenu = new QMenu(m_presets);
    for (const EscalationPresetEntry &entry : escalationPresetMenu()) {
        QAction *action = presetMenu->addAction(entry.label);
        action->setToolTip(QStringLiteral("%1\n%2").arg(entry.description, entry.preset.url));
        action->setStatusTip(entry.description);
        connect(action, &QAction::triggered, this,
                [this, region = entry.preset.region] { applyPreset(region); });
    }
    presetMenu->setToolTipsVisible(true);
    m_presets->setMenu(presetMenu);
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_presets->setText(tr("Escalation Preset"));
    m_presets->setToolTip(tr("Set this integration up as a transfer to a human agent through "
                             "Conversation Builder's escalation endpoint: method, URL, "
                             "Authorization header and body in one step"));
    m_presets->setIcon(paintedIcon(PaintedIcon::Preset, palette()));

    m_testButton->setText(tr("Send Test Request…"));
    m_testButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_testButton->setToolTip(tr("Send this request with sample values and see the status, "
                                "headers, body and the variables it would set (Ctrl+Return)"));
    connect(m_testButton, &QToolButton::clicked, this, &IntegrationEditor::openTestRequest);
    auto *testShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    testShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(testShortcut, &QShortcut::activated, this, &IntegrationEditor::openTestRequest);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_headerTools->setSpacing(4);
    m_headerTools->addWidget(m_presets);
    m_headerTools->addWidget(m_testButton);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 4);
    header->addLayout(titles, 1);
    header->addLayout(m_headerTools);

    // The form.
    auto *general = new FormSection(tr("Integration"), m_form);
    m_name = new QLineEdit(general->body());
    m_name->setPlaceholderText(tr("A name unique among the integrations"));
    general->addRow(tr("Name"), m_name, tr("Interactions pick the integration by this name"));
    m_rdv = new QLineEdit(general->body());
    m_rdv->setPlaceholderText(tr("e.g. orders"));
    general->addRow(tr("Response variable"), m_rdv,
                    tr("The response is stored as api_<name>: {$.api_orders.jsonData...} in "
                       "custom data fields, botContext.getBotVariable('api_orders') in code"));
    m_type = new QComboBox(general->body());
    m_type->addItem(tr("API"), QStringLiteral("API"));
    general->addRow(tr("Type"), m_type);

    auto *request = new FormSection(tr("Request"), m_form);
    auto *target = new QWidget(request->body());
    m_method = new QComboBox(target);
    for (const QString &method : document::integrationMethods())
        m_method->addItem(method, method);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_url = new QLineEdit(target);
    m_url->setPlaceholderText(
            QStringLiteral("https://api.example.com/orders/{$botContext.orderId}"));
    auto *targetLayout = new QHBoxLayout(target);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->setSpacing(4);
    targetLayout->addWidget(m_method);
    targetLayout->addWidget(m_url, 1);
    target->setFocusProxy(m_method);
    request->addRow(tr("URL"), target,
                    tr("http(s) address; it may start with a template such as {$env.host}"));
    m_urlMessage = new InlineMessage(request->body());
    request->addRow(QString(), m_urlMessage);
    m_timeout = new QSpinBox(request->body());
    m_timeout->setRange(0, 600000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("Default (10 s)"));
    m_timeout->setAccelerated(true);
    request->addRow(tr("Timeout"), m_timeout, tr("How long the request may take"));

    auto *headers = new FormSection(tr("Headers"), m_form);
    m_headers = new RowListEditor(
            {RowColumn{tr("Name"),
                       RowColumn::Kind::EditableChoice,
                       {QStringLiteral("Authorization"), QStringLiteral("Content-Type"),
                        QStringLiteral("Accept")},
                       {},
                       tr("header"),
                       2},
             RowColumn{tr("Value"), RowColumn::Kind::Text, {}, {}, tr("value or {$...}"), 3}},
            headers->body());
    m_headers->setAddText(tr("Add Header"));
    m_headers->setEmptyText(tr("No headers"));
    m_headers->setRowButton(paintedIcon(PaintedIcon::Key, palette()),
                            tr("Use a secret: the value is read from the system keychain when "
                               "the request is sent and never saved in the project"));
    headers->addWide(m_headers);

    auto *query = new FormSection(tr("Query Parameters"), m_form);
    m_query = new RowListEditor(
            {RowColumn{tr("Name"), RowColumn::Kind::Text, {}, {}, tr("parameter"), 2},
             RowColumn{tr("Value"), RowColumn::Kind::Text, {}, {}, tr("value or {$...}"), 3}},
            query->body());
    m_query->setAddText(tr("Add Parameter"));
    m_query->setEmptyText(tr("No query parameters"));
    query->addWide(m_query);

    auto *body = new FormSection(tr("Body"), m_form);
    m_body = new CodeEditor(CodeEditor::Language::Json, body->body());
    m_body->setMinimumHeight(170);
    m_body->setPlaceholderText(tr("The request body, usually JSON. Templates such as "
                                  "{$botContext.name} are highlighted where they are filled in."));
    m_bodyMessage = new InlineMessage(body->body());
    body->addWide(m_body);
    body->addWide(m_bodyMessage);

    auto *response = new FormSection(tr("Response"), m_form);
    response->addWide(caption(tr("Transform script: JavaScript that runs on the response before "
                                 "the custom data fields are read"),
                              response->body()));
    m_transform = new CodeEditor(CodeEditor::Language::JavaScript, response->body());
    m_transform->setMinimumHeight(130);
    m_transform->setPlaceholderText(tr("// Optional: reshape the response here"));
    response->addWide(m_transform);
    response->addWide(caption(tr("Custom data fields: values read from the response, used in "
                                 "messages as {RDV.field}"),
                              response->body()));
    m_custom = new RowListEditor(
            {RowColumn{tr("Field"), RowColumn::Kind::Text, {}, {}, tr("field"), 2},
             RowColumn{tr("Value"), RowColumn::Kind::Text, {}, {}, {}, 3}},
            response->body());
    m_custom->setAddText(tr("Add Field"));
    m_custom->setEmptyText(tr("No custom data fields"));
    response->addWide(m_custom);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(8, 6, 8, 8);
    formLayout->setSpacing(4);
    for (FormSection *section : {general, request, headers, query, body, response})
        formLayout->addWidget(section);
    formLayout->addStretch(1);
    alignFormLabels(m_form);
    ignoreWheelUnlessFocused(m_form);
    makeCombosCompact(m_form);

    setFocusProxy(m_name);
    m_fields = {{QStringLiteral("name"), m_name},
                {QStringLiteral("response data variable"), m_rdv},
                {QStringLiteral("type"), m_type},
                {QStringLiteral("method"), m_method},
                {QStringLiteral("url"), m_url},
                {QStringLiteral("timeout"), m_timeout},
                {QStringLiteral("headers"), m_headers},
                {QStringLiteral("query parameters"), m_query},
                {QStringLiteral("body"), m_body},
                {QStringLiteral("transform"), m_transform},
                {QStringLiteral("transform script"), m_transform},
                {QStringLiteral("custom data fields"), m_custom}};

    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Edits.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(m_name, tr("Rename integration"), QStringLiteral("name"),
             [&](Integration &i) { i.name = t; });
    });
    connect(m_rdv, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(m_rdv, tr("Edit response variable"), QStringLiteral("rdv"),
             [&](Integration &i) { i.responseDataVariable = t; });
    });
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        const QString type = m_type->itemData(index).toString();
        edit(m_type, tr("Change integration type"), {}, [&](Integration &i) { i.type = type; });
    });
    connect(m_method, &QComboBox::activated, this, [this](int index) {
        const QString method = m_method->itemData(index).toString();
        edit(m_method, tr("Change method to %1").arg(method), {},
             [&](Integration &i) { i.method = method; });
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &t) {
        checkUrl(t);
        edit(m_url, tr("Edit URL"), QStringLiteral("url"), [&](Integration &i) { i.url = t; });
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int value) {
        edit(m_timeout, tr("Change timeout"), QStringLiteral("timeout"),
             [&](Integration &i) { i.timeoutMs = value; });
    });
    bindKeyValues(m_headers, QStringLiteral("headers"), tr("header"), &Integration::headers);
    bindKeyValues(m_query, QStringLiteral("query"), tr("query parameter"),
                  &Integration::queryParams);
    bindKeyValues(m_custom, QStringLiteral("custom"), tr("custom data field"),
                  &Integration::customDataFields);
    connect(m_headers, &RowListEditor::extraButtonClicked, this, &IntegrationEditor::chooseSecret);
    connect(m_body, &CodeEditor::codeEdited, this, [this](const QString &code) {
        edit(m_body, tr("Edit request body"), QStringLiteral("body"),
             [&](Integration &i) { i.body = code; });
    });
    connect(m_transform, &CodeEditor::codeEdited, this, [this](const QString &code) {
        edit(m_transform, tr("Edit transform script"), QStringLiteral("transform"),
             [&](Integration &i) { i.transformScript = code; });
    });

    // Mirroring.
    using D = document::BotDocument;
    connect(document, &D::integrationChanged, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    connect(document, &D::integrationRemoved, this, [this](const QString &id) {
        if (id == m_id)
            clear();
    });
    connect(document, &D::loaded, this, [this] {
        if (!m_id.isEmpty() && m_document->integration(m_id))
            showIntegration(m_id);
        else
            clear();
    });
    clear();
}

IntegrationEditor::~IntegrationEditor()
{
    silenceForTeardown(this);
}

const Integration *IntegrationEditor::integration() const
{
    return m_document->integration(m_id);
}

void IntegrationEditor::addHeaderWidget(QWidget *widget)
{
    widget->setParent(this);
    m_headerTools->addWidget(widget);
}

void IntegrationEditor::showIntegration(const QString &id)
{
    const Integration *i = m_document->integration(id);
    if (!i) {
        clear();
        return;
    }
    const bool other = id != m_id;
    m_id = id;
    if (other) {
        for (QWidget *w : std::as_const(m_fields))
            clearFieldError(w);
        m_body->loadCode(i->body);
        m_transform->loadCode(i->transformScript);
        m_scroll->verticalScrollBar()->setValue(0);
    }
    refresh();
    m_stack->setCurrentIndex(ContentPage);
}

void IntegrationEditor::clear()
{
    m_id.clear();
    m_body->loadCode(QString());
    m_transform->loadCode(QString());
    m_stack->setCurrentIndex(HintPage);
}

bool IntegrationEditor::edit(QWidget *field, const QString &undoText, const QString &mergeKey,
                             const Change &change)
{
    const Integration *current = integration();
    if (!current)
        return false;
    Integration after = *current;
    change(after);
    if (after == *current) {
        clearFieldError(field);
        return true;
    }
    const QString refused = showEditResult(
            field, m_document->execute(std::make_unique<document::EditIntegrationCommand>(
                           *m_document, after, undoText, mergeKey)));
    if (!refused.isEmpty())
        emit statusMessage(refused);
    return refused.isEmpty();
}

void IntegrationEditor::bindKeyValues(RowListEditor *editor, const QString &key,
                                      const QString &noun, KeyValueList Integration::*member)
{
    connect(editor, &RowListEditor::cellEdited, this,
            [this, editor, key, noun, member](int row, int column, const QString &value) {
                edit(editor->cell(row, column), tr("Edit %1").arg(noun),
                     QStringLiteral("%1.%2.%3").arg(key).arg(row).arg(column), [&](Integration &i) {
                         KeyValueList &list = i.*member;
                         if (row < list.size())
                             (column == 0 ? list[row].key : list[row].value) = value;
                     });
            });
    connect(editor, &RowListEditor::addRequested, this, [this, editor, noun, member] {
        edit(editor, tr("Add %1").arg(noun), {},
             [&](Integration &i) { (i.*member).append(document::KeyValue{}); });
    });
    connect(editor, &RowListEditor::removeRequested, this, [this, editor, noun, member](int row) {
        edit(editor, tr("Remove %1").arg(noun), {}, [&](Integration &i) {
            if (row < (i.*member).size())
                (i.*member).removeAt(row);
        });
    });
    connect(editor, &RowListEditor::moveRequested, this,
            [this, editor, noun, member](int from, int to) {
                edit(editor, tr("Move %1").arg(noun), {}, [&](Integration &i) {
                    KeyValueList &list = i.*member;
                    if (from < list.size() && to < list.size())
                        list.move(from, to);
                });
            });
}

void IntegrationEditor::refresh()
{
    const Integration *found = integration();
    if (!found)
        return;
    const Integration i = *found;
    if (!hasFieldError(m_name))
        syncLineEdit(m_name, i.name);
    syncLineEdit(m_rdv, i.responseDataVariable);
    syncCombo(m_type, i.type, tr("%1 (unknown)"));
    syncCombo(m_method, i.method, tr("%1 (not an HTTP method)"));
    syncLineEdit(m_url, i.url);
    checkUrl(i.url);
    {
        const QSignalBlocker blocker(m_timeout);
        if (m_timeout->value() != i.timeoutMs)
            m_timeout->setValue(i.timeoutMs);
    }
    const auto rows = [](const KeyValueList &list) {
        QList<QStringList> out;
        for (const document::KeyValue &kv : list)
            out.append({kv.key, kv.value});
        return out;
    };
    m_headers->setRows(rows(i.headers));
    m_query->setRows(rows(i.queryParams));
    m_custom->setRows(rows(i.customDataFields));
    const QString rdv
            = i.responseDataVariable.isEmpty() ? QStringLiteral("RDV") : i.responseDataVariable;
    for (int r = 0; r < m_custom->rowCount(); ++r)
        m_custom->setPlaceholder(r, 1, QStringLiteral("{$.api_%1.jsonData.field}").arg(rdv));
    m_body->setCode(i.body);
    m_transform->setCode(i.transformScript);
    checkBody(i);
    updateHeader(i);
}

void IntegrationEditor::updateHeader(const Integration &integration)
{
    m_title->setText(integration.name.isEmpty() ? tr("(no name)") : integration.name);
    m_title->setToolTip(m_title->text());
    const QString rdv = integration.responseDataVariable.isEmpty()
                                ? tr("not stored")
                                : QStringLiteral("api_%1").arg(integration.responseDataVariable);
    m_subtitle->setText(tr("%1 integration · %2 · response in %3")
                                .arg(integration.type, integration.method, rdv));
}

void IntegrationEditor::checkUrl(const QString &url)
{
    QString why;
    if (url.trimmed().isEmpty())
        m_urlMessage->showMessage(InlineMessage::Kind::Warning,
                                  tr("Enter the address the request goes to."));
    else if (!document::isValidIntegrationUrl(url, &why))
        m_urlMessage->showMessage(InlineMessage::Kind::Warning, sentence(why));
    else
        m_urlMessage->clearMessage();
    // The message row has no label of its own; hide the row with it.
    if (auto *form = qobject_cast<QFormLayout *>(m_urlMessage->parentWidget()->layout()))
        form->setRowVisible(m_urlMessage, !m_urlMessage->text().isEmpty());
}

void IntegrationEditor::checkBody(const Integration &integration)
{
    // Only JSON bodies are checked: form-encoded or plain-text bodies are fine as they are.
    const QString contentType = headerValue(integration.headers, QStringLiteral("Content-Type"));
    const bool json = contentType.isEmpty()
                      || contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
    const auto issue = json ? checkTemplatedJson(integration.body) : std::nullopt;
    if (!issue) {
        m_bodyMessage->clearMessage();
        m_body->setDiagnostic(std::nullopt);
        return;
    }
    m_bodyMessage->showMessage(InlineMessage::Kind::Warning,
                               tr("The body is not valid JSON once its templates are filled in: "
                                  "%1 (line %2, column %3).")
                                       .arg(issue->message)
                                       .arg(issue->line)
                                       .arg(issue->column));
    m_body->setDiagnostic(CodeDiagnostic{issue->line, sentence(issue->message)});
}

bool IntegrationEditor::applyPreset(EscalationRegion region)
{
    const Integration *current = integration();
    if (!current)
        return false;
    QString label;
    for (const EscalationPresetEntry &entry : escalationPresetMenu()) {
        if (entry.preset.region == region)
            label = entry.label;
    }
    const Integration after = network::applyEscalationPreset(*current, region);
    const QString secretName = network::escalationSecretName();
    bool ok = true;
    m_document->beginMacro(tr("Apply %1 escalation preset").arg(label));
    if (!m_document->bot().secretNames.contains(secretName)) {
        document::Bot bot = m_document->bot();
        bot.secretNames.append(secretName);
        ok = bool(m_document->execute(std::make_unique<document::EditBotCommand>(
                *m_document, bot, tr("Add secret name"))));
    }
    if (ok) {
        const auto result = m_document->execute(std::make_unique<document::EditIntegrationCommand>(
                *m_document, after, tr("Apply %1 escalation preset").arg(label)));
        ok = result.ok();
        if (!ok)
            emit statusMessage(tr("Not changed: %1").arg(result.error().message));
    }
    m_document->endMacro();
    if (ok)
        emit statusMessage(tr("%1 escalation preset applied; the API key is read from the "
                              "secret \"%2\"")
                                   .arg(label, secretName));
    return ok;
}

bool IntegrationEditor::useSecret(int row, const QString &name)
{
    const Integration *current = integration();
    if (!current || row < 0 || row >= current->headers.size())
        return false;
    if (!network::SecretStore::isValidName(name)) {
        emit statusMessage(sentence(network::SecretStore::invalidNameMessage(name)));
        return false;
    }
    Integration after = *current;
    QString &value = after.headers[row].value;
    const QString reference = QStringLiteral("{$secret.%1}").arg(name);
    static const QRegularExpression existing(QStringLiteral("\\{\\$secret\\.[^}]*\\}"));
    if (value.contains(existing))
        value.replace(existing, reference);
    else if (value.trimmed().isEmpty())
        value = reference;
    else
        value += (value.endsWith(QLatin1Char(' ')) ? QString() : QStringLiteral(" ")) + reference;

    bool ok = true;
    m_document->beginMacro(tr("Use secret \"%1\"").arg(name));
    if (!m_document->bot().secretNames.contains(name)) {
        document::Bot bot = m_document->bot();
        bot.secretNames.append(name);
        ok = bool(m_document->execute(std::make_unique<document::EditBotCommand>(
                *m_document, bot, tr("Add secret name"))));
    }
    if (ok)
        ok = edit(m_headers, tr("Use secret \"%1\"").arg(name), {},
                  [&](Integration &i) { i = after; });
    m_document->endMacro();
    return ok;
}

QMenu *IntegrationEditor::createSecretMenu(int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    const QStringList names = m_document->bot().secretNames;
    QAction *title = menu->addSection(names.isEmpty() ? tr("No secrets yet") : tr("Use Secret"));
    title->setEnabled(false);
    const QIcon key = paintedIcon(PaintedIcon::Key, palette());
    for (const QString &name : names) {
        QAction *action = menu->addAction(key, name);
        action->setToolTip(QStringLiteral("{$secret.%1}").arg(name));
        connect(action, &QAction::triggered, this, [this, row, name] { useSecret(row, name); });
    }
    menu->addSeparator();
    QAction *add = menu->addAction(tr("New Secret Name…"));
    add->setToolTip(tr("Adds a name to the bot; its value is entered in the preview settings "
                       "and kept in the system keychain"));
    connect(add, &QAction::triggered, this, [this, row] {
        bool accepted = false;
        const QString name
                = QInputDialog::getText(this, tr("New Secret Name"),
                                        tr("Name of the secret (%1). Only the name is saved in "
                                           "the project; the value stays in the system keychain.")
                                                .arg(network::SecretStore::nameRule()),
                                        QLineEdit::Normal, QString(), &accepted)
                          .trimmed();
        if (accepted && !name.isEmpty())
            useSecret(row, name);
    });
    return menu;
}

TestRequestDialog *IntegrationEditor::testRequestDialog() const
{
    return m_testRequest;
}

TestRequestDialog *IntegrationEditor::openTestRequest()
{
    if (m_id.isEmpty() || !integration())
        return nullptr;
    if (m_testRequest && m_testRequest->integrationId() != m_id) {
        if (m_testRequest->isBusy())
            m_testRequest->cancel();
        m_testRequest->close(); // deletes itself
        m_testRequest.clear();
    }
    if (!m_testRequest)
        m_testRequest = new TestRequestDialog(m_document, m_id, this);
    m_testRequest->show();
    m_testRequest->raise();
    m_testRequest->activateWindow();
    return m_testRequest;
}

void IntegrationEditor::chooseSecret(int row)
{
    QToolButton *button = m_headers->rowButton(row);
    QPointer<QMenu> menu = createSecretMenu(row, this);
    menu->exec(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
    delete menu.data();
}

bool IntegrationEditor::focusField(const QString &field, int line)
{
    if (m_id.isEmpty())
        return false;
    QWidget *widget = m_fields.value(field.trimmed().toLower());
    if (!widget)
        return false;
    for (QWidget *p = widget->parentWidget(); p && p != m_form; p = p->parentWidget()) {
        if (auto *section = qobject_cast<FormSection *>(p))
            section->setExpanded(true);
    }
    if (auto *rows = qobject_cast<RowListEditor *>(widget)) {
        if (rows->rowCount() > 0)
            rows->focusCell(0, 0);
        else
            rows->addButton()->setFocus(Qt::OtherFocusReason);
    } else {
        widget->setFocus(Qt::OtherFocusReason);
    }
    if (auto *code = qobject_cast<CodeEditor *>(widget); code && line > 0)
        code->goToLine(line);
    m_scroll->ensureWidgetVisible(widget, 10, 40);
    return true;
}

} // namespace dialogsmith::ui
