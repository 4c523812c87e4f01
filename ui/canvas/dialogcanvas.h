#pragma once

#include "interaction.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

class QGraphicsView;
class QToolBar;
class QToolButton;
class QAbstractButton;

namespace dialogsmith::document {
class BotDocument;
struct Action;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

class CanvasScene;
class CanvasView;

/// The dialog canvas: one dialog of the document as a flow of nodes and edges, with a palette
/// of interaction types above it.
///
/// It mirrors the document through its signals and keeps only ids. Every gesture becomes one
/// document command (one undo step): a drag of any number of nodes is one SetPositionsCommand
/// pushed on release, a connection is one SetNextActionCommand or SetRulesCommand, a delete of
/// several nodes is one macro. A refused edit changes nothing and its reason is reported
/// through statusMessage().
class DialogCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit DialogCanvas(document::BotDocument *document, QWidget *parent = nullptr);
    ~DialogCanvas() override;

    /// Shows the dialog `dialogId`; an empty or unknown id shows nothing.
    void showDialog(const QString &dialogId);
    QString dialogId() const;

    /// Selects the interactions (from the explorer, problems or find) and centres the first.
    void selectInteractions(const QStringList &ids);
    /// The selected interactions, in dialog order.
    QStringList selectedInteractions() const;

    /// Preview hooks: the interaction running now ("" clears) and the path taken this turn.
    void setRunningInteraction(const QString &id);
    void setPathHighlight(const QStringList &ids);
    /// Test coverage: the interactions and rule edges (interaction id, rule index) no
    /// transcript reached are marked; empty sets clear the marks.
    void setCoverageMarks(const QSet<QString> &interactions,
                          const QSet<std::pair<QString, int>> &rules);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    qreal zoom() const;

    /// Adds an interaction of `type` as the palette does: after the selected interaction (at
    /// the end when none is), centred on `scenePos` when given, else below the selection or in
    /// the middle of the view. Returns the new id, or an empty string if the edit was refused.
    QString addInteraction(document::InteractionType type,
                           std::optional<QPointF> scenePos = std::nullopt);
    /// Removes the selected interactions in one undo step.
    void deleteSelection();
    void selectAll();
    /// Lays every node out again (one undo step).
    void arrangeNodes();
    /// Sets where a port leads (a rule's action or the next action); false when refused.
    bool setPortAction(const QString &interactionId, int slot, bool nextAction,
                       const document::Action &action);

    QGraphicsView *view() const;
    CanvasScene *canvasScene() const { return m_scene; }
    /// The palette button adding `type`.
    QAbstractButton *paletteButton(document::InteractionType type) const;

signals:
    void selectionChanged(const QStringList &interactionIds);
    /// Double-click or Enter on a node: the main window focuses the inspector.
    void interactionActivated(const QString &id);
    /// Double-click on an exit to another dialog.
    void dialogActivated(const QString &dialogId);
    /// Why a connection or an edit was refused, and other short notes for the status bar.
    void statusMessage(const QString &text);
    void zoomChanged(qreal zoom);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct ViewState
    {
        qreal zoom = 1.0;
        QPointF centre;
    };

    void buildToolBar();
    void updateStyle();
    void updateZoomLabel(qreal zoom);
    void applyInitialView();
    void onSceneSelectionChanged();
    void onNodesMoved(const QHash<QString, QPointF> &positions);
    void onExitActivated(const QString &dialogId, const QString &interactionId);
    void showContextMenu(const QPoint &globalPos, const QPointF &scenePos);
    void navigate(Qt::Key direction);
    void step(int delta);
    void focusNode(const QString &id, bool centre);
    QString currentId() const;
    QString insertionAnchor() const;

    document::BotDocument *m_document;
    CanvasScene *m_scene;
    CanvasView *m_view;
    QToolBar *m_toolBar;
    QToolButton *m_zoomLabel = nullptr;
    QList<QToolButton *> m_toolButtons;
    QHash<int, QAbstractButton *> m_paletteButtons;
    QHash<QString, ViewState> m_viewStates;
    QStringList m_lastSelection;
    QString m_current;
    int m_selecting = 0;
    bool m_initialViewPending = false;
};

} // namespace dialogsmith::ui
