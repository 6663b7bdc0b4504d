#pragma once
// Every scaling law Frontier knows, built from the JSON files of resources/laws/ (handed over as
// text: the model never opens a file or a Qt resource itself) and the data files they name.
//
// A law whose constants are fitted to a data file (the hf2020 frontier, refitted from 28 measured
// runs) is built on first use: a command about another law neither reads its CSV nor fits it. The
// JSON of every law is still read at once, so a malformed file, an unknown form or a duplicate id
// is refused when the catalogue loads; a broken data file is refused when its law is first asked for.

#include "model/laws/law.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct TextFile
{
    std::string name; // for messages: "laws/kaplan2020.json"
    std::string text;
};

// The text of the data file a law names ("hf2020_loss_vs_compute.csv"), or none if there is no such
// file. Called on first use of that law, from whichever thread asks first.
using DataFileReader = std::function<std::optional<std::string>(const std::string &name)>;

class LawCatalog
{
public:
    // dataFiles maps a file name a law refers to ("hf2020_loss_vs_compute.csv") to its text.
    // Throws InputError naming the file for malformed JSON, a missing key, an unknown form or a
    // duplicate id; a missing or malformed data file is refused on first use of its law.
    static LawCatalog fromJson(const std::vector<TextFile> &lawFiles,
                               const std::map<std::string, std::string> &dataFiles);
    // The same, reading each data file through `dataFiles` on first use of a law that names it.
    static LawCatalog fromJsonWithReader(const std::vector<TextFile> &lawFiles, DataFileReader dataFiles);

    LawCatalog();
    LawCatalog(LawCatalog &&) noexcept;
    LawCatalog &operator=(LawCatalog &&) noexcept;
    ~LawCatalog();

    // Every law, in file order (builds the ones not built yet). The pointers stay valid as long as
    // the catalogue, and law(id) returns the same objects.
    std::vector<const Law *> laws() const;
    std::vector<std::string> ids() const; // builds nothing
    // Throws InputError with close matches for an unknown id; builds that law alone if need be
    // (thread-safe), and throws InputError naming its file if it cannot be built.
    const Law &law(std::string_view id) const;
    // The law with this id, or nullptr for an id nobody knows (still throws if it cannot be built).
    const Law *find(std::string_view id) const;

private:
    struct Entry;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace frontier
