// The account of the local cloud: the file (byte-stable, lossless, atomic), every validation
// message with its place, password hashes, and the Bot users' OAuth keys in the secret store.

#include "account.h"
#include "accountfile.h"
#include "oauthkeys.h"
#include "password.h"
#include "projectfile.h"
#include "secretstore.h"
#include "timescale.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/stat.h>

using namespace dialogsmith;
using namespace dialogsmith::cloud;
using dialogsmith::document::Result;

namespace {

// Few iterations keep the many hashes of these tests fast; the default is measured on its own.
constexpr int testIterations = 1000;

/// The seed's account: skills routing-bot/human/billing, the bot user, ana and ben, a campaign.
Account seedAccount()
{
    Account a;
    a.id = QStringLiteral("12345678");
    a.companyName = QStringLiteral("Acme");
    a.skills = {{1001, QStringLiteral("routing-bot"), {}},
                {1002, QStringLiteral("human"), {}},
                {1003, QStringLiteral("billing"), {}}};
    User bot;
    bot.loginName = QStringLiteral("routing-bot");
    bot.nickname = QStringLiteral("Routing Bot");
    bot.type = UserType::Bot;
    bot.skills = {1001};
    a.addUser(bot);
    User ana;
    ana.loginName = QStringLiteral("ana");
    ana.email = QStringLiteral("ana@example.com");
    ana.nickname = QStringLiteral("Ana");
    ana.name = QStringLiteral("Ana Ramos");
    ana.maxChats = 3;
    ana.skills = {1002};
    ana.password = hashPassword(QStringLiteral("ana-password"), testIterations);
    a.addUser(ana);
    User ben;
    ben.loginName = QStringLiteral("ben");
    ben.skills = {1003};
    ben.password = hashPassword(QStringLiteral("ben-password"), testIterations);
    a.addUser(ben);
    a.campaigns = {{QStringLiteral("1"), QStringLiteral("Website"), QStringLiteral("1"), 1001, {}}};
    return a;
}

network::SecretStore fileStore(const QString &directory)
{
    network::SecretStore::Options options;
    options.directory = directory;
    options.backend = network::SecretStore::Backend::FileOnly;
    options.environment = false;
    return network::SecretStore(options);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList errors(const Account &account)
{
    QStringList out;
    for (const AccountProblem &p : validateAccount(account)) {
        if (p.severity == AccountProblem::Severity::Error)
            out.append(p.toString());
    }
    return out;
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private slots:
    void lookUps();
    void addedUsersGetFreshIdsNeverReused();
    void nextIds();
    void writesTheFileLayout();
    void roundTripIsByteStable();
    void unknownMembersAreKept();
    void validationErrorsAreLocated_data();
    void validationErrorsAreLocated();
    void fileErrorsAreLocated_data();
    void fileErrorsAreLocated();
    void botWithRoutingSkillIsAWarning();
    void saveIsAtomicPrivateAndRefusesErrors();
    void defaultFileIsInTheDataFolder();
    void passwordHashAndVerify();
    void defaultIterationsTakeTensOfMilliseconds();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void keyNames();
    void generatedKeysLookLikeLivePersons();
    void keyCheckOutcomes();
    void removeKeysDeletesAllFour();
    void sampleBotNamesTheSeedBotUsersKeys();
};

void TestAccount::lookUps()
{
    const Account a = seedAccount();
    QCOMPARE(a.skill(1002)->name, QStringLiteral("human"));
    QVERIFY(!a.skill(999));
    QCOMPARE(a.skillByName(QStringLiteral("Billing"))->id, 1003);
    QCOMPARE(a.findSkill(QStringLiteral("1003"))->name, QStringLiteral("billing"));
    QCOMPARE(a.findSkill(QStringLiteral("human"))->id, 1002);
    QVERIFY(!a.findSkill(QStringLiteral("nobody")));
    QCOMPARE(a.userByLogin(QStringLiteral("ANA"))->nickname, QStringLiteral("Ana"));
    const User *ben = a.userByLogin(QStringLiteral("ben"));
    QCOMPARE(a.user(ben->id), ben);
    QCOMPARE(a.userByPid(ben->pid), ben);
    QVERIFY(!a.user(QStringLiteral("99")));
    QCOMPARE(a.campaignByName(QStringLiteral("website"))->id, QStringLiteral("1"));
    QCOMPARE(a.entrySkill(*a.campaign(QStringLiteral("1")))->name, QStringLiteral("routing-bot"));
    QVERIFY(a.isEntrySkill(1001));
    QVERIFY(!a.isEntrySkill(1002));
    QCOMPARE(a.usersWithSkill(1002).size(), 1);
    QCOMPARE(a.usersWithSkill(1002).first()->loginName, QStringLiteral("ana"));
    QCOMPARE(a.skillUsers(1001), QStringList({QStringLiteral("user \"routing-bot\""),
                                              QStringLiteral("campaign \"Website\"")}));
    QCOMPARE(a.keyNames(*a.userByLogin(QStringLiteral("routing-bot"))),
             cloud::keyNames(QStringLiteral("12345678"), QStringLiteral("routing-bot")));
}

void TestAccount::addedUsersGetFreshIdsNeverReused()
{
    Account a = seedAccount();
    QCOMPARE(a.users.at(0).id, QStringLiteral("1"));
    QCOMPARE(a.users.at(2).id, QStringLiteral("3"));
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(a.users.at(0).pid).hasMatch(), qPrintable(a.users.at(0).pid));
    QVERIFY(a.users.at(0).pid != a.users.at(1).pid);
    QVERIFY(a.removeUser(QStringLiteral("BEN")));
    QVERIFY(!a.removeUser(QStringLiteral("ben")));
    User carl;
    carl.loginName = QStringLiteral("carl");
    carl.password = hashPassword(QStringLiteral("x"), testIterations);
    QCOMPARE(a.addUser(carl).id, QStringLiteral("4")); // not ben's 3 again
    // ... also after the file went round.
    Result<LoadedAccount> loaded = readAccount(writeAccount(a));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(loaded->account.removeUser(QStringLiteral("carl")));
    QCOMPARE(loaded->account.addUser(carl).id, QStringLiteral("5"));
}

void TestAccount::nextIds()
{
    Account a;
    a.id = QStringLiteral("1");
    QCOMPARE(a.nextSkillId(), 1001);
    QCOMPARE(a.nextCampaignId(), QStringLiteral("1"));
    a = seedAccount();
    QCOMPARE(a.nextSkillId(), 1004);
    a.skills.append({5000, QStringLiteral("x"), {}});
    QCOMPARE(a.nextSkillId(), 5001);
    QCOMPARE(a.nextCampaignId(), QStringLiteral("2"));
    QCOMPARE(a.nextEngagementId(), QStringLiteral("2"));
}

void TestAccount::writesTheFileLayout()
{
    Account a = seedAccount();
    a.users.removeLast();
    a.users[1].password = PasswordHash{QStringLiteral("pbkdf2-sha256"), 7, "salt", "hash"};
    a.users[0].pid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    a.users[1].pid = QStringLiteral("00000000-0000-4000-8000-000000000002");
    const QByteArray expected = R"({
  "format": "dialogsmith-account",
  "version": 1,
  "accountId": "12345678",
  "companyName": "Acme",
  "apiKeySecret": "lpApiKey",
  "nextUserId": 4,
  "skills": [
    {
      "id": 1001,
      "name": "routing-bot"
    },
    {
      "id": 1002,
      "name": "human"
    },
    {
      "id": 1003,
      "name": "billing"
    }
  ],
  "users": [
    {
      "id": "1",
      "pid": "00000000-0000-4000-8000-000000000001",
      "loginName": "routing-bot",
      "email": "",
      "nickname": "Routing Bot",
      "name": "",
      "type": "bot",
      "maxChats": "unlimited",
      "skills": [
        1001
      ]
    },
    {
      "id": "2",
      "pid": "00000000-0000-4000-8000-000000000002",
      "loginName": "ana",
      "email": "ana@example.com",
      "nickname": "Ana",
      "name": "Ana Ramos",
      "type": "human",
      "maxChats": 3,
      "skills": [
        1002
      ],
      "password": {
        "algorithm": "pbkdf2-sha256",
        "iterations": 7,
        "salt": "c2FsdA==",
        "hash": "aGFzaA=="
      }
    }
  ],
  "campaigns": [
    {
      "id": "1",
      "name": "Website",
      "engagementId": "1",
      "entrySkill": 1001
    }
  ]
}
)";
    QCOMPARE(writeAccount(a), expected);
}

void TestAccount::roundTripIsByteStable()
{
    const Account a = seedAccount();
    const QByteArray first = writeAccount(a);
    QCOMPARE(writeAccount(a), first); // same account, same bytes
    Result<LoadedAccount> loaded = readAccount(first);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->account, a);
    QVERIFY(loaded->warnings.isEmpty());
    QCOMPARE(writeAccount(loaded->account), first);
    QVERIFY(!first.contains("ana-password"));

    // Through the disk as well.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("account.json"));
    QVERIFY(saveAccountFile(a, path).ok());
    QCOMPARE(readAll(path), first);
    Result<LoadedAccount> again = loadAccountFile(path);
    QVERIFY(again.ok());
    QCOMPARE(again->account, a);
}

void TestAccount::unknownMembersAreKept()
{
    QByteArray text = writeAccount(seedAccount());
    text.replace("\"companyName\": \"Acme\",",
                 "\"region\": {\"name\": \"eu\"},\n  \"companyName\": \"Acme\",");
    text.replace("\"name\": \"human\"", "\"name\": \"human\", \"color\": \"#00ff00\"");
    text.replace("\"nickname\": \"Ana\",",
                 "\"nickname\": \"Ana\", \"languages\": [\"de\", \"en\"],");
    text.replace("\"entrySkill\": 1001", "\"entrySkill\": 1001, \"window\": 7");
    Result<LoadedAccount> loaded = readAccount(text);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    const QByteArray written = writeAccount(loaded->account);
    // Known members in their fixed order, the unknown ones after them, values unchanged.
    QVERIFY(written.contains("\"campaigns\": [\n    {\n      \"id\": \"1\",\n      \"name\": "
                             "\"Website\",\n      \"engagementId\": \"1\",\n      \"entrySkill\": "
                             "1001,\n      \"window\": 7\n    }\n  ],\n  \"region\": {\n    "
                             "\"name\": \"eu\"\n  }\n}\n"));
    QVERIFY(written.contains("\"name\": \"human\",\n      \"color\": \"#00ff00\""));
    QVERIFY(written.contains("\"languages\": [\n        \"de\",\n        \"en\"\n      ]\n    }"));
    Result<LoadedAccount> again = readAccount(written);
    QVERIFY(again.ok());
    QCOMPARE(again->account, loaded->account);
    QCOMPARE(writeAccount(again->account), written);
}

void TestAccount::validationErrorsAreLocated_data()
{
    QTest::addColumn<std::function<void(Account &)>>("edit");
    QTest::addColumn<QString>("error");
    using Edit = std::function<void(Account &)>;
    QTest::newRow("account id not digits")
            << Edit([](Account &a) { a.id = QStringLiteral("12ab"); })
            << QStringLiteral("accountId: the account number must be digits, found \"12ab\"");
    QTest::newRow("empty account id") << Edit([](Account &a) { a.id.clear(); })
                                      << QStringLiteral("accountId: the account number must be "
                                                        "digits, found \"\"");
    QTest::newRow("api key secret name")
            << Edit([](Account &a) { a.apiKeySecret = QStringLiteral("no way"); })
            << QStringLiteral("apiKeySecret: \"no way\" is not a valid secret name");
    QTest::newRow("duplicate skill id") << Edit([](Account &a) {
        a.skills.append({1001, QStringLiteral("sales"), {}});
    }) << QStringLiteral("skills[3].id: the skill id 1001 is taken by skills[0]");
    QTest::newRow("skill id not positive") << Edit([](Account &a) {
        a.skills.append({0, QStringLiteral("sales"), {}});
    }) << QStringLiteral("skills[3].id: a skill id must be a positive number");
    QTest::newRow("duplicate skill name")
            << Edit([](Account &a) { a.skills[2].name = QStringLiteral("Human"); })
            << QStringLiteral("skills[2].name: the skill name \"Human\" is taken by skills[1]");
    QTest::newRow("skill without name")
            << Edit([](Account &a) { a.skills[0].name = QStringLiteral(" "); })
            << QStringLiteral("skills[0].name: the skill has no name");
    QTest::newRow("duplicate login")
            << Edit([](Account &a) { a.users[2].loginName = QStringLiteral("Ana"); })
            << QStringLiteral("users[2].loginName: the login name \"Ana\" is taken by users[1]");
    QTest::newRow("empty login") << Edit([](Account &a) { a.users[1].loginName.clear(); })
                                 << QStringLiteral("users[1].loginName: the user has no login "
                                                   "name");
    QTest::newRow("duplicate user id")
            << Edit([](Account &a) { a.users[2].id = QStringLiteral("2"); })
            << QStringLiteral("users[2].id: the user id 2 is taken by users[1]");
    QTest::newRow("user id not digits")
            << Edit([](Account &a) { a.users[0].id = QStringLiteral("bot"); })
            << QStringLiteral("users[0].id: a user id must be digits, found \"bot\"");
    QTest::newRow("pid not a uuid")
            << Edit([](Account &a) { a.users[1].pid = QStringLiteral("{abc}"); })
            << QStringLiteral("users[1].pid: the PId must be a UUID, found \"{abc}\"");
    QTest::newRow("unknown skill of a user")
            << Edit([](Account &a) { a.users[1].skills.append(4711); })
            << QStringLiteral("users[1].skills[1]: there is no skill with the id 4711");
    QTest::newRow("skill listed twice")
            << Edit([](Account &a) { a.users[1].skills.append(1002); })
            << QStringLiteral("users[1].skills[1]: the skill \"human\" is listed twice");
    QTest::newRow("bot with password")
            << Edit([](Account &a) {
                   a.users[0].password = hashPassword(QStringLiteral("x"), testIterations);
               })
            << QStringLiteral("users[0].password: a Bot user logs in with its OAuth keys, not a "
                              "password");
    QTest::newRow("human without password")
            << Edit([](Account &a) { a.users[2].password.reset(); })
            << QStringLiteral("users[2]: the Human user \"ben\" has no password");
    QTest::newRow("broken password hash")
            << Edit([](Account &a) { a.users[1].password->algorithm = QStringLiteral("md5"); })
            << QStringLiteral("users[1].password: the password hash is not a pbkdf2-sha256 hash "
                              "with iterations, salt and hash");
    QTest::newRow("max chats below one")
            << Edit([](Account &a) { a.users[1].maxChats = 0; })
            << QStringLiteral("users[1].maxChats: max chats must be at least 1 (or "
                              "\"unlimited\"), found 0");
    QTest::newRow("colliding key names")
            << Edit([](Account &a) {
                   User other;
                   other.loginName = QStringLiteral("routing.bot");
                   other.type = UserType::Bot;
                   a.addUser(other);
               })
            << QStringLiteral("users[3].loginName: the keys of \"routing.bot\" would share their "
                              "secret names (lp12345678_routing_bot_appKey) with users[0]: "
                              "change one login name");
    QTest::newRow("login too long for key names")
            << Edit([](Account &a) { a.users[0].loginName = QString(120, QLatin1Char('b')); })
            << QStringLiteral("users[0].loginName: the login name is too long for the names of "
                              "its keys in the secret store");
    QTest::newRow("next user id too low")
            << Edit([](Account &a) { a.nextUserId = 3; })
            << QStringLiteral("nextUserId: must be above every user id (the highest is 3)");
    QTest::newRow("campaign on unknown skill")
            << Edit([](Account &a) { a.campaigns[0].entrySkill = 2001; })
            << QStringLiteral("campaigns[0].entrySkill: there is no skill with the id 2001");
    QTest::newRow("duplicate campaign name")
            << Edit([](Account &a) {
                   a.campaigns.append({QStringLiteral("2"),
                                       QStringLiteral("WEBSITE"),
                                       QStringLiteral("2"),
                                       1001,
                                       {}});
               })
            << QStringLiteral("campaigns[1].name: the campaign name \"WEBSITE\" is taken by "
                              "campaigns[0]");
    QTest::newRow("duplicate campaign id") << Edit([](Account &a) {
        a.campaigns.append(
                {QStringLiteral("1"), QStringLiteral("Shop"), QStringLiteral("2"), 1001, {}});
    }) << QStringLiteral("campaigns[1].id: the campaign id 1 is taken by campaigns[0]");
    QTest::newRow("campaign without engagement")
            << Edit([](Account &a) { a.campaigns[0].engagementId.clear(); })
            << QStringLiteral("campaigns[0].engagementId: the campaign has no engagement id");
}

void TestAccount::validationErrorsAreLocated()
{
    QFETCH(std::function<void(Account &)>, edit);
    QFETCH(QString, error);
    Account a = seedAccount();
    QVERIFY(errors(a).isEmpty());
    edit(a);
    QCOMPARE(errors(a), QStringList{error});

    // The reader refuses such a file with the same place and sentence; saving writes nothing.
    Result<LoadedAccount> loaded = readAccount(writeAccount(a));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().toString(), error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("account.json"));
    const Result<void> saved = saveAccountFile(a, path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().toString(), error);
    QVERIFY(!QFile::exists(path));
}

void TestAccount::fileErrorsAreLocated_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray("\"version\": 1,") << QByteArray("\"version\": 1,,")
                            << QStringLiteral("line 3, column 16: expected a member name in "
                                              "quotes but found ','");
    QTest::newRow("not an account file")
            << QByteArray("dialogsmith-account") << QByteArray("dialogsmith")
            << QStringLiteral("format: expected \"dialogsmith-account\": this is not a "
                              "Dialogsmith account file");
    QTest::newRow("newer version")
            << QByteArray("\"version\": 1,") << QByteArray("\"version\": 2,")
            << QStringLiteral("version: the file was written by a newer Dialogsmith (format "
                              "version 2); this build reads version 1");
    QTest::newRow("unknown user type")
            << QByteArray("\"type\": \"human\"") << QByteArray("\"type\": \"robot\"")
            << QStringLiteral("users[1].type: unknown user type \"robot\" (use \"bot\" or "
                              "\"human\")");
    QTest::newRow("max chats of the wrong type")
            << QByteArray("\"maxChats\": 3") << QByteArray("\"maxChats\": \"many\"")
            << QStringLiteral("users[1].maxChats: expected a whole number or \"unlimited\", "
                              "found a string");
    QTest::newRow("skill id as text")
            << QByteArray("\"id\": 1002") << QByteArray("\"id\": \"1002\"")
            << QStringLiteral("skills[1].id: expected a whole number, found a string");
    QTest::newRow("missing skill name")
            << QByteArray("\"name\": \"billing\"") << QByteArray("\"nam\": \"billing\"")
            << QStringLiteral("skills[2].name: missing");
    QTest::newRow("campaigns not an array")
            << QByteArray("\"campaigns\": [") << QByteArray("\"campaigns\": 5, \"old\": [")
            << QStringLiteral("campaigns: expected an array, found a number");
    QTest::newRow("user not an object")
            << QByteArray("\"users\": [") << QByteArray("\"users\": [ \"ana\",")
            << QStringLiteral("users[0]: expected an object, found a string");
    QTest::newRow("password salt not base64")
            << QByteArray("\"salt\": \"") << QByteArray("\"salt\": \"*")
            << QStringLiteral("users[1].password.salt: expected base64 text");
    QTest::newRow("skill of a user not a number")
            << QByteArray("1003\n      ]") << QByteArray("\"billing\"\n      ]")
            << QStringLiteral("users[2].skills[0]: expected a whole number, found a string");
    QTest::newRow("not an object")
            << QByteArray() << QByteArray("[]")
            << QStringLiteral("expected an account file (a JSON object), found an array");
    QTest::newRow("unterminated") << QByteArray()
                                  << QByteArray("{\n  \"format\": \"dialogsmith-account\",\n")
                                  << QStringLiteral(
                                             "line 1, column 1: unterminated object (missing '}')");
}

void TestAccount::fileErrorsAreLocated()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, error);
    QByteArray text = writeAccount(seedAccount());
    if (from.isEmpty()) {
        text = to;
    } else {
        const qsizetype at = text.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        text.replace(at, from.size(), to);
    }
    Result<LoadedAccount> loaded = readAccount(text);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().toString(), error);
}

void TestAccount::botWithRoutingSkillIsAWarning()
{
    Account a = seedAccount();
    a.users[0].skills.append(1002);
    Result<LoadedAccount> loaded = readAccount(writeAccount(a));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->warnings.size(), 1);
    QCOMPARE(loaded->warnings.first().severity, AccountProblem::Severity::Warning);
    QCOMPARE(loaded->warnings.first().toString(),
             QStringLiteral("users[0].skills[1]: the Bot user \"routing-bot\" has the routing "
                            "skill \"human\", which no campaign enters on: transfers to it would "
                            "ring the bot"));
    // A bot added before its campaign: its entry skill warns until the campaign exists.
    a = seedAccount();
    a.campaigns.clear();
    QCOMPARE(validateAccount(a).size(), 1);
    QVERIFY(errors(a).isEmpty());
    QTemporaryDir dir;
    QVERIFY(saveAccountFile(a, dir.filePath(QStringLiteral("a.json"))).ok());
}

void TestAccount::saveIsAtomicPrivateAndRefusesErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/account.json"));
    Account a = seedAccount();
    QVERIFY(saveAccountFile(a, path).ok());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    const QByteArray before = readAll(path);

    a.skills[1].id = 1001;
    QVERIFY(!saveAccountFile(a, path).ok());
    QCOMPARE(readAll(path), before);
    // Nothing but the file is left in the folder (no temporary copies).
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("account.json")});

    const Result<LoadedAccount> missing
            = loadAccountFile(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().toString(), QStringLiteral("cannot open %1: the file does not exist")
                                                 .arg(dir.filePath(QStringLiteral("none.json"))));
}

void TestAccount::defaultFileIsInTheDataFolder()
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = defaultAccountFile();
    qputenv("XDG_DATA_HOME", saved);
    QCOMPARE(path, dir.path() + QStringLiteral("/dialogsmith/account.json"));
}

void TestAccount::passwordHashAndVerify()
{
    const PasswordHash h = hashPassword(QStringLiteral("correct horse"), testIterations);
    QCOMPARE(h.algorithm, QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(h.iterations, testIterations);
    QCOMPARE(h.salt.size(), 16);
    QCOMPARE(h.hash.size(), 32);
    QVERIFY(verifyPassword(h, QStringLiteral("correct horse")));
    QVERIFY(!verifyPassword(h, QStringLiteral("correct horse ")));
    QVERIFY(!verifyPassword(h, QStringLiteral("Correct horse")));
    QVERIFY(!verifyPassword(h, QString()));
    // A fresh salt each time: the same password never gives the same hash.
    const PasswordHash again = hashPassword(QStringLiteral("correct horse"), testIterations);
    QVERIFY(again.salt != h.salt);
    QVERIFY(again.hash != h.hash);
    QVERIFY(verifyPassword(again, QStringLiteral("correct horse")));
    // RFC 7914 §11's PBKDF2-HMAC-SHA256 test vector: the hash is the standard one.
    const PasswordHash vector{
            QStringLiteral("pbkdf2-sha256"), 1, "salt",
            QByteArray::fromHex(
                    "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")};
    QVERIFY(verifyPassword(vector, QStringLiteral("password")));
    PasswordHash other = h;
    other.algorithm = QStringLiteral("md5");
    QVERIFY(!verifyPassword(other, QStringLiteral("correct horse")));
    other = h;
    other.iterations = testIterations + 1;
    QVERIFY(!verifyPassword(other, QStringLiteral("correct horse")));
    // Unicode passwords hash their UTF-8.
    const PasswordHash umlaut = hashPassword(QStringLiteral("Grüße"), testIterations);
    QVERIFY(verifyPassword(umlaut, QStringLiteral("Grüße")));
    QVERIFY(!verifyPassword(umlaut, QStringLiteral("Grusse")));
}

void TestAccount::defaultIterationsTakeTensOfMilliseconds()
{
    const PasswordHash h = hashPassword(QStringLiteral("password"));
    QCOMPARE(h.iterations, PasswordHash::defaultIterations);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(verifyPassword(h, QStringLiteral("password")));
    const qint64 ms = timer.elapsed();
    qInfo("one login check with %d iterations: %lld ms", h.iterations, ms);
    // Not a shortcut (well above a plain hash), not seconds (a loaded machine gets room).
    QVERIFY2(ms >= 3, qPrintable(QString::number(ms)));
    QVERIFY2(ms < 2000 * testsupport::timeScale(), qPrintable(QString::number(ms)));
}

void TestAccount::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("first byte") << QByteArray("abc") << QByteArray("xbc") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
    QTest::newRow("zero padding") << QByteArray("ab") << QByteArray("ab\0", 3) << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("a") << false;
}

void TestAccount::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(cloud::constantTimeEquals(a, b), equal);
    QCOMPARE(cloud::constantTimeEquals(b, a), equal);
}

void TestAccount::keyNames()
{
    const KeyNames names
            = cloud::keyNames(QStringLiteral("12345678"), QStringLiteral("routing-bot"));
    QCOMPARE(names.appKey, QStringLiteral("lp12345678_routing_bot_appKey"));
    QCOMPARE(names.secret, QStringLiteral("lp12345678_routing_bot_secret"));
    QCOMPARE(names.accessToken, QStringLiteral("lp12345678_routing_bot_accessToken"));
    QCOMPARE(names.accessTokenSecret, QStringLiteral("lp12345678_routing_bot_accessTokenSecret"));
    QCOMPARE(names.all(),
             QStringList({names.appKey, names.secret, names.accessToken, names.accessTokenSecret}));
    const KeyNames odd = cloud::keyNames(QStringLiteral("1"), QStringLiteral("bot.one@acme-co Ü"));
    QCOMPARE(odd.appKey, QStringLiteral("lp1_bot_one_acme_co___appKey"));
    for (const QString &name : odd.all())
        QVERIFY2(network::SecretStore::isValidName(name), qPrintable(name));
    QCOMPARE(cloud::keyNames(QStringLiteral("1"), QStringLiteral("Under_score9")).secret,
             QStringLiteral("lp1_Under_score9_secret"));
}

void TestAccount::generatedKeysLookLikeLivePersons()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    const OAuthKeys keys = generateOAuthKeys();
    QCOMPARE(keys.appKey.size(), 32);
    QCOMPARE(keys.secret.size(), 16);
    QCOMPARE(keys.accessToken.size(), 32);
    QCOMPARE(keys.accessTokenSecret.size(), 16);
    for (const QString &v : {keys.appKey, keys.secret, keys.accessToken, keys.accessTokenSecret})
        QVERIFY2(hex.match(v).hasMatch(), qPrintable(v));
    const OAuthKeys other = generateOAuthKeys();
    QVERIFY(other.appKey != keys.appKey && other.secret != keys.secret
            && other.accessToken != keys.accessToken
            && other.accessTokenSecret != keys.accessTokenSecret);
    const QString apiKey = generateApiAccessKey();
    QCOMPARE(apiKey.size(), 32);
    QVERIFY(hex.match(apiKey).hasMatch());
    QVERIFY(apiKey != generateApiAccessKey());
    QVERIFY(matchOAuthKeys(keys, keys));
    OAuthKeys wrong = keys;
    wrong.accessTokenSecret[15]
            = wrong.accessTokenSecret[15] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QVERIFY(!matchOAuthKeys(keys, wrong));
}

void TestAccount::keyCheckOutcomes()
{
    QTemporaryDir dir;
    network::SecretStore store = fileStore(dir.path());
    const KeyNames names
            = cloud::keyNames(QStringLiteral("12345678"), QStringLiteral("routing-bot"));
    const OAuthKeys keys = generateOAuthKeys();

    KeyCheck check = checkOAuthKeys(store, names, keys);
    QCOMPARE(check.outcome, KeyCheck::Outcome::NotGenerated);
    QCOMPARE(check.message, QStringLiteral("No keys have been generated for this user."));

    QVERIFY(storeOAuthKeys(store, names, keys).ok());
    check = checkOAuthKeys(store, names, keys);
    QCOMPARE(check.outcome, KeyCheck::Outcome::Ok);
    QVERIFY(check.message.isEmpty());
    // The values went into the store only.
    QCOMPARE(store.value(names.accessToken), std::optional<QString>(keys.accessToken));

    for (int which = 0; which < 4; ++which) {
        OAuthKeys presented = keys;
        QString *field[] = {&presented.appKey, &presented.secret, &presented.accessToken,
                            &presented.accessTokenSecret};
        field[which]->chop(1);
        check = checkOAuthKeys(store, names, presented);
        QCOMPARE(check.outcome, KeyCheck::Outcome::Refused);
        QCOMPARE(check.message, QStringLiteral("The keys were refused."));
    }
    QCOMPARE(checkOAuthKeys(store, names, OAuthKeys{}).outcome, KeyCheck::Outcome::Refused);
    // Another user's keys are not these.
    QCOMPARE(checkOAuthKeys(store,
                            cloud::keyNames(QStringLiteral("12345678"), QStringLiteral("ana")),
                            keys)
                     .outcome,
             KeyCheck::Outcome::NotGenerated);

    QVERIFY(store.remove(names.secret).ok());
    check = checkOAuthKeys(store, names, keys);
    QCOMPARE(check.outcome, KeyCheck::Outcome::NotGenerated);
    QCOMPARE(check.message, QStringLiteral("The keys of this user are incomplete in the secret "
                                           "store: generate them again."));

    QFile damaged(store.filePath());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    check = checkOAuthKeys(store, names, keys);
    QCOMPARE(check.outcome, KeyCheck::Outcome::StoreUnreadable);
    QVERIFY2(check.message.startsWith(QStringLiteral("The secret store could not be read: the "
                                                     "secret file ")),
             qPrintable(check.message));
    QVERIFY(!check.message.contains(keys.appKey));
}

void TestAccount::removeKeysDeletesAllFour()
{
    QTemporaryDir dir;
    network::SecretStore store = fileStore(dir.path());
    const KeyNames names
            = cloud::keyNames(QStringLiteral("12345678"), QStringLiteral("routing-bot"));
    QVERIFY(store.setValue(QStringLiteral("lpApiKey"), QStringLiteral("kept")).ok());
    QVERIFY(removeOAuthKeys(store, names).ok()); // nothing to delete is fine
    QVERIFY(storeOAuthKeys(store, names, generateOAuthKeys()).ok());
    QCOMPARE(store.entries()->size(), 5);
    QVERIFY(removeOAuthKeys(store, names).ok());
    const auto left = store.entries();
    QVERIFY(left.ok());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().name, QStringLiteral("lpApiKey"));
    QCOMPARE(checkOAuthKeys(store, names, OAuthKeys{}).outcome, KeyCheck::Outcome::NotGenerated);
}

void TestAccount::sampleBotNamesTheSeedBotUsersKeys()
{
    // The sample's bot agent logs in as the seed account's bot user: the names it gives are the
    // ones 'account key generate' stores under.
    const auto loaded = format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->bot.enterpriseIntegrations.size(), 1);
    const document::EnterpriseAgent &agent
            = loaded->bot.enterpriseIntegrations.first().agents.first();
    const Account account = seedAccount();
    QCOMPARE(agent.accountNumber, account.id);
    const User *user = account.userByLogin(agent.loginName);
    QVERIFY(user);
    QCOMPARE(user->type, UserType::Bot);
    QCOMPARE(agent.keyNames, account.keyNames(*user));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
