#pragma once
// Every scaling law Frontier knows, built from the JSON files of resources/laws/ (handed over as
// text: the model never opens a file or a Qt resource itself) and the data files they name.

#include "model/laws/law.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct TextFile
{
    std::string name; // for messages: "laws/kaplan2020.json"
    std::string text;
};

class LawCatalog
{
public:
    // dataFiles maps a file name a law refers to ("hf2020_loss_vs_compute.csv") to its text.
    // Throws InputError naming the file for malformed JSON, a missing key or a missing data file.
    static LawCatalog fromJson(const std::vector<TextFile> &lawFiles,
                               const std::map<std::string, std::string> &dataFiles);

    const std::vector<Law> &laws() const { return m_laws; }
    std::vector<std::string> ids() const;
    // Throws InputError with close matches for an unknown id.
    const Law &law(std::string_view id) const;

private:
    std::vector<Law> m_laws;
};

} // namespace frontier
