#include "transcriptrunner.h"

#include "botmessage.h"
#include "patternmatcher.h"

namespace dialogsmith::runtime {

using Step = Transcript::Step;

TranscriptRunner::TranscriptRunner(Transcript transcript)
    : m_transcript(std::move(transcript))
{}

void TranscriptRunner::restart()
{
    m_received.clear();
    m_verdicts.clear();
    m_next = 0;
    m_passed = m_failed = 0;
}

document::Result<QString> TranscriptRunner::startDialogId(const document::Bot &bot) const
{
    if (m_transcript.startDialog.isEmpty())
        return QString();
    for (const document::Dialog &d : bot.dialogs) {
        if (d.name.compare(m_transcript.startDialog, Qt::CaseInsensitive) == 0)
            return d.id;
    }
    return document::Error{tr("the bot has no dialog named '%1'").arg(m_transcript.startDialog)};
}

void TranscriptRunner::messageReceived(const BotMessage &message, int serial)
{
    m_received.append({Transcript::messageLine(message.summary()), serial});
}

std::optional<Transcript::Step> TranscriptRunner::advance(const VariableLookup &variable)
{
    while (m_next < m_transcript.steps.size()) {
        const Step &step = m_transcript.steps.at(m_next++);
        StepVerdict verdict;
        verdict.step = step;
        switch (step.kind) {
        case Step::Kind::User:
            m_received.clear();
            return step;
        case Step::Kind::Bot:
        case Step::Kind::BotPattern:
            if (m_received.isEmpty()) {
                verdict.missing = true;
            } else {
                const Received got = m_received.takeFirst();
                verdict.actual = got.line;
                verdict.messageSerial = got.serial;
                // Blanks around a message show in no chat (CB exports often end texts with a
                // space) and a transcript line cannot hold them: they do not count.
                verdict.passed = step.kind == Step::Kind::Bot
                                         ? QStringView(got.line).trimmed() == step.text
                                         : PatternMatcher({step.text}).matches(got.line);
            }
            break;
        case Step::Kind::Variable:
            verdict.actual = variable ? variable(step.name).value_or(QString()) : QString();
            verdict.passed = verdict.actual == step.text;
            break;
        }
        record(std::move(verdict));
    }
    return std::nullopt;
}

void TranscriptRunner::record(StepVerdict verdict)
{
    verdict.passed ? ++m_passed : ++m_failed;
    m_verdicts.append(std::move(verdict));
}

QString TranscriptRunner::expected(const Transcript::Step &step)
{
    switch (step.kind) {
    case Step::Kind::BotPattern:
        return tr("a message matching %1").arg(step.text);
    case Step::Kind::Variable:
        return step.name + QStringLiteral(" = ") + step.text;
    case Step::Kind::User:
    case Step::Kind::Bot:
        break;
    }
    return step.text;
}

QString TranscriptRunner::actual(const StepVerdict &verdict)
{
    if (verdict.missing)
        return tr("(no more bot messages)");
    if (verdict.step.kind == Step::Kind::Variable)
        return verdict.step.name + QStringLiteral(" = ") + verdict.actual;
    return verdict.actual;
}

QString TranscriptRunner::difference(const StepVerdict &verdict)
{
    if (verdict.step.kind == Step::Kind::Bot && !verdict.missing)
        return tr("line %1: expected “%2”, got “%3”")
                .arg(verdict.step.line)
                .arg(verdict.step.text, verdict.actual);
    return tr("line %1: expected %2, got %3")
            .arg(verdict.step.line)
            .arg(expected(verdict.step), actual(verdict));
}

} // namespace dialogsmith::runtime
