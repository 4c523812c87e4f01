#pragma once

#include "bot.h"
#include "result.h"
#include "transcript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dialogsmith::runtime {

struct BotMessage;

/// What one `bot:`, `bot~` or `var` line of a transcript found.
struct StepVerdict
{
    Transcript::Step step;
    bool passed = false;
    /// A bot line found no bot message left in its turn (`actual` is empty then).
    bool missing = false;
    /// The checked bot message as a transcript writes it, or the variable's value.
    QString actual;
    /// The number the caller gave the checked bot message (-1: none was checked).
    int messageSerial = -1;
};

/// Checks a transcript against a conversation, for every front end: `dialogsmith-cli test`, the
/// preview's replay and the tests give the same verdicts.
///
/// The runner does not drive the conversation, so a blocking loop and an event-driven preview use
/// it alike. The caller starts the conversation (in startDialogId() when the transcript names
/// one), hands every bot message to messageReceived() and, whenever the bot is idle, calls
/// advance(): it checks the steps up to the next `user:` line and returns that step for the
/// caller to send its text, or nullopt when the transcript is done. A bot line compares the next
/// bot message of its turn (`bot:` exactly, `bot~` as a CB pattern); messages no bot line names
/// before the next user line are ignored.
class TranscriptRunner
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::TranscriptRunner)

public:
    /// A bot variable's value as text, nullopt when it is not set.
    using VariableLookup = std::function<std::optional<QString>(const QString &name)>;

    explicit TranscriptRunner(Transcript transcript);

    const Transcript &transcript() const { return m_transcript; }
    /// Forgets every verdict and message: the next advance() starts at the first step.
    void restart();

    /// The id of the dialog a `start:` line names: the first dialog in the bot's order with that
    /// name, ignoring case. Empty without a `start:` line; an error when the bot has no such
    /// dialog.
    document::Result<QString> startDialogId(const document::Bot &bot) const;

    /// A bot message arrived; `serial` is the caller's number for it (returned in the verdict).
    void messageReceived(const BotMessage &message, int serial = -1);
    /// Checks the steps up to the next `user:` line against the messages received since the
    /// previous one; returns that user step (its text is the message to send next), or nullopt
    /// at the end.
    std::optional<Transcript::Step> advance(const VariableLookup &variable);
    bool atEnd() const { return m_next >= m_transcript.steps.size(); }

    /// Every verdict so far, in transcript order.
    const QList<StepVerdict> &verdicts() const { return m_verdicts; }
    int passed() const { return m_passed; }
    int failed() const { return m_failed; }

    /// What a step expects, for a report: the text, "a message matching PATTERN" or
    /// "NAME = VALUE".
    static QString expected(const Transcript::Step &step);
    /// What a verdict found, in the same form.
    static QString actual(const StepVerdict &verdict);
    /// One line for a failed step: `line 4: expected “Bye!”, got “Hello!”`. A bot message
    /// against another one is in quotes, so that their commas and full stops read as part of
    /// the messages.
    static QString difference(const StepVerdict &verdict);

private:
    struct Received
    {
        QString line;
        int serial = -1;
    };

    void record(StepVerdict verdict);

    Transcript m_transcript;
    QList<Received> m_received;
    QList<StepVerdict> m_verdicts;
    qsizetype m_next = 0;
    int m_passed = 0;
    int m_failed = 0;
};

} // namespace dialogsmith::runtime
