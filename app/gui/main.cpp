#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

// --help and --version only print text, so they must work without a display (over ssh, in a
// build script): they are answered before a window-system connection exists.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/png/dialogsmith-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app
            = printsOnly(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Dialogsmith"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dialogsmith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIALOGSMITH_VERSION));
    dialogsmith::resources::installTranslations(QLocale::system());

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
    const QCommandLineOption dialog(
            QStringLiteral("dialog"),
            QApplication::translate("main", "Show the dialog named <name> first."),
            QStringLiteral("name"));
    parser.addOption(dialog);
    const QCommandLineOption interaction(
            QStringLiteral("interaction"),
            QApplication::translate("main", "Select the interaction named <name> and show it in "
                                            "the inspector."),
            QStringLiteral("name"));
    parser.addOption(interaction);
    parser.process(*app);
    if (!qobject_cast<QApplication *>(app.get())) // "-v" was an option's value, not --version
        parser.showHelp(2);

    QGuiApplication::setDesktopFileName(QStringLiteral(DIALOGSMITH_APP_ID));
    QApplication::setWindowIcon(appIcon());

    dialogsmith::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    if (parser.isSet(dialog) && !window.showDialogNamed(parser.value(dialog))) {
        QTextStream(stderr) << QApplication::translate("main", "There is no dialog named \"%1\".")
                                       .arg(parser.value(dialog))
                            << "\n";
    }
    if (parser.isSet(interaction) && !window.showInteractionNamed(parser.value(interaction))) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "There is no interaction named \"%1\".")
                                       .arg(parser.value(interaction))
                            << "\n";
    }
    window.show();

    if (!parser.isSet(screenshot)) {
        // Unsaved work from a session that ended without saving is offered once the window shows.
        QTimer::singleShot(0, &window, &dialogsmith::ui::MainWindow::offerRecovery);
    } else {
        const QString out = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, out] {
            const bool saved = window.grab().save(out);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
