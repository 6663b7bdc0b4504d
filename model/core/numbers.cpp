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
