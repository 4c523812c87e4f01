#include "transcript.h"

#include "clisession.h"

#include <QStringList>

namespace dialogsmith::cli {

document::Result<Transcript> Transcript::parse(const QString &text)
{
    Transcript t;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool conversationStarted = false;
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        auto fail = [number](const QString &message) {
            return document::Error{message, {}, number, 1};
        };
        auto after = [&trimmed](qsizetype prefix) {
            return trimmed.mid(prefix).trimmed();
        };

        Step step;
        step.line = number;
        step.source = trimmed;
        if (trimmed.startsWith(QLatin1String("user:"))) {
            step.kind = Step::Kind::User;
            step.text = after(5);
            conversationStarted = true;
        } else if (trimmed.startsWith(QLatin1String("bot:"))) {
            step.kind = Step::Kind::Bot;
            step.text = after(4);
        } else if (trimmed.startsWith(QLatin1String("bot~"))) {
            step.kind = Step::Kind::BotPattern;
            step.text = after(4);
        } else if (trimmed.startsWith(QLatin1String("var "))) {
            const QString rest = after(4);
            const qsizetype eq = rest.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("expected 'var NAME = VALUE'"));
            step.kind = Step::Kind::Variable;
            step.name = rest.left(eq).trimmed();
            step.text = rest.mid(eq + 1).trimmed();
        } else if (trimmed.startsWith(QLatin1String("channel:"))) {
            if (conversationStarted)
                return fail(QStringLiteral("'channel:' must come before the first 'user:' line"));
            t.channel = after(8);
            continue;
        } else if (trimmed.startsWith(QLatin1String("env:"))) {
            if (conversationStarted)
                return fail(QStringLiteral("'env:' must come before the first 'user:' line"));
            if (!parseAssignment(after(4), t.environment))
                return fail(QStringLiteral("expected 'env: KEY=VALUE'"));
            continue;
        } else {
            return fail(QStringLiteral("expected 'user:', 'bot:', 'bot~', 'var', 'channel:', "
                                       "'env:' or a '#' comment"));
        }
        t.steps.append(step);
    }
    return t;
}

} // namespace dialogsmith::cli
