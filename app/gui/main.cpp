#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dialogsmith"));
    QApplication::setOrganizationName(QStringLiteral("Dialogsmith"));
    QApplication::setApplicationVersion(QStringLiteral(DIALOGSMITH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Build, preview and export Conversation Builder bots."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Bot project to open."));
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QApplication::translate("main", "Save a picture of the window to <png> and quit."),
            QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(app);

    dialogsmith::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, out] {
            const bool saved = window.grab().save(out);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
