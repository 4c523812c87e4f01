// The engine module's entry point (studioengine.h): the application resolves it by name once
// its first window is painted. The engine's own code comes from its libraries, whole.
namespace dialogsmith::ui {
class MainWindow;
class StudioEngine;
StudioEngine *createStudioEngine(MainWindow &window);
} // namespace dialogsmith::ui

extern "C" __attribute__((visibility("default"))) dialogsmith::ui::StudioEngine *
dialogsmith_create_studio_engine(dialogsmith::ui::MainWindow &window)
{
    return dialogsmith::ui::createStudioEngine(window);
}
