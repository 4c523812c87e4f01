#pragma once

class QWidget;

namespace dialogsmith::ui {

/// Blocks the signals of every widget inside `form`, for its destructor to call first. Qt hides
/// a window and deletes its children only after the destructors of the classes derived from
/// QWidget ran; a field that loses the focus then (an editable combo box commits its text on
/// focus out, a line edit reports editingFinished) would otherwise commit an edit through a form
/// that is half destroyed. Objects that are not widgets (clients, timers, models) keep their
/// signals.
void silenceForTeardown(QWidget *form);

} // namespace dialogsmith::ui
