#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace dialogsmith::ui {

/// Colours `{$...}` and `{RDV.field}` references in message texts, and marks a `{$` that is
/// never closed, so a designer sees what the bot will fill in.
class TemplateHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TemplateHighlighter(QTextDocument *document, const QPalette &palette);
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_template;
    QTextCharFormat m_unclosed;
};

/// A message field: plain text with template highlighting that grows with its content (up to
/// `maximumLines`), moves focus on Tab, and tells user edits (textEdited) apart from updates made
/// with setText(), which keep the cursor where it was.
class TemplateTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TemplateTextEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    /// Updates the text without it counting as an edit; only the changed part is replaced.
    void setText(const QString &text);

    /// Whether `{$...}` references are coloured (on by default; off for plain notes).
    void setTemplateHighlighting(bool on);

    void setMinimumLines(int lines);
    void setMaximumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void textEdited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    int heightForLines(int lines) const;
    void updateHeight();

    TemplateHighlighter *m_highlighter;
    QString m_lastText;
    int m_minimumLines = 2;
    int m_maximumLines = 8;
    bool m_settingText = false;
};

} // namespace dialogsmith::ui
