#pragma once

#include "editvaluecommand.h"

namespace dialogsmith::document {

/// Replaces the bot-level fields (name, description, language, attributes, global functions,
/// environments, intents, secret names); dialogs and integrations are not touched.
/// The CB time stamps of the bot and of its global functions move only when they changed.
class EditBotCommand : public EditValueCommand<Bot>
{
public:
    EditBotCommand(BotDocument &document, const Bot &after, const QString &text,
                   const QString &mergeKey = {});
    Result<void> check() const override;
    void redo() override;

protected:
    static Bot current(const BotDocument &document);
    void apply(const Bot &value) override;
    QString identity(const Bot &) const override { return {}; }

private:
    bool m_stamped = false;
};

/// Sets the global functions; consecutive edits merge into one undo step.
class SetGlobalFunctionsCommand : public EditBotCommand
{
public:
    SetGlobalFunctionsCommand(BotDocument &document, const QString &code);
};

/// Replaces the environments and the default one.
class SetEnvironmentsCommand : public EditBotCommand
{
public:
    SetEnvironmentsCommand(BotDocument &document, const QList<Environment> &environments,
                           const QString &defaultEnvironment);
};

/// Replaces the whole bot (a snapshot restored) as one undo step; undo brings the bot back as
/// it was. Refused when the new bot has no name.
class ReplaceBotCommand : public DocumentCommand
{
public:
    ReplaceBotCommand(BotDocument &document, const Bot &after, const QString &text);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    Bot m_before;
    Bot m_after;
};

} // namespace dialogsmith::document
