#pragma once

// JSON member names shared by the CB reader and writer (private to model/format).

namespace dialogsmith::format::keys {

inline constexpr const char *extension = "x-dialogsmith";
inline constexpr int extensionVersion = 1;

// CB names for what the public samples do not show; chosen to read naturally in an export.
inline constexpr const char *headers = "headers";
inline constexpr const char *params = "params";
inline constexpr const char *body = "postBody";
inline constexpr const char *processUserResponse = "processUserResponse";
inline constexpr const char *apiResultMatch = "apiResultMatch";

} // namespace dialogsmith::format::keys
