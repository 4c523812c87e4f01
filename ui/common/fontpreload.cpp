#include "fontpreload.h"

#ifdef DIALOGSMITH_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace dialogsmith::ui {

FontPreload::FontPreload(bool start)
{
#ifdef DIALOGSMITH_HAVE_FONTCONFIG
    if (start) {
        // FcInit() is safe to call from any thread and loads the configuration once; Qt's own
        // call returns at once when it is already loaded.
        m_thread = std::thread([] { FcInit(); });
        m_started = true;
    }
#else
    (void)start;
#endif
}

bool FontPreload::available()
{
#ifdef DIALOGSMITH_HAVE_FONTCONFIG
    return true;
#else
    return false;
#endif
}

FontPreload::~FontPreload()
{
    wait();
}

void FontPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace dialogsmith::ui
