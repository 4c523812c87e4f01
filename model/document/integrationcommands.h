#pragma once

#include "editvaluecommand.h"

namespace dialogsmith::document {

class AddIntegrationCommand : public DocumentCommand
{
public:
    AddIntegrationCommand(BotDocument &document, const Integration &integration, int index = -1);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    Integration m_integration;
    int m_index;
};

class RemoveIntegrationCommand : public DocumentCommand
{
public:
    RemoveIntegrationCommand(BotDocument &document, const QString &integrationId);
    Result<void> check() const override;
    void redo() override;
    void undo() override;

private:
    QString m_id;
    Integration m_integration;
    int m_index = -1;
};

/// Replaces an integration with an edited copy; same-key edits merge into one undo step.
class EditIntegrationCommand : public EditValueCommand<Integration>
{
public:
    EditIntegrationCommand(BotDocument &document, const Integration &after, const QString &text,
                           const QString &mergeKey = {});
    Result<void> check() const override;

protected:
    void apply(const Integration &value) override;
    QString identity(const Integration &value) const override { return value.id; }
};

} // namespace dialogsmith::document
