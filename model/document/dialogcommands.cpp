#include "dialogcommands.h"

namespace dialogsmith::document {

namespace {

Error unknownDialog(const QString &id)
{
    return {DocumentCommand::tr("there is no dialog with id \"%1\"").arg(id), id};
}

Result<void> checkDialogName(const BotDocument &document, const QString &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{DocumentCommand::tr("a dialog needs a name"), id};
    for (const Dialog &d : document.bot().dialogs) {
        if (d.id != id && d.name == name)
            return Error{DocumentCommand::tr("a dialog named \"%1\" already exists").arg(name), id};
    }
    return {};
}

Dialog renamed(const BotDocument &document, const QString &id, const QString &name)
{
    Dialog d;
    if (const Dialog *current = document.dialog(id))
        d = *current;
    d.id = id;
    d.name = name;
    return d;
}

} // namespace

AddDialogCommand::AddDialogCommand(BotDocument &document, const Dialog &dialog, int index)
    : DocumentCommand(document, DocumentCommand::tr("Add dialog \"%1\"").arg(dialog.name))
    , m_dialog(dialog)
    , m_index(index < 0 ? int(document.bot().dialogs.size()) : index)
{}

Result<void> AddDialogCommand::check() const
{
    if (m_dialog.id.isEmpty() || document().dialog(m_dialog.id))
        return Error{DocumentCommand::tr("the dialog id \"%1\" is already used").arg(m_dialog.id),
                     m_dialog.id};
    if (Result<void> ok = checkDialogName(document(), m_dialog.id, m_dialog.name); !ok)
        return ok;
    QStringList names;
    for (const Interaction &i : m_dialog.interactions) {
        if (document().interaction(i.id))
            return Error{DocumentCommand::tr("the interaction id \"%1\" is already used").arg(i.id),
                         i.id};
        if (document().interactionNameTaken(i.name) || names.contains(i.name))
            return Error{
                    DocumentCommand::tr("an interaction named \"%1\" already exists").arg(i.name),
                    i.id};
        names.append(i.name);
    }
    if (m_index > document().bot().dialogs.size())
        return Error{DocumentCommand::tr("position %1 is past the last dialog").arg(m_index)};
    return {};
}

void AddDialogCommand::redo()
{
    document().insertDialog(key(), m_index, m_dialog);
}

void AddDialogCommand::undo()
{
    m_dialog = document().takeDialog(key(), m_dialog.id);
}

RemoveDialogCommand::RemoveDialogCommand(BotDocument &document, const QString &dialogId)
    : DocumentCommand(document, DocumentCommand::tr("Remove dialog"))
    , m_id(dialogId)
{
    if (const Dialog *d = document.dialog(dialogId))
        setText(DocumentCommand::tr("Remove dialog \"%1\"").arg(d->name));
}

Result<void> RemoveDialogCommand::check() const
{
    if (!document().dialog(m_id))
        return unknownDialog(m_id);
    return {};
}

void RemoveDialogCommand::redo()
{
    m_index = document().dialogIndex(m_id);
    m_dialog = document().takeDialog(key(), m_id);
}

void RemoveDialogCommand::undo()
{
    document().insertDialog(key(), m_index, m_dialog);
}

EditDialogCommand::EditDialogCommand(BotDocument &document, const Dialog &after,
                                     const QString &text)
    : DocumentCommand(document, text)
    , m_after(after)
{
    if (const Dialog *d = document.dialog(after.id))
        m_before = *d;
}

Result<void> EditDialogCommand::check() const
{
    if (!document().dialog(m_after.id))
        return unknownDialog(m_after.id);
    return checkDialogName(document(), m_after.id, m_after.name);
}

void EditDialogCommand::redo()
{
    if (!m_stamped) {
        m_after.modificationTime = stamp();
        m_stamped = true;
    }
    document().setDialogProperties(key(), m_after);
}

void EditDialogCommand::undo()
{
    document().setDialogProperties(key(), m_before);
}

RenameDialogCommand::RenameDialogCommand(BotDocument &document, const QString &dialogId,
                                         const QString &name)
    : EditDialogCommand(document, renamed(document, dialogId, name),
                        DocumentCommand::tr("Rename dialog to \"%1\"").arg(name))
{}

MoveDialogCommand::MoveDialogCommand(BotDocument &document, const QString &dialogId, int to)
    : DocumentCommand(document, DocumentCommand::tr("Move dialog"))
    , m_id(dialogId)
    , m_to(to)
{}

Result<void> MoveDialogCommand::check() const
{
    if (!document().dialog(m_id))
        return unknownDialog(m_id);
    if (m_to < 0 || m_to >= document().bot().dialogs.size())
        return Error{DocumentCommand::tr("position %1 is outside the dialog list").arg(m_to), m_id};
    return {};
}

void MoveDialogCommand::redo()
{
    m_from = document().dialogIndex(m_id);
    document().moveDialog(key(), m_from, m_to);
}

void MoveDialogCommand::undo()
{
    document().moveDialog(key(), m_to, m_from);
}

} // namespace dialogsmith::document
