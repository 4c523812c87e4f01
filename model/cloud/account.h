#pragma once

#include "json.h"
#include "oauthkeys.h"
#include "password.h"

#include <QList>
#include <QString>

#include <optional>

namespace dialogsmith::cloud {

/// A skill: where conversations queue and which agents they ring.
struct Skill
{
    qint64 id = 0;
    QString name;
    document::Json unknown; ///< members the model does not know, kept for the file

    bool operator==(const Skill &o) const = default;
};

enum class UserType { Human, Bot };

/// "human" / "bot", as the account file and the command line write them.
QString userTypeName(UserType type);
std::optional<UserType> userTypeFromName(const QString &name);

/// An agent of the account: a person who logs in with a password, or a bot that logs in with
/// the four OAuth keys (stored in the secret store under keyNames(), never here).
struct User
{
    QString id;  ///< numeric LiveEngage user id as text; assigned on add, never reused
    QString pid; ///< the user's PId: a UUID without braces, assigned on add
    QString loginName;
    QString email;
    QString nickname;
    QString name;
    UserType type = UserType::Human;
    std::optional<int> maxChats; ///< nullopt = unlimited
    QList<qint64> skills;
    std::optional<PasswordHash> password; ///< Human users only
    document::Json unknown;

    bool operator==(const User &o) const = default;
};

/// A campaign whose engagement routes a visitor's new conversation to `entrySkill`.
struct Campaign
{
    QString id;
    QString name;
    QString engagementId;
    qint64 entrySkill = 0;
    document::Json unknown;

    bool operator==(const Campaign &o) const = default;
};

/// A LiveEngage account as the local cloud plays it: skills, users and campaigns.
/// A plain value; read and written by accountfile.h, checked by validateAccount().
struct Account
{
    /// Where the first skill's id starts when none is given.
    static constexpr qint64 firstSkillId = 1001;

    QString id; ///< the account number, digits
    QString companyName;
    /// Secret-store name of the account's permanent API access key (what the legacy escalation
    /// endpoint's Authorization header carries).
    QString apiKeySecret = QStringLiteral("lpApiKey");
    QList<Skill> skills;
    QList<User> users;
    QList<Campaign> campaigns;
    /// The id the next added user gets; ids of removed users are never given again.
    qint64 nextUserId = 1;
    document::Json unknown;

    bool operator==(const Account &o) const = default;

    const Skill *skill(qint64 id) const;
    /// Case-insensitive.
    const Skill *skillByName(const QString &name) const;
    /// A skill by id when `nameOrId` is a number naming one, otherwise by name.
    const Skill *findSkill(const QString &nameOrId) const;
    /// Case-insensitive: login names are unique regardless of case.
    const User *userByLogin(const QString &loginName) const;
    const User *user(const QString &id) const;
    const User *userByPid(const QString &pid) const;
    const Campaign *campaign(const QString &id) const;
    /// Case-insensitive.
    const Campaign *campaignByName(const QString &name) const;
    /// The skill a new conversation of the campaign enters on, or nullptr.
    const Skill *entrySkill(const Campaign &campaign) const;
    /// Whether some campaign enters on the skill.
    bool isEntrySkill(qint64 skillId) const;
    /// The users that have the skill, in file order.
    QList<const User *> usersWithSkill(qint64 skillId) const;
    /// The logins and campaign names that refer to the skill (what keeps it from being removed).
    QStringList skillUsers(qint64 skillId) const;
    /// The secret-store names of a Bot user's OAuth keys in this account.
    KeyNames keyNames(const User &user) const;

    /// The next free skill id: one above the highest, at least firstSkillId.
    qint64 nextSkillId() const;
    /// Appends `user` with a fresh id and PId and returns it.
    User &addUser(User user);
    /// Removes the user with `loginName`; false when there is none.
    bool removeUser(const QString &loginName);
    /// Fresh campaign and engagement ids: one above the highest numeric one, from 1.
    QString nextCampaignId() const;
    QString nextEngagementId() const;
};

/// One finding of validateAccount(), located like the project file's: `users[2].skills[0]`.
struct AccountProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString location;
    QString message;

    bool operator==(const AccountProblem &o) const = default;
    /// "location: message".
    QString toString() const;
};

/// Errors: account number not digits; empty or duplicate skill ids or names; empty or duplicate
/// login names or user ids; ids or PIds of the wrong shape; a skill id a user or campaign names
/// that does not exist; a Bot user with a password or a Human user without one; max chats < 1;
/// two Bot users whose key names would collide or an invalid key name; a campaign on an unknown
/// skill. Warnings: a Bot user with routing skills (skills no campaign enters on).
/// In file order, errors and warnings mixed.
QList<AccountProblem> validateAccount(const Account &account);

/// The first error of validateAccount(), or nullptr-like empty optional.
std::optional<AccountProblem> firstError(const QList<AccountProblem> &problems);

} // namespace dialogsmith::cloud
