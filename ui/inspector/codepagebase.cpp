#include "codepagebase.h"

#include "enginemodule.h"

namespace dialogsmith::ui {

namespace {

CodePageBase::Factory factory = nullptr;

} // namespace

void CodePageBase::setFactory(Factory f)
{
    factory = f;
}

CodePageBase *CodePageBase::create(document::BotDocument *document, QWidget *parent)
{
    if (!factory)
        enginemodule::ensureLoaded();
    return factory ? factory(document, parent) : nullptr;
}

} // namespace dialogsmith::ui
