#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace dialogsmith::runtime {

/// The result of a custom data field path such as `$.api_RDV.stores[i].city`.
struct JsonPathResult
{
    QStringList values; ///< strings as they are; numbers and booleans as text; others as JSON
    bool many = false;  ///< the path has an `[i]` (or `[*]`): one value per array item
};

/// Evaluates a CB custom data field path against `root`: `$` is the root, `.name` a member,
/// `[n]` an array item and `[i]` or `[*]` every item. Surrounding `{` `}` are ignored. A path that
/// leads nowhere gives no values; a malformed one gives nullopt.
std::optional<JsonPathResult> evaluateJsonPath(const QJsonValue &root, QStringView path);

} // namespace dialogsmith::runtime
