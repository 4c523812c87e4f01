#pragma once

#include "dialog.h"
#include "enterpriseintegration.h"
#include "environment.h"
#include "integration.h"
#include "json.h"
#include "keyvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dialogsmith::document {

/// An intent a dialog starter can name; `samples` train the preview's classifier.
struct Intent
{
    QString id;
    QString name;
    QStringList samples;

    bool operator==(const Intent &o) const = default;
};

/// The whole bot: what a project file holds. A plain value; BotDocument owns the live one.
struct Bot
{
    QString id;
    QString name;
    QString description;
    QString language;    ///< "en-US"...
    QString chatBotType; ///< "CUSTOMER_FACING_BOT"...
    int sessionLength = 0;
    KeyValueList attributes;
    qint64 creationTime = 0;     ///< epoch ms as CB writes it; 0 when the file has none
    qint64 modificationTime = 0; ///< changed only when a CB bot field changes

    QString globalFunctions;
    QString globalFunctionsModificationTime;

    QList<Dialog> dialogs;
    QList<Integration> integrations;
    QList<Intent> intents;

    QList<Environment> environments;
    QString defaultEnvironment;
    QStringList secretNames; ///< names only; values live in the secret store
    /// LivePerson integrations with the bot agents a deployed bot logs in as.
    QList<EnterpriseIntegration> enterpriseIntegrations;

    Json raw;          ///< the file's top-level object (unknown members kept)
    Json extensionRaw; ///< the file's "x-dialogsmith" object (unknown members kept)

    bool operator==(const Bot &o) const = default;

    const Dialog *dialog(const QString &id) const;
    const Integration *integration(const QString &id) const;
    const Integration *integrationByName(const QString &name) const;
    /// The interaction with `id` and the dialog holding it, or {nullptr, nullptr}.
    std::pair<const Dialog *, const Interaction *> findInteraction(const QString &id) const;
    /// The interaction named `name`, searched in `preferredDialogId` first.
    const Interaction *interactionByName(const QString &name,
                                         const QString &preferredDialogId = {}) const;
    const Environment *environment(const QString &name) const;
    const EnterpriseIntegration *enterpriseIntegration(const QString &id) const;
    int interactionCount() const;

    /// An empty bot with one greeting dialog and a fallback dialog.
    static Bot createEmpty(const QString &name);
};

/// A fresh id in CB's styles: 40 hex digits for interactions, a UUID for everything else.
QString newInteractionId();
QString newUuid();

} // namespace dialogsmith::document
