#include "transport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

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

namespace {

/// `hex` as a pattern that matches it in upper or lower case.
QString hexPattern(uint value, int digits)
{
    QString out;
    for (const QChar c : QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0'))) {
        if (c.isLetter())
            out += QStringLiteral("[%1%2]").arg(c.toLower(), c.toUpper());
        else
            out += c;
    }
    return out;
}

/// A pattern that matches `secret` in every form it can take on the wire or in a log: as it is,
/// percent-encoded (any character, either case, also as a URL or a form encodes it: a space as
/// '+'), JSON-escaped (including \/ and \uXXXX) and XML-escaped, each character on its own, so
/// mixed forms match too.
QString secretPattern(const QString &secret)
{
    QString pattern;
    const QList<uint> codePoints = secret.toUcs4();
    for (const uint cp : codePoints) {
        const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        QStringList forms{QRegularExpression::escape(text)};
        QString percent;
        for (const char byte : text.toUtf8())
            percent += QLatin1Char('%') + hexPattern(uchar(byte), 2);
        forms.append(percent);
        QString escaped; // one \\uXXXX per UTF-16 unit (two for a surrogate pair)
        for (const QChar unit : text)
            escaped += QStringLiteral("\\\\u") + hexPattern(unit.unicode(), 4);
        forms.append(escaped);
        forms.append(QStringLiteral("&#0*%1;").arg(cp));
        forms.append(QStringLiteral("&#[xX]0*") + hexPattern(cp, 1) + QLatin1Char(';'));
        switch (cp) {
        case ' ':
            forms.append(QStringLiteral("\\+"));
            break;
        case '"':
            forms.append(QStringLiteral("\\\\\"|&quot;"));
            break;
        case '\\':
            forms.append(QStringLiteral("\\\\\\\\"));
            break;
        case '/':
            forms.append(QStringLiteral("\\\\/"));
            break;
        case '&':
            forms.append(QStringLiteral("&amp;"));
            break;
        case '<':
            forms.append(QStringLiteral("&lt;"));
            break;
        case '>':
            forms.append(QStringLiteral("&gt;"));
            break;
        case '\'':
            forms.append(QStringLiteral("&apos;"));
            break;
        case '\n':
            forms.append(QStringLiteral("\\\\n"));
            break;
        case '\r':
            forms.append(QStringLiteral("\\\\r"));
            break;
        case '\t':
            forms.append(QStringLiteral("\\\\t"));
            break;
        default:
            break;
        }
        pattern += QStringLiteral("(?:") + forms.join(QLatin1Char('|')) + QLatin1Char(')');
    }
    return pattern;
}

} // namespace

QString redactSecrets(QString text, const QStringList &secrets)
{
    QStringList patterns;
    for (const QString &s : secrets) {
        if (!s.isEmpty() && !patterns.contains(s))
            patterns.append(s);
    }
    if (patterns.isEmpty() || text.isEmpty())
        return text;
    // Longer secrets first: one that contains another is redacted whole.
    std::sort(patterns.begin(), patterns.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &p : patterns)
        p = secretPattern(p);
    const QRegularExpression any(patterns.join(QLatin1Char('|')));
    text.replace(any, QStringLiteral("***"));
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
