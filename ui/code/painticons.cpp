#include "painticons.h"

#include "codecolors.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace dialogsmith::ui {

namespace {

QPixmap draw(PaintedIcon kind, const QColor &color, const CodeColors &colors, qreal scale)
{
    constexpr int size = 16;
    QPixmap pixmap(QSize(size, size) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case PaintedIcon::Add:
        p.drawLine(QPointF(8, 3.5), QPointF(8, 12.5));
        p.drawLine(QPointF(3.5, 8), QPointF(12.5, 8));
        break;
    case PaintedIcon::Remove:
        p.drawLine(QPointF(3.5, 8), QPointF(12.5, 8));
        break;
    case PaintedIcon::Close:
        p.drawLine(QPointF(4.5, 4.5), QPointF(11.5, 11.5));
        p.drawLine(QPointF(11.5, 4.5), QPointF(4.5, 11.5));
        break;
    case PaintedIcon::MoveUp:
        p.drawPolyline(QPolygonF({QPointF(4, 10), QPointF(8, 6), QPointF(12, 10)}));
        break;
    case PaintedIcon::MoveDown:
        p.drawPolyline(QPolygonF({QPointF(4, 6), QPointF(8, 10), QPointF(12, 6)}));
        break;
    case PaintedIcon::Duplicate:
        p.drawRoundedRect(QRectF(2.5, 2.5, 8, 8), 1.5, 1.5);
        p.drawRoundedRect(QRectF(5.5, 5.5, 8, 8), 1.5, 1.5);
        break;
    case PaintedIcon::Key: {
        p.drawEllipse(QPointF(5, 8), 2.75, 2.75);
        QPainterPath shaft;
        shaft.moveTo(7.75, 8);
        shaft.lineTo(13.5, 8);
        shaft.moveTo(11.5, 8);
        shaft.lineTo(11.5, 10.5);
        shaft.moveTo(13.5, 8);
        shaft.lineTo(13.5, 10);
        p.drawPath(shaft);
        break;
    }
    case PaintedIcon::Warning: {
        p.setPen(Qt::NoPen);
        p.setBrush(colors.warning);
        p.drawPolygon(QPolygonF({QPointF(8, 1.5), QPointF(15, 14), QPointF(1, 14)}));
        p.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 6), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 12));
        break;
    }
    case PaintedIcon::Error: {
        p.setPen(Qt::NoPen);
        p.setBrush(colors.error);
        p.drawEllipse(QPointF(8, 8), 6.5, 6.5);
        p.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5.75, 5.75), QPointF(10.25, 10.25));
        p.drawLine(QPointF(10.25, 5.75), QPointF(5.75, 10.25));
        break;
    }
    case PaintedIcon::Preset: {
        // A lightning bolt: "fill in for me".
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(QPolygonF({QPointF(9.5, 1.5), QPointF(3.5, 9), QPointF(7.5, 9),
                                 QPointF(6.5, 14.5), QPointF(12.5, 7), QPointF(8.5, 7)}));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon paintedIcon(PaintedIcon kind, const QPalette &palette)
{
    const CodeColors colors = CodeColors::fromPalette(palette);
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        icon.addPixmap(
                draw(kind, palette.color(QPalette::Active, QPalette::ButtonText), colors, scale),
                QIcon::Normal);
        icon.addPixmap(
                draw(kind, palette.color(QPalette::Disabled, QPalette::ButtonText), colors, scale),
                QIcon::Disabled);
    }
    return icon;
}

} // namespace dialogsmith::ui
