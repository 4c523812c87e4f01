#pragma once

#include <QHash>
#include <QJSValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace dialogsmith::runtime {

/// How long a bot variable lives.
enum class StoreScope {
    Request, ///< until the end of the turn (`setBotVariable(n, v, false, false)`, rule scope
             ///< REQUEST)
    Dialog,  ///< until the dialog that set it ends (rule scope DIALOG)
    Session, ///< until the conversation ends or restarts (`persistForSession`, rule scope SESSION)
    Forever, ///< for the user, across conversations (`persistForever`)
};

QString storeScopeName(StoreScope scope);

/// A bot variable's value: a string, or a JavaScript object that scripts handed over (objects
/// stay objects, as in CB; everything else is stored as its string).
struct VariableValue
{
    QString text;
    QJSValue object; ///< undefined unless the value is an object

    bool isObject() const { return object.isObject(); }
    static VariableValue fromText(const QString &text) { return {text, {}}; }
};

/// The bot variables of one conversation, with their scopes. One name holds one value: setting a
/// name again replaces it, whatever the scope. `Forever` values live in a map shared by the
/// user's conversations.
class VariableStore
{
public:
    using UserValues = QHash<QString, VariableValue>;

    explicit VariableStore(std::shared_ptr<UserValues> userValues = {});

    /// `dialogId` is the dialog that sets a `Dialog` variable.
    void set(const QString &name, const VariableValue &value, StoreScope scope,
             const QString &dialogId = {});
    /// The value, or nullptr when the name is not set.
    const VariableValue *find(const QString &name) const;
    std::optional<StoreScope> scopeOf(const QString &name) const;
    bool remove(const QString &name);

    /// Drops the `Request` variables.
    void endTurn();
    /// Drops the `Dialog` variables set by `dialogId`.
    void endDialog(const QString &dialogId);
    /// Drops everything but the `Forever` variables (the conversation restarts).
    void clearConversation();

    /// Every name set, sorted.
    QStringList names() const;

private:
    struct Entry
    {
        VariableValue value;
        StoreScope scope = StoreScope::Session;
        QString dialogId;
    };

    QHash<QString, Entry> m_values;
    std::shared_ptr<UserValues> m_forever;
    int m_requestCount = 0;
    int m_dialogCount = 0;
};

} // namespace dialogsmith::runtime
