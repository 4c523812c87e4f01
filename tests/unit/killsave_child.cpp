// The process tst_killsave kills: saves one file over and over, alternating between two
// versions, until it is killed. Usage: killsave_child project|secrets|recovery DIR
//   project   DIR/bot.json: the routing bot, named "old" and "new" in turn (saveBotFile)
//   secrets   DIR/secrets.json: the secret "key" set to "old" and "new" in turn (SecretStore)
//   recovery  DIR/recovery: the routing bot's recovery copy, named "old" and "new" in turn

#include "projectfile.h"
#include "recovery.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace dialogsmith;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    document::Result<format::LoadedBot> loaded = format::loadBotFile(
            QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json"));
    if (!loaded)
        return 3;
    document::Bot bot = loaded->bot;
    network::SecretStore::Options options;
    options.directory = dir;
    options.backend = network::SecretStore::Backend::FileOnly;
    options.environment = false;
    network::SecretStore secrets(options);
    format::RecoveryStore recovery(dir + QStringLiteral("/recovery"));
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    for (quint64 i = 0;; ++i) {
        const QString version = i % 2 ? QStringLiteral("new") : QStringLiteral("old");
        QString error = QStringLiteral("unknown mode");
        if (mode == QLatin1String("project")) {
            bot.name = version;
            const auto saved = format::saveBotFile(bot, dir + QStringLiteral("/bot.json"));
            error = saved ? QString() : saved.error().message;
        } else if (mode == QLatin1String("secrets")) {
            const auto saved = secrets.setValue(QStringLiteral("key"), version);
            error = saved ? QString() : saved.error().message;
        } else if (mode == QLatin1String("recovery")) {
            bot.name = version;
            const auto saved
                    = recovery.save(bot, dir + QStringLiteral("/bot.json"), QStringLiteral("k"));
            error = saved ? QString() : saved.error().message;
        }
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
    }
}
