#pragma once

#include "bot.h"
#include "coverage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <utility>

namespace dialogsmith::document {
class BotDocument;
}

namespace dialogsmith::ui {

/// Test coverage in the studio: what the last finished run of the Tests panel reached, laid on
/// the bot as it is now. The views get plain values from it: the canvas the uncovered ids and
/// rule edges, the explorer a tally per dialog, the Tests panel the report's items.
///
/// Edits do not throw the run away: shortly after each one the report is computed again on the
/// edited bot. Interactions keep their result by id; a rule keeps its result while an equal
/// rule of the same interaction was taken in the run (so reordering keeps it); anything added
/// or changed since the run counts as not covered until the tests run again. Opening another
/// bot clears it.
class CoverageController : public QObject
{
    Q_OBJECT

public:
    explicit CoverageController(document::BotDocument *document, QObject *parent = nullptr);

    /// A finished run: `bot` as it was run and what its transcripts reached.
    void setRun(const document::Bot &bot, const runtime::CoverageRecorder &recorded);
    void clear();
    bool hasRun() const { return m_hasRun; }

    /// Whether the views show it (View ▸ Show Coverage).
    bool isShown() const { return m_shown; }
    void setShown(bool shown);

    /// On the bot as it is now (empty without a run).
    const runtime::CoverageReport &report() const { return m_report; }
    QSet<QString> uncoveredInteractions() const;
    /// (interaction id, rule index) of the rules no transcript took.
    QSet<std::pair<QString, int>> uncoveredRules() const;

    /// Computes the report now instead of after the edit's short delay.
    void refresh();

signals:
    /// The report or whether it is shown changed.
    void changed();

private:
    document::BotDocument *m_document;
    QString m_runBotId; ///< the bot the run was on: another one loaded clears the coverage
    QHash<QString, QList<document::Rule>> m_runRules; ///< by interaction id, as run
    runtime::CoverageRecorder m_recorded;
    runtime::CoverageReport m_report;
    QTimer m_debounce;
    bool m_hasRun = false;
    bool m_shown = true;
};

} // namespace dialogsmith::ui
