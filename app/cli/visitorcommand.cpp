#include "clicommands.h"
#include "cloudcommands.h"
#include "cloudstate.h"
#include "consumerclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace dialogsmith::cli {

namespace {

/// The choices of a structured message: buttons of a card and quick replies, as "  [n] label".
QStringList choices(const QJsonObject &event)
{
    QStringList out;
    const auto collect = [&out](const QJsonArray &elements, const auto &self) -> void {
        for (const QJsonValue &v : elements) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("type")) == QLatin1String("button"))
                out.append(e.value(QLatin1String("title")).toString());
            self(e.value(QLatin1String("elements")).toArray(), self);
        }
    };
    collect(event.value(QLatin1String("content"))
                    .toObject()
                    .value(QLatin1String("elements"))
                    .toArray(),
            collect);
    collect(event.value(QLatin1String("quickReplies"))
                    .toObject()
                    .value(QLatin1String("replies"))
                    .toArray(),
            collect);
    return out;
}

QStringList texts(const QJsonObject &event)
{
    if (event.value(QLatin1String("type")) == QLatin1String("ContentEvent"))
        return {event.value(QLatin1String("message")).toString()};
    QStringList out;
    const auto collect = [&out](const QJsonArray &elements, const auto &self) -> void {
        for (const QJsonValue &v : elements) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("type")) == QLatin1String("text"))
                out.append(e.value(QLatin1String("text")).toString());
            else if (e.value(QLatin1String("type")) == QLatin1String("image"))
                out.append(QStringLiteral("[image] ") + e.value(QLatin1String("url")).toString());
            self(e.value(QLatin1String("elements")).toArray(), self);
        }
    };
    collect(event.value(QLatin1String("content"))
                    .toObject()
                    .value(QLatin1String("elements"))
                    .toArray(),
            collect);
    return out;
}

} // namespace

int runVisitor(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Talk to the running local cloud as a visitor on the account's site: one message per\n"
            "stdin line; what the bot and the agents say is printed as 'NAME (bot|agent): TEXT',\n"
            "their buttons and quick replies as '  [n] label' (answer with the label or n).\n"
            "'/close' ends the conversation. After the input ends it waits --wait seconds for\n"
            "answers, then exits (the conversation stays open unless --close)."));
    parser.addPositionalArgument(QStringLiteral("visitor"), {});
    const QCommandLineOption accountOption(QStringLiteral("account-id"),
                                           QStringLiteral("The account (default: the cloud's "
                                                          "first)."),
                                           QStringLiteral("N"));
    const QCommandLineOption skillOption(QStringLiteral("skill"),
                                         QStringLiteral("Ask for this skill id instead of the "
                                                        "campaign's entry skill."),
                                         QStringLiteral("ID"));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        QStringLiteral("Seconds to wait for answers after the "
                                                       "input ends (default 2)."),
                                        QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption closeOption(QStringLiteral("close"),
                                         QStringLiteral("Close the conversation at the end."));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("The running cloud's state file."),
                                         QStringLiteral("FILE"));
    parser.addOptions({accountOption, skillOption, waitOption, closeOption, stateOption});
    if (const int code = parseCommandLine(parser, args, 0, out, err); code >= 0)
        return code;
    const auto fail = [&err](const QString &message) {
        err << "dialogsmith-cli visitor: error: " << message << "\n";
        return ExitProblems;
    };
    bool ok = false;
    const int waitSeconds = parser.value(waitOption).toInt(&ok);
    if (!ok || waitSeconds < 0) {
        err << "dialogsmith-cli visitor: --wait expects seconds\n";
        return ExitUsage;
    }
    const document::Result<CloudState> state = readCloudState(
            parser.isSet(stateOption) ? parser.value(stateOption) : defaultCloudStateFile());
    if (!state)
        return fail(state.error().message);
    const QString account
            = parser.isSet(accountOption) ? parser.value(accountOption) : state->accounts.value(0);
    cloud::CloudEndpoint endpoint;
    endpoint.csdsDomain = state->csdsDomain;
    endpoint.tls = state->url.startsWith(QLatin1String("https"));
    if (!state->certificateFile.isEmpty())
        endpoint.pinned = QSslCertificate::fromPath(state->certificateFile, QSsl::Pem);

    QNetworkAccessManager network;
    cloud::ConsumerClient client(endpoint, account, &network);
    QEventLoop loop;
    int status = ExitOk;
    QHash<QString, QString> names; // agent PId -> "Name (bot|agent)"
    QStringList offered;
    QTimer idle;
    idle.setSingleShot(true);
    bool inputDone = false;
    QObject::connect(&idle, &QTimer::timeout, &loop, &QEventLoop::quit);

    const auto show = [&](const QJsonObject &change) {
        const QJsonObject meta = change.value(QLatin1String("originatorMetadata")).toObject();
        const QString role = meta.value(QLatin1String("role")).toString();
        const QJsonObject event = change.value(QLatin1String("event")).toObject();
        if (role == QLatin1String("CONSUMER"))
            return;
        const QString type = event.value(QLatin1String("type")).toString();
        if (type != QLatin1String("ContentEvent") && type != QLatin1String("RichContentEvent"))
            return;
        const QString who = role == QLatin1String("CONTROLLER")
                                    ? QStringLiteral("(system)")
                                    : names.value(meta.value(QLatin1String("id")).toString(),
                                                  QStringLiteral("agent"));
        for (const QString &line : texts(event))
            out << who << ": " << QString(line).replace(u'\n', QStringLiteral("\n  ")) << "\n";
        offered = choices(event);
        for (qsizetype i = 0; i < offered.size(); ++i)
            out << "  [" << i + 1 << "] " << offered[i] << "\n";
        out.flush();
        if (inputDone)
            idle.start(waitSeconds * 1000);
    };
    QObject::connect(
            &client, &cloud::ConsumerClient::eventReceived, &loop, [&](const QJsonObject &change) {
                const QString id = change.value(QLatin1String("originatorMetadata"))
                                           .toObject()
                                           .value(QLatin1String("id"))
                                           .toString();
                const QString role = change.value(QLatin1String("originatorMetadata"))
                                             .toObject()
                                             .value(QLatin1String("role"))
                                             .toString();
                if (role == QLatin1String("ASSIGNED_AGENT") && !names.contains(id)) {
                    // Names come from the agent's profile, asked once.
                    client.request(
                            QStringLiteral("userprofile.GetUserProfile"),
                            QJsonObject{{QStringLiteral("userId"), id}},
                            [&, id, change](int code, const QJsonValue &body) {
                                const QJsonObject p = body.toObject();
                                names.insert(id,
                                             code == 200 ? QStringLiteral("%1 (%2)").arg(
                                                     p.value(QLatin1String("nickName")).toString(),
                                                     p.value(QLatin1String("userType"))
                                                                     == QLatin1String("BOT")
                                                             ? QStringLiteral("bot")
                                                             : QStringLiteral("agent"))
                                                         : QStringLiteral("agent"));
                                show(change);
                            });
                    return;
                }
                show(change);
            });
    QObject::connect(&client, &cloud::ConsumerClient::conversationChanged, &loop,
                     [&](const QJsonObject &change) {
                         const QJsonObject details
                                 = change.value(QLatin1String("result"))
                                           .toObject()
                                           .value(QLatin1String("conversationDetails"))
                                           .toObject();
                         if (details.value(QLatin1String("state")) == QLatin1String("CLOSE")) {
                             out << "(the conversation was closed)\n" << Qt::flush;
                             loop.quit();
                         }
                     });
    QObject::connect(&client, &cloud::MessagingClient::failed, &loop, [&](const QString &why) {
        err << "dialogsmith-cli visitor: error: " << why << "\n";
        status = ExitProblems;
        loop.quit();
    });
    QObject::connect(
            &client, &cloud::MessagingClient::disconnected, &loop, [&](int, const QString &reason) {
                err << "dialogsmith-cli visitor: the cloud closed the connection"
                    << (reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)) << "\n";
                status = ExitProblems;
                loop.quit();
            });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(false);
    QByteArray pending;
    const auto handleLine = [&](const QString &line) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            return;
        if (text == QLatin1String("/close")) {
            client.closeConversation();
            return;
        }
        bool number = false;
        const int n = text.toInt(&number);
        const QString message = number && n >= 1 && n <= offered.size() ? offered[n - 1] : text;
        client.publishText(message, [&](int code, const QJsonValue &body) {
            if (code != 200) {
                err << "dialogsmith-cli visitor: error: "
                    << body.toObject().value(QLatin1String("message")).toString() << "\n";
                status = ExitProblems;
            }
        });
    };
    // Whatever stdin has: every complete line is a message; the end of input starts the wait.
    const auto readLine = [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got > 0)
            pending.append(buffer, got);
        qsizetype newline = -1;
        while ((newline = pending.indexOf('\n')) >= 0) {
            handleLine(QString::fromUtf8(pending.left(newline)));
            pending.remove(0, newline + 1);
        }
        if (got <= 0) {
            if (!pending.isEmpty())
                handleLine(QString::fromUtf8(std::exchange(pending, {})));
            input.setEnabled(false);
            inputDone = true;
            idle.start(waitSeconds * 1000);
        }
    };
    QObject::connect(&input, &QSocketNotifier::activated, &loop, readLine);
    QObject::connect(&client, &cloud::ConsumerClient::connectedToCloud, &loop, [&] {
        client.requestConversation(
                [&](int code, const QJsonValue &body) {
                    if (code != 200) {
                        err << "dialogsmith-cli visitor: error: "
                            << body.toObject().value(QLatin1String("message")).toString() << "\n";
                        status = ExitProblems;
                        loop.quit();
                        return;
                    }
                    err << "Conversation " << client.conversationId() << " in account " << account
                        << ". Type a message; /close ends it.\n"
                        << Qt::flush;
                    input.setEnabled(true);
                },
                parser.value(skillOption));
    });
    client.connectToCloud();
    loop.exec();
    if (parser.isSet(closeOption) && client.isConnected()) {
        QEventLoop closing;
        client.closeConversation([&closing](int, const QJsonValue &) { closing.quit(); });
        QTimer::singleShot(3000, &closing, &QEventLoop::quit);
        closing.exec();
    }
    return status;
}

} // namespace dialogsmith::cli
