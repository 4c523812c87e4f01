#pragma once

#include "documentcommand.h"

namespace dialogsmith::document {

/// Replaces one value of the document (an interaction, an integration, the bot's own fields)
/// with an edited copy. The before-value is taken when the command is made; redo() and undo()
/// hand one or the other to apply(). Commands with the same non-empty `mergeKey` on the same
/// value (same identity()) merge into one undo step: typing in a field, editing code.
///
/// A subclass says how to write the value back (apply()), what identifies it (identity()),
/// which merge id its family uses, and what makes it valid (check()).
template<typename T>
class EditValueCommand : public DocumentCommand
{
public:
    int id() const override { return m_mergeKey.isEmpty() ? -1 : m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditValueCommand *>(other);
        if (!edit || edit->m_mergeKey != m_mergeKey || identity(edit->m_after) != identity(m_after))
            return false;
        m_after = edit->m_after;
        return true;
    }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

protected:
    EditValueCommand(BotDocument &document, T before, T after, const QString &text,
                     const QString &mergeKey, CommandMergeId mergeId)
        : DocumentCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
        , m_mergeId(mergeId)
    {}

    /// Writes `value` into the document.
    virtual void apply(const T &value) = 0;
    /// What two edits must share to merge (the interaction's or integration's id).
    virtual QString identity(const T &value) const = 0;

    const T &before() const { return m_before; }
    const T &after() const { return m_after; }
    T &after() { return m_after; }

private:
    T m_before;
    T m_after;
    QString m_mergeKey;
    CommandMergeId m_mergeId;
};

} // namespace dialogsmith::document
