#include "transcript.h"

#include "runtimeoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace dialogsmith::runtime {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::runtime::Transcript)
};
} // namespace

QString Transcript::messageLine(const QString &summary)
{
    return QString(summary).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

document::Result<Transcript> Transcript::parse(const QString &text)
{
    Transcript t;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool started = false;
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        auto fail = [number](const QString &message) {
            return document::Error{message, {}, number, 1};
        };
        auto before = [&](const QString &what) {
            return fail(Text::tr("'%1' must come before the first 'user:' line").arg(what));
        };
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        auto after = [&trimmed](qsizetype prefix) {
            return trimmed.mid(prefix).trimmed();
        };

        Step step;
        step.line = number;
        step.source = trimmed;
        if (trimmed.startsWith(QLatin1String("user:"))) {
            step.kind = Step::Kind::User;
            step.text = after(5);
            started = true;
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
                return fail(Text::tr("expected 'var NAME = VALUE'"));
            step.kind = Step::Kind::Variable;
            step.name = rest.left(eq).trimmed();
            step.text = rest.mid(eq + 1).trimmed();
        } else if (trimmed.startsWith(QLatin1String("channel:"))) {
            if (started)
                return before(QStringLiteral("channel:"));
            t.channel = after(8);
            if (!channelFromName(t.channel))
                return fail(Text::tr("unknown channel '%1' (use web or messaging)").arg(t.channel));
            continue;
        } else if (trimmed.startsWith(QLatin1String("start:"))) {
            if (started)
                return before(QStringLiteral("start:"));
            t.startDialog = after(6);
            if (t.startDialog.isEmpty())
                return fail(Text::tr("expected 'start: DIALOG NAME'"));
            continue;
        } else if (trimmed.startsWith(QLatin1String("env:"))) {
            if (started)
                return before(QStringLiteral("env:"));
            const QString assignment = after(4);
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(Text::tr("expected 'env: KEY=VALUE'"));
            t.environment.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1));
            continue;
        } else {
            return fail(Text::tr("expected 'user:', 'bot:', 'bot~', 'var', 'channel:', "
                                 "'env:', 'start:' or a '#' comment"));
        }
        t.steps.append(step);
    }
    return t;
}

} // namespace dialogsmith::runtime
