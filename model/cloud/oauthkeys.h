#pragma once

#include "enterpriseintegration.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dialogsmith::network {
class SecretStore;
}

namespace dialogsmith::cloud {

/// A Bot user's API key: the four OAuth 1.0 values LiveEngage generates together. They live only
/// in the secret store (under KeyNames), never in a file or a log.
struct OAuthKeys
{
    QString appKey;            ///< consumer key, 32 hex digits
    QString secret;            ///< consumer secret, 16 hex digits
    QString accessToken;       ///< 32 hex digits
    QString accessTokenSecret; ///< 16 hex digits

    bool operator==(const OAuthKeys &o) const = default;
};

/// The secret-store names of a Bot user's four keys (a bot agent in a project names the same).
using KeyNames = document::OAuthKeyNames;

/// `lp<accountId>_<login>_appKey`, `..._secret`, `..._accessToken`, `..._accessTokenSecret`, with
/// every character of the login outside [A-Za-z0-9_] replaced by '_' (the secret store's names).
/// The one place these names are made: the account, the CLI and a bot's enterprise integration
/// agree through it.
KeyNames keyNames(const QString &accountId, const QString &loginName);

/// Four fresh values from the system's random source.
OAuthKeys generateOAuthKeys();
/// A fresh permanent API access key (the Conversation Builder profile's key), 32 hex digits.
QString generateApiAccessKey();
/// `length` hex digits from the system's random source.
QString randomHex(int length);

/// Stores the four values under `names`, replacing earlier ones.
document::Result<void> storeOAuthKeys(network::SecretStore &store, const KeyNames &names,
                                      const OAuthKeys &keys);
/// Deletes those of the four that are stored; an error only when one could not be deleted.
document::Result<void> removeOAuthKeys(network::SecretStore &store, const KeyNames &names);

/// The outcome of checking the keys a client presented.
struct KeyCheck
{
    enum class Outcome {
        Ok,              ///< all four match
        Refused,         ///< keys are stored and at least one presented value differs
        NotGenerated,    ///< no (complete) set of keys is stored for this user
        StoreUnreadable, ///< the secret store could not be read; `message` says why
    };
    Outcome outcome = Outcome::Refused;
    QString message; ///< one sentence for every outcome but Ok
};

/// Whether `presented` equals `stored`, all four values compared in constant time.
bool matchOAuthKeys(const OAuthKeys &stored, const OAuthKeys &presented);

/// Reads the stored keys under `names` and compares them with `presented` in constant time.
KeyCheck checkOAuthKeys(network::SecretStore &store, const KeyNames &names,
                        const OAuthKeys &presented);

} // namespace dialogsmith::cloud
