#include "contextstore.h"

#include <QDateTime>

namespace dialogsmith::runtime {

namespace {

QJsonObject propertiesToJson(const auto &properties)
{
    QJsonObject out;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        QJsonObject p{{QStringLiteral("value"), it->value}};
        if (it->expiresMs)
            p.insert(QStringLiteral("expires"), double(it->expiresMs));
        out.insert(it.key(), p);
    }
    return out;
}

} // namespace

ContextStore::ContextStore()
    : m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void ContextStore::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

bool ContextStore::registerNamespace(const QString &name, qint64 ttlSeconds)
{
    if (name.isEmpty())
        return false;
    m_namespaces[name].ttlSeconds = std::max<qint64>(ttlSeconds, 0);
    return true;
}

bool ContextStore::deleteNamespace(const QString &name)
{
    return m_namespaces.remove(name) > 0;
}

bool ContextStore::hasNamespace(const QString &name) const
{
    return m_namespaces.contains(name);
}

bool ContextStore::alive(const Property &p) const
{
    return p.expiresMs == 0 || p.expiresMs > m_now();
}

ContextStore::Properties *ContextStore::properties(Scope scope, const QString &owner,
                                                   const QString &ns, bool create)
{
    const auto it = m_namespaces.find(ns);
    if (it == m_namespaces.end())
        return nullptr;
    switch (scope) {
    case Scope::Global:
        return &it->global;
    case Scope::User:
        if (!create && !it->users.contains(owner))
            return nullptr;
        return &it->users[owner];
    case Scope::Conversation:
        if (!create && !it->conversations.contains(owner))
            return nullptr;
        return &it->conversations[owner];
    }
    return nullptr;
}

const ContextStore::Properties *ContextStore::properties(Scope scope, const QString &owner,
                                                         const QString &ns) const
{
    return const_cast<ContextStore *>(this)->properties(scope, owner, ns, false);
}

bool ContextStore::set(Scope scope, const QString &owner, const QString &ns,
                       const QString &property, const QJsonValue &value)
{
    if (property.isEmpty() || (scope != Scope::Global && owner.isEmpty()))
        return false;
    Properties *props = properties(scope, owner, ns, true);
    if (!props)
        return false;
    const qint64 ttl = m_namespaces.value(ns).ttlSeconds;
    props->insert(property, {value, ttl > 0 ? m_now() + ttl * 1000 : 0});
    return true;
}

std::optional<QJsonValue> ContextStore::get(Scope scope, const QString &owner, const QString &ns,
                                            const QString &property) const
{
    const Properties *props = properties(scope, owner, ns);
    if (!props)
        return std::nullopt;
    const auto it = props->constFind(property);
    if (it == props->cend() || !alive(*it))
        return std::nullopt;
    return it->value;
}

QJsonObject ContextStore::getAll(Scope scope, const QString &owner, const QString &ns) const
{
    QJsonObject out;
    if (const Properties *props = properties(scope, owner, ns)) {
        for (auto it = props->cbegin(); it != props->cend(); ++it) {
            if (alive(*it))
                out.insert(it.key(), it->value);
        }
    }
    return out;
}

bool ContextStore::remove(Scope scope, const QString &owner, const QString &ns,
                          const QString &property)
{
    Properties *props = properties(scope, owner, ns, false);
    return props && props->remove(property) > 0;
}

bool ContextStore::removeAll(Scope scope, const QString &owner, const QString &ns)
{
    Properties *props = properties(scope, owner, ns, false);
    if (!props)
        return hasNamespace(ns);
    props->clear();
    return true;
}

void ContextStore::dropConversation(const QString &conversationId)
{
    for (Namespace &n : m_namespaces)
        n.conversations.remove(conversationId);
}

QJsonObject ContextStore::toJson() const
{
    QJsonObject namespaces;
    for (auto it = m_namespaces.cbegin(); it != m_namespaces.cend(); ++it) {
        QJsonObject users;
        for (auto u = it->users.cbegin(); u != it->users.cend(); ++u)
            users.insert(u.key(), propertiesToJson(*u));
        QJsonObject conversations;
        for (auto c = it->conversations.cbegin(); c != it->conversations.cend(); ++c)
            conversations.insert(c.key(), propertiesToJson(*c));
        namespaces.insert(it.key(),
                          QJsonObject{{QStringLiteral("ttl"), double(it->ttlSeconds)},
                                      {QStringLiteral("global"), propertiesToJson(it->global)},
                                      {QStringLiteral("users"), users},
                                      {QStringLiteral("conversations"), conversations}});
    }
    return QJsonObject{{QStringLiteral("namespaces"), namespaces}};
}

bool ContextStore::fromJson(const QJsonObject &json)
{
    const QJsonValue namespaces = json.value(QStringLiteral("namespaces"));
    if (!namespaces.isObject())
        return false;
    auto readProperties = [](const QJsonValue &v, Properties &out) {
        if (!v.isObject())
            return v.isUndefined();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it->isObject())
                return false;
            const QJsonObject p = it->toObject();
            out.insert(it.key(), {p.value(QStringLiteral("value")),
                                  qint64(p.value(QStringLiteral("expires")).toDouble())});
        }
        return true;
    };
    QHash<QString, Namespace> loaded;
    const QJsonObject all = namespaces.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it->isObject())
            return false;
        const QJsonObject n = it->toObject();
        Namespace ns;
        ns.ttlSeconds = qint64(n.value(QStringLiteral("ttl")).toDouble());
        if (!readProperties(n.value(QStringLiteral("global")), ns.global))
            return false;
        for (const auto &[key, target] :
             {std::pair{QStringLiteral("users"), &ns.users},
              std::pair{QStringLiteral("conversations"), &ns.conversations}}) {
            const QJsonObject owners = n.value(key).toObject();
            for (auto o = owners.begin(); o != owners.end(); ++o) {
                if (!readProperties(*o, (*target)[o.key()]))
                    return false;
            }
        }
        loaded.insert(it.key(), ns);
    }
    m_namespaces = std::move(loaded);
    return true;
}

} // namespace dialogsmith::runtime
