#pragma once

#include "integration.h"
#include "presetmenu.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class CodeEditor;
class InlineMessage;
class RowListEditor;
class TestRequestDialog;

/// The editor of one API integration: name, response data variable, type, method and URL
/// (checked as you type), headers (a value can name a secret: `{$secret.NAME}`), query
/// parameters, JSON body (templates highlighted; a warning when it is not JSON once they are
/// filled in), timeout, transform script and custom data fields; escalation presets fill in a
/// legacy CB escalation call in one click and one undo step.
///
/// Like the inspector it holds an id and mirrors the document: every edit is an
/// EditIntegrationCommand (typing in one field merges into one undo step), and undo or edits
/// made elsewhere show up at once. Secret values are never shown or stored here, only names.
///
/// "Send Test Request…" in the header (Ctrl+Return anywhere in the editor) opens a non-modal
/// TestRequestDialog for the shown integration; it reads the document and never edits it. Other
/// tools that act on the integration go into the header with addHeaderWidget().
class IntegrationEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationEditor(document::BotDocument *document, QWidget *parent = nullptr);
    ~IntegrationEditor() override;

    void showIntegration(const QString &id);
    void clear();
    QString integrationId() const { return m_id; }

    /// Jumps to a field as validation and project search name it: "name", "response data
    /// variable", "type", "method", "url", "timeout", "headers", "query parameters", "body",
    /// "transform script", "custom data fields"; `line` (1-based) places the cursor in the body
    /// or the script. Returns false when there is no such field or nothing is shown.
    bool focusField(const QString &field, int line = 0);

    /// Adds a tool (a button...) to the header, right of the presets.
    void addHeaderWidget(QWidget *widget);

    /// Applies an escalation preset to the shown integration as one undo step (adding the
    /// `lpApiKey` secret name to the bot when it lacks it).
    bool applyPreset(EscalationRegion region);
    /// Makes header `row` use the secret `name` (adding the name to the bot when it is new),
    /// as one undo step.
    bool useSecret(int row, const QString &name);
    /// The menu the secret button of header `row` shows.
    QMenu *createSecretMenu(int row, QWidget *parent);

    /// Opens (or raises) the test request dialog of the shown integration; null when none is
    /// shown.
    TestRequestDialog *openTestRequest();
    /// The open test request dialog, or null.
    TestRequestDialog *testRequestDialog() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *responseVariableEdit() const { return m_rdv; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *urlEdit() const { return m_url; }
    InlineMessage *urlMessage() const { return m_urlMessage; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    RowListEditor *headersEditor() const { return m_headers; }
    RowListEditor *queryEditor() const { return m_query; }
    CodeEditor *bodyEditor() const { return m_body; }
    InlineMessage *bodyMessage() const { return m_bodyMessage; }
    CodeEditor *transformEditor() const { return m_transform; }
    RowListEditor *customFieldsEditor() const { return m_custom; }
    QToolButton *presetButton() const { return m_presets; }
    QToolButton *testRequestButton() const { return m_testButton; }

signals:
    void statusMessage(const QString &message);

private:
    using Change = std::function<void(document::Integration &)>;

    const document::Integration *integration() const;
    bool edit(QWidget *field, const QString &undoText, const QString &mergeKey,
              const Change &change);
    void bindKeyValues(RowListEditor *editor, const QString &key, const QString &noun,
                       document::KeyValueList document::Integration::*member);
    void refresh();
    void updateHeader(const document::Integration &integration);
    void checkUrl(const QString &url);
    void checkBody(const document::Integration &integration);
    void chooseSecret(int row);

    document::BotDocument *m_document;
    QString m_id;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_headerTools;
    QToolButton *m_presets;
    QToolButton *m_testButton;
    QPointer<TestRequestDialog> m_testRequest;
    QScrollArea *m_scroll;
    QWidget *m_form;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_name;
    QLineEdit *m_rdv;
    QComboBox *m_type;
    QComboBox *m_method;
    QLineEdit *m_url;
    InlineMessage *m_urlMessage;
    QSpinBox *m_timeout;
    RowListEditor *m_headers;
    RowListEditor *m_query;
    CodeEditor *m_body;
    InlineMessage *m_bodyMessage;
    CodeEditor *m_transform;
    RowListEditor *m_custom;
};

} // namespace dialogsmith::ui
