#include "typeicons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QResource>
#include <QSvgRenderer>

#include <array>
#include <memory>

namespace dialogsmith::ui {

using document::InteractionType;

namespace {

QString iconFile(InteractionType type)
{
    switch (type) {
    case InteractionType::DialogStarter:
        return QStringLiteral("dialog_starter");
    case InteractionType::Text:
        return QStringLiteral("text");
    case InteractionType::Image:
        return QStringLiteral("image");
    case InteractionType::TextQuestion:
        return QStringLiteral("text_question");
    case InteractionType::MultipleChoiceQuestion:
        return QStringLiteral("multiple_choice");
    case InteractionType::QuickReply:
        return QStringLiteral("quick_reply");
    case InteractionType::Button:
        return QStringLiteral("button");
    case InteractionType::Structured:
        return QStringLiteral("structured");
    case InteractionType::Universal:
        return QStringLiteral("universal");
    case InteractionType::ApiIntegration:
        return QStringLiteral("api_integration");
    case InteractionType::Escalation:
        return QStringLiteral("escalation");
    case InteractionType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// One renderer per file, parsed once: icons are painted for every visible node and tree row.
QSvgRenderer *renderer(const QString &path)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    std::shared_ptr<QSvgRenderer> &r = renderers[path];
    if (!r)
        r = std::make_shared<QSvgRenderer>(path);
    return r.get();
}

// The mask the build rendered of the icon at `path` (":/studio/...svg") at `side` pixels
// (cmake/DialogsmithIconMasks.cmake): one coverage byte per pixel, stored uncompressed in the
// program. Empty when the build did not render that size.
QByteArray prerenderedMask(const QString &path, int side)
{
    const QResource mask(QStringLiteral(":/masks%1.%2").arg(QStringView(path).mid(1)).arg(side));
    if (!mask.isValid())
        return {};
    QByteArray bytes = mask.uncompressedData();
    return bytes.size() == qsizetype(side) * side ? bytes : QByteArray();
}

// Renders at `pixelSize` device pixels; the SVGs are drawn in black and recoloured here, which
// keeps them single-colour and lets the palette (or a category accent) decide the colour. At the
// sizes the build rendered, the black picture comes from its mask instead of the SVG: the same
// pixels without parsing and rendering SVG while the studio starts.
QPixmap renderIcon(const QString &path, QSize pixelSize, const QColor &color, qreal dpr = 1.0)
{
    if (pixelSize.isEmpty())
        return {};
    const QString key = QStringLiteral("dialogsmith-icon:%1:%2x%3:%4:%5")
                                .arg(path)
                                .arg(pixelSize.width())
                                .arg(pixelSize.height())
                                .arg(color.rgba(), 8, 16)
                                .arg(dpr);
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    const QByteArray mask = pixelSize.width() == pixelSize.height()
                                    ? prerenderedMask(path, pixelSize.width())
                                    : QByteArray();
    if (!mask.isEmpty()) {
        const auto *coverage = reinterpret_cast<const uchar *>(mask.constData());
        for (int y = 0; y < image.height(); ++y) {
            auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                row[x] = QRgb(*coverage++) << 24; // black, premultiplied
        }
    } else {
        image.fill(Qt::transparent);
    }
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        if (mask.isEmpty()) {
            const int side = qMin(pixelSize.width(), pixelSize.height());
            const QRect square((pixelSize.width() - side) / 2, (pixelSize.height() - side) / 2,
                               side, side);
            renderer(path)->render(&p, square);
        }
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), color);
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(dpr);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(const QString &path, const QColor &color)
        : m_path(path)
        , m_color(color)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, renderIcon(m_path, (QSizeF(rect.size()) * dpr).toSize(),
                                             colorFor(mode), dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return renderIcon(m_path, size, colorFor(mode));
    }

    // QIcon passes the size in device pixels and sets the ratio itself.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return pixmap(size, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(m_path, m_color); }
    QString key() const override { return QStringLiteral("dialogsmith-svg"); }
    bool isNull() override { return false; }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (m_color.isValid())
            return m_color;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(QPalette::WindowText);
    }

    QString m_path;
    QColor m_color; ///< invalid: follow the palette
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QString interactionTypeIconPath(InteractionType type)
{
    return QStringLiteral(":/studio/types/%1.svg").arg(iconFile(type));
}

InteractionCategory interactionCategory(InteractionType type)
{
    switch (type) {
    case InteractionType::DialogStarter:
        return InteractionCategory::Starter;
    case InteractionType::Text:
    case InteractionType::Image:
    case InteractionType::Structured:
    case InteractionType::Universal:
        return InteractionCategory::Statement;
    case InteractionType::TextQuestion:
    case InteractionType::MultipleChoiceQuestion:
    case InteractionType::QuickReply:
    case InteractionType::Button:
        return InteractionCategory::Question;
    case InteractionType::ApiIntegration:
        return InteractionCategory::Integration;
    case InteractionType::Escalation:
        return InteractionCategory::Transfer;
    case InteractionType::Unknown:
        break;
    }
    return InteractionCategory::Other;
}

QColor interactionCategoryColor(InteractionCategory category, const QPalette &palette)
{
    // Hues far enough apart to tell at a glance; dark palettes get lighter, less saturated tones
    // so the accents do not glare on a dark canvas.
    const bool dark = isDark(palette);
    switch (category) {
    case InteractionCategory::Starter:
        return dark ? QColor(0x5c, 0xc4, 0x86) : QColor(0x1f, 0x9a, 0x55);
    case InteractionCategory::Statement:
        return dark ? QColor(0x6a, 0xa6, 0xf0) : QColor(0x2f, 0x6f, 0xd0);
    case InteractionCategory::Question:
        return dark ? QColor(0xe8, 0xb0, 0x4f) : QColor(0xc7, 0x7c, 0x0e);
    case InteractionCategory::Integration:
        return dark ? QColor(0x4f, 0xc8, 0xd6) : QColor(0x0f, 0x8f, 0xa3);
    case InteractionCategory::Transfer:
        return dark ? QColor(0xf0, 0x7a, 0x8c) : QColor(0xc9, 0x35, 0x52);
    case InteractionCategory::Other:
        break;
    }
    return dark ? QColor(0x9a, 0x9a, 0xa2) : QColor(0x70, 0x70, 0x78);
}

QIcon interactionTypeIcon(InteractionType type)
{
    return QIcon(new SvgIconEngine(interactionTypeIconPath(type), QColor()));
}

QIcon interactionTypeIcon(InteractionType type, const QColor &color)
{
    return QIcon(new SvgIconEngine(interactionTypeIconPath(type), color));
}

QIcon studioIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/studio/icons/%1.svg").arg(name), QColor()));
}

bool iconIsPrerendered(const QString &resourcePath, int pixels)
{
    return !prerenderedMask(resourcePath, pixels).isEmpty();
}

QPixmap interactionTypePixmap(InteractionType type, int logicalSize, const QColor &color,
                              qreal devicePixelRatio)
{
    const int px = qRound(logicalSize * devicePixelRatio);
    return renderIcon(interactionTypeIconPath(type), QSize(px, px), color, devicePixelRatio);
}

} // namespace dialogsmith::ui
