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

// Throws InputError(json.malformed) naming `file` for anything nlohmann rejects; InputErrors the
// reader throws itself pass through unchanged.
template<typename Reader>
auto readJsonDocument(std::string_view text, std::string_view file, Reader reader)
{
    try {
        const nlohmann::json document = nlohmann::json::parse(text);
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
