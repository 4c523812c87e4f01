#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dialogsmith::ui {

/// Where a template reference sits in a text, in QString offsets.
struct TemplateSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool closed = true; ///< false for a `{$` with no `}` on its line

    bool operator==(const TemplateSpan &o) const = default;
};

/// The `{$...}` references (`{$botContext.x}`, `{$env.x}`, `{$secret.x}`, `{$.api_RDV.path}`...)
/// and `{RDV.field}` custom data field references in `text`, in order.
QList<TemplateSpan> findTemplates(QStringView text);

/// A place in a text (1-based line and column) with what is wrong there.
struct TextIssue
{
    int line = 0;
    int column = 0;
    QString message;

    bool operator==(const TextIssue &o) const = default;
};

/// Whether `body` is valid JSON once every template is expanded: inside a JSON string a
/// template becomes a plain word, elsewhere a number, as a request body would after expansion.
/// Returns the first problem with its place in `body`, or nothing when it parses.
std::optional<TextIssue> checkTemplatedJson(const QString &body);

/// Whether `text` parses as JSON (any value); the problem and its place otherwise.
std::optional<TextIssue> checkJson(const QString &text);

/// UTF-8 length of `text` without converting it (Scintilla positions are UTF-8 byte offsets).
qsizetype utf8Length(QStringView text);

} // namespace dialogsmith::ui
