#pragma once
// Finding a catalogue entry by id, the same way everywhere: an exact match, or an InputError that
// names the kind of thing, the id asked for and the closest known ids ("did you mean").

#include "model/core/errors.h"

#include <string>
#include <string_view>
#include <vector>

namespace frontier {

// `items` is any range of entries; `idOf(entry)` gives an entry's id.
template<typename Range, typename IdOf>
const auto &findById(const Range &items, std::string_view id, std::string_view kind, IdOf idOf)
{
    for (const auto &item : items)
        if (idOf(item) == id)
            return item;
    std::vector<std::string> ids;
    for (const auto &item : items)
        ids.emplace_back(idOf(item));
    throw InputError(unknownIdMessage(kind, id, ids));
}

// The usual case: entries with an `id` member.
template<typename Range>
const auto &findById(const Range &items, std::string_view id, std::string_view kind)
{
    return findById(items, id, kind, [](const auto &item) -> const std::string & { return item.id; });
}

} // namespace frontier
