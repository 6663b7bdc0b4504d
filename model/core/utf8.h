#pragma once
// Checking that text read from a user's file is UTF-8. Everything Frontier prints as JSON, and every
// message that quotes a cell, must be valid UTF-8 (nlohmann's writer throws on anything else), so
// invalid text is refused where it is read, with the line it is on.

#include <cstddef>
#include <optional>
#include <string_view>

namespace frontier {

// The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no UTF-16 surrogates, nothing above U+10FFFF), or nothing when all of `text` is.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

} // namespace frontier
