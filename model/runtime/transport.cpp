#include "transport.h"

#include <QCoreApplication>
#include <QTimer>

namespace dialogsmith::runtime {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::Transport)
};
} // namespace

namespace {

constexpr qsizetype maxLoggedBody = 4096;
constexpr qsizetype maxFailureLine = 200;

/// The body for a log, secrets redacted before it is cut (so no part of one shows).
QString bodyText(const QByteArray &body, const QStringList &secrets)
{
    QString text = redactSecrets(QString::fromUtf8(body), secrets);
    if (text.size() > maxLoggedBody) {
        text.truncate(maxLoggedBody);
        text += Text::tr("... (%1 bytes)").arg(body.size());
    }
    return text;
}

} // namespace

QString redactSecrets(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            text.replace(s, QStringLiteral("***"));
    }
    return text;
}

void UnavailableTransport::send(const HttpRequest &request, IntegrationTransport::Done done)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [done = std::move(done), request] {
        done(document::Error{Text::tr("the network is off here: the integration \"%1\" "
                                      "was not sent")
                                     .arg(request.integrationName),
                             {}});
    });
}

void UnavailableTransport::escalate(const EscalationRequest &request,
                                    EscalationTransport::Done done)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [done = std::move(done), request] {
        done(document::Error{
                Text::tr("the network is off here: the transfer to skill \"%1\" was "
                         "not sent")
                        .arg(request.skillName.isEmpty() ? request.skillId : request.skillName),
                {}});
    });
}

QString describeRequest(const HttpRequest &request, const QStringList &secrets)
{
    QString out = request.method + QLatin1Char(' ') + redactSecrets(request.url, secrets);
    for (const auto &[name, value] : request.headers) {
        const bool hidden = name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        out += QStringLiteral("\n%1: %2")
                       .arg(name, hidden ? QStringLiteral("***") : redactSecrets(value, secrets));
    }
    if (!request.body.isEmpty())
        out += QStringLiteral("\n\n") + bodyText(request.body, secrets);
    return out;
}

QString describeResponse(const HttpResponse &response, const QStringList &secrets)
{
    QString out = QStringLiteral("HTTP %1").arg(response.status);
    for (const auto &[name, value] : response.headers)
        out += QStringLiteral("\n%1: %2").arg(name, redactSecrets(value, secrets));
    if (!response.body.isEmpty())
        out += QStringLiteral("\n\n") + bodyText(response.body, secrets);
    return out;
}

QString describeHttpFailure(const HttpResponse &response, const QStringList &secrets)
{
    QString text = Text::tr("the server answered HTTP %1").arg(response.status);
    if (!response.reason.isEmpty())
        text += QLatin1Char(' ') + response.reason;
    // The first line that says something: error pages often start with a blank line.
    QString line;
    for (const QString &l :
         redactSecrets(QString::fromUtf8(response.body), secrets).split(QLatin1Char('\n'))) {
        line = l.trimmed();
        if (!line.isEmpty())
            break;
    }
    if (line.size() > maxFailureLine)
        line = line.left(maxFailureLine) + QStringLiteral("...");
    if (!line.isEmpty())
        text += QStringLiteral(": ") + line;
    return text;
}

} // namespace dialogsmith::runtime
