#pragma once

#include "documentcommand.h"

namespace dialogsmith::document {

/// Adds a dialog (with any interactions it holds) at `index` (-1: at the end).
class AddDialogCommand : public DocumentCommand
{
public:
    AddDialogCommand(BotDocument &document, const Dialog &dialog, int index = -1);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    Dialog m_dialog;
    int m_index;
};

class RemoveDialogCommand : public DocumentCommand
{
public:
    RemoveDialogCommand(BotDocument &document, const QString &dialogId);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    QString m_id;
    Dialog m_dialog;
    int m_index = -1;
};

/// Changes a dialog's own fields (name, type, enabled); its interactions are not touched.
class EditDialogCommand : public DocumentCommand
{
public:
    EditDialogCommand(BotDocument &document, const Dialog &after, const QString &text);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    Dialog m_before;
    Dialog m_after;
    bool m_stamped = false;
};

class RenameDialogCommand : public EditDialogCommand
{
public:
    RenameDialogCommand(BotDocument &document, const QString &dialogId, const QString &name);
};

/// Moves a dialog to position `to` in the bot's dialog order.
class MoveDialogCommand : public DocumentCommand
{
public:
    MoveDialogCommand(BotDocument &document, const QString &dialogId, int to);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    QString m_id;
    int m_from = -1;
    int m_to;
};

} // namespace dialogsmith::document
