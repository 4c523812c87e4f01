#pragma once

#include <QList>

class QLocale;
class QTranslator;

namespace dialogsmith::resources {

/// Installs on the running application the translation of Dialogsmith that best matches
/// `locale`'s user-interface languages, in their order of preference, and Qt's own translation
/// (qtbase_*.qm from package qt6-translations-l10n, when installed) for the same language, so
/// the interface never mixes two languages. English is the source language; its translation only
/// holds plural forms. It is used when the locale prefers English to every translated language
/// or has no translated language at all. Returns the installed translators, Dialogsmith's first;
/// the application object owns them.
QList<QTranslator *> installTranslations(const QLocale &locale);

} // namespace dialogsmith::resources
