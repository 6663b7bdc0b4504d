#include "model/cost/carbon.h"

#include "model/core/asciicase.h"
#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "model/core/lookup.h"
#include "model/core/numbers.h"

#include <algorithm>
#include <set>

namespace frontier {

namespace {

using nlohmann::json;

std::optional<double> optionalNumber(const json &entry, const char *key)
{
    if (!entry.contains(key) || entry.at(key).is_null())
        return std::nullopt;
    return entry.at(key).get<double>();
}

// Zero is a real reading (a hydro grid rounds to it); negative or NaN is not.
double intensity(const json &entry, std::string_view file, const std::string &id)
{
    const double g = entry.at("g_co2_per_kwh").get<double>();
    if (!(g >= 0))
        throw fileError(file, "carbon.bad_intensity", "{id} has a negative or missing carbon intensity", {{"id", id}});
    return g;
}

RegionDataset parseDataset(std::string_view text, std::string_view file)
{
    return readJsonDocument(text, file, [&](const json &document) {
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
                throw fileError(file, "catalog.duplicate_id", "duplicate id '{id}'", {{"id", r.id}});
            r.provider = entry.at("provider").get<std::string>();
            r.region = entry.at("region").get<std::string>();
            r.location = entry.at("location").get<std::string>();
            r.gPerKwh = intensity(entry, file, r.id);
            r.dataset = d.id;
            r.source = entry.at("source").get<std::string>() + " (via " + d.source + ")";
            r.pue = optionalNumber(entry, "pue");
            // A region's PUE has a source of its own (the provider's efficiency page), not the grid's.
            if (r.pue)
                r.pueSource = entry.value("pue_source", std::string("no source given for this PUE")) + " (" + r.id
                              + " row of " + d.source + ")";
            r.offsetPercent = optionalNumber(entry, "offset_percent");
            d.regions.push_back(std::move(r));
        }
        return d;
    });
}

std::vector<Country> parseCountries(std::string_view text, std::string &source)
{
    constexpr std::string_view file = "countries.json";
    return readJsonDocument(text, file, [&](const json &document) {
        source = document.at("source").get<std::string>();
        std::vector<Country> countries;
        std::set<std::string> seen;
        for (const auto &entry : document.at("countries")) {
            Country c;
            c.iso3 = entry.at("id").get<std::string>();
            if (!seen.insert(c.iso3).second)
                throw fileError(file, "catalog.duplicate_id", "duplicate id '{id}'", {{"id", c.iso3}});
            c.name = entry.at("name").get<std::string>();
            c.gPerKwh = intensity(entry, file, c.iso3);
            c.year = entry.at("year").get<int>();
            countries.push_back(std::move(c));
        }
        return countries;
    });
}

} // namespace

RegionCatalog RegionCatalog::fromJson(std::string_view mlco2Text, std::string_view codecarbonText,
                                      std::string_view countriesText)
{
    RegionCatalog catalog;
    catalog.m_datasets.push_back(parseDataset(mlco2Text, "regions_mlco2.json"));
    catalog.m_datasets.push_back(parseDataset(codecarbonText, "regions_codecarbon.json"));
    catalog.m_countries = parseCountries(countriesText, catalog.m_countriesSource);
    return catalog;
}

const RegionDataset &RegionCatalog::dataset(std::string_view id) const
{
    return findById(m_datasets, id, "carbon dataset");
}

const GridRegion &RegionCatalog::region(std::string_view id, std::string_view datasetId) const
{
    return findById(dataset(datasetId).regions, id, std::string(datasetId) + " region");
}

const GridRegion *RegionCatalog::findRegion(std::string_view id, std::string_view datasetId) const
{
    for (const auto &r : dataset(datasetId).regions)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Country &RegionCatalog::country(std::string_view iso3) const
{
    return findById(m_countries, asciiUppercase(iso3), "country (ISO 3166 alpha-3)",
                    [](const Country &c) -> const std::string & { return c.iso3; });
}

PueDefaults PueDefaults::fromJson(std::string_view jsonText)
{
    constexpr std::string_view file = "pue.json";
    return readJsonDocument(jsonText, file, [&](const json &document) {
        PueDefaults defaults;
        defaults.fallbackProvider = document.at("default_provider").get<std::string>();
        for (const auto &entry : document.at("providers")) {
            PueDefault p;
            p.provider = entry.at("provider").get<std::string>();
            p.name = entry.at("name").get<std::string>();
            p.pue = entry.at("pue").get<double>();
            // PUE = facility / IT energy, so below 1 is impossible, not merely optimistic.
            if (!(p.pue >= 1))
                throw fileError(file, "pue.below_one", "{provider} has PUE {pue}, below 1",
                                {{"provider", p.provider}, {"pue", formatNumber(p.pue)}});
            p.year = entry.at("year").get<int>();
            p.source = entry.at("source").get<std::string>();
            p.provenance = entry.value("provenance", p.source);
            defaults.entries.push_back(std::move(p));
        }
        const bool hasFallback = std::any_of(defaults.entries.begin(), defaults.entries.end(),
                                             [&](const PueDefault &p) { return p.provider == defaults.fallbackProvider; });
        if (!hasFallback)
            throw fileError(file, "pue.no_fallback", "default provider '{provider}' has no entry",
                            {{"provider", defaults.fallbackProvider}});
        return defaults;
    });
}

const PueDefault &PueDefaults::forProvider(std::string_view provider) const
{
    for (const auto &p : entries)
        if (p.provider == provider)
            return p;
    // fromJson guarantees the fallback has an entry.
    return findById(entries, fallbackProvider, "PUE provider", [](const PueDefault &p) -> const std::string & { return p.provider; });
}

OfferRegions OfferRegions::fromJson(std::string_view jsonText)
{
    return readJsonDocument(jsonText, "offer_regions.json", [](const json &document) {
        OfferRegions out;
        out.source = document.at("source").get<std::string>();
        for (const auto &entry : document.at("locations"))
            out.entries.push_back({entry.at("provider").get<std::string>(), entry.at("location").get<std::string>(),
                                   entry.at("region").get<std::string>()});
        return out;
    });
}

std::string OfferRegions::regionFor(std::string_view provider, std::string_view location) const
{
    for (const auto &e : entries)
        if (e.provider == provider && e.location == location)
            return e.region;
    return {};
}

} // namespace frontier
