#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(DIALOGSMITH_CLI), args);
    if (!p.waitForFinished(30000))
        qFatal("dialogsmith-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString sample(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples/") + name;
}

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void usageErrorsExitTwo();
    void validateCleanFiles();
    void validateReportsProblemsWithFileAndPlace();
    void validateReportsUnreadableFiles();
    void exportWritesProjectAndCbFiles();
    void exportOfABadFileLeavesTheTargetUntouched();
    void infoAsTextAndJson();
};

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"validate", "export", "info"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("dialogsmith-cli ")));
    const Run commandHelp = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(QStringLiteral("--for")));
}

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE(cli({}).exitCode, 2);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    QCOMPARE(cli({QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("export"), routingBot()}).exitCode, 2); // no -o
    QCOMPARE(cli({QStringLiteral("export"), routingBot(), QStringLiteral("-o"), QStringLiteral("x"),
                  QStringLiteral("--for"), QStringLiteral("botpress")})
                     .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--bogus"), routingBot()}).exitCode, 2);
}

void TestCli::validateCleanFiles()
{
    QStringList files = {routingBot()};
    const QDir dir(QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}))
        files.append(dir.filePath(f));
    const Run run = cli(QStringList{QStringLiteral("validate")} + files);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(routingBot() + QStringLiteral(": ok")));
    QVERIFY(!run.out.contains(QStringLiteral(": error:")));
    // universal.json has starters reached only through "go to dialog": warnings, not errors.
    QVERIFY(run.out.contains(QStringLiteral("universal.json: warning: dialog \"3.1 Image Only\"")));
}

void TestCli::validateReportsProblemsWithFileAndPlace()
{
    QTemporaryDir tmp;
    QJsonObject root = QJsonDocument::fromJson(read(routingBot())).object();
    QJsonArray responders = root.value(QStringLiteral("responder")).toArray();
    QJsonObject esc = responders.first().toObject();
    esc.insert(QStringLiteral("method"), QStringLiteral("SEND"));
    responders[0] = esc;
    root.insert(QStringLiteral("responder"), responders);
    const QString path = tmp.filePath(QStringLiteral("bad-method.json"));
    write(path, QJsonDocument(root).toJson());
    const Run run = cli({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.trimmed(),
             path
                     + QStringLiteral(
                             ": error: integration \"Escalation\" > method: \"SEND\" is not "
                             "an HTTP method (use one of GET, POST, PUT, PATCH, DELETE, "
                             "HEAD, OPTIONS)"));
}

void TestCli::validateReportsUnreadableFiles()
{
    QTemporaryDir tmp;
    const QString broken = tmp.filePath(QStringLiteral("broken.json"));
    write(broken, "{\n  \"bot\": {\n    \"name\": \"x\",\n  }\n}");
    const QString missing = tmp.filePath(QStringLiteral("missing.json"));
    const Run run = cli({QStringLiteral("validate"), broken, missing, routingBot()});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), broken
                                  + QStringLiteral(": error: line 4, column 3: expected a member "
                                                   "name in quotes but found '}'"));
    QVERIFY(lines.at(1).startsWith(missing + QStringLiteral(": error: file: cannot open")));
    QCOMPARE(lines.at(2), routingBot() + QStringLiteral(": ok"));
}

void TestCli::exportWritesProjectAndCbFiles()
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("project.json"));
    const QString cb = tmp.filePath(QStringLiteral("cb.json"));
    const QString in = sample(QStringLiteral("how-to-guides_get-bot-patterns_bot.json"));
    QCOMPARE(cli({QStringLiteral("export"), in, QStringLiteral("-o"), project}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export"), in, QStringLiteral("-o"), cb, QStringLiteral("--for"),
                  QStringLiteral("cb")})
                     .exitCode,
             0);
    QVERIFY(QJsonDocument::fromJson(read(project))
                    .object()
                    .contains(QStringLiteral("x-dialogsmith")));
    // An untouched CB export comes back byte for byte.
    QCOMPARE(read(cb), read(in));
    // A project exported for CB loses its environments and secret names.
    const QString routingCb = tmp.filePath(QStringLiteral("routing-cb.json"));
    QCOMPARE(cli({QStringLiteral("export"), routingBot(), QStringLiteral("-o"), routingCb,
                  QStringLiteral("--for"), QStringLiteral("cb")})
                     .exitCode,
             0);
    const QByteArray bytes = read(routingCb);
    QVERIFY(!bytes.contains("x-dialogsmith"));
    QVERIFY(!bytes.contains("lpApiKey\"]"));
}

void TestCli::exportOfABadFileLeavesTheTargetUntouched()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("out.json"));
    write(out, "precious");
    const QStringList inputs = {
            QStringLiteral(""),
            QStringLiteral("not json"),
            QStringLiteral(
                    "{\"bot\": {}, \"groups\": [], \"conversationMessage\": [{\"id\": \"a\", "
                    "\"group\": \"missing\"}]}"),
    };
    for (const QString &content : inputs) {
        const QString in = tmp.filePath(QStringLiteral("in.json"));
        write(in, content.toUtf8());
        const Run run = cli({QStringLiteral("export"), in, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(in + QStringLiteral(": error: ")));
        QCOMPARE(read(out), QByteArray("precious"));
    }
    QVERIFY(QDir(tmp.path()).entryList(QDir::Files).size() == 2); // no stray temporary files
}

void TestCli::infoAsTextAndJson()
{
    const Run text = cli({QStringLiteral("info"), routingBot()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("Bot: Routing Bot (en-US)")));
    QVERIFY(text.out.contains(QStringLiteral("  Agent Handoff: 2 interactions")));
    QVERIFY(text.out.contains(QStringLiteral("  Dialog starter: 3")));
    QVERIFY(text.out.contains(QStringLiteral(
            "  Escalation: POST {$env.lpPlatformHost}/botservice-0.1/botcentral/livePersonAgent")));
    QVERIFY(text.out.contains(
            QStringLiteral("Environments: US (default), EU, APAC, Local, Cloud")));

    const Run json = cli({QStringLiteral("info"), QStringLiteral("--json"),
                          sample(QStringLiteral("universal.json"))});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("dialogs")).toArray().size(), 19);
    QCOMPARE(root.value(QStringLiteral("interactions")).toInt(), 44);
    QCOMPARE(root.value(QStringLiteral("interactionTypes"))
                     .toObject()
                     .value(QStringLiteral("UNIVERSAL"))
                     .toInt(),
             17);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
