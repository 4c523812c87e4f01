// Preview chat benchmark: a chat growing to 10,000 messages in a 420x600 view. Measures the time
// to append 1,000 messages (with a repaint every 50, as a live chat repaints) in the first and in
// the last round, one append plus its repaint at the end of the long chat, a repaint at the bottom,
// and one page of scrolling plus its repaint. Prints one "name: value" line per figure, medians of
// the runs. Run with QT_QPA_PLATFORM=offscreen.
#include "benchmedian.h"
#include "bot.h"
#include "chatentries.h"
#include "chatmodel.h"
#include "chatview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace dialogsmith::ui;
using dialogsmith::runtime::BotMessage;

namespace {

ChatEntry botEntry(int n)
{
    BotMessage m;
    m.text = QStringLiteral("Answer <b>%1</b> with a few words so that the bubble wraps onto a "
                            "second line")
                     .arg(n);
    return chatEntryFor(m, {});
}

void appendOne(ChatModel &model, int n)
{
    if (n % 3 == 0)
        model.appendUser(QStringLiteral("message %1").arg(n));
    else
        model.append(botEntry(n));
}

using benchmark::median;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Preview chat benchmark."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    constexpr int rounds = 10;
    constexpr int perRound = 1000;

    std::vector<double> firstRound, lastRound, appendAtEnd, repaintBottom, scrollPage;
    for (int run = 0; run < runs; ++run) {
        ChatModel model;
        ChatView view;
        view.resize(420, 600);
        view.setModel(&model);
        view.show();
        QCoreApplication::processEvents();

        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < perRound; ++i) {
                appendOne(model, r * perRound + i);
                if (i % 50 == 0) {
                    view.viewport()->repaint();
                    QCoreApplication::processEvents();
                }
            }
            view.viewport()->repaint();
            if (r == 0)
                firstRound.push_back(msSince(t));
            if (r == rounds - 1)
                lastRound.push_back(msSince(t));
        }
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            appendOne(model, rounds * perRound + i);
            view.viewport()->repaint();
            appendAtEnd.push_back(msSince(t));
        }
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            view.viewport()->repaint();
            repaintBottom.push_back(msSince(t));
        }
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(0);
        for (int i = 0; i < 50 && bar->value() < bar->maximum(); ++i) {
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + bar->pageStep() * 10);
            view.viewport()->repaint();
            scrollPage.push_back(msSince(t));
        }
    }

    QTextStream out(stdout);
    out.setRealNumberPrecision(2);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "messages: " << rounds * perRound << "\n"
        << "first 1000 appends ms: " << median(firstRound) << "\n"
        << "last 1000 appends ms: " << median(lastRound) << "\n"
        << "growth last/first: " << median(lastRound) / std::max(0.01, median(firstRound)) << "\n"
        << "append + repaint at 10000 ms: " << median(appendAtEnd) << "\n"
        << "repaint at bottom ms: " << median(repaintBottom) << "\n"
        << "scroll 10 pages + repaint ms: " << median(scrollPage) << "\n";
    return 0;
}
