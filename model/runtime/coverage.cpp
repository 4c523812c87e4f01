#include "coverage.h"

namespace dialogsmith::runtime {

using namespace document;

void CoverageRecorder::merge(const CoverageRecorder &other)
{
    interactions.unite(other.interactions);
    rules.unite(other.rules);
    starters.unite(other.starters);
    integrationSuccess.unite(other.integrationSuccess);
    integrationFailure.unite(other.integrationFailure);
    fallback = fallback || other.fallback;
}

QString CoverageReport::kindName(CoverageItem::Kind kind)
{
    switch (kind) {
    case CoverageItem::Kind::Interaction:
        return QStringLiteral("interaction");
    case CoverageItem::Kind::Rule:
        return QStringLiteral("rule");
    case CoverageItem::Kind::Starter:
        return QStringLiteral("starter");
    case CoverageItem::Kind::IntegrationSuccess:
        return QStringLiteral("integration success");
    case CoverageItem::Kind::IntegrationFailure:
        return QStringLiteral("integration failure");
    case CoverageItem::Kind::Fallback:
        return QStringLiteral("fallback");
    }
    return {};
}

CoverageReport CoverageReport::of(const Bot &bot, const CoverageRecorder &recorded)
{
    CoverageReport report;
    const QString separator = QStringLiteral(" \u203a ");
    const auto add = [&](CoverageItem item) {
        report.total.count(item.covered);
        report.perKind[item.kind].count(item.covered);
        if (!item.dialogId.isEmpty())
            report.perDialog[item.dialogId].count(item.covered);
        report.items.append(std::move(item));
    };
    for (const Dialog &d : bot.dialogs) {
        if (!d.enabled)
            continue;
        if (d.type == DialogType::Fallback) {
            CoverageItem item;
            item.kind = CoverageItem::Kind::Fallback;
            item.dialogId = d.id;
            item.label = d.name;
            item.covered = recorded.fallback;
            add(item);
        }
        for (const Interaction &in : d.interactions) {
            if (!in.enabled)
                continue;
            const QString label = d.name + separator + in.name;
            CoverageItem item;
            item.dialogId = d.id;
            item.interactionId = in.id;
            item.label = label;
            item.covered = recorded.interactions.contains(in.id);
            add(item);
            if (in.type == InteractionType::DialogStarter
                && (!in.patterns.isEmpty() || !in.intentId.isEmpty())) {
                item.kind = CoverageItem::Kind::Starter;
                item.covered = recorded.starters.contains(in.id);
                add(item);
            }
            if (in.type == InteractionType::ApiIntegration) {
                item.kind = CoverageItem::Kind::IntegrationSuccess;
                item.covered = recorded.integrationSuccess.contains(in.id);
                add(item);
                item.kind = CoverageItem::Kind::IntegrationFailure;
                item.covered = recorded.integrationFailure.contains(in.id);
                add(item);
            }
            for (int r = 0; r < in.rules.size(); ++r) {
                const Rule &rule = in.rules.at(r);
                CoverageItem ruleItem;
                ruleItem.kind = CoverageItem::Kind::Rule;
                ruleItem.dialogId = d.id;
                ruleItem.interactionId = in.id;
                ruleItem.rule = r;
                ruleItem.label
                        = label + separator
                          + (rule.name.isEmpty() ? QStringLiteral("rule %1").arg(r + 1)
                                                 : QStringLiteral("rule \"%1\"").arg(rule.name));
                ruleItem.covered = recorded.rules.contains(CoverageRecorder::ruleKey(in.id, r));
                add(ruleItem);
            }
        }
    }
    return report;
}

} // namespace dialogsmith::runtime
