// The preview's HTML sanitizer: Conversation Builder's subset renders, everything else is text.
#include "bot.h"
#include "htmlsanitizer.h"
#include "timescale.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

using namespace dialogsmith::ui;
using dialogsmith::document::Bot;
using dialogsmith::document::Integration;

namespace {

/// What QTextDocument shows for `html`.
QString shown(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

/// The anchors QTextDocument made of `html`.
QStringList anchors(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor())
                out.append(f.anchorHref());
        }
    }
    return out;
}

/// Every tag in `html` is one the sanitizer may write.
bool onlyAllowedTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression allowed(
            QStringLiteral("^<(/?(p|b|strong|i|ul|ol|li|a)|br|a href=\"[^\"<>]*\")>$"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString t = it.next().captured();
        if (!allowed.match(t).hasMatch())
            return false;
    }
    return true;
}

} // namespace

class TestPreviewSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void allowedSubsetRenders_data();
    void allowedSubsetRenders();
    void dangerousMarkupIsText_data();
    void dangerousMarkupIsText();
    void unbalancedTagsAreText_data();
    void unbalancedTagsAreText();
    void linksKeepOnlySafeSchemes_data();
    void linksKeepOnlySafeSchemes();
    void entitiesAndLineBreaks();
    void literalSpansStayText();
    void templateValuesAreFound();
    void templateValueInHref();
    void plainTextIsEscaped();
    void toolTipsShowTheTextAsItIs_data();
    void toolTipsShowTheTextAsItIs();
    void randomInputStaysWellFormed();
    void longRunsOfBracketsStayLinear();
};

void TestPreviewSanitizer::allowedSubsetRenders_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("bold") << "a <b>b</b> c"
                          << "a <b>b</b> c";
    QTest::newRow("strong, italic") << "<strong>s</strong><i>i</i>"
                                    << "<strong>s</strong><i>i</i>";
    QTest::newRow("upper case") << "<B>b</B>"
                                << "<b>b</b>";
    QTest::newRow("paragraph") << "<p>one</p><p>two</p>"
                               << "<p>one</p><p>two</p>";
    QTest::newRow("br forms") << "a<br>b<br/>c<BR />d"
                              << "a<br>b<br>c<br>d";
    QTest::newRow("lists") << "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul><ol><li>c</li></ol>"
                           << "<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>";
    QTest::newRow("link") << "<a href=\"https://example.com/x?a=1&amp;b=2\">site</a>"
                          << "<a href=\"https://example.com/x?a=1&amp;b=2\">site</a>";
    QTest::newRow("link target dropped") << "<a href='http://e.org' target=\"_blank\">e</a>"
                                         << "<a href=\"http://e.org\">e</a>";
    QTest::newRow("tel") << "<a href=\"tel:+4930123\">call</a>"
                         << "<a href=\"tel:+4930123\">call</a>";
    QTest::newRow("mailto") << "<a href=\"mailto:help@example.com\">mail</a>"
                            << "<a href=\"mailto:help@example.com\">mail</a>";
    QTest::newRow("nested") << "<p><b><i>x</i></b></p>"
                            << "<p><b><i>x</i></b></p>";
}

void TestPreviewSanitizer::allowedSubsetRenders()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(sanitizeBotHtml(input), output);
}

void TestPreviewSanitizer::dangerousMarkupIsText_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("script") << "<script>alert(1)</script>";
    QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>";
    QTest::newRow("img onerror quoted") << "<img src=\"x\" onerror=\"alert('x')\">";
    QTest::newRow("svg") << "<svg onload=alert(1)>";
    QTest::newRow("style") << "<style>body{display:none}</style>";
    QTest::newRow("iframe") << "<iframe src=\"https://evil.example\"></iframe>";
    QTest::newRow("event on allowed tag") << "<b onclick=\"alert(1)\">x</b>";
    QTest::newRow("style on allowed tag") << "<p style=\"color:red\">x</p>";
    QTest::newRow("javascript link") << "<a href=\"javascript:alert(1)\">x</a>";
    QTest::newRow("javascript link, entity") << "<a href=\"java&#x09;script:alert(1)\">x</a>";
    QTest::newRow("javascript link, case") << "<a href=\" JaVaScRiPt:alert(1)\">x</a>";
    QTest::newRow("javascript link, colon entity") << "<a href=\"javascript&colon;alert(1)\">x</a>";
    QTest::newRow("data link") << "<a href=\"data:text/html,<script>x</script>\">x</a>";
    QTest::newRow("link with onclick") << "<a href=\"https://e.org\" onclick=\"x()\">x</a>";
    QTest::newRow("comment") << "<!-- <b>x</b> -->";
    QTest::newRow("broken attribute") << "<a href=\"https://e.org>x</a>";
}

void TestPreviewSanitizer::dangerousMarkupIsText()
{
    QFETCH(QString, input);
    const QString html = sanitizeBotHtml(input);
    QVERIFY2(onlyAllowedTags(html), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive), qPrintable(html));
    for (const QString &href : anchors(html))
        QVERIFY2(isAllowedLinkUrl(href), qPrintable(href));
    // The dangerous tag itself is on screen as text.
    const QString visible = shown(html);
    if (input.startsWith(QLatin1String("<script")) || input.startsWith(QLatin1String("<img"))
        || input.startsWith(QLatin1String("<a href=\"javascript")))
        QCOMPARE(visible, input);
}

void TestPreviewSanitizer::unbalancedTagsAreText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("visible");
    QTest::addColumn<QString>("output");
    QTest::newRow("open only") << "<b>bold"
                               << "<b>bold"
                               << "&lt;b&gt;bold";
    QTest::newRow("close only") << "x</i>"
                                << "x</i>"
                                << "x&lt;/i&gt;";
    QTest::newRow("crossed") << "<b><i>x</b></i>"
                             << "<i>x</i>"
                             << "<b>&lt;i&gt;x</b>&lt;/i&gt;";
    QTest::newRow("link unclosed") << "<a href=\"https://e.org\">e"
                                   << "<a href=\"https://e.org\">e"
                                   << "&lt;a href=&quot;https://e.org&quot;&gt;e";
    QTest::newRow("lone angle") << "a < b > c"
                                << "a < b > c"
                                << "a &lt; b &gt; c";
    QTest::newRow("closing br") << "a</br>"
                                << "a</br>"
                                << "a&lt;/br&gt;";
}

void TestPreviewSanitizer::unbalancedTagsAreText()
{
    QFETCH(QString, input);
    QFETCH(QString, visible);
    QFETCH(QString, output);
    const QString html = sanitizeBotHtml(input);
    QCOMPARE(html, output);
    QCOMPARE(shown(html), visible);
}

void TestPreviewSanitizer::linksKeepOnlySafeSchemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://example.com/a" << true;
    QTest::newRow("http") << "http://example.com" << true;
    QTest::newRow("tel") << "tel:+1-555-0100" << true;
    QTest::newRow("mailto") << "mailto:a@example.com" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("javascript with tab") << "java\tscript:alert(1)" << false;
    QTest::newRow("vbscript") << "vbscript:x" << false;
    QTest::newRow("data") << "data:text/html;base64,PHNjcmlwdD4=" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("relative") << "/path" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("empty tel") << "tel:" << false;
}

void TestPreviewSanitizer::linksKeepOnlySafeSchemes()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedLinkUrl(url), allowed);
}

void TestPreviewSanitizer::entitiesAndLineBreaks()
{
    QCOMPARE(sanitizeBotHtml(QStringLiteral("Tom &amp; Jerry & co")),
             QStringLiteral("Tom &amp; Jerry &amp; co"));
    QCOMPARE(sanitizeBotHtml(QStringLiteral("&#60;b&#62;")), QStringLiteral("&#60;b&#62;"));
    QCOMPARE(shown(sanitizeBotHtml(QStringLiteral("&#60;b&#62;x"))), QStringLiteral("<b>x"));
    QCOMPARE(sanitizeBotHtml(QStringLiteral("line 1\nline 2")), QStringLiteral("line 1<br>line 2"));
    QCOMPARE(sanitizeBotHtml(QStringLiteral("say \"hi\"")), QStringLiteral("say &quot;hi&quot;"));
}

void TestPreviewSanitizer::literalSpansStayText()
{
    // "Hello <b>x</b>, <b>bold</b>": the first markup came from a variable.
    const QString text = QStringLiteral("Hello <b>x</b>, <b>bold</b>");
    const QString html = sanitizeBotHtml(text, {{6, 8}});
    QCOMPARE(html, QStringLiteral("Hello &lt;b&gt;x&lt;/b&gt;, <b>bold</b>"));
    QCOMPARE(shown(html), QStringLiteral("Hello <b>x</b>, bold"));
    // A value cannot close a tag the template opened, nor open one.
    QCOMPARE(sanitizeBotHtml(QStringLiteral("<b>x</b>"), {{3, 5}}),
             QStringLiteral("&lt;b&gt;x&lt;/b&gt;"));
    // Entities in a value are text too.
    QCOMPARE(sanitizeBotHtml(QStringLiteral("a &amp; b"), {{2, 5}}),
             QStringLiteral("a &amp;amp; b"));
}

void TestPreviewSanitizer::templateValuesAreFound()
{
    Bot bot;
    Integration api = Integration::create(QStringLiteral("Weather"));
    api.responseDataVariable = QStringLiteral("weather");
    bot.integrations.append(api);

    using Spans = QList<LiteralSpan>;
    QCOMPARE(templateValueSpans(QStringLiteral("Hello {$botContext.name}!"),
                                QStringLiteral("Hello <b>Bob</b>!"), bot),
             (Spans{{6, 10}}));
    QCOMPARE(templateValueSpans(QStringLiteral("{$env.a}{$env.b} and {weather.temp}"),
                                QStringLiteral("xy and 20"), bot),
             (Spans{{0, 2}, {7, 2}}));
    // Empty values leave no span; braces that are no template are literal.
    QCOMPARE(templateValueSpans(QStringLiteral("A {$botContext.none}B {json}"),
                                QStringLiteral("A B {json}"), bot),
             Spans{});
    // A script sent something else: nothing lines up.
    QCOMPARE(templateValueSpans(QStringLiteral("Hello {$botContext.name}!"), QStringLiteral("Bye"),
                                bot),
             Spans{});
    QCOMPARE(
            templateValueSpans(QStringLiteral("no templates"), QStringLiteral("no templates"), bot),
            Spans{});
}

void TestPreviewSanitizer::templateValueInHref()
{
    Bot bot;
    const QString tmpl = QStringLiteral("<a href=\"{$env.site}\">site</a>");
    const QString good = QStringLiteral("<a href=\"https://example.com\">site</a>");
    QCOMPARE(sanitizeBotHtml(good, templateValueSpans(tmpl, good, bot)), good);
    const QString evil = QStringLiteral("<a href=\"javascript:alert(1)\">site</a>");
    QCOMPARE(shown(sanitizeBotHtml(evil, templateValueSpans(tmpl, evil, bot))), evil);
    // A value that tries to leave the attribute.
    const QString breakout = QStringLiteral("<a href=\"https://e.org\" onclick=\"x\">site</a>");
    const QString html = sanitizeBotHtml(breakout, templateValueSpans(tmpl, breakout, bot));
    QVERIFY2(onlyAllowedTags(html), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("onclick=\"x\">")));
}

void TestPreviewSanitizer::plainTextIsEscaped()
{
    const QString input = QStringLiteral("<script>alert('x')</script> & <b>\nnext");
    const QString html = plainTextToHtml(input);
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    QCOMPARE(shown(html), input);
}

void TestPreviewSanitizer::toolTipsShowTheTextAsItIs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("a value");
    QTest::newRow("ampersand") << QStringLiteral("Sends \u201cterms & conditions\u201d");
    QTest::newRow("bold") << QStringLiteral("<b>not bold</b>");
    QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("entity") << QStringLiteral("&lt;tag&gt;");
    QTest::newRow("lines") << QStringLiteral("<i>one</i>\n  two");
}

void TestPreviewSanitizer::toolTipsShowTheTextAsItIs()
{
    // QToolTip (and a QLabel with Qt::AutoText) renders text that looks like HTML as HTML.
    QFETCH(QString, text);
    const QString tip = plainToolTip(text);
    QString shown = tip;
    if (Qt::mightBeRichText(tip)) {
        QTextDocument doc;
        doc.setHtml(tip);
        shown = doc.toPlainText();
    }
    QCOMPARE(shown, text);
}

void TestPreviewSanitizer::randomInputStaysWellFormed()
{
    // Fragments of markup in random order: the output never has a tag outside the subset.
    const QStringList pieces{QStringLiteral("<b>"),
                             QStringLiteral("</b>"),
                             QStringLiteral("<i>"),
                             QStringLiteral("</i>"),
                             QStringLiteral("<p>"),
                             QStringLiteral("</p>"),
                             QStringLiteral("<ul>"),
                             QStringLiteral("<li>"),
                             QStringLiteral("</li>"),
                             QStringLiteral("</ul>"),
                             QStringLiteral("<br>"),
                             QStringLiteral("<a href=\""),
                             QStringLiteral("https://e.org"),
                             QStringLiteral("javascript:x"),
                             QStringLiteral("\">"),
                             QStringLiteral("</a>"),
                             QStringLiteral("<img src=x onerror=y>"),
                             QStringLiteral("<script>"),
                             QStringLiteral("&"),
                             QStringLiteral("&amp;"),
                             QStringLiteral("\""),
                             QStringLiteral("'"),
                             QStringLiteral("<"),
                             QStringLiteral(">"),
                             QStringLiteral("text"),
                             QStringLiteral("\n"),
                             QStringLiteral(" onclick=")};
    QRandomGenerator random(42);
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int count = random.bounded(1, 14);
        QList<LiteralSpan> spans;
        for (int k = 0; k < count; ++k) {
            const QString &piece = pieces.at(random.bounded(int(pieces.size())));
            if (random.bounded(6) == 0)
                spans.append({input.size(), piece.size()});
            input += piece;
        }
        const QString html = sanitizeBotHtml(input, spans);
        QVERIFY2(onlyAllowedTags(html), qPrintable(input + QStringLiteral(" -> ") + html));
        for (const QString &href : anchors(html))
            QVERIFY2(isAllowedLinkUrl(href), qPrintable(input));
    }
}

void TestPreviewSanitizer::longRunsOfBracketsStayLinear()
{
    QElapsedTimer timer;
    timer.start();
    const QString input = QStringLiteral("<a href='").repeated(20000);
    const QString html = sanitizeBotHtml(input);
    QVERIFY(onlyAllowedTags(html));
    QVERIFY2(timer.elapsed() < 2000 * testsupport::timeScale(),
             qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(TestPreviewSanitizer)
#include "tst_previewsanitizer.moc"
