#pragma once

#include "bot.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace dialogsmith::network {

/// Where the value of `{$secret.NAME}` lives.
///
/// In order: the environment variable `DIALOGSMITH_SECRET_<NAME>` (for CI; wins over the rest),
/// the OS keychain through QtKeychain when a secret service answers within a short timeout,
/// otherwise a per-user file `secrets.json` with mode 0600 in the studio's config folder
/// (`~/.config/dialogsmith`), written atomically and never readable by others, not even while it
/// is written. The file also lists which names live in the keychain (QtKeychain cannot list),
/// never their values. `DIALOGSMITH_KEYCHAIN=off` skips the keychain.
///
/// The CLI and the studio share the store. Keychain calls wait for the secret service (bounded
/// by Options::keychainTimeout): call them before a conversation starts, not from inside a turn;
/// values() collects what a runtime needs up front.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    enum class Backend { Automatic, FileOnly };

    struct Options
    {
        QString directory; ///< empty: defaultDirectory()
        Backend backend = Backend::Automatic;
        std::chrono::milliseconds keychainTimeout{1500};
        QString service = QStringLiteral("dialogsmith"); ///< the keychain's service name
        bool environment = true;                         ///< DIALOGSMITH_SECRET_<NAME> overrides
    };

    /// Where a secret was found.
    enum class Source { Environment, Keychain, File };

    struct Entry
    {
        QString name;
        Source source;
        QStringList hosts; ///< where it may be sent (allowedHosts())
    };

    SecretStore();
    explicit SecretStore(Options options);

    /// `~/.config/dialogsmith`: the studio's config folder, also when the CLI runs.
    static QString defaultDirectory();
    /// "DIALOGSMITH_SECRET_NAME"
    static QString environmentVariable(const QString &name);
    /// document::isValidSecretName(): letters, digits, '_', '-' and '.', starting with a letter
    /// or '_', at most 128 characters.
    static bool isValidName(const QString &name);
    /// What isValidName() asks for, to tell people: "letters, digits, '_', '-' and '.', starting
    /// with a letter or '_'".
    static QString nameRule();
    /// Why `name` is refused: "\"name\" is not a valid secret name: use <nameRule()>".
    static QString invalidNameMessage(const QString &name);
    static QString sourceName(Source source);

    /// The secret's value, or nullopt when it is not set (or the keychain that holds it does not
    /// answer: `problem` says so).
    std::optional<QString> value(const QString &name, QString *problem = nullptr);
    /// Stores `value` in the keychain when it answers, otherwise in the file.
    document::Result<Source> setValue(const QString &name, const QString &value);
    /// Deletes the stored value; an error when there is none.
    document::Result<void> remove(const QString &name);
    /// The names set, sorted: stored ones and environment overrides. Never values.
    document::Result<QList<Entry>> entries();

    /// The hosts the secret may be sent to: stored with it (in the file, also for secrets that
    /// live in the keychain or the environment), "api.example.com" or "127.0.0.1:8750".
    document::Result<QStringList> allowedHosts(const QString &name) const;
    /// Lets the secret go to `host` from now on ("host" for any port, "host:port" for one).
    document::Result<void> allowHost(const QString &name, const QString &host);
    /// Takes `host` off the secret's list.
    document::Result<void> forbidHost(const QString &name, const QString &host);
    /// A host as the list keeps it (lower case, no spaces).
    static QString normalizedHost(const QString &host);
    static bool isValidHost(const QString &host);

    /// The values of those `names` that are set: what a runtime's secret callback serves. Why a
    /// stored one could not be read goes to `problems`.
    QHash<QString, QString> values(const QStringList &names, QStringList *problems = nullptr);

    QString filePath() const;
    /// Whether the keychain answers (asked once per store).
    bool keychainAvailable();

private:
    struct FileEntry
    {
        Source source = Source::File;
        QString value;
    };
    struct FileContents
    {
        QHash<QString, FileEntry> secrets;
        QHash<QString, QStringList> hosts; ///< per secret name, whatever holds its value
    };

    document::Result<FileContents> readFile() const;
    document::Result<void> writeFile(const FileContents &contents) const;
    std::optional<QString> readKeychain(const QString &name, QString *problem);
    document::Result<void> writeKeychain(const QString &name, const QString &value);
    document::Result<void> deleteKeychain(const QString &name);

    Options m_options;
    std::optional<bool> m_keychain;
};

/// The secret names a bot uses: runtimeSecrets() and the OAuth key names of the bot agents of
/// its enterprise integrations.
QStringList referencedSecrets(const document::Bot &bot);

/// The secret names a conversation may resolve: the names the bot declares and every
/// `{$secret.NAME}` in its integrations' URLs, query parameters, headers and bodies. Not the bot
/// agents' OAuth keys: only the agent's login needs them.
QStringList runtimeSecrets(const document::Bot &bot);

/// A RuntimeOptions::secret callback over `values`.
std::function<std::optional<QString>(const QString &)>
secretResolver(QHash<QString, QString> values);

} // namespace dialogsmith::network
