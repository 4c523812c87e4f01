#include "bigdialog.h"
#include "botdocument.h"
#include "canvaslayout.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "dialogcanvas.h"
#include "dialogcommands.h"
#include "edgeitem.h"
#include "exititem.h"
#include "interactioncommands.h"
#include "minimap.h"
#include "nodeitem.h"
#include "projectfile.h"
#include "typeicons.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace dialogsmith;
using document::Action;
using document::BotDocument;
using document::Interaction;
using document::InteractionType;
using ui::CanvasLink;
using ui::CanvasScene;
using ui::DialogCanvas;
using ui::EdgeItem;
using ui::ExitItem;
using ui::NodeItem;

namespace {

QString routingBot()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

QString patternsBot()
{
    return QStringLiteral(DIALOGSMITH_TEST_DATA
                          "/cb-samples/how-to-guides_get-bot-patterns_bot.json");
}

bool load(BotDocument &doc, const QString &path)
{
    auto loaded = format::loadBotFile(path);
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return false;
    }
    doc.load(loaded->bot, path);
    return true;
}

QString dialogNamed(const BotDocument &doc, const QString &name)
{
    for (const document::Dialog &d : doc.bot().dialogs) {
        if (d.name == name)
            return d.id;
    }
    return {};
}

QString interactionNamed(const BotDocument &doc, const QString &name)
{
    const Interaction *i = doc.bot().interactionByName(name);
    return i ? i->id : QString();
}

using testing::bigBot;

QPoint viewportPoint(const DialogCanvas &canvas, const QPointF &scenePos)
{
    return canvas.view()->mapFromScene(scenePos);
}

QPoint nodeCentre(const DialogCanvas &canvas, const QString &id)
{
    return viewportPoint(canvas, canvas.canvasScene()->node(id)->sceneRect().center());
}

QPoint portPoint(const DialogCanvas &canvas, const QString &id, int slot)
{
    const NodeItem *node = canvas.canvasScene()->node(id);
    return viewportPoint(canvas, node->pos() + node->outputPos(node->portIndexForSlot(slot)));
}

QList<CanvasLink> edgeLinks(const CanvasScene *scene, const QString &id)
{
    QList<CanvasLink> links;
    for (const EdgeItem *edge : scene->edgesFrom(id))
        links.append(edge->link());
    return links;
}

void drag(QWidget *viewport, const QPoint &from, const QPoint &to,
          Qt::MouseButton button = Qt::LeftButton)
{
    QTest::mousePress(viewport, button, {}, from);
    const int steps = 6;
    for (int s = 1; s <= steps; ++s)
        QTest::mouseMove(viewport, from + (to - from) * s / steps);
    QTest::mouseRelease(viewport, button, {}, to);
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEveryInteractionOfAgentHandoffWithItsEdges();
    void cachesTheBackgroundOnceOnScreen();
    void nextMeansTheFollowingInteractionInDialogOrder();
    void layoutIsLayeredTopToBottom();
    void storedPositionsAreKept();
    void paletteAddsAfterTheSelectionAndUndoRemovesIt();
    void contextMenuAddsAtTheClickedPosition();
    void paletteRefusesASecondStarter();
    void droppingAPaletteTypeAddsItWhereDropped();
    void draggingNodesMakesOneUndoStep();
    void draggingFromAPortSetsTheNextAction();
    void draggingFromARulePortSetsTheRuleAction();
    void connectingAStatementToItselfIsRefused();
    void rubberBandAndDeleteRemoveInOneUndoStep();
    void undoAndRedoUpdateTheScene();
    void editsUpdateOnlyTheirNode();
    void keyboardMovesTheSelection();
    void exitsToOtherDialogs();
    void switchingDialogsWithASelectionClearsIt();
    void doubleClickOnExitActivatesTheDialog();
    void zoomKeysAndWheel();
    void minimapAppearsForLargeDialogsAndMovesTheView();
    void previewHighlights();
    void tooltipsShowTheFullTextAndWherePortsLead();
    void arrangeIsOneUndoStep();
    void thousandInteractionsBuildQuickly();
    void typeIconsForEveryType();
    void iconsFromTheBuildsMasksAreTheirSvgPictures();
    void toolIconsAreDrawnInThePalettesTextColour();
    void nodesAreReadableAndPressableThroughAccessibility();

private:
    BotDocument *m_doc = nullptr;
    DialogCanvas *m_canvas = nullptr;

    void open(const QString &path, const QString &dialog);
    QWidget *viewport() const { return m_canvas->view()->viewport(); }
    CanvasScene *scene() const { return m_canvas->canvasScene(); }
};

void TestCanvas::init()
{
    m_doc = new BotDocument;
    m_canvas = new DialogCanvas(m_doc);
    m_canvas->resize(1200, 800);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas));
}

void TestCanvas::cleanup()
{
    delete m_canvas;
    m_canvas = nullptr;
    delete m_doc;
    m_doc = nullptr;
}

void TestCanvas::open(const QString &path, const QString &dialog)
{
    QVERIFY(load(*m_doc, path));
    const QString id = dialogNamed(*m_doc, dialog);
    QVERIFY(!id.isEmpty());
    m_canvas->showDialog(id);
    QCOMPARE(m_canvas->dialogId(), id);
}

void TestCanvas::cachesTheBackgroundOnceOnScreen()
{
    // The first picture draws the background directly (quicker to the screen); from then on it
    // is cached for scrolling and hovering, and looks the same.
    DialogCanvas fresh(m_doc);
    QCOMPARE(fresh.view()->cacheMode(), QGraphicsView::CacheNone);
    open(routingBot(), QStringLiteral("Agent Handoff"));
    QTRY_COMPARE(m_canvas->view()->cacheMode(), QGraphicsView::CacheBackground);
    const QImage cached = viewport()->grab().toImage();
    m_canvas->view()->setCacheMode(QGraphicsView::CacheNone);
    QCOMPARE(viewport()->grab().toImage(), cached);
}

void TestCanvas::showsEveryInteractionOfAgentHandoffWithItsEdges()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    QCOMPARE(scene()->order(), (QStringList{starter, transfer}));
    QCOMPARE(scene()->node(starter)->content().name, QStringLiteral("agent starter"));
    QCOMPARE(scene()->node(transfer)->content().type, InteractionType::ApiIntegration);
    QCOMPARE(scene()->node(transfer)->content().summary, QStringLiteral("Calls Escalation"));
    QCOMPARE(scene()->node(transfer)->content().codeSlots, QStringList{QStringLiteral("pre")});

    // The starter goes on to the transfer; the transfer ends there.
    const QList<CanvasLink> fromStarter = edgeLinks(scene(), starter);
    QCOMPARE(fromStarter.size(), 1);
    QCOMPARE(fromStarter.at(0).kind, CanvasLink::Kind::Node);
    QCOMPARE(fromStarter.at(0).target, transfer);
    QVERIFY(fromStarter.at(0).nextAction);
    const QList<CanvasLink> fromTransfer = edgeLinks(scene(), transfer);
    QCOMPARE(fromTransfer.size(), 1);
    QCOMPARE(fromTransfer.at(0).kind, CanvasLink::Kind::End);
    QCOMPARE(scene()->edgeCount(), 2);
    QVERIFY(scene()->exits().isEmpty());

    // The edge really joins the two ports, and the whole flow is on screen.
    const EdgeItem *edge = scene()->edgesFrom(starter).constFirst();
    const NodeItem *a = scene()->node(starter);
    const NodeItem *b = scene()->node(transfer);
    const QPainterPath path = edge->shape();
    QVERIFY(path.contains(a->pos() + a->outputPos(0)));
    QVERIFY(path.contains(b->pos() + b->inputPos() - QPointF(0, 7)));
    const QRectF visible = m_canvas->view()->mapToScene(viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(a->sceneRect()));
    QVERIFY(visible.contains(b->sceneRect()));
}

void TestCanvas::nextMeansTheFollowingInteractionInDialogOrder()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    // Reordering changes where "next" leads: the transfer now comes first and its end stays.
    QVERIFY(m_doc->execute(
            std::make_unique<document::MoveInteractionCommand>(*m_doc, transfer, 0)));
    QCOMPARE(scene()->order(), (QStringList{transfer, starter}));
    QCOMPARE(edgeLinks(scene(), starter).at(0).kind, CanvasLink::Kind::EndOfDialog);
    m_doc->undoStack()->undo();
    QCOMPARE(edgeLinks(scene(), starter).at(0).kind, CanvasLink::Kind::Node);
    QCOMPARE(edgeLinks(scene(), starter).at(0).target, transfer);
}

void TestCanvas::layoutIsLayeredTopToBottom()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    auto top = [this](const QString &name) {
        return scene()->node(interactionNamed(*m_doc, name))->pos().y();
    };
    auto left = [this](const QString &name) {
        return scene()->node(interactionNamed(*m_doc, name))->pos().x();
    };
    QVERIFY(top(QStringLiteral("dialog_starter_11")) < top(QStringLiteral("api_integration_8")));
    QVERIFY(top(QStringLiteral("api_integration_8")) < top(QStringLiteral("text_21")));
    QVERIFY(top(QStringLiteral("text_12")) < top(QStringLiteral("text_question13")));
    // The question's two answers are siblings: same layer, side by side, not overlapping.
    QCOMPARE(top(QStringLiteral("text_22")), top(QStringLiteral("text_14")));
    QVERIFY(std::abs(left(QStringLiteral("text_22")) - left(QStringLiteral("text_14")))
            >= ui::CanvasStyle::nodeWidth);
    // No two nodes overlap.
    const QStringList order = scene()->order();
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (qsizetype j = i + 1; j < order.size(); ++j)
            QVERIFY(!scene()->node(order.at(i))
                             ->sceneRect()
                             .intersects(scene()->node(order.at(j))->sceneRect()));
    }
    // Barycenter ordering leaves no crossing in a simple diamond.
    ui::LayoutGraph diamond;
    diamond.sizes = QList<QSizeF>(6, QSizeF(100, 40));
    // 0 → 1, 2; 1 → 4; 2 → 3: ordered naively, 1→4 and 2→3 would cross.
    diamond.successors = {{1, 2}, {4}, {3}, {}, {}, {}};
    const QList<QPointF> positions = ui::layeredLayout(diamond);
    QCOMPARE(ui::layoutCrossings(diamond, positions), 0);
}

void TestCanvas::storedPositionsAreKept()
{
    QVERIFY(load(*m_doc, routingBot()));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    QVERIFY(m_doc->execute(std::make_unique<document::SetPositionsCommand>(
            *m_doc, QHash<QString, QPointF>{{transfer, QPointF(900, -40)}})));
    m_canvas->showDialog(dialogNamed(*m_doc, QStringLiteral("Agent Handoff")));
    QCOMPARE(scene()->node(transfer)->pos(), QPointF(900, -40));
    // The edge follows the stored position.
    const EdgeItem *edge
            = scene()->edgesFrom(interactionNamed(*m_doc, QStringLiteral("agent starter")))
                      .constFirst();
    QVERIFY(edge->boundingRect().contains(QPointF(900 + ui::CanvasStyle::nodeWidth / 2, -44)));
}

void TestCanvas::paletteAddsAfterTheSelectionAndUndoRemovesIt()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    m_canvas->selectInteractions({starter});
    QSignalSpy selection(m_canvas, &DialogCanvas::selectionChanged);
    const int steps = m_doc->undoStack()->count();

    QAbstractButton *button = m_canvas->paletteButton(InteractionType::Text);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    const document::Dialog *d = m_doc->dialog(m_canvas->dialogId());
    QCOMPARE(d->interactions.size(), 3);
    const Interaction &added = d->interactions.at(1);
    QCOMPARE(added.type, InteractionType::Text);
    QCOMPARE(added.name, QStringLiteral("text"));
    QVERIFY(added.position.has_value());
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(scene()->node(added.id));
    QCOMPARE(scene()->node(added.id)->pos(), *added.position);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{added.id});
    QCOMPARE(selection.last().at(0).toStringList(), QStringList{added.id});
    // Inserted after the starter: "next" now leads through the new node.
    QCOMPARE(edgeLinks(scene(), starter).at(0).target, added.id);
    QCOMPARE(edgeLinks(scene(), added.id).at(0).target, transfer);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->dialog(m_canvas->dialogId())->interactions.size(), 2);
    QCOMPARE(scene()->order(), (QStringList{starter, transfer}));
    QCOMPARE(edgeLinks(scene(), starter).at(0).target, transfer);
    QVERIFY(m_canvas->selectedInteractions().isEmpty());
}

void TestCanvas::contextMenuAddsAtTheClickedPosition()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    const QRectF transferRect = scene()->node(transfer)->sceneRect();
    const QPointF target = transferRect.topRight() + QPointF(200, 150);
    const QPoint click = viewportPoint(*m_canvas, target);
    QContextMenuEvent event(QContextMenuEvent::Mouse, click, viewport()->mapToGlobal(click));
    QApplication::sendEvent(viewport(), &event);

    auto *menu = m_canvas->findChild<QMenu *>(QStringLiteral("DialogCanvasMenu"));
    QVERIFY(menu);
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), 1000);
    auto *addHere = menu->findChild<QMenu *>(QStringLiteral("addHere"));
    QVERIFY(addHere);
    QAction *question = nullptr;
    QStringList keys;
    for (QAction *action : addHere->actions()) {
        keys.append(action->data().toString());
        if (action->data().toString() == QLatin1String("TEXT_QUESTION"))
            question = action;
    }
    // Every type can be added from the menu.
    QCOMPARE(keys.size(), document::knownInteractionTypes().size());
    QVERIFY(question);
    question->trigger();
    menu->close();

    const document::Dialog *d = m_doc->dialog(m_canvas->dialogId());
    QCOMPARE(d->interactions.size(), 3);
    const Interaction &added = d->interactions.constLast(); // nothing selected: at the end
    QCOMPARE(added.type, InteractionType::TextQuestion);
    const QRectF rect = scene()->node(added.id)->sceneRect();
    QVERIFY2(
            std::abs(rect.center().x() - target.x()) <= 1
                    && std::abs(rect.center().y() - target.y()) <= 1,
            qPrintable(
                    QStringLiteral("node at %1,%2").arg(rect.center().x()).arg(rect.center().y())));
    m_doc->undoStack()->undo();
    QVERIFY(!scene()->node(added.id));
}

void TestCanvas::paletteRefusesASecondStarter()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    QSignalSpy status(m_canvas, &DialogCanvas::statusMessage);
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(m_canvas->paletteButton(InteractionType::DialogStarter), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("starter")));
}

void TestCanvas::droppingAPaletteTypeAddsItWhereDropped()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    const QPointF target = scene()->node(transfer)->sceneRect().bottomLeft() + QPointF(-150, 200);
    const QPoint at = viewportPoint(*m_canvas, target);
    const QPointF dropped = m_canvas->view()->mapToScene(at); // before the view follows the node
    QMimeData mime;
    mime.setData(QString::fromLatin1(ui::interactionTypeMimeType), "IMAGE");
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);

    const document::Dialog *d = m_doc->dialog(m_canvas->dialogId());
    QCOMPARE(d->interactions.size(), 3);
    const Interaction &added = d->interactions.constLast();
    QCOMPARE(added.type, InteractionType::Image);
    const QPointF centre = scene()->node(added.id)->sceneRect().center();
    QVERIFY2(QLineF(centre, dropped).length() <= 1.5, qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                                                         .arg(centre.x())
                                                                         .arg(centre.y())
                                                                         .arg(dropped.x())
                                                                         .arg(dropped.y())));
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{added.id});

    // Other drags (files, text) are not for the canvas.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &other);
    QVERIFY(!other.isAccepted());
}

void TestCanvas::draggingNodesMakesOneUndoStep()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    m_canvas->resetZoom();
    NodeItem *node = scene()->node(transfer);
    const QPointF before = node->pos();
    const int steps = m_doc->undoStack()->count();
    QSignalSpy changes(m_doc, &BotDocument::interactionChanged);

    const QPoint from = nodeCentre(*m_canvas, transfer);
    drag(viewport(), from, from + QPoint(150, 60));

    QCOMPARE(node->pos(), before + QPointF(150, 60));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(changes.size(), 1); // one command, pushed on release
    QCOMPARE(m_doc->interaction(transfer)->position,
             std::optional<QPointF>(before + QPointF(150, 60)));
    QVERIFY(!m_doc->interaction(starter)->position.has_value());
    // The edge follows the node.
    const EdgeItem *edge = scene()->edgesFrom(starter).constFirst();
    QVERIFY(edge->shape().contains(node->pos() + node->inputPos() - QPointF(0, 7)));

    // Several selected nodes move together, still in one step.
    m_canvas->selectInteractions({starter, transfer});
    const QPointF starterBefore = scene()->node(starter)->pos();
    drag(viewport(), nodeCentre(*m_canvas, starter),
         nodeCentre(*m_canvas, starter) + QPoint(-40, 0));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QCOMPARE(m_doc->interaction(starter)->position,
             std::optional<QPointF>(starterBefore + QPointF(-40, 0)));
    QCOMPARE(m_doc->interaction(transfer)->position,
             std::optional<QPointF>(before + QPointF(110, 60)));

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(node->pos(), before);
    QVERIFY(!m_doc->interaction(transfer)->position.has_value());

    // A click without a move is no edit.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, nodeCentre(*m_canvas, transfer));
    QCOMPARE(m_doc->undoStack()->index(), steps);
}

void TestCanvas::draggingFromAPortSetsTheNextAction()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    QCOMPARE(m_doc->interaction(transfer)->nextAction().kind, Action::Kind::End);
    const int steps = m_doc->undoStack()->count();

    drag(viewport(), portPoint(*m_canvas, transfer, 0), nodeCentre(*m_canvas, starter));

    QCOMPARE(m_doc->interaction(transfer)->nextAction(), Action::toInteraction(starter));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(edgeLinks(scene(), transfer).at(0).kind, CanvasLink::Kind::Node);
    QCOMPARE(edgeLinks(scene(), transfer).at(0).target, starter);
    // Nodes did not move: a port drag is not a node drag.
    QVERIFY(!m_doc->interaction(transfer)->position.has_value());

    // Dropping on empty canvas changes nothing and says why.
    QSignalSpy status(m_canvas, &DialogCanvas::statusMessage);
    drag(viewport(), portPoint(*m_canvas, transfer, 0),
         viewportPoint(*m_canvas,
                       scene()->node(transfer)->sceneRect().bottomRight() + QPointF(300, 200)));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(status.size(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(edgeLinks(scene(), transfer).at(0).kind, CanvasLink::Kind::End);
}

void TestCanvas::draggingFromARulePortSetsTheRuleAction()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    const QString question = interactionNamed(*m_doc, QStringLiteral("text_question13"));
    const QString text21 = interactionNamed(*m_doc, QStringLiteral("text_21"));
    const Interaction before = *m_doc->interaction(question);
    QCOMPARE(before.rules.at(1).name, QStringLiteral("Wrong Answer"));
    m_canvas->selectInteractions({question});
    m_canvas->resetZoom();
    m_canvas->selectInteractions({question});

    drag(viewport(), portPoint(*m_canvas, question, 1), nodeCentre(*m_canvas, text21));

    const Interaction &after = *m_doc->interaction(question);
    QCOMPARE(after.rules.at(1).action, Action::toInteraction(text21));
    QCOMPARE(after.rules.at(0), before.rules.at(0));
    QCOMPARE(after.rules.size(), before.rules.size());
    bool found = false;
    for (const CanvasLink &link : edgeLinks(scene(), question))
        found = found || (link.slot == 1 && link.target == text21);
    QVERIFY(found);
}

void TestCanvas::connectingAStatementToItselfIsRefused()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    QSignalSpy status(m_canvas, &DialogCanvas::statusMessage);
    const int steps = m_doc->undoStack()->count();
    drag(viewport(), portPoint(*m_canvas, transfer, 0), nodeCentre(*m_canvas, transfer));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->interaction(transfer)->nextAction().kind, Action::Kind::End);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("transfer to agent")));
}

void TestCanvas::rubberBandAndDeleteRemoveInOneUndoStep()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    const QRectF both = scene()->node(starter)->sceneRect() | scene()->node(transfer)->sceneRect();
    drag(viewport(), viewportPoint(*m_canvas, both.topLeft() - QPointF(60, 60)),
         viewportPoint(*m_canvas, both.bottomRight() + QPointF(60, 60)));
    QCOMPARE(m_canvas->selectedInteractions(), (QStringList{starter, transfer}));

    const int steps = m_doc->undoStack()->count();
    m_canvas->view()->setFocus();
    QTest::keyClick(m_canvas->view(), Qt::Key_Delete);
    QCOMPARE(m_doc->dialog(m_canvas->dialogId())->interactions.size(), 0);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(scene()->order().isEmpty());
    QCOMPARE(scene()->edgeCount(), 0);

    m_doc->undoStack()->undo();
    QCOMPARE(scene()->order(), (QStringList{starter, transfer}));
    QCOMPARE(edgeLinks(scene(), starter).at(0).target, transfer);
}

void TestCanvas::undoAndRedoUpdateTheScene()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    Interaction edited = *m_doc->interaction(transfer);
    edited.name = QStringLiteral("hand over");
    edited.postProcess = QStringLiteral("botContext.printDebugMessage('done');");
    QVERIFY(m_doc->execute(std::make_unique<document::EditInteractionCommand>(
            *m_doc, edited, QStringLiteral("Edit"))));
    QCOMPARE(scene()->node(transfer)->content().name, QStringLiteral("hand over"));
    QCOMPARE(scene()->node(transfer)->content().codeSlots,
             (QStringList{QStringLiteral("pre"), QStringLiteral("post")}));
    m_doc->undoStack()->undo();
    QCOMPARE(scene()->node(transfer)->content().name, QStringLiteral("transfer to agent"));
    QCOMPARE(scene()->node(transfer)->content().codeSlots, QStringList{QStringLiteral("pre")});
    m_doc->undoStack()->redo();
    QCOMPARE(scene()->node(transfer)->content().name, QStringLiteral("hand over"));

    // Undoing a removal brings the node back with its edges; redoing takes it away again.
    const QString starter = interactionNamed(*m_doc, QStringLiteral("agent starter"));
    QVERIFY(m_doc->execute(std::make_unique<document::RemoveInteractionCommand>(*m_doc, starter)));
    QVERIFY(!scene()->node(starter));
    m_doc->undoStack()->undo();
    QVERIFY(scene()->node(starter));
    QCOMPARE(edgeLinks(scene(), starter).at(0).target, transfer);
    m_doc->undoStack()->redo();
    QVERIFY(!scene()->node(starter));
}

void TestCanvas::editsUpdateOnlyTheirNode()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    QHash<QString, NodeItem *> nodes;
    QHash<QString, QList<EdgeItem *>> edges;
    for (const QString &id : scene()->order()) {
        nodes.insert(id, scene()->node(id));
        edges.insert(id, scene()->edgesFrom(id));
    }
    QSignalSpy rebuilt(scene(), &CanvasScene::rebuilt);
    const QString text21 = interactionNamed(*m_doc, QStringLiteral("text_21"));
    Interaction edited = *m_doc->interaction(text21);
    edited.text = QStringLiteral("Here comes a question.");
    QVERIFY(m_doc->execute(std::make_unique<document::EditInteractionCommand>(
            *m_doc, edited, QStringLiteral("Edit"))));
    QCOMPARE(rebuilt.size(), 0);
    QCOMPARE(scene()->node(text21)->content().summary, QStringLiteral("Here comes a question."));
    for (const QString &id : scene()->order()) {
        QCOMPARE(scene()->node(id), nodes.value(id));
        QCOMPARE(scene()->edgesFrom(id), edges.value(id));
    }
    // Changing a next action replaces only that node's edges.
    const QString text13 = interactionNamed(*m_doc, QStringLiteral("text_13"));
    QVERIFY(m_doc->execute(
            std::make_unique<document::SetNextActionCommand>(*m_doc, text21, Action::end())));
    QCOMPARE(rebuilt.size(), 0);
    QCOMPARE(edgeLinks(scene(), text21).at(0).kind, CanvasLink::Kind::End);
    QCOMPARE(scene()->edgesFrom(text13), edges.value(text13));
}

void TestCanvas::keyboardMovesTheSelection()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    const QString starter = interactionNamed(*m_doc, QStringLiteral("dialog_starter_11"));
    const QString api = interactionNamed(*m_doc, QStringLiteral("api_integration_8"));
    const QString text22 = interactionNamed(*m_doc, QStringLiteral("text_22"));
    const QString text14 = interactionNamed(*m_doc, QStringLiteral("text_14"));
    QWidget *view = m_canvas->view();
    view->setFocus();
    m_canvas->selectInteractions({starter});

    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{api});
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{starter});

    // Tab walks the dialog order, Shift+Tab back; the focus stays on the canvas.
    const QStringList order = scene()->order();
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{order.at(1)});
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{order.at(2)});
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{order.at(1)});
    QVERIFY(view->hasFocus());

    // Sideways between the two answers of the question.
    m_canvas->selectInteractions({text22});
    const bool text22Left = scene()->node(text22)->pos().x() < scene()->node(text14)->pos().x();
    QTest::keyClick(view, text22Left ? Qt::Key_Right : Qt::Key_Left);
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{text14});

    QSignalSpy activated(m_canvas, &DialogCanvas::interactionActivated);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), text14);

    // Double-click activates too.
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, nodeCentre(*m_canvas, api));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), api);
}

void TestCanvas::switchingDialogsWithASelectionClearsIt()
{
    // The selected node is destroyed while the scene is rebuilt: the selection change it reports
    // must not look at the nodes being deleted (it used to crash).
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    m_canvas->selectInteractions({transfer});
    QCOMPARE(m_canvas->selectedInteractions(), QStringList{transfer});
    QSignalSpy changed(m_canvas, &DialogCanvas::selectionChanged);
    m_canvas->showDialog(dialogNamed(*m_doc, QStringLiteral("Welcome")));
    QVERIFY(m_canvas->selectedInteractions().isEmpty());
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.constLast().at(0).toStringList().isEmpty());
    QVERIFY(scene()->node(transfer) == nullptr);
}

void TestCanvas::exitsToOtherDialogs()
{
    open(patternsBot(), QStringLiteral("Welcome"));
    const QString quickReply = interactionNamed(*m_doc, QStringLiteral("quick_reply_21"));
    const QString quizDialog = dialogNamed(*m_doc, QStringLiteral("Quiz me"));
    const Interaction *qr = m_doc->interaction(quickReply);
    QCOMPARE(qr->rules.at(1).name, QStringLiteral("Quiz me"));

    QCOMPARE(scene()->exitsTo(quizDialog).size(), 1);
    const ExitItem *exit = scene()->exitsTo(quizDialog).constFirst();
    QCOMPARE(exit->kind(), CanvasLink::Kind::DialogExit);
    QCOMPARE(exit->text(), QStringLiteral("Quiz me"));
    CanvasLink quizLink;
    for (const CanvasLink &link : edgeLinks(scene(), quickReply)) {
        if (link.slot == 1)
            quizLink = link;
    }
    QCOMPARE(quizLink.kind, CanvasLink::Kind::DialogExit);
    QCOMPARE(quizLink.target, quizDialog);
    QCOMPARE(quizLink.label, QStringLiteral("Quiz me"));
    // "Sign me up" goes to an interaction of another dialog: an exit naming both.
    const QString contestant = interactionNamed(*m_doc, QStringLiteral("Contestant2"));
    QCOMPARE(scene()->exitsTo(contestant).size(), 1);
    const ExitItem *signUp = scene()->exitsTo(contestant).constFirst();
    QCOMPARE(signUp->kind(), CanvasLink::Kind::InteractionExit);
    QCOMPARE(signUp->text(), QStringLiteral("Become a contestant1 \u203a Contestant2"));
    // Exits sit below the node leading to them.
    QVERIFY(exit->pos().y() > scene()->node(quickReply)->sceneRect().bottom());

    // Renaming the target dialog renames the exit; deleting a target turns its exit into a
    // warning, and undo brings the real exit back.
    QVERIFY(m_doc->execute(std::make_unique<document::RenameDialogCommand>(
            *m_doc, quizDialog, QStringLiteral("Trivia"))));
    QCOMPARE(exit->text(), QStringLiteral("Trivia"));
    QVERIFY(m_doc->execute(
            std::make_unique<document::RemoveInteractionCommand>(*m_doc, contestant)));
    QCOMPARE(scene()->exitsTo(contestant).size(), 1);
    QCOMPARE(scene()->exitsTo(contestant).constFirst()->kind(), CanvasLink::Kind::Missing);
    m_doc->undoStack()->undo();
    QCOMPARE(scene()->exitsTo(contestant).size(), 1);
    QCOMPARE(scene()->exitsTo(contestant).constFirst()->kind(), CanvasLink::Kind::InteractionExit);
}

void TestCanvas::doubleClickOnExitActivatesTheDialog()
{
    open(patternsBot(), QStringLiteral("Welcome"));
    const QString quizDialog = dialogNamed(*m_doc, QStringLiteral("Quiz me"));
    QCOMPARE(scene()->exitsTo(quizDialog).size(), 1);
    const ExitItem *exit = scene()->exitsTo(quizDialog).constFirst();
    QSignalSpy activated(m_canvas, &DialogCanvas::dialogActivated);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {},
                       viewportPoint(*m_canvas, exit->sceneRect().center()));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), quizDialog);
}

void TestCanvas::zoomKeysAndWheel()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    QWidget *view = m_canvas->view();
    view->setFocus();
    m_canvas->resetZoom();
    QCOMPARE(m_canvas->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_canvas->zoom() > 1.0);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_canvas->zoom() < 1.0);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    const QRectF visible = m_canvas->view()->mapToScene(viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(scene()->contentRect()));

    // The wheel zooms around the cursor: the scene point under it stays put.
    m_canvas->resetZoom();
    const QPoint at(300, 200);
    const QPointF under = m_canvas->view()->mapToScene(at);
    QWheelEvent wheel(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QVERIFY(m_canvas->zoom() > 1.1);
    QVERIFY(QLineF(m_canvas->view()->mapToScene(at), under).length() < 2);

    // Middle-button drag pans.
    const int h = m_canvas->view()->horizontalScrollBar()->value();
    drag(viewport(), QPoint(500, 400), QPoint(400, 400), Qt::MiddleButton);
    QCOMPARE(m_canvas->view()->horizontalScrollBar()->value(), h + 100);
}

void TestCanvas::minimapAppearsForLargeDialogsAndMovesTheView()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    auto *view = static_cast<ui::CanvasView *>(m_canvas->view());
    QVERIFY(!view->minimap()->isVisible());

    m_doc->load(bigBot(120));
    m_canvas->showDialog(dialogNamed(*m_doc, QStringLiteral("Big")));
    m_canvas->resetZoom();
    ui::Minimap *minimap = view->minimap();
    QTRY_VERIFY_WITH_TIMEOUT(minimap->isVisible(), 1000);
    const QPointF local = minimap->mapRect().center() + QPointF(0, minimap->mapRect().height() / 3);
    QTest::mouseClick(minimap, Qt::LeftButton, {}, local.toPoint());
    const QPointF expected = minimap->toScene(local.toPoint());
    const QPointF centre = view->mapToScene(viewport()->rect().center());
    QVERIFY2(QLineF(centre, expected).length() < 30, qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                                                        .arg(centre.x())
                                                                        .arg(centre.y())
                                                                        .arg(expected.x())
                                                                        .arg(expected.y())));
}

void TestCanvas::previewHighlights()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    const QStringList order = scene()->order();
    m_canvas->setRunningInteraction(order.at(2));
    QVERIFY(scene()->node(order.at(2))->isRunning());
    m_canvas->setPathHighlight({order.at(0), order.at(1), order.at(2)});
    QVERIFY(scene()->node(order.at(1))->isOnPath());
    QVERIFY(scene()->edgesFrom(order.at(0)).constFirst()->isHighlighted());
    QVERIFY(!scene()->edgesFrom(order.at(2)).constFirst()->isHighlighted());
    m_canvas->setRunningInteraction(QString());
    m_canvas->setPathHighlight({});
    QVERIFY(!scene()->node(order.at(2))->isRunning());
    QVERIFY(!scene()->node(order.at(1))->isOnPath());
    QVERIFY(!scene()->edgesFrom(order.at(0)).constFirst()->isHighlighted());
}

void TestCanvas::tooltipsShowTheFullTextAndWherePortsLead()
{
    open(routingBot(), QStringLiteral("Welcome"));
    const QString text = interactionNamed(*m_doc, QStringLiteral("welcome text"));
    const QString full = m_doc->interaction(text)->text;
    QVERIFY(full.size() > 60); // longer than the node shows
    const QPoint atNode = nodeCentre(*m_canvas, text);
    QHelpEvent onNode(QEvent::ToolTip, atNode, viewport()->mapToGlobal(atNode));
    QApplication::sendEvent(viewport(), &onNode);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 1000);
    QVERIFY(QToolTip::text().contains(full.toHtmlEscaped()));

    const QPoint atPort = portPoint(*m_canvas, text, 0);
    QHelpEvent onPort(QEvent::ToolTip, atPort, viewport()->mapToGlobal(atPort));
    QApplication::sendEvent(viewport(), &onPort);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::text().contains(QStringLiteral("Next action")), 1000);
    QVERIFY(QToolTip::text().contains(QStringLiteral("ends")));
    QToolTip::hideText();
}

void TestCanvas::arrangeIsOneUndoStep()
{
    open(patternsBot(), QStringLiteral("Quiz me"));
    const QStringList order = scene()->order();
    const QPointF autoPos = scene()->node(order.at(3))->pos();
    drag(viewport(), nodeCentre(*m_canvas, order.at(3)),
         nodeCentre(*m_canvas, order.at(3)) + QPoint(300, 0));
    QVERIFY(scene()->node(order.at(3))->pos() != autoPos);
    const int steps = m_doc->undoStack()->count();

    m_canvas->arrangeNodes();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(scene()->node(order.at(3))->pos(), autoPos);
    // Every node now has a stored position, where the layout put it.
    for (const QString &id : order)
        QCOMPARE(m_doc->interaction(id)->position, std::optional(scene()->node(id)->pos()));
    m_doc->undoStack()->undo();
    QVERIFY(scene()->node(order.at(3))->pos() != autoPos);
    QVERIFY(!m_doc->interaction(order.at(0))->position.has_value());
}

void TestCanvas::thousandInteractionsBuildQuickly()
{
    m_doc->load(bigBot(1000));
    QElapsedTimer timer;
    timer.start();
    m_canvas->showDialog(dialogNamed(*m_doc, QStringLiteral("Big")));
    m_canvas->zoomToFit();
    m_canvas->view()->viewport()->repaint();
    const qint64 ms = timer.elapsed();
    QCOMPARE(scene()->order().size(), 1000);
    // 199 questions with three rules, the others one next action each.
    QCOMPARE(scene()->edgeCount(), 801 + 199 * 3);
    QVERIFY2(ms < 4000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

void TestCanvas::typeIconsForEveryType()
{
    for (InteractionType type : document::knownInteractionTypes()) {
        const QIcon icon = ui::interactionTypeIcon(type);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        }
        // Drawn, not blank and not a filled square.
        QVERIFY2(opaque > 12 && opaque < 200, qPrintable(document::interactionTypeKey(type)));
    }
}

namespace {

// What an icon looks like rendered from its SVG in `color`: drawn in black, then recoloured.
QImage svgPicture(const QString &path, int side, const QColor &color)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer(path).render(&p, QRectF(0, 0, side, side));
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(image.rect(), color);
    return image;
}

} // namespace

void TestCanvas::iconsFromTheBuildsMasksAreTheirSvgPictures()
{
    // The studio starts without rendering SVG: at the sizes its toolbars, trees and palette
    // paint icons, the build rendered each icon, and the picture is the SVG's, pixel for pixel.
    // Other sizes (22) come from the SVG itself.
    const QList<int> built{16, 18, 20, 24, 32, 36};
    const QColor accent(0x2f, 0x6f, 0xd0);
    int compared = 0;
    for (const InteractionType type : document::knownInteractionTypes()) {
        const QString path = ui::interactionTypeIconPath(type);
        for (const int side : built + QList<int>{22}) {
            QCOMPARE(ui::iconIsPrerendered(path, side), side != 22);
            const QImage picture = ui::interactionTypePixmap(type, side, accent)
                                           .toImage()
                                           .convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QVERIFY2(picture == svgPicture(path, side, accent),
                     qPrintable(QStringLiteral("%1 at %2 px").arg(path).arg(side)));
            ++compared;
        }
    }
    const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
    const QDir sources(QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/studio/icons"));
    const QStringList files = sources.entryList({QStringLiteral("*.svg")}, QDir::Files);
    QVERIFY(files.size() >= 20);
    for (const QString &file : files) {
        const QString path = QStringLiteral(":/studio/icons/") + file;
        const QIcon icon = ui::studioIcon(QFileInfo(file).completeBaseName());
        for (const int side : built + QList<int>{22}) {
            QCOMPARE(ui::iconIsPrerendered(path, side), side != 22);
            const QImage picture = icon.pixmap(QSize(side, side))
                                           .toImage()
                                           .convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QVERIFY2(picture == svgPicture(path, side, text),
                     qPrintable(QStringLiteral("%1 at %2 px").arg(path).arg(side)));
            ++compared;
        }
    }
    QVERIFY(compared > 200);
}

void TestCanvas::toolIconsAreDrawnInThePalettesTextColour()
{
    // The most opaque pixel of a picture, and how many pixels are drawn at all.
    auto ink = [](const QPixmap &pixmap) {
        const QImage image = pixmap.toImage();
        QRgb strongest = 0;
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                drawn += qAlpha(pixel) > 0;
                if (qAlpha(pixel) > qAlpha(strongest))
                    strongest = pixel;
            }
        }
        return std::pair{strongest, drawn};
    };
    for (const QString &name : {QStringLiteral("arrange"), QStringLiteral("zoomOut"),
                                QStringLiteral("zoomIn"), QStringLiteral("zoomFit")}) {
        auto *button = m_canvas->findChild<QToolButton *>(name);
        QVERIFY2(button, qPrintable(name));
        const QPalette palette = m_canvas->palette();
        const auto [normal, drawn] = ink(button->icon().pixmap(QSize(16, 16), 1.0));
        QCOMPARE(qAlpha(normal), 255);
        QCOMPARE(QColor(normal).rgb(), palette.color(QPalette::Active, QPalette::WindowText).rgb());
        QVERIFY2(drawn > 12 && drawn < 200, qPrintable(name));
        const auto [disabled, disabledDrawn]
                = ink(button->icon().pixmap(QSize(16, 16), 1.0, QIcon::Disabled));
        QCOMPARE(QColor(disabled).rgb(),
                 palette.color(QPalette::Disabled, QPalette::WindowText).rgb());
        QCOMPARE(disabledDrawn, drawn);
        // Sharp on a high-density screen: drawn at twice the pixels, not scaled up.
        const QPixmap sharp = button->icon().pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.size(), QSize(32, 32));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(ink(sharp).second > 2 * drawn);
    }
    // A new palette (a dark theme) redraws them in its colour.
    QPalette dark = m_canvas->palette();
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xf0));
    m_canvas->setPalette(dark);
    auto *arrange = m_canvas->findChild<QToolButton *>(QStringLiteral("arrange"));
    QCOMPARE(QColor(ink(arrange->icon().pixmap(QSize(16, 16), 1.0)).first).rgb(),
             QColor(0xee, 0xee, 0xf0).rgb());
}

void TestCanvas::nodesAreReadableAndPressableThroughAccessibility()
{
    open(routingBot(), QStringLiteral("Agent Handoff"));
    const QString transfer = interactionNamed(*m_doc, QStringLiteral("transfer to agent"));
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(m_canvas->view());
    QVERIFY(canvas);
    QCOMPARE(canvas->role(), QAccessible::List);
    QCOMPARE(canvas->childCount(), 2);

    // The interactions, in dialog order, by name, with their type and what they do.
    QAccessibleInterface *node = canvas->child(1);
    QVERIFY(node && node->isValid());
    QCOMPARE(node->role(), QAccessible::ListItem);
    QCOMPARE(node->text(QAccessible::Name), QStringLiteral("transfer to agent"));
    QCOMPARE(node->text(QAccessible::Description),
             document::interactionTypeLabel(InteractionType::ApiIntegration)
                     + QStringLiteral(": Calls Escalation"));
    QCOMPARE(node->parent(), canvas);
    QCOMPARE(canvas->indexOfChild(node), 1);
    QCOMPARE(canvas->child(0)->text(QAccessible::Name), QStringLiteral("agent starter"));
    QVERIFY(node->rect().intersects(
            QRect(viewport()->mapToGlobal(QPoint(0, 0)), viewport()->size())));

    // Pressing it selects it, as a click does.
    QVERIFY(!node->state().selected);
    QAccessibleActionInterface *actions = node->actionInterface();
    QVERIFY(actions);
    QCOMPARE(actions->actionNames(), QStringList{QAccessibleActionInterface::pressAction()});
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(scene()->selectedIds(), QStringList{transfer});
    QVERIFY(node->state().selected);

    // Another dialog: the list follows the canvas.
    m_canvas->showDialog(dialogNamed(*m_doc, QStringLiteral("Billing")));
    QCOMPARE(canvas->childCount(), int(scene()->order().size()));
    QVERIFY(!node->isValid());
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
