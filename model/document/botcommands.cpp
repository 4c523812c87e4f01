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
    : EditValueCommand(document, current(document), after, text, mergeKey, EditBotMergeId)
{
    // Only the bot-level fields belong to this command.
    this->after().dialogs.clear();
    this->after().integrations.clear();
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
    const Bot &bot = after();
    if (bot.name.trimmed().isEmpty())
        return Error{DocumentCommand::tr("the bot needs a name"), QStringLiteral("bot.name")};
    QStringList names;
    for (const Environment &e : bot.environments) {
        if (e.name.trimmed().isEmpty())
            return Error{DocumentCommand::tr("an environment needs a name")};
        if (names.contains(e.name))
            return Error{
                    DocumentCommand::tr("there are two environments named \"%1\"").arg(e.name)};
        names.append(e.name);
    }
    if (!bot.defaultEnvironment.isEmpty() && !names.contains(bot.defaultEnvironment))
        return Error{DocumentCommand::tr("the default environment \"%1\" does not exist")
                             .arg(bot.defaultEnvironment)};
    return {};
}

void EditBotCommand::redo()
{
    if (!m_stamped) {
        if (cbBotFieldsDiffer(before(), after()))
            after().modificationTime = document().now().toMSecsSinceEpoch();
        if (before().globalFunctions != after().globalFunctions)
            after().globalFunctionsModificationTime = stamp();
        m_stamped = true;
    }
    EditValueCommand::redo();
}

void EditBotCommand::apply(const Bot &value)
{
    document().setProperties(key(), value);
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
