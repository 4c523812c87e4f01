#include "canvasrouting.h"

#include <QTest>

using namespace dialogsmith::ui;

namespace {

/// A query over fixed rectangles, as the scene answers it (what intersects the area).
ObstacleQuery over(const QList<QRectF> &rects)
{
    return [rects](const QRectF &area) {
        QList<QRectF> found;
        for (const QRectF &r : rects) {
            if (r.intersects(area))
                found.append(r);
        }
        return found;
    };
}

/// An edge from the bottom centre of `source` to the top centre of `target`.
EdgeEnds between(const QRectF &source, const QRectF &target, int port = 0)
{
    EdgeEnds e;
    e.from = QPointF(source.center().x(), source.bottom());
    e.to = QPointF(target.center().x(), target.top());
    e.sourceRect = source;
    e.targetRect = target;
    e.stemEnd = source.bottom() + 12;
    e.port = port;
    return e;
}

} // namespace

class TestCanvasRouting : public QObject
{
    Q_OBJECT

private slots:
    void aFreeCorridorGoesStraightDown();
    void aNodeInTheWayIsGoneRoundOnTheShorterSide();
    void aLoopBackGoesRoundTheSideFacingTheTarget();
    void theSideStepsPastEverythingInTheWay();
    void furtherPortsDetourFurtherOut();
    void labelsTakeTheFirstFreeLane();
};

void TestCanvasRouting::aFreeCorridorGoesStraightDown()
{
    const QRectF a(0, 0, 200, 60);
    const QRectF b(0, 200, 200, 60);
    QVERIFY(!edgeDetour(between(a, b), over({})));
    // Something beside the corridor does not matter.
    QVERIFY(!edgeDetour(between(a, b), over({QRectF(400, 100, 200, 60)})));
    QVERIFY(!routeBlocked(QRectF(), over({QRectF(0, 0, 10, 10)})));
}

void TestCanvasRouting::aNodeInTheWayIsGoneRoundOnTheShorterSide()
{
    const QRectF a(0, 0, 200, 60);
    const QRectF b(40, 300, 200, 60);
    // The blocker sits under the edge, reaching further to the left: the way round is right.
    const QRectF blocker(-100, 130, 260, 60);
    const std::optional<qreal> side = edgeDetour(between(a, b), over({blocker}));
    QVERIFY(side);
    QCOMPARE(*side, std::max(b.right(), blocker.right()) + 30);
    QVERIFY(*side > blocker.right());

    // Mirrored, it goes left.
    const QRectF mirrored(40, 130, 260, 60);
    const std::optional<qreal> left = edgeDetour(between(a, b), over({mirrored}));
    QVERIFY(left);
    QVERIFY(*left < mirrored.left());
    QVERIFY(*left < a.left());
}

void TestCanvasRouting::aLoopBackGoesRoundTheSideFacingTheTarget()
{
    // The target is above the source: round the right side when the target is not left of it.
    const QRectF source(0, 300, 200, 60);
    const QRectF above(100, 0, 200, 60);
    std::optional<qreal> side = edgeDetour(between(source, above), over({}));
    QVERIFY(side);
    QCOMPARE(*side, 300.0 + 30);

    const QRectF farLeft(-400, 0, 200, 60);
    side = edgeDetour(between(source, farLeft), over({}));
    QVERIFY(side);
    QCOMPARE(*side, -400.0 - 30);
}

void TestCanvasRouting::theSideStepsPastEverythingInTheWay()
{
    const QRectF span(0, 0, 200, 400);
    QCOMPARE(clearSide(span, true, 30, over({})), 230.0);
    // A node where the line would run pushes it past the node; a second one further again.
    const QRectF first(220, 100, 100, 50);
    const QRectF second(340, 250, 100, 50);
    QCOMPARE(clearSide(span, true, 30, over({first})), first.right() + 30);
    QCOMPARE(clearSide(span, true, 30, over({first, second})), second.right() + 30);
    QCOMPARE(clearSide(span, false, 30, over({QRectF(-120, 0, 100, 50)})), -120.0 - 30);
}

void TestCanvasRouting::furtherPortsDetourFurtherOut()
{
    const QRectF source(0, 300, 200, 60);
    const QRectF above(100, 0, 200, 60);
    const qreal first = *edgeDetour(between(source, above, 0), over({}));
    const qreal third = *edgeDetour(between(source, above, 2), over({}));
    QCOMPARE(third - first, 20.0);
    // Four ports apart they share a lane again.
    QCOMPARE(*edgeDetour(between(source, above, 4), over({})), first);
}

void TestCanvasRouting::labelsTakeTheFirstFreeLane()
{
    // Given right to left: the result follows the order given, the lanes go left to right.
    const QSizeF wide(100, 16);
    const LabelLanes lanes = stackLabels({PortLabel{200, wide}, PortLabel{50, QSizeF()},
                                          PortLabel{120, wide}, PortLabel{40, wide}});
    QCOMPARE(lanes.offsets.size(), 4);
    QCOMPARE(lanes.offsets.at(3), 10.0);      // leftmost: first lane
    QCOMPARE(lanes.offsets.at(2), 10.0 + 21); // overlaps it: second lane
    QCOMPARE(lanes.offsets.at(0), 10.0);      // clear of the first: first lane again
    QCOMPARE(lanes.offsets.at(1), 0.0);       // no label
    QCOMPARE(lanes.depth, 10.0 + 21 + 16);
    QCOMPARE(stackLabels({PortLabel{0, QSizeF()}}).depth, 0.0);
}

QTEST_GUILESS_MAIN(TestCanvasRouting)

#include "tst_canvasrouting.moc"
