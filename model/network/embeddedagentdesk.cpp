#include "embeddedagentdesk.h"

#include "escalationpresets.h"

#include <QRandomGenerator>

namespace dialogsmith::network {

EmbeddedAgentDesk::EmbeddedAgentDesk(QObject *parent)
    : QObject(parent)
{}

EmbeddedAgentDesk::~EmbeddedAgentDesk() = default;

QString EmbeddedAgentDesk::generateKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

document::Result<quint16> EmbeddedAgentDesk::ensureStarted()
{
    if (isRunning())
        return m_desk->port();
    m_key = generateKey();
    AgentDeskOptions options;
    options.key = m_key;
    options.skills = m_skills;
    if (!m_desk)
        m_desk = new AgentDesk(options, this);
    m_desk->setKey(m_key);
    m_desk->setSkills(m_skills);
    const document::Result<quint16> port = m_desk->listen(0);
    if (port)
        emit started(*port);
    return port;
}

void EmbeddedAgentDesk::stop()
{
    if (!isRunning())
        return;
    m_desk->close();
    emit stopped();
}

bool EmbeddedAgentDesk::isRunning() const
{
    return m_desk && m_desk->isListening();
}

quint16 EmbeddedAgentDesk::port() const
{
    return isRunning() ? m_desk->port() : 0;
}

QUrl EmbeddedAgentDesk::baseUrl() const
{
    return isRunning() ? m_desk->baseUrl() : QUrl();
}

QUrl EmbeddedAgentDesk::escalationEndpoint() const
{
    return isRunning() ? m_desk->escalationEndpoint() : QUrl();
}

QHash<QString, QString> EmbeddedAgentDesk::environmentOverrides() const
{
    if (!isRunning())
        return {};
    return {{escalationHostVariable(), baseUrl().toString()}};
}

void EmbeddedAgentDesk::setSkills(const QList<DeskSkill> &skills)
{
    m_skills = skills;
    if (m_desk)
        m_desk->setSkills(skills);
}

} // namespace dialogsmith::network
