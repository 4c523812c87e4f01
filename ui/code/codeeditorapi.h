#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace dialogsmith::ui {

/// What a code editor edits.
enum class CodeLanguage { JavaScript, Json };

/// A problem to show on one line of the code: 1-based line and a sentence.
struct CodeDiagnostic
{
    int line = 0;
    QString message;

    bool operator==(const CodeDiagnostic &o) const = default;
};

/// A code editor as the forms use it (CodeEditor, codeeditor.h, implements it). The editor
/// itself is QScintilla's and comes with the studio's engine: forms make one with
/// createCodeEditor() and need not link QScintilla.
class CodeEditorApi
{
public:
    virtual ~CodeEditorApi() = default;

    virtual QWidget *widget() = 0;
    virtual QString code() const = 0;
    /// Replaces the text without it counting as an edit by the user, keeping the view.
    virtual void setCode(const QString &code) = 0;
    /// Shows other code (another interaction's): cursor and scroll back at the start.
    virtual void loadCode(const QString &code) = 0;
    /// Grey text shown while the editor is empty.
    virtual void setPlaceholderText(const QString &text) = 0;
    /// A problem found by the owner, shown like a syntax error (which wins when both exist).
    virtual void setDiagnostic(const std::optional<CodeDiagnostic> &diagnostic) = 0;
    /// Moves the cursor to the start of a 1-based line and scrolls it into view.
    virtual void goToLine(int line) = 0;
    /// Calls `edited` with the code whenever the user changes it, while `context` lives.
    virtual QMetaObject::Connection onCodeEdited(QObject *context,
                                                 std::function<void(const QString &)> edited)
            = 0;
};

/// Makes the code editors (the engine registers it).
using CodeEditorFactory = CodeEditorApi *(*)(CodeLanguage language, QWidget *parent);
void setCodeEditorFactory(CodeEditorFactory factory);
/// A new code editor, the engine loaded first if need be; nullptr when it cannot be.
CodeEditorApi *createCodeEditor(CodeLanguage language, QWidget *parent);

} // namespace dialogsmith::ui

Q_DECLARE_INTERFACE(dialogsmith::ui::CodeEditorApi, "org.dialogsmith.CodeEditorApi")
