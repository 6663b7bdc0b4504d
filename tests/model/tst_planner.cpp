// Plans from user choices: defaults and their sources, the 2020 study's own pipeline, round trips in
// every budget unit through the catalogues, the ML CO2 Impact oracle, comparisons and bad input.
#include "testsupport.h"

#include <algorithm>

#include "model/core/errors.h"
#include "model/core/units.h"
#include "data/resourcedata.h"

#include <cmath>

using namespace frontier;

namespace {

Plan planFor(const Law &law, PlanRequest request, const PlanChoices &choices, ResolvedSetup *setupOut = nullptr)
{
    const ResolvedSetup setup = resolveSetup(choices, data::catalogs(), law);
    if (setupOut)
        *setupOut = setup;
    return makePlan(law, request, setup, data::catalogs());
}

PlanRequest budget(double amount, BudgetUnit unit)
{
    PlanRequest r;
    r.budgetAmount = amount;
    r.budgetUnit = unit;
    return r;
}

const Law &chinchilla() { return data::lawCatalog().law("hoffmann2022"); }
const Law &study() { return data::lawCatalog().law("hf2020"); }

QString messageOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const InputError &e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("(no error)");
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peakPathDefaults();
    void study2020Defaults();
    void roundTripEveryUnit_data();
    void roundTripEveryUnit();
    void mlco2OracleThroughPlan();
    void chosenOfferRegionAndCountry();
    void offerLocationGivesTheGrid();
    void regionOfAnotherProvider();
    void unknownGridDatasetWithoutRegion();
    void fixedJob();
    void memoryVerdicts();
    void smallestSetupThatFits();
    void comparison();
    void equivalents();
    void badChoices_data();
    void badChoices();
    void missingCatalogueFile();
};

void TestPlanner::peakPathDefaults()
{
    PlanChoices c;
    c.gpu = "h100-sxm";
    ResolvedSetup s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(s.throughputModel, std::string("peak-mfu"));
    QVERIFY(s.cost.throughput.peakTimesMfu());
    QCOMPARE(s.cost.throughput.peakTimesMfu()->peakFlopsPerGpu, 9.894e14); // dense BF16, Epoch chip dataset (gpu_specs_extract.json)
    QCOMPARE(s.cost.throughput.peakTimesMfu()->mfu, data::planDefaults().mfu);
    QCOMPARE(s.cost.gpuWatts, 700.0);           // H100 SXM TDP, same file
    QVERIFY(s.cost.usdPerGpuHour.has_value());  // the cheapest H100 offer, with its date
    QVERIFY(!s.offerId.empty() && !s.priceDate.empty());
    QVERIFY(data::offers().offersFor("h100-sxm").size() >= 2); // else the cheapest-offer check below is empty
    for (const auto &offer : data::offers().offersFor("h100-sxm"))
        if (offer.onDemandUsdPerGpuHour)
            QVERIFY(*s.cost.usdPerGpuHour <= *offer.onDemandUsdPerGpuHour);
    QCOMPARE(s.cost.gridGramsPerKwh.value(), 475.0); // CodeCarbon world average when nothing is chosen
    for (const char *key : {"peak_flops", "mfu", "price", "gpu_watts", "power_fraction", "pue", "grid"})
        QVERIFY2(s.sources.count(key) && !s.sources.at(key).empty(), key);
    // A chip without BF16 falls back to the next training precision: the T4's FP16 tensor peak.
    c.gpu = "t4";
    s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(precisionName(*s.precision), std::string("fp16"));
    // Nor has the V100 (Volta tensor cores are FP16-only; Epoch row 'NVIDIA Tesla V100 SXM2 16 GB'):
    // a V100 plan on the peak-and-MFU model runs at its 125 TFLOP/s FP16 peak, named fp16, not bf16.
    c.gpu = "v100-sxm2-16gb";
    s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(precisionName(*s.precision), std::string("fp16"));
    QCOMPARE(s.cost.throughput.peakTimesMfu()->peakFlopsPerGpu, 1.25e14);
}

void TestPlanner::study2020Defaults()
{
    // The 2020 GPUs reproduce the Hugging Face calculator: its speed model, GCP price, measured power
    // and 0.534 kg/kWh (resources/hardware/hf2020_speed.json, from the calculator's conversions.py).
    PlanChoices c;
    c.gpu = "v100-sxm2-16gb";
    const ResolvedSetup s = resolveSetup(c, data::catalogs(), study());
    QCOMPARE(s.throughputModel, std::string("hf2020-speed"));
    QCOMPARE(*s.cost.usdPerGpuHour, 2.005);
    FRONTIER_COMPARE_REL(s.cost.gpuWatts, 119.3495934959, 1e-12);
    QCOMPARE(*s.cost.gridGramsPerKwh, 534.0);
    QCOMPARE(s.cost.pue, 1.0);
    // Asking for peak x MFU leaves the 2020 model.
    c.mfu = 0.3;
    QCOMPARE(resolveSetup(c, data::catalogs(), study()).throughputModel, std::string("peak-mfu"));
    // Under another law the V100 is a chip like the others (its 1.25e14 FP16 tensor peak x MFU)...
    c.mfu.reset();
    const ResolvedSetup other = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(other.throughputModel, std::string("peak-mfu"));
    QVERIFY(other.cost.throughput.peakTimesMfu());
    QCOMPARE(other.cost.throughput.peakTimesMfu()->peakFlopsPerGpu, 1.25e14);
    // ...and an AMP level, which asks for the study's speed model, needs a law of the study's form
    // (the speed model times the Transformer-XL that law calls optimal).
    c.amp = Amp::O2;
    QCOMPARE(resolveSetup(c, data::catalogs(), study()).throughputModel, std::string("hf2020-speed"));
    QCOMPARE(resolveSetup(c, data::catalogs(), data::lawCatalog().law("hf2020-exact-hull")).throughputModel,
             std::string("hf2020-speed"));
    QVERIFY_THROWS_EXCEPTION(InputError, resolveSetup(c, data::catalogs(), chinchilla()));
}

void TestPlanner::roundTripEveryUnit_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("amount");
    const std::pair<const char *, double> budgets[] = {{"usd", 20000}, {"gpu-hours", 2000}, {"hours", 336},
                                                       {"days", 14},   {"flops", 1e21},     {"pfdays", 50},
                                                       {"kwh", 5000},  {"kgco2", 1500}};
    for (const char *gpu : {"h100-sxm", "a100-sxm4-80gb", "v100-sxm2-16gb", "k80"})
        for (const auto &[unit, amount] : budgets)
            QTest::newRow(qPrintable(QStringLiteral("%1, %2 %3").arg(QLatin1String(gpu)).arg(amount).arg(QLatin1String(unit))))
                << QString::fromLatin1(gpu) << QString::fromLatin1(unit) << amount;
}

void TestPlanner::roundTripEveryUnit()
{
    // Issue 4: a plan made from X in unit U reports exactly X in U (relative error below 1e-9).
    QFETCH(QString, gpu);
    QFETCH(QString, unit);
    QFETCH(double, amount);
    PlanChoices c;
    c.gpu = gpu.toStdString();
    c.gpus = 64;
    const BudgetUnit u = parseBudgetUnit(unit.toStdString());
    const Law &law = data::lawCatalog().law(gpu == QLatin1String("k80") ? "hf2020" : "hoffmann2022");
    const Plan plan = planFor(law, budget(amount, u), c);
    FRONTIER_COMPARE_REL(budgetInUnit(plan.cost, u), amount, 1e-9);
    FRONTIER_COMPARE_REL(plan.cost.flops, plan.allocation.flops, 1e-12);
}

void TestPlanner::mlco2OracleThroughPlan()
{
    // MC-A100-GCP-USCENTRAL1 (oracle-public.json): A100 SXM4 80GB at 400 W for 100 h, gcp/us-central1
    // at 566.3 g/kWh in the mlco2 dataset, no PUE: 40 kWh and 22.652 kg CO2.
    PlanChoices c;
    c.gpu = "a100-sxm4-80gb";
    c.gpuWatts = 400;
    c.powerFraction = 1;
    c.pue = 1;
    c.region = "gcp/us-central1";
    c.gridDataset = "mlco2";
    const Plan plan = planFor(data::lawCatalog().law("hoffmann2022"), budget(100, BudgetUnit::GpuHours), c);
    FRONTIER_COMPARE_REL(plan.cost.energyKwh, 40.0, 1e-6);
    FRONTIER_COMPARE_REL(*plan.cost.co2Kg, 22.652, 1e-6);
    // The same region in CodeCarbon's dataset (430 g/kWh, Google's 2022+ figure) gives another answer.
    c.gridDataset = "codecarbon";
    const Plan other = planFor(data::lawCatalog().law("hoffmann2022"), budget(100, BudgetUnit::GpuHours), c);
    FRONTIER_COMPARE_REL(*other.cost.co2Kg, 40.0 * 430 / 1000, 1e-6);
}

void TestPlanner::chosenOfferRegionAndCountry()
{
    const CloudOffer offer = data::offers().offersFor("h100-sxm").front();
    PlanChoices c;
    c.gpu = "h100-sxm";
    c.offer = offer.id;
    ResolvedSetup s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(s.offerId, offer.id);
    QCOMPARE(s.priceDate, offer.priceDate);
    QCOMPARE(s.cost.pue, data::pueDefaults().forProvider(offer.providerId).pue);
    c.offer.clear();
    c.country = "FRA";
    s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(*s.cost.gridGramsPerKwh, data::regions().country("FRA").gPerKwh);
    c.gridGramsPerKwh = 0; // a typed zero-carbon grid is honoured, not mistaken for "unset"
    QCOMPARE(*resolveSetup(c, data::catalogs(), chinchilla()).cost.gridGramsPerKwh, 0.0);
}

void TestPlanner::offerLocationGivesTheGrid()
{
    // The GCP A100 40 GB offer sells from "Iowa (us-central1)": with no region given, the grid is
    // us-central1's (566.3 g/kWh in mlco2 impact.csv, from eGRID) and the PUE that region's own 1.11,
    // whose source is Google's efficiency page, not the grid dataset.
    PlanChoices c;
    c.gpu = "a100-sxm4-40gb";
    c.offer = "gcp/a100-sxm4-40gb/iowa-us-central1";
    const ResolvedSetup s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(s.gridRegion, std::string("gcp/us-central1 (mlco2)"));
    QCOMPARE(*s.cost.gridGramsPerKwh, 566.3);
    QCOMPARE(s.cost.pue, 1.11);
    QVERIFY2(s.sources.at("pue").find("google.com/about/datacenters/efficiency") != std::string::npos,
             s.sources.at("pue").c_str());
    QVERIFY2(s.sources.at("pue").find("eGRID") == std::string::npos, s.sources.at("pue").c_str());
    QVERIFY(s.warnings.empty());
    // A location that names no single region (marketplaces list none) leaves the world average.
    c.gpu = "h100-sxm";
    c.offer.clear();
    PlanChoices typed = c;
    typed.usdPerGpuHour = 2.0;
    QCOMPARE(resolveSetup(typed, data::catalogs(), chinchilla()).gridRegion, std::string("world average"));
}

void TestPlanner::regionOfAnotherProvider()
{
    // An AWS offer (US East, N. Virginia) planned on a GCP grid: allowed, but said; the PUE is the
    // offer's provider's (AWS 2024 fleet PUE 1.15, aws.amazon.com/sustainability/data-centers), not
    // us-central1's 1.11.
    PlanChoices c;
    c.gpu = "a100-sxm4-40gb";
    c.offer = "aws/a100-sxm4-40gb/us-east-northern-virginia-8gpu";
    c.region = "gcp/us-central1";
    ResolvedSetup s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(s.cost.pue, 1.15);
    QCOMPARE(*s.cost.gridGramsPerKwh, 566.3);
    QCOMPARE(s.warnings.size(), std::size_t(1));
    QCOMPARE(s.warnings.front().code, std::string("plan.region_provider_mismatch"));
    QCOMPARE(s.warnings.front().arg("offer_provider"), std::string("Amazon Web Services"));
    // Without the region, the offer's own location gives aws/us-east-1 (367.8 g/kWh, eGRID in mlco2).
    c.region.clear();
    s = resolveSetup(c, data::catalogs(), chinchilla());
    QCOMPARE(s.gridRegion, std::string("aws/us-east-1 (mlco2)"));
    QCOMPARE(*s.cost.gridGramsPerKwh, 367.8);
    QVERIFY(s.warnings.empty());
    // The warning reaches the plan, first.
    const Plan plan = planFor(chinchilla(), budget(100, BudgetUnit::GpuHours),
                              [&] { PlanChoices m = c; m.region = "gcp/us-central1"; return m; }());
    QVERIFY(!plan.warnings.empty());
    QCOMPARE(plan.warnings.front().code, std::string("plan.region_provider_mismatch"));
}

void TestPlanner::unknownGridDatasetWithoutRegion()
{
    PlanChoices c;
    c.gpu = "h100-sxm";
    c.gridDataset = "mlc02";
    try {
        resolveSetup(c, data::catalogs(), chinchilla());
        QFAIL("an unknown grid dataset was accepted without a region");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("id.unknown_near"));
        QCOMPARE(e.message().arg("key"), std::string("mlc02"));
    }
}

void TestPlanner::smallestSetupThatFits()
{
    // 70B parameters on H100s (Chinchilla's size, Hoffmann et al. 2022): 16 bytes/param of mixed-
    // precision Adam state (Rajbhandari et al. 2020) is 1.12 TB. Unsharded (ZeRO-0), or with only the
    // 12 optimizer bytes sharded (ZeRO-1: 4 bytes/param = 280 GB left), or also the gradients (ZeRO-2:
    // 2 bytes/param = 140 GB) no count of 80 GB GPUs holds it; ZeRO-3 shards everything.
    PlanRequest job;
    job.params = 70e9;
    job.tokens = 1.4e12;
    PlanChoices c;
    c.gpu = "h100-sxm";
    c.gpus = 1;
    const Plan plan = planFor(data::lawCatalog().law("hoffmann2022"), job, c);
    QVERIFY(!plan.memory->fits);
    QVERIFY(!plan.minGpusByZeroStage[0]);
    QVERIFY(!plan.minGpusByZeroStage[1]);
    QVERIFY(!plan.minGpusByZeroStage[2]);
    QVERIFY(plan.minGpusByZeroStage[3]);
    QVERIFY(plan.smallestFit);
    QCOMPARE(plan.smallestFit->zeroStage, 3);
    const int n = *plan.minGpusByZeroStage[3];
    QCOMPARE(plan.smallestFit->gpus, n);
    // The count is the least that works: n GPUs fit with ZeRO-3, n - 1 do not.
    c.zeroStage = 3;
    c.gpus = n;
    QVERIFY(planFor(data::lawCatalog().law("hoffmann2022"), job, c).memory->fits);
    c.gpus = n - 1;
    QVERIFY(!planFor(data::lawCatalog().law("hoffmann2022"), job, c).memory->fits);
    // The warning names that setup (after those of Chinchilla's own 70B x 1.4T lying beyond the runs
    // Hoffmann et al. fitted on).
    const auto fit = std::find_if(plan.warnings.begin(), plan.warnings.end(),
                                  [](const Message &w) { return w.code == "plan.does_not_fit"; });
    QVERIFY(fit != plan.warnings.end());
    QCOMPARE(fit->arg("min_gpus"), std::to_string(n));
    QCOMPARE(fit->arg("min_stage"), std::string("3"));
}

void TestPlanner::fixedJob()
{
    // 7B parameters x 140B tokens on 64 A100 SXM4 80GB at MFU 0.5: 6ND / (3.12e14 x 0.5) / 3600 GPU-hours.
    PlanRequest job;
    job.params = 7e9;
    job.tokens = 140e9;
    PlanChoices c;
    c.gpu = "a100-sxm4-80gb";
    c.gpus = 64;
    c.mfu = 0.5;
    const Plan plan = planFor(data::lawCatalog().law("epoch2024"), job, c);
    FRONTIER_COMPARE_REL(plan.cost.gpuHours, 6 * 7e9 * 140e9 / (3.12e14 * 0.5) / 3600, 1e-12);
    FRONTIER_COMPARE_REL(*plan.allocation.loss, data::lawCatalog().law("epoch2024").loss({.params = 7e9, .tokens = 140e9, .steps = {}, .flops = {}, .uniqueTokens = {}}), 1e-15);
}

void TestPlanner::memoryVerdicts()
{
    // 70B with ZeRO-1 cannot fit on 80 GB GPUs (4 bytes/param unsharded = 280 GB alone): said, not ignored.
    PlanRequest job;
    job.params = 70e9;
    job.tokens = 1.4e12;
    PlanChoices c;
    c.gpu = "a100-sxm4-80gb";
    c.gpus = 64;
    c.zeroStage = 1;
    Plan plan = planFor(data::lawCatalog().law("hoffmann2022"), job, c);
    QVERIFY(!plan.memory->fits);
    QVERIFY(!plan.memory->minGpus);
    QVERIFY(std::any_of(plan.warnings.begin(), plan.warnings.end(),
                        [](const Message &w) { return w.code == "plan.does_not_fit"; }));
    // 70B on 1.4T tokens is past Hoffmann et al.'s largest runs (16B, 500B tokens): said first.
    QCOMPARE(plan.warnings.front().code, std::string("plan.above_law_data"));
    // ZeRO-3 over 64 GPUs holds it: 16 x 70e9 / 64 = 17.5 GB of state per GPU.
    c.zeroStage = 3;
    plan = planFor(data::lawCatalog().law("hoffmann2022"), job, c);
    QVERIFY(plan.memory->fits);
    FRONTIER_COMPARE_REL(plan.memory->stateBytesPerGpu, 16 * 70e9 / 64, 1e-12);
}

void TestPlanner::comparison()
{
    PlanRequest job;
    job.params = 7e9;
    job.tokens = 140e9;
    PlanChoices c;
    c.gpus = 8;
    const Comparison comparison = compareOffers(data::lawCatalog().law("hoffmann2022"), job, c, data::catalogs());
    std::size_t withoutOffer = 0;
    for (const auto &gpu : data::accelerators().all())
        withoutOffer += data::offers().offersFor(gpu.id).empty();
    QCOMPARE(comparison.rows.size() + comparison.skipped.size(), data::offers().all().size() + withoutOffer);
    QVERIFY(comparison.rows.size() > 150);
    for (const auto &row : comparison.rows) {
        QCOMPARE(row.plan.allocation.flops, 6 * 7e9 * 140e9); // the same job on every row
        if (row.plan.cost.costUsd)
            FRONTIER_COMPARE_REL(*row.plan.cost.costUsd, row.plan.cost.gpuHours * *row.setup.cost.usdPerGpuHour, 1e-12);
    }
    // A row is left out only for a figure the catalogue truly lacks for that row's chip.
    for (const auto &skipped : comparison.skipped) {
        const std::string id = skipped.substr(0, skipped.find(':'));
        const bool isOffer = id.find('/') != std::string::npos;
        const Accelerator &gpu = data::accelerators().get(isOffer ? data::offers().get(id).acceleratorId : id);
        if (skipped.find("no TDP is known for " + gpu.id) != std::string::npos)
            QVERIFY2(!gpu.tdpW, skipped.c_str());
        else if (skipped.find("no peak FLOP/s is known for " + gpu.id) != std::string::npos)
            QVERIFY2(gpu.peakFlopsPerSecond.empty(), skipped.c_str());
        else
            QFAIL(("skipped for another reason: " + skipped).c_str());
    }
}

void TestPlanner::equivalents()
{
    // Oracle MC-A100-GCP-USCENTRAL1 'mlco2_site_display': 22.8 kg -> 92.19357587939699 km (EPA 0.398 kg/mile).
    FRONTIER_COMPARE_REL(carKilometres(22.8, data::planDefaults()), 92.19357587939699, 1e-9);
    // EPA: a seedling grown 10 years takes up 60 kg: 60 kg is 10 seedling-years.
    FRONTIER_COMPARE_REL(treeSeedlingYears(60, data::planDefaults()), 10.0, 1e-12);
    // DESNZ 2024 long-haul economy 0.150 kg/passenger-km over 5,555 km: 833.25 kg per one-way flight.
    FRONTIER_COMPARE_REL(flightsLondonNewYork(833.25, data::planDefaults()), 1.0, 1e-12);
    // The plan carries them for its own CO2 (what the window and the command line print).
    PlanChoices c;
    c.gpu = "h100-sxm";
    const Plan plan = planFor(chinchilla(), budget(1000, BudgetUnit::KgCo2), c);
    QVERIFY(plan.co2Equivalents);
    FRONTIER_COMPARE_REL(*plan.cost.co2Kg, 1000.0, 1e-9);
    FRONTIER_COMPARE_REL(plan.co2Equivalents->carKm, 1000 / 0.398 * 1.609344, 1e-9);
    FRONTIER_COMPARE_REL(plan.co2Equivalents->treeSeedlingYears, 1000 / 60.0 * 10, 1e-9);
    FRONTIER_COMPARE_REL(plan.co2Equivalents->flightsLondonNewYork, 1000 / 833.25, 1e-9);
}

void TestPlanner::badChoices_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown GPU") << 0 << "unknown accelerator 'h100'";
    QTest::newRow("offer for another GPU") << 1 << "is for";
    QTest::newRow("--amp on a current GPU") << 2 << "--amp applies to the 2020 GPUs";
    QTest::newRow("precision the chip lacks") << 3 << "t4";
    QTest::newRow("zero GPUs") << 4 << "the number of GPUs must be at least 1";
    QTest::newRow("MFU above 1") << 5 << "MFU must be in (0, 1]";
    QTest::newRow("negative price") << 6 << "price per GPU-hour must not be negative";
    QTest::newRow("unknown region") << 7 << "gcp/us-centrall";
    QTest::newRow("unknown offer") << 8 << "unknown cloud offer 'nobody/h100-sxm/nowhere'; did you mean: ";
    QTest::newRow("no GPU") << 9 << "no GPU chosen";
    QTest::newRow("dollars without any price") << 10 << "a budget in dollars needs a price per GPU-hour";
}

void TestPlanner::badChoices()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    PlanChoices c;
    c.gpu = "h100-sxm";
    const QString got = messageOf([&] {
        switch (which) {
        case 0: c.gpu = "h100"; break;
        case 1: c.offer = data::offers().offersFor("a100-sxm4-80gb").front().id; break;
        case 2: c.amp = Amp::O1; break;
        case 3: c.gpu = "t4"; c.precision = Precision::BF16; break;
        case 4: c.gpus = 0; break;
        case 5: c.mfu = 1.5; break;
        case 6: c.usdPerGpuHour = -2; break;
        case 7: c.region = "gcp/us-centrall"; break;
        case 8: c.offer = "nobody/h100-sxm/nowhere"; break;
        case 9: c.gpu.clear(); break;
        case 10: {
            // A GPU nobody offers, without a typed price: dollars cannot be converted.
            for (const auto &gpu : data::accelerators().all())
                if (data::offers().offersFor(gpu.id).empty() && gpu.hf2020Id.empty() && gpu.tdpW && !gpu.peakFlopsPerSecond.empty()) {
                    c.gpu = gpu.id;
                    break;
                }
            planFor(data::lawCatalog().law("hoffmann2022"), budget(1000, BudgetUnit::Usd), c);
            return;
        }
        }
        resolveSetup(c, data::catalogs(), chinchilla());
    });
    QVERIFY2(got.contains(message), qPrintable(got));
}

void TestPlanner::missingCatalogueFile()
{
    QVERIFY(messageOf([] { data::readResource(QStringLiteral(":/hardware/no_such_catalogue.json")); })
                .startsWith(QStringLiteral("missing resource file :/hardware/no_such_catalogue.json")));
    QVERIFY(messageOf([] { PlanDefaults::fromJson("{\"mfu\": 0.4"); }).contains(QStringLiteral("plan_defaults.json: malformed JSON")));
    QVERIFY(messageOf([] { PlanDefaults::fromJson("{\"mfu\": {\"value\": 0.4}}"); }).contains(QStringLiteral("plan defaults")));
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
