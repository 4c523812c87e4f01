#pragma once

#include <Qsci/qscilexerjavascript.h>

#include <QStringList>

class QFont;
class QsciLexer;

namespace dialogsmith::ui {

struct CodeColors;

/// QScintilla's JavaScript lexer with what bot scripts need: it splits completion words on "."
/// (the stock lexer splits on "::", so `botContext.` would never complete) and knows
/// `botContext` and the ES5 globals as names worth their own colour.
class JavaScriptLexer final : public QsciLexerJavaScript
{
    Q_OBJECT

public:
    explicit JavaScriptLexer(QObject *parent = nullptr);

    QStringList autoCompletionWordSeparators() const override;
    const char *keywords(int set) const override;
};

/// Applies `colors` and `font` to every style of a JavaScript or JSON lexer.
void applyLexerColors(QsciLexer *lexer, const CodeColors &colors, const QFont &font);

/// The `botContext` completion entries from `:/studio/botcontext.api`, in QScintilla's API
/// format, with the description moved to a second line of the call tip.
const QStringList &botContextApiEntries();

} // namespace dialogsmith::ui
