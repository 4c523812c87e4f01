#pragma once

class QAction;
class QObject;

namespace dialogsmith::ui {

/// "Save Transcript...": the preview's panel and the main window's Preview menu show the same
/// action, and the menu has it before the preview is loaded.
QAction *createSaveTranscriptAction(QObject *parent);
/// "Open Transcript and Replay...", like createSaveTranscriptAction().
QAction *createOpenTranscriptAction(QObject *parent);

} // namespace dialogsmith::ui
