#include "imageloader.h"

#include "httpclient.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace dialogsmith::ui {

namespace {

/// Keeps nothing and sends nothing: images load without anyone's cookies.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

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
    // Answered from the event loop, even a refusal: callers see one code path.
    QMetaObject::invokeMethod(
            this, [this, url] { start(url); }, Qt::QueuedConnection);
    return State::Loading;
}

void ImageLoader::setLoadRemote(bool load)
{
    if (std::exchange(m_loadRemote, load) != load && load)
        forgetFailed();
}

void ImageLoader::setLoadLocal(bool load)
{
    if (std::exchange(m_loadLocal, load) != load && load)
        forgetFailed();
}

void ImageLoader::forgetFailed()
{
    // Asked again when shown: what was refused may load now.
    m_entries.removeIf([](const auto &it) { return it.value().state == State::Failed; });
}

void ImageLoader::start(const QString &url)
{
    if (!m_entries.contains(url))
        return;
    const QUrl parsed(url.trimmed());
    const QString scheme = parsed.scheme().toLower();
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!parsed.isValid() || (!remote && scheme != QLatin1String("data"))) {
        fail(url, tr("Only http, https and data images load."));
        return;
    }
    if (remote && !m_loadRemote) {
        fail(url, tr("Remote images are off (Preview \u25b8 More \u25b8 Load Remote Images)."));
        return;
    }
    if (!remote || m_loadLocal) {
        download(url, parsed);
        return;
    }
    network::HttpClient::lookUpScope(
            parsed.host(), this, [this, url, parsed](network::AddressScope scope) {
                if (!m_entries.contains(url))
                    return;
                if (scope != network::AddressScope::Public)
                    fail(url,
                         tr("Images from this machine or a private network do not load (Preview "
                            "\u25b8 More \u25b8 Load Images from This Machine)."));
                else
                    download(url, parsed);
            });
}

void ImageLoader::download(const QString &url, const QUrl &parsed)
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // Images answer a bot's message: no cookie of anyone's goes with them or stays.
        m_manager->setCookieJar(new NoCookieJar(m_manager));
    }
    QNetworkRequest request(parsed);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setMaximumRedirectsAllowed(5);
    // Each redirect is checked like the first address before it is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = m_manager->get(request);
    // Why it was stopped, for the sentence the chat shows.
    const auto stop = [reply](const QString &why) {
        reply->setProperty("stopped", why);
        reply->abort();
    };
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, stop](qint64 received, qint64) {
        if (received > m_limits.maxBytes)
            stop(tr("The image is larger than %1 MB.").arg(m_limits.maxBytes / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::redirected, reply, [this, reply, stop](const QUrl &target) {
        const QString scheme = target.scheme().toLower();
        const bool secure
                = reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        if (scheme != QLatin1String("https") && (secure || scheme != QLatin1String("http"))) {
            stop(tr("The image redirected to %1, which is not an allowed address.")
                         .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            return;
        }
        if (m_loadLocal) {
            emit reply->redirectAllowed();
            return;
        }
        network::HttpClient::lookUpScope(
                target.host(), reply, [reply, stop, target](network::AddressScope scope) {
                    if (scope == network::AddressScope::Public)
                        emit reply->redirectAllowed();
                    else
                        stop(tr("The image redirected to %1, on this machine or in a private "
                                "network: not followed.")
                                     .arg(target.host()));
                });
    });
    // The transfer timeout only counts silence: this is the whole download's deadline.
    QTimer::singleShot(m_limits.timeoutMs, reply, [this, reply, stop] {
        if (reply->isRunning())
            stop(tr("The image did not arrive within %1 s.").arg(m_limits.timeoutMs / 1000.0));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { done(reply, url); });
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
        const QString stopped = reply->property("stopped").toString();
        fail(url, stopped.isEmpty() ? reply->errorString() : stopped);
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
