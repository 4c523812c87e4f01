#pragma once

#include "interaction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dialogsmith::document {
class BotDocument;
struct Dialog;
} // namespace dialogsmith::document

namespace dialogsmith::ui {

/// Translation context of the canvas' texts outside QObjects (items, helpers).
struct CanvasText
{
    Q_DECLARE_TR_FUNCTIONS(DialogCanvas)
};

/// Where one output port of a node leads, resolved against the dialog: "next" becomes the
/// following interaction, targets outside the dialog become exits.
struct CanvasLink
{
    enum class Kind {
        Node,            ///< an interaction of this dialog (`target` is its id)
        DialogExit,      ///< another dialog (`target` is the dialog id)
        InteractionExit, ///< an interaction of another dialog (`target` is its id)
        Missing,         ///< an interaction or dialog that does not exist (`target`)
        End,             ///< stop and wait for the user
        CloseDialog,
        CloseConversation,
        EndOfDialog, ///< "next" on the last interaction
        UnknownAction,
        Unset, ///< a question without a next action: a port to drag one from
    };

    int slot = -1;           ///< index in Interaction::rules; -1: implicit next action
    bool nextAction = false; ///< the port is the next action (first condition-less rule)
    Kind kind = Kind::End;
    QString target;
    QString label;         ///< rule name or condition; empty for next actions
    bool fallback = false; ///< NO_MATCH rule: drawn dashed

    bool operator==(const CanvasLink &o) const = default;

    bool isTerminal() const
    {
        return kind == Kind::End || kind == Kind::CloseDialog || kind == Kind::CloseConversation
               || kind == Kind::EndOfDialog || kind == Kind::UnknownAction;
    }
    bool isExit() const
    {
        return kind == Kind::DialogExit || kind == Kind::InteractionExit || kind == Kind::Missing;
    }
    /// The key of the exit node this link ends at ("d:<dialog>", "i:<interaction>", "m:<id>").
    QString exitKey() const;
};

/// The scene key of the exit node a link of `sourceId` ends at. Every node gets its own exits,
/// so exits stay next to the node leading to them instead of pulling edges across the dialog.
QString exitNodeKey(const QString &sourceId, const CanvasLink &link);

/// The output ports of `dialog.interactions[index]` in port order (rule order, then the implicit
/// next action of statements without one).
QList<CanvasLink> canvasLinks(const document::BotDocument &document, const document::Dialog &dialog,
                              qsizetype index);

/// Tooltips: the node's full content, and where a port leads.
QString interactionToolTip(const document::BotDocument &document,
                           const document::Interaction &interaction);
QString linkToolTip(const document::BotDocument &document, const document::Interaction &interaction,
                    const CanvasLink &link);
/// What an exit node says: the dialog's name, "Dialog › interaction", or why it is missing.
QString exitText(const document::BotDocument &document, const CanvasLink &link);

/// A short text for a rule's edge: its name, else its condition ("yes|yeah", "/^\d+$/",
/// "option 2", "API success", "no match").
QString ruleLabel(const document::Rule &rule);
/// The condition of a rule in words, for tooltips.
QString ruleConditionText(const document::Rule &rule);

/// The first line of what the interaction says or does, for the node's second line.
QString interactionSummary(const document::BotDocument &document,
                           const document::Interaction &interaction);

} // namespace dialogsmith::ui
