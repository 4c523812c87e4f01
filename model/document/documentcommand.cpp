#include "documentcommand.h"

namespace dialogsmith::document {

DocumentCommand::DocumentCommand(BotDocument &document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

QString DocumentCommand::stamp() const
{
    return m_document.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace dialogsmith::document
