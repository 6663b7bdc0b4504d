#pragma once
// Frontier's figures live in resources/ as {"value": ..., "source": "..."}: the source is part of the
// number, so reading a figure without one is an error, not a default.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace frontier {

// object[key].value; throws InputError "<context>: '<key>' has no source" when the source is missing.
// nlohmann's own exceptions (missing key, wrong type) pass through for the caller to name the file.
double sourcedNumber(const nlohmann::json &object, const char *key, std::string_view context,
                     std::string *source = nullptr);

} // namespace frontier
