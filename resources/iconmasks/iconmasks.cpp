// Build tool: renders a single-colour SVG icon at the pixel sizes the studio paints it at and
// writes each picture's coverage, one byte per pixel (8-bit alpha, rows top to bottom), to
// <output>.<size>. The studio tints these masks instead of parsing and rendering the SVG as it
// starts (ui/common/typeicons.cpp); both render the same way, so the pictures are identical.
//
//   dialogsmith-iconmasks <icon.svg> <output> <size>...
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: dialogsmith-iconmasks <icon.svg> <output> <size>...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "dialogsmith-iconmasks: " << args.at(1) << " is not a valid SVG file\n";
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int side = args.at(i).toInt(&ok);
        if (!ok || side < 1 || side > 1024) {
            err << "dialogsmith-iconmasks: " << args.at(i) << " is not a size in pixels\n";
            return 2;
        }
        // As renderIcon() in ui/common/typeicons.cpp draws the SVG before tinting it.
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            renderer.render(&p, QRectF(0, 0, side, side));
        }
        QByteArray mask;
        mask.reserve(qsizetype(side) * side);
        for (int y = 0; y < side; ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < side; ++x)
                mask.append(char(qAlpha(row[x])));
        }
        QSaveFile out(args.at(2) + QLatin1Char('.') + QString::number(side));
        if (!out.open(QIODevice::WriteOnly) || out.write(mask) != mask.size() || !out.commit()) {
            err << "dialogsmith-iconmasks: cannot write " << out.fileName() << ": "
                << out.errorString() << "\n";
            return 1;
        }
    }
    return 0;
}
