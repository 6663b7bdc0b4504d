#include "model/cost/carbon.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace frontier {

namespace {

std::optional<double> optionalNumber(const nlohmann::json &entry, const char *key)
{
    if (!entry.contains(key) || entry.at(key).is_null())
        return std::nullopt;
    return entry.at(key).get<double>();
}

RegionDataset parseDataset(std::string_view text, std::string_view file)
{
    try {
        const auto document = nlohmann::json::parse(text);
        RegionDataset d;
        d.id = document.at("dataset").get<std::string>();
        d.name = document.at("name").get<std::string>();
        d.source = document.at("source").get<std::string>();
        d.licence = document.at("licence").get<std::string>();
        d.caveats = document.at("caveats").get<std::vector<std::string>>();
        std::set<std::string> seen;
        for (const auto &entry : document.at("regions")) {
            GridRegion r;
            r.id = entry.at("id").get<std::string>();
            if (!seen.insert(r.id).second)
                throw InputError(std::string(file) + ": duplicate region '" + r.id + "'");
            r.provider = entry.at("provider").get<std::string>();
            r.region = entry.at("region").get<std::string>();
            r.location = entry.at("location").get<std::string>();
            r.gPerKwh = entry.at("g_co2_per_kwh").get<double>();
            // Zero is a real reading (a hydro grid rounds to it); negative or NaN is not.
            if (!(r.gPerKwh >= 0))
                throw InputError(std::string(file) + ": " + r.id + " has a negative or missing carbon intensity");
            r.dataset = d.id;
            r.source = entry.at("source").get<std::string>() + " (via " + d.source + ")";
            r.pue = optionalNumber(entry, "pue");
            r.offsetPercent = optionalNumber(entry, "offset_percent");
            d.regions.push_back(std::move(r));
        }
        return d;
    } catch (const nlohmann::json::exception &e) {
        throw InputError(std::string(file) + ": malformed JSON: " + e.what());
    }
}

} // namespace

RegionCatalog RegionCatalog::fromJson(std::string_view mlco2Text, std::string_view codecarbonText,
                                      std::string_view countriesText)
{
    RegionCatalog catalog;
    catalog.m_datasets.push_back(parseDataset(mlco2Text, "regions_mlco2.json"));
    catalog.m_datasets.push_back(parseDataset(codecarbonText, "regions_codecarbon.json"));
    try {
        const auto document = nlohmann::json::parse(countriesText);
        catalog.m_countriesSource = document.at("source").get<std::string>();
        std::set<std::string> seen;
        for (const auto &entry : document.at("countries")) {
            Country c;
            c.iso3 = entry.at("id").get<std::string>();
            if (!seen.insert(c.iso3).second)
                throw InputError("countries.json: duplicate country '" + c.iso3 + "'");
            c.name = entry.at("name").get<std::string>();
            c.gPerKwh = entry.at("g_co2_per_kwh").get<double>();
            if (!(c.gPerKwh >= 0))
                throw InputError("countries.json: " + c.iso3 + " has a negative or missing carbon intensity");
            c.year = entry.at("year").get<int>();
            catalog.m_countries.push_back(std::move(c));
        }
    } catch (const nlohmann::json::exception &e) {
        throw InputError(std::string("countries.json: malformed JSON: ") + e.what());
    }
    return catalog;
}

const RegionDataset &RegionCatalog::dataset(std::string_view id) const
{
    std::vector<std::string> ids;
    for (const auto &d : m_datasets) {
        if (d.id == id)
            return d;
        ids.push_back(d.id);
    }
    throw InputError(unknownIdMessage("carbon dataset", id, ids));
}

const GridRegion &RegionCatalog::region(std::string_view id, std::string_view datasetId) const
{
    const auto &d = dataset(datasetId);
    std::vector<std::string> ids;
    for (const auto &r : d.regions) {
        if (r.id == id)
            return r;
        ids.push_back(r.id);
    }
    throw InputError(unknownIdMessage(std::string(datasetId) + " region", id, ids));
}

const Country &RegionCatalog::country(std::string_view iso3) const
{
    std::string upper(iso3);
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    std::vector<std::string> ids;
    for (const auto &c : m_countries) {
        if (c.iso3 == upper)
            return c;
        ids.push_back(c.iso3);
    }
    throw InputError(unknownIdMessage("country (ISO 3166 alpha-3)", iso3, ids));
}

PueDefaults PueDefaults::fromJson(std::string_view jsonText)
{
    try {
        const auto document = nlohmann::json::parse(jsonText);
        PueDefaults defaults;
        defaults.fallbackProvider = document.at("default_provider").get<std::string>();
        for (const auto &entry : document.at("providers")) {
            PueDefault p;
            p.provider = entry.at("provider").get<std::string>();
            p.name = entry.at("name").get<std::string>();
            p.pue = entry.at("pue").get<double>();
            // PUE = facility / IT energy, so below 1 is impossible, not merely optimistic.
            if (!(p.pue >= 1))
                throw InputError("pue.json: " + p.provider + " has PUE " + formatNumber(p.pue) + ", below 1");
            p.year = entry.at("year").get<int>();
            p.source = entry.at("source").get<std::string>();
            defaults.entries.push_back(std::move(p));
        }
        const bool hasFallback = std::any_of(defaults.entries.begin(), defaults.entries.end(),
                                             [&](const PueDefault &p) { return p.provider == defaults.fallbackProvider; });
        if (!hasFallback)
            throw InputError("pue.json: default provider '" + defaults.fallbackProvider + "' has no entry");
        return defaults;
    } catch (const nlohmann::json::exception &e) {
        throw InputError(std::string("pue.json: malformed JSON: ") + e.what());
    }
}

const PueDefault &PueDefaults::forProvider(std::string_view provider) const
{
    for (const auto &p : entries)
        if (p.provider == provider)
            return p;
    for (const auto &p : entries)
        if (p.provider == fallbackProvider)
            return p;
    throw InputError("no PUE default for '" + std::string(provider) + "' and no fallback");
}

} // namespace frontier
