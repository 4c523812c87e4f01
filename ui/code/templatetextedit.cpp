#include "templatetextedit.h"

#include "codecolors.h"
#include "templatesyntax.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace dialogsmith::ui {

TemplateHighlighter::TemplateHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void TemplateHighlighter::setPalette(const QPalette &palette)
{
    const CodeColors colors = CodeColors::fromPalette(palette);
    m_template = {};
    m_template.setForeground(colors.templateText);
    m_template.setBackground(colors.templateBackground);
    m_unclosed = {};
    m_unclosed.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unclosed.setUnderlineColor(colors.error);
    m_unclosed.setToolTip(tr("This template is not closed with \"}\""));
    rehighlight();
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    for (const TemplateSpan &span : findTemplates(text))
        setFormat(int(span.start), int(span.length), span.closed ? m_template : m_unclosed);
}

TemplateTextEdit::TemplateTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new TemplateHighlighter(document(), palette()))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(3);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        updateHeight();
        // Re-highlighting also reports a change; only a different text is an edit.
        const QString now = toPlainText();
        if (now == m_lastText)
            return;
        m_lastText = now;
        if (!m_settingText)
            emit textEdited(now);
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &TemplateTextEdit::updateHeight);
    updateHeight();
}

void TemplateTextEdit::setText(const QString &text)
{
    const QString old = toPlainText();
    if (old == text)
        return;
    // Replace only what differs so the user's cursor stays where the text did not change.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    m_settingText = true;
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    m_settingText = false;
}

void TemplateTextEdit::setTemplateHighlighting(bool on)
{
    m_highlighter->setDocument(on ? document() : nullptr);
}

void TemplateTextEdit::setMinimumLines(int lines)
{
    m_minimumLines = std::max(1, lines);
    updateHeight();
}

void TemplateTextEdit::setMaximumLines(int lines)
{
    m_maximumLines = std::max(m_minimumLines, lines);
    updateHeight();
}

int TemplateTextEdit::heightForLines(int lines) const
{
    const int margins = contentsMargins().top() + contentsMargins().bottom() + 2 * frameWidth()
                        + int(2 * document()->documentMargin()) + 2;
    return lines * fontMetrics().lineSpacing() + margins;
}

QSize TemplateTextEdit::sizeHint() const
{
    // Wrapped lines count: the document layout knows how many visual lines there are.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    lines = std::clamp(lines, m_minimumLines, m_maximumLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize TemplateTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(m_minimumLines)};
}

void TemplateTextEdit::updateHeight()
{
    const int height = sizeHint().height();
    if (height != this->height())
        setFixedHeight(height);
}

void TemplateTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    else if (event->type() == QEvent::FontChange)
        updateHeight();
}

} // namespace dialogsmith::ui
