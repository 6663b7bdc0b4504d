#include "model/core/quantity.h"

#include "model/core/numbers.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

namespace frontier {

namespace {

double suffixScale(char c)
{
    switch (c) {
    case 'k': case 'K': return 1e3;
    case 'M': return 1e6;
    case 'B': case 'G': return 1e9;
    case 'T': return 1e12;
    case 'P': return 1e15;
    default: return 0;
    }
}

// "20,000" and "1_000_000" lose their separators; "1,50" or ",5" are refused (groups of three only).
std::optional<std::string> withoutSeparators(std::string_view text)
{
    std::string out;
    std::size_t digitsSinceSeparator = 0;
    bool sawSeparator = false, inExponentOrFraction = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool separator = c == ',' || c == '_';
        if (separator) {
            if (inExponentOrFraction || out.empty() || !std::isdigit(static_cast<unsigned char>(out.back()))
                || (sawSeparator && digitsSinceSeparator != 3) || (!sawSeparator && digitsSinceSeparator > 3))
                return std::nullopt;
            sawSeparator = true;
            digitsSinceSeparator = 0;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            ++digitsSinceSeparator;
        } else {
            if (sawSeparator && !inExponentOrFraction && digitsSinceSeparator != 3)
                return std::nullopt;
            inExponentOrFraction = true;
        }
        out += c;
    }
    if (sawSeparator && !inExponentOrFraction && digitsSinceSeparator != 3)
        return std::nullopt;
    return out;
}

// A well-formed number beyond double's range: a negative exponent, or "0.000…", is below it.
QuantityFault outOfRange(std::string_view digits)
{
    const auto e = digits.find_first_of("eE");
    if (e != std::string_view::npos)
        return e + 1 < digits.size() && digits[e + 1] == '-' ? QuantityFault::TooSmall : QuantityFault::TooLarge;
    const auto first = digits.find_first_not_of("+-");
    return first != std::string_view::npos && (digits[first] == '0' || digits[first] == '.') ? QuantityFault::TooSmall
                                                                                              : QuantityFault::TooLarge;
}

bool isOutOfRange(const std::string &digits)
{
    std::string_view text = digits;
    if (!text.empty() && (text.front() == '+' || text.front() == '-'))
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc::result_out_of_range && end == text.data() + text.size();
}

} // namespace

std::optional<double> parseQuantity(std::string_view text)
{
    return readQuantity(text).value;
}

QuantityReading readQuantity(std::string_view text)
{
    auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '$')
        text.remove_prefix(1);
    double scale = 1;
    if (!text.empty()) {
        if (const double s = suffixScale(text.back())) {
            scale = s;
            text.remove_suffix(1);
            while (!text.empty() && isBlank(text.back()))
                text.remove_suffix(1);
        }
    }
    const auto digits = withoutSeparators(text);
    if (!digits)
        return {};
    const auto value = parseNumber(*digits);
    if (!value)
        return {std::nullopt, isOutOfRange(*digits) ? outOfRange(*digits) : QuantityFault::NotANumber};
    if (!std::isfinite(*value * scale))
        return {std::nullopt, QuantityFault::TooLarge};
    return {*value * scale};
}

} // namespace frontier
