// Builds the Debian package from this build tree with cpack (no rebuild) into a temporary folder
// and checks what dpkg would install: control fields, dependencies, files, permissions.

#include "timescale.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral(DIALOGSMITH_APP_ID);
/// The studio's engine module, which the studio loads after its first paint.
const QString engineModule
        = QStringLiteral("/usr/" DIALOGSMITH_ENGINE_INSTALL_DIR "/dialogsmith-engine.so");
/// Every program and library the package installs.
const QStringList binaries{QStringLiteral("/usr/bin/dialogsmith"),
                           QStringLiteral("/usr/bin/dialogsmith-cli"), engineModule};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
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

// "libfoo6 (>= 6.4), libbar | libbaz" -> {libfoo6, libbar, libbaz}
QSet<QString> packageNames(const QString &relation)
{
    QSet<QString> names;
    for (const QString &alternatives : relation.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (QString name : alternatives.split(QLatin1Char('|'))) {
            name = name.section(QLatin1Char('('), 0, 0).trimmed();
            if (!name.isEmpty())
                names.insert(name.section(QLatin1Char(':'), 0, 0));
        }
    }
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void dependsOnEveryLinkedLibrary();
    void installsTheDesktopIntegration();
    void installsOnlyBelowUsrWithSanePermissions();
    void hasNoMaintainerScripts();
    void manPagesAreCompressedReproducibly();
    void binariesAreStripped();
    void installedAppLoadsItsEngine();

private:
    QString tool(const QString &name);

    QTemporaryDir m_dir;
    QString m_dpkgDeb;
    QString m_deb;
    QString m_root; // the package's files, extracted
    QMap<QString, QString> m_control;
    QStringList m_controlMembers;
    QMap<QString, QString> m_entries; // path ("/usr/bin/x") -> "mode owner"
};

QString TestPackage::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing", qPrintable(name));
    return path;
}

void TestPackage::initTestCase()
{
    m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (m_dpkgDeb.isEmpty())
        QSKIP("dpkg-deb is missing (Debian package dpkg): the Debian package cannot be built or "
              "inspected here");
    QVERIFY(m_dir.isValid());

    const Run cpack
            = run(QStringLiteral(DIALOGSMITH_CPACK),
                  {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                   QStringLiteral(DIALOGSMITH_CPACK_CONFIG), QStringLiteral("-B"), m_dir.path()},
                  180000 * testsupport::timeScale());
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(cpack.out + cpack.err));
    m_deb = m_dir.filePath(debs.first());

    const Run control = run(m_dpkgDeb, {QStringLiteral("-I"), m_deb, QStringLiteral("control")});
    QVERIFY2(control.exitCode == 0, qPrintable(control.err));
    QString field;
    for (const QString &line : control.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char(' '))) {
            m_control[field] += QLatin1Char('\n') + line;
            continue;
        }
        field = line.section(QLatin1Char(':'), 0, 0);
        m_control[field] = line.section(QLatin1Char(':'), 1).trimmed();
    }

    // "dpkg-deb -I" lists the control archive's members as " <size> bytes, <n> lines  <name>".
    const Run info = run(m_dpkgDeb, {QStringLiteral("-I"), m_deb});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    static const QRegularExpression member(
            QStringLiteral(R"(^\s*\d+ bytes,\s+\d+ lines\s+\*?\s*(\S+))"),
            QRegularExpression::MultilineOption);
    for (auto it = member.globalMatch(info.out); it.hasNext();)
        m_controlMembers.append(it.next().captured(1));

    const Run listing = run(m_dpkgDeb, {QStringLiteral("-c"), m_deb});
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.err));
    static const QRegularExpression entry(
            QStringLiteral(R"(^(\S+)\s+(\S+)\s+\d+\s+\S+\s+\S+\s+\.(/\S*?)/?(?: -> .*)?$)"));
    for (const QString &line : listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = entry.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("unexpected dpkg-deb -c line: ") + line));
        if (m.captured(3) != QLatin1String("/"))
            m_entries.insert(m.captured(3), m.captured(1) + QLatin1Char(' ') + m.captured(2));
    }

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run extract = run(m_dpkgDeb, {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
}

void TestPackage::controlFields()
{
    QCOMPARE(m_control.value(QStringLiteral("Package")), QStringLiteral("dialogsmith"));
    QCOMPARE(m_control.value(QStringLiteral("Version")), QStringLiteral(DIALOGSMITH_VERSION));
    const QString dpkg = tool(QStringLiteral("dpkg"));
    if (!dpkg.isEmpty()) {
        const Run arch = run(dpkg, {QStringLiteral("--print-architecture")});
        QCOMPARE(m_control.value(QStringLiteral("Architecture")), arch.out.trimmed());
    }
    QVERIFY(!m_control.value(QStringLiteral("Architecture")).isEmpty());
    QVERIFY(m_control.value(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
    QCOMPARE(m_control.value(QStringLiteral("Section")), QStringLiteral("devel"));
    QCOMPARE(m_control.value(QStringLiteral("Priority")), QStringLiteral("optional"));
    QVERIFY(m_control.value(QStringLiteral("Homepage")).startsWith(QStringLiteral("https://")));
    QVERIFY(m_control.value(QStringLiteral("Installed-Size")).toInt() > 0);
    const QString description = m_control.value(QStringLiteral("Description"));
    QVERIFY2(description.contains(QStringLiteral("\n ")),
             "the description has a summary line and a long description");
    QVERIFY(packageNames(m_control.value(QStringLiteral("Recommends")))
                    .contains(QStringLiteral("qt6-translations-l10n")));
}

void TestPackage::dependsOnEveryLinkedLibrary()
{
    const QSet<QString> depends = packageNames(m_control.value(QStringLiteral("Depends")));
    QVERIFY2(depends.contains(QStringLiteral("qt6-qpa-plugins")),
             "without the platform plugins the app does not start");

    const QString objdump = tool(QStringLiteral("objdump"));
    const QString dpkgQuery = tool(QStringLiteral("dpkg-query"));
    QVERIFY2(!objdump.isEmpty() && !dpkgQuery.isEmpty(),
             "objdump (binutils) and dpkg-query (dpkg) are needed to check the dependencies");
    int qtLibraries = 0;
    for (const QString &binary : binaries) {
        const Run headers = run(objdump, {QStringLiteral("-p"), m_root + binary});
        QVERIFY2(headers.exitCode == 0, qPrintable(headers.err));
        static const QRegularExpression needed(QStringLiteral(R"(^\s*NEEDED\s+(\S+)$)"),
                                               QRegularExpression::MultilineOption);
        for (auto it = needed.globalMatch(headers.out); it.hasNext();) {
            const QString library = it.next().captured(1);
            const Run owner
                    = run(dpkgQuery, {QStringLiteral("-S"), QStringLiteral("*/") + library});
            QVERIFY2(owner.exitCode == 0,
                     qPrintable(QStringLiteral("%1 links %2, which no installed package provides")
                                        .arg(binary, library)));
            QSet<QString> providers;
            for (const QString &line : owner.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                providers.unite(packageNames(line.section(QStringLiteral(": "), 0, 0)));
            QVERIFY2(providers.intersects(depends),
                     qPrintable(QStringLiteral("%1 links %2 (package %3), missing from Depends: %4")
                                        .arg(binary, library,
                                             QStringList(providers.values()).join(QLatin1Char('/')),
                                             m_control.value(QStringLiteral("Depends")))));
            if (library.startsWith(QStringLiteral("libQt6")))
                ++qtLibraries;
        }
    }
    QVERIFY2(qtLibraries >= 3, "the binaries link Qt Core, Gui and Widgets at least");
}

void TestPackage::installsTheDesktopIntegration()
{
    QStringList expected{
            QStringLiteral("/usr/bin/dialogsmith"),
            QStringLiteral("/usr/bin/dialogsmith-cli"),
            engineModule,
            QStringLiteral("/usr/share/applications/%1.desktop").arg(appId),
            QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(appId),
            QStringLiteral("/usr/share/mime/packages/%1.xml").arg(appId),
            QStringLiteral("/usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
            QStringLiteral("/usr/share/man/man1/dialogsmith.1.gz"),
            QStringLiteral("/usr/share/man/man1/dialogsmith-cli.1.gz"),
            QStringLiteral("/usr/share/dialogsmith/samples/routing-bot.json"),
    };
    for (const int size : {16, 32, 48, 64, 128, 256})
        expected.append(
                QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
    for (const QString &path : std::as_const(expected))
        QVERIFY2(m_entries.contains(path),
                 qPrintable(path + QStringLiteral(" is not in the package")));

    // The shipped files are the validated ones from installer/.
    const QMap<QString, QString> copies{
            {appId + ".desktop", "/usr/share/applications/"},
            {appId + ".metainfo.xml", "/usr/share/metainfo/"},
            {appId + ".xml", "/usr/share/mime/packages/"},
    };
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        QFile source(QStringLiteral(DIALOGSMITH_SOURCE_DIR "/installer/") + it.key());
        QFile packaged(m_root + it.value() + it.key());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(packaged.open(QIODevice::ReadOnly));
        QVERIFY2(packaged.readAll() == source.readAll(), qPrintable(it.key()));
    }
}

void TestPackage::installsOnlyBelowUsrWithSanePermissions()
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QString &path = it.key();
        const QString mode = it.value().section(QLatin1Char(' '), 0, 0);
        const QString owner = it.value().section(QLatin1Char(' '), 1, 1);
        QVERIFY2(path == QLatin1String("/usr") || path.startsWith(QStringLiteral("/usr/")),
                 qPrintable(path + QStringLiteral(": outside /usr")));
        QVERIFY2(!path.startsWith(QStringLiteral("/usr/local")),
                 qPrintable(path + QStringLiteral(": packages never install to /usr/local")));
        QVERIFY2(owner == QLatin1String("root/root"), qPrintable(path + ": owner " + owner));
        if (mode.startsWith(QLatin1Char('d')))
            QCOMPARE(mode, QStringLiteral("drwxr-xr-x"));
        else if (path.startsWith(QStringLiteral("/usr/bin/")))
            QVERIFY2(mode == QLatin1String("-rwxr-xr-x"), qPrintable(path + ": mode " + mode));
        else
            QVERIFY2(mode == QLatin1String("-rw-r--r--"), qPrintable(path + ": mode " + mode));
    }
}

void TestPackage::hasNoMaintainerScripts()
{
    // Caches (desktop menu, MIME types, icons) are refreshed by dpkg triggers of the packages
    // that own them; maintainer scripts could leave files behind on removal.
    QVERIFY2(m_controlMembers.contains(QStringLiteral("control")),
             qPrintable(m_controlMembers.join(QLatin1Char(' '))));
    for (const QString &name : std::as_const(m_controlMembers)) {
        QVERIFY2(name == QLatin1String("control") || name == QLatin1String("md5sums"),
                 qPrintable(QStringLiteral("unexpected control member ") + name));
    }
}

void TestPackage::manPagesAreCompressedReproducibly()
{
    const QString gzip = tool(QStringLiteral("gzip"));
    QVERIFY(!gzip.isEmpty());
    for (const QString &page : {QStringLiteral("dialogsmith"), QStringLiteral("dialogsmith-cli")}) {
        const QString path = m_root + "/usr/share/man/man1/" + page + ".1.gz";
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(8);
        QCOMPARE(header.left(2), QByteArray("\x1f\x8b"));
        QVERIFY2(!(header.at(3) & 0x08), "no file name in the gzip header (gzip -n)");
        QCOMPARE(header.mid(4, 4), QByteArray(4, '\0')); // no time stamp
        const Run text = run(gzip, {QStringLiteral("-dc"), path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral(".TH ") + page.toUpper() + QStringLiteral(" 1")));
    }
}

void TestPackage::binariesAreStripped()
{
    const QString objdump = tool(QStringLiteral("objdump"));
    QVERIFY(!objdump.isEmpty());
    for (const QString &binary : binaries) {
        const Run sections = run(objdump, {QStringLiteral("-h"), m_root + binary});
        QCOMPARE(sections.exitCode, 0);
        QVERIFY2(!sections.out.contains(QStringLiteral(".debug_info")),
                 qPrintable(binary + QStringLiteral(" still has debug information")));
    }
}

void TestPackage::installedAppLoadsItsEngine()
{
    // The studio loads its engine from the library folder, relative to its own: the unpacked
    // package answers a message in the preview (the engine) and takes its picture.
    const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
    // Settings, autosaves and secrets of this test only.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("DIALOGSMITH_KEYCHAIN", "off");
    const Run app = run(m_root + QStringLiteral("/usr/bin/dialogsmith"),
                        {m_root + QStringLiteral("/usr/share/dialogsmith/samples/routing-bot.json"),
                         QStringLiteral("--say"), QStringLiteral("hi"),
                         QStringLiteral("--screenshot"), shot},
                        60000 * testsupport::timeScale());
    QVERIFY2(app.exitCode == 0, qPrintable(app.err));
    QVERIFY(QFileInfo(shot).size() > 0);
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
