#include "imageloader.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace dialogsmith::ui {

namespace {

// Past this many images the finished ones are forgotten; the chat asks again for those it shows.
constexpr int maxCachedImages = 200;

} // namespace

ImageLoader::ImageLoader(QObject *parent)
    : ImageLoader(Limits{}, parent)
{}

ImageLoader::ImageLoader(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{}

ImageLoader::~ImageLoader() = default;

ImageLoader::State ImageLoader::state(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    return it == m_entries.cend() ? State::None : it->state;
}

QPixmap ImageLoader::image(const QString &url) const
{
    return m_entries.value(url).image;
}

QString ImageLoader::error(const QString &url) const
{
    return m_entries.value(url).error;
}

ImageLoader::State ImageLoader::request(const QString &url)
{
    if (const auto it = m_entries.constFind(url); it != m_entries.cend())
        return it->state;
    if (m_entries.size() >= maxCachedImages) {
        // Forget finished images only: a running download still reports to its entry.
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->state != State::Loading)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    m_entries.insert(url, {State::Loading, {}, {}});

    const QUrl parsed(url.trimmed());
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")
            && scheme != QLatin1String("data"))) {
        // Answered from the event loop, like a download, so callers see one code path.
        QMetaObject::invokeMethod(
                this, [this, url] { fail(url, tr("Only http, https and data images load.")); },
                Qt::QueuedConnection);
        return State::Loading;
    }
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkRequest request(parsed);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = m_manager->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64) {
        if (received > m_limits.maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { done(reply, url); });
    return State::Loading;
}

void ImageLoader::done(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    if (!m_entries.contains(url))
        return;
    if (reply->bytesAvailable() > m_limits.maxBytes
        || reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_limits.maxBytes) {
        fail(url, tr("The image is larger than %1 MB.").arg(m_limits.maxBytes / (1024 * 1024)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(url,
             reply->error() == QNetworkReply::OperationCanceledError
                     ? tr("The image is larger than %1 MB.").arg(m_limits.maxBytes / (1024 * 1024))
                     : reply->errorString());
        return;
    }
    QByteArray data = reply->readAll();
    QBuffer buffer(&data);
    QImageReader reader(&buffer);
    // A tiny file can claim a huge size: refuse before decoding.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 40'000'000) {
        fail(url, tr("The image is too large to show."));
        return;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        fail(url, tr("The URL did not return an image (%1).").arg(reader.errorString()));
        return;
    }
    if (image.width() > m_limits.maxSize.width() || image.height() > m_limits.maxSize.height())
        image = image.scaled(m_limits.maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    Entry &e = m_entries[url];
    e.state = State::Ready;
    e.image = QPixmap::fromImage(image);
    emit finished(url);
}

void ImageLoader::fail(const QString &url, const QString &error)
{
    Entry &e = m_entries[url];
    e.state = State::Failed;
    e.error = error;
    emit finished(url);
}

} // namespace dialogsmith::ui
