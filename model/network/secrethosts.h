#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace dialogsmith::network {

class SecretStore;

/// Which hosts a secret may be sent to: a bot file is untrusted, so `{$secret.NAME}` goes only
/// where its owner said it may.
///
/// A secret may go to the hosts stored with it (SecretStore::allowedHosts(): `dialogsmith-cli
/// secret allow`, or "Always allow" in the studio), to the hosts allowed for this run
/// (`--allow-secret-host`) and to those the user allowed once in this session. For any other
/// host the policy asks through its Ask function (the studio shows a dialog: allow once, always,
/// or deny) or, without one, refuses with a sentence that says how to allow it. A host is
/// "api.example.com" (any port) or "127.0.0.1:8750" (that port only).
class SecretHostPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SecretHostPolicy)
public:
    enum class Answer { AllowOnce, AllowAlways, Deny };
    /// Asks whether `secret` may go to `host`; `answer` is called once, now or later.
    using Ask = std::function<void(const QString &secret, const QString &host,
                                   std::function<void(Answer)> answer)>;
    using Done = std::function<void(document::Result<void>)>;

    /// `store` keeps the lists (null: nothing is stored; "always" counts for this session).
    explicit SecretHostPolicy(SecretStore *store = nullptr);

    /// Lets every secret go to `host` in this run.
    void allowForRun(const QString &host);
    const QStringList &allowedForRun() const { return m_run; }
    void setAsk(Ask ask) { m_ask = std::move(ask); }

    /// The host a request to `url` goes to, as the lists name it: "api.example.com", or
    /// "127.0.0.1:8750" when the URL names a port.
    static QString hostOf(const QUrl &url);
    /// Whether `secret` may go to `url` without asking.
    bool isAllowed(const QString &secret, const QUrl &url) const;
    /// Calls `done` with nothing when every one of `secrets` may go to `url` (asking where it
    /// must), else with the reason. `done` may be called before check() returns.
    void check(const QStringList &secrets, const QUrl &url, Done done);

private:
    void checkNext(QStringList secrets, const QUrl &url, Done done);
    document::Error refusal(const QString &secret, const QString &host) const;

    SecretStore *m_store;
    QStringList m_run;
    QSet<QString> m_once;    ///< "secret\nhost" the user allowed this session
    QSet<QString> m_refused; ///< "secret\nhost" the user denied this session (no asking again)
    QHash<QString, QList<std::function<void(Answer)>>> m_asking; ///< one question per pair
    Ask m_ask;
};

} // namespace dialogsmith::network
