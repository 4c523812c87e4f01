#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::network {
class HttpClient;
}

namespace dialogsmith::runtime {
class IntegrationTrial;
struct IntegrationTrialResult;
} // namespace dialogsmith::runtime

namespace dialogsmith::ui {

/// "Send Test Request" for one integration: a sample value for every template its request uses,
/// then the request goes out over HTTP (HttpClient, asynchronously) and the dialog shows the
/// status or the failure sentence, the time, the response headers and body (pretty JSON), the
/// request as sent and the variables the answer would set (IntegrationTrial: the runtime's own
/// request building, result storing, transform script and custom data fields).
///
/// Non-modal; it only reads the document, never edits it. Environment values are filled in from
/// the chosen environment (the bot's default first), secrets from the secret store, masked; the
/// other sample values are remembered per integration for the session (never saved). Secret
/// values show as `***` in everything the dialog displays.
class TestRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    TestRequestDialog(document::BotDocument *document, const QString &integrationId,
                      QWidget *parent = nullptr);
    ~TestRequestDialog() override;

    QString integrationId() const { return m_id; }
    bool isBusy() const;

    /// Sends the request with the sample values shown (does nothing while one runs).
    void send();
    /// Stops waiting for the answer.
    void cancel();
    /// Escape cancels a running request; otherwise it closes the dialog.
    void reject() override;

    /// The sample field of a template as written ("{$env.host}"), or null.
    QLineEdit *sampleEdit(const QString &templateText) const { return m_edits.value(templateText); }
    QComboBox *environmentCombo() const { return m_environment; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QPlainTextEdit *requestView() const { return m_request; }
    QTableWidget *variablesTable() const { return m_variables; }
    QTabWidget *resultTabs() const { return m_tabs; }

signals:
    /// A request ended (answered, failed, refused or cancelled) and the result is shown.
    void finished();

protected:
    /// Closing the window stops a running request and closes.
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildSamples();
    void fillEnvironment();
    void remember();
    void setBusy(bool busy);
    void showResult(const runtime::IntegrationTrialResult &result);
    void clearResult();

    document::BotDocument *m_document;
    QString m_id;
    network::HttpClient *m_http;
    QPointer<runtime::IntegrationTrial> m_trial;
    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_title;
    QLabel *m_target;
    QComboBox *m_environment;
    QWidget *m_samplesBox;
    QScrollArea *m_samplesScroll;
    QFormLayout *m_samples;
    QLabel *m_noSamples;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTimer *m_ticker;
    QLabel *m_status;
    QLabel *m_time;
    QTabWidget *m_tabs;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_request;
    QTableWidget *m_variables;
    QLabel *m_notes;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_storedSecrets; ///< from the secret store, by secret name
    QStringList m_secretValues;              ///< the secret samples of the last send
    qint64 m_startedMs = 0;
};

} // namespace dialogsmith::ui
