#include "sentence.h"

namespace dialogsmith::ui {

QString sentence(QString text, FullStop fullStop)
{
    text = text.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (fullStop == FullStop::Add && !text.endsWith(u'.') && !text.endsWith(u'?')
        && !text.endsWith(u'!'))
        text += u'.';
    return text;
}

} // namespace dialogsmith::ui
