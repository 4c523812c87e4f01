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
/// Only http, https and data URLs load. A download is cut off after `maxBytes` or `timeoutMs`
/// (whole transfer), and whatever does not decode as an image counts as failed: the chat keeps
/// the placeholder and says so. Images are scaled down to `maxSize` once, when they arrive.
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

    void done(QNetworkReply *reply, const QString &url);
    void fail(const QString &url, const QString &error);

    Limits m_limits;
    QNetworkAccessManager *m_manager = nullptr;
    QHash<QString, Entry> m_entries;
};

} // namespace dialogsmith::ui
