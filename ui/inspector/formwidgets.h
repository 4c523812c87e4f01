#pragma once

#include "result.h"

#include <QIcon>
#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace dialogsmith::ui {

/// A titled part of a property pane with a disclosure arrow, in the manner of Qt Creator's
/// details widgets. The body holds a form layout; rows added through it line up across sections
/// once alignFormLabels() ran over the pane.
class FormSection final : public QWidget
{
    Q_OBJECT

public:
    explicit FormSection(const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    QWidget *body() const { return m_body; }
    QToolButton *headerButton() const { return m_header; }
    /// A row whose label is `label`; returns the label for buddies and tooltips.
    QLabel *addRow(const QString &label, QWidget *field, const QString &toolTip = {});
    /// A widget spanning both columns.
    void addWide(QWidget *widget);
    /// A small action button at the right end of the header (presets, "add"...).
    void addHeaderWidget(QWidget *widget);

    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_header;
    QWidget *m_headerTools;
    QWidget *m_body;
    QFormLayout *m_form;
};

/// Gives every form label under `pane` the same width, so sections line up like one form.
void alignFormLabels(QWidget *pane);

/// A one-line, word-wrapped warning or error with an icon, hidden while empty.
class InlineMessage final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);
    void showMessage(Kind kind, const QString &text);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Warning;
};

/// Marks an input as holding something the document refused: tinted background, the reason as
/// its tooltip. clearFieldError() restores the look and the original tooltip.
void setFieldError(QWidget *field, const QString &message);
void clearFieldError(QWidget *field);
bool hasFieldError(const QWidget *field);

/// What became of an edit made in `field`, the one way the forms report it: a refusal marks the
/// field with the reason as a sentence and returns the status-bar text ("Not changed: reason");
/// an accepted edit clears the mark and returns an empty string.
QString showEditResult(QWidget *field, const document::Result<void> &result);

/// The comma-separated keywords of `text`, trimmed, empty ones dropped.
QStringList splitKeywords(const QString &text);

/// Moves a row of a list the user reordered; out-of-range rows change nothing.
template<typename T>
void moveItem(QList<T> &list, int from, int to)
{
    if (from >= 0 && to >= 0 && from < list.size() && to < list.size())
        list.move(from, to);
}

/// Lets the wheel scroll the pane instead of changing a combo box or spin box under the mouse
/// that the user never clicked into; applies to `widget` and every such descendant.
void ignoreWheelUnlessFocused(QWidget *widget);

/// Lets the combo boxes under `pane` (and `pane` itself) be narrower than their longest entry,
/// so side panels can be narrow; the list still shows entries in full.
void makeCombosCompact(QWidget *pane);

/// Sets a line edit's text from the document without moving the cursor of someone typing in it.
void syncLineEdit(QLineEdit *edit, const QString &text);
/// Selects the item whose data is `value` (adding it, marked unknown, when missing).
void syncCombo(QComboBox *combo, const QString &value, const QString &unknownLabel = {});

/// One column of a RowListEditor.
struct RowColumn
{
    enum class Kind { Text, Choice, EditableChoice };

    QString title;
    Kind kind = Kind::Text;
    QStringList values; ///< choices, as stored
    QStringList labels; ///< what the user sees for each value (defaults to the values)
    QString placeholder;
    int stretch = 1;
    QString toolTip;
};

/// An editable list of rows (headers, buttons, quick replies, patterns, conditions...) laid out
/// as a grid of inputs with a remove button per row and an "Add" button below. The editor only
/// reports what the user did; the owner turns it into a document command and feeds the result
/// back through setRows(), which updates the inputs in place (focus and cursor stay).
/// Alt+Up / Alt+Down move the row holding the focus; the inputs' context menu offers the same.
class RowListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RowListEditor(const QList<RowColumn> &columns, QWidget *parent = nullptr);
    ~RowListEditor() override;

    void setAddText(const QString &text);
    void setEmptyText(const QString &text);
    /// An extra button in every row (e.g. a secret picker), reported by extraButtonClicked().
    void setRowButton(const QIcon &icon, const QString &toolTip);
    void setPlaceholder(int row, int column, const QString &placeholder);

    void setRows(const QList<QStringList> &rows);
    QList<QStringList> rows() const;
    int rowCount() const { return int(m_rows.size()); }

    QWidget *cell(int row, int column) const;
    QLineEdit *lineEdit(int row, int column) const;
    QComboBox *comboBox(int row, int column) const;
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton(int row) const;
    QToolButton *rowButton(int row) const;
    void focusCell(int row, int column);
    /// The row holding the focus, or -1.
    int focusedRow() const;

signals:
    void cellEdited(int row, int column, const QString &value);
    void addRequested();
    void removeRequested(int row);
    void moveRequested(int from, int to);
    void extraButtonClicked(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QList<QWidget *> cells;
        QToolButton *extra = nullptr;
        QToolButton *remove = nullptr;
    };

    void createRow();
    void destroyLastRow();
    int rowOf(const QObject *widget) const;
    void requestMove(int row, int delta);
    void requestRemove(int row);
    void showContextMenu(QWidget *cell, const QPoint &pos);
    void updateTabOrder();
    void updateIcons();

    QList<RowColumn> m_columns;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QWidget *m_tabAnchor;
    QToolButton *m_add;
    QLabel *m_empty;
    QList<QLabel *> m_titles;
    QIcon m_rowIcon;
    QString m_rowToolTip;
    bool m_hasRowButton = false;
};

} // namespace dialogsmith::ui
