// The desktop integration files in installer/ and resources/icons/: valid for the tools that read
// them, consistent with each other and with the executables, which answer --version and --help
// without a display.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(DIALOGSMITH_APP_ID);
const QString installerDir = QStringLiteral(DIALOGSMITH_SOURCE_DIR "/installer/");
const QString iconDir = QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/icons/");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The value of `key` in the [Desktop Entry] group (untranslated).
QString desktopValue(const QString &text, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1);
}

// Troff source as a reader sees it: "\-" is a hyphen, font escapes vanish.
QString manText(const QString &troff)
{
    QString text = troff;
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")));
    return text;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    return env;
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileIsValid();
    void desktopFileOpensProjects();
    void metainfoIsValid();
    void metainfoDescribesThisVersion();
    void mimeTypeRecognizesProjectFiles();
    void mimeDatabaseAcceptsTheType();
    void iconsHaveEverySize_data();
    void iconsHaveEverySize();
    void manPagesFormatWithoutWarnings_data();
    void manPagesFormatWithoutWarnings();
    void cliManPageCoversEveryCommand();
    void versionAndHelpWithoutDisplay();
    void helpFollowsTheSystemLanguage();

private:
    QTemporaryDir m_mimeDir;
};

void TestDesktopFiles::initTestCase()
{
    // QMimeDatabase reads XDG_DATA_DIRS once: point it at a folder holding only our definition
    // (Qt falls back to its own copy of the shared MIME database for everything else).
    QVERIFY(m_mimeDir.isValid());
    QVERIFY(QDir(m_mimeDir.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(installerDir + appId + ".xml",
                        m_mimeDir.filePath(QStringLiteral("mime/packages/") + appId + ".xml")));
    qputenv("XDG_DATA_DIRS", (m_mimeDir.path() + QStringLiteral(":/usr/share")).toLocal8Bit());
}

void TestDesktopFiles::desktopFileIsValid()
{
    const QString validate
            = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validate.isEmpty())
        QSKIP("desktop-file-validate is missing (Debian package desktop-file-utils)");
    const Run result = run(validate, {installerDir + appId + ".desktop"});
    QVERIFY2(result.exitCode == 0 && result.out.isEmpty() && result.err.isEmpty(),
             qPrintable(result.out + result.err));
}

void TestDesktopFiles::desktopFileOpensProjects()
{
    const QString text = readText(installerDir + appId + ".desktop");
    QVERIFY(!text.isEmpty());
    QCOMPARE(desktopValue(text, QStringLiteral("Exec")), QStringLiteral("dialogsmith %f"));
    QCOMPARE(desktopValue(text, QStringLiteral("Icon")), appId);
    QVERIFY(desktopValue(text, QStringLiteral("MimeType"))
                    .split(QLatin1Char(';'))
                    .contains(QStringLiteral("application/x-dialogsmith-project")));
}

void TestDesktopFiles::metainfoIsValid()
{
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli is missing (Debian package appstream)");
    const Run result = run(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                          installerDir + appId + ".metainfo.xml"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
}

void TestDesktopFiles::metainfoDescribesThisVersion()
{
    QFile file(installerDir + appId + ".metainfo.xml");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable;
    bool release = false;
    QString screenshot;
    QSize screenshotSize;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id"))
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (xml.name() == QLatin1String("release"))
            release |= xml.attributes().value(QLatin1String("version"))
                       == QLatin1String(DIALOGSMITH_VERSION);
        else if (xml.name() == QLatin1String("image")) {
            screenshotSize = QSize(xml.attributes().value(QLatin1String("width")).toInt(),
                                   xml.attributes().value(QLatin1String("height")).toInt());
            screenshot = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + ".desktop");
    QVERIFY2(release, "add a <release> entry for version " DIALOGSMITH_VERSION);
    // The picture behind the screenshot's address is kept in installer/screenshots/.
    QVERIFY2(screenshot.startsWith(QLatin1String("https://")), qPrintable(screenshot));
    const QImage picture(installerDir + QStringLiteral("screenshots/")
                         + screenshot.section(QLatin1Char('/'), -1));
    QVERIFY2(!picture.isNull(), qPrintable(screenshot));
    QCOMPARE(picture.size(), screenshotSize);
}

void TestDesktopFiles::mimeTypeRecognizesProjectFiles()
{
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(QStringLiteral("routing-bot.dsbot.json"),
                                              QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), QStringLiteral("application/x-dialogsmith-project"));
    QVERIFY(type.inherits(QStringLiteral("application/json")));
    QCOMPARE(type.comment(), QStringLiteral("Dialogsmith bot project"));
    QCOMPARE(
            db.mimeTypeForFile(QStringLiteral("export.json"), QMimeDatabase::MatchExtension).name(),
            QStringLiteral("application/json"));
}

void TestDesktopFiles::mimeDatabaseAcceptsTheType()
{
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (update.isEmpty())
        QSKIP("update-mime-database is missing (Debian package shared-mime-info)");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(installerDir + appId + ".xml",
                        dir.filePath(QStringLiteral("mime/packages/") + appId + ".xml")));
    // Run as if the folder were a data folder, or the tool notes that it is not searched.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), dir.path() + QStringLiteral(":/usr/share"));
    const Run result = run(update, {dir.filePath(QStringLiteral("mime"))}, env);
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(result.out + result.err));
    QVERIFY(readText(dir.filePath(QStringLiteral("mime/globs2")))
                    .contains(QStringLiteral("application/x-dialogsmith-project:*.dsbot.json")));
}

void TestDesktopFiles::iconsHaveEverySize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%d px", size) << size;
}

void TestDesktopFiles::iconsHaveEverySize()
{
    QFETCH(int, size);
    const QImage image(iconDir + QStringLiteral("png/dialogsmith-%1.png").arg(size));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, size - 1)), 0); // the corners are transparent
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);

    for (const QString &svg :
         {QStringLiteral("dialogsmith.svg"), QStringLiteral("dialogsmith-small.svg")}) {
        QFile file(iconDir + svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        QVERIFY(!xml.attributes().value(QLatin1String("viewBox")).isEmpty());
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(svg + ": " + xml.errorString()));
    }
}

void TestDesktopFiles::manPagesFormatWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("dialogsmith") << QStringLiteral("dialogsmith.1");
    QTest::newRow("dialogsmith-cli") << QStringLiteral("dialogsmith-cli.1");
}

void TestDesktopFiles::manPagesFormatWithoutWarnings()
{
    QFETCH(QString, page);
    const QString troff = readText(installerDir + page);
    QVERIFY(troff.contains(QStringLiteral("\"Dialogsmith " DIALOGSMITH_VERSION "\"")));
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is missing (Debian package groff-base)");
    const Run result
            = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                          QStringLiteral("-z"), installerDir + page});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(result.err));
}

void TestDesktopFiles::cliManPageCoversEveryCommand()
{
    const QString page = manText(readText(installerDir + QStringLiteral("dialogsmith-cli.1")));
    QVERIFY(!page.isEmpty());
    const Run help = run(QStringLiteral(DIALOGSMITH_CLI), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString commandList = help.out.section(QStringLiteral("Commands:\n"), 1)
                                        .section(QStringLiteral("\n\n"), 0, 0);
    const QStringList lines = commandList.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(help.out));
    static const QRegularExpression longOption(QStringLiteral(R"((--[a-z][a-z-]*))"));
    for (const QString &line : lines) {
        const QString command = line.trimmed().section(QLatin1Char(' '), 0, 0);
        QVERIFY2(page.contains(QStringLiteral(".SS \"") + command + QLatin1Char(' '))
                         || page.contains(QStringLiteral(".SS ") + command + QLatin1Char('\n')),
                 qPrintable(QStringLiteral("installer/dialogsmith-cli.1 has no section for the "
                                           "command '%1': document it there")
                                    .arg(command)));
        const Run commandHelp
                = run(QStringLiteral(DIALOGSMITH_CLI), {command, QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        for (auto it = longOption.globalMatch(commandHelp.out); it.hasNext();) {
            const QString option = it.next().captured(1);
            QVERIFY2(page.contains(option),
                     qPrintable(QStringLiteral("installer/dialogsmith-cli.1 does not describe "
                                               "'%1 %2': document it there")
                                        .arg(command, option)));
        }
    }
}

void TestDesktopFiles::versionAndHelpWithoutDisplay()
{
    const QProcessEnvironment env = withoutDisplay();
    const Run gui = run(QStringLiteral(DIALOGSMITH_GUI), {QStringLiteral("--version")}, env);
    QVERIFY2(gui.exitCode == 0, qPrintable(gui.err));
    QCOMPARE(gui.out.trimmed(), QStringLiteral("Dialogsmith " DIALOGSMITH_VERSION));
    const Run guiHelp = run(QStringLiteral(DIALOGSMITH_GUI), {QStringLiteral("--help")}, env);
    QVERIFY2(guiHelp.exitCode == 0, qPrintable(guiHelp.err));
    QVERIFY(guiHelp.out.contains(QStringLiteral("--screenshot")));
    const Run cli = run(QStringLiteral(DIALOGSMITH_CLI), {QStringLiteral("--version")}, env);
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(cli.out.trimmed(), QStringLiteral("dialogsmith-cli " DIALOGSMITH_VERSION));
}

void TestDesktopFiles::helpFollowsTheSystemLanguage()
{
    QProcessEnvironment env = withoutDisplay();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const Run help = run(QStringLiteral(DIALOGSMITH_GUI), {QStringLiteral("--help")}, env);
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    QVERIFY2(help.out.contains(QStringLiteral("Zu öffnendes Bot-Projekt.")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
