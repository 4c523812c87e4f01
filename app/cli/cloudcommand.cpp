#include "accountfile.h"
#include "clicommands.h"
#include "cloudcommands.h"
#include "cloudserver.h"
#include "cloudstate.h"
#include "deployments.h"
#include "projectfile.h"
#include "secretstore.h"
#include "stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <sys/resource.h>

namespace dialogsmith::cli {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// Thousands of consumers mean thousands of sockets: take what the system allows.
void raiseOpenFileLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

/// Which activity lines --log prints.
bool logged(const QString &level, const QJsonObject &entry)
{
    if (level == QLatin1String("none"))
        return false;
    if (level == QLatin1String("routing"))
        return entry.value(QLatin1String("event")).toString() != QLatin1String("message");
    return true;
}

} // namespace

int runCloud(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Run the local conversational cloud: one server on 127.0.0.1 that plays LiveEngage\n"
            "for the accounts given (CSDS, agent login, LivePerson's agent messaging API, the\n"
            "consumer Messaging Window API, routing by skill, the legacy escalation endpoint),\n"
            "and hosts bot agents deployed to it. Prints its address and one JSON line per event\n"
            "(login, conversation opened, ring, accept, transfer, message, close, agent status)\n"
            "on stdout; stops on Ctrl+C (SIGINT) or SIGTERM and writes every conversation to a\n"
            "JSON file."));
    parser.addPositionalArgument(QStringLiteral("cloud"), {});
    const QCommandLineOption accountOption(
            QStringLiteral("account"),
            QStringLiteral("An account file to serve (repeatable; default %1).")
                    .arg(cloud::defaultAccountFile()),
            QStringLiteral("FILE"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (default 8743; 0 picks "
                                                       "a free one)."),
                                        QStringLiteral("N"), QStringLiteral("8743"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        QStringLiteral("Serve HTTPS and WSS with this PEM "
                                                       "certificate (with --tls-key)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       QStringLiteral("The certificate's PEM private key."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption deployOption(
            QStringLiteral("deploy"),
            QStringLiteral("Deploy the enterprise integration agents of this bot to Demo and "
                           "start them (repeatable)."),
            QStringLiteral("BOT.json"));
    const QCommandLineOption portFileOption(
            QStringLiteral("port-file"),
            QStringLiteral("Write the port to FILE once the cloud listens (for scripts with "
                           "--port 0)."),
            QStringLiteral("FILE"));
    const QCommandLineOption transcriptsOption(
            QStringLiteral("transcripts"),
            QStringLiteral("Where the conversations are written when the cloud stops (default "
                           "%1).")
                    .arg(QFileInfo(cloud::defaultAccountFile()).absolutePath()
                         + QStringLiteral("/transcripts")),
            QStringLiteral("DIR"));
    const QCommandLineOption deskOption(
            QStringLiteral("desk-key-secret"),
            QStringLiteral("Also host the local agent desk (/desk/...), its key from the secret "
                           "NAME: it takes the transfers of conversations the cloud does not "
                           "have, such as the studio preview's."),
            QStringLiteral("NAME"));
    const QCommandLineOption ringOption(QStringLiteral("ring-timeout"),
                                        QStringLiteral("Seconds a ring waits for its agent "
                                                       "before the next one is rung (default "
                                                       "30)."),
                                        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption logOption(
            QStringLiteral("log"),
            QStringLiteral("What goes to stdout: all (default), routing (all but messages) or "
                           "none."),
            QStringLiteral("LEVEL"), QStringLiteral("all"));
    const QCommandLineOption stateOption(
            QStringLiteral("state"),
            QStringLiteral("Where the cloud tells 'dialogsmith-cli agent' its address and "
                           "management token (default %1).")
                    .arg(defaultCloudStateFile()),
            QStringLiteral("FILE"));
    parser.addOptions({accountOption, portOption, certOption, keyOption, deployOption,
                       portFileOption, transcriptsOption, deskOption, ringOption, logOption,
                       stateOption});
    if (const int code = parseCommandLine(parser, args, 0, out, err); code >= 0)
        return code;
    const auto usage = [&err](const QString &message) {
        err << "dialogsmith-cli cloud: " << message << "\n";
        return ExitUsage;
    };
    const auto fail = [&err](const QString &message) {
        err << "dialogsmith-cli cloud: error: " << message << "\n";
        return ExitProblems;
    };
    if (parser.positionalArguments().size() > 1)
        return usage(
                QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(QStringLiteral("--port expects a number from 0 to 65535, got '%1'")
                             .arg(parser.value(portOption)));
    const int ringSeconds = parser.value(ringOption).toInt(&ok);
    if (!ok || ringSeconds < 1 || ringSeconds > 3600)
        return usage(QStringLiteral("--ring-timeout expects seconds from 1 to 3600"));
    const QString logLevel = parser.value(logOption);
    if (!QStringList{QStringLiteral("all"), QStringLiteral("routing"), QStringLiteral("none")}
                 .contains(logLevel))
        return usage(QStringLiteral("--log expects all, routing or none"));
    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return usage(QStringLiteral("TLS needs both --tls-cert and --tls-key"));

    QStringList accountFiles = parser.values(accountOption);
    if (accountFiles.isEmpty())
        accountFiles.append(cloud::defaultAccountFile());
    QList<cloud::Account> accounts;
    for (const QString &file : std::as_const(accountFiles)) {
        if (!QFile::exists(file))
            return fail(QStringLiteral("there is no account file %1: create one with "
                                       "'dialogsmith-cli account init --account-id N'")
                                .arg(file));
        document::Result<cloud::LoadedAccount> loaded = cloud::loadAccountFile(file);
        if (!loaded)
            return fail(file + QStringLiteral(": ") + loaded.error().toString());
        for (const cloud::AccountProblem &w : std::as_const(loaded->warnings))
            err << file << ": warning: " << w.toString() << "\n";
        accounts.append(loaded->account);
    }

    raiseOpenFileLimit();
    network::SecretStore store;
    CachedSecrets secrets(store);
    cloud::CloudOptions options;
    options.secret = [&secrets](const QString &name) {
        return secrets.value(name);
    };
    options.adminToken = randomToken();
    options.brand.ringTimeout = std::chrono::seconds(ringSeconds);
    if (parser.isSet(certOption)) {
        options.tlsCertificateFile = QFileInfo(parser.value(certOption)).absoluteFilePath();
        options.tlsKeyFile = QFileInfo(parser.value(keyOption)).absoluteFilePath();
    }
    if (parser.isSet(deskOption)) {
        QString problem;
        options.deskKey = store.value(parser.value(deskOption), &problem).value_or(QString());
        if (options.deskKey.isEmpty())
            return fail(problem.isEmpty() ? QStringLiteral("the secret \"%1\" is not set")
                                                    .arg(parser.value(deskOption))
                                          : problem);
    }

    StopSignals stopSignals;
    if (!stopSignals.installed())
        return fail(QStringLiteral("cannot watch for SIGINT and SIGTERM"));
    cloud::CloudServer server(options);
    for (const cloud::Account &account : std::as_const(accounts))
        server.setAccount(account);
    const document::Result<quint16> listening = server.listen(quint16(port));
    if (!listening)
        return fail(listening.error().message);
    cloud::Deployments deployments(server,
                                   [&secrets](const QString &name) { return secrets.value(name); });
    server.setAdminApi(&deployments);

    const auto print = [&out, &logLevel](QJsonObject entry) {
        if (!logged(logLevel, entry))
            return;
        entry.insert(QStringLiteral("time"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        out << compact(entry) << "\n" << Qt::flush;
    };
    QObject::connect(&server, &cloud::CloudServer::activity, &server, print);
    QObject::connect(&deployments, &cloud::Deployments::activity, &server, print);

    QJsonArray accountIds;
    QStringList accountText;
    for (const cloud::Account &a : std::as_const(accounts)) {
        accountIds.append(a.id);
        accountText.append(QStringLiteral("%1 (%2 skills, %3 users, %4 campaigns)")
                                   .arg(a.id)
                                   .arg(a.skills.size())
                                   .arg(a.users.size())
                                   .arg(a.campaigns.size()));
    }
    out << compact({{QStringLiteral("event"), QStringLiteral("listening")},
                    {QStringLiteral("url"), server.baseUrl().toString()},
                    {QStringLiteral("csdsDomain"), server.hostPort()},
                    {QStringLiteral("port"), int(*listening)},
                    {QStringLiteral("tls"), server.isTls()},
                    {QStringLiteral("accounts"), accountIds}})
        << "\n"
        << Qt::flush;
    err << "Local cloud on " << server.baseUrl().toString() << " (csdsDomain " << server.hostPort()
        << ") for account " << accountText.join(QStringLiteral(", "))
        << ". Visitors sign up at /api/account/ACCOUNT/signup; agents log in through CSDS. Stop "
           "it with Ctrl+C.\n"
        << Qt::flush;

    CloudState state;
    state.url = server.baseUrl().toString();
    state.csdsDomain = server.hostPort();
    state.certificateFile = options.tlsCertificateFile;
    state.adminToken = options.adminToken;
    state.pid = QCoreApplication::applicationPid();
    for (const cloud::Account &a : std::as_const(accounts))
        state.accounts.append(a.id);
    const QString stateFile
            = parser.isSet(stateOption) ? parser.value(stateOption) : defaultCloudStateFile();
    if (const document::Result<void> written = writeCloudState(state, stateFile); !written)
        return fail(written.error().message);
    const QString portFile = parser.value(portFileOption);
    if (!portFile.isEmpty()) {
        if (const auto written
            = format::writeFileAtomically(portFile, QByteArray::number(*listening) + '\n');
            !written)
            return fail(written.error().message);
    }

    // An account file that changes (dialogsmith-cli account ...) applies at once.
    QFileSystemWatcher watcher;
    for (const QString &file : std::as_const(accountFiles)) {
        watcher.addPath(QFileInfo(file).absoluteFilePath());
        watcher.addPath(QFileInfo(file).absolutePath());
    }
    const auto reload = [&](const QString &) {
        for (const QString &file : std::as_const(accountFiles)) {
            const QString path = QFileInfo(file).absoluteFilePath();
            if (!watcher.files().contains(path) && QFile::exists(path))
                watcher.addPath(path); // an atomic save replaced the watched file
            document::Result<cloud::LoadedAccount> loaded = cloud::loadAccountFile(path);
            if (!loaded) {
                print({{QStringLiteral("event"), QStringLiteral("account-error")},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("error"), loaded.error().toString()}});
                continue;
            }
            const cloud::Brand *brand = server.brand(loaded->account.id);
            if (brand && brand->account() == loaded->account)
                continue;
            server.setAccount(loaded->account);
            print({{QStringLiteral("event"), QStringLiteral("account-reloaded")},
                   {QStringLiteral("account"), loaded->account.id},
                   {QStringLiteral("file"), path}});
        }
    };
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &server, reload);
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &server, reload);

    for (const QString &botFile : parser.values(deployOption)) {
        document::Result<format::LoadedBot> loaded = format::loadBotFile(botFile);
        if (!loaded)
            return fail(botFile + QStringLiteral(": ") + loaded.error().toString());
        QString why;
        const QList<cloud::Deployment> list
                = deploymentsOf(loaded->bot, botFile, cloud::DeployTarget::Demo, {}, &why);
        if (list.isEmpty())
            return fail(botFile + QStringLiteral(": ") + why);
        for (const cloud::Deployment &d : list) {
            const document::Result<void> deployed = deployments.deploy(d);
            if (!deployed)
                return fail(botFile + QStringLiteral(": ") + deployed.error().message);
            // How the start goes shows in the log (agent-status lines).
            std::ignore = deployments.start(d.accountId, d.loginName);
        }
    }

    const QString stoppedBy = stopSignals.wait();

    deployments.stopAll();
    server.close();
    QFile::remove(stateFile);
    if (!portFile.isEmpty())
        QFile::remove(portFile);

    // No transcript a tester wants is lost: every conversation goes to a file.
    const QString folder = parser.isSet(transcriptsOption)
                                   ? parser.value(transcriptsOption)
                                   : QFileInfo(cloud::defaultAccountFile()).absolutePath()
                                             + QStringLiteral("/transcripts");
    QJsonArray written;
    const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const cloud::Brand *brand : server.brands()) {
        if (brand->conversations().isEmpty())
            continue;
        QDir().mkpath(folder);
        const QString file = QStringLiteral("%1/cloud-%2-%3.json").arg(folder, brand->id(), stamp);
        const auto saved = format::writeFileAtomically(
                file, QJsonDocument(brand->toJson()).toJson(), format::FileAccess::OwnerOnly);
        if (!saved)
            err << "dialogsmith-cli cloud: error: " << saved.error().message << "\n";
        else
            written.append(file);
    }
    out << compact({{QStringLiteral("event"), QStringLiteral("stopped")},
                    {QStringLiteral("signal"), stoppedBy},
                    {QStringLiteral("transcripts"), written}})
        << "\n"
        << Qt::flush;
    return ExitOk;
}

} // namespace dialogsmith::cli
