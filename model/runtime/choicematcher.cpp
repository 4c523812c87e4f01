#include "choicematcher.h"

namespace dialogsmith::runtime {

namespace {

/// "a)", "B.", "3)" → "a", "B", "3"; anything else unchanged.
QStringView withoutLabelMark(QStringView s)
{
    if (s.size() > 1 && (s.endsWith(QLatin1Char(')')) || s.endsWith(QLatin1Char('.'))))
        return s.chopped(1).trimmed();
    return s;
}

/// An option written as "A)Yes" or "A) Yes": its label letter and its text; otherwise a null
/// label and the whole text.
std::pair<QChar, QStringView> splitLabel(QStringView option)
{
    if (option.size() > 2 && option[0].isLetter() && option[1] == QLatin1Char(')'))
        return {option[0], option.mid(2).trimmed()};
    return {QChar(), option};
}

bool sameText(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

int matchChoice(const QString &answer, const QStringList &options)
{
    const QStringView given = QStringView(answer).trimmed();
    if (given.isEmpty())
        return -1;

    for (int i = 0; i < options.size(); ++i) {
        const QStringView option = QStringView(options.at(i)).trimmed();
        if (sameText(given, option) || sameText(given, splitLabel(option).second))
            return i;
    }

    const QStringView key = withoutLabelMark(given);
    bool isNumber = false;
    const int number = key.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= options.size() ? number - 1 : -1;

    if (key.size() == 1 && key[0].isLetter()) {
        const QChar letter = key[0].toLower();
        for (int i = 0; i < options.size(); ++i) {
            const QChar label = splitLabel(QStringView(options.at(i)).trimmed()).first;
            if (!label.isNull() && label.toLower() == letter)
                return i;
        }
        const int index = letter.unicode() - u'a';
        if (index >= 0 && index < options.size() && index < 26)
            return index;
    }
    return -1;
}

} // namespace dialogsmith::runtime
