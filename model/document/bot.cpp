#include "bot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace dialogsmith::document {

const Dialog *Bot::dialog(const QString &id) const
{
    for (const Dialog &d : dialogs) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Integration *Bot::integration(const QString &id) const
{
    for (const Integration &i : integrations) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const Integration *Bot::integrationByName(const QString &name) const
{
    for (const Integration &i : integrations) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

std::pair<const Dialog *, const Interaction *> Bot::findInteraction(const QString &id) const
{
    for (const Dialog &d : dialogs) {
        for (const Interaction &i : d.interactions) {
            if (i.id == id)
                return {&d, &i};
        }
    }
    return {nullptr, nullptr};
}

const Interaction *Bot::interactionByName(const QString &name,
                                          const QString &preferredDialogId) const
{
    if (const Dialog *d = dialog(preferredDialogId)) {
        for (const Interaction &i : d->interactions) {
            if (i.name == name)
                return &i;
        }
    }
    for (const Dialog &d : dialogs) {
        for (const Interaction &i : d.interactions) {
            if (i.name == name)
                return &i;
        }
    }
    return nullptr;
}

const Environment *Bot::environment(const QString &name) const
{
    for (const Environment &e : environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const EnterpriseIntegration *Bot::enterpriseIntegration(const QString &integrationId) const
{
    for (const EnterpriseIntegration &e : enterpriseIntegrations) {
        if (e.id == integrationId)
            return &e;
    }
    return nullptr;
}

int Bot::interactionCount() const
{
    int n = 0;
    for (const Dialog &d : dialogs)
        n += int(d.interactions.size());
    return n;
}

Bot Bot::createEmpty(const QString &name)
{
    Bot bot;
    bot.id = newUuid();
    bot.name = name;
    bot.language = QStringLiteral("en-US");
    bot.chatBotType = QStringLiteral("CUSTOMER_FACING_BOT");
    bot.creationTime = QDateTime::currentMSecsSinceEpoch();
    bot.modificationTime = bot.creationTime;

    Dialog welcome = Dialog::create(QStringLiteral("Welcome"));
    Interaction starter = Interaction::create(InteractionType::DialogStarter,
                                              QStringLiteral("Welcome starter"));
    starter.text = QStringLiteral("hi");
    starter.patterns = {QStringLiteral("(hi|hello|hey)*")};
    Interaction greeting = Interaction::create(InteractionType::Text, QStringLiteral("Greeting"));
    greeting.text = QStringLiteral("Hello! How can I help you?");
    greeting.setNextAction(Action::end());
    welcome.interactions = {starter, greeting};

    Dialog fallback = Dialog::create(QStringLiteral("Fallback"), DialogType::Fallback);
    Interaction sorry = Interaction::create(InteractionType::Text, QStringLiteral("Fallback text"));
    sorry.text = QStringLiteral("Sorry, I did not understand that. Could you rephrase it?");
    sorry.setNextAction(Action::end());
    fallback.interactions = {sorry};

    bot.dialogs = {welcome, fallback};
    return bot;
}

QString newInteractionId()
{
    // CB uses 40 hex digits (a SHA-1) for interaction ids.
    quint32 words[8];
    QRandomGenerator::global()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace dialogsmith::document
