#pragma once

#include "bot.h"
#include "botdiff.h"
#include "validation.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTreeWidget;

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

class CanvasScene;
class CanvasView;

/// Two versions of a bot side by side: every change in a list, the canvas of a dialog with
/// added, removed and changed interactions and edges marked (removed ones as ghosts), and the
/// text of the selected change in two columns. Read-only: it shows copies of both versions and
/// never touches the project; a jump to an item asks the window to show it in the project.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Mark { Added, Removed, Changed };

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /// Compares `before` (what the project is compared with) to `after` (the project).
    void setBots(const document::Bot &before, const document::Bot &after,
                 const QString &beforeTitle, const QString &afterTitle);
    /// The project changed while it is shown: compares with its new state.
    void setAfter(const document::Bot &after);

    const QList<format::BotChange> &changes() const { return m_changes; }
    QTreeWidget *changeList() const { return m_list; }
    CanvasView *canvasView() const { return m_view; }
    CanvasScene *canvasScene() const { return m_scene; }
    QTableWidget *textView() const { return m_text; }
    QLabel *summaryLabel() const { return m_summary; }
    const QString &beforeTitle() const { return m_beforeTitle; }

    /// Shows change `index`: its dialog on the canvas, its node centred, its text in columns.
    void showChange(int index);
    /// The dialog on the canvas (empty when the changes touch no dialog).
    QString shownDialogId() const;
    /// The marks drawn on the canvas: interaction id → mark.
    QHash<QString, Mark> nodeMarks() const;
    /// The marks drawn on edges: "source id → target" → mark.
    QHash<QString, Mark> edgeMarks() const;

signals:
    void closeRequested();
    /// Show this place in the project (an item the project still has).
    void goToRequested(const document::ProblemLocation &location);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuildList();
    void showDialog(const QString &dialogId);
    void applyMarks();
    /// Fits the dialog into the canvas once the view has its size, the selection in sight.
    void scheduleFit();
    void showText(const format::BotChange &change);
    void jumpToSelected();
    QString dialogOf(const format::BotChange &change) const;
    /// Where the change is in the project; empty when the project no longer has it.
    document::ProblemLocation locationOf(const format::BotChange &change) const;

    document::Bot m_before;
    document::Bot m_after;
    QString m_beforeTitle;
    QString m_afterTitle;
    QList<format::BotChange> m_changes;
    /// The canvas shows the newer version with the older's removed interactions put back.
    std::unique_ptr<document::BotDocument> m_merged;
    std::unique_ptr<document::BotDocument> m_beforeDocument;
    QHash<QString, Mark> m_marks; ///< of the shown dialog
    QHash<QString, Mark> m_edgeMarks;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_legend;
    QPushButton *m_back;
    QPushButton *m_goTo;
    QTreeWidget *m_list;
    CanvasScene *m_scene;
    CanvasView *m_view;
    QLabel *m_textTitle;
    QTableWidget *m_text;
};

} // namespace dialogsmith::ui
