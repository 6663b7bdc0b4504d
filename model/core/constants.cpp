#include "model/core/constants.h"

#include "model/core/errors.h"
#include "model/core/lookup.h"

#include <algorithm>

namespace frontier {

ConstantSet::ConstantSet(std::vector<Constant> constants)
    : m_constants(std::move(constants))
{
}

bool ConstantSet::contains(const std::string &name) const
{
    return std::any_of(m_constants.begin(), m_constants.end(),
                       [&](const Constant &c) { return c.name == name; });
}

const Constant &ConstantSet::at(const std::string &name) const
{
    return findById(m_constants, name, "constant", [](const Constant &c) -> const std::string & { return c.name; });
}

double ConstantSet::operator[](const std::string &name) const
{
    return at(name).value;
}

std::vector<std::string> ConstantSet::names() const
{
    std::vector<std::string> result;
    for (const auto &constant : m_constants)
        result.push_back(constant.name);
    return result;
}

ConstantSet ConstantSet::withOverrides(const std::map<std::string, double> &overrides) const
{
    ConstantSet copy = *this;
    for (const auto &[name, value] : overrides) {
        requireFinite(value, "constant " + name);
        auto it = std::find_if(copy.m_constants.begin(), copy.m_constants.end(),
                               [&](const Constant &c) { return c.name == name; });
        if (it == copy.m_constants.end())
            throw InputError(unknownIdMessage("constant", name, names()));
        it->value = value;
        it->overridden = true;
    }
    return copy;
}

} // namespace frontier
