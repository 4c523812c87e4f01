#pragma once

#include "botdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace dialogsmith::document {

/// Base of every edit. A command is built from the document and stable ids, checked once by
/// BotDocument::execute() before it first runs, and then only ever redone or undone.
class DocumentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::document::DocumentCommand)

public:
    DocumentCommand(BotDocument &document, const QString &text);

    /// Whether the command can run on the document as it is now; the error says why not.
    virtual Result<void> check() const { return {}; }

protected:
    BotDocument &document() const { return m_document; }
    static BotDocument::EditKey key() { return {}; }
    /// The time stamp CB writes on changed objects ("2021-09-16 17:42:33", UTC).
    QString stamp() const;

private:
    BotDocument &m_document;
};

/// Ids for QUndoCommand::id(), so typing in one field merges into one undo step.
enum CommandMergeId {
    EditInteractionMergeId = 1001,
    EditIntegrationMergeId,
    EditBotMergeId,
};

} // namespace dialogsmith::document
