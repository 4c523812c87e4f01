// The secret store: the 0600 file written atomically, environment overrides, the keychain's
// fallback, the CLI-facing operations, and that a secret value appears in no saved project, no
// export, no log line and no error.

#include "botruntime.h"
#include "conversation.h"
#include "escalationpresets.h"
#include "httpclient.h"
#include "projectfile.h"
#include "secrethosts.h"
#include "secretstore.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dialogsmith;
using namespace dialogsmith::network;

namespace {

const QString secretValue = QStringLiteral("s3cr3t-V4lue/with+chars");

SecretStore fileStore(const QString &directory)
{
    SecretStore::Options options;
    options.directory = directory;
    options.backend = SecretStore::Backend::FileOnly;
    return SecretStore(options);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void fileIsOnlyForItsOwnerWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t saved = ::umask(0); // the widest: a careless write would be 0666
        SecretStore store = fileStore(dir.path() + QStringLiteral("/config"));
        const auto stored = store.setValue(QStringLiteral("lpApiKey"), secretValue);
        ::umask(saved);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, SecretStore::Source::File);

        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        // Written through a temporary file in the same folder, renamed over: none is left.
        QCOMPARE(QDir(dir.path() + QStringLiteral("/config")).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("secrets.json")});
        QCOMPARE(store.value(QStringLiteral("lpApiKey")), std::optional<QString>(secretValue));

        // Someone loosened it: reading puts it right.
        QFile::setPermissions(store.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                        | QFileDevice::ReadOther);
        QCOMPARE(store.value(QStringLiteral("lpApiKey")), std::optional<QString>(secretValue));
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void setListDelete()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path());
        QVERIFY(store.setValue(QStringLiteral("b_key"), QStringLiteral("2")).ok());
        QVERIFY(store.setValue(QStringLiteral("a.key-1"), QStringLiteral("1")).ok());
        QVERIFY(store.setValue(QStringLiteral("b_key"), QStringLiteral("3")).ok()); // replaced
        const auto entries = store.entries();
        QVERIFY(entries.ok());
        QStringList names;
        for (const SecretStore::Entry &e : *entries) {
            if (e.source != SecretStore::Source::Environment)
                names.append(e.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("a.key-1"), QStringLiteral("b_key")}));
        QCOMPARE(store.value(QStringLiteral("b_key")), std::optional<QString>(QStringLiteral("3")));
        QVERIFY(store.remove(QStringLiteral("b_key")).ok());
        QCOMPARE(store.value(QStringLiteral("b_key")), std::nullopt);
        QCOMPARE(store.remove(QStringLiteral("b_key")).error().message,
                 QStringLiteral("there is no stored secret \"b_key\""));
        QVERIFY(!store.setValue(QStringLiteral("1st"), QStringLiteral("x")).ok());
        QVERIFY(!store.setValue(QStringLiteral("with space"), QStringLiteral("x")).ok());
        QCOMPARE(store.setValue(QStringLiteral("empty"), QString()).error().message,
                 QStringLiteral("the value is empty"));
        // The file holds the names and values of this store only.
        QVERIFY(!readAll(store.filePath()).contains("b_key"));
    }

    void hostsAreStoredWithTheSecret()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path());
        QVERIFY(store.setValue(QStringLiteral("lpApiKey"), secretValue).ok());
        QCOMPARE(*store.allowedHosts(QStringLiteral("lpApiKey")), QStringList());
        QVERIFY(store.allowHost(QStringLiteral("lpApiKey"), QStringLiteral(" API.Example.com "))
                        .ok());
        QVERIFY(store.allowHost(QStringLiteral("lpApiKey"), QStringLiteral("127.0.0.1:8750")).ok());
        QVERIFY(store.allowHost(QStringLiteral("lpApiKey"), QStringLiteral("api.example.com"))
                        .ok());
        // Also for a secret whose value lives elsewhere (the environment, the keychain).
        QVERIFY(store.allowHost(QStringLiteral("ciOnly"), QStringLiteral("ci.example.com")).ok());
        QCOMPARE(
                *store.allowedHosts(QStringLiteral("lpApiKey")),
                (QStringList{QStringLiteral("api.example.com"), QStringLiteral("127.0.0.1:8750")}));
        // Another store on the same folder (the CLI, the studio) sees them.
        SecretStore again = fileStore(dir.path());
        QCOMPARE(again.allowedHosts(QStringLiteral("ciOnly"))->size(), 1);
        QCOMPARE(again.value(QStringLiteral("lpApiKey")), std::optional<QString>(secretValue));
        const auto entries = again.entries();
        QVERIFY(entries.ok());
        for (const SecretStore::Entry &e : *entries) {
            if (e.name == QLatin1String("lpApiKey"))
                QCOMPARE(e.hosts.size(), 2);
        }
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));

        QVERIFY(!store.allowHost(QStringLiteral("lpApiKey"), QStringLiteral("user@evil.test"))
                         .ok());
        QVERIFY(!store.allowHost(QStringLiteral("lpApiKey"), QStringLiteral("a.test/path")).ok());
        QVERIFY(!store.allowHost(QStringLiteral("lpApiKey"), QString()).ok());
        QVERIFY(store.forbidHost(QStringLiteral("lpApiKey"), QStringLiteral("API.example.com"))
                        .ok());
        QCOMPARE(*store.allowedHosts(QStringLiteral("lpApiKey")),
                 QStringList{QStringLiteral("127.0.0.1:8750")});
        QVERIFY(!store.forbidHost(QStringLiteral("lpApiKey"), QStringLiteral("other.test")).ok());
        // A deleted secret takes its hosts along: a new one of that name starts with none.
        QVERIFY(store.remove(QStringLiteral("lpApiKey")).ok());
        QVERIFY(store.setValue(QStringLiteral("lpApiKey"), QStringLiteral("new")).ok());
        QCOMPARE(*store.allowedHosts(QStringLiteral("lpApiKey")), QStringList());
    }

    void secretsGoOnlyToTheirHosts()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path());
        SecretHostPolicy policy(&store);
        const QUrl api(QStringLiteral("https://api.example.com/orders"));
        const QUrl desk(QStringLiteral("http://127.0.0.1:8750/x"));
        QCOMPARE(SecretHostPolicy::hostOf(api), QStringLiteral("api.example.com"));
        QCOMPARE(SecretHostPolicy::hostOf(desk), QStringLiteral("127.0.0.1:8750"));
        QCOMPARE(SecretHostPolicy::hostOf(QUrl(QStringLiteral("http://[::1]:80/"))),
                 QStringLiteral("[::1]:80"));

        // Nothing allowed, nobody to ask: refused with the way out.
        std::optional<document::Result<void>> answer;
        const auto check = [&](const QStringList &secrets, const QUrl &url) {
            answer.reset();
            policy.check(secrets, url, [&](document::Result<void> r) { answer = r; });
            return answer && answer->ok();
        };
        QVERIFY(!check({QStringLiteral("lpApiKey")}, api));
        QCOMPARE(answer->error().message,
                 QStringLiteral("the secret \"lpApiKey\" may not be sent to api.example.com: "
                                "allow it for this run with --allow-secret-host api.example.com, "
                                "or for good with 'dialogsmith-cli secret allow lpApiKey "
                                "api.example.com'"));
        QVERIFY(check({}, api));
        // Stored with the secret: that host only (any port), not its neighbours.
        QVERIFY(store.allowHost(QStringLiteral("lpApiKey"), QStringLiteral("api.example.com"))
                        .ok());
        QVERIFY(check({QStringLiteral("lpApiKey")}, api));
        QVERIFY(check({QStringLiteral("lpApiKey")},
                      QUrl(QStringLiteral("https://API.example.com:8443/"))));
        QVERIFY(!check({QStringLiteral("lpApiKey")}, QUrl(QStringLiteral("https://example.com/"))));
        QVERIFY(!check({QStringLiteral("lpApiKey"), QStringLiteral("other")}, api));
        QVERIFY(!check({QStringLiteral("lpApiKey")}, desk));
        // A host with a port allows that port only.
        policy.allowForRun(QStringLiteral("127.0.0.1:8750"));
        QVERIFY(check({QStringLiteral("lpApiKey"), QStringLiteral("other")}, desk));
        QVERIFY(!check({QStringLiteral("lpApiKey")}, QUrl(QStringLiteral("http://127.0.0.1:9/"))));

        // With someone to ask: one question per secret and host, answered later.
        QList<std::function<void(SecretHostPolicy::Answer)>> pending;
        QStringList asked;
        policy.setAsk([&](const QString &secret, const QString &host,
                          std::function<void(SecretHostPolicy::Answer)> reply) {
            asked.append(secret + QLatin1Char('@') + host);
            pending.append(std::move(reply));
        });
        const QUrl other(QStringLiteral("https://other.example.com/"));
        int allowed = 0;
        int refused = 0;
        const auto count = [&](document::Result<void> r) {
            ++(r ? allowed : refused);
        };
        policy.check({QStringLiteral("lpApiKey")}, other, count);
        policy.check({QStringLiteral("lpApiKey")}, other, count);
        QCOMPARE(asked, QStringList{QStringLiteral("lpApiKey@other.example.com")});
        QCOMPARE(allowed + refused, 0);
        pending.takeFirst()(SecretHostPolicy::Answer::AllowOnce);
        QCOMPARE(allowed, 2);
        QVERIFY(check({QStringLiteral("lpApiKey")}, other)); // for the rest of the session
        QVERIFY(!store.allowedHosts(QStringLiteral("lpApiKey"))
                         ->contains(QStringLiteral("other.example.com")));

        const QUrl evil(QStringLiteral("https://evil.example/"));
        policy.check({QStringLiteral("lpApiKey")}, evil, count);
        pending.takeFirst()(SecretHostPolicy::Answer::Deny);
        QCOMPARE(refused, 1);
        asked.clear();
        QVERIFY(!check({QStringLiteral("lpApiKey")}, evil)); // not asked again
        QVERIFY(asked.isEmpty());
        QCOMPARE(answer->error().message,
                 QStringLiteral("the secret \"lpApiKey\" may not be sent to evil.example: allow it "
                                "for this run with --allow-secret-host evil.example, or for good "
                                "with 'dialogsmith-cli secret allow lpApiKey evil.example'"));

        const QUrl always(QStringLiteral("https://always.example/"));
        policy.check({QStringLiteral("lpApiKey")}, always, count);
        pending.takeFirst()(SecretHostPolicy::Answer::AllowAlways);
        QCOMPARE(allowed, 3);
        QVERIFY(store.allowedHosts(QStringLiteral("lpApiKey"))
                        ->contains(QStringLiteral("always.example")));
        QVERIFY(pending.isEmpty());
    }

    void requestsCarryASecretOnlyWhereItMayGo()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path());
        SecretHostPolicy policy(&store);
        testing::TestHttpServer server;
        HttpClient client;
        client.setSecretPolicy(&policy);
        runtime::HttpRequest request;
        request.url = server.url(QStringLiteral("/ok?key=") + secretValue);
        request.secretNames = {QStringLiteral("apiKey")};
        std::optional<document::Result<runtime::HttpResponse>> result;
        const auto send = [&] {
            result.reset();
            client.send(request, [&](document::Result<runtime::HttpResponse> r) { result = r; });
            return QTest::qWaitFor([&] { return result.has_value(); }, 5000);
        };
        QVERIFY(send());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().message,
                 QStringLiteral("the secret \"apiKey\" may not be sent to 127.0.0.1:%1: allow it "
                                "for this run with --allow-secret-host 127.0.0.1:%1, or for good "
                                "with 'dialogsmith-cli secret allow apiKey 127.0.0.1:%1'")
                         .arg(server.port()));
        QVERIFY(server.requests.isEmpty());
        QVERIFY(store.allowHost(QStringLiteral("apiKey"), QStringLiteral("127.0.0.1")).ok());
        QVERIFY(send());
        QVERIFY(result->ok());
        QCOMPARE(server.requests.size(), 1);
    }

    void environmentWins()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path());
        QVERIFY(store.setValue(QStringLiteral("ciKey"), QStringLiteral("stored")).ok());
        qputenv("DIALOGSMITH_SECRET_ciKey", "from-ci");
        qputenv("DIALOGSMITH_SECRET_onlyEnv", "env-only");
        QCOMPARE(store.value(QStringLiteral("ciKey")),
                 std::optional<QString>(QStringLiteral("from-ci")));
        const auto entries = store.entries();
        bool listed = false;
        for (const SecretStore::Entry &e : *entries)
            listed = listed
                     || (e.name == QLatin1String("onlyEnv")
                         && e.source == SecretStore::Source::Environment);
        QVERIFY(listed);
        // A runtime's resolver sees them too, also ones set after the bot was loaded.
        const auto resolve = secretResolver(store.values({QStringLiteral("ciKey")}));
        QCOMPARE(resolve(QStringLiteral("ciKey")),
                 std::optional<QString>(QStringLiteral("from-ci")));
        QCOMPARE(resolve(QStringLiteral("onlyEnv")),
                 std::optional<QString>(QStringLiteral("env-only")));
        QCOMPARE(resolve(QStringLiteral("unknown")), std::nullopt);
        qunsetenv("DIALOGSMITH_SECRET_ciKey");
        qunsetenv("DIALOGSMITH_SECRET_onlyEnv");
        QCOMPARE(store.value(QStringLiteral("ciKey")),
                 std::optional<QString>(QStringLiteral("stored")));
    }

    void damagedFileIsReportedWithoutItsContents()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path());
        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"secrets\": {\"k\": {\"value\": \"" + secretValue.toUtf8() + "\"");
        f.close();
        QString problem;
        QCOMPARE(store.value(QStringLiteral("k"), &problem), std::nullopt);
        QVERIFY(problem.startsWith(
                QStringLiteral("the secret file %1 is damaged").arg(store.filePath())));
        QVERIFY(!problem.contains(secretValue));
        QVERIFY(!store.setValue(QStringLiteral("k"), QStringLiteral("v")).ok()); // not overwritten
    }

    void keychainThatDoesNotAnswerFallsBackToTheFile()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a session bus is running: this test leaves the user's keychain alone");
        QTemporaryDir dir;
        SecretStore::Options options;
        options.directory = dir.path();
        options.keychainTimeout = std::chrono::milliseconds(500);
        options.service = QStringLiteral("dialogsmith-test");
        SecretStore store(options);
        QElapsedTimer timer;
        timer.start();
        const auto stored = store.setValue(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(stored.ok());
        QCOMPARE(*stored, SecretStore::Source::File);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!store.keychainAvailable());
    }

    void referencedSecretsOfABot()
    {
        const auto loaded = format::loadBotFile(
                QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
        QVERIFY(loaded.ok());
        // The escalation's key, and the four OAuth keys of the bot agent.
        const QStringList agentKeys = {QStringLiteral("lp12345678_routing_bot_appKey"),
                                       QStringLiteral("lp12345678_routing_bot_secret"),
                                       QStringLiteral("lp12345678_routing_bot_accessToken"),
                                       QStringLiteral("lp12345678_routing_bot_accessTokenSecret")};
        QCOMPARE(referencedSecrets(loaded->bot),
                 QStringList{QStringLiteral("lpApiKey")} + agentKeys);
        // A conversation resolves only what the bot's templates name.
        QCOMPARE(runtimeSecrets(loaded->bot), QStringList{QStringLiteral("lpApiKey")});
        document::Bot bot = loaded->bot;
        bot.integrations.first().url = QStringLiteral("https://x.test/?k={$secret.urlKey}");
        bot.integrations.first().body = QStringLiteral("{\"t\": \"{$secret.bodyKey}\"}");
        QCOMPARE(runtimeSecrets(bot),
                 (QStringList{QStringLiteral("lpApiKey"), QStringLiteral("urlKey"),
                              QStringLiteral("bodyKey")}));
        QCOMPARE(referencedSecrets(bot),
                 (QStringList{QStringLiteral("lpApiKey"), QStringLiteral("urlKey"),
                              QStringLiteral("bodyKey")}
                  + agentKeys));
        // A template that names an agent key counts once.
        bot.integrations.first().body = QStringLiteral("{$secret.lp12345678_routing_bot_secret}");
        QCOMPARE(referencedSecrets(bot).count(QStringLiteral("lp12345678_routing_bot_secret")), 1);
    }

    void valueNeverInAProjectAnExportALogOrAnError()
    {
        QTemporaryDir dir;
        SecretStore store = fileStore(dir.path() + QStringLiteral("/config"));
        QVERIFY(store.setValue(escalationSecretName(), secretValue).ok());
        const auto loaded = format::loadBotFile(
                QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
        QVERIFY(loaded.ok());

        // A server that echoes the key back, in a failure.
        testing::TestHttpServer echo;
        document::Bot bot = loaded->bot;
        HttpClient http;
        runtime::RuntimeOptions options;
        options.environmentOverrides = {{escalationHostVariable(), echo.url(QString())}};
        options.secret = secretResolver(store.values(referencedSecrets(bot)));
        runtime::UnavailableTransport noTransfers;
        runtime::BotRuntime runtime(bot, options, &http, &noTransfers);
        runtime::Conversation *c = runtime.startConversation({runtime::Channel::Messaging, {}, {}});
        QStringList lines;
        QObject::connect(c, &runtime::Conversation::eventOccurred,
                         [&lines](const runtime::RuntimeEvent &e) {
                             lines.append(e.describe());
                             lines.append(e.detail);
                         });
        QStringList said;
        QObject::connect(c, &runtime::Conversation::messageSent,
                         [&said](const runtime::BotMessage &m) { said.append(m.summary()); });
        c->send(QStringLiteral("agent"));
        QTRY_VERIFY_WITH_TIMEOUT(!c->isBusy(), 3000);
        QCOMPARE(said, QStringList{runtime::Conversation::transferFailedText()});
        QCOMPARE(echo.requests.size(), 1);
        QCOMPARE(echo.requests.first().header("Authorization"), secretValue.toUtf8());
        const QString log = lines.join(QLatin1Char('\n'));
        QVERIFY(log.contains(QStringLiteral("Authorization: ***")));
        QVERIFY(log.contains(QStringLiteral(
                "failed: the server answered HTTP 500 Internal Server Error: wrong key: ***")));
        QVERIFY2(!log.contains(secretValue), qPrintable(log));
        QVERIFY(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(secretValue))));

        // Save and export after the conversation: names only.
        const QString project = dir.path() + QStringLiteral("/bot.json");
        const QString exported = dir.path() + QStringLiteral("/cb.json");
        QVERIFY(format::saveBotFile(bot, project).ok());
        QVERIFY(format::saveBotFile(bot, exported, format::WriteTarget::ConversationBuilder).ok());
        QVERIFY(readAll(project).contains("lpApiKey"));
        QVERIFY(!readAll(project).contains(secretValue.toUtf8()));
        QVERIFY(!readAll(exported).contains(secretValue.toUtf8()));
        QVERIFY(!readAll(exported).contains("x-dialogsmith"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
