#include "model/core/quantity.h"

#include "model/core/numbers.h"

#include <cctype>
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

} // namespace

std::optional<double> parseQuantity(std::string_view text)
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
        return std::nullopt;
    const auto value = parseNumber(*digits);
    if (!value || !std::isfinite(*value * scale))
        return std::nullopt;
    return *value * scale;
}

} // namespace frontier
