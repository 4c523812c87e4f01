// Times opening and saving a large CB bot against Qt's own JSON parse and serialize of the
// same bytes. Prints one "name: value" line per figure; medians of interleaved runs.
//
//   build/tests/bench/bench_format [--runs N] [--dialogs D] [--per-dialog I]

#include "benchmedian.h"
#include "cbformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace dialogsmith::document;
using namespace dialogsmith::format;

namespace {

Interaction makeInteraction(int d, int k)
{
    static const InteractionType cycle[] = {
            InteractionType::Text,
            InteractionType::TextQuestion,
            InteractionType::MultipleChoiceQuestion,
            InteractionType::QuickReply,
            InteractionType::Structured,
            InteractionType::Universal,
            InteractionType::Image,
            InteractionType::Escalation,
    };
    const QString name = QStringLiteral("d%1_i%2").arg(d).arg(k);
    if (k == 0) {
        Interaction s = Interaction::create(InteractionType::DialogStarter, name);
        s.text = QStringLiteral("I want to talk about topic %1").arg(d);
        s.patterns = {QStringLiteral("*(topic%1|subject%1)*").arg(d),
                      QStringLiteral("tell me about %1").arg(d)};
        return s;
    }
    Interaction i = Interaction::create(cycle[k % 8], name);
    i.text = QStringLiteral("Message %1 of dialog %2: thanks for reaching out, here is what I "
                            "found for {$botContext.topic}.")
                     .arg(k)
                     .arg(d);
    i.preProcess = QStringLiteral("var topic = botContext.getBotVariable('topic');\n"
                                  "botContext.printDebugMessage('topic ' + topic);");
    switch (i.type) {
    case InteractionType::MultipleChoiceQuestion:
        i.choices = {QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Maybe")};
        for (const QString &c : i.choices) {
            Rule r;
            r.name = c;
            r.condition = Rule::Condition::EvalOption;
            r.option = c;
            i.rules.append(r);
        }
        break;
    case InteractionType::TextQuestion: {
        Rule r;
        r.name = QStringLiteral("number");
        r.condition = Rule::Condition::Regex;
        r.regex = QStringLiteral("^\\d+$");
        r.assignments = {{QStringLiteral("count"),
                          QStringLiteral("{$userMessage}"),
                          VariableScope::Session,
                          {}}};
        Rule other;
        other.condition = Rule::Condition::NoMatch;
        other.noMatchMessage = QStringLiteral("Please type a number.");
        i.rules.append(r);
        i.rules.append(other);
        break;
    }
    case InteractionType::QuickReply:
        i.quickReplies
                = {{QStringLiteral("text"), QStringLiteral("Yes"), QStringLiteral("yes"), {}},
                   {QStringLiteral("text"), QStringLiteral("No"), QStringLiteral("no"), {}}};
        break;
    case InteractionType::Structured:
        i.title = QStringLiteral("Card %1").arg(k);
        i.subtitle = QStringLiteral("Subtitle");
        i.imageUrl = QStringLiteral("https://example.com/%1.png").arg(k);
        break;
    case InteractionType::Universal:
        i.universalJson = QStringLiteral("{\n  \"type\": \"vertical\",\n  \"elements\": []\n}");
        break;
    case InteractionType::Image:
        i.imageUrl = QStringLiteral("https://example.com/image%1.gif").arg(k);
        break;
    case InteractionType::Escalation:
        i.skillId = QString::number(1000 + d);
        break;
    default:
        break;
    }
    return i;
}

QByteArray generate(int dialogs, int perDialog)
{
    Bot bot = Bot::createEmpty(QStringLiteral("Benchmark bot"));
    bot.dialogs.clear();
    for (int d = 0; d < dialogs; ++d) {
        Dialog dialog = Dialog::create(QStringLiteral("Dialog %1").arg(d));
        for (int k = 0; k < perDialog; ++k)
            dialog.interactions.append(makeInteraction(d, k));
        bot.dialogs.append(dialog);
    }
    return writeBot(bot, WriteTarget::ConversationBuilder);
}

using benchmark::median;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption dialogsOption(QStringLiteral("dialogs"), QStringLiteral("Dialogs."),
                                           QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption perOption(QStringLiteral("per-dialog"),
                                       QStringLiteral("Interactions per dialog."),
                                       QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({runsOption, dialogsOption, perOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QByteArray bytes
            = generate(parser.value(dialogsOption).toInt(), parser.value(perOption).toInt());
    std::vector<double> open, parse, save, serialize, treeOnly;
    int interactions = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        parse.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        if (!parseJson(bytes).ok())
            return 1;
        treeOnly.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        Result<LoadedBot> loaded = readBot(bytes);
        open.push_back(t.nsecsElapsed() / 1e6);
        if (!loaded) {
            QTextStream(stderr) << "generated file does not load: " << loaded.error().toString()
                                << "\n";
            return 1;
        }
        interactions = loaded->bot.interactionCount();

        t.restart();
        const QByteArray qtOut = doc.toJson(QJsonDocument::Indented);
        serialize.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        const QByteArray ourOut = writeBot(loaded->bot);
        save.push_back(t.nsecsElapsed() / 1e6);
        if (qtOut.isEmpty() || ourOut.isEmpty())
            return 1;
    }

    QTextStream out(stdout);
    out.setRealNumberPrecision(3);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "file_bytes: " << bytes.size() << "\n"
        << "dialogs: " << parser.value(dialogsOption) << "\n"
        << "interactions: " << interactions << "\n"
        << "runs: " << runs << "\n"
        << "open_ms_median: " << median(open) << "\n"
        << "qjsondocument_parse_ms_median: " << median(parse) << "\n"
        << "open_ratio: " << median(open) / median(parse) << "\n"
        << "json_tree_only_ms_median: " << median(treeOnly) << "\n"
        << "save_ms_median: " << median(save) << "\n"
        << "qjsondocument_serialize_ms_median: " << median(serialize) << "\n"
        << "save_ratio: " << median(save) / median(serialize) << "\n";
    return 0;
}
