#pragma once
// Grid carbon intensity: cloud regions from two datasets that disagree (mlco2's mixed-vintage table and
// CodeCarbon's GCP table from Google's 2022+ data; 4.6x apart for
// europe-north1, 17x for northamerica-northeast1), plus country averages. Frontier
// never merges them: a region is always asked for within a named dataset, so a figure keeps its origin.
// PueDefaults supplies the facility overhead when a region has no PUE of its own.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct GridRegion
{
    std::string id;       // "gcp/us-central1"
    std::string provider; // "gcp"
    std::string region;   // "us-central1"
    std::string location; // "Council Bluffs, Iowa, USA"
    double gPerKwh = 0;   // g CO2eq per kWh
    std::string dataset;  // "mlco2" or "codecarbon"
    std::string source;   // the row's own source, then the dataset file @ commit
    std::optional<double> pue;
    std::string pueSource;                // where the region's own PUE comes from
    std::optional<double> offsetPercent; // claimed offsetting (0 or 100), not physics
};

struct Country
{
    std::string iso3; // "FRA"
    std::string name;
    double gPerKwh = 0;
    int year = 0; // each country's figure has its own year
};

struct RegionDataset
{
    std::string id; // "mlco2"
    std::string name, source, licence;
    std::vector<std::string> caveats;
    std::vector<GridRegion> regions;
};

class RegionCatalog
{
public:
    // Parses regions_mlco2.json, regions_codecarbon.json and countries.json; throws InputError naming
    // the file for malformed JSON, a missing key, a duplicate id or a negative intensity.
    static RegionCatalog fromJson(std::string_view mlco2Text, std::string_view codecarbonText,
                                  std::string_view countriesText);

    const std::vector<RegionDataset> &datasets() const { return m_datasets; }
    const RegionDataset &dataset(std::string_view id) const; // throws listing the datasets
    // Throws InputError with the closest region ids of that dataset.
    const GridRegion &region(std::string_view id, std::string_view dataset) const;
    // The region, or nullptr when the dataset (which must exist) has no such id.
    const GridRegion *findRegion(std::string_view id, std::string_view dataset) const;
    const std::vector<Country> &countries() const { return m_countries; }
    const std::string &countriesSource() const { return m_countriesSource; }
    // ISO 3166 alpha-3, any case; throws with close matches.
    const Country &country(std::string_view iso3) const;

private:
    std::vector<RegionDataset> m_datasets;
    std::vector<Country> m_countries;
    std::string m_countriesSource;
};

// The grid region an offer runs in, where its location text names one without doubt
// (resources/carbon/offer_regions.json): "Iowa (us-central1)" at gcp is gcp/us-central1.
struct OfferRegions
{
    struct Entry
    {
        std::string provider, location, region;
    };
    std::vector<Entry> entries;
    std::string source;

    static OfferRegions fromJson(std::string_view jsonText);
    // The region id for an offer's provider and location, or "" when it names none.
    std::string regionFor(std::string_view provider, std::string_view location) const;
};

struct PueDefault
{
    std::string provider; // "gcp", "aws", "azure", "on-premise"
    std::string name;
    double pue = 0;
    int year = 0;
    std::string source;     // the citation people read
    std::string provenance; // how it was checked (read on the page, or secondary only): for developers
};

struct PueDefaults
{
    std::vector<PueDefault> entries;
    std::string fallbackProvider; // used for any provider without its own figure

    // Parses resources/hardware/pue.json; throws InputError for malformed JSON, PUE < 1 or a fallback
    // provider that has no entry.
    static PueDefaults fromJson(std::string_view jsonText);
    // The provider's fleet figure, or the fallback's (an on-premise average) for anyone else.
    const PueDefault &forProvider(std::string_view provider) const;
};

} // namespace frontier
