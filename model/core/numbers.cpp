#include "model/core/numbers.h"

#include <array>
#include <charconv>
#include <cmath>

namespace frontier {

std::optional<double> parseNumber(std::string_view text)
{
    auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseScaledNumber(std::string_view text)
{
    struct Suffix
    {
        char letter;
        double factor;
    };
    static constexpr Suffix suffixes[] = {{'k', 1e3}, {'K', 1e3}, {'M', 1e6}, {'B', 1e9}, {'G', 1e9}, {'T', 1e12}};
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    double factor = 1;
    for (const auto &suffix : suffixes) {
        if (!text.empty() && text.back() == suffix.letter) {
            text.remove_suffix(1);
            factor = suffix.factor;
            break;
        }
    }
    const auto value = parseNumber(text);
    if (!value || !std::isfinite(*value * factor))
        return std::nullopt;
    return *value * factor;
}

namespace {

std::string nonFinite(double value)
{
    if (std::isnan(value))
        return "NaN";
    return value > 0 ? "inf" : "-inf";
}

} // namespace

std::string formatNumber(double value, int significant)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::general, significant < 1 ? 1 : significant);
    return std::string(buffer.data(), result.ptr);
}

std::string formatExact(double value)
{
    if (!std::isfinite(value))
        return nonFinite(value);
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace frontier
