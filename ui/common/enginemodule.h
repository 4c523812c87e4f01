#pragma once

#include <QString>

namespace dialogsmith::ui::enginemodule {

/// The studio's engine module (the preview, tests, integrations, local cloud and the code
/// editors: everything that links Qt Qml, Qt Network or QScintilla). Loading it runs its static
/// initialisers, which register its parts where the shell asks for them (the main window's
/// engine, the code editors, the Code tab, the syntax check). A program that links the engine
/// registers them as it starts and has no module.
///
/// Where the module is; until this is called there is nothing to load.
void setPath(const QString &path);
QString path();
/// Loads the module unless it is loaded or there is none; false when it cannot be loaded,
/// `error` saying why (once failed, it is not tried again).
bool ensureLoaded(QString *error = nullptr);

} // namespace dialogsmith::ui::enginemodule
