#pragma once

#include "codepagebase.h"

#include <QList>

class QSplitter;

namespace dialogsmith::ui {

class CodeSlotPane;

/// The Code tab: one JavaScript editor per code slot of an interaction (pre-process, process
/// user response for interactions that wait for the user, post-process), or the bot's global
/// functions. Typing is a SetCodeCommand (or SetGlobalFunctionsCommand) per change, merged into
/// one undo step per slot; undo and edits elsewhere come back through refresh().
class CodePage final : public CodePageBase
{
    Q_OBJECT

public:
    explicit CodePage(document::BotDocument *document, QWidget *parent = nullptr);
    ~CodePage() override;

    void showInteraction(const QString &interactionId) override;
    void showGlobalFunctions() override;
    void clear() override;
    void refresh() override;

    CodeEditor *editor(document::CodeSlot slot) const override;
    CodeEditor *globalFunctionsEditor() const override;
    QWidget *firstEditor() const override;
    bool focusSlot(const QString &name, int line = 0) override;
    QString focusedSlot(int *line = nullptr) const override;

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
