#pragma once

#include "json.h"
#include "keyvalue.h"

#include <QString>

namespace dialogsmith::document {

/// An API integration ("responder" in CB): one HTTP request and where its result goes.
struct Integration
{
    QString id;
    QString name;
    QString responseDataVariable; ///< RDV: the result is stored as `api_<RDV>`
    QString type = QStringLiteral("API");
    QString method = QStringLiteral("GET");
    QString url;
    KeyValueList headers;
    KeyValueList queryParams;
    QString body;
    QString transformScript;
    KeyValueList customDataFields; ///< `{$.api_RDV.path[i]}` definitions
    int timeoutMs = 10000;
    Json raw;

    bool operator==(const Integration &o) const = default;

    static Integration create(const QString &name);
};

/// The HTTP methods an integration may use.
QStringList integrationMethods();

} // namespace dialogsmith::document
