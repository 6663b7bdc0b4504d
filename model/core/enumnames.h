#pragma once
// One table per enum gives both directions of its text form ("usd" <-> BudgetUnit::Usd), so the
// command line, sessions and JSON output spell an enum the same way, and an unknown spelling is
// refused with the known ones listed.
//
//   constexpr EnumNames<BudgetUnit, 8> kUnitNames{{{BudgetUnit::Usd, "usd"}, ...}};
//   BudgetUnit u = kUnitNames.parse(text, "budget unit");   std::string s = kUnitNames.name(u);

#include "model/core/errors.h"

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontier {

template<typename Enum, std::size_t Count>
struct EnumNames
{
    std::array<std::pair<Enum, std::string_view>, Count> entries;

    // Throws InputError naming `kind` and the close spellings for anything not in the table.
    Enum parse(std::string_view text, std::string_view kind) const
    {
        for (const auto &[value, name] : entries)
            if (text == name)
                return value;
        throw InputError(unknownIdMessage(kind, text, names()));
    }
    std::string name(Enum value) const
    {
        for (const auto &[v, name] : entries)
            if (v == value)
                return std::string(name);
        return "?";
    }
    std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for (const auto &entry : entries)
            out.emplace_back(entry.second);
        return out;
    }
};

} // namespace frontier
