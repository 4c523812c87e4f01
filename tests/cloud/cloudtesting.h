#pragma once

// Helpers for the cloud tests: the seed's account, a throwaway CA and certificate made with
// openssl, a cloud listening on 127.0.0.1, and waiting for clients.

#include "account.h"
#include "accountfile.h"
#include "cloudserver.h"
#include "consumerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace dialogsmith::cloud::testing {

/// The seed account's number.
inline const QString seedAccountId = QStringLiteral("12345678");
/// The sample routing bot's answer to "hi".
inline const QString routingBotGreeting = QStringLiteral(
        "Hi, I am the routing bot. Say \"agent\" to talk to a person, or ask about your bill.");

/// The seed's account 12345678: skills routing-bot (1001), human (1002), billing (1003); the
/// Bot user routing-bot (unlimited chats, skill routing-bot); human agents ana (human), ben
/// (billing) and carl (billing, with OAuth keys too); a campaign entering on routing-bot.
inline Account seedAccount()
{
    Account a;
    a.id = QStringLiteral("12345678");
    a.companyName = QStringLiteral("Acme");
    a.skills = {{1001, QStringLiteral("routing-bot")},
                {1002, QStringLiteral("human")},
                {1003, QStringLiteral("billing")}};
    auto user = [](QString id, QString login, QString nick, UserType type, QList<qint64> skills,
                   std::optional<int> maxChats, QString password) {
        User u;
        u.id = std::move(id);
        u.pid = QStringLiteral("00000000-0000-4000-8000-%1")
                        .arg(u.id.toInt(), 12, 10, QLatin1Char('0'));
        u.loginName = std::move(login);
        u.nickname = std::move(nick);
        u.name = u.nickname;
        u.type = type;
        u.skills = std::move(skills);
        u.maxChats = maxChats;
        if (!password.isEmpty())
            u.password = hashPassword(password, 1000); // tests need no slow hashes
        return u;
    };
    a.users = {user(QStringLiteral("1"), QStringLiteral("routing-bot"),
                    QStringLiteral("Routing Bot"), UserType::Bot, {1001}, std::nullopt, {}),
               user(QStringLiteral("2"), QStringLiteral("ana"), QStringLiteral("Ana"),
                    UserType::Human, {1002}, 4, QStringLiteral("ana-password")),
               user(QStringLiteral("3"), QStringLiteral("ben"), QStringLiteral("Ben"),
                    UserType::Human, {1003}, 4, QStringLiteral("ben-password")),
               user(QStringLiteral("4"), QStringLiteral("carl"), QStringLiteral("Carl"),
                    UserType::Human, {1003}, 4, QStringLiteral("carl-password"))};
    a.campaigns = {{QStringLiteral("1"), QStringLiteral("Web"), QStringLiteral("11"), 1001}};
    return a;
}

/// The seed account as an account file holds it (the next user id above the seed's users).
inline Account seedAccountFile()
{
    Account a = seedAccount();
    a.nextUserId = 5;
    return a;
}

/// Keeps a studio test's settings, secrets and data inside `dir` (nothing reaches the user's
/// own) and writes the seed account file there. Returns the account file's path, or an empty
/// string when it could not be written.
inline QString isolateStudioWithSeedAccount(const QTemporaryDir &dir, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DIALOGSMITH_KEYCHAIN", "off");
    qputenv("DIALOGSMITH_SECRET_STORE", "file");
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithTests"));
    QCoreApplication::setApplicationName(application);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    const QString accountFile = dir.filePath(QStringLiteral("data/account.json"));
    return saveAccountFile(seedAccountFile(), accountFile).ok() ? accountFile : QString();
}

/// The four OAuth keys of a user of the seed account, as the secret store holds them.
inline OAuthKeys keysOf(const QString &login)
{
    return OAuthKeys{login + QStringLiteral("-app-key-0123456789abcdef"),
                     login + QStringLiteral("-secret-01"),
                     login + QStringLiteral("-access-token-0123456789abcd"),
                     login + QStringLiteral("-token-secret-1")};
}

/// The secret store of the tests: the account's API access key and the OAuth keys of
/// routing-bot and carl under their secret-store names.
inline QHash<QString, QString> seedSecrets()
{
    QHash<QString, QString> secrets{
            {QStringLiteral("lpApiKey"), QStringLiteral("cloud-api-key-for-tests-0123456789")}};
    for (const QString &login : {QStringLiteral("routing-bot"), QStringLiteral("carl")}) {
        const KeyNames names = keyNames(QStringLiteral("12345678"), login);
        const OAuthKeys k = keysOf(login);
        secrets.insert(names.appKey, k.appKey);
        secrets.insert(names.secret, k.secret);
        secrets.insert(names.accessToken, k.accessToken);
        secrets.insert(names.accessTokenSecret, k.accessTokenSecret);
    }
    return secrets;
}

struct Certificates
{
    QString ca;   ///< the throwaway CA's certificate (what clients trust)
    QString cert; ///< the cloud's certificate for 127.0.0.1, signed by the CA
    QString key;  ///< its private key
    QString error;
};

/// A throwaway CA and a certificate for 127.0.0.1 and localhost it signs, made in `dir` by
/// scripts/cloud-certificate (the script the README gives testers).
inline Certificates makeCertificates(const QString &dir)
{
    Certificates c;
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(DIALOGSMITH_SOURCE_DIR "/scripts/cloud-certificate"), dir});
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        c.error = QStringLiteral("scripts/cloud-certificate failed: %1")
                          .arg(QString::fromLocal8Bit(script.readAllStandardError()));
        return c;
    }
    const QStringList files = QString::fromLocal8Bit(script.readAllStandardOutput())
                                      .split(u'\n', Qt::SkipEmptyParts);
    if (files.size() != 3) {
        c.error = QStringLiteral("scripts/cloud-certificate printed %1 files").arg(files.size());
        return c;
    }
    c.ca = files.at(0);
    c.cert = files.at(1);
    c.key = files.at(2);
    return c;
}

/// seedSecrets() as the cloud looks secrets up by name.
inline std::function<std::optional<QString>(const QString &)> seedSecretLookup()
{
    return [secrets = seedSecrets()](const QString &name) -> std::optional<QString> {
        const auto it = secrets.constFind(name);
        return it == secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    };
}

/// Options for a cloud over the seed secrets (TLS when `certs` is given).
inline CloudOptions cloudOptions(const Certificates *certs = nullptr)
{
    CloudOptions o;
    o.secret = seedSecretLookup();
    if (certs) {
        o.tlsCertificateFile = certs->cert;
        o.tlsKeyFile = certs->key;
    }
    return o;
}

/// Where scripts/setup installed the npm clients.
inline QString npmDirectory()
{
    QString dir = qEnvironmentVariable("DIALOGSMITH_NPM_DIR");
    if (dir.isEmpty()) {
        QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
        if (cache.isEmpty())
            cache = QDir::homePath() + QStringLiteral("/.cache");
        dir = cache + QStringLiteral("/dialogsmith/npm");
    }
    return dir;
}

/// The texts the consumer received from the conversation's assigned agent (the bot, or a
/// human after a transfer), in order.
inline QStringList agentMessages(const ConsumerClient &consumer)
{
    QStringList out;
    for (const QJsonObject &e : consumer.events()) {
        const QJsonObject event = e.value(QLatin1String("event")).toObject();
        if (event.value(QLatin1String("type")) == QLatin1String("ContentEvent")
            && e.value(QLatin1String("originatorMetadata")).toObject().value(QLatin1String("role"))
                       == QLatin1String("ASSIGNED_AGENT"))
            out.append(event.value(QLatin1String("message")).toString());
    }
    return out;
}

/// A visitor's first exchange: `consumer` connects, is given a conversation and says `text` in
/// it. False (with a warning that names the step) when the cloud refused or did not answer.
inline bool openConversationAndSay(ConsumerClient &consumer, const QString &text)
{
    QSignalSpy connected(&consumer, &ConsumerClient::connectedToCloud);
    consumer.connectToCloud();
    if (!connected.wait(5000)) {
        qWarning("The consumer did not connect to the cloud.");
        return false;
    }
    int code = 0;
    consumer.requestConversation([&code](int answer, const QJsonValue &) { code = answer; });
    if (!QTest::qWaitFor([&code] { return code != 0; }, 5000) || code != 200) {
        qWarning("The cloud answered the conversation request with %d.", code);
        return false;
    }
    consumer.publishText(text);
    return true;
}

} // namespace dialogsmith::cloud::testing
