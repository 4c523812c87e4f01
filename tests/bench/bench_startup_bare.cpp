// The reference for bench_startup: a bare QMainWindow with a menu bar, a toolbar, a dock and a
// central widget. Writes "painted" once the window has been painted, then quits.
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // As bench_startup prints it for the studio: the time before main(), from the parent's clock.
    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                               std::chrono::steady_clock::now().time_since_epoch())
                               .count();
    const qint64 beforeMain = (now - qgetenv("BENCH_STARTUP_LAUNCHED_NS").toLongLong()) / 1000000;
    QElapsedTimer phases;
    phases.start();
    QApplication app(argc, argv);
    const qint64 appReady = phases.elapsed();
    QMainWindow window;
    for (const char *title : {"&File", "&Edit", "&View", "&Help"}) {
        QMenu *menu = window.menuBar()->addMenu(QString::fromLatin1(title));
        for (int i = 0; i < 6; ++i)
            menu->addAction(QStringLiteral("Item %1").arg(i));
    }
    QToolBar *tools = window.addToolBar(QStringLiteral("Main"));
    for (int i = 0; i < 6; ++i)
        tools->addAction(QStringLiteral("Tool %1").arg(i));
    auto *dock = new QDockWidget(QStringLiteral("Project"), &window);
    dock->setWidget(new QTreeView(dock));
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.setCentralWidget(new QLabel(QStringLiteral("Bare window"), &window));
    // The size the studio takes at its first start.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    window.resize(QSize(std::max(960, available.width() * 92 / 100),
                        std::max(640, available.height() * 92 / 100))
                          .boundedTo(available.size()));
    const qint64 constructed = phases.elapsed();
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    const int status = QApplication::exec();
    if (qEnvironmentVariableIsSet("BENCH_STARTUP_PHASES"))
        std::fprintf(stderr,
                     "bare window: before main %lld ms, application %lld ms, main window %lld ms, "
                     "show and paint %lld ms\n",
                     beforeMain, appReady, constructed - appReady, phases.elapsed() - constructed);
    return status;
}
