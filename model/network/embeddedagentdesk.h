#pragma once

#include "agentdesk.h"

#include <QHash>
#include <QObject>

namespace dialogsmith::network {

/// The agent desk inside the studio: started on demand on a free port of 127.0.0.1 with a fresh
/// random key, the default escalation target of the preview.
///
/// To point a conversation at it, give the runtime environmentOverrides() (lpPlatformHost) and
/// serve key() as the value of the secret escalationSecretName() (lpApiKey), or use
/// escalationTarget() for ESCALATION interactions. The agent desk dock shows desk()'s transfers
/// through its signals and answers with AgentDesk::accept(), sendMessage() and closeTransfer().
class EmbeddedAgentDesk final : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedAgentDesk(QObject *parent = nullptr);
    ~EmbeddedAgentDesk() override;

    /// Starts the desk unless it runs; returns its port.
    document::Result<quint16> ensureStarted();
    void stop();
    bool isRunning() const;

    quint16 port() const;
    /// The key every request must carry; a new one each time the desk starts.
    QString key() const { return m_key; }
    /// "http://127.0.0.1:PORT" (empty while stopped).
    QUrl baseUrl() const;
    /// The escalation endpoint on this desk.
    QUrl escalationEndpoint() const;
    /// {lpPlatformHost: baseUrl()}: what a runtime's environment needs to hand over to this desk.
    QHash<QString, QString> environmentOverrides() const;
    /// The desk itself, created on the first ensureStarted() (null before).
    AgentDesk *desk() const { return m_desk; }
    /// Skills the desk accepts (empty: any). Applies now and to later starts.
    void setSkills(const QList<DeskSkill> &skills);

    /// A random key: 32 bytes from the system's generator, base64url.
    static QString generateKey();

signals:
    void started(quint16 port);
    void stopped();

private:
    AgentDesk *m_desk = nullptr;
    QString m_key;
    QList<DeskSkill> m_skills;
};

} // namespace dialogsmith::network
