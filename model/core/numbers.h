#pragma once
// Numbers in text, the same in every locale: "1.5e21" is read and written with a dot whether the
// user's locale is en_US, de_DE or zh_CN. Built on std::from_chars / std::to_chars, which never
// consult the C or C++ locale (strtod, printf and std::to_string(double) do).

#include <optional>
#include <string>
#include <string_view>

namespace frontier {

// The whole of `text` as a finite double (leading '+' and surrounding spaces or tabs allowed);
// nullopt for anything else: empty text, trailing bytes (an embedded NUL included), NaN, inf or a
// value out of double's range.
std::optional<double> parseNumber(std::string_view text);

// `value` with `significant` significant digits, shortest form ("0.001", "1.5e+21", "NaN", "inf").
std::string formatNumber(double value, int significant = 6);

// The shortest text that reads back as exactly `value` (for JSON-like output and round trips).
std::string formatExact(double value);

} // namespace frontier
