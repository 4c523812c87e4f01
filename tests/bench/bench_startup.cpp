// Start-up benchmark: the time from process start to the first painted main window, for the
// studio with the sample bot and for a bare QMainWindow with a menu bar, a toolbar and a dock
// (bench_startup_bare), each started as a process of its own, alternating, in the same run.
// A child writes one line when its window has been painted; the time is taken here when the
// line arrives. Prints the medians and their ratio, and the median of the ratios of each run's
// two starts with its middle half. Settings live in a throwaway folder, so every studio start
// is a first start. Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.
#include "benchmedian.h"
#include "fontpreload.h"
#include "mainwindow.h"
#include "studiostyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

/// Says "painted" once `window` has been painted the first time, then runs `then`.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> then)
        : m_then(std::move(then))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint event has been handled: the picture is complete.
            QTimer::singleShot(0, qApp, [this] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                m_then();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

/// Nanoseconds on the monotonic clock, which all processes of the machine share.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

/// The parent's clock when it started this child, for the time before main().
constexpr char launchedVariable[] = "BENCH_STARTUP_LAUNCHED_NS";

int runStudio(int argc, char *argv[], const QString &sample, const QString &settings)
{
    // Loading the shared libraries, relocating them and running static initialisers.
    const double beforeMain = double(monotonicNs() - qgetenv(launchedVariable).toLongLong()) / 1e6;
    QElapsedTimer phases;
    phases.start();
    // As the application does: the font configuration is read while QApplication is made.
    dialogsmith::ui::FontPreload fonts;
    QApplication app(argc, argv);
    const qint64 appReady = phases.elapsed();
    QCoreApplication::setOrganizationName(QStringLiteral("DialogsmithBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    // As the application does: the engine comes from its module once the window is painted.
    dialogsmith::ui::MainWindow::useEngineModule(QStringLiteral(DIALOGSMITH_ENGINE_MODULE));
    dialogsmith::ui::MainWindow::Options options;
    options.recoveryDirectory = settings + QStringLiteral("/recovery");
    dialogsmith::ui::StudioStyle::install();
    fonts.wait();
    dialogsmith::ui::MainWindow window(options);
    const qint64 constructed = phases.elapsed();
    if (!sample.isEmpty() && !window.openFile(sample))
        return 1;
    const qint64 opened = phases.elapsed();
    // With the phases, the child stays until the engine module is attached (after the paint).
    const bool withPhases = qEnvironmentVariableIsSet("BENCH_STARTUP_PHASES");
    qint64 painted = 0;
    FirstPaint paint([&] {
        painted = phases.elapsed();
        if (!withPhases || window.isEngineLoaded())
            QCoreApplication::quit();
    });
    if (withPhases)
        QObject::connect(&window, &dialogsmith::ui::MainWindow::engineLoaded, &app, [&] {
            if (painted > 0)
                QCoreApplication::quit();
        });
    window.installEventFilter(&paint);
    window.show();
    const int status = QApplication::exec();
    // Where the time goes, for the one who wants to make it shorter.
    if (withPhases)
        QTextStream(stderr) << "before main " << qRound(beforeMain) << " ms, application "
                            << appReady << " ms, main window " << constructed - appReady
                            << " ms, open " << opened - constructed << " ms, show and paint "
                            << painted - opened << " ms; engine ready "
                            << phases.elapsed() - painted << " ms after the paint\n";
    return status;
}

using benchmark::median;

/// Milliseconds from starting `program` to its "painted" line, or -1.
double timeToPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(launchedVariable), QString::number(monotonicNs()));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double ms = -1;
    while (process.waitForReadyRead(30000)) {
        if (process.readAll().contains("painted")) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(30000))
        process.kill();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 2 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runStudio(argc, argv, QString::fromLocal8Bit(argv[i + 1]),
                             QString::fromLocal8Bit(argv[i + 2]));
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up benchmark."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (default 9)."),
                                        QStringLiteral("n"), QStringLiteral("9"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir settings;
    if (!settings.isValid())
        return 1;
    const QString self = QCoreApplication::applicationFilePath();
    const QString sample
            = QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
    std::vector<double> studio, bare;
    for (int run = 0; run < runs; ++run) {
        // A fresh folder for every start: the first-start layout each time.
        const QString folder = settings.filePath(QString::number(run));
        const double s = timeToPaint(self, {QStringLiteral("--child"), sample, folder});
        const double b = timeToPaint(QStringLiteral(DIALOGSMITH_BARE_WINDOW), {});
        if (s < 0 || b < 0) {
            QTextStream(stderr) << "A child did not paint its window.\n";
            return 1;
        }
        studio.push_back(s);
        bare.push_back(b);
    }
    QTextStream out(stdout);
    out.setRealNumberPrecision(1);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "runs: " << runs << "\n"
        << "studio with the sample bot ms: " << median(studio) << "\n"
        << "bare main window ms: " << median(bare) << "\n";
    out.setRealNumberPrecision(2);
    out << "ratio: " << median(studio) / std::max(0.01, median(bare)) << "\n";
    // The two starts of one run, side by side: the machine's drift over the run cancels out.
    std::vector<double> paired;
    for (size_t i = 0; i < studio.size(); ++i)
        paired.push_back(studio[i] / std::max(0.01, bare[i]));
    std::sort(paired.begin(), paired.end());
    out << "ratio of the runs, median: " << median(paired) << " (middle half "
        << paired[paired.size() / 4] << " to " << paired[(paired.size() * 3) / 4] << ")\n";
    return 0;
}
