// Conversation Builder patterns: any pattern compiles to a valid anchored expression and matches
// any message without taking long (2 s of CPU time); `*` alone matches everything.

#include "fuzzing.h"
#include "patternmatcher.h"

using namespace dialogsmith::runtime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList in = fuzzing::parts(data, size, 3);
    const QString &pattern = in.at(0);
    const QString &message = in.at(1);
    const QStringList keywords = in.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QRegularExpression re(QStringLiteral("\\A(?:")
                                + PatternMatcher::toRegularExpression(pattern)
                                + QStringLiteral(")\\z"));
    FUZZ_CHECK(re.isValid(), pattern + QStringLiteral(" -> ") + re.pattern());
    const fuzzing::CpuTimer timer;
    const PatternMatcher matcher({pattern}, keywords);
    matcher.matches(message);
    matcher.matchingPattern(message);
    matcher.isExcluded(message);
    FUZZ_CHECK(timer.elapsedMs() < 2000, pattern + QLatin1Char('\n') + message);
    static const PatternMatcher any({QStringLiteral("*")}); // the same for every input
    FUZZ_CHECK(any.matches(message), message);
    return 0;
}
