#include "transcriptactions.h"

#include <QAction>
#include <QCoreApplication>

namespace dialogsmith::ui {

namespace {

// The preview panel's words: the panel shows these actions in its own menu too.
QString translated(const char *text)
{
    return QCoreApplication::translate("dialogsmith::ui::PreviewPanel", text);
}

} // namespace

QAction *createSaveTranscriptAction(QObject *parent)
{
    auto *action = new QAction(
            translated(QT_TRANSLATE_NOOP("dialogsmith::ui::PreviewPanel", "&Save Transcript...")),
            parent);
    action->setObjectName(QStringLiteral("saveTranscript"));
    action->setStatusTip(translated(QT_TRANSLATE_NOOP(
            "dialogsmith::ui::PreviewPanel", "Save this conversation as a test transcript (the "
                                             "bot's replies become the expectations)")));
    return action;
}

QAction *createOpenTranscriptAction(QObject *parent)
{
    auto *action = new QAction(translated(QT_TRANSLATE_NOOP("dialogsmith::ui::PreviewPanel",
                                                            "&Open Transcript and Replay...")),
                               parent);
    action->setObjectName(QStringLiteral("openTranscript"));
    action->setStatusTip(translated(QT_TRANSLATE_NOOP(
            "dialogsmith::ui::PreviewPanel", "Replay a transcript and mark where the bot now "
                                             "answers differently")));
    return action;
}

} // namespace dialogsmith::ui
