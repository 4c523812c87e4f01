#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class BotForm;
class CodePageBase;
class InteractionForm;

/// The inspector on the right of the main window: the selected interaction's settings and code
/// (Settings | Code tabs), or the bot's own settings and global functions.
///
/// It holds an id, never a copy: every edit goes through a document command, and the forms
/// follow the document's signals, so undo/redo and edits made elsewhere show up at once without
/// taking the focus or moving the cursor of the field being typed in.
class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(document::BotDocument *document, QWidget *parent = nullptr);
    ~Inspector() override;

    /// Shows an interaction (the tab stays as it was).
    void showInteraction(const QString &id);
    /// Shows the bot: name, description and language, and the global functions (Code tab).
    void showBotCode();
    /// Shows nothing but a hint.
    void clear();

    /// Jumps to a field of what is shown, as the problems panel and search name them: "name",
    /// "type", "patterns", "next action", "rule N", "integration", "text"... or a code slot
    /// ("pre-process", "process user response", "post-process", "global functions") at a
    /// 1-based `line`. Returns false when the field is not there.
    bool focusField(const QString &field, int line = 0);

    QString interactionId() const { return m_id; }
    bool isShowingBot() const { return m_mode == Mode::Bot; }

    /// Room for a form and a code editor side panel; docks open at this width.
    QSize sizeHint() const override { return {400, 640}; }

    QTabWidget *tabs() const { return m_tabs; }
    InteractionForm *interactionForm() const { return m_form; }
    BotForm *botForm() const { return m_botForm; }
    /// The Code tab's page, made now if it was not yet (it is made when the tab is first shown:
    /// its editors come with the studio's engine); nullptr when the engine cannot be loaded.
    CodePageBase *codePage() const;
    /// "Open in Large Editor", beside the tabs while the Code tab is in front.
    QToolButton *largeEditorButton() const { return m_largeEditor; }

signals:
    void statusMessage(const QString &message);
    /// The user asked to edit the integration an interaction calls.
    void openIntegrationRequested(const QString &integrationId);
    /// The user asked for the code shown on the Code tab in a large editor.
    void largeEditorRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { None, Interaction, Bot };

    void setSettingsWidget(QWidget *widget);
    void rebuildInteractionForm();
    void updateHeader();
    void updateFocusProxy();
    void onInteractionChanged(const QString &id);
    /// Makes the Code tab's page and shows on it what the inspector shows.
    CodePageBase *ensureCodePage();

    document::BotDocument *m_document;
    Mode m_mode = Mode::None;
    QString m_id;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QScrollArea *m_settings;
    QWidget *m_codeTab;             ///< holds the page once made
    CodePageBase *m_code = nullptr; ///< made by ensureCodePage()
    QToolButton *m_largeEditor;
    InteractionForm *m_form = nullptr;
    BotForm *m_botForm = nullptr;
};

} // namespace dialogsmith::ui
