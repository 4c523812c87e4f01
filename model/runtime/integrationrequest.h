#pragma once

// How an integration becomes an HTTP request and how its answer becomes variables: the pieces a
// conversation and the studio's "Send test request" share, so that a test request is built and
// read exactly as the running bot would.

#include "integration.h"
#include "templateexpander.h"
#include "transport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace dialogsmith::runtime {

/// Expands one request field for `context`, with secrets allowed (the caller collects them).
using RequestExpander = std::function<QString(const QString &text, TemplateContext context)>;

/// The name an integration's result is stored under, without `api_`: its response data variable,
/// else its name.
QString resultVariableName(const document::Integration &integration);

/// The integration's request with every field expanded through `expand`, each value escaped for
/// where it stands: method (GET when empty); URL (up to the end of the host only `{$env...}` and
/// `{$secret...}` values, as they are; after it every value URL-encoded); query parameters
/// appended encoded; headers with a name; body by its Content-Type (else by its first
/// character): JSON (inside a string a value is JSON-escaped, outside one it must be one JSON
/// value), form (URL-encoded), XML (XML-escaped) or text. An error, and nothing to send, when a
/// value from the conversation would choose the URL's scheme or host, or a value outside quotes
/// in a JSON body is not one JSON value. `scope` tells templates from other braces.
document::Result<HttpRequest> buildIntegrationRequest(const document::Integration &integration,
                                                      const TemplateScope &scope,
                                                      const RequestExpander &expand);

/// Why `request` must not be sent, as the running bot and Send Test Request both check it after
/// its templates were filled in: an empty or invalid URL, a scheme other than http or https, no
/// host, a JSON body (by Content-Type, else by its first character) that does not parse.
/// `secrets` are redacted from the message.
document::Result<void> checkIntegrationRequest(const HttpRequest &request,
                                               const QStringList &secrets);

/// The templates an integration's request uses, in order of first use and without repeats: URL,
/// query parameter values, header values, body. `{RDV.field}` counts when `scope` knows RDV.
QList<TemplateRef> integrationTemplates(const document::Integration &integration,
                                        const TemplateScope &scope);

/// A template as written: "{$botContext.orderId}", "{$env.host}", "{orders.status}".
QString templateText(const TemplateRef &ref);

/// The `jsonData` text of `api_<name>`: `{"api_<name>": body}` compact, the body as JSON when it
/// parses, else as a string (as CB stores it).
QString apiResultJson(const QString &name, const QByteArray &body);

/// One custom data field read from a result.
struct DataFieldValue
{
    QString field;  ///< as defined; stored as `<RDV>.<field>`
    QString path;   ///< `{$.api_RDV.jsonData...}`
    QString value;  ///< one value, or every value of an `[i]` path joined by ", "
    bool ok = true; ///< false: the path is malformed
};

/// The integration's custom data fields read from `resultJson` (the `jsonData` text of
/// `api_<RDV>`, or its text when a script replaced it with one). Fields without a name are
/// skipped.
QList<DataFieldValue> readDataFields(const document::Integration &integration,
                                     const QString &resultJson);

/// `request` as it may be shown: the `Authorization` header as `***`, every value in `secrets`
/// replaced by `***` in the URL, the other headers and the body.
HttpRequest redactedRequest(HttpRequest request, const QStringList &secrets);

} // namespace dialogsmith::runtime
