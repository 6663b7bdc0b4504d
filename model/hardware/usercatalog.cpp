#include "model/hardware/usercatalog.h"

#include "model/core/csv.h"
#include "model/core/asciicase.h"
#include "model/core/errors.h"
#include "model/core/jsonfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <optional>
#include <set>

namespace frontier {

namespace {

// Everything a file is refused for, under one code: "{file}: {reason}". The reason is the English of
// the built-in reader's message (or of the CSV check), so the file is named once whatever went wrong.
InputError refused(std::string_view file, const std::string &reason)
{
    return InputError(message("usercatalog.invalid", "{file}: {reason}", {{"file", std::string(file)}, {"reason", reason}}));
}

std::string at(std::size_t line) { return "line " + std::to_string(line); }

bool endsWithCsv(std::string_view file)
{
    if (file.size() < 4)
        return false;
    return asciiLowercase(file.substr(file.size() - 4)) == ".csv";
}

// The columns of an offers CSV (docs/user-catalogs.md): the keys of cloud_offers.json, spelled for a
// spreadsheet. Columns not listed here are refused, so a misspelt price column is not silently empty.
const std::vector<std::string> &csvColumns()
{
    static const std::vector<std::string> columns{
        "id", "provider", "provider_id", "instance", "gpu", "gpus", "region",
        "on_demand_usd_per_gpu_hour", "one_year_usd_per_gpu_hour", "three_year_usd_per_gpu_hour",
        "host_share_included", "date", "source", "notes"};
    return columns;
}

std::string columnList()
{
    std::string list;
    for (const std::string &c : csvColumns())
        list += (list.empty() ? "" : ", ") + c;
    return list;
}

const std::vector<std::string> &requiredCsvColumns()
{
    static const std::vector<std::string> columns{"id", "provider", "gpu", "date", "source"};
    return columns;
}

// GPUs per instance are kept as an int, like gpus_per_instance of the built-in reader.
constexpr int kMaxGpusPerInstance = std::numeric_limits<int>::max();

// One rule for a GPU count, whichever format it came in: `where` says where ("line 3, column
// 'gpus'" or "offer 'x', key 'gpus_per_instance'"), `shown` is the value as the user wrote it.
int gpusPerInstance(std::optional<double> n, std::string_view file, const std::string &where, const std::string &shown)
{
    if (!n || !(*n >= 1 && *n <= kMaxGpusPerInstance) || *n != double(int(*n)))
        throw refused(file, where + ": expected a whole number from 1 to " + std::to_string(kMaxGpusPerInstance) +
                                ", got '" + shown + "'");
    return int(*n);
}

// Everything after a NUL byte is not text a person wrote (a truncated copy, a binary file renamed):
// refused with the offset, so the user can look at it.
void refuseNulByte(std::string_view text, std::string_view file)
{
    if (const std::size_t at = text.find('\0'); at != std::string_view::npos)
        throw refused(file, "a NUL byte at byte offset " + std::to_string(at) + ": not a text file");
}

// What a key of a user's JSON row must hold. The built-in readers take their own files on trust
// and would stop on a missing or mistyped key with nlohmann's words; a user's file is checked here
// first, so the message names the file, the row and the key.
enum class Holds { Text, Number, TrueOrFalse, Object };

struct KeyRule
{
    std::string_view key;
    Holds holds;
    bool required;
};

// The keys of resources/hardware/cloud_offers.json and accelerators.json. provider_id and
// host_share_included are optional, as their CSV columns are. "source" is the citation people read;
// "provenance" is how it was obtained (commit, relabelling), kept for developers and shown nowhere.
constexpr KeyRule kOfferKeys[] = {
    {"id", Holds::Text, true},
    {"provider", Holds::Text, true},
    {"provider_id", Holds::Text, false},
    {"accelerator", Holds::Text, true},
    {"instance", Holds::Text, false},
    {"location", Holds::Text, false},
    {"notes", Holds::Text, false},
    {"gpus_per_instance", Holds::Number, false},
    {"usd_per_gpu_hour_on_demand", Holds::Number, false},
    {"usd_per_gpu_hour_1y", Holds::Number, false},
    {"usd_per_gpu_hour_3y", Holds::Number, false},
    {"host_share_included", Holds::TrueOrFalse, false},
    {"price_date", Holds::Text, true},
    {"source", Holds::Text, true},
    {"provenance", Holds::Text, false}, // how the source was read: for developers, shown nowhere
    {"epoch_hardware_model", Holds::Text, false},
};
constexpr KeyRule kAcceleratorKeys[] = {
    {"id", Holds::Text, true},
    {"name", Holds::Text, true},
    {"manufacturer", Holds::Text, true},
    {"peak_flops_per_s", Holds::Object, true},
    {"memory_gib", Holds::Number, false},
    {"memory_bandwidth_bytes_per_s", Holds::Number, false},
    {"tdp_w", Holds::Number, false},
    {"release_date", Holds::Text, false},
    {"datasheet", Holds::Text, false},
    {"source", Holds::Text, true},
    {"provenance", Holds::Text, false},
    {"notes", Holds::Text, false},
    {"gap_fills", Holds::Object, false},
    {"hf2020_id", Holds::Text, false},
};
constexpr std::string_view kTopKeys[] = {"about", "source", "units", "notes", "offers", "accelerators"};

bool holds(const nlohmann::json &value, Holds kind)
{
    switch (kind) {
    case Holds::Text: return value.is_string();
    case Holds::Number: return value.is_number();
    case Holds::TrueOrFalse: return value.is_boolean();
    case Holds::Object: return value.is_object();
    }
    return false;
}

const char *described(Holds kind)
{
    switch (kind) {
    case Holds::Text: return "text";
    case Holds::Number: return "a number";
    case Holds::TrueOrFalse: return "true or false";
    case Holds::Object: return "an object";
    }
    return "";
}

// A key no reader knows is noted, not refused (a misspelt "usd_per_gpu_hour_1yr" would otherwise
// leave the offer silently without that price).
Message unknownKey(std::string_view file, const std::string &where, const std::string &key)
{
    return message("usercatalog.unknown_key", "{file}: {where}unknown key '{key}' ignored",
                   {{"file", std::string(file)}, {"where", where}, {"key", key}});
}

// A row against its rules: every required key there, every known key holding what it must,
// unknown keys noted. `where` is "offer 'x': ".
template <std::size_t n>
void checkRow(const nlohmann::json &row, const KeyRule (&rules)[n], std::string_view file, const std::string &where,
              std::vector<Message> &notes)
{
    for (const KeyRule &rule : rules) {
        const auto value = row.find(rule.key);
        if (value == row.end()) {
            if (rule.required)
                throw refused(file, where + "the key '" + std::string(rule.key) + "' is missing");
            continue;
        }
        if (!holds(*value, rule.holds))
            throw refused(file, where + "key '" + std::string(rule.key) + "': expected " + described(rule.holds) +
                                    ", got " + value->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    for (const auto &[key, value] : row.items())
        if (std::none_of(std::begin(rules), std::end(rules), [&](const KeyRule &r) { return r.key == key; }))
            notes.push_back(unknownKey(file, where, key));
}

// What the built-in readers take on trust from our own files, checked in a user's JSON before they
// run: the same rules as the CSV reader's, and keys they would skip said aloud.
void checkJsonRows(const nlohmann::json &document, std::string_view file, std::vector<Message> &notes)
{
    for (const auto &[key, value] : document.items())
        if (std::find(std::begin(kTopKeys), std::end(kTopKeys), key) == std::end(kTopKeys))
            notes.push_back(unknownKey(file, "", key));
    for (const std::string_view array : {std::string_view("offers"), std::string_view("accelerators")}) {
        const auto rows = document.find(array);
        if (rows == document.end())
            continue;
        if (!rows->is_array() || rows->empty())
            throw refused(file, "\"" + std::string(array) + "\" must be a non-empty array");
        const bool offers = array == "offers";
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const nlohmann::json &row = (*rows)[i];
            const std::string kind = offers ? "offer" : "accelerator";
            if (!row.is_object())
                throw refused(file, kind + " " + std::to_string(i + 1) + ": expected an object, got " +
                                        row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            const std::string id = row.contains("id") && row["id"].is_string() ? row["id"].get<std::string>()
                                                                               : std::to_string(i + 1);
            const std::string where = kind + " '" + id + "': ";
            // A GPU count is said as the CSV reader says it, whatever its type (true, 2.5, -3).
            if (const auto gpus = row.find("gpus_per_instance"); offers && gpus != row.end())
                gpusPerInstance(gpus->is_number() ? std::optional(gpus->get<double>()) : std::nullopt, file,
                                where + "key 'gpus_per_instance'", gpus->dump());
            if (offers)
                checkRow(row, kOfferKeys, file, where, notes);
            else
                checkRow(row, kAcceleratorKeys, file, where, notes);
        }
    }
}

class CsvOfferReader
{
public:
    CsvOfferReader(const CsvTable &table, std::string_view file) : m_table(table), m_file(file) {}

    CloudOffer offer(std::size_t row) const
    {
        CloudOffer o;
        o.id = required(row, "id");
        o.provider = required(row, "provider");
        o.providerId = cell(row, "provider_id");
        o.acceleratorId = required(row, "gpu");
        o.instance = cell(row, "instance");
        o.location = cell(row, "region");
        o.notes = cell(row, "notes");
        if (const std::string gpus = cell(row, "gpus"); !gpus.empty())
            o.gpusPerInstance =
                gpusPerInstance(parseNumberCell(gpus, m_file, line(row), "gpus"), m_file, at(line(row)) + ", column 'gpus'", gpus);
        o.onDemandUsdPerGpuHour = price(row, "on_demand_usd_per_gpu_hour");
        o.oneYearUsdPerGpuHour = price(row, "one_year_usd_per_gpu_hour");
        o.threeYearUsdPerGpuHour = price(row, "three_year_usd_per_gpu_hour");
        if (!o.onDemandUsdPerGpuHour && !o.oneYearUsdPerGpuHour && !o.threeYearUsdPerGpuHour)
            throw refused(m_file, at(line(row)) + ": offer '" + o.id + "' has no price");
        const std::string host = cell(row, "host_share_included");
        if (host != "" && host != "true" && host != "false")
            throw refused(m_file, at(line(row)) + ", column 'host_share_included': expected true or false, got '" + host + "'");
        o.hostShareIncluded = host == "true";
        o.priceDate = required(row, "date");
        o.source = required(row, "source");
        return o;
    }

private:
    std::size_t line(std::size_t row) const { return m_table.rowLines[row]; }

    std::string cell(std::size_t row, std::string_view column) const
    {
        const int c = m_table.column(column);
        return c < 0 ? std::string() : m_table.rows[row][std::size_t(c)];
    }

    std::string required(std::size_t row, std::string_view column) const
    {
        std::string text = cell(row, column);
        if (text.empty())
            throw refused(m_file, at(line(row)) + ", column '" + std::string(column) + "': the cell is empty");
        return text;
    }

    std::optional<double> price(std::size_t row, std::string_view column) const
    {
        const std::string text = cell(row, column);
        if (text.empty())
            return std::nullopt;
        const double value = parseNumberCell(text, m_file, line(row), column);
        if (!(value > 0))
            throw InputError(message("usercatalog.csv_not_positive", "{source}: line {line}, column '{column}': must be positive, got {cell}",
                                     {{"source", m_file}, {"line", std::to_string(line(row))},
                                      {"column", std::string(column)}, {"cell", text}}));
        return value;
    }

    const CsvTable &m_table;
    std::string m_file;
};

OfferCatalog offersFromCsv(std::string_view text, std::string_view file)
{
    const CsvTable table = parseCsv(text, file);
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string &name = table.header[i];
        if (std::find(csvColumns().begin(), csvColumns().end(), name) == csvColumns().end())
            throw refused(file, "line 1: unknown column '" + name + "'; the columns are: " + columnList());
        // Which of the two would be read is a guess: refused, like any other ambiguity.
        if (std::find(table.header.begin(), table.header.begin() + std::ptrdiff_t(i), name) != table.header.begin() + std::ptrdiff_t(i))
            throw refused(file, "line 1: column '" + name + "' appears twice");
    }
    for (const std::string &name : requiredCsvColumns())
        if (table.column(name) < 0)
            throw refused(file, "line 1: no column '" + name + "'");
    const CsvOfferReader reader(table, file);
    std::vector<CloudOffer> offers;
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        offers.push_back(reader.offer(row));
    if (offers.empty())
        throw refused(file, "the file lists no offers");
    try {
        return OfferCatalog(std::move(offers));
    } catch (const InputError &e) {
        throw refused(file, e.what());
    }
}

UserCatalog fromJson(std::string_view text, std::string_view file)
{
    UserCatalog out;
    out.file = std::string(file);
    try {
        nlohmann::json document;
        try {
            document = parseJsonWithDepthLimit(text, [file] { throw jsonTooDeepError(file); });
        } catch (const nlohmann::json::exception &e) {
            throw refused(file, std::string("malformed JSON: ") + e.what());
        }
        const bool hasAccelerators = document.is_object() && document.contains("accelerators");
        const bool hasOffers = document.is_object() && document.contains("offers");
        if (!hasAccelerators && !hasOffers)
            throw refused(file, "the file has neither an \"offers\" nor an \"accelerators\" array");
        checkJsonRows(document, file, out.notes);
        // The built-in readers, so a user's row passes exactly the checks ours do.
        if (hasAccelerators)
            out.accelerators = AcceleratorCatalog::fromJson(text);
        if (hasOffers)
            out.offers = OfferCatalog::fromJson(text);
    } catch (const InputError &e) {
        if (e.message().code == "usercatalog.invalid" || e.message().code == "json.too_deep")
            throw; // already names the file
        throw refused(file, e.what());
    }
    return out;
}

// Each id's place in the merged rows is looked up in a hash map, not searched for: a user's file of
// 100,000 offers is merged in linear time (a search per row made 10,000 offers take 44 s).
template <class Row>
std::vector<Row> mergedRows(const std::vector<Row> &builtIn, const std::vector<Row> &user)
{
    std::vector<Row> rows = builtIn;
    rows.reserve(builtIn.size() + user.size());
    std::unordered_map<std::string_view, std::size_t> placeOf;
    placeOf.reserve(builtIn.size() + user.size());
    for (std::size_t i = 0; i < builtIn.size(); ++i)
        placeOf.emplace(builtIn[i].id, i); // emplace keeps the first of equal ids, as the search did
    for (const Row &row : user) {
        if (const auto same = placeOf.find(row.id); same != placeOf.end()) {
            rows[same->second] = row;
        } else {
            placeOf.emplace(row.id, rows.size());
            rows.push_back(row);
        }
    }
    return rows;
}

template <class Row>
std::vector<Row> marked(std::vector<Row> rows, const std::string &file)
{
    for (Row &row : rows)
        row.userFile = file;
    return rows;
}

} // namespace

UserCatalog parseUserCatalog(std::string_view text, std::string_view file)
{
    refuseNulByte(text, file);
    UserCatalog out;
    if (endsWithCsv(file)) {
        out.file = std::string(file);
        out.offers = offersFromCsv(text, file);
    } else {
        out = fromJson(text, file);
    }
    out.accelerators = AcceleratorCatalog(marked(out.accelerators.all(), out.file));
    out.offers = OfferCatalog(marked(out.offers.all(), out.file));
    return out;
}

AcceleratorCatalog merged(const AcceleratorCatalog &builtIn, const AcceleratorCatalog &user)
{
    return AcceleratorCatalog(mergedRows(builtIn.all(), user.all()));
}

OfferCatalog merged(const OfferCatalog &builtIn, const OfferCatalog &user)
{
    return OfferCatalog(mergedRows(builtIn.all(), user.all()));
}

HardwareCatalogs mergeUserCatalogs(const AcceleratorCatalog &builtInAccelerators, const OfferCatalog &builtInOffers,
                                   const std::vector<UserCatalog> &user)
{
    HardwareCatalogs out{builtInAccelerators, builtInOffers};
    for (const UserCatalog &file : user)
        out.accelerators = merged(out.accelerators, file.accelerators);
    for (const UserCatalog &file : user) {
        try {
            file.offers.checkAccelerators(out.accelerators);
        } catch (const InputError &e) {
            throw refused(file.file, e.what());
        }
        out.offers = merged(out.offers, file.offers);
    }
    return out;
}

} // namespace frontier
