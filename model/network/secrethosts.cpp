#include "secrethosts.h"

#include "secretstore.h"

#include <tuple>

namespace dialogsmith::network {

namespace {

QString pairKey(const QString &secret, const QString &host)
{
    return secret + QLatin1Char('\n') + host;
}

bool listAllows(const QStringList &list, const QUrl &url)
{
    const QString host = SecretStore::normalizedHost(url.host());
    const QString withPort = SecretHostPolicy::hostOf(url);
    for (const QString &entry : list) {
        const QString allowed = SecretStore::normalizedHost(entry);
        if (allowed == withPort || allowed == host)
            return true;
    }
    return false;
}

} // namespace

SecretHostPolicy::SecretHostPolicy(SecretStore *store)
    : m_store(store)
{}

void SecretHostPolicy::allowForRun(const QString &host)
{
    const QString h = SecretStore::normalizedHost(host);
    if (!h.isEmpty() && !m_run.contains(h))
        m_run.append(h);
}

QString SecretHostPolicy::hostOf(const QUrl &url)
{
    QString host = SecretStore::normalizedHost(url.host());
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    return url.port() >= 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

bool SecretHostPolicy::isAllowed(const QString &secret, const QUrl &url) const
{
    if (listAllows(m_run, url) || m_once.contains(pairKey(secret, hostOf(url))))
        return true;
    if (!m_store)
        return false;
    const document::Result<QStringList> stored = m_store->allowedHosts(secret);
    return stored && listAllows(*stored, url);
}

document::Error SecretHostPolicy::refusal(const QString &secret, const QString &host) const
{
    return document::Error{
            tr("the secret \"%1\" may not be sent to %2: allow it for this run with "
               "--allow-secret-host %2, or for good with 'dialogsmith-cli secret allow %1 %2'")
                    .arg(secret, host),
            {}};
}

void SecretHostPolicy::check(const QStringList &secrets, const QUrl &url, Done done)
{
    checkNext(secrets, url, std::move(done));
}

void SecretHostPolicy::checkNext(QStringList secrets, const QUrl &url, Done done)
{
    while (!secrets.isEmpty() && isAllowed(secrets.constFirst(), url))
        secrets.removeFirst();
    if (secrets.isEmpty()) {
        done({});
        return;
    }
    const QString secret = secrets.takeFirst();
    const QString host = hostOf(url);
    const QString key = pairKey(secret, host);
    if (!m_ask || m_refused.contains(key)) {
        done(refusal(secret, host));
        return;
    }
    // One question per secret and host, however many requests wait for the answer.
    const bool asking = m_asking.contains(key);
    m_asking[key].append([this, secrets, url, done, secret, host, key](Answer answer) {
        if (answer == Answer::Deny) {
            m_refused.insert(key);
            done(document::Error{
                    tr("the secret \"%1\" was not sent to %2: you denied it").arg(secret, host),
                    {}});
            return;
        }
        m_once.insert(key);
        // Kept with the secret; should the store fail, it still counts for this session.
        if (answer == Answer::AllowAlways && m_store)
            std::ignore = m_store->allowHost(secret, host);
        checkNext(secrets, url, done);
    });
    if (asking)
        return;
    m_ask(secret, host, [this, key](Answer answer) {
        const QList<std::function<void(Answer)>> waiting = m_asking.take(key);
        for (const auto &reply : waiting)
            reply(answer);
    });
}

} // namespace dialogsmith::network
