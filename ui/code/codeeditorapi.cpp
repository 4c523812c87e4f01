#include "codeeditorapi.h"

#include "enginemodule.h"

namespace dialogsmith::ui {

namespace {

CodeEditorFactory factory = nullptr;

} // namespace

void setCodeEditorFactory(CodeEditorFactory f)
{
    factory = f;
}

CodeEditorApi *createCodeEditor(CodeLanguage language, QWidget *parent)
{
    if (!factory)
        enginemodule::ensureLoaded();
    return factory ? factory(language, parent) : nullptr;
}

} // namespace dialogsmith::ui
