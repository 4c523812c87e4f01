// `dialogsmith-cli test` on a suite: parallel runs give the serial results, shards partition the
// suite, JUnit XML passes a schema check (xmllint), coverage is reported as text and JSON.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString source = QStringLiteral(DIALOGSMITH_SOURCE_DIR);

QString routingBot()
{
    return source + QStringLiteral("/resources/samples/routing-bot.json");
}

/// The routing bot's transcripts, one with wrong expectations and one that cannot run.
QStringList suite()
{
    const QDir dir(source + QStringLiteral("/tests/data/transcripts"));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("routing-bot.*.txt")}, QDir::Files))
        files.append(dir.filePath(f));
    files.append(dir.filePath(QStringLiteral("checks/wrong-expectations.txt")));
    files.append(dir.filePath(QStringLiteral("checks/malformed.txt")));
    return files;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(DIALOGSMITH_CLI), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), bytes.constData());
    return doc.object();
}

/// The results without the times, which differ from run to run.
QJsonObject withoutTimes(QJsonObject results)
{
    QJsonArray transcripts = results.value(QLatin1String("transcripts")).toArray();
    for (qsizetype i = 0; i < transcripts.size(); ++i) {
        QJsonObject t = transcripts.at(i).toObject();
        t.remove(QLatin1String("seconds"));
        transcripts[i] = t;
    }
    results.insert(QStringLiteral("transcripts"), transcripts);
    return results;
}

} // namespace

class TestTestSuite : public QObject
{
    Q_OBJECT

private slots:
    void parallelRunsGiveTheSerialResults()
    {
        QStringList args{QStringLiteral("test"), routingBot()};
        args += suite();
        args += {QStringLiteral("--json"), QStringLiteral("--coverage")};
        const Run serial = cli(args + QStringList{QStringLiteral("-j"), QStringLiteral("1")});
        const Run parallel = cli(args + QStringList{QStringLiteral("-j"), QStringLiteral("4")});
        QCOMPARE(serial.exitCode, 1); // one transcript fails, one cannot run
        QCOMPARE(parallel.exitCode, serial.exitCode);
        const QJsonObject a = withoutTimes(json(serial.out));
        const QJsonObject b = withoutTimes(json(parallel.out));
        QCOMPARE(a.value(QLatin1String("transcripts")).toArray().size(), suite().size());
        QCOMPARE(b, a);
        QCOMPARE(parallel.err, serial.err);
        // The failing and the broken transcript are where they were given.
        const QJsonArray transcripts = a.value(QLatin1String("transcripts")).toArray();
        const QJsonObject wrong = transcripts.at(transcripts.size() - 2).toObject();
        QCOMPARE(wrong.value(QLatin1String("failed")).toInt(), 3);
        QCOMPARE(wrong.value(QLatin1String("failures"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("line")),
                 QJsonValue(3));
        QVERIFY(transcripts.last().toObject().contains(QLatin1String("error")));
    }

    void textOutputIsTheSameInParallel()
    {
        QStringList args{QStringLiteral("test"), routingBot()};
        args += suite();
        const Run serial = cli(args + QStringList{QStringLiteral("-j1")});
        const Run parallel = cli(args + QStringList{QStringLiteral("-j3")});
        QCOMPARE(parallel.out, serial.out);
        QVERIFY2(serial.out.endsWith("31 passed, 3 failed\n"), serial.out.constData());
    }

    void shardsPartitionTheSuite()
    {
        const QStringList files = suite();
        QSet<QString> seen;
        int passed = 0;
        for (int i = 1; i <= 3; ++i) {
            QStringList args{QStringLiteral("test"), routingBot()};
            args += files;
            args += {QStringLiteral("--json"), QStringLiteral("--shard"),
                     QStringLiteral("%1/3").arg(i)};
            const Run run = cli(args);
            const QJsonObject results = json(run.out);
            const QJsonArray transcripts = results.value(QLatin1String("transcripts")).toArray();
            QVERIFY(!transcripts.isEmpty());
            for (const QJsonValue &t : transcripts) {
                const QString file = t.toObject().value(QLatin1String("file")).toString();
                QVERIFY2(!seen.contains(file), qPrintable(file + " is in two shards"));
                seen.insert(file);
            }
            passed += results.value(QLatin1String("passed")).toInt();
        }
        QCOMPARE(seen, QSet<QString>(files.cbegin(), files.cend()));
        QCOMPARE(passed, 31);
        // Bad shards and job counts are usage errors.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("--shard"), QStringLiteral("0/3")},
              QStringList{QStringLiteral("--shard"), QStringLiteral("4/3")},
              QStringList{QStringLiteral("--shard"), QStringLiteral("two")},
              QStringList{QStringLiteral("-j"), QStringLiteral("0")}}) {
            const Run run
                    = cli(QStringList{QStringLiteral("test"), routingBot(), files.first()} + bad);
            QCOMPARE(run.exitCode, 2);
        }
    }

    void junitXmlPassesTheSchema()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        QVERIFY2(!xmllint.isEmpty(), "xmllint is missing: scripts/setup installs libxml2-utils");
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("junit.xml"));
        QStringList args{QStringLiteral("test"), routingBot()};
        args += suite();
        args += {QStringLiteral("--junit"), report};
        QCOMPARE(cli(args).exitCode, 1);
        QProcess check;
        check.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                              source + QStringLiteral("/tests/data/junit/junit.xsd"), report});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int cases = 0;
        int failures = 0;
        int errors = 0;
        QStringList messages;
        QString suiteTests;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuite"))
                suiteTests = xml.attributes().value(QLatin1String("tests")).toString();
            cases += xml.name() == QLatin1String("testcase") ? 1 : 0;
            if (xml.name() == QLatin1String("failure")) {
                ++failures;
                messages.append(xml.attributes().value(QLatin1String("message")).toString());
            }
            errors += xml.name() == QLatin1String("error") ? 1 : 0;
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(cases, suite().size());
        QCOMPARE(suiteTests, QString::number(suite().size()));
        QCOMPARE(failures, 3);
        QCOMPARE(errors, 1);
        // A bot message against another is quoted, so that the commas inside them read as theirs.
        QVERIFY2(messages.contains(QStringLiteral(
                         "line 3: expected \u201CHello, I am a different bot.\u201D, got \u201CHi, "
                         "I am the routing bot. Say \"agent\" to talk to a person, or ask about "
                         "your bill.\u201D")),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(messages.contains(QStringLiteral(
                "line 6: expected agentSkillName = billing, got agentSkillName = human")));
    }

    void coverageSaysWhatNoTranscriptReached()
    {
        // Only the greeting: the hand-offs, billing and the fallback are not reached.
        const Run run
                = cli({QStringLiteral("test"), routingBot(),
                       source + QStringLiteral("/tests/data/transcripts/routing-bot.greeting.txt"),
                       QStringLiteral("--coverage")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("\n  dialog \"Welcome\": 100.0% (5 of 5)\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("\nnot covered:\n")), qPrintable(out));
        QVERIFY2(
                out.contains(QStringLiteral("\n  interaction \"Billing › transfer to billing\"\n")),
                qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("\n  fallback \"Fallback\"\n")), qPrintable(out));

        const Run all = cli(QStringList{QStringLiteral("test"), routingBot()} + suite().mid(0, 8)
                            + QStringList{QStringLiteral("--coverage"), QStringLiteral("--json")});
        const QJsonObject coverage = json(all.out).value(QLatin1String("coverage")).toObject();
        QVERIFY(coverage.value(QLatin1String("covered")).toInt() > 5);
        QCOMPARE(coverage.value(QLatin1String("total")).toInt(), 22);
        const QJsonArray uncovered = coverage.value(QLatin1String("uncovered")).toArray();
        QCOMPARE(coverage.value(QLatin1String("covered")).toInt() + uncovered.size(), 22);
    }

    // Without transcripts: the bot's own tests, <name>.tests/ then x-dialogsmith.testFolders
    // (relative to the bot's folder); with none anywhere it is a usage error, as before.
    void withoutTranscriptsTheBotsTestFoldersRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile sample(routingBot());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonObject ext = root.value(QLatin1String("x-dialogsmith")).toObject();
        ext.insert(QStringLiteral("testFolders"),
                   QJsonArray{QStringLiteral("smoke"), QStringLiteral("../shared")});
        root.insert(QStringLiteral("x-dialogsmith"), ext);
        const QString bot = dir.filePath(QStringLiteral("app/bot.json"));
        for (const char *folder : {"app/bot.tests", "app/smoke", "shared"})
            QVERIFY(QDir().mkpath(dir.filePath(QLatin1String(folder))));
        QFile out(bot);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        const QString greeting
                = source + QStringLiteral("/tests/data/transcripts/routing-bot.greeting.txt");
        QVERIFY(QFile::copy(greeting, dir.filePath(QStringLiteral("app/bot.tests/one.txt"))));
        QVERIFY(QFile::copy(greeting, dir.filePath(QStringLiteral("app/smoke/two.txt"))));
        QVERIFY(QFile::copy(source
                                    + QStringLiteral("/tests/data/transcripts/checks/"
                                                     "wrong-expectations.txt"),
                            dir.filePath(QStringLiteral("shared/three.transcript"))));

        const Run run = cli({QStringLiteral("test"), bot, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray transcripts = json(run.out).value(QLatin1String("transcripts")).toArray();
        QStringList files;
        for (const QJsonValue &t : transcripts)
            files.append(QDir(dir.path())
                                 .relativeFilePath(
                                         t.toObject().value(QLatin1String("file")).toString()));
        QCOMPARE(files, QStringList({QStringLiteral("app/bot.tests/one.txt"),
                                     QStringLiteral("app/smoke/two.txt"),
                                     QStringLiteral("shared/three.transcript")}));
        QVERIFY(json(run.out).value(QLatin1String("failed")).toInt() > 0);

        // Shards split the listed transcripts too.
        const Run second = cli({QStringLiteral("test"), bot, QStringLiteral("--json"),
                                QStringLiteral("--shard"), QStringLiteral("2/3")});
        QCOMPARE(second.exitCode, 0);
        const QJsonArray part = json(second.out).value(QLatin1String("transcripts")).toArray();
        QCOMPARE(part.size(), 1);
        QVERIFY(part.at(0)
                        .toObject()
                        .value(QLatin1String("file"))
                        .toString()
                        .endsWith(QLatin1String("app/smoke/two.txt")));

        // Transcripts named on the command line: only those.
        const Run named = cli({QStringLiteral("test"), bot, greeting, QStringLiteral("--json")});
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(json(named.out).value(QLatin1String("transcripts")).toArray().size(), 1);

        // No transcripts anywhere: a usage error, as a missing argument was before.
        const Run none = cli({QStringLiteral("test"), routingBot()});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.startsWith("dialogsmith-cli test: no transcripts given, and none in "),
                 none.err.constData());
        QVERIFY(none.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTestSuite)
#include "tst_testsuite.moc"
