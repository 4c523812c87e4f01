// Dialog canvas benchmark: a dialog of 1,000 interactions with rules, shown in a 1600x1000
// canvas. Measures a full render of the viewport (at fit zoom and at 100 %, with the item
// caches cold after a zoom change and warm), one edit plus the canvas update and repaint, and
// one pan step plus its repaint. Prints one "name: value" line per figure; medians of
// interleaved runs. Run with QT_QPA_PLATFORM=offscreen.
#include "benchmedian.h"
#include "bigdialog.h"
#include "botdocument.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "dialogcanvas.h"
#include "interactioncommands.h"
#include "nodeitem.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace dialogsmith;
using document::Action;
using document::BotDocument;
using document::Interaction;
using document::InteractionType;

namespace {

using testing::bigBot;

using benchmark::median;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Counts paints of the viewport, so a measurement can wait for the repaint it caused.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

/// Delivers the posted updates until the viewport has been repainted (or nothing is pending).
bool flushRepaint(PaintCounter &counter)
{
    const int before = counter.paints;
    for (int i = 0; i < 10 && counter.paints == before; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    return counter.paints > before;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption countOption(QStringLiteral("interactions"),
                                         QStringLiteral("Interactions in the dialog."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({runsOption, countOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int count = std::max(10, parser.value(countOption).toInt());

    BotDocument doc;
    doc.load(bigBot(count));
    const QString dialogId = doc.bot().dialogs.constFirst().id;

    ui::DialogCanvas canvas(&doc);
    canvas.resize(1600, 1000);
    canvas.show();
    QCoreApplication::processEvents();

    QElapsedTimer build;
    build.start();
    canvas.showDialog(dialogId);
    const double buildMs = ms(build);

    auto *view = static_cast<ui::CanvasView *>(canvas.view());
    QWidget *viewport = view->viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    auto render = [&] {
        QElapsedTimer t;
        t.start();
        viewport->render(&image);
        return ms(t);
    };
    QCoreApplication::processEvents();

    ui::CanvasScene *scene = canvas.canvasScene();
    const QStringList order = scene->order();
    // Edits and pans happen where the user looks: a node in the middle of the dialog, at 100 %.
    const QString edited = order.at(order.size() / 2 + 1);
    const QString rerouted = order.at(order.size() / 2 + 2);

    std::vector<double> fitCold, fitWarm, fullCold, fullWarm, edit, nextAction, pan, panHalf;
    bool repainted = true;
    for (int r = 0; r < runs; ++r) {
        view->resetZoom();
        view->zoomToFit();
        fitCold.push_back(render());
        fitWarm.push_back(render());

        view->zoomToFit();
        view->resetZoom();
        view->centerOn(scene->node(edited)->sceneRect().center());
        fullCold.push_back(render());
        fullWarm.push_back(render());
        flushRepaint(counter);

        {
            Interaction after = *doc.interaction(edited);
            after.text = QStringLiteral("Edited text, run %1").arg(r);
            QElapsedTimer t;
            t.start();
            const bool ok = doc.execute(std::make_unique<document::EditInteractionCommand>(
                                                doc, after, QStringLiteral("Edit text")))
                                    .ok();
            repainted = flushRepaint(counter) && repainted && ok;
            edit.push_back(ms(t));
        }
        {
            const Action action = r % 2 ? Action::next() : Action::toInteraction(order.at(1));
            QElapsedTimer t;
            t.start();
            const bool ok = doc.execute(std::make_unique<document::SetNextActionCommand>(
                                                doc, rerouted, action))
                                    .ok();
            repainted = flushRepaint(counter) && repainted && ok;
            nextAction.push_back(ms(t));
        }
        {
            QScrollBar *bar = view->verticalScrollBar();
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + (r % 2 ? -40 : 40));
            repainted = flushRepaint(counter) && repainted;
            pan.push_back(ms(t));
        }
        {
            view->setZoom(0.5);
            flushRepaint(counter);
            QScrollBar *bar = view->verticalScrollBar();
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + (r % 2 ? -40 : 40));
            repainted = flushRepaint(counter) && repainted;
            panHalf.push_back(ms(t));
        }
        // Keep the undo stack from growing with the runs.
        doc.undoStack()->clear();
    }

    QTextStream out(stdout);
    out.setRealNumberPrecision(3);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "interactions: " << order.size() << "\n"
        << "edges: " << scene->edgeCount() << "\n"
        << "viewport: " << viewport->width() << "x" << viewport->height() << "\n"
        << "runs: " << runs << "\n"
        << "build_ms: " << buildMs << "\n"
        << "render_fit_cold_ms_median: " << median(fitCold) << "\n"
        << "render_fit_ms_median: " << median(fitWarm) << "\n"
        << "render_100_cold_ms_median: " << median(fullCold) << "\n"
        << "render_100_ms_median: " << median(fullWarm) << "\n"
        << "edit_text_update_repaint_ms_median: " << median(edit) << "\n"
        << "edit_next_action_update_repaint_ms_median: " << median(nextAction) << "\n"
        << "pan_step_100_ms_median: " << median(pan) << "\n"
        << "pan_step_50_ms_median: " << median(panHalf) << "\n"
        << "repaints_observed: " << (repainted ? "yes" : "no") << "\n";
    return repainted ? 0 : 1;
}
