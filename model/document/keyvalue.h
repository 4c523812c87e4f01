#pragma once

#include "json.h"

#include <QList>
#include <QString>

namespace dialogsmith::document {

/// A key/value pair as CB writes them (`{"key": ..., "value": ...}`): headers, query parameters,
/// custom data fields, environment values. `raw` keeps any other member of the JSON object.
struct KeyValue
{
    QString key;
    QString value;
    Json raw;

    bool operator==(const KeyValue &o) const = default;
};

using KeyValueList = QList<KeyValue>;

/// The value stored under `key`, or `fallback`.
QString valueOf(const KeyValueList &list, const QString &key, const QString &fallback = {});

} // namespace dialogsmith::document
