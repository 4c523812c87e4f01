#include "botdocument.h"

#include "documentcommand.h"

#include <algorithm>

namespace dialogsmith::document {

BotDocument::BotDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

BotDocument::~BotDocument()
{
    // Commands refer to the document; drop them first, silently: whoever listens may be half
    // destroyed by now (a window deleting its children).
    m_undo.blockSignals(true);
    blockSignals(true);
    m_undo.clear();
}

void BotDocument::load(const Bot &bot, const QString &filePath)
{
    m_undo.clear();
    m_bot = bot;
    rebuildIndex();
    setFilePath(filePath);
    m_undo.setClean();
    emit loaded();
    emit changed();
    emit modifiedChanged(false);
}

void BotDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void BotDocument::markSaved()
{
    m_undo.setClean();
}

Result<void> BotDocument::execute(std::unique_ptr<DocumentCommand> command)
{
    if (Result<void> ok = command->check(); !ok)
        return ok;
    if (m_macroDepth > 0 && !m_macroStarted) {
        m_undo.beginMacro(m_macroText);
        m_macroStarted = true;
    }
    m_undo.push(command.release());
    return {};
}

void BotDocument::beginMacro(const QString &text)
{
    // The stack's macro starts with the first accepted command, so a macro in which every
    // command is refused leaves no empty step and keeps the redo history.
    if (m_macroDepth++ == 0) {
        m_macroText = text;
        m_macroStarted = false;
    }
}

void BotDocument::endMacro()
{
    Q_ASSERT(m_macroDepth > 0);
    if (--m_macroDepth == 0 && m_macroStarted) {
        m_undo.endMacro();
        m_macroStarted = false;
    }
}

const Dialog *BotDocument::dialog(const QString &id) const
{
    return m_bot.dialog(id);
}

int BotDocument::dialogIndex(const QString &id) const
{
    for (int i = 0; i < m_bot.dialogs.size(); ++i) {
        if (m_bot.dialogs.at(i).id == id)
            return i;
    }
    return -1;
}

const Interaction *BotDocument::interaction(const QString &id) const
{
    const Dialog *d = dialog(m_dialogOfInteraction.value(id));
    if (!d)
        return nullptr;
    const qsizetype i = d->indexOf(id);
    return i < 0 ? nullptr : &d->interactions.at(i);
}

QString BotDocument::dialogIdOf(const QString &interactionId) const
{
    return m_dialogOfInteraction.value(interactionId);
}

const Integration *BotDocument::integration(const QString &id) const
{
    return m_bot.integration(id);
}

int BotDocument::integrationIndex(const QString &id) const
{
    for (int i = 0; i < m_bot.integrations.size(); ++i) {
        if (m_bot.integrations.at(i).id == id)
            return i;
    }
    return -1;
}

bool BotDocument::interactionNameTaken(const QString &name, const QString &exceptId) const
{
    for (const Dialog &d : m_bot.dialogs) {
        for (const Interaction &i : d.interactions) {
            if (i.name == name && i.id != exceptId)
                return true;
        }
    }
    return false;
}

namespace {

/// `base`, or `base 2`, `base 3`... whichever `taken` does not know yet.
template<typename Taken>
QString uniqueName(const QString &base, Taken taken)
{
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace

QString BotDocument::uniqueInteractionName(const QString &base) const
{
    return uniqueName(base, [this](const QString &name) { return interactionNameTaken(name); });
}

QString BotDocument::uniqueDialogName(const QString &base) const
{
    return uniqueName(base, [this](const QString &name) {
        return std::any_of(m_bot.dialogs.cbegin(), m_bot.dialogs.cend(),
                           [&](const Dialog &d) { return d.name == name; });
    });
}

QString BotDocument::uniqueIntegrationName(const QString &base) const
{
    return uniqueName(base, [this](const QString &name) { return m_bot.integrationByName(name); });
}

QDateTime BotDocument::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void BotDocument::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

Dialog *BotDocument::mutableDialog(const QString &id)
{
    for (Dialog &d : m_bot.dialogs) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void BotDocument::rebuildIndex()
{
    m_dialogOfInteraction.clear();
    for (const Dialog &d : std::as_const(m_bot.dialogs)) {
        for (const Interaction &i : d.interactions)
            m_dialogOfInteraction.insert(i.id, d.id);
    }
}

void BotDocument::insertDialog(EditKey, int index, const Dialog &dialog)
{
    index = std::clamp(index, 0, int(m_bot.dialogs.size()));
    m_bot.dialogs.insert(index, dialog);
    for (const Interaction &i : dialog.interactions)
        m_dialogOfInteraction.insert(i.id, dialog.id);
    emit dialogInserted(dialog.id);
    emit changed();
}

Dialog BotDocument::takeDialog(EditKey, const QString &id)
{
    const int index = dialogIndex(id);
    Q_ASSERT(index >= 0);
    Dialog d = m_bot.dialogs.takeAt(index);
    for (const Interaction &i : std::as_const(d.interactions))
        m_dialogOfInteraction.remove(i.id);
    emit dialogRemoved(id);
    emit changed();
    return d;
}

void BotDocument::setDialogProperties(EditKey, const Dialog &dialog)
{
    Dialog *d = mutableDialog(dialog.id);
    Q_ASSERT(d);
    const QList<Interaction> interactions = d->interactions;
    *d = dialog;
    d->interactions = interactions;
    emit dialogChanged(dialog.id);
    emit changed();
}

void BotDocument::moveDialog(EditKey, int from, int to)
{
    m_bot.dialogs.move(from, to);
    emit dialogsReordered();
    emit changed();
}

void BotDocument::insertInteraction(EditKey, const QString &dialogId, int index,
                                    const Interaction &interaction)
{
    Dialog *d = mutableDialog(dialogId);
    Q_ASSERT(d);
    index = std::clamp(index, 0, int(d->interactions.size()));
    d->interactions.insert(index, interaction);
    m_dialogOfInteraction.insert(interaction.id, dialogId);
    emit interactionInserted(dialogId, interaction.id);
    emit changed();
}

Interaction BotDocument::takeInteraction(EditKey, const QString &id)
{
    const QString dialogId = m_dialogOfInteraction.take(id);
    Dialog *d = mutableDialog(dialogId);
    Q_ASSERT(d);
    Interaction i = d->interactions.takeAt(d->indexOf(id));
    emit interactionRemoved(dialogId, id);
    emit changed();
    return i;
}

void BotDocument::replaceInteraction(EditKey, const Interaction &interaction)
{
    Dialog *d = mutableDialog(m_dialogOfInteraction.value(interaction.id));
    Q_ASSERT(d);
    d->interactions[d->indexOf(interaction.id)] = interaction;
    emit interactionChanged(interaction.id);
    emit changed();
}

void BotDocument::moveInteraction(EditKey, const QString &id, int to)
{
    const QString dialogId = m_dialogOfInteraction.value(id);
    Dialog *d = mutableDialog(dialogId);
    Q_ASSERT(d);
    d->interactions.move(d->indexOf(id), std::clamp(to, 0, int(d->interactions.size()) - 1));
    emit interactionsReordered(dialogId);
    emit changed();
}

void BotDocument::insertIntegration(EditKey, int index, const Integration &integration)
{
    index = std::clamp(index, 0, int(m_bot.integrations.size()));
    m_bot.integrations.insert(index, integration);
    emit integrationInserted(integration.id);
    emit changed();
}

Integration BotDocument::takeIntegration(EditKey, const QString &id)
{
    Integration i = m_bot.integrations.takeAt(integrationIndex(id));
    emit integrationRemoved(id);
    emit changed();
    return i;
}

void BotDocument::replaceIntegration(EditKey, const Integration &integration)
{
    m_bot.integrations[integrationIndex(integration.id)] = integration;
    emit integrationChanged(integration.id);
    emit changed();
}

void BotDocument::setProperties(EditKey, const Bot &properties)
{
    const QList<Dialog> dialogs = m_bot.dialogs;
    const QList<Integration> integrations = m_bot.integrations;
    m_bot = properties;
    m_bot.dialogs = dialogs;
    m_bot.integrations = integrations;
    emit propertiesChanged();
    emit changed();
}

void BotDocument::replaceBot(EditKey, const Bot &bot)
{
    m_bot = bot;
    rebuildIndex();
    emit loaded();
    emit changed();
}

} // namespace dialogsmith::document
