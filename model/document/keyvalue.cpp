#include "keyvalue.h"

namespace dialogsmith::document {

QString valueOf(const KeyValueList &list, const QString &key, const QString &fallback)
{
    for (const KeyValue &kv : list) {
        if (kv.key == key)
            return kv.value;
    }
    return fallback;
}

} // namespace dialogsmith::document
