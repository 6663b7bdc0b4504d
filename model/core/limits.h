#pragma once
// Plausible ranges for the numbers a person types (resources/limits.json, each with the reason for
// its bounds). A value outside its range is refused by name before it reaches the arithmetic, so
// every answer Frontier prints stays finite: a price of 1e308 $/GPU-hour or a loss of 1e-308 would
// otherwise overflow to inf somewhere downstream. The bounds are generous (far beyond any real run);
// they are there to catch typos and overflow, not to second-guess a user.

#include "model/core/message.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace frontier {

struct InputRange
{
    double min = 0; // inclusive
    double max = 0; // inclusive
    std::string unit;
    std::string reason;
};

class InputLimits
{
public:
    // The "limits" object of limits.json; throws InputError naming a malformed entry.
    static InputLimits fromJson(std::string_view jsonText);

    bool has(std::string_view key) const;
    // Throws InputError for a key the file does not define.
    const InputRange &range(std::string_view key) const;

    // `value` if it lies in range(key); otherwise throws InputError "input.out_of_range" whose {what}
    // is `what` (an option name such as "--pue" goes in as a plain value, a word as a quantity).
    double check(std::string_view key, double value, MessageArg what) const;

private:
    std::map<std::string, InputRange, std::less<>> m_ranges;
};

} // namespace frontier
