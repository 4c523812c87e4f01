#include "variablestore.h"

namespace dialogsmith::runtime {

QString storeScopeName(StoreScope scope)
{
    switch (scope) {
    case StoreScope::Request:
        return QStringLiteral("request");
    case StoreScope::Dialog:
        return QStringLiteral("dialog");
    case StoreScope::Session:
        return QStringLiteral("session");
    case StoreScope::Forever:
        return QStringLiteral("forever");
    }
    return {};
}

VariableStore::VariableStore(std::shared_ptr<UserValues> userValues)
    : m_forever(userValues ? std::move(userValues) : std::make_shared<UserValues>())
{}

void VariableStore::set(const QString &name, const VariableValue &value, StoreScope scope,
                        const QString &dialogId)
{
    remove(name);
    if (scope == StoreScope::Forever) {
        m_forever->insert(name, value);
        return;
    }
    m_values.insert(name, {value, scope, scope == StoreScope::Dialog ? dialogId : QString()});
    if (scope == StoreScope::Request)
        ++m_requestCount;
    else if (scope == StoreScope::Dialog)
        ++m_dialogCount;
}

const VariableValue *VariableStore::find(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it != m_values.cend())
        return &it->value;
    const auto f = m_forever->constFind(name);
    return f != m_forever->cend() ? &*f : nullptr;
}

std::optional<StoreScope> VariableStore::scopeOf(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it != m_values.cend())
        return it->scope;
    if (m_forever->contains(name))
        return StoreScope::Forever;
    return std::nullopt;
}

bool VariableStore::remove(const QString &name)
{
    const auto it = m_values.find(name);
    if (it != m_values.end()) {
        if (it->scope == StoreScope::Request)
            --m_requestCount;
        else if (it->scope == StoreScope::Dialog)
            --m_dialogCount;
        m_values.erase(it);
        return true;
    }
    return m_forever->remove(name) > 0;
}

void VariableStore::endTurn()
{
    if (m_requestCount == 0)
        return;
    m_values.removeIf([](const auto &it) { return it.value().scope == StoreScope::Request; });
    m_requestCount = 0;
}

void VariableStore::endDialog(const QString &dialogId)
{
    if (m_dialogCount == 0)
        return;
    m_dialogCount -= int(m_values.removeIf([&dialogId](const auto &it) {
        return it.value().scope == StoreScope::Dialog && it.value().dialogId == dialogId;
    }));
}

void VariableStore::clearConversation()
{
    m_values.clear();
    m_requestCount = 0;
    m_dialogCount = 0;
}

QStringList VariableStore::names() const
{
    QStringList out = m_values.keys();
    for (auto it = m_forever->cbegin(); it != m_forever->cend(); ++it) {
        if (!m_values.contains(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

} // namespace dialogsmith::runtime
