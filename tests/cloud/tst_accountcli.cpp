// dialogsmith-cli account, as a user scripts the seed's LiveEngage set-up: through the
// executable, with a data folder, a config folder and a secret store of the test's own, so the
// real user's account and secrets are never read or written.

#include "accountfile.h"
#include "password.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dialogsmith;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject storedSecrets(const QString &secretsFile)
{
    return QJsonDocument::fromJson(readAll(secretsFile))
            .object()
            .value(QStringLiteral("secrets"))
            .toObject();
}

QString storedValue(const QString &secretsFile, const QString &name)
{
    return storedSecrets(secretsFile)
            .value(name)
            .toObject()
            .value(QStringLiteral("value"))
            .toString();
}

const QString botKeyPrefix = QStringLiteral("lp12345678_routing_bot_");

} // namespace

class TestAccountCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString accountFile() const
    {
        return m_home.path() + QStringLiteral("/data/dialogsmith/account.json");
    }
    QString secretsFile() const
    {
        return m_home.path() + QStringLiteral("/config/dialogsmith/secrets.json");
    }

    Run cli(QStringList args, const QByteArray &input = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("DIALOGSMITH_KEYCHAIN"), QStringLiteral("off"));
        for (const QString &name : env.keys()) {
            if (name.startsWith(QStringLiteral("DIALOGSMITH_SECRET_")))
                env.remove(name);
        }
        QProcess p;
        p.setProcessEnvironment(env);
        args.prepend(QStringLiteral("account"));
        p.start(QStringLiteral(DIALOGSMITH_CLI), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            qFatal("dialogsmith-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    /// Runs a command that must succeed and returns its output.
    QString ok(const QStringList &args, const QByteArray &input = {}) const
    {
        const Run r = cli(args, input);
        if (r.exitCode != 0)
            qWarning("account %s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
                     qPrintable(r.err));
        return r.exitCode == 0 ? r.out : QStringLiteral("<failed>");
    }

    /// Runs a command that must be refused with `exitCode` and `error` on stderr, leaving the
    /// account file as it was.
    void refused(const QStringList &args, int exitCode, const QString &error,
                 const QByteArray &input = {})
    {
        const QByteArray before = readAll(accountFile());
        const Run r = cli(args, input);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err, error);
        QCOMPARE(r.out, QString());
        QCOMPARE(readAll(accountFile()), before);
    }

private slots:
    void initCreatesTheAccountAndTheApiKey();
    void seedSetUp();
    void showAndList();
    void showJsonHasNoSecretValues();
    void passwordsAndKeysStayOutOfTheFile();
    void removalsInUseAreRefused();
    void badInputChangesNothing();
    void malformedFileChangesNothing();
    void usageErrors();
    void otherAccountFile();
    void removals();
};

void TestAccountCli::initCreatesTheAccountAndTheApiKey()
{
    QVERIFY(m_home.isValid());
    refused({QStringLiteral("show")}, 1,
            QStringLiteral("dialogsmith-cli account: error: there is no account file %1: create "
                           "it with 'dialogsmith-cli account init --account-id N'\n")
                    .arg(accountFile()));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--account-id"),
                          QStringLiteral("12345678"), QStringLiteral("--company"),
                          QStringLiteral("Acme")});
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(init.err, QString());
    static const QRegularExpression shape(QStringLiteral(
            "^Created the account 12345678 \\(Acme\\) in (.+)\\.\nPermanent API access key "
            "\\(shown only now\\): ([0-9a-f]{32})\nIt is stored as the secret \"lpApiKey\" in "
            "(.+)\\.\n$"));
    const QRegularExpressionMatch m = shape.match(init.out);
    QVERIFY2(m.hasMatch(), qPrintable(init.out));
    QCOMPARE(m.captured(1), accountFile());
    QCOMPARE(m.captured(3), secretsFile());
    const QString apiKey = m.captured(2);
    QCOMPARE(storedValue(secretsFile(), QStringLiteral("lpApiKey")), apiKey);
    QVERIFY(!readAll(accountFile()).contains(apiKey.toUtf8()));

    refused({QStringLiteral("init"), QStringLiteral("--account-id"), QStringLiteral("87654321")}, 1,
            QStringLiteral("dialogsmith-cli account: error: the account file %1 exists already: "
                           "use --force to replace it\n")
                    .arg(accountFile()));
    // With --force the file is new, the key is kept and not shown again.
    const Run force = cli({QStringLiteral("init"), QStringLiteral("--account-id"),
                           QStringLiteral("12345678"), QStringLiteral("--company"),
                           QStringLiteral("Acme"), QStringLiteral("--force")});
    QCOMPARE(force.exitCode, 0);
    QCOMPARE(force.out, QStringLiteral("Created the account 12345678 (Acme) in %1.\nThe permanent "
                                       "API access key is set already (secret \"lpApiKey\"); the "
                                       "account keeps it.\n")
                                .arg(accountFile()));
    QCOMPARE(storedValue(secretsFile(), QStringLiteral("lpApiKey")), apiKey);
}

void TestAccountCli::seedSetUp()
{
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("routing-bot")}),
             QStringLiteral("Added the skill \"routing-bot\" (1001).\n"));
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("human")}),
             QStringLiteral("Added the skill \"human\" (1002).\n"));
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("billing"),
                 QStringLiteral("--id"), QStringLiteral("1003")}),
             QStringLiteral("Added the skill \"billing\" (1003).\n"));

    // The bot comes before its campaign: its entry skill is a routing skill until then.
    const Run bot
            = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("routing-bot"),
                   QStringLiteral("--type"), QStringLiteral("bot"), QStringLiteral("--skill"),
                   QStringLiteral("routing-bot"), QStringLiteral("--max-chats"),
                   QStringLiteral("unlimited")});
    QCOMPARE(bot.exitCode, 0);
    QCOMPARE(bot.out, QStringLiteral("Added the bot user \"routing-bot\" (id 1). Give it its OAuth "
                                     "keys with 'dialogsmith-cli account key generate "
                                     "routing-bot'.\n"));
    QCOMPARE(bot.err, QStringLiteral("warning: users[0].skills[0]: the Bot user \"routing-bot\" "
                                     "has the routing skill \"routing-bot\", which no campaign "
                                     "enters on: transfers to it would ring the bot\n"));

    const auto generate = [this] {
        const Run keys = cli(
                {QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("routing-bot")});
        [&] {
            QCOMPARE(keys.exitCode, 0);
            QCOMPARE(keys.err, QString());
        }();
        return keys.out;
    };
    const QString first = generate();
    static const QRegularExpression shape(
            QStringLiteral("^# The OAuth keys of the Bot user \"routing-bot\" in account "
                           "12345678, shown only now\\.\n# Stored in the secret store \\((.+)\\) "
                           "under these names; a bot's enterprise integration names them\\.\n"
                           "lp12345678_routing_bot_appKey=([0-9a-f]{32})\n"
                           "lp12345678_routing_bot_secret=([0-9a-f]{16})\n"
                           "lp12345678_routing_bot_accessToken=([0-9a-f]{32})\n"
                           "lp12345678_routing_bot_accessTokenSecret=([0-9a-f]{16})\n$"));
    QRegularExpressionMatch m = shape.match(first);
    QVERIFY2(m.hasMatch(), qPrintable(first));
    QCOMPARE(m.captured(1), secretsFile());
    const QStringList kinds = {QStringLiteral("appKey"), QStringLiteral("secret"),
                               QStringLiteral("accessToken"), QStringLiteral("accessTokenSecret")};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(storedValue(secretsFile(), botKeyPrefix + kinds.at(i)), m.captured(i + 2));
    // Generating again replaces all four.
    const QString second = generate();
    const QRegularExpressionMatch again = shape.match(second);
    QVERIFY2(again.hasMatch(), qPrintable(second));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(again.captured(i + 2) != m.captured(i + 2));
        QCOMPARE(storedValue(secretsFile(), botKeyPrefix + kinds.at(i)), again.captured(i + 2));
    }

    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"),
                 QStringLiteral("--type"), QStringLiteral("human"), QStringLiteral("--skill"),
                 QStringLiteral("human"), QStringLiteral("--max-chats"), QStringLiteral("3"),
                 QStringLiteral("--email"), QStringLiteral("ana@acme.example"),
                 QStringLiteral("--nickname"), QStringLiteral("Ana"), QStringLiteral("--name"),
                 QStringLiteral("Ana Ramos")},
                "ana-secret\n"),
             QStringLiteral("Added the human user \"ana\" (id 2).\n"));
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ben"),
                 QStringLiteral("--type"), QStringLiteral("human"), QStringLiteral("--skill"),
                 QStringLiteral("1003")},
                "ben-secret"),
             QStringLiteral("Added the human user \"ben\" (id 3).\n"));
    QCOMPARE(ok({QStringLiteral("campaign"), QStringLiteral("set"), QStringLiteral("Website"),
                 QStringLiteral("--skill"), QStringLiteral("routing-bot")}),
             QStringLiteral("Created the campaign \"Website\" (id 1, engagement 1): new "
                            "conversations enter on the skill \"routing-bot\" (1001).\n"));
    // The bot's skill is an entry skill now: no warning any more.
    const Run show = cli({QStringLiteral("show")});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.err, QString());
}

void TestAccountCli::showAndList()
{
    QCOMPARE(ok({QStringLiteral("show")}),
             QStringLiteral("Account 12345678 (Acme)\n"
                            "File: %1\n"
                            "Permanent API access key: secret \"lpApiKey\" (set)\n"
                            "Skills:\n"
                            "  1001 routing-bot\n"
                            "  1002 human\n"
                            "  1003 billing\n"
                            "Users:\n"
                            "  routing-bot (bot, id 1): unlimited chats, skills routing-bot; keys "
                            "generated\n"
                            "  ana (human, id 2): max 3 chats, skills human\n"
                            "  ben (human, id 3): unlimited chats, skills billing\n"
                            "Campaigns:\n"
                            "  Website (id 1, engagement 1): entry skill \"routing-bot\" (1001)\n")
                     .arg(accountFile()));
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("list")}),
             QStringLiteral("1001 routing-bot\n1002 human\n1003 billing\n"));
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("list")}),
             QStringLiteral("routing-bot (bot, id 1): unlimited chats, skills routing-bot; keys "
                            "generated\n"
                            "ana (human, id 2): max 3 chats, skills human\n"
                            "ben (human, id 3): unlimited chats, skills billing\n"));
    QCOMPARE(ok({QStringLiteral("campaign"), QStringLiteral("list")}),
             QStringLiteral("Website (id 1, engagement 1): entry skill \"routing-bot\" (1001)\n"));
    // Updating a campaign keeps its ids.
    QCOMPARE(ok({QStringLiteral("campaign"), QStringLiteral("set"), QStringLiteral("website"),
                 QStringLiteral("--skill"), QStringLiteral("1001"), QStringLiteral("--engagement"),
                 QStringLiteral("77")}),
             QStringLiteral("Updated the campaign \"Website\" (id 1, engagement 77): new "
                            "conversations enter on the skill \"routing-bot\" (1001).\n"));
}

void TestAccountCli::showJsonHasNoSecretValues()
{
    const QString text = ok({QStringLiteral("show"), QStringLiteral("--json")});
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("accountId")).toString(), QStringLiteral("12345678"));
    QCOMPARE(root.value(QStringLiteral("companyName")).toString(), QStringLiteral("Acme"));
    QCOMPARE(root.value(QStringLiteral("apiKeyStored")).toBool(), true);
    QCOMPARE(root.value(QStringLiteral("skills")).toArray().size(), 3);
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 3);
    const QJsonObject bot = users.at(0).toObject();
    QCOMPARE(bot.value(QStringLiteral("type")).toString(), QStringLiteral("bot"));
    QCOMPARE(bot.value(QStringLiteral("maxChats")).toString(), QStringLiteral("unlimited"));
    QCOMPARE(bot.value(QStringLiteral("keysStored")).toBool(), true);
    QCOMPARE(bot.value(QStringLiteral("keyNames")).toObject().value(QStringLiteral("accessToken")),
             QJsonValue(botKeyPrefix + QStringLiteral("accessToken")));
    const QJsonObject ana = users.at(1).toObject();
    QCOMPARE(ana.value(QStringLiteral("hasPassword")).toBool(), true);
    QVERIFY(!ana.contains(QStringLiteral("password")));
    QCOMPARE(ana.value(QStringLiteral("skills")).toArray(), QJsonArray{1002});
    QCOMPARE(root.value(QStringLiteral("campaigns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("entrySkill")),
             QJsonValue(1001));
    // No value from the secret store, no hash.
    const QJsonObject secrets = storedSecrets(secretsFile());
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        QVERIFY2(!text.contains(it.value().toObject().value(QStringLiteral("value")).toString()),
                 qPrintable(it.key()));
    QVERIFY(!text.contains(QStringLiteral("salt")));
}

void TestAccountCli::passwordsAndKeysStayOutOfTheFile()
{
    const QByteArray file = readAll(accountFile());
    QVERIFY(!file.contains("ana-secret"));
    QVERIFY(!file.contains("ben-secret"));
    const QJsonObject secrets = storedSecrets(secretsFile());
    QCOMPARE(secrets.size(), 5); // lpApiKey and the bot's four keys
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        QVERIFY(!file.contains(
                it.value().toObject().value(QStringLiteral("value")).toString().toUtf8()));

    document::Result<cloud::LoadedAccount> loaded = cloud::loadAccountFile(accountFile());
    QVERIFY(loaded.ok());
    const cloud::User *ana = loaded->account.userByLogin(QStringLiteral("ana"));
    QVERIFY(ana && ana->password);
    QVERIFY(cloud::verifyPassword(*ana->password, QStringLiteral("ana-secret")));
    QVERIFY(!cloud::verifyPassword(*ana->password, QStringLiteral("ben-secret")));
    QVERIFY(cloud::verifyPassword(*loaded->account.userByLogin(QStringLiteral("ben"))->password,
                                  QStringLiteral("ben-secret")));

    // A new password replaces the old one.
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("ana")},
                "new-ana-secret\n"),
             QStringLiteral("Changed the password of \"ana\".\n"));
    loaded = cloud::loadAccountFile(accountFile());
    QVERIFY(loaded.ok());
    ana = loaded->account.userByLogin(QStringLiteral("ana"));
    QVERIFY(cloud::verifyPassword(*ana->password, QStringLiteral("new-ana-secret")));
    QVERIFY(!cloud::verifyPassword(*ana->password, QStringLiteral("ana-secret")));
}

void TestAccountCli::removalsInUseAreRefused()
{
    refused({QStringLiteral("skill"), QStringLiteral("remove"), QStringLiteral("routing-bot")}, 1,
            QStringLiteral("dialogsmith-cli account: error: the skill \"routing-bot\" (1001) is "
                           "still used by user \"routing-bot\" and campaign \"Website\": take it "
                           "from them first\n"));
    refused({QStringLiteral("skill"), QStringLiteral("remove"), QStringLiteral("1002")}, 1,
            QStringLiteral("dialogsmith-cli account: error: the skill \"human\" (1002) is still "
                           "used by user \"ana\": take it from them first\n"));
    refused({QStringLiteral("skill"), QStringLiteral("remove"), QStringLiteral("sales")}, 1,
            QStringLiteral("dialogsmith-cli account: error: there is no skill \"sales\" in the "
                           "account (see 'dialogsmith-cli account skill list')\n"));
}

void TestAccountCli::badInputChangesNothing()
{
    const QStringList addCarl
            = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
               QStringLiteral("--type"), QStringLiteral("human")};
    refused(addCarl + QStringList{QStringLiteral("--skill"), QStringLiteral("sales")}, 1,
            QStringLiteral("dialogsmith-cli account: error: there is no skill \"sales\" in the "
                           "account (see 'dialogsmith-cli account skill list')\n"),
            "carl-secret\n");
    refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ANA"),
             QStringLiteral("--type"), QStringLiteral("bot")},
            1,
            QStringLiteral("dialogsmith-cli account: error: there is a user with the login name "
                           "\"ana\" already (id 2)\n"));
    // A bot with a password: the command line has no way to give one...
    refused({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("routing-bot")}, 1,
            QStringLiteral("dialogsmith-cli account: error: \"routing-bot\" is a Bot user: it logs "
                           "in with its OAuth keys, not a password ('dialogsmith-cli account key "
                           "generate routing-bot')\n"),
            "bot-password\n");
    // ... and an empty password is refused.
    refused(addCarl, 1,
            QStringLiteral("dialogsmith-cli account: error: the password is empty: give it on "
                           "stdin (one line)\n"));
    refused(addCarl, 1,
            QStringLiteral("dialogsmith-cli account: error: the password must be one line\n"),
            "two\nlines\n");
    // A bot whose keys would share their names with the first bot's.
    refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("routing.bot"),
             QStringLiteral("--type"), QStringLiteral("bot")},
            1,
            QStringLiteral("dialogsmith-cli account: error: users[3].loginName: the keys of "
                           "\"routing.bot\" would share their secret names "
                           "(lp12345678_routing_bot_appKey) with users[0]: change one login "
                           "name\n"));
    refused({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("Billing")}, 1,
            QStringLiteral("dialogsmith-cli account: error: there is a skill named \"billing\" "
                           "already (id 1003)\n"));
    refused({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("sales"),
             QStringLiteral("--id"), QStringLiteral("1002")},
            1,
            QStringLiteral("dialogsmith-cli account: error: the skill id 1002 is taken by the "
                           "skill \"human\"\n"));
    refused({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("ana")}, 1,
            QStringLiteral("dialogsmith-cli account: error: \"ana\" is a Human user: only Bot "
                           "users have OAuth keys (Human users log in with a password)\n"));
    refused({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("nobody")}, 1,
            QStringLiteral("dialogsmith-cli account: error: there is no user \"nobody\" in the "
                           "account\n"));
    refused({QStringLiteral("campaign"), QStringLiteral("set"), QStringLiteral("Shop"),
             QStringLiteral("--skill"), QStringLiteral("4711")},
            1,
            QStringLiteral("dialogsmith-cli account: error: there is no skill \"4711\" in the "
                           "account (see 'dialogsmith-cli account skill list')\n"));
    refused({QStringLiteral("campaign"), QStringLiteral("remove"), QStringLiteral("Shop")}, 1,
            QStringLiteral("dialogsmith-cli account: error: there is no campaign \"Shop\" in the "
                           "account\n"));
}

void TestAccountCli::malformedFileChangesNothing()
{
    const QByteArray good = readAll(accountFile());
    const auto writeFile = [this](const QByteArray &bytes) {
        QFile f(accountFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };

    QByteArray broken = good;
    broken.replace("\"nextUserId\": 4,", "\"nextUserId\": 4");
    writeFile(broken);
    for (const QStringList &args :
         {QStringList{QStringLiteral("show")},
          QStringList{QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("sales")},
          QStringList{QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("ben")},
          QStringList{QStringLiteral("key"), QStringLiteral("generate"),
                      QStringLiteral("routing-bot")}})
        refused(args, 1,
                QStringLiteral("dialogsmith-cli account: error: %1: line 8, column 3: expected "
                               "',' or '}' in an object but found '\"'\n")
                        .arg(accountFile()));

    // A hand-edited file that gives the bot a password is refused with the place.
    QByteArray botPassword = good;
    const QByteArray anaPassword
            = good.mid(good.indexOf("\"password\""), good.indexOf("}", good.indexOf("\"password\""))
                                                             + 1 - good.indexOf("\"password\""));
    botPassword.replace("\"skills\": [\n        1001\n      ]",
                        "\"skills\": [\n        1001\n      ],\n      " + anaPassword);
    writeFile(botPassword);
    refused({QStringLiteral("user"), QStringLiteral("list")}, 1,
            QStringLiteral("dialogsmith-cli account: error: %1: users[0].password: a Bot user "
                           "logs in with its OAuth keys, not a password\n")
                    .arg(accountFile()));
    // The keys were not touched by any of it.
    QCOMPARE(storedSecrets(secretsFile()).size(), 5);
    writeFile(good);
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("list")}).exitCode, 0);
}

void TestAccountCli::usageErrors()
{
    const QString usage = QStringLiteral(
            "usage: account init --account-id N | show | skill add|list|remove | "
            "user add|password|list|remove | key generate LOGIN | campaign set|list|remove "
            "(see 'dialogsmith-cli account --help')");
    refused({QStringLiteral("frobnicate")}, 2,
            QStringLiteral("dialogsmith-cli account: unknown command 'frobnicate'; %1\n")
                    .arg(usage));
    refused({QStringLiteral("skill")}, 2,
            QStringLiteral("dialogsmith-cli account: 'skill' needs an action: add, list or "
                           "remove\n"));
    refused({QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("ana")}, 2,
            QStringLiteral("dialogsmith-cli account: 'user' needs an action: add, password, "
                           "list or remove\n"));
    refused({QStringLiteral("skill"), QStringLiteral("add")}, 2,
            QStringLiteral("dialogsmith-cli account: usage: account skill add NAME [--id N]\n"));
    refused({QStringLiteral("skill"), QStringLiteral("list"), QStringLiteral("--type"),
             QStringLiteral("bot")},
            2,
            QStringLiteral("dialogsmith-cli account: --type does not go with 'skill list'; usage: "
                           "account skill list\n"));
    refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora")}, 2,
            QStringLiteral("dialogsmith-cli account: user add needs --type bot|human\n"));
    refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora"),
             QStringLiteral("--type"), QStringLiteral("robot")},
            2,
            QStringLiteral("dialogsmith-cli account: --type expects bot or human, got 'robot'\n"));
    refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora"),
             QStringLiteral("--type"), QStringLiteral("bot"), QStringLiteral("--max-chats"),
             QStringLiteral("0")},
            2,
            QStringLiteral("dialogsmith-cli account: --max-chats expects a whole number of at "
                           "least 1 or 'unlimited', got '0'\n"));
    refused({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("x"),
             QStringLiteral("--id"), QStringLiteral("-4")},
            2,
            QStringLiteral("dialogsmith-cli account: --id expects a positive whole number, got "
                           "'-4'\n"));
    refused({QStringLiteral("campaign"), QStringLiteral("set"), QStringLiteral("Shop")}, 2,
            QStringLiteral("dialogsmith-cli account: campaign set needs --skill NAME|ID (its "
                           "entry skill)\n"));
    refused({QStringLiteral("init")}, 2,
            QStringLiteral("dialogsmith-cli account: init needs --account-id N; usage: account "
                           "init --account-id N [--company NAME] [--force]\n"));
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("account key generate LOGIN")));
    QVERIFY(help.out.contains(QStringLiteral("--max-chats")));
}

void TestAccountCli::otherAccountFile()
{
    const QString other = m_home.path() + QStringLiteral("/elsewhere/test-account.json");
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--account-id"),
                          QStringLiteral("999"), QStringLiteral("--account"), other});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.startsWith(QStringLiteral("Created the account 999 in %1.\nThe permanent "
                                                "API access key is set already")
                                         .arg(other)),
             qPrintable(init.out));
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("add"), QStringLiteral("sales"),
                 QStringLiteral("--account"), other}),
             QStringLiteral("Added the skill \"sales\" (1001).\n"));
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("list"), QStringLiteral("--account"),
                 other}),
             QStringLiteral("1001 sales\n"));
    // The default account is not touched.
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("list")}),
             QStringLiteral("1001 routing-bot\n1002 human\n1003 billing\n"));
    refused({QStringLiteral("init"), QStringLiteral("--account-id"), QStringLiteral("12a")}, 1,
            QStringLiteral("dialogsmith-cli account: error: the account file %1 exists already: "
                           "use --force to replace it\n")
                    .arg(accountFile()));
    const Run bad
            = cli({QStringLiteral("init"), QStringLiteral("--account-id"), QStringLiteral("12a"),
                   QStringLiteral("--account"), m_home.path() + QStringLiteral("/bad.json")});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.err, QStringLiteral("dialogsmith-cli account: error: accountId: the account "
                                     "number must be digits, found \"12a\"\n"));
    QVERIFY(!QFile::exists(m_home.path() + QStringLiteral("/bad.json")));
}

void TestAccountCli::removals()
{
    QCOMPARE(ok({QStringLiteral("campaign"), QStringLiteral("remove"), QStringLiteral("Website")}),
             QStringLiteral("Removed the campaign \"Website\".\n"));
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("routing-bot")}),
             QStringLiteral("Removed the Bot user \"routing-bot\" and its keys.\n"));
    const QJsonObject secrets = storedSecrets(secretsFile());
    QCOMPARE(secrets.keys(), QStringList{QStringLiteral("lpApiKey")});
    QCOMPARE(ok({QStringLiteral("skill"), QStringLiteral("remove"), QStringLiteral("routing-bot")}),
             QStringLiteral("Removed the skill \"routing-bot\" (1001).\n"));
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("ben")}),
             QStringLiteral("Removed the user \"ben\".\n"));
    // Ids are not given again: the next user gets 4, not 1 or 3.
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora"),
                 QStringLiteral("--type"), QStringLiteral("bot"), QStringLiteral("--skill"),
                 QStringLiteral("billing")}),
             QStringLiteral("Added the bot user \"dora\" (id 4). Give it its OAuth keys with "
                            "'dialogsmith-cli account key generate dora'.\n"));
    QCOMPARE(ok({QStringLiteral("user"), QStringLiteral("list")}),
             QStringLiteral("ana (human, id 2): max 3 chats, skills human\n"
                            "dora (bot, id 4): unlimited chats, skills billing; no keys yet\n"));
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
