#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace dialogsmith::runtime {

/// The conversation context store that `botContext.registerContextNamespace()` and the
/// `...ContextData...` functions reach: named namespaces holding properties at three scopes.
///
/// In CB this is a cloud service; here it lives in memory, shared by every conversation of a
/// runtime. The caller may persist it with toJson() and restore it with fromJson() (the preview
/// keeps one per project). Writing to a namespace that was never registered fails, as it does in
/// CB. A namespace's time to live applies to properties written after it was set.
class ContextStore
{
public:
    enum class Scope { Global, User, Conversation };

    ContextStore();

    bool registerNamespace(const QString &name, qint64 ttlSeconds = 0);
    bool deleteNamespace(const QString &name);
    bool hasNamespace(const QString &name) const;

    /// `owner` is the user id (User scope) or conversation id (Conversation scope); ignored for
    /// Global. Returns false when the namespace is not registered or a name is empty.
    bool set(Scope scope, const QString &owner, const QString &ns, const QString &property,
             const QJsonValue &value);
    std::optional<QJsonValue> get(Scope scope, const QString &owner, const QString &ns,
                                  const QString &property) const;
    /// Every live property of the namespace at that scope.
    QJsonObject getAll(Scope scope, const QString &owner, const QString &ns) const;
    bool remove(Scope scope, const QString &owner, const QString &ns, const QString &property);
    bool removeAll(Scope scope, const QString &owner, const QString &ns);
    /// Forgets a conversation's data (it ended).
    void dropConversation(const QString &conversationId);

    QJsonObject toJson() const;
    /// Replaces the content with what toJson() wrote; false (and unchanged) when malformed.
    bool fromJson(const QJsonObject &json);

    /// For tests: the clock in milliseconds since the epoch.
    void setClock(std::function<qint64()> nowMs);

private:
    struct Property
    {
        QJsonValue value;
        qint64 expiresMs = 0; ///< 0: never
    };
    using Properties = QHash<QString, Property>;
    struct Namespace
    {
        qint64 ttlSeconds = 0;
        Properties global;
        QHash<QString, Properties> users;
        QHash<QString, Properties> conversations;
    };

    Properties *properties(Scope scope, const QString &owner, const QString &ns, bool create);
    const Properties *properties(Scope scope, const QString &owner, const QString &ns) const;
    bool alive(const Property &p) const;

    QHash<QString, Namespace> m_namespaces;
    std::function<qint64()> m_now;
};

} // namespace dialogsmith::runtime
