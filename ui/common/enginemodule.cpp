#include "enginemodule.h"

#include <QLibrary>

namespace dialogsmith::ui::enginemodule {

namespace {

struct State
{
    QString path;
    bool tried = false;
    bool loaded = false;
    QString error;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

void setPath(const QString &path)
{
    state() = State{path};
}

QString path()
{
    return state().path;
}

bool ensureLoaded(QString *error)
{
    State &s = state();
    if (s.path.isEmpty())
        return true; // linked in, or nothing to load
    if (!s.tried) {
        s.tried = true;
        QLibrary module(s.path);
        // Every symbol now: a module that does not fit this executable fails here, with a
        // reason, rather than later in the middle of something.
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        s.loaded = module.load();
        if (!s.loaded)
            s.error = module.errorString();
    }
    if (!s.loaded && error)
        *error = s.error;
    return s.loaded;
}

} // namespace dialogsmith::ui::enginemodule
