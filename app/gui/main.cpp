#include "botdocument.h"
#include "fontpreload.h"
#include "mainwindow.h"
#include "studioengine.h"
#include "studiostyle.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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

/// The messages of `--say TEXT...`: each --say value and the arguments after it up to the next
/// option, in command-line order. `consumed` gets those extra arguments, which the parser sees as
/// positional ones.
QStringList sayMessages(const QStringList &arguments, QStringList *consumed)
{
    QStringList messages;
    bool collecting = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--say") || arg == QLatin1String("-say")) {
            if (i + 1 < arguments.size())
                messages.append(arguments.at(++i));
            collecting = true;
        } else if (arg.startsWith(QLatin1String("--say="))) {
            messages.append(arg.mid(6));
            collecting = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            collecting = false;
            // Options with a value take the next argument.
            static const QStringList valued{
                    QStringLiteral("--screenshot"),  QStringLiteral("--dialog"),
                    QStringLiteral("--interaction"), QStringLiteral("--channel"),
                    QStringLiteral("--environment"), QStringLiteral("--agent-reply")};
            if (valued.contains(arg))
                ++i;
        } else if (collecting) {
            messages.append(arg);
            consumed->append(arg);
        }
    }
    return messages;
}

/// The engine module: installed in the library folder, beside the executable in a build.
QString engineModule()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("dialogsmith-engine.so");
    const QString installed = bin.filePath(QStringLiteral(DIALOGSMITH_ENGINE_FROM_BIN "/") + name);
    return QFileInfo::exists(installed) ? installed : bin.filePath(name);
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
    const bool printing = printsOnly(argc, argv);
    // The font configuration is read while the application object is made (fontpreload.h).
    dialogsmith::ui::FontPreload fonts(!printing);
    const std::unique_ptr<QCoreApplication> app
            = printing ? std::make_unique<QCoreApplication>(argc, argv)
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
    const QCommandLineOption say(
            QStringLiteral("say"),
            QApplication::translate("main", "Send <text> to the bot in the preview (and the "
                                            "arguments after it, one message each), each once "
                                            "the bot has answered the one before."),
            QStringLiteral("text"));
    parser.addOption(say);
    const QCommandLineOption channel(
            QStringLiteral("channel"),
            QApplication::translate("main", "Run the preview in <channel>: web (default) or "
                                            "messaging."),
            QStringLiteral("channel"));
    parser.addOption(channel);
    const QCommandLineOption environment(
            QStringLiteral("environment"),
            QApplication::translate("main", "Run the preview with the environment named <name>."),
            QStringLiteral("name"));
    parser.addOption(environment);
    const QCommandLineOption agentReply(
            QStringLiteral("agent-reply"),
            QApplication::translate("main", "After the --say messages, take the newest transfer "
                                            "on the studio's agent desk and answer it with "
                                            "<text>."),
            QStringLiteral("text"));
    parser.addOption(agentReply);
    parser.process(*app);
    if (!qobject_cast<QApplication *>(app.get())) // "-v" was an option's value, not --version
        parser.showHelp(2);

    QGuiApplication::setDesktopFileName(QStringLiteral(DIALOGSMITH_APP_ID));
    QApplication::setWindowIcon(appIcon());

    QStringList consumed;
    const QStringList messages = sayMessages(QCoreApplication::arguments(), &consumed);
    QStringList files = parser.positionalArguments();
    for (const QString &arg : std::as_const(consumed))
        files.removeOne(arg);

    dialogsmith::ui::MainWindow::useEngineModule(engineModule());
    dialogsmith::ui::StudioStyle::install();
    fonts.wait();
    dialogsmith::ui::MainWindow window;
    // The preview's options need the engine now; without them it loads after the first paint.
    const bool scripted = parser.isSet(channel) || parser.isSet(environment) || !messages.isEmpty()
                          || parser.isSet(agentReply);
    dialogsmith::ui::StudioEngine *engine = scripted ? window.engine() : nullptr;
    if (scripted && !engine) {
        QTextStream(stderr) << QApplication::translate("main", "The preview cannot be loaded: %1.")
                                       .arg(window.engineError())
                            << "\n";
        return 1;
    }
    if (parser.isSet(channel) && !engine->setPreviewChannel(parser.value(channel))) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown channel \"%1\" (use web or "
                                                               "messaging).")
                                       .arg(parser.value(channel))
                            << "\n";
        return 2;
    }
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
    if (parser.isSet(environment)) {
        const QString name = parser.value(environment);
        if (!window.document()->bot().environment(name))
            QTextStream(stderr) << QApplication::translate("main",
                                                           "There is no environment named \"%1\".")
                                           .arg(name)
                                << "\n";
        else
            engine->setPreviewEnvironment(name);
    }
    window.show();

    const bool shoot = parser.isSet(screenshot);
    const QString out = parser.value(screenshot);
    // Exit status 1 when the picture could not be saved or the --say script failed.
    auto grabAndQuit = [&window, out](bool scriptFailed) {
        // Layouts settle (and images arrive) before the picture is taken.
        QTimer::singleShot(300, &window, [&window, out, scriptFailed] {
            const bool saved = window.grab().save(out);
            if (!saved)
                QTextStream(stderr)
                        << QApplication::translate("main", "Could not save %1.").arg(out) << "\n";
            QApplication::exit(saved && !scriptFailed ? 0 : 1);
        });
    };
    if (!messages.isEmpty() || parser.isSet(agentReply)) {
        // A picture shows the answers, not a typing indicator.
        engine->runPreviewScript(messages, parser.value(agentReply), !shoot,
                                 [shoot, grabAndQuit](const QString &error) {
                                     if (!error.isEmpty())
                                         QTextStream(stderr) << error << "\n";
                                     if (shoot)
                                         grabAndQuit(!error.isEmpty());
                                 });
    } else if (shoot) {
        grabAndQuit(false);
    }
    if (!shoot) {
        // Unsaved work from a session that ended without saving is offered once the window shows.
        QTimer::singleShot(0, &window, &dialogsmith::ui::MainWindow::offerRecovery);
    }
    return QApplication::exec();
}
