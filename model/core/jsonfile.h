#pragma once
// Every catalogue file is read the same way: parse the text, hand the document to the file's own
// reader, and turn any nlohmann error (a missing key, a wrong type, broken syntax) into one InputError
// that names the file. The readers themselves stay short and say only what the file holds.

#include "model/core/errors.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontier {

// How deep arrays and objects may nest in any JSON Frontier reads (our own files nest a few levels). A
// deeper file is refused as the parser reaches the level, before the levels are built: a session
// holding a 5-million-deep array took 35 s and 420 MB to parse and then to be refused anyway.
constexpr int kMaxJsonDepth = 64;

// nlohmann::json::parse, except that tooDeep() — which must throw — is called at the first array or
// object nested more than kMaxJsonDepth deep. Syntax errors throw nlohmann's parse_error as usual.
template<typename TooDeep>
nlohmann::json parseJsonWithDepthLimit(std::string_view text, TooDeep tooDeep)
{
    using Event = nlohmann::json::parse_event_t;
    // `depth` counts the arrays and objects around the one starting: 0 for the top level.
    return nlohmann::json::parse(text, [&tooDeep](int depth, Event event, nlohmann::json &) {
        if ((event == Event::array_start || event == Event::object_start) && depth >= kMaxJsonDepth)
            tooDeep();
        return true;
    });
}

inline std::string maxJsonDepthText()
{
    return std::to_string(kMaxJsonDepth);
}

// The error for a catalogue `file` nested deeper than kMaxJsonDepth.
inline InputError jsonTooDeepError(std::string_view file)
{
    return InputError(message("json.too_deep", "{file}: JSON nested more than {limit} levels deep (arrays and objects within each other)",
                              {{"file", std::string(file)}, {"limit", maxJsonDepthText()}}));
}

// Throws InputError(json.malformed) naming `file` for anything nlohmann rejects; InputErrors the
// reader throws itself pass through unchanged.
template<typename Reader>
auto readJsonDocument(std::string_view text, std::string_view file, Reader reader)
{
    try {
        const nlohmann::json document = parseJsonWithDepthLimit(text, [file] { throw jsonTooDeepError(file); });
        return reader(document);
    } catch (const nlohmann::json::exception &e) {
        throw InputError(message("json.malformed", "{file}: malformed JSON: {detail}",
                                 {{"file", std::string(file)}, {"detail", e.what()}}));
    }
}

// An error in catalogue `file`: "{file}: " + `english`, with the file as the first value.
inline InputError fileError(std::string_view file, std::string code, std::string english,
                            std::vector<MessageArg> args = {})
{
    args.insert(args.begin(), MessageArg{"file", std::string(file)});
    return InputError(message(std::move(code), "{file}: " + english, std::move(args)));
}

} // namespace frontier
