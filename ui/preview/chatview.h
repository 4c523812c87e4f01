#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QHash>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

class QTextDocument;

namespace dialogsmith::ui {

class ChatModel;
class ImageLoader;
struct ChatEntry;

/// The preview's chat: bubbles painted from a ChatModel, the user's on the right, the bot's on
/// the left, the agent's in their own colour, notices centred.
///
/// Built for long sessions: an entry is laid out once, when it arrives (appending costs the same
/// whatever the length of the chat); painting looks up the visible entries by binary search and
/// keeps the layouts of a few hundred entries. A width change lays out what is on screen at once
/// and the rest in the background. Choices are painted buttons: clicking one emits
/// choiceActivated(); links in bot text emit linkActivated(). From the keyboard, Tab and
/// Shift+Tab step through the choices of the newest message that has live ones, Enter or Space
/// picks the focused one. Screen readers see the entries and their choices (chataccessible.h).
class ChatView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    void setModel(ChatModel *model);
    ChatModel *model() const { return m_model; }
    void setImageLoader(ImageLoader *loader);
    /// What an empty chat shows, centred: how to begin.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    void scrollToBottom();
    bool isAtBottom() const;
    /// The height of all entries laid out at the current width.
    qint64 contentHeight() const;

    /// Where entry `id` is, in viewport coordinates (empty when unknown).
    QRect entryRect(quint64 id) const;
    /// Where choice `index` of entry `id` is, in viewport coordinates.
    QRect choiceRect(quint64 id, int index) const;
    /// Picks choice `index` of entry `id` as a click does (choiceActivated()); false, and
    /// nothing happens, when there is no such choice or it is spent.
    bool activateChoice(quint64 id, int index);
    /// The link under `pos` (viewport coordinates), if any.
    QUrl linkAt(const QPoint &pos) const;
    /// The text of entry `id` as laid out (what the bubble shows), for tests and copying.
    QString renderedText(quint64 id) const;
    /// Whether the bubble of entry `id` renders `html` tags (bold, links...) or text only.
    QString renderedHtml(quint64 id) const;

signals:
    void choiceActivated(quint64 entryId, int index);
    /// A link in bot text was clicked: its URL and the text it shows.
    void linkActivated(const QUrl &url, const QString &text);
    /// "Show in Canvas" from an entry's context menu.
    void interactionRequested(const QString &interactionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Layout;
    struct Hit
    {
        int row = -1;
        int choice = -1;
        QUrl link;
        QString linkText; ///< what the link shows
    };

    // Model.
    void rowsInserted(int first, int last);
    void rowsRemoved(int first, int last);
    void modelReset();
    void entryChanged(quint64 id);
    void imageFinished(const QString &url);

    // Layout.
    int bubbleWidth() const;
    std::unique_ptr<Layout> layOut(const ChatEntry &entry) const;
    const Layout &layoutOf(int row) const;
    void relayoutRows(int first, int last);
    /// `force`: the font or colours changed, so every row is stale whatever its width.
    void relayoutAll(bool force);
    void relayoutStale();
    void updateTops(int from);
    void updateScrollBar();
    int rowAt(qint64 y) const;
    qint64 topOf(int row) const { return m_tops[size_t(row)]; }
    Hit hitTest(const QPoint &pos) const;
    void updateStyle();
    /// The newest row whose choices can still be picked, or -1.
    int liveChoiceRow() const;

    // Painting.
    void paintEntry(QPainter &p, const ChatEntry &entry, const Layout &layout, int top,
                    int row) const;

    ChatModel *m_model = nullptr;
    ImageLoader *m_images = nullptr;
    QString m_placeholder;
    std::vector<int> m_heights;
    std::vector<qint64> m_tops;     ///< m_tops[i] = y of row i; one more than rows (the end)
    std::vector<int> m_layoutWidth; ///< the bubble width each row's height was computed for
    mutable QCache<quint64, Layout> m_layouts;
    QHash<QString, QList<quint64>> m_imageEntries;
    int m_width = 0; ///< the bubble width the layouts are for
    int m_stale = 0; ///< rows not laid out at m_width yet (background relayout)
    QTimer m_relayout;
    QTimer m_typingTimer;
    int m_typingPhase = 0;
    bool m_stickToBottom = true;
    int m_hoverRow = -1;
    int m_hoverChoice = -1;
    int m_pressRow = -1;
    int m_pressChoice = -1;
    quint64 m_focusEntry = 0; ///< the entry whose choice has keyboard focus (0: none)
    int m_focusChoice = -1;

    struct Style
    {
        QColor userBubble, userText;
        QColor botBubble, botText, botBorder;
        QColor agentBubble, agentText, agentLabel;
        QColor notice, error, passed, failedBorder, expectedBackground, link;
        QColor choiceText, choiceBorder, choiceHover, spent;
        QColor placeholder, time;
        bool dark = false;
    } m_style;
};

} // namespace dialogsmith::ui
