#pragma once

#include "bot.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace dialogsmith::document {

class DocumentCommand;

/// The live bot being edited, with its undo history and file state.
///
/// Contract:
/// - It is the only way to change a bot. Every change is a DocumentCommand passed to execute(),
///   which first asks the command to check() itself against the current state; a command that
///   cannot run (unknown id, duplicate name...) is refused with the reason and changes nothing.
///   Accepted commands go on the undo stack, so every change is undoable.
/// - The mutators below take an EditKey that only DocumentCommand can make: views and tools read
///   through the const accessors and never write.
/// - Commands address things by id and look them up when they run, never by pointer.
/// - After every change the matching fine-grained signal is emitted, then changed().
/// - The modified state is the undo stack's clean state: undoing back to the saved state clears
///   it. load() replaces everything and clears the history.
class BotDocument : public QObject
{
    Q_OBJECT

public:
    /// Passkey for the mutators; see the class comment.
    class EditKey
    {
        friend class DocumentCommand;
        EditKey() = default;
    };

    explicit BotDocument(QObject *parent = nullptr);
    ~BotDocument() override;

    const Bot &bot() const { return m_bot; }
    /// Replaces the whole bot (new or opened file): clears the undo history, marks it unmodified.
    void load(const Bot &bot, const QString &filePath = {});

    QUndoStack *undoStack() { return &m_undo; }
    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undo.isClean(); }
    /// Marks the current state as the saved one.
    void markSaved();

    /// Checks `command` and, if it can run, pushes it (which runs it); a refused command is
    /// deleted here.
    Result<void> execute(std::unique_ptr<DocumentCommand> command);
    /// Groups the commands executed until endMacro() into one undo step (multi-select delete,
    /// paste of several items...). A macro with no accepted command leaves no step behind.
    void beginMacro(const QString &text);
    void endMacro();

    // Look-ups by id.
    const Dialog *dialog(const QString &id) const;
    int dialogIndex(const QString &id) const;
    const Interaction *interaction(const QString &id) const;
    /// The id of the dialog holding the interaction, or an empty string.
    QString dialogIdOf(const QString &interactionId) const;
    const Integration *integration(const QString &id) const;
    int integrationIndex(const QString &id) const;
    /// Whether another interaction than `exceptId` already uses `name`.
    bool interactionNameTaken(const QString &name, const QString &exceptId = {}) const;
    /// `base`, or `base 2`, `base 3`... whichever no interaction uses yet.
    QString uniqueInteractionName(const QString &base) const;
    /// The same for dialog names.
    QString uniqueDialogName(const QString &base) const;
    /// The same for integration names.
    QString uniqueIntegrationName(const QString &base) const;

    /// The time commands stamp on what they change (replaceable for tests).
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock);

    // Mutators, for commands only.
    void insertDialog(EditKey, int index, const Dialog &dialog);
    Dialog takeDialog(EditKey, const QString &id);
    /// Replaces a dialog's own fields; its interactions stay as they are.
    void setDialogProperties(EditKey, const Dialog &dialog);
    void moveDialog(EditKey, int from, int to);

    void insertInteraction(EditKey, const QString &dialogId, int index,
                           const Interaction &interaction);
    Interaction takeInteraction(EditKey, const QString &id);
    void replaceInteraction(EditKey, const Interaction &interaction);
    void moveInteraction(EditKey, const QString &id, int to);

    void insertIntegration(EditKey, int index, const Integration &integration);
    Integration takeIntegration(EditKey, const QString &id);
    void replaceIntegration(EditKey, const Integration &integration);

    /// Replaces every bot-level field (name, code, environments...) but dialogs and integrations.
    void setProperties(EditKey, const Bot &properties);
    /// Replaces the whole bot as one edit (a snapshot restored); views rebuild as after load(),
    /// but the history and the file stay.
    void replaceBot(EditKey, const Bot &bot);

signals:
    /// The whole bot was replaced: a file opened (load()) or a snapshot restored (replaceBot()).
    void loaded();
    void dialogInserted(const QString &id);
    void dialogRemoved(const QString &id);
    void dialogChanged(const QString &id);
    void dialogsReordered();
    void interactionInserted(const QString &dialogId, const QString &id);
    void interactionRemoved(const QString &dialogId, const QString &id);
    void interactionChanged(const QString &id);
    void interactionsReordered(const QString &dialogId);
    void integrationInserted(const QString &id);
    void integrationRemoved(const QString &id);
    void integrationChanged(const QString &id);
    void propertiesChanged();
    /// After any change to the bot.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    Dialog *mutableDialog(const QString &id);
    void rebuildIndex();

    Bot m_bot;
    QHash<QString, QString> m_dialogOfInteraction;
    QUndoStack m_undo;
    int m_macroDepth = 0;
    bool m_macroStarted = false;
    QString m_macroText;
    QString m_filePath;
    std::function<QDateTime()> m_clock;
};

} // namespace dialogsmith::document
