#include "accountfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace dialogsmith::cloud {

using document::Error;
using document::Json;
using document::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::cloud::AccountFile)
};

// The file's member names, in the order the writer puts them; reader and writer share them.
namespace keys {
const QString format = QStringLiteral("format");
const QString version = QStringLiteral("version");
const QString accountId = QStringLiteral("accountId");
const QString companyName = QStringLiteral("companyName");
const QString apiKeySecret = QStringLiteral("apiKeySecret");
const QString nextUserId = QStringLiteral("nextUserId");
const QString skills = QStringLiteral("skills");
const QString users = QStringLiteral("users");
const QString campaigns = QStringLiteral("campaigns");
const QString id = QStringLiteral("id");
const QString name = QStringLiteral("name");
const QString pid = QStringLiteral("pid");
const QString loginName = QStringLiteral("loginName");
const QString email = QStringLiteral("email");
const QString nickname = QStringLiteral("nickname");
const QString type = QStringLiteral("type");
const QString maxChats = QStringLiteral("maxChats");
const QString password = QStringLiteral("password");
const QString algorithm = QStringLiteral("algorithm");
const QString iterations = QStringLiteral("iterations");
const QString salt = QStringLiteral("salt");
const QString hash = QStringLiteral("hash");
const QString engagementId = QStringLiteral("engagementId");
const QString entrySkill = QStringLiteral("entrySkill");

const QStringList account = {format,     version, accountId, companyName, apiKeySecret,
                             nextUserId, skills,  users,     campaigns};
const QStringList skill = {id, name};
const QStringList user
        = {id, pid, loginName, email, nickname, name, type, maxChats, skills, password};
const QStringList passwordHash = {algorithm, iterations, salt, hash};
const QStringList campaign = {id, name, engagementId, entrySkill};
} // namespace keys

const QString formatName = QStringLiteral("dialogsmith-account");
constexpr int formatVersion = 1;
const QString unlimited = QStringLiteral("unlimited");

/// The members of `object` whose names are not in `known`, in file order; null when none.
Json unknownMembers(const Json &object, const QStringList &known)
{
    Json out;
    for (qsizetype i = 0; i < object.size(); ++i) {
        if (known.contains(object.keyAt(i)))
            continue;
        if (!out.isObject())
            out = Json::object();
        out.set(object.keyAt(i), object.valueAt(i));
    }
    return out;
}

void appendUnknown(Json &object, const Json &unknown)
{
    for (qsizetype i = 0; unknown.isObject() && i < unknown.size(); ++i)
        object.set(unknown.keyAt(i), unknown.valueAt(i));
}

/// Reads the file's tree into an Account; the first structural problem stops it.
class Reader
{
public:
    Result<Account> read(const Json &root)
    {
        Account account;
        if (!readAccount(root, account))
            return m_error;
        return account;
    }

private:
    bool fail(const QString &path, const QString &message)
    {
        m_error = Error{message, path};
        return false;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    static QString index(const QString &path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    bool wrongType(const QString &path, const QString &expected, const Json &found)
    {
        return fail(path, Text::tr("expected %1, found %2").arg(expected, found.typeDescription()));
    }

    bool string(const Json &object, const QString &key, const QString &path, QString &out,
                bool required = false)
    {
        const Json &v = object.value(key);
        if (v.isNull())
            return !required || fail(join(path, key), Text::tr("missing"));
        if (!v.isString())
            return wrongType(join(path, key), Text::tr("a string"), v);
        out = v.toString();
        return true;
    }

    /// An id written as a string of digits; a number is taken as its digits.
    bool idText(const Json &object, const QString &key, const QString &path, QString &out)
    {
        const Json &v = object.value(key);
        if (v.isNull())
            return fail(join(path, key), Text::tr("missing"));
        if (!v.isString() && !v.isNumber())
            return wrongType(join(path, key), Text::tr("a string of digits"), v);
        out = v.toString();
        return true;
    }

    bool integer(const Json &object, const QString &key, const QString &path, qint64 &out,
                 bool required)
    {
        const Json &v = object.value(key);
        if (v.isNull())
            return !required || fail(join(path, key), Text::tr("missing"));
        return integerValue(v, join(path, key), out);
    }

    bool integerValue(const Json &v, const QString &path, qint64 &out)
    {
        if (!v.isNumber())
            return wrongType(path, Text::tr("a whole number"), v);
        bool ok = false;
        out = v.numberText().toLongLong(&ok);
        if (!ok)
            return fail(path, Text::tr("expected a whole number, found %1").arg(v.numberText()));
        return true;
    }

    bool array(const Json &object, const QString &key, const QString &path, const Json *&out)
    {
        static const Json empty = Json::array();
        const Json &v = object.value(key);
        out = &empty;
        if (v.isNull())
            return true;
        if (!v.isArray())
            return wrongType(join(path, key), Text::tr("an array"), v);
        out = &v;
        return true;
    }

    bool readAccount(const Json &root, Account &account)
    {
        if (!root.isObject())
            return fail({}, Text::tr("expected an account file (a JSON object), found %1")
                                    .arg(root.typeDescription()));
        if (root.value(keys::format).toString() != formatName)
            return fail(keys::format, Text::tr("expected \"%1\": this is not a Dialogsmith "
                                               "account file")
                                              .arg(formatName));
        const Json &version = root.value(keys::version);
        if (!version.isNumber())
            return wrongType(keys::version, Text::tr("a number"), version);
        if (version.toDouble() > formatVersion)
            return fail(keys::version, Text::tr("the file was written by a newer Dialogsmith "
                                                "(format version %1); this build reads version %2")
                                               .arg(version.numberText())
                                               .arg(formatVersion));
        if (!idText(root, keys::accountId, {}, account.id)
            || !string(root, keys::companyName, {}, account.companyName)
            || !string(root, keys::apiKeySecret, {}, account.apiKeySecret))
            return false;

        const Json *list = nullptr;
        if (!array(root, keys::skills, {}, list))
            return false;
        for (qsizetype i = 0; i < list->size(); ++i) {
            Skill skill;
            if (!readSkill(list->at(i), index(keys::skills, i), skill))
                return false;
            account.skills.append(skill);
        }
        if (!array(root, keys::users, {}, list))
            return false;
        for (qsizetype i = 0; i < list->size(); ++i) {
            User user;
            if (!readUser(list->at(i), index(keys::users, i), user))
                return false;
            account.users.append(user);
        }
        if (!array(root, keys::campaigns, {}, list))
            return false;
        for (qsizetype i = 0; i < list->size(); ++i) {
            Campaign campaign;
            if (!readCampaign(list->at(i), index(keys::campaigns, i), campaign))
                return false;
            account.campaigns.append(campaign);
        }

        qint64 highest = 0;
        for (const User &u : std::as_const(account.users))
            highest = std::max(highest, u.id.toLongLong());
        account.nextUserId = highest + 1;
        if (!integer(root, keys::nextUserId, {}, account.nextUserId, false))
            return false;
        account.unknown = unknownMembers(root, keys::account);
        return true;
    }

    bool readSkill(const Json &object, const QString &path, Skill &skill)
    {
        if (!object.isObject())
            return wrongType(path, Text::tr("an object"), object);
        if (!integer(object, keys::id, path, skill.id, true)
            || !string(object, keys::name, path, skill.name, true))
            return false;
        skill.unknown = unknownMembers(object, keys::skill);
        return true;
    }

    bool readUser(const Json &object, const QString &path, User &user)
    {
        if (!object.isObject())
            return wrongType(path, Text::tr("an object"), object);
        QString type;
        if (!idText(object, keys::id, path, user.id)
            || !string(object, keys::pid, path, user.pid, true)
            || !string(object, keys::loginName, path, user.loginName, true)
            || !string(object, keys::email, path, user.email)
            || !string(object, keys::nickname, path, user.nickname)
            || !string(object, keys::name, path, user.name)
            || !string(object, keys::type, path, type, true))
            return false;
        const std::optional<UserType> userType = userTypeFromName(type);
        if (!userType)
            return fail(join(path, keys::type),
                        Text::tr("unknown user type \"%1\" (use \"bot\" or \"human\")").arg(type));
        user.type = *userType;

        const Json &maxChats = object.value(keys::maxChats);
        if (maxChats.isString() && maxChats.toString() == unlimited) {
            user.maxChats.reset();
        } else if (!maxChats.isNull()) {
            qint64 n = 0;
            if (!maxChats.isNumber())
                return wrongType(join(path, keys::maxChats),
                                 Text::tr("a whole number or \"unlimited\""), maxChats);
            if (!integerValue(maxChats, join(path, keys::maxChats), n))
                return false;
            user.maxChats = int(std::clamp<qint64>(n, std::numeric_limits<int>::min(),
                                                   std::numeric_limits<int>::max()));
        }

        const Json *skills = nullptr;
        if (!array(object, keys::skills, path, skills))
            return false;
        for (qsizetype k = 0; k < skills->size(); ++k) {
            qint64 id = 0;
            if (!integerValue(skills->at(k), index(join(path, keys::skills), k), id))
                return false;
            user.skills.append(id);
        }

        const Json &password = object.value(keys::password);
        if (!password.isNull()) {
            const QString p = join(path, keys::password);
            if (!password.isObject())
                return wrongType(p, Text::tr("an object"), password);
            PasswordHash hash;
            QString salt;
            QString digest;
            qint64 iterations = 0;
            if (!string(password, keys::algorithm, p, hash.algorithm, true)
                || !integer(password, keys::iterations, p, iterations, true)
                || !string(password, keys::salt, p, salt, true)
                || !string(password, keys::hash, p, digest, true))
                return false;
            if (iterations < 1 || iterations > std::numeric_limits<int>::max())
                return fail(join(p, keys::iterations),
                            Text::tr("expected a positive number of iterations"));
            hash.iterations = int(iterations);
            const auto decode = [&](const QString &key, const QString &text, QByteArray &out) {
                const auto decoded = QByteArray::fromBase64Encoding(
                        text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || decoded.decoded.isEmpty())
                    return fail(join(p, key), Text::tr("expected base64 text"));
                out = decoded.decoded;
                return true;
            };
            if (!decode(keys::salt, salt, hash.salt) || !decode(keys::hash, digest, hash.hash))
                return false;
            user.password = hash;
        }
        user.unknown = unknownMembers(object, keys::user);
        return true;
    }

    bool readCampaign(const Json &object, const QString &path, Campaign &campaign)
    {
        if (!object.isObject())
            return wrongType(path, Text::tr("an object"), object);
        if (!idText(object, keys::id, path, campaign.id)
            || !string(object, keys::name, path, campaign.name, true)
            || !idText(object, keys::engagementId, path, campaign.engagementId)
            || !integer(object, keys::entrySkill, path, campaign.entrySkill, true))
            return false;
        campaign.unknown = unknownMembers(object, keys::campaign);
        return true;
    }

    Error m_error;
};

Json skillIds(const QList<qint64> &ids)
{
    Json out = Json::array();
    for (qint64 id : ids)
        out.append(Json(id));
    return out;
}

} // namespace

QString defaultAccountFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/dialogsmith/account.json");
}

Result<LoadedAccount> readAccount(QByteArrayView json)
{
    Result<Json> root = document::parseJson(json, 64);
    if (!root)
        return root.error();
    Result<Account> account = Reader().read(*root);
    if (!account)
        return account.error();
    LoadedAccount loaded{std::move(*account), {}};
    for (const AccountProblem &p : validateAccount(loaded.account)) {
        if (p.severity == AccountProblem::Severity::Error)
            return Error{p.message, p.location};
        loaded.warnings.append(p);
    }
    return loaded;
}

QByteArray writeAccount(const Account &account)
{
    Json root = Json::object();
    root.set(keys::format, Json(formatName));
    root.set(keys::version, Json(formatVersion));
    root.set(keys::accountId, Json(account.id));
    root.set(keys::companyName, Json(account.companyName));
    root.set(keys::apiKeySecret, Json(account.apiKeySecret));
    root.set(keys::nextUserId, Json(account.nextUserId));

    Json skills = Json::array();
    for (const Skill &s : account.skills) {
        Json j = Json::object();
        j.set(keys::id, Json(s.id));
        j.set(keys::name, Json(s.name));
        appendUnknown(j, s.unknown);
        skills.append(j);
    }
    root.set(keys::skills, skills);

    Json users = Json::array();
    for (const User &u : account.users) {
        Json j = Json::object();
        j.set(keys::id, Json(u.id));
        j.set(keys::pid, Json(u.pid));
        j.set(keys::loginName, Json(u.loginName));
        j.set(keys::email, Json(u.email));
        j.set(keys::nickname, Json(u.nickname));
        j.set(keys::name, Json(u.name));
        j.set(keys::type, Json(userTypeName(u.type)));
        j.set(keys::maxChats, u.maxChats ? Json(*u.maxChats) : Json(unlimited));
        j.set(keys::skills, skillIds(u.skills));
        if (u.password) {
            Json p = Json::object();
            p.set(keys::algorithm, Json(u.password->algorithm));
            p.set(keys::iterations, Json(u.password->iterations));
            p.set(keys::salt, Json(QString::fromLatin1(u.password->salt.toBase64())));
            p.set(keys::hash, Json(QString::fromLatin1(u.password->hash.toBase64())));
            j.set(keys::password, p);
        }
        appendUnknown(j, u.unknown);
        users.append(j);
    }
    root.set(keys::users, users);

    Json campaigns = Json::array();
    for (const Campaign &c : account.campaigns) {
        Json j = Json::object();
        j.set(keys::id, Json(c.id));
        j.set(keys::name, Json(c.name));
        j.set(keys::engagementId, Json(c.engagementId));
        j.set(keys::entrySkill, Json(c.entrySkill));
        appendUnknown(j, c.unknown);
        campaigns.append(j);
    }
    root.set(keys::campaigns, campaigns);
    appendUnknown(root, account.unknown);

    QByteArray out = document::writeJson(root);
    out.append('\n');
    return out;
}

Result<LoadedAccount> loadAccountFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString why = QFileInfo::exists(path) ? file.errorString()
                                                    : Text::tr("the file does not exist");
        return Error{Text::tr("cannot open %1: %2").arg(path, why)};
    }
    if (file.size() > maxAccountFileBytes)
        return Error{Text::tr("%1 is %2 MB; account files are limited to %3 MB")
                             .arg(path)
                             .arg(file.size() / (1024 * 1024))
                             .arg(maxAccountFileBytes / (1024 * 1024))};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Text::tr("cannot read %1: %2").arg(path, file.errorString())};
    return readAccount(bytes);
}

Result<void> saveAccountFile(const Account &account, const QString &path)
{
    if (const std::optional<AccountProblem> error = firstError(validateAccount(account)))
        return Error{error->message, error->location};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{Text::tr("cannot create the folder %1").arg(folder)};
    const QByteArray bytes = writeAccount(account);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("cannot write %1: %2").arg(path, file.errorString())};
    // Password hashes are nobody else's business.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{Text::tr("cannot write %1: %2").arg(path, why)};
    }
    if (!file.commit())
        return Error{Text::tr("cannot save %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace dialogsmith::cloud
