#include "coveragecontroller.h"

#include "botdocument.h"

namespace dialogsmith::ui {

using namespace runtime;

CoverageController::CoverageController(document::BotDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // Typing in the inspector changes the bot at every key: compute once it pauses.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &CoverageController::refresh);
    connect(document, &document::BotDocument::changed, this, [this] {
        if (m_hasRun)
            m_debounce.start();
    });
    connect(document, &document::BotDocument::loaded, this, [this] {
        // A restored snapshot of the same bot keeps its results; another bot has none.
        if (m_hasRun && m_document->bot().id != m_runBotId)
            clear();
    });
}

void CoverageController::setRun(const document::Bot &bot, const CoverageRecorder &recorded)
{
    m_runBotId = bot.id;
    m_recorded = recorded;
    m_runRules.clear();
    for (const document::Dialog &d : bot.dialogs) {
        for (const document::Interaction &in : d.interactions)
            m_runRules.insert(in.id, in.rules);
    }
    m_hasRun = true;
    refresh();
}

void CoverageController::clear()
{
    m_debounce.stop();
    m_hasRun = false;
    m_runBotId.clear();
    m_runRules.clear();
    m_recorded = {};
    m_report = {};
    emit changed();
}

void CoverageController::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    emit changed();
}

void CoverageController::refresh()
{
    m_debounce.stop();
    if (!m_hasRun)
        return;
    // Rules are recorded by index: carry each over to the edited bot by finding an equal rule
    // of the same interaction that was taken in the run.
    CoverageRecorder recorded = m_recorded;
    recorded.rules.clear();
    const document::Bot &bot = m_document->bot();
    for (const document::Dialog &d : bot.dialogs) {
        for (const document::Interaction &in : d.interactions) {
            const auto run = m_runRules.constFind(in.id);
            if (run == m_runRules.cend())
                continue;
            for (int r = 0; r < in.rules.size(); ++r) {
                for (int k = 0; k < run->size(); ++k) {
                    if (run->at(k) == in.rules.at(r)
                        && m_recorded.rules.contains(CoverageRecorder::ruleKey(in.id, k))) {
                        recorded.rules.insert(CoverageRecorder::ruleKey(in.id, r));
                        break;
                    }
                }
            }
        }
    }
    m_report = CoverageReport::of(bot, recorded);
    emit changed();
}

QSet<QString> CoverageController::uncoveredInteractions() const
{
    QSet<QString> ids;
    for (const CoverageItem &item : m_report.items) {
        if (!item.covered && item.kind == CoverageItem::Kind::Interaction)
            ids.insert(item.interactionId);
    }
    return ids;
}

QSet<std::pair<QString, int>> CoverageController::uncoveredRules() const
{
    QSet<std::pair<QString, int>> rules;
    for (const CoverageItem &item : m_report.items) {
        if (!item.covered && item.kind == CoverageItem::Kind::Rule)
            rules.insert({item.interactionId, item.rule});
    }
    return rules;
}

} // namespace dialogsmith::ui
