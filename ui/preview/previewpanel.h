#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace dialogsmith::ui {

class ChatModel;
class ChatView;
class ImageLoader;
class PreviewController;
class TranscriptReplay;

/// The preview dock: the chat with the bot, its set-up (channel, environment, delays), Reset,
/// Restart when the bot was edited, Start from a dialog, and transcripts (save what happened,
/// replay one and see where the bot now answers differently).
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(PreviewController *controller, QWidget *parent = nullptr);
    ~PreviewPanel() override;

    PreviewController *controller() const { return m_controller; }
    /// The chat it shows: the controller's (PreviewController::chat()).
    ChatModel *chat() const { return m_chat; }
    ChatView *chatView() const { return m_view; }
    QLineEdit *input() const { return m_input; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *environmentBox() const { return m_environment; }
    QToolButton *delaysButton() const { return m_delays; }
    QFrame *staleBar() const { return m_staleBar; }
    QPushButton *restartButton() const { return m_restart; }
    QLabel *replaySummary() const { return m_replayLabel; }
    /// The transcript replay running or last run (null before the first).
    TranscriptReplay *replay() const;
    /// Asks where to save the conversation as a transcript (in the bot's tests folder by
    /// default) and saves it.
    void saveTranscriptAs();
    /// Asks for a transcript and replays it.
    void openTranscriptAndReplay();

    /// The chat entry that shows bot message `serial` of the current conversation (0: none).
    quint64 entryForMessage(int serial) const;

    /// Writes the conversation as a transcript; the error is shown and false returned.
    bool saveTranscript(const QString &path);
    /// Reads a transcript and replays it in the preview; false when it cannot be read.
    bool replayTranscript(const QString &path);

signals:
    void interactionRequested(const QString &interactionId);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sendInput();
    void rebuildEnvironments();
    void rebuildStartMenu();
    void updateControls();
    void choiceActivated(quint64 entryId, int index);
    /// Opens `url` in the browser; asks first when `text` names another host than it goes to.
    void openLink(const QUrl &url, const QString &text = {});
    void showReplayResult(int passed, int failed);

    PreviewController *m_controller;
    ChatModel *m_chat;
    ChatView *m_view;
    ImageLoader *m_images;
    QComboBox *m_channel;
    QComboBox *m_environment;
    QToolButton *m_delays;
    QToolButton *m_resetButton;
    QToolButton *m_more;
    QFrame *m_staleBar;
    QPushButton *m_restart;
    QFrame *m_replayBar;
    QLabel *m_replayLabel;
    QLineEdit *m_input;
    QPushButton *m_send;
    QAction *m_saveAction;
    QAction *m_openAction;
    QMenu *m_startMenu;
    QPointer<TranscriptReplay> m_replay;
    QString m_replayName;
    QStringList m_history;
    int m_historyIndex = -1;
    QString m_draft;
};

} // namespace dialogsmith::ui
