#pragma once

#include "codeeditorapi.h"

#include <Qsci/qsciscintilla.h>

#include <QTimer>

#include <optional>

class QsciAPIs;
class QsciLexer;

namespace dialogsmith::ui {

class FindBar;

/// How find and replace match.
struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
    bool regularExpression = false;
};

/// The code editor of the studio: JavaScript (interaction code, global functions, transform
/// scripts) or JSON (request bodies, universal content).
///
/// - JavaScript: `botContext.` completion with call tips (resources/studio/botcontext.api) and
///   syntax errors underlined as the user types, checked off the UI thread shortly after typing
///   stops; results for text that has changed since are dropped.
/// - JSON: templates (`{$...}`) are highlighted where they expand; the owner may add a
///   diagnostic (e.g. invalid JSON after expansion) with setDiagnostic().
/// - Both: line numbers, folding, brace matching, current-line highlight, palette-aware colours
///   and a find/replace bar (Ctrl+F, Ctrl+H, F3/Shift+F3, Escape closes it).
///
/// codeEdited() is emitted for the user's edits only; setCode() (e.g. after undo) replaces only
/// the part of the text that changed, so the cursor and scroll position stay put.
class CodeEditor : public QsciScintilla, public CodeEditorApi
{
    Q_OBJECT
    Q_INTERFACES(dialogsmith::ui::CodeEditorApi)

public:
    using Language = CodeLanguage;
    /// Scintilla indicators the editor draws with (tests and tools may query them).
    enum Indicator {
        ErrorIndicator = 8,
        TemplateIndicator = 9,
        FindIndicator = 10,
        TemplateTextIndicator = 11,
    };
    enum Marker { ErrorMarker = 0 };

    explicit CodeEditor(Language language, QWidget *parent = nullptr);
    ~CodeEditor() override;

    Language language() const { return m_language; }

    QWidget *widget() override { return this; }
    QString code() const override { return text(); }
    /// Replaces the text without it counting as an edit by the user, keeping the view.
    void setCode(const QString &code) override;
    /// Shows other code (another interaction's): cursor and scroll back at the start.
    void loadCode(const QString &code) override;
    QMetaObject::Connection onCodeEdited(QObject *context,
                                         std::function<void(const QString &)> edited) override
    {
        return connect(this, &CodeEditor::codeEdited, context, std::move(edited));
    }

    /// Grey text shown while the editor is empty.
    void setPlaceholderText(const QString &text) override;
    QString placeholderText() const { return m_placeholder; }

    /// The syntax error of the current text (JavaScript), once the check has run.
    std::optional<CodeDiagnostic> syntaxError() const { return m_syntaxError; }
    /// A problem found by the owner, shown like a syntax error (which wins when both exist).
    void setDiagnostic(const std::optional<CodeDiagnostic> &diagnostic) override;
    std::optional<CodeDiagnostic> shownDiagnostic() const;
    /// Whether the syntax check of the current text is still to come.
    bool isSyntaxCheckPending() const;

    /// Whether the completion list is loaded and prepared (JavaScript).
    bool isCompletionReady() const { return m_completionReady; }

    /// Moves the cursor to the start of a 1-based line and scrolls it into view.
    void goToLine(int line) override;

    FindBar *findBar() const { return m_findBar; }
    void showFindBar(bool withReplace);
    void hideFindBar();

    // Find and replace primitives, used by the find bar. Offsets are QString offsets.
    /// Selects the next (or previous) match after (before) the selection, wrapping around.
    bool find(const QString &needle, const FindOptions &options, bool forward,
              bool includeSelection = false);
    /// Highlights every match; returns their number, or -1 for an invalid pattern.
    int highlightMatches(const QString &needle, const FindOptions &options);
    void clearMatchHighlights();
    /// 1-based index of the match that is selected, or 0.
    int selectedMatchIndex(const QString &needle, const FindOptions &options) const;
    /// Replaces the selection if it is a match, then selects the next match.
    bool replaceSelected(const QString &needle, const QString &replacement,
                         const FindOptions &options);
    /// Replaces every match as one edit; returns how many were replaced.
    int replaceAll(const QString &needle, const QString &replacement, const FindOptions &options);

signals:
    /// The user changed the text (typing, paste, replace...).
    void codeEdited(const QString &code);
    void syntaxErrorChanged();
    void completionReadyChanged();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setupCompletion();
    void applyColors();
    void onTextChanged();
    void updateLineNumberWidth();
    void updateTemplateHighlights();
    void requestSyntaxCheck();
    void onChecked(quint64 client, quint64 generation, int line, const QString &message);
    void showDiagnostic();
    void layoutFindBar();
    int lineAtViewportPoint(const QPoint &pos) const;
    bool handleFindKey(QKeyEvent *event);
    long send(unsigned int message, qsizetype wParam = 0, qsizetype lParam = 0) const;
    void replaceChangedPart(const QString &code);
    /// Replaces the byte range [from, to) with `text` as Scintilla positions.
    void replaceRange(qsizetype from, qsizetype to, const QByteArray &text);
    qsizetype bytePosition(const QString &text, qsizetype offset) const;
    qsizetype charOffset(qsizetype bytePosition) const;

    Language m_language;
    QsciLexer *m_lexer = nullptr;
    QsciAPIs *m_apis = nullptr;
    FindBar *m_findBar = nullptr;
    QString m_placeholder;
    QTimer m_checkTimer;
    quint64 m_clientId = 0;
    quint64 m_generation = 0;
    quint64 m_checkedGeneration = 0;
    std::optional<CodeDiagnostic> m_syntaxError;
    std::optional<CodeDiagnostic> m_diagnostic;
    bool m_completionReady = false;
    bool m_settingCode = false;
    bool m_batchEdit = false;
    bool m_applyingColors = false;
};

} // namespace dialogsmith::ui
