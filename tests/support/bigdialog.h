#pragma once

// A large dialog for the canvas test and the canvas benchmark.

#include "bot.h"

namespace dialogsmith::testing {

/// A dialog of `count` interactions in the shapes real bots have: a starter, runs of
/// statements and code, questions every fifth interaction whose three rules go on, skip ahead,
/// and loop back or leave for another dialog ("Big" first, then "Other").
inline document::Bot bigBot(int count)
{
    using document::Action;
    using document::Interaction;
    using document::InteractionType;
    document::Bot bot = document::Bot::createEmpty(QStringLiteral("big"));
    document::Dialog big = document::Dialog::create(QStringLiteral("Big"));
    document::Dialog other = document::Dialog::create(QStringLiteral("Other"));
    for (int k = 0; k < count; ++k) {
        const InteractionType type = k == 0       ? InteractionType::DialogStarter
                                     : k % 5 == 0 ? InteractionType::QuickReply
                                     : k % 7 == 0 ? InteractionType::ApiIntegration
                                                  : InteractionType::Text;
        Interaction i = Interaction::create(type, QStringLiteral("step %1").arg(k));
        i.text = QStringLiteral("Message number %1 of the big dialog").arg(k);
        if (k % 3 == 0)
            i.preProcess = QStringLiteral("botContext.setBotVariable('k', '%1');").arg(k);
        big.interactions.append(i);
    }
    for (int k = 5; k < count; k += 5) {
        QList<document::Rule> rules;
        for (int r = 0; r < 3; ++r) {
            document::Rule rule;
            rule.name = QStringLiteral("choice %1").arg(r + 1);
            rule.condition = document::Rule::Condition::Pattern;
            rule.patterns = {QStringLiteral("option %1").arg(r + 1)};
            if (r == 0)
                rule.action = Action::next();
            else if (r == 1 && k + 3 < count)
                rule.action = Action::toInteraction(big.interactions.at(k + 3).id);
            else if ((k / 5) % 2)
                rule.action = Action::toInteraction(big.interactions.at(k - 4).id);
            else
                rule.action = Action::toDialog(other.id);
            rules.append(rule);
        }
        big.interactions[k].rules = rules;
    }
    bot.dialogs.insert(0, big);
    bot.dialogs.insert(1, other);
    return bot;
}

} // namespace dialogsmith::testing
