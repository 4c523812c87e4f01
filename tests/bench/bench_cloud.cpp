// Concurrent consumer conversations against the sample routing bot deployed on the local cloud,
// through the real sockets: the cloud runs as `dialogsmith-cli cloud --deploy` in a process of
// its own (or, with --in-process, on a thread of this one), the consumers are ConsumerClients
// here. For each conversation count it measures
//   - a paced phase: every conversation says something every 1/--rate seconds; the time from
//     a consumer's message to the bot's reply (p50, p99), and the messages per second that
//     went through the cloud (the consumers' and the bot's);
//   - a saturated phase: every conversation sends its next message as soon as the bot
//     answered; the most messages per second the cloud carries;
//   - the cloud process's peak resident memory.
//
//   build/tests/bench/bench_cloud [--conversations 100,1000] [--rate 2.5] [--seconds 10]
//                                 [--saturate 5] [--in-process] [--json]

#include "accountfile.h"
#include "cloudserver.h"
#include "consumerclient.h"
#include "deployments.h"
#include "epolleventdispatcher.h"
#include "projectfile.h"
#include "secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace dialogsmith;
using namespace dialogsmith::cloud;

namespace {

const QString kAccount = QStringLiteral("12345678");
const QStringList kMessages{QStringLiteral("hi"), QStringLiteral("blah"),
                            QStringLiteral("Good morning!"), QStringLiteral("HELLO there")};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

/// CPU time (user + system) a process has used, ms.
double cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) * 1000.0 / ticks;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// The seed's account, with the Bot user's keys in the secret store of `configHome`.
Account seedAccount()
{
    Account a;
    a.id = kAccount;
    a.companyName = QStringLiteral("Acme");
    a.skills = {{1001, QStringLiteral("routing-bot"), {}},
                {1002, QStringLiteral("human"), {}},
                {1003, QStringLiteral("billing"), {}}};
    User bot;
    bot.loginName = QStringLiteral("routing-bot");
    bot.type = UserType::Bot;
    bot.skills = {1001};
    a.addUser(bot);
    a.campaigns = {{QStringLiteral("1"), QStringLiteral("Web"), QStringLiteral("1"), 1001, {}}};
    return a;
}

/// One consumer conversation and its timings.
struct Conversation
{
    std::unique_ptr<ConsumerClient> client;
    qint64 sentAt = 0; ///< when the message waiting for its answer went; 0: none waits
    qint64 nextAt = 0;
    qint64 lastSeq = 0;
    int next = 0;
};

struct Phase
{
    qint64 consumerMessages = 0;
    qint64 botMessages = 0;
    std::vector<double> latenciesMs;
    double seconds = 0;
    double cloudCpuMs = 0;
    double clientCpuMs = 0;

    qint64 messages() const { return consumerMessages + botMessages; }
};

class Bench : public QObject
{
public:
    Bench(CloudEndpoint endpoint, qint64 cloudPid)
        : m_endpoint(std::move(endpoint))
        , m_cloudPid(cloudPid)
    {}

    bool open(int count, QTextStream &err)
    {
        m_conversations.clear();
        m_conversations.resize(size_t(count));
        int ready = 0;
        int failed = 0;
        for (int i = 0; i < count; ++i) {
            Conversation &c = m_conversations[size_t(i)];
            c.client = std::make_unique<ConsumerClient>(m_endpoint, kAccount, &m_network);
            c.next = i % kMessages.size();
            ConsumerClient *client = c.client.get();
            connect(client, &MessagingClient::failed, this, [&failed, &err](const QString &why) {
                if (failed++ == 0)
                    err << "bench_cloud: a consumer failed: " << why << "\n";
            });
            connect(client, &ConsumerClient::connectedToCloud, this, [client, &ready, &failed] {
                client->requestConversation([&ready, &failed](int code, const QJsonValue &) {
                    code == 200 ? ++ready : ++failed;
                });
            });
            connect(client, &ConsumerClient::eventReceived, this,
                    [this, i](const QJsonObject &change) { received(size_t(i), change); });
            client->connectToCloud();
            // Do not open a thousand connections in the same instant.
            if (i % 50 == 49)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        return waitFor([&] { return ready + failed == count; }, 60000) && failed == 0;
    }

    /// Every conversation sends every `periodMs` (0: as soon as it has its answer).
    Phase run(int periodMs, int seconds)
    {
        m_phase = Phase{};
        m_periodMs = periodMs;
        const qint64 start = now();
        for (size_t i = 0; i < m_conversations.size(); ++i) {
            m_conversations[i].nextAt
                    = start
                      + (periodMs > 0 ? qint64(i) * periodMs / qint64(m_conversations.size()) : 0);
            m_conversations[i].sentAt = 0;
        }
        QTimer tick;
        tick.setInterval(2);
        connect(&tick, &QTimer::timeout, this, [this] { sendDue(); });
        tick.start();
        m_counting = true;
        QElapsedTimer t;
        t.start();
        const double cloudCpu = cpuMs(m_cloudPid);
        const double clientCpu = cpuMs(QCoreApplication::applicationPid());
        wait(seconds * 1000);
        m_counting = false;
        m_phase.seconds = double(t.elapsed()) / 1000.0;
        m_phase.cloudCpuMs = cpuMs(m_cloudPid) - cloudCpu;
        m_phase.clientCpuMs = cpuMs(QCoreApplication::applicationPid()) - clientCpu;
        tick.stop();
        // Let what is on its way arrive before the next phase.
        waitFor(
                [this] {
                    return std::all_of(m_conversations.begin(), m_conversations.end(),
                                       [](const Conversation &c) { return c.sentAt == 0; });
                },
                10000);
        return m_phase;
    }

    void close()
    {
        for (Conversation &c : m_conversations)
            c.client->closeConversation();
        waitFor([] { return false; }, 300);
        m_conversations.clear();
    }

private:
    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    void sendDue()
    {
        const qint64 t = now();
        for (Conversation &c : m_conversations) {
            if (c.sentAt != 0 || c.nextAt > t)
                continue;
            c.sentAt = t;
            m_sent.start();
            c.client->publishText(kMessages[c.next]);
            c.next = (c.next + 1) % int(kMessages.size());
            c.nextAt = m_periodMs > 0 ? c.nextAt + m_periodMs : 0;
            if (m_counting)
                ++m_phase.consumerMessages;
        }
    }

    void received(size_t index, const QJsonObject &change)
    {
        Conversation &c = m_conversations[index];
        const QString role = change.value("originatorMetadata").toObject().value("role").toString();
        const QJsonObject event = change.value("event").toObject();
        if (role != QLatin1String("ASSIGNED_AGENT")
            || (event.value("type") != QLatin1String("ContentEvent")
                && event.value("type") != QLatin1String("RichContentEvent")))
            return;
        if (m_counting)
            ++m_phase.botMessages;
        if (c.sentAt == 0)
            return;
        if (m_counting)
            m_phase.latenciesMs.push_back(double(now() - c.sentAt));
        c.sentAt = 0;
        if (m_periodMs == 0)
            sendDue();
    }

    CloudEndpoint m_endpoint;
    qint64 m_cloudPid = 0;
    QNetworkAccessManager m_network;
    std::vector<Conversation> m_conversations;
    Phase m_phase;
    int m_periodMs = 0;
    bool m_counting = false;
    QElapsedTimer m_sent;
};

/// The cloud with the routing bot deployed and started, in a process of its own.
class CloudProcess
{
public:
    bool start(QTemporaryDir &dir, QTextStream &err, bool library)
    {
        if (library) {
            m_portFile = dir.path() + QStringLiteral("/port");
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_process.start(QCoreApplication::applicationFilePath(),
                            {QStringLiteral("--serve"), m_portFile});
            if (!waitFor(
                        [this] {
                            return QFile::exists(m_portFile) && QFileInfo(m_portFile).size() > 0;
                        },
                        20000))
                return false;
            QFile f(m_portFile);
            f.open(QIODevice::ReadOnly);
            m_port = f.readAll().trimmed().split(':').last();
            return true;
        }
        const QString data = dir.path() + QStringLiteral("/data");
        const QString config = dir.path() + QStringLiteral("/config");
        QDir().mkpath(data);
        QDir().mkpath(config + QStringLiteral("/dialogsmith"));
        Account account = seedAccount();
        const QString accountFile = data + QStringLiteral("/account.json");
        if (auto saved = saveAccountFile(account, accountFile); !saved) {
            err << "bench_cloud: " << saved.error().message << "\n";
            return false;
        }
        network::SecretStore::Options options;
        options.directory = config + QStringLiteral("/dialogsmith");
        options.backend = network::SecretStore::Backend::FileOnly;
        options.environment = false;
        network::SecretStore store(options);
        const User *bot = account.userByLogin(QStringLiteral("routing-bot"));
        if (!storeOAuthKeys(store, account.keyNames(*bot), generateOAuthKeys())
            || !store.setValue(QStringLiteral("lpApiKey"), generateApiAccessKey())) {
            err << "bench_cloud: cannot write the secrets\n";
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("DIALOGSMITH_KEYCHAIN"), QStringLiteral("off"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_portFile = dir.path() + QStringLiteral("/port");
        m_process.start(
                QStringLiteral(DIALOGSMITH_CLI),
                {QStringLiteral("cloud"), QStringLiteral("--account"), accountFile,
                 QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"),
                 m_portFile, QStringLiteral("--log"), QStringLiteral("none"),
                 QStringLiteral("--transcripts"), dir.path() + QStringLiteral("/transcripts"),
                 QStringLiteral("--state"), dir.path() + QStringLiteral("/cloud.json"),
                 QStringLiteral("--deploy"),
                 QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json")});
        if (!waitFor([this] { return QFile::exists(m_portFile); }, 20000)) {
            err << "bench_cloud: the cloud did not start\n";
            return false;
        }
        QFile f(m_portFile);
        f.open(QIODevice::ReadOnly);
        m_port = f.readAll().trimmed();
        // The bot agent logs in right after the cloud listens.
        wait(1500);
        return true;
    }
    QString hostPort() const { return QStringLiteral("127.0.0.1:") + QString::fromLatin1(m_port); }
    qint64 pid() const { return m_process.processId(); }
    /// The process's peak resident memory (VmHWM), MB.
    double peakRssMb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
        return 0;
    }
    ~CloudProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

private:
    QProcess m_process;
    QString m_portFile;
    QByteArray m_port;
};

/// The cloud on a thread of this process (--in-process).
class CloudThread
{
public:
    bool start(QTextStream &err)
    {
        if (!qEnvironmentVariableIsSet("DIALOGSMITH_QT_DISPATCHER"))
            m_thread.setEventDispatcher(new network::EpollEventDispatcher);
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(
                m_context.get(),
                [this, &ok, &err] {
                    Account account = seedAccount();
                    const User *bot = account.userByLogin(QStringLiteral("routing-bot"));
                    m_keys = generateOAuthKeys();
                    const KeyNames names = account.keyNames(*bot);
                    QHash<QString, QString> secrets{
                            {names.appKey, m_keys.appKey},
                            {names.secret, m_keys.secret},
                            {names.accessToken, m_keys.accessToken},
                            {names.accessTokenSecret, m_keys.accessTokenSecret},
                            {QStringLiteral("lpApiKey"), generateApiAccessKey()}};
                    const auto lookup = [secrets](const QString &name) -> std::optional<QString> {
                        const auto it = secrets.constFind(name);
                        return it == secrets.constEnd() ? std::nullopt
                                                        : std::optional<QString>(*it);
                    };
                    CloudOptions options;
                    options.secret = lookup;
                    m_server = std::make_unique<CloudServer>(options);
                    m_server->setAccount(account);
                    auto port = m_server->listen();
                    if (!port) {
                        err << "bench_cloud: " << port.error().message << "\n";
                        return;
                    }
                    m_deployments = std::make_unique<Deployments>(*m_server, lookup);
                    auto loaded = format::loadBotFile(QStringLiteral(
                            DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
                    Deployment d;
                    d.bot = loaded->bot;
                    d.accountId = kAccount;
                    d.loginName = bot->loginName;
                    d.keyNames = names;
                    if (!m_deployments->deploy(d))
                        return;
                    std::ignore = m_deployments->start(kAccount, bot->loginName);
                    m_hostPort = m_server->hostPort();
                    ok = true;
                },
                Qt::BlockingQueuedConnection);
        wait(1000);
        return ok;
    }
    QString hostPort() const { return m_hostPort; }
    ~CloudThread()
    {
        QMetaObject::invokeMethod(
                m_context.get(),
                [this] {
                    m_deployments.reset();
                    m_server.reset();
                },
                Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    CloudThread() { m_context->moveToThread(&m_thread); }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>();
    std::unique_ptr<CloudServer> m_server;
    std::unique_ptr<Deployments> m_deployments;
    OAuthKeys m_keys;
    QString m_hostPort;
};

} // namespace

int main(int argc, char *argv[])
{
    // Thousands of sockets on both sides: the same dispatcher as the cloud's.
    auto *dispatcher = new network::EpollEventDispatcher;
    if (dispatcher->isValid() && !qEnvironmentVariableIsSet("DIALOGSMITH_QT_DISPATCHER"))
        QCoreApplication::setEventDispatcher(dispatcher);
    else
        delete dispatcher;
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("conversations"),
                        QStringLiteral("Conversation counts, comma-separated."),
                        QStringLiteral("N,..."), QStringLiteral("100,1000")},
                       {QStringLiteral("rate"),
                        QStringLiteral("Messages per second per conversation in the paced phase."),
                        QStringLiteral("R"), QStringLiteral("2.5")},
                       {QStringLiteral("seconds"), QStringLiteral("Length of the paced phase."),
                        QStringLiteral("S"), QStringLiteral("10")},
                       {QStringLiteral("saturate"),
                        QStringLiteral("Length of the saturated phase (0: none)."),
                        QStringLiteral("S"), QStringLiteral("5")},
                       {QStringLiteral("in-process"),
                        QStringLiteral("Run the cloud on a thread of this process.")},
                       {QStringLiteral("library-process"),
                        QStringLiteral("Run the cloud in a second process of this benchmark "
                                       "(the cloud library without the command line).")},
                       {QStringLiteral("cloud"),
                        QStringLiteral("Use the cloud already running at HOST:PORT (with the "
                                       "routing bot started)."),
                        QStringLiteral("HOST:PORT")},
                       {QStringLiteral("serve"),
                        QStringLiteral("(internal) Be that second process; write the port to "
                                       "FILE."),
                        QStringLiteral("FILE")},
                       {QStringLiteral("json"), QStringLiteral("One JSON object per count.")}});
    parser.process(app);

    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }

    if (parser.isSet(QStringLiteral("serve"))) {
        CloudThread cloud;
        if (!cloud.start(err))
            return 1;
        QFile portFile(parser.value(QStringLiteral("serve")));
        portFile.open(QIODevice::WriteOnly);
        portFile.write(cloud.hostPort().toLatin1());
        portFile.close();
        return app.exec();
    }

    QTemporaryDir dir;
    std::unique_ptr<CloudProcess> process;
    std::unique_ptr<CloudThread> thread;
    QString hostPort;
    if (parser.isSet(QStringLiteral("cloud"))) {
        hostPort = parser.value(QStringLiteral("cloud"));
    } else if (parser.isSet(QStringLiteral("in-process"))) {
        thread = std::make_unique<CloudThread>();
        if (!thread->start(err))
            return 1;
        hostPort = thread->hostPort();
    } else {
        process = std::make_unique<CloudProcess>();
        if (!process->start(dir, err, parser.isSet(QStringLiteral("library-process"))))
            return 1;
        hostPort = process->hostPort();
    }

    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const int periodMs = std::max(1, int(1000.0 / std::max(0.01, rate)));
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int saturate = parser.value(QStringLiteral("saturate")).toInt();
    int status = 0;
    for (const QString &n : parser.value(QStringLiteral("conversations")).split(u',')) {
        const int count = n.toInt();
        Bench bench(CloudEndpoint{hostPort, false, {}},
                    process ? process->pid() : QCoreApplication::applicationPid());
        if (!bench.open(count, err)) {
            err << "bench_cloud: could not open " << count << " conversations\n";
            status = 1;
            continue;
        }
        bench.run(periodMs, 1); // warm-up
        const Phase paced = bench.run(periodMs, seconds);
        const Phase saturated = saturate > 0 ? bench.run(0, saturate) : Phase{};
        bench.close();
        const double pacedRate = double(paced.consumerMessages + paced.botMessages) / paced.seconds;
        const double saturatedRate
                = saturate > 0 ? double(saturated.consumerMessages + saturated.botMessages)
                                         / saturated.seconds
                               : 0;
        const double rss = process ? process->peakRssMb() : 0;
        QJsonObject result{
                {QStringLiteral("conversations"), count},
                {QStringLiteral("pacedMessagesPerSecond"), pacedRate},
                {QStringLiteral("pacedConsumerMessagesPerSecond"),
                 double(paced.consumerMessages) / paced.seconds},
                {QStringLiteral("p50Ms"), percentile(paced.latenciesMs, 0.5)},
                {QStringLiteral("p99Ms"), percentile(paced.latenciesMs, 0.99)},
                {QStringLiteral("answered"), qint64(paced.latenciesMs.size())},
                {QStringLiteral("saturatedMessagesPerSecond"), saturatedRate},
                {QStringLiteral("saturatedP50Ms"), percentile(saturated.latenciesMs, 0.5)},
                {QStringLiteral("cloudPeakRssMb"), rss},
                {QStringLiteral("saturatedCloudCpuUsPerMessage"),
                 saturated.messages() ? 1000.0 * saturated.cloudCpuMs / double(saturated.messages())
                                      : 0.0},
                {QStringLiteral("saturatedClientCpuUsPerMessage"),
                 saturated.messages()
                         ? 1000.0 * saturated.clientCpuMs / double(saturated.messages())
                         : 0.0}};
        if (parser.isSet(QStringLiteral("json"))) {
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
        } else {
            out << QStringLiteral("%1 conversations: paced %2 messages/s (%3 sent by consumers), "
                                  "reply p50 %4 ms, p99 %5 ms; saturated %6 messages/s (cloud "
                                  "%8 us, consumers %9 us of CPU per message); cloud peak RSS "
                                  "%7 MB\n")
                            .arg(count)
                            .arg(pacedRate, 0, 'f', 0)
                            .arg(double(paced.consumerMessages) / paced.seconds, 0, 'f', 0)
                            .arg(percentile(paced.latenciesMs, 0.5), 0, 'f', 1)
                            .arg(percentile(paced.latenciesMs, 0.99), 0, 'f', 1)
                            .arg(saturatedRate, 0, 'f', 0)
                            .arg(rss, 0, 'f', 1)
                            .arg(result.value("saturatedCloudCpuUsPerMessage").toDouble(), 0, 'f',
                                 0)
                            .arg(result.value("saturatedClientCpuUsPerMessage").toDouble(), 0, 'f',
                                 0);
        }
        out.flush();
    }
    return status;
}
