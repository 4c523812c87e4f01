// The preview's chat view: bubbles, choices, images, and speed with thousands of messages.
#include "bot.h"
#include "chatentries.h"
#include "chatmodel.h"
#include "chatview.h"
#include "imageloader.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace dialogsmith::ui;
using dialogsmith::network::testing::TestHttpServer;
using dialogsmith::runtime::BotMessage;
using dialogsmith::runtime::Choice;

namespace {

ChatEntry botEntry(const QString &text, QList<Choice> choices = {})
{
    BotMessage m;
    m.text = text;
    m.choices = std::move(choices);
    return chatEntryFor(m, {});
}

QString pngDataUrl(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace

class TestPreviewChat : public QObject
{
    Q_OBJECT

private slots:
    void bubblesSitOnTheirSides();
    void quickRepliesAreClickableUntilAnswered();
    void linksAreFoundUnderTheMouse();
    void imagesLoadAsynchronously();
    void imagesForgottenByTheCacheLoadAgain();
    void imagesComeOnlyFromWhereTheyMay();
    void universalContentIsSummarized();
    void emptyChatSaysHowToBegin();
    void thousandsOfMessagesStayFast();
    void widthChangesLayOutInTheBackground();
};

void TestPreviewChat::bubblesSitOnTheirSides()
{
    ChatModel model;
    ChatView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    const quint64 user = model.appendUser(QStringLiteral("hello <b>there</b>"));
    const quint64 bot = model.append(botEntry(QStringLiteral("Hi, <b>welcome</b>!")));
    const quint64 agent = model.appendAgent(QStringLiteral("An agent here"));
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QRect userRect = view.entryRect(user);
    QVERIFY(userRect.isValid());
    // User text is text; the bot's bold renders.
    QCOMPARE(view.renderedText(user), QStringLiteral("hello <b>there</b>"));
    QCOMPARE(view.renderedText(bot), QStringLiteral("Hi, welcome!"));
    QVERIFY(view.renderedHtml(bot).contains(QLatin1String("font-weight")));
    QCOMPARE(view.renderedText(agent), QStringLiteral("An agent here"));
    QVERIFY(view.entryRect(agent).top() > view.entryRect(bot).top());
    QCOMPARE(model.data(model.index(model.rowOf(agent)), Qt::DisplayRole).toString(),
             QStringLiteral("An agent here"));

    // The typing indicator is the last row and goes away again.
    model.setTyping(true);
    QCOMPARE(model.at(model.rowCount() - 1).kind, ChatEntry::Kind::Typing);
    const quint64 later = model.appendNotice(QStringLiteral("note"));
    QCOMPARE(model.at(model.rowCount() - 1).kind, ChatEntry::Kind::Typing);
    QCOMPARE(model.rowOf(later), model.rowCount() - 2);
    model.setTyping(false);
    QCOMPARE(model.rowOf(later), model.rowCount() - 1);
}

void TestPreviewChat::quickRepliesAreClickableUntilAnswered()
{
    ChatModel model;
    ChatView view;
    view.resize(500, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const quint64 id = model.append(
            botEntry(QStringLiteral("Pick one"),
                     {{Choice::Kind::QuickReply, QStringLiteral("Yes"), QStringLiteral("YES"), {}},
                      {Choice::Kind::QuickReply, QStringLiteral("No"), QStringLiteral("NO"), {}}}));
    QSignalSpy clicked(&view, &ChatView::choiceActivated);
    const QRect no = view.choiceRect(id, 1);
    QVERIFY(no.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, no.center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toULongLong(), id);
    QCOMPARE(clicked.at(0).at(1).toInt(), 1);

    model.spendChoices();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.choiceRect(id, 0).center());
    QCOMPARE(clicked.size(), 1); // spent quick replies do nothing

    // Buttons stay clickable: a web page's buttons work after the next message too.
    const quint64 buttons = model.append(
            botEntry(QStringLiteral("Menu"),
                     {{Choice::Kind::Button, QStringLiteral("Open"), QStringLiteral("OPEN"), {}}}));
    model.spendChoices();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.choiceRect(buttons, 0).center());
    QCOMPARE(clicked.size(), 2);
}

void TestPreviewChat::linksAreFoundUnderTheMouse()
{
    ChatModel model;
    ChatView view;
    view.resize(500, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const quint64 id = model.append(
            botEntry(QStringLiteral("<a href=\"https://example.com/help\">help</a>")));
    QSignalSpy links(&view, &ChatView::linkActivated);
    const QRect rect = view.entryRect(id);
    // Scan the bubble's first line for the anchor.
    QUrl found;
    QPoint at;
    for (int x = 0; x < rect.width() && found.isEmpty(); x += 2) {
        for (int y = rect.top(); y < rect.top() + 40 && found.isEmpty(); y += 2) {
            found = view.linkAt(QPoint(x, y));
            at = QPoint(x, y);
        }
    }
    QCOMPARE(found, QUrl(QStringLiteral("https://example.com/help")));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().at(1).toString(), QStringLiteral("help")); // the text it shows
}

void TestPreviewChat::imagesLoadAsynchronously()
{
    ChatModel model;
    ImageLoader images;
    ChatView view;
    view.resize(500, 600);
    view.setModel(&model);
    view.setImageLoader(&images);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    BotMessage m;
    m.kind = BotMessage::Kind::Image;
    m.imageUrl = pngDataUrl(300, 60);
    m.text = QStringLiteral("A wide picture");
    const quint64 id = model.append(chatEntryFor(m, {}));
    // The placeholder first, then the picture at its own (smaller) height.
    const int placeholderHeight = view.entryRect(id).height();
    QTRY_COMPARE_WITH_TIMEOUT(images.state(m.imageUrl), ImageLoader::State::Ready, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(view.entryRect(id).height() < placeholderHeight, 2000);

    BotMessage bad;
    bad.kind = BotMessage::Kind::Image;
    bad.imageUrl = QStringLiteral("ftp://example.com/x.png");
    model.append(chatEntryFor(bad, {}));
    QTRY_COMPARE_WITH_TIMEOUT(images.state(bad.imageUrl), ImageLoader::State::Failed, 2000);
    QVERIFY(!images.error(bad.imageUrl).isEmpty());

    // A data URL that is no image fails as well.
    const QString text = QStringLiteral("data:text/plain,hello");
    QCOMPARE(images.request(text), ImageLoader::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(text), ImageLoader::State::Failed, 2000);
}

void TestPreviewChat::imagesForgottenByTheCacheLoadAgain()
{
    ChatModel model;
    ImageLoader images;
    ChatView view;
    view.resize(500, 600);
    view.setModel(&model);
    view.setImageLoader(&images);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    BotMessage m;
    m.kind = BotMessage::Kind::Image;
    m.imageUrl = pngDataUrl(40, 40);
    model.append(chatEntryFor(m, {}));
    QTRY_COMPARE_WITH_TIMEOUT(images.state(m.imageUrl), ImageLoader::State::Ready, 3000);

    // A long session: the cache forgets the picture on screen.
    for (int i = 0; images.state(m.imageUrl) != ImageLoader::State::None && i < 1000; ++i) {
        const QString other = QStringLiteral("ftp://example.com/%1.png").arg(i);
        images.request(other);
        QTRY_COMPARE_WITH_TIMEOUT(images.state(other), ImageLoader::State::Failed, 2000);
    }
    QCOMPARE(images.state(m.imageUrl), ImageLoader::State::None);
    // Painting it asks for it again instead of showing "Loading image..." for ever.
    view.viewport()->repaint();
    QTRY_COMPARE_WITH_TIMEOUT(images.state(m.imageUrl), ImageLoader::State::Ready, 3000);
}

void TestPreviewChat::imagesComeOnlyFromWhereTheyMay()
{
    // A bot's image must not reach into this machine or a private network, carry cookies, or
    // keep a download going for ever.
    TestHttpServer server;
    const QString local = server.url(QStringLiteral("/image.png"));
    ImageLoader::Limits limits;
    limits.timeoutMs = 500;
    ImageLoader images(limits);
    QCOMPARE(images.request(local), ImageLoader::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(local), ImageLoader::State::Failed, 3000);
    QVERIFY2(images.error(local).startsWith(
                     QStringLiteral("Images from this machine or a private network do not load")),
             qPrintable(images.error(local)));
    QVERIFY(server.requests.isEmpty());

    // Allowed by the tester: it loads, and no cookie goes back.
    images.setLoadLocal(true);
    QCOMPARE(images.request(local), ImageLoader::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(local), ImageLoader::State::Ready, 3000);
    const QString again = server.url(QStringLiteral("/image.png?again"));
    images.request(again);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(again), ImageLoader::State::Ready, 3000);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.at(1).header("Cookie").isEmpty());

    // A download that never ends is cut at the deadline, although it is never silent.
    const QString trickle = server.url(QStringLiteral("/trickle"));
    QElapsedTimer timer;
    timer.start();
    images.request(trickle);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(trickle), ImageLoader::State::Failed, 3000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(images.error(trickle), QStringLiteral("The image did not arrive within 0.5 s."));

    // Remote images off: nothing goes out; data images still show.
    images.setLoadRemote(false);
    const QString remote = server.url(QStringLiteral("/image.png?off"));
    images.request(remote);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(remote), ImageLoader::State::Failed, 3000);
    QVERIFY(images.error(remote).startsWith(QStringLiteral("Remote images are off")));
    const QString data = pngDataUrl(10, 10);
    images.request(data);
    QTRY_COMPARE_WITH_TIMEOUT(images.state(data), ImageLoader::State::Ready, 3000);
    QCOMPARE(server.requests.size(), 3); // the two images and the trickle
}

void TestPreviewChat::universalContentIsSummarized()
{
    BotMessage m;
    m.kind = BotMessage::Kind::Universal;
    m.data = QStringLiteral("{\"type\":\"vertical\",\"elements\":[\n"
                            "        {\"type\":\"text\",\"text\":\"Pick a <b>size</b>\"},\n"
                            "        {\"type\":\"image\",\"url\":\"https://example.com/s.png\"},\n"
                            "        "
                            "{\"type\":\"button\",\"title\":\"Small\",\"click\":{\"actions\":[{"
                            "\"type\":\"publishText\",\"text\":\"small\"}]}},\n"
                            "        "
                            "{\"type\":\"button\",\"title\":\"Docs\",\"click\":{\"actions\":[{"
                            "\"type\":\"link\",\"uri\":\"https://example.com\"}]}}]}");
    const ChatEntry e = chatEntryFor(m, {});
    QCOMPARE(e.imageUrl, QStringLiteral("https://example.com/s.png"));
    QCOMPARE(e.choices.size(), 2);
    QCOMPARE(e.choices.at(0).payload, QStringLiteral("small"));
    QCOMPARE(e.choices.at(1).url, QStringLiteral("https://example.com"));
    // Universal text is shown as text.
    QVERIFY(e.html.contains(QLatin1String("&lt;b&gt;size")));

    m.data = QStringLiteral("{not json");
    QVERIFY(chatEntryFor(m, {}).html.contains(QLatin1String("not valid JSON")));
}

void TestPreviewChat::emptyChatSaysHowToBegin()
{
    ChatModel model;
    ChatView view;
    view.resize(400, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QColor base = view.palette().color(QPalette::Base);
    const auto inked = [&view, base] {
        const QImage image = view.viewport()->grab().toImage();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) != base)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(!inked());
    view.setPlaceholderText(QStringLiteral("Type a message"));
    QVERIFY(inked());
    // Once the conversation has a message, the hint is gone.
    model.appendNotice(QStringLiteral(" "));
    view.viewport()->repaint();
    const QImage image = view.viewport()->grab().toImage();
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), base);
}

void TestPreviewChat::thousandsOfMessagesStayFast()
{
    ChatModel model;
    ChatView view;
    view.resize(420, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // A chat of 5,000 messages, repainted as it grows (tests/bench/bench_chat measures how fast:
    // appending stays as quick at 10,000 messages as at the start).
    constexpr int total = 5000;
    for (int n = 0; n < total; ++n) {
        if (n % 3 == 0)
            model.appendUser(QStringLiteral("message %1").arg(n));
        else
            model.append(botEntry(QStringLiteral("Answer <b>%1</b> with a few words so that "
                                                 "the bubble wraps onto a second line")
                                          .arg(n)));
        if (n % 50 == 0) {
            view.viewport()->repaint();
            QCoreApplication::processEvents();
        }
    }
    view.viewport()->repaint();
    QCOMPARE(model.rowCount(), total);
    // The view follows the newest message.
    QVERIFY(view.isAtBottom());
    const quint64 last = model.at(model.rowCount() - 1).id;
    QVERIFY(view.viewport()->rect().intersects(view.entryRect(last)));
    // A whole chat's height is known without laying out every message again.
    QVERIFY(view.contentHeight() > total * 20);

    // Scrolling through it from the top reaches the bottom, and the first message is where it
    // was.
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    const quint64 first = model.at(0).id;
    QVERIFY(view.viewport()->rect().intersects(view.entryRect(first)));
    int pages = 0;
    while (bar->value() < bar->maximum() && pages < 10000) {
        bar->setValue(bar->value() + bar->pageStep());
        view.viewport()->repaint();
        ++pages;
    }
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isAtBottom());
    QVERIFY(view.viewport()->rect().intersects(view.entryRect(last)));
}

void TestPreviewChat::widthChangesLayOutInTheBackground()
{
    ChatModel model;
    ChatView view;
    view.resize(700, 500);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 3000; ++i)
        model.append(botEntry(QStringLiteral("A message long enough to wrap when the view gets "
                                             "narrow, number %1")
                                      .arg(i)));
    const qint64 wide = view.contentHeight();
    QElapsedTimer timer;
    timer.start();
    view.resize(300, 500);
    QCoreApplication::processEvents();
    // The resize itself only lays out what is on screen.
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(view.isAtBottom());
    QTRY_VERIFY_WITH_TIMEOUT(view.contentHeight() > wide + 3000 * 10, 10000);
    QVERIFY(view.isAtBottom());
}

QTEST_MAIN(TestPreviewChat)
#include "tst_previewchat.moc"
