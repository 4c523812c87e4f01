#include "secretstore.h"

#include "validation.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <tuple>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dialogsmith::network {

using document::Error;
using document::Result;

namespace {

const QString fileName = QStringLiteral("secrets.json");
const QString formatName = QStringLiteral("dialogsmith-secrets");
const QString probeKey = QStringLiteral("dialogsmith-keychain-probe");

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

/// Runs a keychain job and waits for it at most `timeout`. A job that does not finish in time is
/// left to finish (and delete itself) on its own; nothing here hears from it any more.
JobOutcome runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject guard; // the connection ends with this function
    QObject::connect(job, &QKeychain::Job::finished, &guard, [&](QKeychain::Job *finished) {
        outcome.finished = true;
        outcome.error = finished->error();
        outcome.errorString = finished->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            outcome.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeout, &guard, [&loop] { loop.quit(); });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy behind our back
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

QString storeName(SecretStore::Source source)
{
    return source == SecretStore::Source::Keychain ? QStringLiteral("keychain")
                                                   : QStringLiteral("file");
}

#ifdef Q_OS_UNIX
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

SecretStore::SecretStore()
    : SecretStore(Options{})
{}

SecretStore::SecretStore(Options options)
    : m_options(std::move(options))
{
    if (m_options.directory.isEmpty())
        m_options.directory = defaultDirectory();
    // Not a DIALOGSMITH_SECRET_ name: that prefix is for secret values.
    if (qEnvironmentVariable("DIALOGSMITH_KEYCHAIN")
                .compare(QLatin1String("off"), Qt::CaseInsensitive)
        == 0)
        m_options.backend = Backend::FileOnly;
}

QString SecretStore::defaultDirectory()
{
    // The studio's AppConfigLocation, whichever executable asks: the CLI and the studio share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/dialogsmith");
}

QString SecretStore::environmentVariable(const QString &name)
{
    return QStringLiteral("DIALOGSMITH_SECRET_") + name;
}

bool SecretStore::isValidName(const QString &name)
{
    return document::isValidSecretName(name);
}

QString SecretStore::nameRule()
{
    return tr("letters, digits, '_', '-' and '.', starting with a letter or '_'");
}

QString SecretStore::invalidNameMessage(const QString &name)
{
    return tr("\"%1\" is not a valid secret name: use %2").arg(name, nameRule());
}

QString SecretStore::sourceName(Source source)
{
    switch (source) {
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::File:
        break;
    }
    return QStringLiteral("file");
}

QString SecretStore::filePath() const
{
    return m_options.directory + QLatin1Char('/') + fileName;
}

bool SecretStore::keychainAvailable()
{
    if (m_options.backend == Backend::FileOnly)
        return false;
    if (!m_keychain) {
        auto *job = new QKeychain::ReadPasswordJob(m_options.service);
        job->setKey(probeKey);
        const JobOutcome outcome = runJob(job, m_options.keychainTimeout);
        m_keychain = outcome.finished
                     && (outcome.error == QKeychain::NoError
                         || outcome.error == QKeychain::EntryNotFound);
    }
    return *m_keychain;
}

std::optional<QString> SecretStore::readKeychain(const QString &name, QString *problem)
{
    if (!keychainAvailable()) {
        if (problem)
            *problem = tr("the secret \"%1\" is in the keychain, which does not answer").arg(name);
        return std::nullopt;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_options.service);
    job->setKey(name);
    const JobOutcome outcome = runJob(job, m_options.keychainTimeout);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return outcome.text;
    if (problem)
        *problem = outcome.finished
                           ? tr("the keychain could not read the secret \"%1\": %2")
                                     .arg(name, outcome.errorString)
                           : tr("the keychain did not answer in time for the secret \"%1\"")
                                     .arg(name);
    return std::nullopt;
}

Result<void> SecretStore::writeKeychain(const QString &name, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_options.service);
    job->setKey(name);
    job->setTextData(value);
    const JobOutcome outcome = runJob(job, m_options.keychainTimeout);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return {};
    return Error{
            outcome.finished
                    ? tr("the keychain could not store the secret: %1").arg(outcome.errorString)
                    : tr("the keychain did not answer in time"),
            {}};
}

Result<void> SecretStore::deleteKeychain(const QString &name)
{
    auto *job = new QKeychain::DeletePasswordJob(m_options.service);
    job->setKey(name);
    const JobOutcome outcome = runJob(job, m_options.keychainTimeout);
    if (outcome.finished
        && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return {};
    return Error{
            outcome.finished
                    ? tr("the keychain could not delete the secret: %1").arg(outcome.errorString)
                    : tr("the keychain did not answer in time"),
            {}};
}

Result<SecretStore::FileContents> SecretStore::readFile() const
{
    FileContents contents;
    QFile file(filePath());
    if (!file.exists())
        return contents;
    // A copy someone made readable by others is put right before it is read.
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ReadUser | QFileDevice::WriteUser;
    if ((file.permissions() & ~owner) != 0)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the secret file %1: %2").arg(filePath(), file.errorString()),
                     {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    // The message never quotes the file: it holds secret values.
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("the secret file %1 is damaged (%2 at byte %3): delete it and set the "
                        "secrets again")
                             .arg(filePath(), parseError.errorString())
                             .arg(parseError.offset),
                     {}};
    const QJsonObject secrets = document.object().value(QLatin1String("secrets")).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        FileEntry e;
        e.source = entry.value(QLatin1String("store")).toString() == QLatin1String("keychain")
                           ? Source::Keychain
                           : Source::File;
        e.value = entry.value(QLatin1String("value")).toString();
        contents.secrets.insert(it.key(), e);
    }
    const QJsonObject hosts = document.object().value(QLatin1String("hosts")).toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it) {
        QStringList list;
        for (const QJsonValue &host : it.value().toArray()) {
            if (host.isString() && !host.toString().isEmpty())
                list.append(host.toString());
        }
        if (!list.isEmpty())
            contents.hosts.insert(it.key(), list);
    }
    return contents;
}

Result<void> SecretStore::writeFile(const FileContents &contents) const
{
    QJsonObject secrets;
    for (auto it = contents.secrets.cbegin(); it != contents.secrets.cend(); ++it) {
        QJsonObject entry{{QStringLiteral("store"), storeName(it->source)}};
        if (it->source == Source::File)
            entry.insert(QStringLiteral("value"), it->value);
        secrets.insert(it.key(), entry);
    }
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("secrets"), secrets}};
    QJsonObject hosts;
    for (auto it = contents.hosts.cbegin(); it != contents.hosts.cend(); ++it) {
        if (!it->isEmpty())
            hosts.insert(it.key(), QJsonArray::fromStringList(*it));
    }
    if (!hosts.isEmpty())
        root.insert(QStringLiteral("hosts"), hosts);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!QDir().mkpath(m_options.directory))
        return Error{tr("cannot create the folder %1").arg(m_options.directory), {}};
#ifdef Q_OS_UNIX
    // mkstemp creates the file with mode 0600 whatever the umask: it is never readable by others,
    // not even before the rename puts it in place.
    QByteArray temporary = QFile::encodeName(m_options.directory + QStringLiteral("/.") + fileName
                                             + QStringLiteral(".XXXXXX"));
    const int fd = mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return Error{tr("cannot write the secret file in %1: %2")
                             .arg(m_options.directory, systemError()),
                     {}};
    bool ok = fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    for (qsizetype written = 0; ok && written < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    const QString reason = ok ? QString() : systemError();
    ::close(fd);
    if (!ok || std::rename(temporary.constData(), QFile::encodeName(filePath()).constData()) != 0) {
        const QString why = reason.isEmpty() ? systemError() : reason;
        ::unlink(temporary.constData());
        return Error{tr("cannot write the secret file %1: %2").arg(filePath(), why), {}};
    }
    // The rename is only durable once the folder is on disk too.
    const int dir = ::open(QFile::encodeName(m_options.directory).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
#else
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write the secret file %1: %2").arg(filePath(), file.errorString()),
                     {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        return Error{tr("cannot write the secret file %1: %2").arg(filePath(), file.errorString()),
                     {}};
    return {};
#endif
}

std::optional<QString> SecretStore::value(const QString &name, QString *problem)
{
    if (!isValidName(name)) {
        if (problem)
            *problem = tr("\"%1\" is not a valid secret name").arg(name);
        return std::nullopt;
    }
    const QString variable = environmentVariable(name);
    if (m_options.environment && qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
        return qEnvironmentVariable(variable.toLocal8Bit().constData());
    const Result<FileContents> contents = readFile();
    if (!contents) {
        if (problem)
            *problem = contents.error().message;
        return std::nullopt;
    }
    const auto it = contents->secrets.constFind(name);
    if (it == contents->secrets.cend())
        return std::nullopt;
    if (it->source == Source::File)
        return it->value;
    return readKeychain(name, problem);
}

Result<SecretStore::Source> SecretStore::setValue(const QString &name, const QString &value)
{
    if (!isValidName(name))
        return Error{invalidNameMessage(name), {}};
    if (value.isEmpty())
        return Error{tr("the value is empty"), {}};
    Result<FileContents> contents = readFile();
    if (!contents)
        return contents.error();
    FileEntry entry;
    if (keychainAvailable() && writeKeychain(name, value)) {
        entry.source = Source::Keychain;
    } else {
        entry.source = Source::File;
        entry.value = value;
        // An older copy in the keychain would be read instead of this one.
        if (contents->secrets.value(name).source == Source::Keychain && keychainAvailable())
            std::ignore = deleteKeychain(name);
    }
    contents->secrets.insert(name, entry);
    if (const Result<void> written = writeFile(*contents); !written)
        return written.error();
    return entry.source;
}

Result<void> SecretStore::remove(const QString &name)
{
    Result<FileContents> contents = readFile();
    if (!contents)
        return contents.error();
    const auto it = contents->secrets.constFind(name);
    if (it == contents->secrets.cend())
        return Error{tr("there is no stored secret \"%1\"").arg(name), {}};
    if (it->source == Source::Keychain) {
        if (!keychainAvailable())
            return Error{
                    tr("the secret \"%1\" is in the keychain, which does not answer").arg(name),
                    {}};
        if (const Result<void> deleted = deleteKeychain(name); !deleted)
            return deleted;
    }
    contents->secrets.remove(name);
    contents->hosts.remove(name); // a new secret of that name starts with no hosts
    return writeFile(*contents);
}

Result<QList<SecretStore::Entry>> SecretStore::entries()
{
    const Result<FileContents> contents = readFile();
    if (!contents)
        return contents.error();
    QHash<QString, Source> found;
    for (auto it = contents->secrets.cbegin(); it != contents->secrets.cend(); ++it)
        found.insert(it.key(), it->source);
    if (m_options.environment) {
        const QString prefix = environmentVariable({});
        for (const QString &variable : QProcessEnvironment::systemEnvironment().keys()) {
            const QString name = variable.mid(prefix.size());
            if (variable.startsWith(prefix) && isValidName(name))
                found.insert(name, Source::Environment);
        }
    }
    QList<Entry> list;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        list.append({it.key(), it.value(), contents->hosts.value(it.key())});
    std::sort(list.begin(), list.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return list;
}

QString SecretStore::normalizedHost(const QString &host)
{
    return host.trimmed().toLower();
}

bool SecretStore::isValidHost(const QString &host)
{
    // "name", "name:port", "[v6]:port": what QUrl accepts as an authority without user info.
    const QString h = normalizedHost(host);
    if (h.isEmpty() || h.contains(QLatin1Char('@')) || h.contains(QLatin1Char('/')))
        return false;
    const QUrl url(QStringLiteral("http://") + h + QLatin1Char('/'), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

Result<QStringList> SecretStore::allowedHosts(const QString &name) const
{
    const Result<FileContents> contents = readFile();
    if (!contents)
        return contents.error();
    return contents->hosts.value(name);
}

Result<void> SecretStore::allowHost(const QString &name, const QString &host)
{
    if (!isValidName(name))
        return Error{tr("\"%1\" is not a valid secret name").arg(name), {}};
    if (!isValidHost(host))
        return Error{tr("\"%1\" is not a host name (write it as api.example.com or "
                        "127.0.0.1:8750)")
                             .arg(host),
                     {}};
    Result<FileContents> contents = readFile();
    if (!contents)
        return contents.error();
    QStringList &hosts = contents->hosts[name];
    if (hosts.contains(normalizedHost(host)))
        return {};
    hosts.append(normalizedHost(host));
    return writeFile(*contents);
}

Result<void> SecretStore::forbidHost(const QString &name, const QString &host)
{
    Result<FileContents> contents = readFile();
    if (!contents)
        return contents.error();
    const auto it = contents->hosts.find(name);
    if (it == contents->hosts.end() || !it->contains(normalizedHost(host)))
        return Error{tr("the secret \"%1\" may not go to %2 anyway").arg(name, host), {}};
    it->removeAll(normalizedHost(host));
    if (it->isEmpty())
        contents->hosts.erase(it);
    return writeFile(*contents);
}

QHash<QString, QString> SecretStore::values(const QStringList &names, QStringList *problems)
{
    QHash<QString, QString> found;
    for (const QString &name : names) {
        QString problem;
        if (std::optional<QString> v = value(name, &problem))
            found.insert(name, *v);
        else if (problems && !problem.isEmpty() && !problems->contains(problem))
            problems->append(problem);
    }
    return found;
}

QStringList referencedSecrets(const document::Bot &bot)
{
    QStringList names = runtimeSecrets(bot);
    for (const document::EnterpriseIntegration &e : bot.enterpriseIntegrations) {
        for (const document::EnterpriseAgent &agent : e.agents) {
            for (const QString &name : agent.keyNames.all()) {
                if (!name.isEmpty())
                    names.append(name);
            }
        }
    }
    names.removeDuplicates();
    return names;
}

QStringList runtimeSecrets(const document::Bot &bot)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\$secret\\.([^{}\\s]+)\\}"));
    QStringList names = bot.secretNames;
    const auto scan = [&](const QString &text) {
        for (auto it = reference.globalMatch(text); it.hasNext();)
            names.append(it.next().captured(1));
    };
    for (const document::Integration &integration : bot.integrations) {
        scan(integration.url);
        scan(integration.body);
        for (const document::KeyValue &kv : integration.headers)
            scan(kv.value);
        for (const document::KeyValue &kv : integration.queryParams)
            scan(kv.value);
    }
    names.removeDuplicates();
    return names;
}

std::function<std::optional<QString>(const QString &)>
secretResolver(QHash<QString, QString> values)
{
    return [values = std::move(values)](const QString &name) -> std::optional<QString> {
        const auto it = values.constFind(name);
        if (it != values.cend())
            return *it;
        // Set for this run only (CI) after the bot was loaded: still honoured.
        const QByteArray variable = SecretStore::environmentVariable(name).toLocal8Bit();
        if (qEnvironmentVariableIsSet(variable.constData()))
            return qEnvironmentVariable(variable.constData());
        return std::nullopt;
    };
}

} // namespace dialogsmith::network
