#include "findbar.h"

#include "codecolors.h"
#include "colormix.h"
#include "painticons.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

namespace {

QToolButton *toggle(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QToolButton *action(const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

bool isFindKey(const QKeyEvent *key)
{
    const bool ctrlH = key->key() == Qt::Key_H && key->modifiers() == Qt::ControlModifier;
    return key->key() == Qt::Key_Escape || key->key() == Qt::Key_F3 || key->key() == Qt::Key_Return
           || key->key() == Qt::Key_Enter || key->matches(QKeySequence::Find)
           || key->matches(QKeySequence::Replace) || ctrlH || key->matches(QKeySequence::FindNext)
           || key->matches(QKeySequence::FindPrevious);
}

} // namespace

FindBar::FindBar(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(toggle(QStringLiteral("Aa"), tr("Match case"), this))
    , m_wholeWords(toggle(QStringLiteral("W"), tr("Whole words only"), this))
    , m_regex(toggle(QStringLiteral(".*"),
                     tr("Regular expression (\\1 in the replacement "
                        "inserts a captured group)"),
                     this))
    , m_previous(action(tr("Previous match (Shift+F3)"), this))
    , m_next(action(tr("Next match (F3)"), this))
    , m_close(action(tr("Close (Escape)"), this))
    , m_status(new QLabel(this))
    , m_replaceOne(new QPushButton(tr("Replace"), this))
    , m_replaceAll(new QPushButton(tr("All"), this))
    , m_replaceRow(new QWidget(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replaceAll->setToolTip(tr("Replace every match"));
    m_replaceOne->setToolTip(tr("Replace this match and find the next one (Enter)"));
    m_replaceOne->setAutoDefault(false);
    m_replaceAll->setAutoDefault(false);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("999 of 999")));
    m_status->setAlignment(Qt::AlignCenter);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->setSpacing(2);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_close);

    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->setSpacing(4);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(3);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    setTabOrder(m_find, m_replace);
    setTabOrder(m_replace, m_caseSensitive);
    setTabOrder(m_caseSensitive, m_wholeWords);
    setTabOrder(m_wholeWords, m_regex);
    setTabOrder(m_regex, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_close);
    setTabOrder(m_close, m_replaceOne);
    setTabOrder(m_replaceOne, m_replaceAll);

    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    connect(m_find, &QLineEdit::textChanged, this, [this] { search(true, true); });
    for (QToolButton *option : {m_caseSensitive, m_wholeWords, m_regex})
        connect(option, &QToolButton::toggled, this, [this] { search(true, true); });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, m_editor, &CodeEditor::hideFindBar);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replace);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);

    // Matches move when the code changes under an open bar; recount once typing pauses.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &FindBar::updateMatches);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (isVisible())
            m_refresh.start();
    });
    updateIcons();
}

void FindBar::updateIcons()
{
    m_previous->setIcon(paintedIcon(PaintedIcon::MoveUp, palette()));
    m_next->setIcon(paintedIcon(PaintedIcon::MoveDown, palette()));
    m_close->setIcon(paintedIcon(PaintedIcon::Close, palette()));
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void FindBar::open(bool withReplace, const QString &seed)
{
    setReplaceVisible(withReplace);
    show();
    if (!seed.isEmpty() && seed != m_find->text())
        m_find->setText(seed);
    else
        updateMatches();
    // Replace mode with something to find already: the user's next step is the replacement.
    QLineEdit *focus = withReplace && !m_find->text().isEmpty() ? m_replace : m_find;
    focus->setFocus(Qt::ShortcutFocusReason);
    focus->selectAll();
}

void FindBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
    m_replace->setEnabled(visible && !m_editor->isReadOnly());
    adjustSize();
}

bool FindBar::isReplaceVisible() const
{
    return m_replaceRow->isVisible();
}

QString FindBar::findText() const
{
    return m_find->text();
}

QString FindBar::replaceText() const
{
    return m_replace->text();
}

FindOptions FindBar::options() const
{
    return {m_caseSensitive->isChecked(), m_wholeWords->isChecked(), m_regex->isChecked()};
}

void FindBar::findNext()
{
    search(true, false);
}

void FindBar::findPrevious()
{
    search(false, false);
}

void FindBar::search(bool forward, bool includeSelection)
{
    if (!m_find->text().isEmpty())
        m_editor->find(m_find->text(), options(), forward, includeSelection);
    updateMatches();
}

void FindBar::replace()
{
    m_editor->replaceSelected(m_find->text(), m_replace->text(), options());
    updateMatches();
}

void FindBar::replaceAll()
{
    const int count = m_editor->replaceAll(m_find->text(), m_replace->text(), options());
    updateMatches();
    if (count > 0)
        m_status->setText(tr("%1 replaced").arg(count));
}

void FindBar::updateMatches()
{
    const QString needle = m_find->text();
    const int count = m_editor->highlightMatches(needle, options());
    const CodeColors colors = CodeColors::fromPalette(palette());
    QPalette statusPalette = palette();
    QPalette findPalette;
    if (count < 0) {
        m_status->setText(tr("Invalid"));
        m_status->setToolTip(tr("The regular expression is not valid"));
        statusPalette.setColor(QPalette::WindowText, colors.error);
        findPalette.setColor(QPalette::Base, mixColors(colors.background, colors.error, 0.18));
        m_find->setPalette(findPalette);
    } else {
        m_status->setToolTip({});
        m_find->setPalette(QPalette());
        if (needle.isEmpty()) {
            m_status->clear();
        } else if (count == 0) {
            m_status->setText(tr("No results"));
            statusPalette.setColor(QPalette::WindowText, colors.error);
        } else {
            const int index = m_editor->selectedMatchIndex(needle, options());
            m_status->setText(index > 0    ? tr("%1 of %2").arg(index).arg(count)
                              : count == 1 ? tr("1 match")
                                           : tr("%1 matches").arg(count));
        }
    }
    m_status->setPalette(statusPalette);
    const bool searchable = count > 0;
    m_previous->setEnabled(searchable);
    m_next->setEnabled(searchable);
    const bool canReplace = searchable && !m_editor->isReadOnly();
    m_replaceOne->setEnabled(canReplace);
    m_replaceAll->setEnabled(canReplace);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_find && watched != m_replace)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        if (isFindKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    const bool ctrlH = key->key() == Qt::Key_H && key->modifiers() == Qt::ControlModifier;
    if (key->key() == Qt::Key_Escape) {
        m_editor->hideFindBar();
        return true;
    }
    if (key->key() == Qt::Key_F3 || key->matches(QKeySequence::FindNext)
        || key->matches(QKeySequence::FindPrevious)) {
        search(!(shift || key->matches(QKeySequence::FindPrevious)), false);
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (watched == m_replace)
            replace();
        else
            search(!shift, false);
        return true;
    }
    if (ctrlH || key->matches(QKeySequence::Replace)) {
        m_editor->showFindBar(true);
        return true;
    }
    if (key->matches(QKeySequence::Find)) {
        m_editor->showFindBar(isReplaceVisible());
        return true;
    }
    return false;
}

} // namespace dialogsmith::ui
