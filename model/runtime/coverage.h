#pragma once

#include "bot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dialogsmith::runtime {

/// What conversations reached: a Conversation given one (Conversation::setCoverage) records each
/// interaction it enters, each rule that fires, each dialog starter that matches the user's
/// message (pattern or intent), each integration's outcome and the fallback dialog. Recorders of
/// several conversations merge into one. Ids only: it outlives the bot it was recorded on.
struct CoverageRecorder
{
    QSet<QString> interactions;       ///< interaction ids entered
    QSet<QString> rules;              ///< `interactionId#index` of rules that fired
    QSet<QString> starters;           ///< starter interaction ids that matched
    QSet<QString> integrationSuccess; ///< integration interactions that succeeded
    QSet<QString> integrationFailure; ///< integration interactions that failed
    bool fallback = false;            ///< the fallback dialog started

    static QString ruleKey(const QString &interactionId, int index)
    {
        return interactionId + u'#' + QString::number(index);
    }
    void merge(const CoverageRecorder &other);
    bool operator==(const CoverageRecorder &o) const = default;
};

/// One thing of a bot that a test can reach.
struct CoverageItem
{
    enum class Kind {
        Interaction,
        Rule,
        Starter,
        IntegrationSuccess,
        IntegrationFailure,
        Fallback
    };

    Kind kind = Kind::Interaction;
    QString dialogId;
    QString interactionId; ///< empty for the fallback
    int rule = -1;         ///< the rule's index in its interaction
    QString label; ///< `Dialog › Interaction`, `... › rule "name"` (rule N when unnamed)
    bool covered = false;
};

/// Covered out of total.
struct CoverageTally
{
    int covered = 0;
    int total = 0;

    /// 100 when there is nothing to cover.
    double percent() const { return total ? 100.0 * covered / total : 100.0; }
    void count(bool isCovered)
    {
        ++total;
        covered += isCovered ? 1 : 0;
    }
};

/// A bot's coverage by what was recorded: every countable item in reading order (enabled
/// interactions, their rules, starters with patterns or an intent, both outcomes of each
/// integration interaction, the fallback dialog), with tallies overall, per kind and per dialog.
struct CoverageReport
{
    QList<CoverageItem> items;
    CoverageTally total;
    QHash<CoverageItem::Kind, CoverageTally> perKind;
    QHash<QString, CoverageTally> perDialog; ///< by dialog id

    static CoverageReport of(const document::Bot &bot, const CoverageRecorder &recorded);
    /// "interaction", "rule", "starter", "integration success", "integration failure",
    /// "fallback".
    static QString kindName(CoverageItem::Kind kind);
};

} // namespace dialogsmith::runtime
