#pragma once

#include "keyvalue.h"

#include <QString>

namespace dialogsmith::document {

/// A named set of `{$env.key}` values (for example one per LivePerson region).
struct Environment
{
    QString name;
    KeyValueList values;

    bool operator==(const Environment &o) const = default;
};

} // namespace dialogsmith::document
