#pragma once

#include "bot.h"

#include <QList>
#include <QString>

namespace dialogsmith::document {

/// Where a problem is: any of the ids may be empty; `field` names the part ("next action",
/// "rule 2", "url", ...).
struct ProblemLocation
{
    QString dialogId;
    QString interactionId;
    QString integrationId;
    QString field;

    bool operator==(const ProblemLocation &o) const = default;
};

struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message;
    ProblemLocation location;

    bool operator==(const Problem &o) const = default;
};

QString severityName(Problem::Severity severity);

/// Checks a bot for what would break it at run time or on import into CB.
/// Errors: broken next actions and rule targets, integration interactions naming a missing
/// integration, duplicate interaction names, invalid integration URLs or methods, empty patterns,
/// invalid regular expressions; enterprise integration agents with an account number that is not
/// digits, no login name, an unknown conversation type, key names that are not secret names or an
/// environment that does not exist. Warnings: dialogs that cannot start, unknown interaction types
/// and rule kinds (kept as they are).
QList<Problem> validateBot(const Bot &bot);

/// "Dialog "X" › interaction "Y" › field", for messages and the CLI.
QString describeLocation(const Bot &bot, const ProblemLocation &location);

/// Whether `name` can name a secret (`{$secret.NAME}`, the secret store, a bot agent's key names):
/// letters, digits, '_', '-' and '.', not starting with a digit, '-' or '.', at most 128
/// characters.
bool isValidSecretName(const QString &name);

/// Whether `url` is a usable integration URL: http(s) with a host, once `{$...}` templates are
/// set aside (a URL may start with a template such as `{$env.host}`).
bool isValidIntegrationUrl(const QString &url, QString *why = nullptr);

} // namespace dialogsmith::document
