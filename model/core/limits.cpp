#include "model/core/limits.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/numbers.h"

#include <cmath>

namespace frontier {

InputLimits InputLimits::fromJson(std::string_view jsonText)
{
    constexpr std::string_view file = "limits.json";
    return readJsonDocument(jsonText, file, [&](const nlohmann::json &document) {
        InputLimits limits;
        for (const auto &[key, entry] : document.at("limits").items()) {
            InputRange range;
            range.min = entry.at("min").get<double>();
            range.max = entry.at("max").get<double>();
            range.unit = entry.value("unit", std::string());
            range.reason = entry.at("reason").get<std::string>();
            if (!std::isfinite(range.min) || !std::isfinite(range.max) || range.min > range.max)
                throw fileError(file, "limits.bad_range", "'{key}' needs finite min <= max", {{"key", key}});
            if (range.reason.empty())
                throw fileError(file, "limits.no_reason", "'{key}' has no reason", {{"key", key}});
            limits.m_ranges.emplace(key, std::move(range));
        }
        return limits;
    });
}

bool InputLimits::has(std::string_view key) const
{
    return m_ranges.find(key) != m_ranges.end();
}

const InputRange &InputLimits::range(std::string_view key) const
{
    const auto found = m_ranges.find(key);
    if (found == m_ranges.end())
        throw InputError(message("limits.no_range", "limits.json has no range for '{key}'", {{"key", std::string(key)}}));
    return found->second;
}

double InputLimits::check(std::string_view key, double value, MessageArg what) const
{
    const InputRange &r = range(key);
    if (value >= r.min && value <= r.max)
        return value;
    what.name = "what";
    const std::string unit = r.unit.empty() ? std::string() : " " + r.unit;
    throw InputError(message("input.out_of_range", "{what}: {value} is outside the plausible range {min} to {max}",
                             {what,
                              {"value", formatNumber(value)},
                              {"min", formatNumber(r.min)},
                              {"max", formatNumber(r.max) + unit}}));
}

} // namespace frontier
