#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class CodePage;

/// The code of one interaction, or the bot's global functions, on a page beside the canvas
/// with the room of the main window. It holds the same slot editors as the inspector's Code
/// tab (completion, call tips, syntax errors, find and replace) and edits through the same
/// commands, so both show every change and one undo stack serves both.
class LargeCodeEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LargeCodeEditor(document::BotDocument *document, QWidget *parent = nullptr);

    void showInteraction(const QString &interactionId);
    void showGlobalFunctions();

    /// The interaction shown, or empty (nothing, or the global functions).
    QString interactionId() const { return m_interactionId; }
    bool isShowingGlobalFunctions() const { return m_global; }
    CodePage *codePage() const { return m_code; }
    QPushButton *backButton() const { return m_back; }

signals:
    /// The user is done here (the button), or what was shown is gone.
    void closeRequested();
    void statusMessage(const QString &message);

private:
    void updateTitle();

    document::BotDocument *m_document;
    QString m_interactionId;
    bool m_global = false;
    QLabel *m_title;
    QPushButton *m_back;
    CodePage *m_code;
};

} // namespace dialogsmith::ui
