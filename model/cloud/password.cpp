#include "password.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

namespace dialogsmith::cloud {

namespace {

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, PasswordHash::hashBytes);
}

} // namespace

PasswordHash hashPassword(const QString &password, int iterations)
{
    PasswordHash h;
    h.iterations = iterations;
    h.salt.resize(PasswordHash::saltBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(h.salt.data()),
                                          PasswordHash::saltBytes / int(sizeof(quint32)));
    h.hash = derive(password, h.salt, iterations);
    return h;
}

bool verifyPassword(const PasswordHash &stored, const QString &password)
{
    if (stored.algorithm != QLatin1String(PasswordHash::pbkdf2Sha256) || stored.iterations < 1
        || stored.hash.isEmpty())
        return false;
    return constantTimeEquals(derive(password, stored.salt, stored.iterations), stored.hash);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Every byte of the longer input is visited and folded in; no early exit.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    // Keeps the compiler from turning the fold into an early return.
    volatile unsigned char result = diff;
    return result == 0;
}

} // namespace dialogsmith::cloud
