// A user's catalogue file of 100,000 offers (a price list exported from a reseller, say): merged over
// the built-in catalogues, then every offer looked up by id, as `frontier compare` does for each row.
// Target: each under a second (a search per row made 10,000 offers take 44 s in `frontier compare`).
#include "model/hardware/usercatalog.h"
#include "data/resourcedata.h"

#include <benchmark/benchmark.h>

using namespace frontier;

namespace {

constexpr int kUserOffers = 100000;

// The built-in offers again, repriced (each overrides its row in place), then new ones to make up
// kUserOffers: the two branches of the merge.
UserCatalog userOffers()
{
    std::vector<CloudOffer> offers = data::offers().all();
    for (CloudOffer &o : offers)
        o.onDemandUsdPerGpuHour = 1.0;
    for (int i = int(offers.size()); i < kUserOffers; ++i) {
        CloudOffer o;
        o.id = "reseller/h100-sxm/" + std::to_string(i);
        o.provider = "Reseller";
        o.providerId = "reseller";
        o.acceleratorId = "h100-sxm";
        o.onDemandUsdPerGpuHour = 1.0 + i * 1e-6;
        o.priceDate = "2026-12-01";
        o.source = "price list";
        offers.push_back(std::move(o));
    }
    for (CloudOffer &o : offers)
        o.userFile = "reseller.csv";
    return UserCatalog{"reseller.csv", {}, OfferCatalog(std::move(offers)), {}};
}

void BM_MergeUserOffers(benchmark::State &state)
{
    const UserCatalog user = userOffers();
    std::size_t rows = 0;
    for (auto _ : state) {
        const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), data::offers(), {user});
        rows = merged.offers.all().size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["offers"] = static_cast<double>(rows);
}

void BM_LookUpEveryUserOffer(benchmark::State &state)
{
    const UserCatalog user = userOffers();
    const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), data::offers(), {user});
    for (auto _ : state)
        for (const CloudOffer &o : merged.offers.all())
            benchmark::DoNotOptimize(&merged.offers.get(o.id));
    state.counters["offers"] = static_cast<double>(merged.offers.all().size());
}

} // namespace

BENCHMARK(BM_MergeUserOffers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LookUpEveryUserOffer)->Unit(benchmark::kMillisecond);
