#include "account.h"

#include "secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace dialogsmith::cloud {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::cloud::Account)
};

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

bool isPid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

template<typename T, typename Pred>
const T *findIf(const QList<T> &list, Pred pred)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? nullptr : &*it;
}

/// One above the highest id that is a number, at least `first`.
QString nextNumericId(const QStringList &ids, qint64 first)
{
    qint64 highest = first - 1;
    for (const QString &id : ids) {
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        if (ok && n > highest)
            highest = n;
    }
    return QString::number(highest + 1);
}

QString at(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString at(const QString &list, qsizetype index, const char *member)
{
    return at(list, index) + QLatin1Char('.') + QLatin1String(member);
}

} // namespace

QString userTypeName(UserType type)
{
    return type == UserType::Bot ? QStringLiteral("bot") : QStringLiteral("human");
}

std::optional<UserType> userTypeFromName(const QString &name)
{
    if (name == QLatin1String("bot"))
        return UserType::Bot;
    if (name == QLatin1String("human"))
        return UserType::Human;
    return std::nullopt;
}

const Skill *Account::skill(qint64 skillId) const
{
    return findIf(skills, [&](const Skill &s) { return s.id == skillId; });
}

const Skill *Account::skillByName(const QString &skillName) const
{
    return findIf(skills, [&](const Skill &s) {
        return s.name.compare(skillName, Qt::CaseInsensitive) == 0;
    });
}

const Skill *Account::findSkill(const QString &nameOrId) const
{
    bool number = false;
    const qint64 n = nameOrId.toLongLong(&number);
    if (number) {
        if (const Skill *s = skill(n))
            return s;
    }
    return skillByName(nameOrId);
}

const User *Account::userByLogin(const QString &loginName) const
{
    return findIf(users, [&](const User &u) {
        return u.loginName.compare(loginName, Qt::CaseInsensitive) == 0;
    });
}

const User *Account::user(const QString &userId) const
{
    return findIf(users, [&](const User &u) { return u.id == userId; });
}

const User *Account::userByPid(const QString &pid) const
{
    return findIf(users,
                  [&](const User &u) { return u.pid.compare(pid, Qt::CaseInsensitive) == 0; });
}

const Campaign *Account::campaign(const QString &campaignId) const
{
    return findIf(campaigns, [&](const Campaign &c) { return c.id == campaignId; });
}

const Campaign *Account::campaignByName(const QString &campaignName) const
{
    return findIf(campaigns, [&](const Campaign &c) {
        return c.name.compare(campaignName, Qt::CaseInsensitive) == 0;
    });
}

const Skill *Account::entrySkill(const Campaign &c) const
{
    return skill(c.entrySkill);
}

bool Account::isEntrySkill(qint64 skillId) const
{
    return std::any_of(campaigns.cbegin(), campaigns.cend(),
                       [&](const Campaign &c) { return c.entrySkill == skillId; });
}

QList<const User *> Account::usersWithSkill(qint64 skillId) const
{
    QList<const User *> out;
    for (const User &u : users) {
        if (u.skills.contains(skillId))
            out.append(&u);
    }
    return out;
}

QStringList Account::skillUsers(qint64 skillId) const
{
    QStringList out;
    for (const User *u : usersWithSkill(skillId))
        out.append(Text::tr("user \"%1\"").arg(u->loginName));
    for (const Campaign &c : campaigns) {
        if (c.entrySkill == skillId)
            out.append(Text::tr("campaign \"%1\"").arg(c.name));
    }
    return out;
}

KeyNames Account::keyNames(const User &u) const
{
    return cloud::keyNames(id, u.loginName);
}

qint64 Account::nextSkillId() const
{
    qint64 highest = firstSkillId - 1;
    for (const Skill &s : skills)
        highest = std::max(highest, s.id);
    return highest + 1;
}

User &Account::addUser(User u)
{
    qint64 next = nextUserId;
    for (const User &existing : users)
        next = std::max(next, existing.id.toLongLong() + 1);
    u.id = QString::number(next);
    u.pid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    nextUserId = next + 1;
    users.append(std::move(u));
    return users.last();
}

bool Account::removeUser(const QString &loginName)
{
    const User *u = userByLogin(loginName);
    if (!u)
        return false;
    users.removeAt(u - users.constData());
    return true;
}

QString Account::nextCampaignId() const
{
    QStringList ids;
    for (const Campaign &c : campaigns)
        ids.append(c.id);
    return nextNumericId(ids, 1);
}

QString Account::nextEngagementId() const
{
    QStringList ids;
    for (const Campaign &c : campaigns)
        ids.append(c.engagementId);
    return nextNumericId(ids, 1);
}

QString AccountProblem::toString() const
{
    return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
}

QList<AccountProblem> validateAccount(const Account &account)
{
    QList<AccountProblem> problems;
    const auto error = [&](const QString &location, const QString &message) {
        problems.append({AccountProblem::Severity::Error, location, message});
    };
    const auto warning = [&](const QString &location, const QString &message) {
        problems.append({AccountProblem::Severity::Warning, location, message});
    };

    if (!isDigits(account.id))
        error(QStringLiteral("accountId"),
              Text::tr("the account number must be digits, found \"%1\"").arg(account.id));
    if (!network::SecretStore::isValidName(account.apiKeySecret))
        error(QStringLiteral("apiKeySecret"),
              Text::tr("\"%1\" is not a valid secret name").arg(account.apiKeySecret));

    const QString skillsKey = QStringLiteral("skills");
    QHash<qint64, qsizetype> skillIds;
    QHash<QString, qsizetype> skillNames;
    for (qsizetype i = 0; i < account.skills.size(); ++i) {
        const Skill &s = account.skills.at(i);
        if (s.id <= 0)
            error(at(skillsKey, i, "id"), Text::tr("a skill id must be a positive number"));
        else if (skillIds.contains(s.id))
            error(at(skillsKey, i, "id"), Text::tr("the skill id %1 is taken by skills[%2]")
                                                  .arg(s.id)
                                                  .arg(skillIds.value(s.id)));
        else
            skillIds.insert(s.id, i);
        const QString key = s.name.toCaseFolded();
        if (s.name.trimmed().isEmpty())
            error(at(skillsKey, i, "name"), Text::tr("the skill has no name"));
        else if (skillNames.contains(key))
            error(at(skillsKey, i, "name"), Text::tr("the skill name \"%1\" is taken by skills[%2]")
                                                    .arg(s.name)
                                                    .arg(skillNames.value(key)));
        else
            skillNames.insert(key, i);
    }

    const QString usersKey = QStringLiteral("users");
    QHash<QString, qsizetype> logins;
    QHash<QString, qsizetype> userIds;
    QHash<QString, qsizetype> secretNames;
    qint64 highestUserId = 0;
    for (qsizetype i = 0; i < account.users.size(); ++i) {
        const User &u = account.users.at(i);
        if (!isDigits(u.id)) {
            error(at(usersKey, i, "id"),
                  Text::tr("a user id must be digits, found \"%1\"").arg(u.id));
        } else if (userIds.contains(u.id)) {
            error(at(usersKey, i, "id"), Text::tr("the user id %1 is taken by users[%2]")
                                                 .arg(u.id)
                                                 .arg(userIds.value(u.id)));
        } else {
            userIds.insert(u.id, i);
            highestUserId = std::max(highestUserId, u.id.toLongLong());
        }
        if (!isPid(u.pid))
            error(at(usersKey, i, "pid"),
                  Text::tr("the PId must be a UUID, found \"%1\"").arg(u.pid));
        const QString login = u.loginName.toCaseFolded();
        if (u.loginName.trimmed().isEmpty())
            error(at(usersKey, i, "loginName"), Text::tr("the user has no login name"));
        else if (logins.contains(login))
            error(at(usersKey, i, "loginName"),
                  Text::tr("the login name \"%1\" is taken by users[%2]")
                          .arg(u.loginName)
                          .arg(logins.value(login)));
        else
            logins.insert(login, i);

        if (u.type == UserType::Bot && u.password)
            error(at(usersKey, i, "password"),
                  Text::tr("a Bot user logs in with its OAuth keys, not a password"));
        if (u.type == UserType::Human && !u.password)
            error(at(usersKey, i),
                  Text::tr("the Human user \"%1\" has no password").arg(u.loginName));
        if (u.password
            && (u.password->algorithm != QLatin1String(PasswordHash::pbkdf2Sha256)
                || u.password->iterations < 1 || u.password->salt.isEmpty()
                || u.password->hash.isEmpty()))
            error(at(usersKey, i, "password"),
                  Text::tr("the password hash is not a pbkdf2-sha256 hash with iterations, salt "
                           "and hash"));
        if (u.maxChats && *u.maxChats < 1)
            error(at(usersKey, i, "maxChats"),
                  Text::tr("max chats must be at least 1 (or \"unlimited\"), found %1")
                          .arg(*u.maxChats));

        if (u.type == UserType::Bot && !u.loginName.trimmed().isEmpty()) {
            const KeyNames names = account.keyNames(u);
            if (!network::SecretStore::isValidName(names.accessTokenSecret)) {
                error(at(usersKey, i, "loginName"),
                      Text::tr("the login name is too long for the names of its keys in the "
                               "secret store"));
            } else if (secretNames.contains(names.appKey)) {
                error(at(usersKey, i, "loginName"),
                      Text::tr("the keys of \"%1\" would share their secret names (%2) with "
                               "users[%3]: change one login name")
                              .arg(u.loginName, names.appKey)
                              .arg(secretNames.value(names.appKey)));
            } else {
                secretNames.insert(names.appKey, i);
            }
        }

        QSet<qint64> seen;
        for (qsizetype k = 0; k < u.skills.size(); ++k) {
            const qint64 skillId = u.skills.at(k);
            const QString where = at(at(usersKey, i, "skills"), k);
            const Skill *s = account.skill(skillId);
            if (!s) {
                error(where, Text::tr("there is no skill with the id %1").arg(skillId));
                continue;
            }
            if (seen.contains(skillId)) {
                error(where, Text::tr("the skill \"%1\" is listed twice").arg(s->name));
                continue;
            }
            seen.insert(skillId);
            if (u.type == UserType::Bot && !account.isEntrySkill(skillId))
                warning(where, Text::tr("the Bot user \"%1\" has the routing skill \"%2\", which "
                                        "no campaign enters on: transfers to it would ring the "
                                        "bot")
                                       .arg(u.loginName, s->name));
        }
    }
    if (account.nextUserId <= highestUserId)
        error(QStringLiteral("nextUserId"),
              Text::tr("must be above every user id (the highest is %1)").arg(highestUserId));

    const QString campaignsKey = QStringLiteral("campaigns");
    QHash<QString, qsizetype> campaignIds;
    QHash<QString, qsizetype> campaignNames;
    for (qsizetype i = 0; i < account.campaigns.size(); ++i) {
        const Campaign &c = account.campaigns.at(i);
        if (c.id.trimmed().isEmpty())
            error(at(campaignsKey, i, "id"), Text::tr("the campaign has no id"));
        else if (campaignIds.contains(c.id))
            error(at(campaignsKey, i, "id"),
                  Text::tr("the campaign id %1 is taken by campaigns[%2]")
                          .arg(c.id)
                          .arg(campaignIds.value(c.id)));
        else
            campaignIds.insert(c.id, i);
        const QString key = c.name.toCaseFolded();
        if (c.name.trimmed().isEmpty())
            error(at(campaignsKey, i, "name"), Text::tr("the campaign has no name"));
        else if (campaignNames.contains(key))
            error(at(campaignsKey, i, "name"),
                  Text::tr("the campaign name \"%1\" is taken by campaigns[%2]")
                          .arg(c.name)
                          .arg(campaignNames.value(key)));
        else
            campaignNames.insert(key, i);
        if (c.engagementId.trimmed().isEmpty())
            error(at(campaignsKey, i, "engagementId"),
                  Text::tr("the campaign has no engagement id"));
        if (!account.skill(c.entrySkill))
            error(at(campaignsKey, i, "entrySkill"),
                  Text::tr("there is no skill with the id %1").arg(c.entrySkill));
    }
    return problems;
}

std::optional<AccountProblem> firstError(const QList<AccountProblem> &problems)
{
    for (const AccountProblem &p : problems) {
        if (p.severity == AccountProblem::Severity::Error)
            return p;
    }
    return std::nullopt;
}

} // namespace dialogsmith::cloud
