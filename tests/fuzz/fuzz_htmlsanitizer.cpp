// The preview's HTML sanitizer: whatever a bot message or a value holds, the output has only the
// allowed tags, links only to allowed schemes, well-formed; a literal span never becomes markup;
// plain text is all text.

#include "fuzzing.h"
#include "htmlsanitizer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace dialogsmith::ui;

namespace {

void checkTags(const QString &html, const QString &input)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression allowed(
            QStringLiteral("^<(/?(p|b|strong|i|ul|ol|li|a)|br|a href=\"([^\"<>]*)\")>$"));
    int depth = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString t = it.next().captured();
        const QRegularExpressionMatch m = allowed.match(t);
        FUZZ_CHECK(m.hasMatch(), input + QStringLiteral("\n=> ") + html);
        if (!m.captured(3).isEmpty() || t.startsWith(QLatin1String("<a href"))) {
            const QString href = m.captured(3)
                                         .replace(QLatin1String("&amp;"), QLatin1String("&"))
                                         .replace(QLatin1String("&quot;"), QLatin1String("\""));
            FUZZ_CHECK(isAllowedLinkUrl(href), input + QStringLiteral("\n=> ") + html);
        }
        if (t == QLatin1String("<br>"))
            continue;
        depth += t.startsWith(QLatin1String("</")) ? -1 : 1;
        FUZZ_CHECK(depth >= 0, input + QStringLiteral("\n=> ") + html);
    }
    FUZZ_CHECK(depth == 0, input + QStringLiteral("\n=> ") + html);
    // No '<' or '>' outside the tags.
    QString rest = html;
    rest.remove(tag);
    FUZZ_CHECK(!rest.contains(QLatin1Char('<')) && !rest.contains(QLatin1Char('>')),
               input + QStringLiteral("\n=> ") + html);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList in = fuzzing::parts(data, size, 2);
    const QString &text = in.at(0);
    checkTags(sanitizeBotHtml(text), text);

    // The second part marks a literal span (a variable's value) inside the first.
    QList<LiteralSpan> spans;
    if (!in.at(1).isEmpty() && !text.isEmpty()) {
        const qsizetype start = in.at(1).at(0).unicode() % text.size();
        const qsizetype length = std::min<qsizetype>(in.at(1).size(), text.size() - start);
        spans.append({start, length});
    }
    const QString withSpans = sanitizeBotHtml(text, spans);
    checkTags(withSpans, text);

    const QString plain = plainTextToHtml(text);
    QString withoutBreaks = plain;
    withoutBreaks.remove(QLatin1String("<br>"));
    FUZZ_CHECK(!withoutBreaks.contains(QLatin1Char('<')), plain);
    plainToolTip(text);
    return 0;
}
