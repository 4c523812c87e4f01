#pragma once

namespace dialogsmith::ui {

/// Makes the painted canvas readable to screen readers: installs (once) an accessibility factory
/// that gives a CanvasView a list interface whose items are the dialog's interactions in dialog
/// order (name: the interaction's name; description: its type and what it says; selected state;
/// the press action selects it, which shows it in the inspector). CanvasView's constructor calls
/// it.
void installCanvasAccessibility();

} // namespace dialogsmith::ui
