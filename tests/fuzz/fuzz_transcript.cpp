// The transcript parser: any text is a transcript or an error that names its line.

#include "fuzzing.h"
#include "transcript.h"

using namespace dialogsmith::runtime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzing::text(data, size);
    const auto parsed = Transcript::parse(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), text);
        return 0;
    }
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    for (const Transcript::Step &step : parsed->steps) {
        FUZZ_CHECK(step.line >= 1 && step.line <= lines, text);
        FUZZ_CHECK(!Transcript::messageLine(step.text).contains(QLatin1Char('\n')), step.text);
    }
    return 0;
}
