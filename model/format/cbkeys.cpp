#include "cbkeys.h"

namespace dialogsmith::format::keys {

ApiResultPlace apiResultPlace(const document::Json &condition)
{
    if (condition.contains(apiResultMatch) || !condition.contains(apiResultsMatch))
        return {apiResultMatch, value};
    const document::Json &m = condition.value(apiResultsMatch);
    return {apiResultsMatch, m.contains(value) && !m.contains(status) ? value : status};
}

} // namespace dialogsmith::format::keys
