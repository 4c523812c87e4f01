#pragma once

#include <thread>

namespace dialogsmith::ui {

/// Reads the system's font configuration on a second thread while the application starts.
///
/// The first text a window measures makes Qt read the font configuration (fontconfig parses the
/// system's XML configuration files: about 5 ms here), and the main window measures text as it
/// is built. Started as the program starts, the reading overlaps with making the application
/// object; wait() before the first widget is made. Qt then finds the configuration loaded.
/// Without fontconfig at build time this does nothing.
class FontPreload
{
public:
    /// Starts reading when `start` is true (a program that only prints text does not need fonts).
    explicit FontPreload(bool start = true);
    ~FontPreload();
    FontPreload(const FontPreload &) = delete;
    FontPreload &operator=(const FontPreload &) = delete;

    /// Returns once the configuration is read (at once when it was not started or is done).
    void wait();
    /// Whether this build reads it ahead (it was built with fontconfig).
    static bool available();
    /// Whether reading was started (false without fontconfig or when not asked to).
    bool started() const { return m_started; }

private:
    std::thread m_thread;
    bool m_started = false;
};

} // namespace dialogsmith::ui
