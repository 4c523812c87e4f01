#pragma once

#include "interaction.h"

#include <QWidget>

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class CodeEditor;

/// The inspector's Code tab as the inspector and the main window use it: the code slots of an
/// interaction, or the bot's global functions. The page itself (CodePage, with QScintilla's
/// editors) comes with the studio's engine; create() makes one, loading the engine first if
/// need be.
class CodePageBase : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    using Factory = CodePageBase *(*)(document::BotDocument *document, QWidget *parent);
    /// The engine registers how pages are made.
    static void setFactory(Factory factory);
    /// A new page, or nullptr when the engine cannot be loaded.
    static CodePageBase *create(document::BotDocument *document, QWidget *parent);

    virtual void showInteraction(const QString &interactionId) = 0;
    virtual void showGlobalFunctions() = 0;
    virtual void clear() = 0;
    virtual void refresh() = 0;

    /// The editor of a slot while an interaction is shown, else nullptr.
    virtual CodeEditor *editor(document::CodeSlot slot) const = 0;
    /// The global functions editor while the bot is shown, else nullptr.
    virtual CodeEditor *globalFunctionsEditor() const = 0;
    /// Where typing makes sense first: the global functions, or the pre-process code.
    virtual QWidget *firstEditor() const = 0;
    /// Focuses the slot named as validation and search name it ("pre-process", "process user
    /// response", "post-process", "global functions") at a 1-based line.
    virtual bool focusSlot(const QString &name, int line = 0) = 0;
    /// The slot whose editor has the focus, named as focusSlot() takes it (empty when none),
    /// and the 1-based line of its cursor.
    virtual QString focusedSlot(int *line = nullptr) const = 0;

signals:
    void statusMessage(const QString &message);
};

} // namespace dialogsmith::ui
