#include "testrequestdialog.h"

#include "botdocument.h"
#include "httpclient.h"
#include "integrationrequest.h"
#include "integrationtrial.h"
#include "json.h"
#include "secrethostprompt.h"
#include "secretstore.h"
#include "sentence.h"
#include "teardown.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::Bot;
using document::Integration;
using runtime::IntegrationTrial;
using runtime::IntegrationTrialResult;
using runtime::TemplateRef;

namespace {

/// Bodies longer than this are cut in the view: a 10 MB answer would make the editor crawl.
constexpr qsizetype maxShownBody = 256 * 1024;

const QString sampleConversationId = QStringLiteral("test-conversation");
const QString sampleUserId = QStringLiteral("test-user");

/// The sample values typed for an integration in this session that differ from what the dialog
/// fills in by itself, and the environment chosen. Never saved; secrets are never kept here.
struct SessionSamples
{
    QHash<QString, QString> values;
    QString environment;
    bool environmentChosen = false;
};

QHash<QString, SessionSamples> &sessionSamples()
{
    static QHash<QString, SessionSamples> samples;
    return samples;
}

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QTableWidget *keyValueTable(const QString &key, const QString &value, QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels({key, value});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

void fillTable(QTableWidget *table, const QList<QPair<QString, QString>> &rows)
{
    table->setRowCount(0);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        auto *name = new QTableWidgetItem(rows.at(r).first);
        name->setFont(monospace());
        auto *value = new QTableWidgetItem(rows.at(r).second);
        value->setToolTip(rows.at(r).second.left(4000));
        table->setItem(r, 0, name);
        table->setItem(r, 1, value);
    }
    table->resizeColumnToContents(0);
}

QPlainTextEdit *textView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(monospace());
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

/// The body as people read it: indented when it is JSON and `pretty`, as it came otherwise, cut
/// when huge.
QString bodyText(const QByteArray &body, bool pretty = true)
{
    // The project's own JSON reader keeps the server's key order (QJsonDocument sorts keys).
    const document::Result<document::Json> json
            = pretty ? document::parseJson(body)
                     : document::Result<document::Json>(document::Error{QString(), {}});
    QString text = json ? QString::fromUtf8(document::writeJson(*json)).trimmed()
                        : QString::fromUtf8(body);
    if (text.size() > maxShownBody) {
        text.truncate(maxShownBody);
        text += QLatin1Char('\n')
                + TestRequestDialog::tr("… (cut here: the body has %1 bytes)").arg(body.size());
    }
    return text;
}

} // namespace

TestRequestDialog::TestRequestDialog(document::BotDocument *document, const QString &integrationId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_id(integrationId)
    , m_http(new network::HttpClient(this))
    , m_title(new QLabel(this))
    , m_target(new QLabel(this))
    , m_environment(new QComboBox(this))
    , m_samplesBox(new QWidget)
    , m_samplesScroll(new QScrollArea(this))
    , m_samples(new QFormLayout(m_samplesBox))
    , m_noSamples(new QLabel(tr("This request uses no templates."), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel Request"), this))
    , m_progress(new QProgressBar(this))
    , m_ticker(new QTimer(this))
    , m_status(new QLabel(this))
    , m_time(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_headers(keyValueTable(tr("Header"), tr("Value"), this))
    , m_body(textView(this))
    , m_request(textView(this))
    , m_variables(keyValueTable(tr("Variable"), tr("Value"), this))
    , m_notes(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    // A test request takes secrets only where the running bot could (the user may be asked).
    m_http->setSecretPolicy(&studioSecretHostPolicy());
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setSizeGripEnabled(true);
    resize(760, 680);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_target->setFont(monospace());
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);

    // Sample values.
    auto *samplesGroup = new QGroupBox(tr("Sample values"), this);
    m_environment->setToolTip(tr("The environment {$env.…} values are filled in from"));
    m_samples->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_samples->setContentsMargins(0, 0, 0, 0);
    m_samplesScroll->setWidget(m_samplesBox);
    m_samplesScroll->setWidgetResizable(true);
    m_samplesScroll->setFrameShape(QFrame::NoFrame);
    m_samplesScroll->setMaximumHeight(220);
    m_noSamples->setForegroundRole(QPalette::PlaceholderText);
    auto *samplesLayout = new QVBoxLayout(samplesGroup);
    samplesLayout->addWidget(m_samplesScroll);
    samplesLayout->addWidget(m_noSamples);

    // Send, cancel and the status.
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request with these values (Ctrl+Return)"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop waiting for the answer (Esc)"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_ticker->setInterval(100);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_status->setText(tr("Fill in the sample values and send the request."));
    m_time->setForegroundRole(QPalette::PlaceholderText);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress);
    actions->addStretch(1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_time, 0, Qt::AlignTop);

    // Results.
    auto *response = new QSplitter(Qt::Vertical, m_tabs);
    response->addWidget(m_headers);
    response->addWidget(m_body);
    response->setStretchFactor(0, 1);
    response->setStretchFactor(1, 3);
    m_tabs->addTab(response, tr("Response"));
    m_tabs->addTab(m_request, tr("Request Sent"));
    auto *variablesPage = new QWidget(m_tabs);
    auto *variablesLayout = new QVBoxLayout(variablesPage);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *variablesHint
            = new QLabel(tr("What the answer would set in a conversation: api_<RDV>, its status, "
                            "what the transform script sets and the custom data fields."),
                         variablesPage);
    variablesHint->setWordWrap(true);
    variablesHint->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(false);
    variablesLayout->addWidget(variablesHint);
    variablesLayout->addWidget(m_variables, 1);
    variablesLayout->addWidget(m_notes);
    m_tabs->addTab(variablesPage, tr("Variables"));
    m_body->setPlaceholderText(tr("The response body appears here."));
    m_request->setPlaceholderText(tr("The request as sent appears here, secrets as ***."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_target);
    auto *envRow = new QFormLayout;
    envRow->addRow(tr("Environment"), m_environment);
    layout->addLayout(envRow);
    layout->addWidget(samplesGroup);
    layout->addLayout(actions);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_send, &QPushButton::clicked, this, &TestRequestDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &TestRequestDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &TestRequestDialog::send);
    auto *enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(enter, &QShortcut::activated, this, &TestRequestDialog::send);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_startedMs > 0)
            m_time->setText(tr("%1 ms…").arg(QDateTime::currentMSecsSinceEpoch() - m_startedMs));
    });
    connect(m_environment, &QComboBox::activated, this, [this] {
        SessionSamples &session = sessionSamples()[m_id];
        session.environment = m_environment->currentData().toString();
        session.environmentChosen = true;
        // Values typed for the previous environment do not carry over.
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
            if (it.value()->property("templateKind").toInt() == int(TemplateRef::Kind::Environment))
                session.values.remove(it.key());
        }
        fillEnvironment();
    });

    using D = document::BotDocument;
    connect(document, &D::integrationChanged, this, [this](const QString &id) {
        if (id == m_id && !isBusy())
            rebuildSamples();
    });
    connect(document, &D::integrationRemoved, this, [this](const QString &id) {
        if (id == m_id)
            close();
    });
    connect(document, &D::loaded, this, &QDialog::close);

    rebuildSamples();
    clearResult();
}

TestRequestDialog::~TestRequestDialog()
{
    silenceForTeardown(this);
    // Nothing to show any more: the request just stops.
    if (m_trial) {
        m_trial->disconnect(this);
        m_trial->cancel();
    }
}

bool TestRequestDialog::isBusy() const
{
    return m_trial && m_trial->isRunning();
}

void TestRequestDialog::rebuildSamples()
{
    const Bot &bot = m_document->bot();
    const Integration *integration = bot.integration(m_id);
    if (!integration)
        return;
    setWindowTitle(tr("Test Request: %1").arg(integration->name));
    m_title->setText(tr("Test request: %1").arg(integration->name));
    m_target->setText(QStringLiteral("%1 %2").arg(
            integration->method.isEmpty() ? QStringLiteral("GET") : integration->method.toUpper(),
            integration->url));

    // Environments: the one chosen in this session, else the bot's default.
    const SessionSamples &session = sessionSamples().value(m_id);
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("(none)"), QString());
        for (const document::Environment &env : bot.environments)
            m_environment->addItem(env.name, env.name);
        const QString chosen
                = session.environmentChosen ? session.environment : bot.defaultEnvironment;
        const int index = m_environment->findData(chosen);
        m_environment->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_environment->setEnabled(!bot.environments.isEmpty());

    // Secret values are read once per dialog (the keychain may take a moment).
    const QList<TemplateRef> refs = IntegrationTrial::templatesUsed(bot, *integration);
    QStringList missing;
    for (const TemplateRef &ref : refs) {
        if (ref.kind == TemplateRef::Kind::Secret && !m_storedSecrets.contains(ref.name))
            missing.append(ref.name);
    }
    if (!missing.isEmpty()) {
        network::SecretStore store;
        const QHash<QString, QString> found = store.values(missing);
        for (const QString &name : std::as_const(missing))
            m_storedSecrets.insert(name, found.value(name));
    }

    const QHash<QString, QString> typed = [this] {
        QHash<QString, QString> values;
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
            values.insert(it.key(), it.value()->text());
        return values;
    }();
    while (m_samples->rowCount() > 0)
        m_samples->removeRow(0);
    m_edits.clear();

    for (const TemplateRef &ref : refs) {
        const QString key = runtime::templateText(ref);
        auto *edit = new QLineEdit(m_samplesBox);
        auto *label = new QLabel(key, m_samplesBox);
        label->setFont(monospace());
        label->setBuddy(edit);
        QString tip;
        switch (ref.kind) {
        case TemplateRef::Kind::BotVariable:
            tip = tr("A bot variable: what a script or a rule would have set");
            edit->setPlaceholderText(tr("value of %1").arg(ref.name));
            break;
        case TemplateRef::Kind::Environment:
            tip = tr("From the environment chosen above; edit it to try another value");
            break;
        case TemplateRef::Kind::Secret:
            tip = tr("From the secret store, masked. Never saved in the project and shown as *** "
                     "in the results");
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("not set: enter a value to try"));
            break;
        case TemplateRef::Kind::System:
            tip = tr("A value of the conversation: a made-up one is filled in");
            break;
        case TemplateRef::Kind::DataField:
            tip = tr("A custom data field another integration sets");
            break;
        case TemplateRef::Kind::Unknown:
            tip = tr("Not a template Dialogsmith knows: it would expand to nothing, so the "
                     "request is not sent");
            edit->setEnabled(false);
            edit->setPlaceholderText(tr("unknown template"));
            break;
        }
        label->setToolTip(tip);
        edit->setToolTip(tip);
        edit->setProperty("templateKind", int(ref.kind));
        edit->setProperty("templateName", ref.name);
        m_samples->addRow(label, edit);
        m_edits.insert(key, edit);

        // Typed in this dialog, else remembered for the session, else the default.
        QString value;
        if (ref.kind == TemplateRef::Kind::Secret)
            value = typed.value(key, m_storedSecrets.value(ref.name));
        else if (typed.contains(key))
            value = typed.value(key);
        else if (session.values.contains(key))
            value = session.values.value(key);
        else if (ref.kind == TemplateRef::Kind::System)
            value = ref.name == QLatin1String("chatBotId")               ? bot.id
                    : ref.name == QLatin1String("chatBotUserPlatformId") ? sampleUserId
                    : ref.name == QLatin1String("conversationId")        ? sampleConversationId
                                                                         : QString();
        else if (ref.kind == TemplateRef::Kind::BotVariable && ref.name == QLatin1String("convId"))
            value = sampleConversationId;
        edit->setText(value);
        if (ref.kind != TemplateRef::Kind::Secret && ref.kind != TemplateRef::Kind::Environment)
            connect(edit, &QLineEdit::textEdited, this, &TestRequestDialog::remember);
    }
    fillEnvironment();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it.value()->property("templateKind").toInt() == int(TemplateRef::Kind::Environment))
            connect(it.value(), &QLineEdit::textEdited, this, &TestRequestDialog::remember);
    }
    m_samplesScroll->setVisible(!refs.isEmpty());
    m_noSamples->setVisible(refs.isEmpty());
}

void TestRequestDialog::fillEnvironment()
{
    const Bot &bot = m_document->bot();
    const document::Environment *env = bot.environment(m_environment->currentData().toString());
    const SessionSamples &session = sessionSamples().value(m_id);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        QLineEdit *edit = it.value();
        if (edit->property("templateKind").toInt() != int(TemplateRef::Kind::Environment))
            continue;
        const QString name = edit->property("templateName").toString();
        QString value;
        bool found = false;
        if (env) {
            for (const document::KeyValue &kv : env->values) {
                if (kv.key == name) {
                    value = kv.value;
                    found = true;
                }
            }
        }
        edit->setProperty("environmentValue", value);
        edit->setPlaceholderText(found ? QString() : tr("not in this environment"));
        edit->setText(session.values.value(it.key(), value));
    }
}

void TestRequestDialog::remember()
{
    SessionSamples &session = sessionSamples()[m_id];
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        QLineEdit *edit = it.value();
        const int kind = edit->property("templateKind").toInt();
        if (kind == int(TemplateRef::Kind::Secret) || kind == int(TemplateRef::Kind::Unknown))
            continue;
        const bool isDefault
                = kind == int(TemplateRef::Kind::Environment)
                          ? edit->text() == edit->property("environmentValue").toString()
                          : edit->text().isEmpty();
        if (isDefault)
            session.values.remove(it.key());
        else
            session.values.insert(it.key(), edit->text());
    }
}

void TestRequestDialog::send()
{
    if (isBusy())
        return;
    const Bot &bot = m_document->bot();
    if (!bot.integration(m_id)) {
        m_status->setText(tr("The integration does not exist any more."));
        return;
    }
    remember();
    runtime::IntegrationTrialInput input;
    input.bot = bot;
    input.integrationId = m_id;
    m_secretValues.clear();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString text = it.value()->text();
        if (text.isEmpty())
            continue; // an empty field is a template without a value: the trial says so
        input.samples.insert(it.key(), text);
        if (it.value()->property("templateKind").toInt() == int(TemplateRef::Kind::Secret))
            m_secretValues.append(text);
    }
    if (const document::Environment *env
        = bot.environment(m_environment->currentData().toString())) {
        for (const document::KeyValue &kv : env->values)
            input.environment.insert(kv.key, kv.value);
    }

    if (m_trial)
        m_trial->deleteLater();
    m_trial = new IntegrationTrial(std::move(input), this);
    connect(m_trial, &IntegrationTrial::finished, this, &TestRequestDialog::showResult);
    clearResult();
    m_status->setText(tr("Sending…"));
    setBusy(true);
    m_trial->start(*m_http);
}

void TestRequestDialog::cancel()
{
    if (!isBusy())
        return;
    m_trial->cancel();
    m_http->abortAll();
}

void TestRequestDialog::reject()
{
    if (isBusy())
        cancel();
    else
        QDialog::reject();
}

void TestRequestDialog::closeEvent(QCloseEvent *event)
{
    cancel();
    QDialog::closeEvent(event);
}

void TestRequestDialog::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    m_environment->setEnabled(!busy && !m_document->bot().environments.isEmpty());
    m_samplesBox->setEnabled(!busy);
    if (busy) {
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
        m_time->setText(tr("0 ms…"));
        m_ticker->start();
        m_cancel->setFocus(Qt::OtherFocusReason);
    } else {
        m_startedMs = 0;
        m_ticker->stop();
    }
}

void TestRequestDialog::clearResult()
{
    m_time->clear();
    m_headers->setRowCount(0);
    m_body->clear();
    m_request->clear();
    m_variables->setRowCount(0);
    m_notes->clear();
    m_notes->setVisible(false);
    m_status->setForegroundRole(QPalette::WindowText);
}

void TestRequestDialog::showResult(const IntegrationTrialResult &result)
{
    setBusy(false);
    // The trial redacts what it reports; pretty-printing may turn an escaped secret back into
    // plain text, so everything shown is redacted once more with the values sent.
    const auto redact = [this](const QString &text) {
        return runtime::redactSecrets(text, m_secretValues);
    };
    QPalette statusPalette = m_status->palette();
    const bool bad = result.outcome != IntegrationTrialResult::Outcome::Answered || !result.success;
    statusPalette.setColor(QPalette::WindowText,
                           bad ? QColor(0xb0, 0x20, 0x20) : palette().color(QPalette::WindowText));
    m_status->setPalette(statusPalette);

    switch (result.outcome) {
    case IntegrationTrialResult::Outcome::Refused:
        m_status->setText(tr("Not sent: %1.").arg(redact(result.message)));
        m_time->clear();
        m_request->setPlainText(tr("Nothing was sent."));
        break;
    case IntegrationTrialResult::Outcome::Cancelled:
        m_status->setText(tr("Cancelled: the answer is not waited for."));
        m_time->setText(tr("after %1 ms").arg(result.elapsedMs));
        break;
    case IntegrationTrialResult::Outcome::Failed:
        m_status->setText(sentence(redact(result.message)));
        m_time->setText(tr("%1 ms").arg(result.elapsedMs));
        break;
    case IntegrationTrialResult::Outcome::Answered: {
        QString status = QStringLiteral("HTTP %1").arg(result.response.status);
        if (!result.response.reason.isEmpty())
            status += QLatin1Char(' ') + result.response.reason;
        m_status->setText(result.success ? redact(status) : sentence(redact(result.message)));
        m_time->setText(tr("%1 ms").arg(result.elapsedMs));
        QList<QPair<QString, QString>> headers;
        for (const auto &[name, value] : result.response.headers)
            headers.append({name, redact(value)});
        fillTable(m_headers, headers);
        m_body->setPlainText(redact(bodyText(result.response.body)));
        QList<QPair<QString, QString>> variables;
        for (const auto &[name, value] : result.variables)
            variables.append({name, redact(value)});
        fillTable(m_variables, variables);
        if (!result.success)
            m_variables->setToolTip(tr("Only api_<RDV> and its status: the transform script and "
                                       "the custom data fields run after a 2xx answer"));
        break;
    }
    }
    if (result.outcome != IntegrationTrialResult::Outcome::Refused
        && !result.request.url.isEmpty()) {
        QString request = result.request.method + QLatin1Char(' ') + result.request.url;
        for (const auto &[name, value] : result.request.headers)
            request += QStringLiteral("\n%1: %2").arg(name, value);
        if (!result.request.body.isEmpty())
            request += QStringLiteral("\n\n") + bodyText(result.request.body, false);
        m_request->setPlainText(redact(request));
    }
    if (!result.notes.isEmpty()) {
        QStringList lines;
        for (const QString &note : result.notes)
            lines.append(QStringLiteral("• ") + redact(note));
        m_notes->setText(lines.join(QLatin1Char('\n')));
        m_notes->setVisible(true);
    }
    emit finished();
}

} // namespace dialogsmith::ui
