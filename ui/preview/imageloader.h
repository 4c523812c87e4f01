#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace dialogsmith::ui {

/// Loads the images bot messages show, asynchronously, once per URL.
///
/// Only http, https and data URLs load; remote ones (http, https) only while loadRemote() is on.
/// An image from this machine or a private network (also when a redirect leads there) loads only
/// while loadLocal() is on: a bot must not make the preview knock on the user's own services.
/// No cookie is sent or kept. A download is cut off after `maxBytes` or `timeoutMs` (the whole
/// transfer, redirects included), and whatever does not decode as an image counts as failed: the
/// chat keeps the placeholder and says why. Images are scaled down to `maxSize` once, when they
/// arrive.
class ImageLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { None, Loading, Ready, Failed };

    struct Limits
    {
        qint64 maxBytes = 5 * 1024 * 1024;
        int timeoutMs = 15000;
        QSize maxSize{480, 480};
    };

    explicit ImageLoader(QObject *parent = nullptr);
    ImageLoader(Limits limits, QObject *parent = nullptr);
    ~ImageLoader() override;

    /// Starts loading `url` unless it is loading or done; returns its state.
    State request(const QString &url);
    State state(const QString &url) const;
    /// The image, once Ready.
    QPixmap image(const QString &url) const;
    /// Why it failed, for a tooltip.
    QString error(const QString &url) const;

    const Limits &limits() const { return m_limits; }

    bool loadRemote() const { return m_loadRemote; }
    /// Whether http and https images load (on by default); turning it on again retries them.
    void setLoadRemote(bool load);
    bool loadLocal() const { return m_loadLocal; }
    /// Whether images from this machine or a private network load (off by default).
    void setLoadLocal(bool load);

signals:
    /// `url` finished: Ready or Failed.
    void finished(const QString &url);

private:
    struct Entry
    {
        State state = State::None;
        QPixmap image;
        QString error;
    };

    void start(const QString &url);
    void download(const QString &url, const QUrl &parsed);
    void done(QNetworkReply *reply, const QString &url);
    void fail(const QString &url, const QString &error);
    void forgetFailed();

    Limits m_limits;
    QNetworkAccessManager *m_manager = nullptr;
    QHash<QString, Entry> m_entries;
    bool m_loadRemote = true;
    bool m_loadLocal = false;
};

} // namespace dialogsmith::ui
