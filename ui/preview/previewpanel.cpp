#include "previewpanel.h"

#include "botdocument.h"
#include "chatmodel.h"
#include "chatview.h"
#include "htmlsanitizer.h"
#include "imageloader.h"
#include "previewcontroller.h"
#include "testsuite.h"
#include "transcriptactions.h"
#include "transcriptreplay.h"
#include "typeicons.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using runtime::Channel;

namespace {

// The input keeps this many sent messages for Up/Down.
constexpr int maxHistory = 200;
const char *transcriptFilter = QT_TRANSLATE_NOOP("dialogsmith::ui::PreviewPanel",
                                                 "Transcripts (*.txt *.transcript);;All files (*)");

QFrame *makeBar(QWidget *parent, const QString &name)
{
    auto *bar = new QFrame(parent);
    bar->setObjectName(name);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->hide();
    return bar;
}

} // namespace

PreviewPanel::PreviewPanel(PreviewController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_chat(controller->chat())
    , m_view(new ChatView(this))
    , m_images(new ImageLoader(this))
    , m_channel(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_delays(new QToolButton(this))
    , m_resetButton(new QToolButton(this))
    , m_more(new QToolButton(this))
    , m_staleBar(makeBar(this, QStringLiteral("staleBar")))
    , m_restart(new QPushButton(tr("&Restart"), m_staleBar))
    , m_replayBar(makeBar(this, QStringLiteral("replayBar")))
    , m_replayLabel(new QLabel(m_replayBar))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_saveAction(createSaveTranscriptAction(this))
    , m_openAction(createOpenTranscriptAction(this))
    , m_startMenu(new QMenu(tr("Start from &Dialog"), this))
{
    setObjectName(QStringLiteral("previewPanel"));
    m_view->setModel(m_chat);
    m_view->setImageLoader(m_images);
    m_view->setAccessibleName(tr("Conversation"));
    m_view->setPlaceholderText(tr("Type a message below to talk to the bot as it is now.\n\n"
                                  "F5 restarts the conversation; Shift+F5 starts it in the "
                                  "selected dialog."));

    // Set-up row.
    m_channel->setObjectName(QStringLiteral("previewChannel"));
    m_channel->addItem(tr("web"), int(Channel::Web));
    m_channel->setItemData(0, tr("Conversation Builder's preview: nothing is handed to an agent"),
                           Qt::ToolTipRole);
    m_channel->addItem(tr("messaging"), int(Channel::Messaging));
    m_channel->setItemData(1,
                           tr("Like a deployed bot: integrations and agent transfers go over "
                              "the network"),
                           Qt::ToolTipRole);
    m_channel->setToolTip(tr("Channel (restarts the preview)"));
    m_environment->setObjectName(QStringLiteral("previewEnvironment"));
    m_environment->setToolTip(tr("Environment for {$env.…} (restarts the preview)"));
    // Long environment names must not widen the dock: the combo shrinks, its popup does not.
    m_environment->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_environment->setMinimumWidth(m_environment->fontMetrics().horizontalAdvance(QLatin1Char('M'))
                                   * 8);
    m_delays->setObjectName(QStringLiteral("previewDelays"));
    m_delays->setText(tr("Delays"));
    m_delays->setCheckable(true);
    m_delays->setChecked(m_controller->delaysEnabled());
    m_delays->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_delays->setToolTip(tr("Wait for each interaction's delay, with a typing indicator. Off: "
                            "answers come at once."));
    m_resetButton->setObjectName(QStringLiteral("previewReset"));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setIcon(studioIcon(QStringLiteral("restart")));
    m_resetButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_resetButton->setToolTip(tr("Start the conversation over, like typing \u201creset\u201d"));
    m_more->setObjectName(QStringLiteral("previewMore"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *moreMenu = new QMenu(m_more);
    moreMenu->addMenu(m_startMenu);
    moreMenu->addSeparator();
    moreMenu->addAction(m_saveAction);
    moreMenu->addAction(m_openAction);
    moreMenu->addSeparator();
    // Where images may come from: remembered; a bot's images must not reach into this machine.
    // The helper runs while the panel is being constructed, so it takes the loader and the view
    // as values instead of reaching them through the panel (GCC's vptr check misreads a member
    // access through a captured `this` during construction).
    const auto imageSwitch = [moreMenu, images = m_images, viewport = m_view->viewport()](
                                     const QString &text, const QString &key, bool fallback,
                                     void (ImageLoader::*set)(bool)) {
        QAction *a = moreMenu->addAction(text);
        a->setObjectName(key);
        a->setCheckable(true);
        a->setChecked(QSettings().value(QStringLiteral("preview/") + key, fallback).toBool());
        (images->*set)(a->isChecked());
        connect(a, &QAction::toggled, viewport, [images, viewport, key, set](bool on) {
            QSettings().setValue(QStringLiteral("preview/") + key, on);
            (images->*set)(on);
            viewport->update();
        });
    };
    imageSwitch(tr("Load &Remote Images"), QStringLiteral("loadRemoteImages"), true,
                &ImageLoader::setLoadRemote);
    imageSwitch(tr("Load Images from This &Machine and Private Networks"),
                QStringLiteral("loadLocalImages"), false, &ImageLoader::setLoadLocal);
    moreMenu->addSeparator();
    moreMenu->addAction(tr("&Clear Chat"), m_chat, &ChatModel::clear);
    m_more->setMenu(moreMenu);
    // The style draws the menu arrow in the button's corner, over the text unless there is room.
    m_more->setMinimumWidth(
            m_more->sizeHint().width()
            + m_more->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_more));

    auto *setup = new QHBoxLayout;
    setup->setContentsMargins(0, 0, 0, 0);
    setup->setSpacing(4);
    setup->addWidget(m_channel);
    setup->addWidget(m_environment, 1);
    setup->addWidget(m_delays);
    setup->addWidget(m_resetButton);
    setup->addWidget(m_more);

    // "The bot changed" bar.
    auto *staleLabel = new QLabel(tr("The bot changed \u2014 restart the preview to run the "
                                     "edited bot."),
                                  m_staleBar);
    staleLabel->setWordWrap(true);
    m_restart->setObjectName(QStringLiteral("previewRestart"));
    m_restart->setToolTip(tr("Restart the preview with the edited bot (F5)"));
    auto *staleLayout = new QHBoxLayout(m_staleBar);
    staleLayout->setContentsMargins(8, 4, 4, 4);
    staleLayout->addWidget(staleLabel, 1);
    staleLayout->addWidget(m_restart);

    // Replay result bar.
    m_replayLabel->setObjectName(QStringLiteral("replaySummary"));
    m_replayLabel->setWordWrap(true);
    m_replayLabel->setTextFormat(Qt::PlainText); // it names the transcript's file
    auto *replayClose = new QToolButton(m_replayBar);
    replayClose->setAutoRaise(true);
    replayClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    replayClose->setToolTip(tr("Hide"));
    auto *replayLayout = new QHBoxLayout(m_replayBar);
    replayLayout->setContentsMargins(8, 4, 4, 4);
    replayLayout->addWidget(m_replayLabel, 1);
    replayLayout->addWidget(replayClose);
    connect(replayClose, &QToolButton::clicked, m_replayBar, &QWidget::hide);

    // Input row.
    m_input->setObjectName(QStringLiteral("previewInput"));
    m_input->setPlaceholderText(tr("Message the bot (Enter sends, Up recalls)"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("previewSend"));
    m_send->setDefault(false);
    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(setup);
    layout->addWidget(m_staleBar);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(inputRow);
    setFocusProxy(m_input);

    // Controls.
    connect(m_input, &QLineEdit::returnPressed, this, &PreviewPanel::sendInput);
    connect(m_send, &QPushButton::clicked, this, &PreviewPanel::sendInput);
    connect(m_channel, &QComboBox::activated, this,
            [this] { m_controller->setChannel(Channel(m_channel->currentData().toInt())); });
    connect(m_environment, &QComboBox::activated, this,
            [this] { m_controller->setEnvironment(m_environment->currentData().toString()); });
    connect(m_delays, &QToolButton::toggled, m_controller, &PreviewController::setDelaysEnabled);
    connect(m_resetButton, &QToolButton::clicked, m_controller, &PreviewController::reset);
    connect(m_restart, &QPushButton::clicked, m_controller, &PreviewController::restart);
    connect(m_startMenu, &QMenu::aboutToShow, this, &PreviewPanel::rebuildStartMenu);
    connect(m_saveAction, &QAction::triggered, this, &PreviewPanel::saveTranscriptAs);
    connect(m_openAction, &QAction::triggered, this, &PreviewPanel::openTranscriptAndReplay);
    connect(m_view, &ChatView::choiceActivated, this, &PreviewPanel::choiceActivated);
    connect(m_view, &ChatView::linkActivated, this, &PreviewPanel::openLink);
    connect(m_view, &ChatView::interactionRequested, this, &PreviewPanel::interactionRequested);

    // The conversation: the controller keeps the chat (chat()); this panel may be made late.
    connect(m_controller, &PreviewController::cleared, this, [this] {
        if (m_replay)
            m_replay->cancel();
        m_replayBar->hide();
        rebuildEnvironments();
    });
    m_staleBar->setVisible(m_controller->isStale());
    connect(m_controller, &PreviewController::staleChanged, m_staleBar, &QWidget::setVisible);
    connect(m_controller, &PreviewController::channelChanged, this, &PreviewPanel::updateControls);
    connect(m_controller, &PreviewController::environmentChanged, this,
            &PreviewPanel::updateControls);
    connect(m_controller, &PreviewController::delaysChanged, this, &PreviewPanel::updateControls);

    document::BotDocument *doc = m_controller->document();
    connect(doc, &document::BotDocument::propertiesChanged, this,
            &PreviewPanel::rebuildEnvironments);
    connect(doc, &document::BotDocument::loaded, this, &PreviewPanel::rebuildEnvironments);

    rebuildEnvironments();
    updateControls();
}

PreviewPanel::~PreviewPanel() = default;

quint64 PreviewPanel::entryForMessage(int serial) const
{
    return m_controller->chatEntryForMessage(serial);
}

void PreviewPanel::saveTranscriptAs()
{
    // The bot's tests folder, where the Tests panel finds it, once the bot has a file.
    QString suggested = tr("conversation.txt");
    const QString folder = runtime::TestSuite::folderFor(m_controller->document()->filePath());
    if (!folder.isEmpty() && QDir().mkpath(folder))
        suggested = QDir(folder).filePath(suggested);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Transcript"), suggested,
                                                      tr(transcriptFilter));
    if (!path.isEmpty())
        saveTranscript(path);
}

void PreviewPanel::openTranscriptAndReplay()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Transcript"), {}, tr(transcriptFilter));
    if (!path.isEmpty())
        replayTranscript(path);
}

TranscriptReplay *PreviewPanel::replay() const
{
    return m_replay;
}

void PreviewPanel::updateControls()
{
    m_channel->setCurrentIndex(m_channel->findData(int(m_controller->channel())));
    const int env = m_environment->findData(m_controller->environment());
    m_environment->setCurrentIndex(env < 0 ? 0 : env);
    const QSignalBlocker blocker(m_delays);
    m_delays->setChecked(m_controller->delaysEnabled());
}

void PreviewPanel::rebuildEnvironments()
{
    const document::Bot &bot = m_controller->document()->bot();
    m_environment->clear();
    m_environment->addItem(bot.defaultEnvironment.isEmpty()
                                   ? tr("Default environment")
                                   : tr("Default (%1)").arg(bot.defaultEnvironment),
                           QString());
    for (const document::Environment &env : bot.environments)
        m_environment->addItem(env.name, env.name);
    m_environment->setEnabled(!bot.environments.isEmpty());
    updateControls();
}

void PreviewPanel::rebuildStartMenu()
{
    m_startMenu->clear();
    const document::Bot &bot = m_controller->document()->bot();
    for (const document::Dialog &d : bot.dialogs) {
        QAction *a = m_startMenu->addAction(
                d.name, this, [this, id = d.id] { m_controller->startFromDialog(id); });
        if (!d.enabled)
            a->setText(tr("%1 (disabled)").arg(d.name));
    }
    if (bot.dialogs.isEmpty())
        m_startMenu->addAction(tr("The bot has no dialogs"))->setEnabled(false);
}

bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            if (m_history.isEmpty())
                return true;
            if (m_historyIndex < 0)
                m_draft = m_input->text();
            int index = m_historyIndex < 0 ? int(m_history.size()) : m_historyIndex;
            index += key->key() == Qt::Key_Up ? -1 : 1;
            if (index < 0)
                index = 0;
            if (index >= m_history.size()) {
                m_historyIndex = -1;
                m_input->setText(m_draft);
            } else {
                m_historyIndex = index;
                m_input->setText(m_history.at(index));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPanel::sendInput()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty())
        return;
    if (m_history.isEmpty() || m_history.last() != text)
        m_history.append(text);
    if (m_history.size() > maxHistory)
        m_history.removeFirst();
    m_historyIndex = -1;
    m_draft.clear();
    m_input->clear();
    m_view->scrollToBottom();
    m_controller->send(text);
}

void PreviewPanel::choiceActivated(quint64 entryId, int index)
{
    const ChatEntry *entry = m_chat->entry(entryId);
    if (!entry || index < 0 || index >= entry->choices.size())
        return;
    const runtime::Choice choice = entry->choices.at(index);
    if (!choice.url.isEmpty()) {
        openLink(QUrl(choice.url), choice.title);
        return;
    }
    m_view->scrollToBottom();
    m_controller->sendChoice(choice);
}

void PreviewPanel::openLink(const QUrl &url, const QString &text)
{
    // The sanitizer let only these through; a button's URL is checked here.
    if (!isAllowedLinkUrl(url.toString())) {
        emit statusMessage(tr("Not opened: %1 is not an http, https, tel or mailto link.")
                                   .arg(url.toString()));
        return;
    }
    // "www.yourbank.com" that goes elsewhere: the user decides, knowing where it goes.
    const QString scheme = url.scheme().toLower();
    const QString named = scheme == QLatin1String("http") || scheme == QLatin1String("https")
                                  ? linkTextHost(text)
                                  : QString();
    if (!named.isEmpty() && !sameLinkHost(named, url.host())) {
        QMessageBox box(QMessageBox::Warning, tr("Open Link?"),
                        tr("The link says %1 but goes to %2.").arg(named, url.host()),
                        QMessageBox::Open | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("linkHostPrompt"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("The whole address: %1\nOpen it only if you trust %2.")
                                       .arg(url.toString(QUrl::RemoveUserInfo), url.host()));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Open) {
            emit statusMessage(tr("Not opened: %1").arg(url.toString(QUrl::RemoveUserInfo)));
            return;
        }
    }
    QDesktopServices::openUrl(url);
}

bool PreviewPanel::saveTranscript(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write(m_controller->recording().toText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Transcript"),
                             tr("The transcript was not saved: %1").arg(file.errorString()));
        return false;
    }
    emit statusMessage(tr("Saved the transcript %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool PreviewPanel::replayTranscript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
                this, tr("Open Transcript"),
                tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const document::Result<runtime::Transcript> parsed
            = runtime::Transcript::parse(QString::fromUtf8(file.readAll()));
    if (!parsed) {
        QMessageBox::warning(this, tr("Open Transcript"),
                             tr("%1 is not a transcript: %2")
                                     .arg(QFileInfo(path).fileName(), parsed.error().toString()));
        return false;
    }
    if (m_replay) {
        m_replay->cancel();
        m_replay->deleteLater();
    }
    m_replayName = QFileInfo(path).fileName();
    m_replay = new TranscriptReplay(m_controller, *parsed, this);
    connect(m_replay, &TranscriptReplay::messageChecked, this,
            [this](int serial, bool passed, const QString &expected) {
                if (const quint64 id = m_controller->chatEntryForMessage(serial))
                    m_chat->setCheck(id,
                                     passed ? ChatEntry::Check::Passed : ChatEntry::Check::Failed,
                                     expected);
            });
    connect(m_replay, &TranscriptReplay::messageMissing, this,
            [this](const QString &expected, int line) {
                m_chat->appendNotice(tr("Line %1: the transcript expected another message: %2")
                                             .arg(line)
                                             .arg(expected),
                                     true);
            });
    connect(m_replay, &TranscriptReplay::variableChecked, this,
            [this](const QString &name, bool passed, const QString &expected, const QString &actual,
                   int line) {
                if (passed)
                    return;
                m_chat->appendNotice(tr("Line %1: %2 is \u201c%3\u201d; the transcript expected "
                                        "\u201c%4\u201d.")
                                             .arg(line)
                                             .arg(name, actual, expected),
                                     true);
            });
    connect(m_replay, &TranscriptReplay::problem, this,
            [this](const QString &message) { m_chat->appendNotice(message, true); });
    connect(m_replay, &TranscriptReplay::finished, this, &PreviewPanel::showReplayResult);
    m_replayBar->show();
    m_replayLabel->setText(tr("Replaying %1\u2026").arg(m_replayName));
    m_replay->start();
    return true;
}

void PreviewPanel::showReplayResult(int passed, int failed)
{
    const QString text
            = failed == 0 ? tr("%1: all %n check(s) passed.", nullptr, passed).arg(m_replayName)
                          : tr("%1: %2 passed, %3 failed \u2014 the differences are "
                               "marked in the chat.")
                                    .arg(m_replayName)
                                    .arg(passed)
                                    .arg(failed);
    m_replayLabel->setText(text);
    QPalette pal = m_replayBar->palette();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    pal.setColor(QPalette::Window,
                 failed == 0 ? (dark ? QColor(0x1f, 0x4d, 0x38) : QColor(0xdc, 0xf3, 0xe4))
                             : (dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xe7, 0xe8)));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x20, 0x20, 0x20));
    m_replayBar->setPalette(pal);
    m_chat->appendNotice(text, failed > 0);
    emit statusMessage(text);
}

} // namespace dialogsmith::ui
