// Built instead of networkpreview.cpp when there is no network layer: the preview runs, and its
// integrations and agent transfers fail with a clear sentence (UnavailableTransport).
#include "previewnetwork.h"

namespace dialogsmith::ui {

std::unique_ptr<PreviewNetwork> PreviewNetwork::create()
{
    return nullptr;
}

QWidget *createAgentDeskPanel(PreviewNetwork *, QWidget *)
{
    return nullptr;
}

} // namespace dialogsmith::ui
