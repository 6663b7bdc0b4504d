#pragma once
// Cloud GPU offers: dated USD-per-GPU-hour prices per provider, instance and location, read from
// resources/hardware/cloud_offers.json (Epoch AI's hardware price snapshot). A price is only as good as
// its date, so every offer keeps price_date and the page it came from (archived where a snapshot exists).

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frontier {

class AcceleratorCatalog;

enum class Pricing { OnDemand, OneYear, ThreeYear };

// "on-demand", "1y", "3y"; throws InputError naming the valid ones.
Pricing parsePricing(std::string_view text);
std::string pricingName(Pricing pricing);

struct CloudOffer
{
    std::string id;            // "aws/h100-sxm/east-us-8gpu"
    std::string provider;      // "Amazon Web Services"
    std::string providerId;    // "aws": the key of pue.json and the region datasets
    std::string acceleratorId; // an id of AcceleratorCatalog
    std::string instance;      // vendor's description, may be empty
    std::string location;      // may be empty (most marketplaces list none)
    std::string notes;
    std::optional<int> gpusPerInstance;
    std::optional<double> onDemandUsdPerGpuHour, oneYearUsdPerGpuHour, threeYearUsdPerGpuHour;
    bool hostShareIncluded = false; // hyperscalers: instance price / GPUs, so CPU/RAM are in the price
    std::string priceDate;          // ISO date
    std::string source;             // the page the price was read on (an archived snapshot where one exists)
    std::string provenance; // how the source was read (the upstream row, a relabelling): for developers, shown nowhere
    std::string userFile;           // the user's catalogue file this row came from; empty when built in

    // Throws InputError naming the offer when it lists no price under that pricing.
    double price(Pricing pricing) const;
};

class OfferCatalog
{
public:
    OfferCatalog() = default;
    // Offers already validated one by one (a user's catalogue file); throws InputError for a duplicate id.
    explicit OfferCatalog(std::vector<CloudOffer> offers);
    // Parses cloud_offers.json; throws InputError for malformed JSON, a missing key, a duplicate id,
    // an offer without any price, without a date or without a source.
    static OfferCatalog fromJson(std::string_view jsonText);

    const std::vector<CloudOffer> &all() const { return m_offers; }
    // Throws InputError with the closest offer ids.
    const CloudOffer &get(std::string_view id) const;
    // Every offer for one accelerator, in file order; empty when nobody lists it.
    std::vector<CloudOffer> offersFor(std::string_view acceleratorId) const;
    // Throws InputError naming the first offer whose accelerator the catalogue does not know.
    void checkAccelerators(const AcceleratorCatalog &accelerators) const;

private:
    std::vector<CloudOffer> m_offers;
    std::unordered_map<std::string, std::size_t> m_index; // position by id, for get()
};

} // namespace frontier
