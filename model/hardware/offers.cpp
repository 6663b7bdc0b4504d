#include "model/hardware/offers.h"

#include "model/core/errors.h"
#include "model/core/enumnames.h"
#include "model/core/jsonfile.h"
#include "model/core/lookup.h"
#include "model/hardware/accelerators.h"


namespace frontier {

namespace {

constexpr EnumNames<Pricing, 3> kPricingNames{
    {{{Pricing::OnDemand, "on-demand"}, {Pricing::OneYear, "1y"}, {Pricing::ThreeYear, "3y"}}}};

std::optional<double> optionalPrice(const nlohmann::json &entry, const char *key, const std::string &id)
{
    if (!entry.contains(key) || entry.at(key).is_null())
        return std::nullopt;
    return requirePositive(entry.at(key).get<double>(), id + " " + key);
}

} // namespace

Pricing parsePricing(std::string_view text)
{
    return kPricingNames.parse(text, "pricing");
}

std::string pricingName(Pricing pricing)
{
    return kPricingNames.name(pricing);
}

double CloudOffer::price(Pricing pricing) const
{
    const auto &value = pricing == Pricing::OnDemand  ? onDemandUsdPerGpuHour
                        : pricing == Pricing::OneYear ? oneYearUsdPerGpuHour
                                                      : threeYearUsdPerGpuHour;
    if (!value)
        throw InputError(message("offer.no_price_for_pricing", "offer {id} lists no {pricing} price (as of {date})",
                                 {{"id", id}, {"pricing", pricingName(pricing)}, {"date", priceDate}}));
    return *value;
}

OfferCatalog::OfferCatalog(std::vector<CloudOffer> offers) : m_offers(std::move(offers)), m_index(indexById(m_offers))
{
    if (const std::string *id = repeatedId(m_offers, m_index))
        throw InputError(message("offers.duplicate_id", "cloud offers: duplicate id '{id}'", {{"id", *id}}));
}

OfferCatalog OfferCatalog::fromJson(std::string_view jsonText)
{
    constexpr std::string_view file = "cloud_offers.json";
    return readJsonDocument(jsonText, file, [&](const nlohmann::json &document) {
        OfferCatalog catalog;
        for (const auto &entry : document.at("offers")) {
            CloudOffer o;
            o.id = entry.at("id").get<std::string>();
            o.provider = entry.at("provider").get<std::string>();
            o.providerId = entry.value("provider_id", std::string());
            o.acceleratorId = entry.at("accelerator").get<std::string>();
            o.instance = entry.value("instance", std::string());
            o.location = entry.value("location", std::string());
            o.notes = entry.value("notes", std::string());
            if (entry.contains("gpus_per_instance"))
                o.gpusPerInstance = entry.at("gpus_per_instance").get<int>();
            o.onDemandUsdPerGpuHour = optionalPrice(entry, "usd_per_gpu_hour_on_demand", o.id);
            o.oneYearUsdPerGpuHour = optionalPrice(entry, "usd_per_gpu_hour_1y", o.id);
            o.threeYearUsdPerGpuHour = optionalPrice(entry, "usd_per_gpu_hour_3y", o.id);
            if (!o.onDemandUsdPerGpuHour && !o.oneYearUsdPerGpuHour && !o.threeYearUsdPerGpuHour)
                throw InputError(message("offers.no_price", "cloud offers: '{id}' has no price", {{"id", o.id}}));
            o.hostShareIncluded = entry.value("host_share_included", false);
            o.priceDate = entry.at("price_date").get<std::string>();
            o.source = entry.at("source").get<std::string>();
            o.provenance = entry.value("provenance", o.source);
            if (o.priceDate.empty() || o.source.empty())
                throw InputError(message("offers.no_date_or_source", "cloud offers: '{id}' has no price date or no source",
                                         {{"id", o.id}}));
            catalog.m_offers.push_back(std::move(o));
        }
        catalog.m_index = indexById(catalog.m_offers);
        if (const std::string *id = repeatedId(catalog.m_offers, catalog.m_index))
            throw fileError(file, "catalog.duplicate_id", "duplicate id '{id}'", {{"id", *id}});
        return catalog;
    });
}

const CloudOffer &OfferCatalog::get(std::string_view id) const
{
    return findById(m_offers, m_index, id, "cloud offer");
}

std::vector<CloudOffer> OfferCatalog::offersFor(std::string_view acceleratorId) const
{
    std::vector<CloudOffer> found;
    for (const auto &o : m_offers)
        if (o.acceleratorId == acceleratorId)
            found.push_back(o);
    return found;
}

void OfferCatalog::checkAccelerators(const AcceleratorCatalog &accelerators) const
{
    for (const auto &o : m_offers) {
        try {
            accelerators.get(o.acceleratorId);
        } catch (const InputError &e) {
            throw InputError(message("offers.unknown_accelerator", "cloud offer {id}: {reason}",
                                     {{"id", o.id}, {"reason", e.what()}}));
        }
    }
}

} // namespace frontier
