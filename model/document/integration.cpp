#include "integration.h"

#include "bot.h"

namespace dialogsmith::document {

Integration Integration::create(const QString &name)
{
    Integration i;
    i.id = newUuid();
    i.name = name;
    i.responseDataVariable = name;
    return i;
}

QStringList integrationMethods()
{
    return {QStringLiteral("GET"),    QStringLiteral("POST"),   QStringLiteral("PUT"),
            QStringLiteral("PATCH"),  QStringLiteral("DELETE"), QStringLiteral("HEAD"),
            QStringLiteral("OPTIONS")};
}

} // namespace dialogsmith::document
