#pragma once
// The named constants of a scaling law, each with the place it was read from. A law's numbers
// arrive from resources/ as JSON; the user may override any of them by name ("my own fit").

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace frontier {

struct Constant
{
    std::string name;        // as typed on the command line: "E", "alpha", "N_c"
    double value = 0;
    std::string description; // what it is, with its unit
    std::string source;      // paper + table/equation, or repository path @ commit
    std::optional<double> standardError;                   // published bootstrap SE, when there is one
    std::optional<std::pair<double, double>> interval95;   // published 95 % interval, when there is one
    bool overridden = false; // true once the user typed their own value
};

class ConstantSet
{
public:
    ConstantSet() = default;
    explicit ConstantSet(std::vector<Constant> constants);

    const std::vector<Constant> &all() const { return m_constants; }
    bool contains(const std::string &name) const;
    // The value of `name`; throws InputError naming the law's constants if there is none.
    double operator[](const std::string &name) const;
    const Constant &at(const std::string &name) const;
    std::vector<std::string> names() const;

    // A copy with some values replaced. Unknown names and non-finite values throw InputError.
    ConstantSet withOverrides(const std::map<std::string, double> &overrides) const;

private:
    std::vector<Constant> m_constants;
};

} // namespace frontier
