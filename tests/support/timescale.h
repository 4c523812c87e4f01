#pragma once

// Time limits in tests that check speed themselves.

namespace testsupport {

/// How many times slower than a release build this build runs (4 under the sanitizers, from
/// DIALOGSMITH_TEST_TIME_SCALE): a time limit a test checks itself is multiplied by it.
constexpr int timeScale()
{
#ifdef DIALOGSMITH_TEST_TIME_SCALE
    return DIALOGSMITH_TEST_TIME_SCALE;
#else
    return 1;
#endif
}

} // namespace testsupport
