#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dialogsmith::cloud {

/// A Human user's password as the account file keeps it: PBKDF2-HMAC-SHA256 of the UTF-8 text
/// with a random salt. Never the password itself.
struct PasswordHash
{
    static constexpr const char *pbkdf2Sha256 = "pbkdf2-sha256";
    /// Enough that one check takes tens of milliseconds on a desktop, not seconds.
    static constexpr int defaultIterations = 60000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;

    QString algorithm = QString::fromLatin1(pbkdf2Sha256);
    int iterations = defaultIterations;
    QByteArray salt; ///< raw bytes (base64 in the file)
    QByteArray hash; ///< raw bytes (base64 in the file)

    bool operator==(const PasswordHash &o) const = default;
};

/// Hashes `password` with a fresh salt from the system's random source.
PasswordHash hashPassword(const QString &password,
                          int iterations = PasswordHash::defaultIterations);

/// Whether `password` is the one `stored` was made from; the comparison takes the same time
/// wherever the hashes differ. False for an algorithm this build does not know.
bool verifyPassword(const PasswordHash &stored, const QString &password);

/// Compares in time that depends only on the lengths, never on where the bytes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace dialogsmith::cloud
