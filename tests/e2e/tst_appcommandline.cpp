// The studio's command line as a tester uses it: the real `dialogsmith` binary, offscreen, with
// --say, --channel, --environment, --agent-reply and --screenshot.
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

class TestAppCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run app(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Settings, autosaves and secrets of this test only.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DIALOGSMITH_KEYCHAIN"), QStringLiteral("off"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DIALOGSMITH_APP), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString routingBot()
    {
        return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
    }

    /// Qt's own warnings (missing runtime folder, offscreen plugin limits) are not errors.
    static QStringList errorLines(const QString &err)
    {
        QStringList lines;
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("QStandardPaths"))
                && !line.contains(QLatin1String("propagateSizeHints")))
                lines.append(line);
        }
        return lines;
    }

private slots:
    void sayTakesAScreenshotOfTheAnswers()
    {
        const QString png = m_dir.filePath(QStringLiteral("web.png"));
        const Run run = app({routingBot(), QStringLiteral("--say"), QStringLiteral("hi"),
                             QStringLiteral("I want to speak to an agent"),
                             QStringLiteral("--screenshot"), png});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(errorLines(run.err).isEmpty(), qPrintable(run.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void messagingHandOffWithAnAgentReply()
    {
        // The sample's Local environment hands over to the studio's own desk; the script fails
        // (and the exit status says so) unless the agent's reply reaches the preview.
        const QString png = m_dir.filePath(QStringLiteral("handoff.png"));
        const Run run = app({routingBot(), QStringLiteral("--channel"), QStringLiteral("messaging"),
                             QStringLiteral("--environment"), QStringLiteral("Local"),
                             QStringLiteral("--say"), QStringLiteral("I want to speak to an agent"),
                             QStringLiteral("--agent-reply"), QStringLiteral("Hi, this is Ana."),
                             QStringLiteral("--screenshot"), png});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(errorLines(run.err).isEmpty(), qPrintable(run.err));
        QVERIFY(!QImage(png).isNull());
    }

    void aReplyWithoutATransferFails()
    {
        // In web nothing reaches the desk: there is no transfer to answer.
        const QString png = m_dir.filePath(QStringLiteral("none.png"));
        const Run run = app({routingBot(), QStringLiteral("--say"), QStringLiteral("hi"),
                             QStringLiteral("--agent-reply"), QStringLiteral("Hello"),
                             QStringLiteral("--screenshot"), png});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!errorLines(run.err).isEmpty(), qPrintable(run.err));
        QVERIFY(!QImage(png).isNull()); // the picture shows what happened
    }

    void unknownChannelIsAUsageError()
    {
        const Run run
                = app({routingBot(), QStringLiteral("--channel"), QStringLiteral("fax"),
                       QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("fax")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
