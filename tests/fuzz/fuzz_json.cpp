// The project's JSON reader and writer: whatever parses writes back and parses to the same value,
// and writing is stable.

#include "fuzzing.h"
#include "json.h"

using namespace dialogsmith::document;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Json> parsed = parseJson(QByteArrayView(data, qsizetype(size)));
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), QString());
        return 0;
    }
    const QByteArray written = writeJson(*parsed);
    const Result<Json> again = parseJson(written);
    FUZZ_CHECK(again.ok(), QString::fromUtf8(written));
    FUZZ_CHECK(*again == *parsed, QString::fromUtf8(written));
    FUZZ_CHECK(writeJson(*again) == written, QString::fromUtf8(written));
    FUZZ_CHECK(parseJson(writeJson(*parsed, {0})).ok(), QString::fromUtf8(written));
    return 0;
}
