#include "codeeditor.h"

#include "codecolors.h"
#include "codelexers.h"
#include "findbar.h"
#include "syntaxchecker.h"
#include "templatesyntax.h"

#include <Qsci/qsciapis.h>
#include <Qsci/qscilexerjson.h>

#include <QApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QToolTip>

namespace dialogsmith::ui {

namespace {

constexpr int SymbolMargin = 0;
constexpr int NumberMargin = 1;
constexpr int FoldMargin = 2;
constexpr int CheckDelayMs = 300;

std::optional<QRegularExpression> findPattern(const QString &needle, const FindOptions &options)
{
    if (needle.isEmpty())
        return std::nullopt;
    QString pattern = options.regularExpression ? needle : QRegularExpression::escape(needle);
    if (options.wholeWords)
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression re(pattern,
                          options.caseSensitive
                                  ? QRegularExpression::UseUnicodePropertiesOption
                                  : QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        return std::nullopt;
    return re;
}

struct Match
{
    qsizetype start;
    qsizetype end;
};

// Zero-length matches (`a*`) are skipped: they cannot be selected or replaced meaningfully.
QList<Match> allMatches(const QString &text, const QRegularExpression &re)
{
    QList<Match> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            out.append({m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

// Replacement text for one match: `\0`..`\9` insert captures in regular expression mode.
QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &match,
                          bool regularExpression)
{
    if (!regularExpression)
        return replacement;
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c == u'\\' && i + 1 < replacement.size()) {
            const QChar n = replacement.at(++i);
            if (n.isDigit())
                out += match.captured(n.digitValue());
            else if (n == u'n')
                out += u'\n';
            else if (n == u't')
                out += u'\t';
            else
                out += n;
            continue;
        }
        out += c;
    }
    return out;
}

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xc0) == 0x80;
}

} // namespace

CodeEditor::CodeEditor(Language language, QWidget *parent)
    : QsciScintilla(parent)
    , m_language(language)
    , m_clientId(SyntaxCheckService::newClientId())
{
    setUtf8(true);
    setEolMode(EolUnix);
    if (language == Language::JavaScript)
        m_lexer = new JavaScriptLexer(this);
    else
        m_lexer = new QsciLexerJSON(this);
    if (language == Language::JavaScript)
        setupCompletion();
    setLexer(m_lexer);
    if (language == Language::JavaScript)
        SendScintilla(SCI_SETPROPERTY, "lexer.cpp.backquoted.strings", "1");

    setMarginType(SymbolMargin, QsciScintilla::SymbolMargin);
    setMarginMarkerMask(SymbolMargin, 1 << ErrorMarker);
    setMarginType(NumberMargin, QsciScintilla::NumberMargin);
    setMarginLineNumbers(NumberMargin, true);
    setMarginMarkerMask(NumberMargin, 0);
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    markerDefine(QsciScintilla::Circle, ErrorMarker);

    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setIndentationGuides(true);
    setBackspaceUnindents(true);
    setWrapMode(WrapNone);
    // Only show a horizontal scroll bar when a line is actually wider than the view.
    send(SCI_SETSCROLLWIDTH, 1);
    send(SCI_SETSCROLLWIDTHTRACKING, 1);

    send(SCI_INDICSETSTYLE, ErrorIndicator, INDIC_SQUIGGLEPIXMAP);
    send(SCI_INDICSETSTYLE, TemplateIndicator, INDIC_ROUNDBOX);
    send(SCI_INDICSETUNDER, TemplateIndicator, 1);
    send(SCI_INDICSETALPHA, TemplateIndicator, 70);
    send(SCI_INDICSETOUTLINEALPHA, TemplateIndicator, 140);
    send(SCI_INDICSETSTYLE, TemplateTextIndicator, INDIC_TEXTFORE);
    send(SCI_INDICSETSTYLE, FindIndicator, INDIC_ROUNDBOX);
    send(SCI_INDICSETUNDER, FindIndicator, 1);
    send(SCI_INDICSETALPHA, FindIndicator, 110);
    send(SCI_INDICSETOUTLINEALPHA, FindIndicator, 200);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &CodeEditor::requestSyntaxCheck);
    if (language == Language::JavaScript)
        connect(SyntaxCheckService::instance(), &SyntaxCheckService::checked, this,
                &CodeEditor::onChecked);

    m_findBar = new FindBar(this);
    m_findBar->hide();

    connect(this, &QsciScintilla::textChanged, this, &CodeEditor::onTextChanged);
    applyColors();
    updateLineNumberWidth();
}

CodeEditor::~CodeEditor()
{
    // The API list prepares on a thread that calls into the lexer; stop it while the lexer is
    // still whole (as a child it would only go after this object is half destroyed).
    if (m_apis) {
        m_apis->cancelPreparation();
        delete m_apis;
        m_apis = nullptr;
    }
}

long CodeEditor::send(unsigned int message, qsizetype wParam, qsizetype lParam) const
{
    return SendScintilla(message, static_cast<unsigned long>(wParam), static_cast<long>(lParam));
}

void CodeEditor::setupCompletion()
{
    m_apis = new QsciAPIs(m_lexer);
    for (const QString &entry : botContextApiEntries())
        m_apis->add(entry);
    // isPrepared() only looks for a prepared file on disk; the signal is the real answer.
    connect(m_apis, &QsciAPIs::apiPreparationFinished, this, [this] {
        m_completionReady = true;
        emit completionReadyChanged();
    });
    m_apis->prepare();
    setAutoCompletionSource(AcsAPIs);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(true);
    setAutoCompletionUseSingle(AcusNever);
    setAutoCompletionFillupsEnabled(false);
    setCallTipsStyle(CallTipsNoContext);
    setCallTipsVisible(0);
    setCallTipsPosition(CallTipsBelowText);
}

void CodeEditor::applyColors()
{
    if (m_applyingColors)
        return;
    m_applyingColors = true;
    const CodeColors c = CodeColors::fromPalette(palette());
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(QApplication::font().pointSizeF(), 8.0));
    applyLexerColors(m_lexer, c, font);
    // The lexer's style 0 font drives line heights; keep the margins on the same font.
    setMarginsFont(font);
    setMarginsBackgroundColor(c.marginBackground);
    setMarginsForegroundColor(c.lineNumber);
    setFoldMarginColors(c.marginBackground, c.marginBackground);
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(c.marginBackground, marker);
        setMarkerBackgroundColor(c.lineNumber, marker);
    }
    setMarkerBackgroundColor(c.error, ErrorMarker);
    setMarkerForegroundColor(c.error, ErrorMarker);
    setCaretForegroundColor(c.text);
    setCaretLineBackgroundColor(c.caretLine);
    setMatchedBraceBackgroundColor(c.braceMatch);
    setMatchedBraceForegroundColor(c.text);
    setUnmatchedBraceBackgroundColor(c.background);
    setUnmatchedBraceForegroundColor(c.error);
    setSelectionBackgroundColor(c.selection);
    resetSelectionForegroundColor();
    setIndentationGuidesForegroundColor(c.guide);
    setIndentationGuidesBackgroundColor(c.background);
    setCallTipsBackgroundColor(palette().color(QPalette::ToolTipBase));
    setCallTipsForegroundColor(palette().color(QPalette::ToolTipText));
    setCallTipsHighlightColor(c.keyword);
    SendScintilla(SCI_INDICSETFORE, ErrorIndicator, c.error);
    SendScintilla(SCI_INDICSETFORE, TemplateIndicator, c.templateText);
    SendScintilla(SCI_INDICSETFORE, TemplateTextIndicator, c.templateText);
    SendScintilla(SCI_INDICSETFORE, FindIndicator, c.findMatch);
    const int symbolWidth = QFontMetrics(font).height() * 3 / 4 + 4;
    setMarginWidth(SymbolMargin, symbolWidth);
    updateLineNumberWidth();
    m_applyingColors = false;
}

void CodeEditor::updateLineNumberWidth()
{
    const int digits = std::max(2, int(QString::number(lines()).size()));
    setMarginWidth(NumberMargin, QString(digits + 1, QLatin1Char('9')));
}

void CodeEditor::setCode(const QString &code)
{
    if (code == text())
        return;
    m_settingCode = true;
    replaceChangedPart(code);
    m_settingCode = false;
    // The editor's own history would otherwise let Ctrl+Z undo the document's change.
    send(SCI_EMPTYUNDOBUFFER);
}

void CodeEditor::loadCode(const QString &code)
{
    m_settingCode = true;
    setText(code);
    m_settingCode = false;
    send(SCI_EMPTYUNDOBUFFER);
    send(SCI_GOTOPOS, 0);
    send(SCI_SETFIRSTVISIBLELINE, 0);
}

void CodeEditor::replaceChangedPart(const QString &code)
{
    // Replace only the changed middle so the cursor, selection and scroll stay where the text
    // around them did not change (undo/redo, edits made elsewhere).
    const auto *raw = reinterpret_cast<const char *>(send(SCI_GETCHARACTERPOINTER));
    const QByteArray old = QByteArray::fromRawData(raw, length());
    const QByteArray next = code.toUtf8();
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), next.size());
    while (prefix < shorter && old.at(prefix) == next.at(prefix))
        ++prefix;
    while (prefix > 0
           && ((prefix < old.size() && isContinuationByte(old.at(prefix)))
               || (prefix < next.size() && isContinuationByte(next.at(prefix)))))
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && old.at(old.size() - 1 - suffix) == next.at(next.size() - 1 - suffix))
        ++suffix;
    while (suffix > 0 && isContinuationByte(old.at(old.size() - suffix)))
        --suffix;
    replaceRange(prefix, old.size() - suffix, next.mid(prefix, next.size() - suffix - prefix));
}

void CodeEditor::replaceRange(qsizetype from, qsizetype to, const QByteArray &text)
{
    send(SCI_SETTARGETSTART, from);
    send(SCI_SETTARGETEND, to);
    SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(text.size()), text.constData());
}

void CodeEditor::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void CodeEditor::setDiagnostic(const std::optional<CodeDiagnostic> &diagnostic)
{
    if (m_diagnostic == diagnostic)
        return;
    m_diagnostic = diagnostic;
    showDiagnostic();
}

std::optional<CodeDiagnostic> CodeEditor::shownDiagnostic() const
{
    return m_syntaxError ? m_syntaxError : m_diagnostic;
}

bool CodeEditor::isSyntaxCheckPending() const
{
    return m_language == Language::JavaScript && m_checkedGeneration != m_generation;
}

void CodeEditor::goToLine(int line)
{
    const int index = std::clamp(line - 1, 0, std::max(0, lines() - 1));
    ensureLineVisible(index);
    const long position = send(SCI_GETLINEINDENTPOSITION, index);
    send(SCI_GOTOPOS, position);
    // Keep a little context above the line rather than pinning it to the top edge.
    send(SCI_SETFIRSTVISIBLELINE, std::max(0, index - 3));
}

void CodeEditor::onTextChanged()
{
    ++m_generation;
    if (m_language == Language::JavaScript) {
        if (text().trimmed().isEmpty()) {
            m_checkTimer.stop();
            m_checkedGeneration = m_generation;
            if (m_syntaxError) {
                m_syntaxError.reset();
                showDiagnostic();
                emit syntaxErrorChanged();
            }
        } else {
            m_checkTimer.start();
        }
    } else {
        updateTemplateHighlights();
    }
    updateLineNumberWidth();
    if (!m_placeholder.isEmpty())
        viewport()->update();
    if (!m_settingCode && !m_batchEdit)
        emit codeEdited(text());
}

void CodeEditor::updateTemplateHighlights()
{
    for (int indicator : {TemplateIndicator, TemplateTextIndicator}) {
        send(SCI_SETINDICATORCURRENT, indicator);
        send(SCI_INDICATORCLEARRANGE, 0, length());
    }
    const QString all = text();
    qsizetype charPos = 0;
    qsizetype bytePos = 0;
    for (const TemplateSpan &span : findTemplates(all)) {
        bytePos += utf8Length(QStringView(all).mid(charPos, span.start - charPos));
        const qsizetype byteLength = utf8Length(QStringView(all).mid(span.start, span.length));
        // A soft box shows where the template expands; its own colour sets it off the string.
        for (int indicator : {TemplateIndicator, TemplateTextIndicator}) {
            send(SCI_SETINDICATORCURRENT, indicator);
            send(SCI_INDICATORFILLRANGE, bytePos, byteLength);
        }
        charPos = span.start + span.length;
        bytePos += byteLength;
    }
}

void CodeEditor::requestSyntaxCheck()
{
    SyntaxCheckService::instance()->check(m_clientId, m_generation, text());
}

void CodeEditor::onChecked(quint64 client, quint64 generation, int line, const QString &message)
{
    // A result for text that has changed since is stale: a newer check is on its way.
    if (client != m_clientId || generation != m_generation)
        return;
    m_checkedGeneration = generation;
    std::optional<CodeDiagnostic> error;
    if (line > 0)
        error = CodeDiagnostic{line, message};
    if (error == m_syntaxError)
        return;
    m_syntaxError = error;
    showDiagnostic();
    emit syntaxErrorChanged();
}

void CodeEditor::showDiagnostic()
{
    send(SCI_SETINDICATORCURRENT, ErrorIndicator);
    send(SCI_INDICATORCLEARRANGE, 0, length());
    markerDeleteAll(ErrorMarker);
    const std::optional<CodeDiagnostic> d = shownDiagnostic();
    if (!d)
        return;
    const int line = std::clamp(d->line - 1, 0, std::max(0, lines() - 1));
    const long from = send(SCI_GETLINEINDENTPOSITION, line);
    const long to = send(SCI_GETLINEENDPOSITION, line);
    if (to > from)
        send(SCI_INDICATORFILLRANGE, from, to - from);
    markerAdd(line, ErrorMarker);
}

int CodeEditor::lineAtViewportPoint(const QPoint &pos) const
{
    const long height = send(SCI_TEXTHEIGHT, 0);
    if (height <= 0)
        return -1;
    const long visible = send(SCI_GETFIRSTVISIBLELINE) + pos.y() / height;
    const long line = send(SCI_DOCLINEFROMVISIBLE, visible);
    return line < lines() ? int(line) : -1;
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<CodeDiagnostic> d = shownDiagnostic();
        if (d && lineAtViewportPoint(help->pos()) == d->line - 1)
            QToolTip::showText(help->globalPos(), d->message, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    const bool handled = QsciScintilla::viewportEvent(event);
    if (event->type() == QEvent::Paint && !m_placeholder.isEmpty() && length() == 0) {
        QPainter painter(viewport());
        QFont font = m_lexer->defaultFont();
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const int x = int(send(SCI_POINTXFROMPOSITION, 0, 0L));
        const int y = int(send(SCI_POINTYFROMPOSITION, 0, 0L));
        const QRect area(x, y, viewport()->width() - x - 4, viewport()->height() - y);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
    }
    return handled;
}

bool CodeEditor::handleFindKey(QKeyEvent *event)
{
    const bool ctrlH = event->key() == Qt::Key_H
                       && (event->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
    if (event->matches(QKeySequence::Find)) {
        showFindBar(false);
        return true;
    }
    if (ctrlH || event->matches(QKeySequence::Replace)) {
        showFindBar(true);
        return true;
    }
    if (event->key() == Qt::Key_F3 || event->matches(QKeySequence::FindNext)
        || event->matches(QKeySequence::FindPrevious)) {
        const bool backwards = event->matches(QKeySequence::FindPrevious)
                               || (event->modifiers() & Qt::ShiftModifier);
        if (m_findBar->findText().isEmpty())
            showFindBar(false);
        else if (backwards)
            m_findBar->findPrevious();
        else
            m_findBar->findNext();
        return true;
    }
    if (event->key() == Qt::Key_Escape && m_findBar->isVisible() && !isListActive()
        && !isCallTipActive()) {
        hideFindBar();
        return true;
    }
    return false;
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlH = key->key() == Qt::Key_H && key->modifiers() == Qt::ControlModifier;
        // Claim the find keys so window-wide shortcuts do not take them from the editor.
        if (key->matches(QKeySequence::Find) || key->matches(QKeySequence::Replace) || ctrlH
            || key->key() == Qt::Key_F3 || key->matches(QKeySequence::FindNext)
            || key->matches(QKeySequence::FindPrevious)
            || (key->key() == Qt::Key_Escape && m_findBar->isVisible())) {
            event->accept();
            return true;
        }
    }
    return QsciScintilla::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (handleFindKey(event)) {
        event->accept();
        return;
    }
    // QScintilla places its completion list and call tips on the screen under the caret and
    // dereferences that screen unchecked: with the caret off every screen (a window partly
    // outside the desktop, a gap between monitors) it would crash. Type without popups then.
    const long caret = SendScintilla(SCI_GETCURRENTPOS);
    const QPoint caretPoint(int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, caret)),
                            int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, caret)));
    if (!QGuiApplication::screenAt(viewport()->mapToGlobal(caretPoint))) {
        // A word separator such as '.' starts completion whatever the threshold: switch the
        // source off too.
        const AutoCompletionSource source = autoCompletionSource();
        const CallTipsStyle tips = callTipsStyle();
        setAutoCompletionSource(AcsNone);
        setCallTipsStyle(CallTipsNone);
        QsciScintilla::keyPressEvent(event);
        setAutoCompletionSource(source);
        setCallTipsStyle(tips);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColors();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    layoutFindBar();
}

void CodeEditor::focusOutEvent(QFocusEvent *event)
{
    send(SCI_CALLTIPCANCEL);
    QsciScintilla::focusOutEvent(event);
}

void CodeEditor::showFindBar(bool withReplace)
{
    QString seed;
    if (hasSelectedText() && !selectedText().contains(QLatin1Char('\n')))
        seed = selectedText();
    m_findBar->open(withReplace, seed);
    layoutFindBar();
}

void CodeEditor::hideFindBar()
{
    if (!m_findBar->isVisible())
        return;
    m_findBar->hide();
    clearMatchHighlights();
    layoutFindBar();
    setFocus(Qt::OtherFocusReason);
}

void CodeEditor::layoutFindBar()
{
    if (!m_findBar)
        return;
    if (!m_findBar->isVisible()) {
        setViewportMargins(0, 0, 0, 0);
        return;
    }
    // The bar lives in a bottom viewport margin, so it never covers code.
    const int height = m_findBar->sizeHint().height();
    setViewportMargins(0, 0, 0, height);
    const QRect area = viewport()->geometry();
    m_findBar->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
}

qsizetype CodeEditor::bytePosition(const QString &text, qsizetype offset) const
{
    return utf8Length(QStringView(text).left(offset));
}

qsizetype CodeEditor::charOffset(qsizetype bytePosition) const
{
    const auto *raw = reinterpret_cast<const char *>(send(SCI_GETCHARACTERPOINTER));
    return QString::fromUtf8(raw, std::clamp<qsizetype>(bytePosition, 0, length())).size();
}

bool CodeEditor::find(const QString &needle, const FindOptions &options, bool forward,
                      bool includeSelection)
{
    const auto re = findPattern(needle, options);
    if (!re)
        return false;
    const QString all = text();
    const QList<Match> matches = allMatches(all, *re);
    if (matches.isEmpty())
        return false;
    const qsizetype selStart = charOffset(send(SCI_GETSELECTIONSTART));
    const qsizetype selEnd = charOffset(send(SCI_GETSELECTIONEND));
    const Match *pick = nullptr;
    if (forward) {
        const qsizetype from = includeSelection ? selStart : selEnd;
        for (const Match &m : matches) {
            if (m.start >= from && !(m.start == from && m.end == from)) {
                pick = &m;
                break;
            }
        }
        if (!pick)
            pick = &matches.first();
    } else {
        for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
            if (it->start < selStart) {
                pick = &*it;
                break;
            }
        }
        if (!pick)
            pick = &matches.last();
    }
    const qsizetype start = bytePosition(all, pick->start);
    const qsizetype end
            = start + utf8Length(QStringView(all).mid(pick->start, pick->end - pick->start));
    const long line = send(SCI_LINEFROMPOSITION, start);
    ensureLineVisible(int(line));
    send(SCI_SETSEL, start, end);
    send(SCI_SCROLLRANGE, end, start);
    return true;
}

int CodeEditor::highlightMatches(const QString &needle, const FindOptions &options)
{
    clearMatchHighlights();
    if (needle.isEmpty())
        return 0;
    const auto re = findPattern(needle, options);
    if (!re)
        return -1;
    const QString all = text();
    const QList<Match> matches = allMatches(all, *re);
    send(SCI_SETINDICATORCURRENT, FindIndicator);
    qsizetype charPos = 0;
    qsizetype bytePos = 0;
    for (const Match &m : matches) {
        bytePos += utf8Length(QStringView(all).mid(charPos, m.start - charPos));
        const qsizetype byteLength = utf8Length(QStringView(all).mid(m.start, m.end - m.start));
        send(SCI_INDICATORFILLRANGE, bytePos, byteLength);
        charPos = m.end;
        bytePos += byteLength;
    }
    return int(matches.size());
}

void CodeEditor::clearMatchHighlights()
{
    send(SCI_SETINDICATORCURRENT, FindIndicator);
    send(SCI_INDICATORCLEARRANGE, 0, length());
}

int CodeEditor::selectedMatchIndex(const QString &needle, const FindOptions &options) const
{
    const auto re = findPattern(needle, options);
    if (!re)
        return 0;
    const QList<Match> matches = allMatches(text(), *re);
    const qsizetype selStart = charOffset(send(SCI_GETSELECTIONSTART));
    const qsizetype selEnd = charOffset(send(SCI_GETSELECTIONEND));
    for (int i = 0; i < matches.size(); ++i) {
        if (matches.at(i).start == selStart && matches.at(i).end == selEnd)
            return i + 1;
    }
    return 0;
}

bool CodeEditor::replaceSelected(const QString &needle, const QString &replacement,
                                 const FindOptions &options)
{
    const auto re = findPattern(needle, options);
    if (!re || isReadOnly())
        return false;
    const QString all = text();
    const qsizetype selStart = charOffset(send(SCI_GETSELECTIONSTART));
    const qsizetype selEnd = charOffset(send(SCI_GETSELECTIONEND));
    bool replaced = false;
    if (selEnd > selStart) {
        const QRegularExpressionMatch m = re->match(all, selStart);
        if (m.hasMatch() && m.capturedStart() == selStart && m.capturedEnd() == selEnd) {
            const QString with = expandReplacement(replacement, m, options.regularExpression);
            const qsizetype from = bytePosition(all, selStart);
            const qsizetype to
                    = from + utf8Length(QStringView(all).mid(selStart, selEnd - selStart));
            m_batchEdit = true;
            replaceRange(from, to, with.toUtf8());
            m_batchEdit = false;
            const qsizetype caret = from + utf8Length(with);
            send(SCI_SETSEL, caret, caret);
            emit codeEdited(text());
            replaced = true;
        }
    }
    find(needle, options, true);
    return replaced;
}

int CodeEditor::replaceAll(const QString &needle, const QString &replacement,
                           const FindOptions &options)
{
    const auto re = findPattern(needle, options);
    if (!re || isReadOnly())
        return 0;
    const QString all = text();
    QString result;
    int count = 0;
    qsizetype last = 0;
    auto it = re->globalMatch(all);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        result += QStringView(all).mid(last, m.capturedStart() - last);
        result += expandReplacement(replacement, m, options.regularExpression);
        last = m.capturedEnd();
        ++count;
    }
    if (count == 0)
        return 0;
    result += QStringView(all).mid(last);
    // One edit, one undo step, one codeEdited(); replacing only the changed part keeps the view.
    send(SCI_BEGINUNDOACTION);
    m_batchEdit = true;
    replaceChangedPart(result);
    m_batchEdit = false;
    send(SCI_ENDUNDOACTION);
    emit codeEdited(text());
    return count;
}

} // namespace dialogsmith::ui
