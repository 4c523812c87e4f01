#include "botcommands.h"

namespace dialogsmith::document {

namespace {

bool cbBotFieldsDiffer(const Bot &a, const Bot &b)
{
    return a.name != b.name || a.description != b.description || a.language != b.language
           || a.chatBotType != b.chatBotType || a.sessionLength != b.sessionLength
           || a.attributes != b.attributes;
}

} // namespace

EditBotCommand::EditBotCommand(BotDocument &document, const Bot &after, const QString &text,
                               const QString &mergeKey)
    : DocumentCommand(document, text)
    , m_before(current(document))
    , m_after(after)
    , m_mergeKey(mergeKey)
{
    // Only the bot-level fields belong to this command.
    m_after.dialogs.clear();
    m_after.integrations.clear();
}

Bot EditBotCommand::current(const BotDocument &document)
{
    Bot b = document.bot();
    b.dialogs.clear();
    b.integrations.clear();
    return b;
}

Result<void> EditBotCommand::check() const
{
    if (m_after.name.trimmed().isEmpty())
        return Error{DocumentCommand::tr("the bot needs a name"), QStringLiteral("bot.name")};
    QStringList names;
    for (const Environment &e : m_after.environments) {
        if (e.name.trimmed().isEmpty())
            return Error{DocumentCommand::tr("an environment needs a name")};
        if (names.contains(e.name))
            return Error{
                    DocumentCommand::tr("there are two environments named \"%1\"").arg(e.name)};
        names.append(e.name);
    }
    if (!m_after.defaultEnvironment.isEmpty() && !names.contains(m_after.defaultEnvironment))
        return Error{DocumentCommand::tr("the default environment \"%1\" does not exist")
                             .arg(m_after.defaultEnvironment)};
    return {};
}

void EditBotCommand::redo()
{
    if (!m_stamped) {
        if (cbBotFieldsDiffer(m_before, m_after))
            m_after.modificationTime = document().now().toMSecsSinceEpoch();
        if (m_before.globalFunctions != m_after.globalFunctions)
            m_after.globalFunctionsModificationTime = stamp();
        m_stamped = true;
    }
    document().setProperties(key(), m_after);
}

void EditBotCommand::undo()
{
    document().setProperties(key(), m_before);
}

int EditBotCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : EditBotMergeId;
}

bool EditBotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditBotCommand *>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

SetGlobalFunctionsCommand::SetGlobalFunctionsCommand(BotDocument &document, const QString &code)
    : EditBotCommand(
            document,
            [&] {
                Bot b = current(document);
                b.globalFunctions = code;
                return b;
            }(),
            DocumentCommand::tr("Edit global functions"), QStringLiteral("globalFunctions"))
{}

SetEnvironmentsCommand::SetEnvironmentsCommand(BotDocument &document,
                                               const QList<Environment> &environments,
                                               const QString &defaultEnvironment)
    : EditBotCommand(
            document,
            [&] {
                Bot b = current(document);
                b.environments = environments;
                b.defaultEnvironment = defaultEnvironment;
                return b;
            }(),
            DocumentCommand::tr("Edit environments"))
{}

ReplaceBotCommand::ReplaceBotCommand(BotDocument &document, const Bot &after, const QString &text)
    : DocumentCommand(document, text)
    , m_before(document.bot())
    , m_after(after)
{}

Result<void> ReplaceBotCommand::check() const
{
    if (m_after.name.trimmed().isEmpty())
        return Error{DocumentCommand::tr("the bot needs a name"), QStringLiteral("bot.name")};
    return {};
}

void ReplaceBotCommand::redo()
{
    document().replaceBot(key(), m_after);
}

void ReplaceBotCommand::undo()
{
    document().replaceBot(key(), m_before);
}

} // namespace dialogsmith::document
