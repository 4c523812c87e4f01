#pragma once

#include <QString>
#include <QStringList>

namespace dialogsmith::runtime {

/// The option a multiple-choice answer picks, or -1.
///
/// An answer picks an option by its text (case-insensitive, blanks around it ignored), by its
/// 1-based number ("2", "2.", "2)") or by its letter ("b", "B)"). Options written with their own
/// label, such as "A)Yes", are matched by "A", "A)" and "Yes". Text wins over numbers and
/// letters, so an option that is literally "1" is picked by "1".
int matchChoice(const QString &answer, const QStringList &options);

} // namespace dialogsmith::runtime
