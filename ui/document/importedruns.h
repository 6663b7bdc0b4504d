#pragma once
// The runs a user imported (File ▸ Import runs…): the file they came from and the runs as the model
// read them. A plain value the document keeps, so the loss chart can draw them and a session file
// can store the path.

#include "model/fit/fit.h"

#include <algorithm>
#include <string>
#include <vector>

namespace frontier::ui {

struct ImportedRuns
{
    std::string path;
    std::vector<Observation> runs;

    bool empty() const { return runs.empty(); }
    bool operator==(const ImportedRuns &other) const
    {
        return path == other.path &&
               std::equal(runs.begin(), runs.end(), other.runs.begin(), other.runs.end(),
                          [](const Observation &a, const Observation &b) {
                              return a.params == b.params && a.tokens == b.tokens && a.loss == b.loss;
                          });
    }
};

} // namespace frontier::ui
