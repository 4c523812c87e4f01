#pragma once

#include "interaction.h"

#include <QList>
#include <QWidget>

class QSplitter;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class CodeEditor;
class CodeSlotPane;

/// The Code tab: one JavaScript editor per code slot of an interaction (pre-process, process
/// user response for interactions that wait for the user, post-process), or the bot's global
/// functions. Typing is a SetCodeCommand (or SetGlobalFunctionsCommand) per change, merged into
/// one undo step per slot; undo and edits elsewhere come back through refresh().
class CodePage final : public QWidget
{
    Q_OBJECT

public:
    explicit CodePage(document::BotDocument *document, QWidget *parent = nullptr);
    ~CodePage() override;

    void showInteraction(const QString &interactionId);
    void showGlobalFunctions();
    void clear();
    void refresh();

    /// The editor of a slot while an interaction is shown, else nullptr.
    CodeEditor *editor(document::CodeSlot slot) const;
    /// The global functions editor while the bot is shown, else nullptr.
    CodeEditor *globalFunctionsEditor() const;
    /// Focuses the slot named as validation and search name it ("pre-process", "process user
    /// response", "post-process", "global functions") at a 1-based line.
    bool focusSlot(const QString &name, int line = 0);
    /// The slot whose editor has the focus, named as focusSlot() takes it (empty when none),
    /// and the 1-based line of its cursor.
    QString focusedSlot(int *line = nullptr) const;

signals:
    void statusMessage(const QString &message);

private:
    /// Makes the slot editors when first needed: most starts never show code.
    void ensurePanes();
    CodeSlotPane *addPane(const QString &title, const QString &placeholder);
    void balance();

    document::BotDocument *m_document;
    QSplitter *m_splitter;
    QString m_interactionId;
    bool m_global = false;
    CodeSlotPane *m_pre = nullptr;
    CodeSlotPane *m_process = nullptr;
    CodeSlotPane *m_post = nullptr;
    CodeSlotPane *m_functions = nullptr;
};

} // namespace dialogsmith::ui
