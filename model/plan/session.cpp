// Reading a session (parseSession, from_json): the reader is model/plan/sessionreader.*, writing it
// is model/plan/sessionwrite.cpp.
#include "model/plan/session.h"
#include "model/plan/sessionreader.h"

#include "model/core/jsonfile.h"

namespace frontier {

using sessionread::Reader;
using nlohmann::json;

void from_json(const nlohmann::json &json, Session &session)
{
    std::vector<Message> notes;
    session = Reader(nullptr, notes).read(json);
}

Session parseSession(std::string_view text, const SessionCatalogs &catalogs, std::vector<Message> &notes)
{
    // What follows a NUL byte is no text a person wrote (a damaged copy, a binary file): refused
    // with its offset, not parsed up to it.
    if (const std::size_t at = text.find('\0'); at != std::string_view::npos)
        throw InputError(message("session.nul_byte", "a NUL byte at byte offset {offset}: a session is text",
                                 {{"offset", std::to_string(at)}}));
    json document;
    try {
        document = parseJsonWithDepthLimit(text, [] {
            throw InputError(message("session.too_deep", "not a session: JSON nested more than {limit} levels deep",
                                     {{"limit", maxJsonDepthText()}}));
        });
    } catch (const json::exception &e) {
        throw InputError(
            message("session.malformed", "not a session: malformed JSON: {detail}", {{"detail", e.what()}}));
    }
    // Notes only for a session that loads: a refused one leaves the caller's list as it was.
    std::vector<Message> found;
    Session session = Reader(&catalogs, found).read(document);
    notes.insert(notes.end(), found.begin(), found.end());
    return session;
}

} // namespace frontier
