#include "chatview.h"

#include "chataccessible.h"
#include "chatmodel.h"
#include "colormix.h"
#include "htmlsanitizer.h"
#include "imageloader.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace dialogsmith::ui {

namespace {

/// The text of the link `href` around document position `position`: the fragments beside it
/// that link to the same place.
QString anchorText(const QTextDocument &doc, int position, const QString &href)
{
    if (position < 0)
        return {};
    const QTextBlock block = doc.findBlock(position);
    QString text;
    bool found = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const bool same
                = fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href;
        const bool here = fragment.contains(position)
                          || fragment.position() + fragment.length() == position;
        if (same) {
            text += fragment.text();
            found = found || here;
        } else if (found) {
            break;
        } else {
            text.clear();
        }
    }
    return found ? text : QString();
}

constexpr int sideMargin = 12;
constexpr int entrySpacing = 10;
constexpr int padH = 12;
constexpr int padV = 8;
constexpr int radius = 12;
constexpr int choiceHeight = 28;
constexpr int choiceGap = 6;
constexpr int maxBubble = 560;
constexpr int placeholderWidth = 220;
constexpr int placeholderHeight = 124;
constexpr int maxImageHeight = 260;
// Below this many rows a width change lays everything out at once.
constexpr int syncRelayoutRows = 400;
// Rows laid out per background step after a width change.
constexpr int relayoutBatch = 250;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
    else
        f.setPixelSize(std::max(9, int(f.pixelSize() * 0.85)));
    return f;
}

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

bool allQuickReplies(const ChatEntry &e)
{
    return !e.choices.isEmpty()
           && std::all_of(e.choices.cbegin(), e.choices.cend(), [](const runtime::Choice &c) {
                  return c.kind == runtime::Choice::Kind::QuickReply;
              });
}

} // namespace

struct ChatView::Layout
{
    int height = 0;
    QRect bubble;
    QRect label; ///< "Agent" above an agent's bubble
    std::unique_ptr<QTextDocument> doc;
    QPoint docPos;
    QRect title;
    QRect subtitle;
    QRect image;
    QList<QRect> choices;
    bool pills = false;
    QRect check;
    QRect time;
    QString timeText;
};

ChatView::ChatView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_layouts(400)
{
    installChatAccessibility();
    setObjectName(QStringLiteral("chatView"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(40);
    m_relayout.setInterval(0);
    m_relayout.setSingleShot(true);
    connect(&m_relayout, &QTimer::timeout, this, &ChatView::relayoutStale);
    m_typingTimer.setInterval(350);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] {
        m_typingPhase = (m_typingPhase + 1) % 3;
        viewport()->update();
    });
    updateStyle();
}

ChatView::~ChatView() = default;

void ChatView::setModel(ChatModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { rowsInserted(first, last); });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { rowsRemoved(first, last); });
        connect(m_model, &QAbstractItemModel::modelReset, this, &ChatView::modelReset);
        connect(m_model, &ChatModel::entryChanged, this, &ChatView::entryChanged);
    }
    modelReset();
}

void ChatView::setImageLoader(ImageLoader *loader)
{
    if (m_images)
        m_images->disconnect(this);
    m_images = loader;
    if (m_images)
        connect(m_images, &ImageLoader::finished, this, &ChatView::imageFinished);
}

// --- Model --------------------------------------------------------------------------------------

void ChatView::rowsInserted(int first, int last)
{
    const int count = last - first + 1;
    m_heights.insert(m_heights.begin() + first, size_t(count), 0);
    m_layoutWidth.insert(m_layoutWidth.begin() + first, size_t(count), 0);
    m_tops.insert(m_tops.begin() + first, size_t(count), 0);
    relayoutRows(first, last);
    updateTops(first);
    bool typing = false;
    for (int r = std::max(0, first - 1); r < int(m_heights.size()); ++r)
        typing = typing || m_model->at(r).kind == ChatEntry::Kind::Typing;
    if (typing && !m_typingTimer.isActive())
        m_typingTimer.start();
    updateScrollBar();
    if (m_stickToBottom)
        scrollToBottom();
    viewport()->update();
}

void ChatView::rowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_heights.erase(m_heights.begin() + first, m_heights.begin() + first + count);
    m_layoutWidth.erase(m_layoutWidth.begin() + first, m_layoutWidth.begin() + first + count);
    m_tops.erase(m_tops.begin() + first, m_tops.begin() + first + count);
    const qint64 before = verticalScrollBar()->value();
    const qint64 removedHeight = first < int(m_tops.size()) - 1 ? m_tops[size_t(first)] : 0;
    updateTops(first);
    if (m_model
        && (m_model->rowCount() == 0
            || m_model->at(m_model->rowCount() - 1).kind != ChatEntry::Kind::Typing))
        m_typingTimer.stop();
    m_hoverRow = m_pressRow = -1;
    updateScrollBar();
    if (m_stickToBottom) {
        scrollToBottom();
    } else if (first == 0) {
        // Old entries dropped off the top: what the user reads stays where it is.
        verticalScrollBar()->setValue(int(std::max<qint64>(0, before - removedHeight)));
    }
    viewport()->update();
}

void ChatView::modelReset()
{
    m_layouts.clear();
    m_imageEntries.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_heights.assign(size_t(rows), 0);
    m_layoutWidth.assign(size_t(rows), 0);
    m_tops.assign(size_t(rows) + 1, 0);
    m_hoverRow = m_pressRow = -1;
    m_typingTimer.stop();
    m_stickToBottom = true;
    if (rows > 0)
        relayoutRows(0, rows - 1);
    updateTops(0);
    updateScrollBar();
    scrollToBottom();
    viewport()->update();
}

void ChatView::entryChanged(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const bool bottom = isAtBottom();
    relayoutRows(row, row);
    updateTops(row);
    updateScrollBar();
    if (bottom)
        scrollToBottom();
    viewport()->update();
}

void ChatView::imageFinished(const QString &url)
{
    const QList<quint64> ids = m_imageEntries.value(url);
    for (const quint64 id : ids)
        entryChanged(id);
}

// --- Layout -------------------------------------------------------------------------------------

int ChatView::bubbleWidth() const
{
    const int available = std::max(120, viewport()->width() - 2 * sideMargin);
    return std::min({maxBubble, available, std::max(200, int(available * 0.8))});
}

std::unique_ptr<ChatView::Layout> ChatView::layOut(const ChatEntry &e) const
{
    auto l = std::make_unique<Layout>();
    const int viewWidth = std::max(120 + 2 * sideMargin, viewport()->width());
    const int outer = bubbleWidth();
    const int inner = outer - 2 * padH;
    const QFontMetrics fm(font());
    const QFont small = smallFont(font());
    const QFontMetrics sfm(small);
    int y = entrySpacing / 2;

    if (e.kind == ChatEntry::Kind::Notice) {
        // Wrapped at the bubble width, so that heights depend on that width only.
        const QRect r = sfm.boundingRect(QRect(0, 0, outer, 100000),
                                         Qt::AlignHCenter | Qt::TextWordWrap, e.plain);
        l->bubble = QRect((viewWidth - outer) / 2, y, outer, r.height() + 4);
        l->height = l->bubble.bottom() + 1 + entrySpacing / 2;
        return l;
    }
    if (e.kind == ChatEntry::Kind::Typing) {
        l->bubble = QRect(sideMargin, y, 58, fm.height() + 2 * padV);
        l->height = l->bubble.bottom() + 1 + entrySpacing / 2;
        return l;
    }

    const bool right = e.kind == ChatEntry::Kind::User;
    if (e.kind == ChatEntry::Kind::Agent) {
        l->label = QRect(sideMargin + 4, y, inner, sfm.height());
        y += sfm.height() + 2;
    }

    int contentWidth = 0;
    int cy = padV;
    if (!e.title.isEmpty()) {
        const QRect r
                = QFontMetrics(boldFont(font()))
                          .boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, e.title);
        l->title = QRect(padH, cy, std::min(inner, r.width() + 1), r.height());
        contentWidth = std::max(contentWidth, l->title.width());
        cy += r.height() + 2;
    }
    if (!e.subtitle.isEmpty()) {
        const QRect r = sfm.boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, e.subtitle);
        l->subtitle = QRect(padH, cy, std::min(inner, r.width() + 1), r.height());
        contentWidth = std::max(contentWidth, l->subtitle.width());
        cy += r.height() + 4;
    }
    if (!e.imageUrl.isEmpty()) {
        QSize size(std::min(inner, placeholderWidth), placeholderHeight);
        if (m_images && m_images->state(e.imageUrl) == ImageLoader::State::Ready) {
            const QPixmap pixmap = m_images->image(e.imageUrl);
            size = pixmap.deviceIndependentSize().toSize().scaled(QSize(inner, maxImageHeight),
                                                                  Qt::KeepAspectRatio);
            if (size.width() > pixmap.deviceIndependentSize().width())
                size = pixmap.deviceIndependentSize().toSize();
            size = size.expandedTo(QSize(16, 16));
        }
        l->image = QRect(QPoint(padH, cy), size);
        contentWidth = std::max(contentWidth, size.width());
        cy += size.height() + 6;
    }
    if (!e.html.isEmpty()) {
        auto doc = std::make_unique<QTextDocument>();
        doc->setDocumentMargin(0);
        doc->setDefaultFont(font());
        doc->setDefaultStyleSheet(QStringLiteral("a { color: %1; } ul, ol { margin-left: 0px; }")
                                          .arg(m_style.link.name()));
        doc->setHtml(e.html);
        doc->setTextWidth(inner);
        const int ideal = int(std::ceil(doc->idealWidth()));
        if (ideal < inner)
            doc->setTextWidth(ideal + 1);
        l->docPos = QPoint(padH, cy);
        contentWidth = std::max(contentWidth, int(std::ceil(doc->size().width())));
        cy += int(std::ceil(doc->size().height()));
        l->doc = std::move(doc);
    }
    l->pills = allQuickReplies(e);
    if (!l->pills && !e.choices.isEmpty()) {
        cy += 4;
        for (const runtime::Choice &c : e.choices) {
            contentWidth = std::max(contentWidth,
                                    std::min(inner, fm.horizontalAdvance(c.title) + 2 * padH));
            l->choices.append(QRect(padH, cy, 0, choiceHeight));
            cy += choiceHeight + 4;
        }
        cy -= 4;
    }
    cy += padV;
    const int bubbleWidth = std::clamp(contentWidth + 2 * padH, 44, outer);
    const int x = right ? viewWidth - sideMargin - bubbleWidth : sideMargin;
    l->bubble = QRect(x, y, bubbleWidth, std::max(cy, fm.height() + 2 * padV));
    const QPoint offset(x, y);
    l->title.translate(offset);
    l->subtitle.translate(offset);
    l->image.translate(offset);
    l->docPos += offset;
    for (QRect &r : l->choices) {
        r.translate(offset);
        r.setWidth(bubbleWidth - 2 * padH);
    }
    y = l->bubble.bottom() + 1;

    if (l->pills) {
        y += choiceGap;
        int px = x;
        int rowTop = y;
        for (const runtime::Choice &c : e.choices) {
            const int w = std::min(outer, fm.horizontalAdvance(c.title) + 2 * padH);
            if (px > x && px + w > x + outer) {
                px = x;
                rowTop += choiceHeight + choiceGap;
            }
            l->choices.append(QRect(px, rowTop, w, choiceHeight));
            px += w + choiceGap;
        }
        y = rowTop + choiceHeight;
    }

    if (e.check == ChatEntry::Check::Passed) {
        l->check = QRect(x, y + 3, outer, sfm.height());
        y = l->check.bottom() + 1;
    } else if (e.check == ChatEntry::Check::Failed) {
        const QString text = tr("Transcript expected: %1").arg(e.expected);
        const QRect r = sfm.boundingRect(QRect(0, 0, outer - 16, 100000), Qt::TextWordWrap, text);
        l->check = QRect(x, y + 4, std::max(bubbleWidth, r.width() + 17), r.height() + 10);
        y = l->check.bottom() + 1;
    }

    if (e.time.isValid()) {
        l->timeText = QLocale().toString(e.time.time(), QLocale::ShortFormat);
        const int w = sfm.horizontalAdvance(l->timeText) + 2;
        l->time = QRect(right ? l->bubble.right() - w - 4 : x + 4, y + 2, w, sfm.height());
        y = l->time.bottom() + 1;
    }
    l->height = y + entrySpacing / 2;
    return l;
}

const ChatView::Layout &ChatView::layoutOf(int row) const
{
    const ChatEntry &e = m_model->at(row);
    // The typing indicator's id is 0: it shares one cached layout, which never changes.
    if (Layout *cached = m_layouts.object(e.id))
        return *cached;
    Layout *l = layOut(e).release();
    m_layouts.insert(e.id, l);
    return *l;
}

void ChatView::relayoutRows(int first, int last)
{
    for (int r = first; r <= last; ++r) {
        const ChatEntry &e = m_model->at(r);
        m_layouts.remove(e.id);
        const Layout &l = layoutOf(r);
        m_heights[size_t(r)] = l.height;
        m_layoutWidth[size_t(r)] = m_width;
        if (!e.imageUrl.isEmpty()) {
            QList<quint64> &ids = m_imageEntries[e.imageUrl];
            if (!ids.contains(e.id))
                ids.append(e.id);
            if (m_images)
                m_images->request(e.imageUrl);
        }
    }
}

void ChatView::updateTops(int from)
{
    const size_t rows = m_heights.size();
    m_tops.resize(rows + 1);
    from = std::clamp(from, 0, int(rows));
    qint64 y = from == 0 ? 0 : m_tops[size_t(from) - 1] + m_heights[size_t(from) - 1];
    for (size_t r = size_t(from); r < rows; ++r) {
        m_tops[r] = y;
        y += m_heights[r];
    }
    m_tops[rows] = y;
}

qint64 ChatView::contentHeight() const
{
    return m_tops.empty() ? 0 : m_tops.back();
}

void ChatView::updateScrollBar()
{
    const qint64 max = std::max<qint64>(0, contentHeight() - viewport()->height());
    verticalScrollBar()->setRange(0, int(std::min<qint64>(max, INT_MAX)));
    verticalScrollBar()->setPageStep(viewport()->height());
}

void ChatView::relayoutAll(bool force)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_layouts.clear();
    if (force)
        std::fill(m_layoutWidth.begin(), m_layoutWidth.end(), -1);
    if (rows == 0)
        return;
    if (rows <= syncRelayoutRows) {
        relayoutRows(0, rows - 1);
        updateTops(0);
        updateScrollBar();
        if (m_stickToBottom)
            scrollToBottom();
        return;
    }
    // Lay out what is on screen (and a margin) now; the rest follows in the background while
    // the entry at the top of the view stays where it is.
    const int anchor = m_stickToBottom ? rows - 1 : rowAt(verticalScrollBar()->value());
    const qint64 offset = verticalScrollBar()->value() - topOf(anchor);
    const int visible = viewport()->height() / 30 + 2;
    const int first = std::max(0, anchor - visible - 20);
    const int last = std::min(rows - 1, anchor + visible + 20);
    relayoutRows(first, last);
    m_stale = rows - (last - first + 1);
    updateTops(0);
    updateScrollBar();
    if (m_stickToBottom)
        scrollToBottom();
    else
        verticalScrollBar()->setValue(int(topOf(anchor) + offset));
    if (m_stale > 0)
        m_relayout.start();
}

void ChatView::relayoutStale()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0 || m_stale <= 0)
        return;
    const int anchor = rowAt(verticalScrollBar()->value());
    const qint64 offset = verticalScrollBar()->value() - topOf(anchor);
    int done = 0;
    for (int r = rows - 1; r >= 0 && done < relayoutBatch; --r) {
        if (m_layoutWidth[size_t(r)] == m_width)
            continue;
        relayoutRows(r, r);
        ++done;
    }
    m_stale = done < relayoutBatch ? 0 : m_stale - done;
    updateTops(0);
    updateScrollBar();
    if (m_stickToBottom)
        scrollToBottom();
    else
        verticalScrollBar()->setValue(int(topOf(anchor) + offset));
    viewport()->update();
    if (m_stale > 0)
        m_relayout.start();
}

int ChatView::rowAt(qint64 y) const
{
    const size_t rows = m_heights.size();
    if (rows == 0)
        return -1;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.begin() + qsizetype(rows), y);
    return std::clamp(int(it - m_tops.begin()) - 1, 0, int(rows) - 1);
}

void ChatView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_stickToBottom = true;
}

bool ChatView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int width = bubbleWidth();
    if (width != m_width) {
        m_width = width;
        relayoutAll(false);
    } else {
        // Heights stay; right-aligned and centred entries move with the view's edge.
        m_layouts.clear();
    }
    updateScrollBar();
    if (m_stickToBottom)
        scrollToBottom();
}

void ChatView::scrollContentsBy(int, int)
{
    m_stickToBottom = isAtBottom();
    viewport()->update();
}

void ChatView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        updateStyle();
        // Every layout depends on the font and the link colour.
        m_width = bubbleWidth();
        relayoutAll(true);
        viewport()->update();
    }
}

void ChatView::updateStyle()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    Style &s = m_style;
    s.dark = base.lightness() < 128;
    QColor accent = pal.color(QPalette::Highlight);
    if (s.dark && accent.lightness() < 70)
        accent = accent.lighter(150);
    s.userBubble = accent;
    s.userText = pal.color(QPalette::HighlightedText);
    s.botBubble = s.dark ? mixColors(base, QColor(Qt::white), 0.10)
                         : mixColors(base, QColor(0, 0, 0), 0.06);
    s.botBorder = mixColors(s.botBubble, text, 0.12);
    s.botText = text;
    s.agentBubble = s.dark ? QColor(0x1f, 0x4d, 0x38) : QColor(0xdc, 0xf3, 0xe4);
    s.agentText = s.dark ? QColor(0xe4, 0xf6, 0xea) : QColor(0x10, 0x3b, 0x25);
    s.agentLabel = s.dark ? QColor(0x7f, 0xd6, 0xa1) : QColor(0x1d, 0x7a, 0x46);
    s.notice = mixColors(base, text, 0.55);
    s.error = s.dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    s.passed = s.dark ? QColor(0x7f, 0xd6, 0xa1) : QColor(0x1d, 0x7a, 0x46);
    s.failedBorder = s.error;
    s.expectedBackground = s.dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xe7, 0xe8);
    QColor link = pal.color(QPalette::Link);
    if (s.dark && link.lightness() < 140)
        link = QColor(0x8a, 0xb4, 0xf8);
    s.link = link;
    s.choiceText = s.dark ? link : accent.darker(110);
    s.choiceBorder = mixColors(base, s.choiceText, 0.55);
    s.choiceHover = mixColors(base, s.choiceText, 0.14);
    s.spent = mixColors(base, text, 0.4);
    s.placeholder = mixColors(s.botBubble, text, 0.08);
    s.time = mixColors(base, text, 0.5);
}

// --- Painting -----------------------------------------------------------------------------------

void ChatView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void ChatView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    if (!m_model || m_heights.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(sideMargin, 0, -sideMargin, 0),
                   Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 scroll = verticalScrollBar()->value();
    const int first = rowAt(scroll + event->rect().top());
    const int rows = int(m_heights.size());
    for (int r = first; r < rows; ++r) {
        const qint64 top = topOf(r) - scroll;
        if (top > event->rect().bottom())
            break;
        p.save();
        paintEntry(p, m_model->at(r), layoutOf(r), int(top), r);
        p.restore();
    }
}

void ChatView::paintEntry(QPainter &p, const ChatEntry &e, const Layout &l, int top, int row) const
{
    const Style &s = m_style;
    p.translate(0, top);
    const QFont small = smallFont(font());

    if (e.kind == ChatEntry::Kind::Notice) {
        p.setFont(small);
        p.setPen(e.error ? s.error : s.notice);
        p.drawText(l.bubble, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, e.plain);
        return;
    }
    if (e.kind == ChatEntry::Kind::Typing) {
        p.setPen(Qt::NoPen);
        p.setBrush(s.botBubble);
        p.drawRoundedRect(l.bubble, radius, radius);
        const QPointF c = QRectF(l.bubble).center();
        for (int i = 0; i < 3; ++i) {
            QColor dot = s.notice;
            dot.setAlphaF(i == m_typingPhase ? 1.0 : 0.45);
            p.setBrush(dot);
            p.drawEllipse(QPointF(c.x() + (i - 1) * 12, c.y()), 3.5, 3.5);
        }
        return;
    }

    QColor bubble = s.botBubble;
    QColor text = s.botText;
    if (e.kind == ChatEntry::Kind::User) {
        bubble = s.userBubble;
        text = s.userText;
    } else if (e.kind == ChatEntry::Kind::Agent) {
        bubble = s.agentBubble;
        text = s.agentText;
    }
    if (!l.label.isNull()) {
        p.setFont(small);
        p.setPen(s.agentLabel);
        p.drawText(l.label, Qt::AlignLeft | Qt::AlignVCenter, tr("Agent"));
    }
    p.setPen(e.check == ChatEntry::Check::Failed ? QPen(s.failedBorder, 2)
             : e.kind == ChatEntry::Kind::Bot    ? QPen(s.botBorder, 1)
                                                 : QPen(Qt::NoPen));
    p.setBrush(bubble);
    p.drawRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    if (!l.title.isNull()) {
        p.setFont(boldFont(font()));
        p.setPen(text);
        p.drawText(l.title, Qt::TextWordWrap, e.title);
    }
    if (!l.subtitle.isNull()) {
        p.setFont(small);
        p.setPen(mixColors(bubble, text, 0.7));
        p.drawText(l.subtitle, Qt::TextWordWrap, e.subtitle);
    }
    if (!l.image.isNull()) {
        ImageLoader::State state
                = m_images ? m_images->state(e.imageUrl) : ImageLoader::State::None;
        // The loader forgets images in a long session; one scrolled back into view loads again.
        if (m_images && state == ImageLoader::State::None)
            state = m_images->request(e.imageUrl);
        if (state == ImageLoader::State::Ready) {
            QPainterPath clip;
            clip.addRoundedRect(l.image, 6, 6);
            p.save();
            p.setClipPath(clip);
            p.drawPixmap(l.image, m_images->image(e.imageUrl));
            p.restore();
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(s.placeholder);
            p.drawRoundedRect(l.image, 6, 6);
            p.setFont(small);
            p.setPen(state == ImageLoader::State::Failed ? s.error : s.notice);
            p.drawText(l.image.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                       state == ImageLoader::State::Failed ? tr("Image unavailable")
                                                           : tr("Loading image\u2026"));
        }
    }
    if (l.doc) {
        p.save();
        p.translate(l.docPos);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette();
        context.palette.setColor(QPalette::Text, text);
        l.doc->documentLayout()->draw(&p, context);
        p.restore();
    }

    const bool spent = e.choicesSpent;
    p.setFont(font());
    for (int i = 0; i < l.choices.size(); ++i) {
        const QRectF r = QRectF(l.choices.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool hover = !spent && row == m_hoverRow && i == m_hoverChoice;
        const bool pressed = hover && row == m_pressRow && i == m_pressChoice;
        p.setPen(QPen(spent ? mixColors(palette().color(QPalette::Base), s.spent, 0.5)
                            : s.choiceBorder,
                      1));
        p.setBrush(pressed ? s.choiceBorder
                   : hover ? s.choiceHover
                           : (l.pills ? palette().color(QPalette::Base)
                                      : mixColors(bubble, palette().color(QPalette::Base), 0.6)));
        p.drawRoundedRect(r, l.pills ? r.height() / 2 : 6, l.pills ? r.height() / 2 : 6);
        if (!spent && hasFocus() && e.id == m_focusEntry && i == m_focusChoice) {
            p.save();
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            const QRectF ring = r.adjusted(-2, -2, 2, 2);
            p.drawRoundedRect(ring, l.pills ? ring.height() / 2 : 8,
                              l.pills ? ring.height() / 2 : 8);
            p.restore();
        }
        p.setPen(spent ? s.spent : s.choiceText);
        const runtime::Choice &c = e.choices.at(i);
        QString title = c.title;
        if (!c.url.isEmpty())
            title += QStringLiteral(" \u2197");
        p.drawText(r.adjusted(8, 0, -8, 0), Qt::AlignCenter,
                   QFontMetrics(font()).elidedText(title, Qt::ElideRight, int(r.width()) - 16));
    }

    if (!l.check.isNull()) {
        p.setFont(small);
        if (e.check == ChatEntry::Check::Passed) {
            p.setPen(s.passed);
            p.drawText(l.check, Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("\u2713 ") + tr("As in the transcript"));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(s.expectedBackground);
            p.drawRoundedRect(l.check, 6, 6);
            p.setPen(s.error);
            p.drawText(l.check.adjusted(8, 5, -8, -5), Qt::TextWordWrap,
                       tr("Transcript expected: %1").arg(e.expected));
        }
    }
    if (!l.time.isNull()) {
        p.setFont(small);
        p.setPen(s.time);
        p.drawText(l.time, Qt::AlignLeft | Qt::AlignVCenter, l.timeText);
    }
}

// --- Interaction --------------------------------------------------------------------------------

ChatView::Hit ChatView::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (!m_model || m_heights.empty())
        return hit;
    const qint64 y = verticalScrollBar()->value() + pos.y();
    if (y < 0 || y >= contentHeight())
        return hit;
    hit.row = rowAt(y);
    const ChatEntry &e = m_model->at(hit.row);
    const Layout &l = layoutOf(hit.row);
    const QPoint local(pos.x(), int(y - topOf(hit.row)));
    if (!e.choicesSpent) {
        for (int i = 0; i < l.choices.size(); ++i) {
            if (l.choices.at(i).contains(local)) {
                hit.choice = i;
                return hit;
            }
        }
    }
    if (l.doc) {
        const QPoint inDoc = local - l.docPos;
        const QString anchor = l.doc->documentLayout()->anchorAt(inDoc);
        if (!anchor.isEmpty()) {
            hit.link = QUrl(anchor);
            hit.linkText = anchorText(*l.doc, l.doc->documentLayout()->hitTest(inDoc, Qt::FuzzyHit),
                                      anchor);
        }
    }
    return hit;
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitTest(event->position().toPoint());
    const int hoverRow = hit.choice >= 0 ? hit.row : -1;
    if (hoverRow != m_hoverRow || hit.choice != m_hoverChoice) {
        m_hoverRow = hoverRow;
        m_hoverChoice = hit.choice;
        viewport()->update();
    }
    viewport()->setCursor(hit.choice >= 0 || !hit.link.isEmpty() ? Qt::PointingHandCursor
                                                                 : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ChatView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const Hit hit = hitTest(event->position().toPoint());
        m_pressRow = hit.choice >= 0 ? hit.row : -1;
        m_pressChoice = hit.choice;
        viewport()->update();
    }
    // The chat handles every click: nothing for a parent to do.
    event->accept();
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const Hit hit = hitTest(event->position().toPoint());
        const bool choice = hit.choice >= 0 && hit.row == m_pressRow && hit.choice == m_pressChoice;
        m_pressRow = m_pressChoice = -1;
        viewport()->update();
        if (choice)
            emit choiceActivated(m_model->at(hit.row).id, hit.choice);
        else if (!hit.link.isEmpty())
            emit linkActivated(hit.link, hit.linkText);
    }
    event->accept();
}

void ChatView::leaveEvent(QEvent *event)
{
    if (m_hoverRow >= 0) {
        m_hoverRow = m_hoverChoice = -1;
        viewport()->update();
    }
    QAbstractScrollArea::leaveEvent(event);
}

bool ChatView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        if (hit.row < 0) {
            QToolTip::hideText();
            return true;
        }
        const ChatEntry &e = m_model->at(hit.row);
        const Layout &l = layoutOf(hit.row);
        const QPoint local(help->pos().x(),
                           int(verticalScrollBar()->value() + help->pos().y() - topOf(hit.row)));
        QString tip;
        if (hit.choice >= 0) {
            const runtime::Choice &c = e.choices.at(hit.choice);
            tip = !c.url.isEmpty()      ? tr("Opens %1").arg(c.url)
                  : c.payload.isEmpty() ? tr("Sends \u201c%1\u201d").arg(c.title)
                                        : tr("Sends \u201c%1\u201d").arg(c.payload);
        } else if (!hit.link.isEmpty()) {
            tip = hit.link.toString();
        } else if (!l.image.isNull() && l.image.contains(local)) {
            tip = m_images && m_images->state(e.imageUrl) == ImageLoader::State::Failed
                          ? tr("%1\n%2").arg(e.imageUrl, m_images->error(e.imageUrl))
                          : e.imageUrl;
        } else if (e.time.isValid() && l.bubble.contains(local)) {
            tip = QLocale().toString(e.time, QLocale::LongFormat);
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(tip), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

int ChatView::liveChoiceRow() const
{
    if (!m_model)
        return -1;
    for (int r = m_model->rowCount() - 1; r >= 0; --r) {
        const ChatEntry &e = m_model->at(r);
        if (!e.choices.isEmpty())
            return e.choicesSpent ? -1 : r;
    }
    return -1;
}

bool ChatView::focusNextPrevChild(bool next)
{
    const int row = liveChoiceRow();
    if (row < 0 || !hasFocus())
        return QAbstractScrollArea::focusNextPrevChild(next);
    const ChatEntry &e = m_model->at(row);
    int choice = e.id == m_focusEntry ? m_focusChoice : -1;
    choice = choice < 0 ? (next ? 0 : int(e.choices.size()) - 1) : choice + (next ? 1 : -1);
    if (choice < 0 || choice >= e.choices.size()) {
        // Past the last choice: on to the next widget.
        m_focusEntry = 0;
        m_focusChoice = -1;
        viewport()->update();
        return QAbstractScrollArea::focusNextPrevChild(next);
    }
    m_focusEntry = e.id;
    m_focusChoice = choice;
    const QRect rect = choiceRect(e.id, choice);
    if (rect.top() < 0 || rect.bottom() > viewport()->height())
        verticalScrollBar()->setValue(
                int(verticalScrollBar()->value() + rect.center().y() - viewport()->height() / 2));
    viewport()->update();
    return true;
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    const bool pick = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
                      || event->key() == Qt::Key_Space;
    const ChatEntry *e = m_model && m_focusEntry ? m_model->entry(m_focusEntry) : nullptr;
    if (pick && e && !e->choicesSpent && m_focusChoice >= 0 && m_focusChoice < e->choices.size()) {
        const quint64 id = m_focusEntry;
        const int choice = m_focusChoice;
        m_focusEntry = 0;
        m_focusChoice = -1;
        viewport()->update();
        emit choiceActivated(id, choice);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ChatView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    if (m_focusEntry != 0) {
        m_focusEntry = 0;
        m_focusChoice = -1;
        viewport()->update();
    }
}

void ChatView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_model)
        return;
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const Hit hit = hitTest(pos);
    QMenu menu(this);
    if (hit.row >= 0) {
        const ChatEntry e = m_model->at(hit.row);
        if (!hit.link.isEmpty()) {
            menu.addAction(tr("Copy &Link"), this, [url = hit.link] {
                QApplication::clipboard()->setText(url.toString());
            });
        }
        if (e.kind != ChatEntry::Kind::Typing) {
            menu.addAction(tr("&Copy Message"), this,
                           [text = e.plain] { QApplication::clipboard()->setText(text); });
        }
        if (!e.interactionId.isEmpty()) {
            menu.addAction(tr("Show &Interaction"), this,
                           [this, id = e.interactionId] { emit interactionRequested(id); });
        }
        menu.addSeparator();
    }
    menu.addAction(tr("Copy &Conversation"), this, [this] {
        QStringList lines;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const ChatEntry &e = m_model->at(r);
            switch (e.kind) {
            case ChatEntry::Kind::User:
                lines.append(tr("user: %1").arg(e.plain));
                break;
            case ChatEntry::Kind::Bot:
                lines.append(tr("bot: %1").arg(e.plain));
                break;
            case ChatEntry::Kind::Agent:
                lines.append(tr("agent: %1").arg(e.plain));
                break;
            case ChatEntry::Kind::Notice:
                lines.append(QStringLiteral("-- %1").arg(e.plain));
                break;
            case ChatEntry::Kind::Typing:
                break;
            }
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    menu.exec(event->globalPos());
}

// --- Queries ------------------------------------------------------------------------------------

bool ChatView::activateChoice(quint64 id, int index)
{
    const ChatEntry *e = m_model ? m_model->entry(id) : nullptr;
    if (!e || e->choicesSpent || index < 0 || index >= e->choices.size())
        return false;
    emit choiceActivated(id, index);
    return true;
}

QRect ChatView::entryRect(quint64 id) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return {};
    const int top = int(topOf(row) - verticalScrollBar()->value());
    return QRect(0, top, viewport()->width(), m_heights[size_t(row)]);
}

QRect ChatView::choiceRect(quint64 id, int index) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return {};
    const Layout &l = layoutOf(row);
    if (index < 0 || index >= l.choices.size())
        return {};
    return l.choices.at(index).translated(0, int(topOf(row) - verticalScrollBar()->value()));
}

QUrl ChatView::linkAt(const QPoint &pos) const
{
    return hitTest(pos).link;
}

QString ChatView::renderedText(quint64 id) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return {};
    const Layout &l = layoutOf(row);
    return l.doc ? l.doc->toPlainText() : QString();
}

QString ChatView::renderedHtml(quint64 id) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return {};
    const Layout &l = layoutOf(row);
    return l.doc ? l.doc->toHtml() : QString();
}

} // namespace dialogsmith::ui
