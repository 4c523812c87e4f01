#include "codelexers.h"

#include "codecolors.h"

#include <Qsci/qscilexerjson.h>

#include <QFile>
#include <QFont>

namespace dialogsmith::ui {

JavaScriptLexer::JavaScriptLexer(QObject *parent)
    : QsciLexerJavaScript(parent)
{}

QStringList JavaScriptLexer::autoCompletionWordSeparators() const
{
    return {QStringLiteral(".")};
}

const char *JavaScriptLexer::keywords(int set) const
{
    switch (set) {
    case 1:
        return "break case catch const continue debugger default delete do else false finally "
               "for function if in instanceof let new null return switch this throw true try "
               "typeof undefined var void while with";
    case 2:
        return "botContext";
    case 4:
        return "Array Boolean Date Error JSON Math Number Object RegExp String decodeURI "
               "decodeURIComponent encodeURI encodeURIComponent isFinite isNaN parseFloat "
               "parseInt";
    default:
        return nullptr;
    }
}

void applyLexerColors(QsciLexer *lexer, const CodeColors &c, const QFont &font)
{
    lexer->setDefaultFont(font);
    lexer->setFont(font, -1);
    lexer->setDefaultPaper(c.background);
    lexer->setPaper(c.background, -1);
    lexer->setDefaultColor(c.text);
    lexer->setColor(c.text, -1);

    QFont italic = font;
    italic.setItalic(true);
    QFont bold = font;
    bold.setBold(true);

    if (qobject_cast<QsciLexerJSON *>(lexer)) {
        lexer->setColor(c.number, QsciLexerJSON::Number);
        lexer->setColor(c.string, QsciLexerJSON::String);
        lexer->setColor(c.string, QsciLexerJSON::EscapeSequence);
        lexer->setColor(c.string, QsciLexerJSON::IRI);
        lexer->setColor(c.string, QsciLexerJSON::IRICompact);
        lexer->setColor(c.error, QsciLexerJSON::UnclosedString);
        lexer->setColor(c.property, QsciLexerJSON::Property);
        lexer->setColor(c.comment, QsciLexerJSON::CommentLine);
        lexer->setColor(c.comment, QsciLexerJSON::CommentBlock);
        lexer->setColor(c.keyword, QsciLexerJSON::Keyword);
        lexer->setColor(c.keyword, QsciLexerJSON::KeywordLD);
        lexer->setColor(c.error, QsciLexerJSON::Error);
        return;
    }

    using L = QsciLexerJavaScript;
    for (int style : {L::Comment, L::CommentLine, L::CommentDoc, L::CommentLineDoc,
                      L::CommentDocKeyword, L::CommentDocKeywordError}) {
        lexer->setColor(c.comment, style);
        lexer->setFont(italic, style);
    }
    lexer->setColor(c.number, L::Number);
    lexer->setColor(c.keyword, L::Keyword);
    for (int style : {L::DoubleQuotedString, L::SingleQuotedString, L::VerbatimString, L::RawString,
                      L::EscapeSequence, L::TripleQuotedVerbatimString, L::HashQuotedString})
        lexer->setColor(c.string, style);
    lexer->setColor(c.error, L::UnclosedString);
    lexer->setColor(c.regex, L::Regex);
    lexer->setColor(c.globalName, L::KeywordSet2);
    lexer->setFont(bold, L::KeywordSet2);
    lexer->setColor(c.globalName, L::GlobalClass);
}

const QStringList &botContextApiEntries()
{
    static const QStringList entries = [] {
        QStringList out;
        QFile file(QStringLiteral(":/studio/botcontext.api"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return out;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            // "name(params) description": the signature on the first line of the call tip, the
            // description wrapped below it so the tip stays narrow.
            const qsizetype close = line.indexOf(QLatin1Char(')'));
            QString entry = close > 0 ? line.left(close + 1) : line;
            if (close > 0) {
                QString row;
                for (const QString &word :
                     line.mid(close + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (!row.isEmpty() && row.size() + 1 + word.size() > 72) {
                        entry += QLatin1Char('\n') + row;
                        row.clear();
                    }
                    row += (row.isEmpty() ? QString() : QStringLiteral(" ")) + word;
                }
                if (!row.isEmpty())
                    entry += QLatin1Char('\n') + row;
            }
            out.append(entry);
        }
        return out;
    }();
    return entries;
}

} // namespace dialogsmith::ui
