#pragma once

#include <QString>

namespace dialogsmith::ui {

/// Whether sentence() ends the text with a full stop.
enum class FullStop { AsIs, Add };

/// A reason from the model (lower-case, as it reads inside "Not changed: …") as a sentence of
/// its own: trimmed, first letter capitalised; with FullStop::Add also ended with '.' unless it
/// already ends with '.', '?' or '!'.
QString sentence(QString text, FullStop fullStop = FullStop::AsIs);

} // namespace dialogsmith::ui
