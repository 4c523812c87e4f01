#include "account.h"
#include "accountfile.h"
#include "clicommands.h"
#include "cloudcommands.h"
#include "oauthkeys.h"
#include "password.h"
#include "secretstore.h"
#include "terminalinput.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace dialogsmith::cli {

using cloud::Account;
using cloud::AccountProblem;
using cloud::Campaign;
using cloud::Skill;
using cloud::User;
using cloud::UserType;

namespace {

const QString usageLine = QStringLiteral(
        "usage: account init --account-id N | show | skill add|list|remove | "
        "user add|password|list|remove | key generate LOGIN | campaign set|list|remove "
        "(see 'dialogsmith-cli account --help')");

/// What each action takes: its name, how many arguments after it, and the options it accepts
/// (--account and --help go with every action).
struct Action
{
    const char *group;  ///< "skill", "user"... or nullptr for init and show
    const char *name;   ///< "add", "list"... or "init" / "show"
    int arguments;      ///< positional arguments after the action
    const char *syntax; ///< for usage errors
    QStringList options;
};

const QList<Action> &actions()
{
    static const QList<Action> list = {
            {nullptr,
             "init",
             0,
             "account init --account-id N [--company NAME] [--force]",
             {QStringLiteral("account-id"), QStringLiteral("company"), QStringLiteral("force")}},
            {nullptr, "show", 0, "account show [--json]", {QStringLiteral("json")}},
            {"skill", "add", 1, "account skill add NAME [--id N]", {QStringLiteral("id")}},
            {"skill", "list", 0, "account skill list", {}},
            {"skill", "remove", 1, "account skill remove NAME|ID", {}},
            {"user",
             "add",
             1,
             "account user add LOGIN --type bot|human [--skill NAME|ID]... "
             "[--max-chats N|unlimited] [--email E] [--nickname N] [--name N]",
             {QStringLiteral("type"), QStringLiteral("skill"), QStringLiteral("max-chats"),
              QStringLiteral("email"), QStringLiteral("nickname"), QStringLiteral("name")}},
            {"user", "password", 1, "account user password LOGIN", {}},
            {"user", "list", 0, "account user list", {}},
            {"user", "remove", 1, "account user remove LOGIN", {}},
            {"key", "generate", 1, "account key generate LOGIN", {}},
            {"campaign",
             "set",
             1,
             "account campaign set NAME --skill NAME|ID [--engagement ID]",
             {QStringLiteral("skill"), QStringLiteral("engagement")}},
            {"campaign", "list", 0, "account campaign list", {}},
            {"campaign", "remove", 1, "account campaign remove NAME", {}},
    };
    return list;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString describeSkill(const Skill &skill)
{
    return quoted(skill.name) + QStringLiteral(" (") + QString::number(skill.id) + QLatin1Char(')');
}

/// "a, b and c" (or "a, b or c")
QString listing(const QStringList &items, const QString &conjunction = QStringLiteral("and"))
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QLatin1Char(' ')
           + conjunction + QLatin1Char(' ') + items.last();
}

/// One run of `dialogsmith-cli account ...`: the parsed command line, the account file, the
/// secret store, and the output streams.
class AccountCommand
{
public:
    AccountCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &args);

private:
    // Messages.
    int problem(const QString &message)
    {
        m_err << "dialogsmith-cli account: error: " << message << "\n";
        return ExitProblems;
    }
    int usage(const QString &message)
    {
        m_err << "dialogsmith-cli account: " << message << "\n";
        return ExitUsage;
    }
    void printWarnings(const QList<AccountProblem> &problems)
    {
        for (const AccountProblem &p : problems) {
            if (p.severity == AccountProblem::Severity::Warning)
                m_err << "warning: " << p.toString() << "\n";
        }
    }

    // The file.
    bool load();
    /// Validates `account` and writes it; on an error prints it and writes nothing.
    bool save(const Account &account);

    // The secret store: which names are set (never their values).
    std::optional<QSet<QString>> storedSecrets();
    QString storeLocation(network::SecretStore::Source source) const;

    // Option values.
    const Skill *skillArgument(const Account &account, const QString &text);
    /// The --max-chats value (nullopt: unlimited); false after printing a usage error.
    bool maxChatsOption(std::optional<int> &maxChats);

    int init();
    int show();
    int skillAdd();
    int skillList();
    int skillRemove();
    int userAdd();
    int userPassword();
    int userList();
    int userRemove();
    int keyGenerate();
    int campaignSet();
    int campaignList();
    int campaignRemove();

    /// Reads a Human user's new password from stdin; nullopt after printing why not.
    std::optional<QString> readPassword(const QString &login);
    QString describeUser(const User &user, const QSet<QString> *secrets) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QString m_argument; ///< the action's argument (NAME, LOGIN...), if it takes one
    QString m_path;
    Account m_account;
    network::SecretStore m_store;

    const QCommandLineOption m_accountOption{
            QStringLiteral("account"),
            QStringLiteral("The account file (default: ~/.local/share/dialogsmith/account.json)."),
            QStringLiteral("FILE")};
    const QCommandLineOption m_accountIdOption{QStringLiteral("account-id"),
                                               QStringLiteral("init: the account number (digits)."),
                                               QStringLiteral("N")};
    const QCommandLineOption m_companyOption{QStringLiteral("company"),
                                             QStringLiteral("init: the company name."),
                                             QStringLiteral("NAME")};
    const QCommandLineOption m_forceOption{QStringLiteral("force"),
                                           QStringLiteral("init: replace an existing file.")};
    const QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                          QStringLiteral("show: print the account as JSON.")};
    const QCommandLineOption m_idOption{
            QStringLiteral("id"),
            QStringLiteral("skill add: the skill id (default: the next free one from 1001)."),
            QStringLiteral("N")};
    const QCommandLineOption m_typeOption{QStringLiteral("type"),
                                          QStringLiteral("user add: bot or human."),
                                          QStringLiteral("bot|human")};
    const QCommandLineOption m_skillOption{
            QStringLiteral("skill"),
            QStringLiteral("user add: a skill of the user (repeat for more); campaign set: the "
                           "entry skill."),
            QStringLiteral("NAME|ID")};
    const QCommandLineOption m_maxChatsOption{
            QStringLiteral("max-chats"),
            QStringLiteral("user add: how many conversations at once (default: unlimited)."),
            QStringLiteral("N|unlimited")};
    const QCommandLineOption m_emailOption{QStringLiteral("email"),
                                           QStringLiteral("user add: the e-mail address."),
                                           QStringLiteral("E")};
    const QCommandLineOption m_nicknameOption{
            QStringLiteral("nickname"),
            QStringLiteral("user add: the name consumers see (default: the login name)."),
            QStringLiteral("N")};
    const QCommandLineOption m_nameOption{QStringLiteral("name"),
                                          QStringLiteral("user add: the full name."),
                                          QStringLiteral("N")};
    const QCommandLineOption m_engagementOption{
            QStringLiteral("engagement"),
            QStringLiteral("campaign set: the engagement id (default: a new one)."),
            QStringLiteral("ID")};
};

int AccountCommand::run(const QStringList &args)
{
    m_parser.setApplicationDescription(QStringLiteral(
            "Set up the LiveEngage account the local cloud plays: skills, users (Bot users with\n"
            "OAuth keys, Human agents with passwords) and campaigns. The account lives in\n"
            "~/.local/share/dialogsmith/account.json unless --account names another file; key\n"
            "and password values never go into it (keys live in the secret store, passwords as\n"
            "salted hashes).\n"
            "\n"
            "  account init --account-id N [--company NAME] [--force]\n"
            "      Create the account file and, unless it is set already, the permanent API\n"
            "      access key (secret lpApiKey), printed once.\n"
            "  account show [--json]                  The whole account, no secret values.\n"
            "  account skill add NAME [--id N]        A skill (ids from 1001 by default).\n"
            "  account skill list\n"
            "  account skill remove NAME|ID           Refused while a user or campaign uses it.\n"
            "  account user add LOGIN --type bot|human [--skill NAME|ID]...\n"
            "      [--max-chats N|unlimited] [--email E] [--nickname N] [--name N]\n"
            "      A Human user's password is read from stdin (not echoed at a terminal).\n"
            "  account user password LOGIN            A new password from stdin.\n"
            "  account user list\n"
            "  account user remove LOGIN              Also deletes a Bot user's keys.\n"
            "  account key generate LOGIN\n"
            "      New OAuth keys for a Bot user, stored in the secret store and printed once.\n"
            "  account campaign set NAME --skill NAME|ID [--engagement ID]\n"
            "  account campaign list\n"
            "  account campaign remove NAME"));
    m_parser.addPositionalArgument(QStringLiteral("account"), {});
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QStringLiteral("init, show, skill, user, key or campaign."),
                                   QStringLiteral("COMMAND [ACTION] [ARG]"));
    m_parser.addOptions({m_accountOption, m_accountIdOption, m_companyOption, m_forceOption,
                         m_jsonOption, m_idOption, m_typeOption, m_skillOption, m_maxChatsOption,
                         m_emailOption, m_nicknameOption, m_nameOption, m_engagementOption});
    if (const int code = parseCommandLine(m_parser, args, 1, m_out, m_err, "command"); code >= 0)
        return code;

    const QStringList positional = m_parser.positionalArguments().mid(1);
    const QString first = positional.value(0);
    const Action *action = nullptr;
    for (const Action &a : actions()) {
        const bool grouped = a.group != nullptr;
        if ((grouped && first == QLatin1String(a.group)
             && positional.value(1) == QLatin1String(a.name))
            || (!grouped && first == QLatin1String(a.name))) {
            action = &a;
            break;
        }
    }
    if (!action) {
        QStringList groupActions;
        for (const Action &a : actions()) {
            if (a.group && first == QLatin1String(a.group))
                groupActions.append(QLatin1String(a.name));
        }
        if (!groupActions.isEmpty())
            return usage(QStringLiteral("'%1' needs an action: %2")
                                 .arg(first, listing(groupActions, QStringLiteral("or"))));
        return usage(QStringLiteral("unknown command '%1'; %2")
                             .arg(positional.join(QLatin1Char(' ')), usageLine));
    }
    const int skip = action->group ? 2 : 1;
    if (positional.size() != skip + action->arguments)
        return usage(QStringLiteral("usage: %1").arg(QLatin1String(action->syntax)));
    m_argument = positional.value(skip);
    for (const QString &option : m_parser.optionNames()) {
        if (option != m_accountOption.names().first() && !action->options.contains(option))
            return usage(QStringLiteral("--%1 does not go with '%2'; usage: %3")
                                 .arg(option, positional.mid(0, skip).join(QLatin1Char(' ')),
                                      QLatin1String(action->syntax)));
    }
    m_path = m_parser.isSet(m_accountOption) ? m_parser.value(m_accountOption)
                                             : cloud::defaultAccountFile();

    const QString name = QLatin1String(action->name);
    const QString group = action->group ? QLatin1String(action->group) : QString();
    if (group.isEmpty())
        return name == QLatin1String("init") ? init() : show();
    if (!load())
        return ExitProblems;
    if (group == QLatin1String("skill"))
        return name == QLatin1String("add")    ? skillAdd()
               : name == QLatin1String("list") ? skillList()
                                               : skillRemove();
    if (group == QLatin1String("user")) {
        if (name == QLatin1String("add"))
            return userAdd();
        if (name == QLatin1String("password"))
            return userPassword();
        return name == QLatin1String("list") ? userList() : userRemove();
    }
    if (group == QLatin1String("key"))
        return keyGenerate();
    return name == QLatin1String("set")    ? campaignSet()
           : name == QLatin1String("list") ? campaignList()
                                           : campaignRemove();
}

bool AccountCommand::load()
{
    if (!QFileInfo::exists(m_path)) {
        problem(QStringLiteral("there is no account file %1: create it with 'dialogsmith-cli "
                               "account init --account-id N'")
                        .arg(m_path));
        return false;
    }
    document::Result<cloud::LoadedAccount> loaded = cloud::loadAccountFile(m_path);
    if (!loaded) {
        problem(QStringLiteral("%1: %2").arg(m_path, loaded.error().toString()));
        return false;
    }
    m_account = loaded->account;
    return true;
}

bool AccountCommand::save(const Account &account)
{
    const QList<AccountProblem> problems = cloud::validateAccount(account);
    if (const std::optional<AccountProblem> error = cloud::firstError(problems)) {
        problem(error->toString());
        return false;
    }
    if (const document::Result<void> saved = cloud::saveAccountFile(account, m_path); !saved) {
        problem(saved.error().toString());
        return false;
    }
    printWarnings(problems);
    m_account = account;
    return true;
}

std::optional<QSet<QString>> AccountCommand::storedSecrets()
{
    const document::Result<QList<network::SecretStore::Entry>> entries = m_store.entries();
    if (!entries) {
        m_err << "warning: cannot list the secret store: " << entries.error().message << "\n";
        return std::nullopt;
    }
    QSet<QString> names;
    for (const network::SecretStore::Entry &e : *entries)
        names.insert(e.name);
    return names;
}

QString AccountCommand::storeLocation(network::SecretStore::Source source) const
{
    return source == network::SecretStore::Source::Keychain ? QStringLiteral("the keychain")
                                                            : m_store.filePath();
}

const Skill *AccountCommand::skillArgument(const Account &account, const QString &text)
{
    const Skill *skill = account.findSkill(text);
    if (!skill)
        problem(QStringLiteral("there is no skill %1 in the account (see 'dialogsmith-cli account "
                               "skill list')")
                        .arg(quoted(text)));
    return skill;
}

bool AccountCommand::maxChatsOption(std::optional<int> &maxChats)
{
    maxChats.reset();
    const QString text = m_parser.value(m_maxChatsOption);
    if (!m_parser.isSet(m_maxChatsOption) || text == QLatin1String("unlimited"))
        return true;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1) {
        usage(QStringLiteral("--max-chats expects a whole number of at least 1 or 'unlimited', "
                             "got '%1'")
                      .arg(text));
        return false;
    }
    maxChats = n;
    return true;
}

int AccountCommand::init()
{
    if (!m_parser.isSet(m_accountIdOption))
        return usage(QStringLiteral("init needs --account-id N; usage: account init --account-id "
                                    "N [--company NAME] [--force]"));
    if (QFileInfo::exists(m_path) && !m_parser.isSet(m_forceOption))
        return problem(QStringLiteral("the account file %1 exists already: use --force to "
                                      "replace it")
                               .arg(m_path));
    Account account;
    account.id = m_parser.value(m_accountIdOption);
    account.companyName = m_parser.value(m_companyOption);
    if (const std::optional<AccountProblem> error
        = cloud::firstError(cloud::validateAccount(account)))
        return problem(error->toString());

    // The key first: a file without its key would be an account nobody can hand over to.
    QString problemText;
    const std::optional<QString> existing = m_store.value(account.apiKeySecret, &problemText);
    if (!existing && !problemText.isEmpty())
        return problem(problemText);
    QString created;
    network::SecretStore::Source source = network::SecretStore::Source::File;
    if (!existing) {
        created = cloud::generateApiAccessKey();
        const document::Result<network::SecretStore::Source> stored
                = m_store.setValue(account.apiKeySecret, created);
        if (!stored)
            return problem(QStringLiteral("cannot store the API access key: %1")
                                   .arg(stored.error().message));
        source = *stored;
    }
    if (!save(account))
        return ExitProblems;

    m_out << "Created the account " << account.id;
    if (!account.companyName.isEmpty())
        m_out << " (" << account.companyName << ")";
    m_out << " in " << m_path << ".\n";
    if (created.isEmpty()) {
        m_out << "The permanent API access key is set already (secret \"" << account.apiKeySecret
              << "\"); the account keeps it.\n";
    } else {
        m_out << "Permanent API access key (shown only now): " << created << "\n"
              << "It is stored as the secret \"" << account.apiKeySecret << "\" in "
              << storeLocation(source) << ".\n";
    }
    return ExitOk;
}

QString AccountCommand::describeUser(const User &user, const QSet<QString> *secrets) const
{
    QStringList skills;
    for (qint64 id : user.skills) {
        const Skill *s = m_account.skill(id);
        skills.append(s ? s->name : QString::number(id));
    }
    QString line = QStringLiteral("%1 (%2, id %3): ")
                           .arg(user.loginName, cloud::userTypeName(user.type), user.id);
    line += user.maxChats ? QStringLiteral("max %1 chats").arg(*user.maxChats)
                          : QStringLiteral("unlimited chats");
    line += skills.isEmpty() ? QStringLiteral(", no skills")
                             : QStringLiteral(", skills ") + skills.join(QStringLiteral(", "));
    if (user.type == UserType::Bot && secrets) {
        const QStringList names = m_account.keyNames(user).all();
        const auto set = std::count_if(names.cbegin(), names.cend(),
                                       [&](const QString &n) { return secrets->contains(n); });
        line += set == names.size() ? QStringLiteral("; keys generated")
                : set == 0          ? QStringLiteral("; no keys yet")
                                    : QStringLiteral("; keys incomplete");
    }
    return line;
}

int AccountCommand::show()
{
    if (!load())
        return ExitProblems;
    printWarnings(cloud::validateAccount(m_account));
    const std::optional<QSet<QString>> secrets = storedSecrets();
    if (m_parser.isSet(m_jsonOption)) {
        document::Result<document::Json> parsed
                = document::parseJson(cloud::writeAccount(m_account));
        document::Json root = *parsed;
        document::Json users = root.value(QStringLiteral("users"));
        for (qsizetype i = 0; i < users.size(); ++i) {
            const User &user = m_account.users.at(i);
            document::Json &j = users[i];
            j.remove(QStringLiteral("password"));
            if (user.type == UserType::Human) {
                j.set(QStringLiteral("hasPassword"), document::Json(bool(user.password)));
                continue;
            }
            const cloud::KeyNames names = m_account.keyNames(user);
            document::Json keys = document::Json::object();
            keys.set(QStringLiteral("appKey"), document::Json(names.appKey));
            keys.set(QStringLiteral("secret"), document::Json(names.secret));
            keys.set(QStringLiteral("accessToken"), document::Json(names.accessToken));
            keys.set(QStringLiteral("accessTokenSecret"), document::Json(names.accessTokenSecret));
            j.set(QStringLiteral("keyNames"), keys);
            if (secrets) {
                const QStringList all = names.all();
                j.set(QStringLiteral("keysStored"),
                      document::Json(std::all_of(all.cbegin(), all.cend(), [&](const QString &n) {
                          return secrets->contains(n);
                      })));
            }
        }
        root.set(QStringLiteral("users"), users);
        if (secrets)
            root.set(QStringLiteral("apiKeyStored"),
                     document::Json(secrets->contains(m_account.apiKeySecret)));
        m_out << document::writeJson(root) << "\n";
        return ExitOk;
    }

    m_out << "Account " << m_account.id;
    if (!m_account.companyName.isEmpty())
        m_out << " (" << m_account.companyName << ")";
    m_out << "\nFile: " << m_path << "\n";
    m_out << "Permanent API access key: secret \"" << m_account.apiKeySecret << "\"";
    if (secrets)
        m_out << (secrets->contains(m_account.apiKeySecret) ? " (set)" : " (not set)");
    m_out << "\nSkills:";
    if (m_account.skills.isEmpty())
        m_out << " none";
    m_out << "\n";
    for (const Skill &s : std::as_const(m_account.skills))
        m_out << "  " << s.id << " " << s.name << "\n";
    m_out << "Users:";
    if (m_account.users.isEmpty())
        m_out << " none";
    m_out << "\n";
    for (const User &u : std::as_const(m_account.users))
        m_out << "  " << describeUser(u, secrets ? &*secrets : nullptr) << "\n";
    m_out << "Campaigns:";
    if (m_account.campaigns.isEmpty())
        m_out << " none";
    m_out << "\n";
    for (const Campaign &c : std::as_const(m_account.campaigns)) {
        const Skill *s = m_account.entrySkill(c);
        m_out << "  " << c.name << " (id " << c.id << ", engagement " << c.engagementId
              << "): entry skill " << (s ? describeSkill(*s) : QString::number(c.entrySkill))
              << "\n";
    }
    return ExitOk;
}

int AccountCommand::skillAdd()
{
    Account account = m_account;
    Skill skill{account.nextSkillId(), m_argument, {}};
    if (m_parser.isSet(m_idOption)) {
        bool ok = false;
        skill.id = m_parser.value(m_idOption).toLongLong(&ok);
        if (!ok || skill.id < 1)
            return usage(QStringLiteral("--id expects a positive whole number, got '%1'")
                                 .arg(m_parser.value(m_idOption)));
    }
    if (const Skill *taken = account.skill(skill.id))
        return problem(QStringLiteral("the skill id %1 is taken by the skill %2")
                               .arg(skill.id)
                               .arg(quoted(taken->name)));
    if (const Skill *taken = account.skillByName(skill.name))
        return problem(QStringLiteral("there is a skill named %1 already (id %2)")
                               .arg(quoted(taken->name))
                               .arg(taken->id));
    account.skills.append(skill);
    if (!save(account))
        return ExitProblems;
    m_out << "Added the skill " << describeSkill(skill) << ".\n";
    return ExitOk;
}

int AccountCommand::skillList()
{
    for (const Skill &s : std::as_const(m_account.skills))
        m_out << s.id << " " << s.name << "\n";
    return ExitOk;
}

int AccountCommand::skillRemove()
{
    const Skill *skill = skillArgument(m_account, m_argument);
    if (!skill)
        return ExitProblems;
    const QStringList users = m_account.skillUsers(skill->id);
    if (!users.isEmpty())
        return problem(QStringLiteral("the skill %1 is still used by %2: take it from them first")
                               .arg(describeSkill(*skill), listing(users)));
    const Skill removed = *skill;
    Account account = m_account;
    account.skills.removeAt(skill - m_account.skills.constData());
    if (!save(account))
        return ExitProblems;
    m_out << "Removed the skill " << describeSkill(removed) << ".\n";
    return ExitOk;
}

std::optional<QString> AccountCommand::readPassword(const QString &login)
{
    const std::optional<QByteArray> input
            = readHiddenInput(QStringLiteral("Password for %1 (not shown): ").arg(login), m_err);
    if (!input) {
        problem(QStringLiteral("cannot read the password from stdin"));
        return std::nullopt;
    }
    const QString password = QString::fromUtf8(*input);
    if (password.isEmpty()) {
        problem(QStringLiteral("the password is empty: give it on stdin (one line)"));
        return std::nullopt;
    }
    if (password.contains(QLatin1Char('\n')) || password.contains(QLatin1Char('\r'))) {
        problem(QStringLiteral("the password must be one line"));
        return std::nullopt;
    }
    return password;
}

int AccountCommand::userAdd()
{
    if (!m_parser.isSet(m_typeOption))
        return usage(QStringLiteral("user add needs --type bot|human"));
    const std::optional<UserType> type = cloud::userTypeFromName(m_parser.value(m_typeOption));
    if (!type)
        return usage(QStringLiteral("--type expects bot or human, got '%1'")
                             .arg(m_parser.value(m_typeOption)));
    std::optional<int> maxChats;
    if (!maxChatsOption(maxChats))
        return ExitUsage;
    if (const User *taken = m_account.userByLogin(m_argument))
        return problem(QStringLiteral("there is a user with the login name %1 already (id %2)")
                               .arg(quoted(taken->loginName), taken->id));
    User user;
    user.loginName = m_argument;
    user.type = *type;
    user.maxChats = maxChats;
    user.email = m_parser.value(m_emailOption);
    user.nickname
            = m_parser.isSet(m_nicknameOption) ? m_parser.value(m_nicknameOption) : m_argument;
    user.name = m_parser.value(m_nameOption);
    for (const QString &text : m_parser.values(m_skillOption)) {
        const Skill *skill = skillArgument(m_account, text);
        if (!skill)
            return ExitProblems;
        if (!user.skills.contains(skill->id))
            user.skills.append(skill->id);
    }
    Account account = m_account;
    // Checked before a password is asked for: nobody types one for a user who is refused. A
    // stand-in hash (one iteration) takes the password's place meanwhile.
    Account probe = account;
    User &probeUser = probe.addUser(user);
    if (user.type == UserType::Human)
        probeUser.password = cloud::hashPassword(QString(), 1);
    if (const std::optional<AccountProblem> error
        = cloud::firstError(cloud::validateAccount(probe)))
        return problem(error->toString());
    if (user.type == UserType::Human) {
        const std::optional<QString> password = readPassword(user.loginName);
        if (!password)
            return ExitProblems;
        user.password = cloud::hashPassword(*password);
    }
    const User &added = account.addUser(user);
    const QString id = added.id;
    if (!save(account))
        return ExitProblems;
    m_out << "Added the " << cloud::userTypeName(user.type) << " user " << quoted(user.loginName)
          << " (id " << id << ").";
    if (user.type == UserType::Bot)
        m_out << " Give it its OAuth keys with 'dialogsmith-cli account key generate "
              << user.loginName << "'.";
    m_out << "\n";
    return ExitOk;
}

int AccountCommand::userPassword()
{
    const User *user = m_account.userByLogin(m_argument);
    if (!user)
        return problem(
                QStringLiteral("there is no user %1 in the account").arg(quoted(m_argument)));
    if (user->type == UserType::Bot)
        return problem(QStringLiteral("%1 is a Bot user: it logs in with its OAuth keys, not a "
                                      "password ('dialogsmith-cli account key generate %2')")
                               .arg(quoted(user->loginName), user->loginName));
    const std::optional<QString> password = readPassword(user->loginName);
    if (!password)
        return ExitProblems;
    Account account = m_account;
    account.users[user - m_account.users.constData()].password = cloud::hashPassword(*password);
    if (!save(account))
        return ExitProblems;
    m_out << "Changed the password of " << quoted(user->loginName) << ".\n";
    return ExitOk;
}

int AccountCommand::userList()
{
    const std::optional<QSet<QString>> secrets = storedSecrets();
    for (const User &u : std::as_const(m_account.users))
        m_out << describeUser(u, secrets ? &*secrets : nullptr) << "\n";
    return ExitOk;
}

int AccountCommand::userRemove()
{
    const User *user = m_account.userByLogin(m_argument);
    if (!user)
        return problem(
                QStringLiteral("there is no user %1 in the account").arg(quoted(m_argument)));
    const User removed = *user;
    Account account = m_account;
    account.removeUser(removed.loginName);
    if (!save(account))
        return ExitProblems;
    if (removed.type == UserType::Bot) {
        const cloud::KeyNames names = account.keyNames(removed);
        if (const document::Result<void> deleted = cloud::removeOAuthKeys(m_store, names); !deleted)
            return problem(QStringLiteral("removed the user %1, but its keys could not be "
                                          "deleted (%2): delete %3 with 'dialogsmith-cli secret "
                                          "delete NAME'")
                                   .arg(quoted(removed.loginName), deleted.error().message,
                                        listing(names.all())));
        m_out << "Removed the Bot user " << quoted(removed.loginName) << " and its keys.\n";
        return ExitOk;
    }
    m_out << "Removed the user " << quoted(removed.loginName) << ".\n";
    return ExitOk;
}

int AccountCommand::keyGenerate()
{
    const User *user = m_account.userByLogin(m_argument);
    if (!user)
        return problem(
                QStringLiteral("there is no user %1 in the account").arg(quoted(m_argument)));
    if (user->type != UserType::Bot)
        return problem(QStringLiteral("%1 is a Human user: only Bot users have OAuth keys (Human "
                                      "users log in with a password)")
                               .arg(quoted(user->loginName)));
    const cloud::KeyNames names = m_account.keyNames(*user);
    const cloud::OAuthKeys keys = cloud::generateOAuthKeys();
    if (const document::Result<void> stored = cloud::storeOAuthKeys(m_store, names, keys); !stored)
        return problem(stored.error().message);
    m_out << "# The OAuth keys of the Bot user \"" << user->loginName << "\" in account "
          << m_account.id << ", shown only now.\n"
          << "# Stored in the secret store ("
          << (m_store.keychainAvailable() ? QStringLiteral("the keychain") : m_store.filePath())
          << ") under these names; a bot's enterprise integration names them.\n"
          << names.appKey << "=" << keys.appKey << "\n"
          << names.secret << "=" << keys.secret << "\n"
          << names.accessToken << "=" << keys.accessToken << "\n"
          << names.accessTokenSecret << "=" << keys.accessTokenSecret << "\n";
    return ExitOk;
}

int AccountCommand::campaignSet()
{
    if (!m_parser.isSet(m_skillOption))
        return usage(QStringLiteral("campaign set needs --skill NAME|ID (its entry skill)"));
    if (m_parser.values(m_skillOption).size() > 1)
        return usage(QStringLiteral("a campaign has one entry skill: give --skill once"));
    const Skill *skill = skillArgument(m_account, m_parser.value(m_skillOption));
    if (!skill)
        return ExitProblems;
    Account account = m_account;
    const Campaign *existing = account.campaignByName(m_argument);
    Campaign campaign = existing ? *existing
                                 : Campaign{account.nextCampaignId(),
                                            m_argument,
                                            account.nextEngagementId(),
                                            0,
                                            {}};
    campaign.entrySkill = skill->id;
    if (m_parser.isSet(m_engagementOption))
        campaign.engagementId = m_parser.value(m_engagementOption);
    if (existing)
        account.campaigns[existing - account.campaigns.constData()] = campaign;
    else
        account.campaigns.append(campaign);
    if (!save(account))
        return ExitProblems;
    m_out << (existing ? "Updated" : "Created") << " the campaign " << quoted(campaign.name)
          << " (id " << campaign.id << ", engagement " << campaign.engagementId
          << "): new conversations enter on the skill " << describeSkill(*skill) << ".\n";
    return ExitOk;
}

int AccountCommand::campaignList()
{
    for (const Campaign &c : std::as_const(m_account.campaigns)) {
        const Skill *s = m_account.entrySkill(c);
        m_out << c.name << " (id " << c.id << ", engagement " << c.engagementId << "): entry skill "
              << (s ? describeSkill(*s) : QString::number(c.entrySkill)) << "\n";
    }
    return ExitOk;
}

int AccountCommand::campaignRemove()
{
    const Campaign *campaign = m_account.campaignByName(m_argument);
    if (!campaign)
        return problem(
                QStringLiteral("there is no campaign %1 in the account").arg(quoted(m_argument)));
    const QString name = campaign->name;
    Account account = m_account;
    account.campaigns.removeAt(campaign - m_account.campaigns.constData());
    if (!save(account))
        return ExitProblems;
    m_out << "Removed the campaign " << quoted(name) << ".\n";
    return ExitOk;
}

} // namespace

int runAccount(const QStringList &args, QTextStream &out, QTextStream &err)
{
    AccountCommand command(out, err);
    return command.run(args);
}

} // namespace dialogsmith::cli
