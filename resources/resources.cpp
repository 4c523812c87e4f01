// Anchor for the static resources library; the files themselves come from qt_add_resources.
namespace dialogsmith::resources {
int anchor = 0;
} // namespace dialogsmith::resources
