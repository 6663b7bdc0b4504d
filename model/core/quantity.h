#pragma once
// Quantities as people type them, the same in the window and on the command line: "70B", "1.4T",
// "20k", "1.5e21", "3.2 M", "$20,000". Suffixes are the English short scale (k 1e3, M 1e6, B or G
// 1e9, T 1e12, P 1e15); a leading '$' and thousands separators (',' '_' or a narrow space between
// digit groups) are allowed. Read without the locale: "1,5" is not one and a half.

#include <optional>
#include <string_view>

namespace frontier {

// The value, or nullopt for anything else (text, NaN, inf, an empty string, a lone suffix,
// misplaced separators "1,50", a value out of double's range after scaling).
std::optional<double> parseQuantity(std::string_view text);

// Why a text is no quantity, so a message can say "too large" for 1e400 rather than "not a number".
enum class QuantityFault { NotANumber, TooLarge, TooSmall };
struct QuantityReading
{
    std::optional<double> value;
    QuantityFault fault = QuantityFault::NotANumber; // when there is no value
};
QuantityReading readQuantity(std::string_view text);

} // namespace frontier
