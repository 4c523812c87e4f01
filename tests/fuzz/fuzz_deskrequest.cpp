// The agent desk's request handling: any bytes a client sends are refused by
// the connection guard's head check, or, taken as the request they claim to be,
// get a JSON answer with a known status from a desk that keeps working (one
// desk for every input, so its state grows too).

#include "agentdesk.h"
#include "connectionguard.h"
#include "fuzzing.h"

#include <QCoreApplication>
#include <QUrl>

using namespace dialogsmith::network;

namespace {

const QByteArray deskKey = QByteArrayLiteral("fuzz-desk-key-0123456789");
AgentDesk *desk = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    AgentDeskOptions options;
    options.key = QString::fromLatin1(deskKey);
    options.skills = {{QStringLiteral("human"), QStringLiteral("1")},
                      {QStringLiteral("billing"), QStringLiteral("2")}};
    // Small bounds: every limit is reached within a few inputs, and a listing of the full desk
    // stays small (with 40 open and 20 closed transfers of 20 messages each, listing them took
    // ~30 ms under the sanitizers and the run fell from thousands of inputs a second to 34).
    options.maxOpenTransfers = 8;
    options.maxQueuedPerSkill = 4;
    options.maxClosedKept = 4;
    options.maxMessagesPerTransfer = 4;
    desk = new AgentDesk(options);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = fuzzing::bytes(data, size);
    const ConnectionGuard::HeadCheck check = ConnectionGuard::checkHead(raw.left(64 * 1024 + 1));
    FUZZ_CHECK(check.status == 0 || check.status == 400 || check.status == 431,
               QString::number(check.status));
    if (check.status != 0 || !check.complete)
        return 0;

    // The request as a parser would take it: request line, headers, the rest as
    // the body.
    const qsizetype end
            = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    DeskRequest request;
    request.method = QString::fromLatin1(first.value(0)).toUpper();
    const QUrl target(QString::fromLatin1(first.value(1)));
    request.path = target.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(target);
    bool keyGiven = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0
            && lines.at(i).left(colon).trimmed().compare("Authorization", Qt::CaseInsensitive)
                       == 0) {
            request.authorization.append(lines.at(i).mid(colon + 1).trimmed());
            keyGiven = true;
        }
    }
    // Without a key of its own the input gets the right one, so that every route
    // is reached.
    if (!keyGiven)
        request.authorization = {deskKey};
    request.body = raw.mid(end + (raw.at(end) == '\r' ? 4 : 2));

    const DeskAnswer answer = desk->answer(request);
    static const QList<int> statuses{200, 201, 400, 401, 404, 405, 409, 422, 429, 503};
    FUZZ_CHECK(statuses.contains(answer.status), QString::number(answer.status));
    if (answer.status < 300)
        FUZZ_CHECK(!answer.body.contains(QStringLiteral("error")), QString::fromLatin1(raw));
    else
        FUZZ_CHECK(!answer.body.value(QStringLiteral("error")).toString().isEmpty(),
                   QString::fromLatin1(raw));
    return 0;
}
