#include "oauthkeys.h"

#include "password.h"
#include "secretstore.h"

#include <QRandomGenerator>

#include <algorithm>
#include <optional>

namespace dialogsmith::cloud {

using document::Error;
using document::Result;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::cloud::OAuthKeys)
};

QString sanitized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                          || (u >= u'0' && u <= u'9') || u == u'_';
        if (!keep)
            c = QLatin1Char('_');
    }
    return out;
}

} // namespace

KeyNames keyNames(const QString &accountId, const QString &loginName)
{
    const QString prefix = QStringLiteral("lp") + sanitized(accountId) + QLatin1Char('_')
                           + sanitized(loginName) + QLatin1Char('_');
    return {prefix + QStringLiteral("appKey"), prefix + QStringLiteral("secret"),
            prefix + QStringLiteral("accessToken"), prefix + QStringLiteral("accessTokenSecret")};
}

QString randomHex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString out(length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out[i] = QLatin1Char(digits[random->bounded(16)]);
    return out;
}

OAuthKeys generateOAuthKeys()
{
    return {randomHex(32), randomHex(16), randomHex(32), randomHex(16)};
}

QString generateApiAccessKey()
{
    return randomHex(32);
}

Result<void> storeOAuthKeys(network::SecretStore &store, const KeyNames &names,
                            const OAuthKeys &keys)
{
    const QStringList values = {keys.appKey, keys.secret, keys.accessToken, keys.accessTokenSecret};
    const QStringList all = names.all();
    for (int i = 0; i < all.size(); ++i) {
        const Result<network::SecretStore::Source> stored = store.setValue(all.at(i), values.at(i));
        if (!stored)
            return Error{Text::tr("cannot store the key \"%1\": %2")
                                 .arg(all.at(i), stored.error().message)};
    }
    return {};
}

Result<void> removeOAuthKeys(network::SecretStore &store, const KeyNames &names)
{
    const Result<QList<network::SecretStore::Entry>> entries = store.entries();
    if (!entries)
        return entries.error();
    for (const QString &name : names.all()) {
        const auto it = std::find_if(entries->cbegin(), entries->cend(),
                                     [&](const auto &e) { return e.name == name; });
        if (it == entries->cend())
            continue;
        // A name set only in the environment has nothing stored to delete.
        const Result<void> removed = store.remove(name);
        if (!removed && it->source != network::SecretStore::Source::Environment)
            return Error{Text::tr("cannot delete the key \"%1\": %2")
                                 .arg(name, removed.error().message)};
    }
    return {};
}

bool matchOAuthKeys(const OAuthKeys &stored, const OAuthKeys &presented)
{
    // All four are compared whatever the first gives: `&` rather than `&&`.
    const bool a = constantTimeEquals(stored.appKey.toUtf8(), presented.appKey.toUtf8());
    const bool b = constantTimeEquals(stored.secret.toUtf8(), presented.secret.toUtf8());
    const bool c = constantTimeEquals(stored.accessToken.toUtf8(), presented.accessToken.toUtf8());
    const bool d = constantTimeEquals(stored.accessTokenSecret.toUtf8(),
                                      presented.accessTokenSecret.toUtf8());
    return a & b & c & d;
}

KeyCheck checkOAuthKeys(network::SecretStore &store, const KeyNames &names,
                        const OAuthKeys &presented)
{
    const QStringList all = names.all();
    QStringList values;
    int missing = 0;
    for (const QString &name : all) {
        QString problem;
        const std::optional<QString> value = store.value(name, &problem);
        if (!value && !problem.isEmpty())
            return {KeyCheck::Outcome::StoreUnreadable,
                    Text::tr("The secret store could not be read: %1.").arg(problem)};
        if (!value || value->isEmpty())
            ++missing;
        values.append(value.value_or(QString()));
    }
    if (missing == all.size())
        return {KeyCheck::Outcome::NotGenerated,
                Text::tr("No keys have been generated for this user.")};
    if (missing > 0)
        return {KeyCheck::Outcome::NotGenerated,
                Text::tr("The keys of this user are incomplete in the secret store: generate "
                         "them again.")};
    const OAuthKeys stored{values.at(0), values.at(1), values.at(2), values.at(3)};
    if (!matchOAuthKeys(stored, presented))
        return {KeyCheck::Outcome::Refused, Text::tr("The keys were refused.")};
    return {KeyCheck::Outcome::Ok, {}};
}

} // namespace dialogsmith::cloud
