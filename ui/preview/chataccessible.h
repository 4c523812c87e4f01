#pragma once

namespace dialogsmith::ui {

/// Makes the preview's painted chat readable to screen readers: installs (once) an accessibility
/// factory that gives a ChatView a list interface whose items are the bubbles and notices (name:
/// the text; description: who wrote it) and whose bubbles have their choices as push buttons
/// (name: the title; the press action picks the choice, as a click does; spent ones are
/// unavailable). ChatView's constructor calls it.
void installChatAccessibility();

} // namespace dialogsmith::ui
