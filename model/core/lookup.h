#pragma once
// Finding a catalogue entry by id, the same way everywhere: an exact match, or an InputError that
// names the kind of thing, the id asked for and the closest known ids ("did you mean").

#include "model/core/errors.h"

#include <string>
#include <string_view>
#include <unordered_map>
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

// Each entry's position by id (the first of equal ids), for catalogues a user's file can make long:
// a comparison looks every offer up by id, and a search per look-up made 10,000 offers quadratic.
using IdIndex = std::unordered_map<std::string, std::size_t>;

template<typename Vector>
IdIndex indexById(const Vector &items)
{
    IdIndex index;
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i);
    return index;
}

// The first id of `items` that repeats an earlier one, null when they all differ; `index` is
// indexById(items), which keeps the first of equal ids, so an item it does not point at repeats one.
template<typename Vector>
const std::string *repeatedId(const Vector &items, const IdIndex &index)
{
    if (index.size() == items.size())
        return nullptr;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (index.at(items[i].id) != i)
            return &items[i].id;
    return nullptr;
}

// findById through an index built by indexById(items).
template<typename Vector>
const auto &findById(const Vector &items, const IdIndex &index, std::string_view id, std::string_view kind)
{
    if (const auto found = index.find(std::string(id)); found != index.end())
        return items[found->second];
    return findById(items, id, kind); // throws, with the closest ids
}

} // namespace frontier
