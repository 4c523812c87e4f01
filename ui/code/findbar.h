#pragma once

#include "codeeditor.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace dialogsmith::ui {

/// Find and replace for one CodeEditor, shown in a strip under its text. Typing searches
/// incrementally and highlights every match; Enter / F3 go to the next match, Shift+Enter /
/// Shift+F3 to the previous one, Escape closes the bar and returns to the code.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(CodeEditor *editor);

    /// Shows the bar (with the replace row or not), seeded with `seed` when it is not empty.
    void open(bool withReplace, const QString &seed = {});

    QString findText() const;
    QString replaceText() const;
    FindOptions options() const;
    bool isReplaceVisible() const;

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *caseSensitiveButton() const { return m_caseSensitive; }
    QToolButton *wholeWordsButton() const { return m_wholeWords; }
    QToolButton *regexButton() const { return m_regex; }
    QPushButton *replaceButton() const { return m_replaceOne; }
    QPushButton *replaceAllButton() const { return m_replaceAll; }

    void findNext();
    void findPrevious();
    void replace();
    void replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search(bool forward, bool includeSelection);
    void updateMatches();
    void updateIcons();
    void setReplaceVisible(bool visible);

    CodeEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_caseSensitive;
    QToolButton *m_wholeWords;
    QToolButton *m_regex;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QWidget *m_replaceRow;
    QTimer m_refresh;
};

} // namespace dialogsmith::ui
