#include "model/core/sourcedjson.h"

#include "model/core/errors.h"

namespace frontier {

double sourcedNumber(const nlohmann::json &object, const char *key, std::string_view context, std::string *source)
{
    const nlohmann::json &entry = object.at(key);
    if (!entry.contains("source") || !entry.at("source").is_string() || entry.at("source").get<std::string>().empty())
        throw InputError(message("json.no_source", "{context}: '{key}' has no source",
                                 {{"context", std::string(context)}, {"key", std::string(key)}}));
    if (source)
        *source = entry.at("source").get<std::string>();
    return entry.at("value").get<double>();
}

} // namespace frontier
