// Loading a bot from bytes: a file either loads or is refused with a located reason; what loads
// saves, and what it saves loads again to the same bytes (stable, lossless output).

#include "cbformat.h"
#include "fuzzing.h"
#include "validation.h"

using namespace dialogsmith;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const document::Result<format::LoadedBot> loaded
            = format::readBot(QByteArrayView(data, qsizetype(size)));
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().toString().isEmpty(), QString());
        return 0;
    }
    document::validateBot(loaded->bot);
    const QByteArray saved = format::writeBot(loaded->bot);
    const document::Result<format::LoadedBot> again = format::readBot(saved);
    FUZZ_CHECK(again.ok(), again.ok() ? QString() : again.error().toString());
    FUZZ_CHECK(format::writeBot(again->bot) == saved, QString::fromUtf8(saved));
    const QByteArray forCb
            = format::writeBot(loaded->bot, format::WriteTarget::ConversationBuilder);
    FUZZ_CHECK(format::readBot(forCb).ok(), QString::fromUtf8(forCb));
    return 0;
}
