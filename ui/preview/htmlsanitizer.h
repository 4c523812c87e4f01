#pragma once

#include <QList>
#include <QString>

namespace dialogsmith::document {
struct Bot;
}

namespace dialogsmith::ui {

/// A range of a bot message that must be shown as text whatever it holds (a variable's value).
struct LiteralSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const LiteralSpan &o) const = default;
};

/// Bot messages as the preview shows them: Conversation Builder's HTML subset and nothing else.
///
/// Rendered: `<p> <br> <b> <strong> <i> <ul> <ol> <li>` without attributes, and `<a href>` whose
/// URL is http, https, tel or mailto (`target`, `rel` and `title` are accepted and dropped).
/// Everything else is shown as the text it is: other tags, tags with other attributes (event
/// handlers, styles), links to other schemes (`javascript:`), tags without their partner
/// (unbalanced or badly nested), comments, and anything that does not parse as a tag. Character
/// references (`&amp;`, `&#39;`) are kept; a stray `&` is escaped; line breaks become `<br>`.
/// The output is well-formed and safe to hand to QTextDocument.
///
/// Characters inside `literal` spans never start or end a tag: a variable's value is always
/// text, even when it looks like markup.
QString sanitizeBotHtml(const QString &text, const QList<LiteralSpan> &literal = {});

/// Text the user typed (or any other plain text) as HTML: everything escaped, line breaks kept.
QString plainTextToHtml(const QString &text);

/// `text` for a widget that guesses whether it gets HTML (QToolTip, item view tooltips, a QLabel
/// with Qt::AutoText): returned as it is unless Qt would take it for HTML, then escaped (line
/// breaks and spaces kept). What a user typed or a variable holds always shows as text.
QString plainToolTip(const QString &text);

/// True for http, https, tel and mailto URLs: the links a bot message may carry.
bool isAllowedLinkUrl(const QString &url);

/// The host a link's text names ("www.bank.example", "https://bank.example/login"), or empty
/// when the text is no address ("Click here").
QString linkTextHost(const QString &text);
/// Whether two host names are the same, apart from case and a leading "www.".
bool sameLinkHost(const QString &a, const QString &b);

/// Where the values of templates (`{$botContext.name}`, `{$env.x}`, `{RDV.field}`) are in
/// `expanded`, the text the runtime built from `templateText`. Found by lining up the template's
/// literal parts with the expanded text; empty when they do not line up (a script wrote the
/// message) or when the template has no value in it. `bot` tells which `{name.field}` are data
/// fields, as the runtime does.
QList<LiteralSpan> templateValueSpans(const QString &templateText, const QString &expanded,
                                      const document::Bot &bot);

} // namespace dialogsmith::ui
