// The hardware, cloud-offer and grid-carbon catalogues: real figures against shared/reference, the
// provenance every entry must carry, and the errors a user sees for a typo or a broken file.
#include "testsupport.h"

#include "model/cost/carbon.h"
#include "model/core/errors.h"
#include "model/hardware/accelerators.h"
#include "model/hardware/offers.h"
#include "ui/data/resourcedata.h"

#include <algorithm>
#include <functional>
#include <set>

using namespace frontier;

class TestCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceleratorPeaks_data();
    void acceleratorPeaks();
    void acceleratorsMatchEpochExtract();
    void acceleratorFields();
    void hf2020Links();
    void precisionNames();
    void missingPrecision_data();
    void missingPrecision();
    void offerPrices_data();
    void offerPrices();
    void offersMatchEpochExtract();
    void offerProvenance();
    void regionIntensity_data();
    void regionIntensity();
    void datasetsDisagree();
    void countriesMatchCodeCarbon();
    void pueDefaults_data();
    void pueDefaults();
    void unknownIds_data();
    void unknownIds();
    void brokenFiles_data();
    void brokenFiles();
};

void TestCatalogs::acceleratorPeaks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<double>("expected");
    // Epoch chip database @263c40a (dense figures), via shared/reference/epoch-hardware/gpu_specs_extract.json.
    QTest::newRow("h100-sxm bf16 dense 989.4 TFLOPS, not the 1979 sparse") << "h100-sxm" << "bf16" << 9.894e14;
    QTest::newRow("h100-sxm tf32 dense 494.7 TFLOPS") << "h100-sxm" << "tf32" << 4.947e14;
    QTest::newRow("h100-sxm fp16 is the tensor figure, not 133.8 non-tensor") << "h100-sxm" << "fp16" << 9.894e14;
    QTest::newRow("h100-sxm fp8 gap fill: half the 3958 sparse") << "h100-sxm" << "fp8" << 1.979e15;
    QTest::newRow("a100-sxm4-80gb bf16 312 TFLOPS") << "a100-sxm4-80gb" << "bf16" << 3.12e14;
    QTest::newRow("v100-sxm2-16gb fp16 tensor 125 TFLOPS") << "v100-sxm2-16gb" << "fp16" << 1.25e14;
    QTest::newRow("t4 fp16 65.13 TFLOPS from Epoch's fp16 column") << "t4" << "fp16" << 6.513e13;
    QTest::newRow("mi300x bf16 1307.4 TFLOPS") << "mi300x" << "bf16" << 1.3074e15;
    QTest::newRow("b200 fp8 4.5 PFLOPS (in Epoch)") << "b200" << "FP8" << 4.5e15;
    QTest::newRow("tpu-v5e bf16 197 TFLOPS") << "tpu-v5e" << "bf16" << 1.97e14;
    QTest::newRow("k80 fp32 8.126 TFLOPS") << "k80" << "fp32" << 8.126e12;
}

void TestCatalogs::acceleratorPeaks()
{
    QFETCH(QString, id);
    QFETCH(QString, precision);
    QFETCH(double, expected);
    const auto &chip = data::accelerators().get(id.toStdString());
    FRONTIER_COMPARE_REL(chip.peak(parsePrecision(precision.toStdString())), expected, 1e-12);
}

void TestCatalogs::acceleratorsMatchEpochExtract()
{
    // Every chip of the extract is in the catalogue, and its bf16 peak is tensor_fp16_bf16_flops (or the
    // labelled gap fill), never the non-tensor fp16_flops column.
    const auto extract = test::referenceJson("epoch-hardware/gpu_specs_extract.json");
    const auto &catalog = data::accelerators();
    QCOMPARE(catalog.all().size(), extract.at("accelerators").size());
    for (const auto &row : extract.at("accelerators")) {
        const auto name = row.at("epoch_hardware_name").get<std::string>();
        const auto it = std::find_if(catalog.all().begin(), catalog.all().end(),
                                     [&](const Accelerator &a) { return a.name == name; });
        QVERIFY2(it != catalog.all().end(), name.c_str());
        auto tensor = row.at("tensor_fp16_bf16_flops");
        if (row.at("gap_fills").contains("tensor_fp16_bf16_flops"))
            tensor = row.at("gap_fills").at("tensor_fp16_bf16_flops").at("value");
        if (tensor.is_null())
            QVERIFY2(!it->hasPeak(Precision::BF16), name.c_str());
        else
            FRONTIER_COMPARE_REL(it->peak(Precision::BF16), tensor.get<double>(), 1e-12);
        if (!row.at("tdp_w").is_null())
            FRONTIER_COMPARE_REL(*it->tdpW, row.at("tdp_w").get<double>(), 1e-12);
    }
}

void TestCatalogs::acceleratorFields()
{
    const auto &catalog = data::accelerators();
    const auto &a100 = catalog.get("a100-sxm4-80gb");
    QCOMPARE(*a100.tdpW, 400.0);          // Epoch row 'NVIDIA A100 SXM4 80 GB'
    QCOMPARE(*a100.memoryBytes, 80e9);
    QCOMPARE(a100.releaseDate, std::string("2020-11-16"));
    const auto &h200 = catalog.get("h200-sxm");
    QCOMPARE(*h200.memoryBytes, 141e9); // a gap fill: it must say where it came from
    QVERIFY(h200.gapFillSources.count("memory_bytes"));
    QVERIFY(!catalog.get("v100-sxm2-16gb").memoryBytes); // Epoch has none and nobody filled it: absent, not 0

    std::set<std::string> ids;
    for (const auto &a : catalog.all()) {
        QVERIFY2(ids.insert(a.id).second, a.id.c_str());
        QVERIFY2(a.source.find("263c40a159307e917213d1dc433c617e47d55bfe") != std::string::npos, a.id.c_str());
        for (const auto &[field, source] : a.gapFillSources)
            QVERIFY2(!source.empty(), (a.id + " " + field).c_str());
        // Ids are what users type: short, lowercase, no spaces.
        QVERIFY2(std::none_of(a.id.begin(), a.id.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == ' '; }),
                 a.id.c_str());
    }
}

void TestCatalogs::hf2020Links()
{
    // The four 2020 GPUs link to the 2020 speed model, and the V100 is the SXM2 16 GB part.
    std::set<std::string> linked;
    for (const auto &a : data::accelerators().all()) {
        if (a.hf2020Id.empty())
            continue;
        data::hf2020SpeedModel().gpu(a.hf2020Id); // throws if the speed model does not know it
        linked.insert(a.hf2020Id);
    }
    QCOMPARE(linked, (std::set<std::string>{"V100", "P100", "P4", "K80"}));
    QCOMPARE(data::accelerators().get("v100-sxm2-16gb").hf2020Id, std::string("V100"));
}

void TestCatalogs::precisionNames()
{
    for (Precision p : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16, Precision::FP8})
        QCOMPARE(parsePrecision(precisionName(p)), p);
    QCOMPARE(parsePrecision("BF16"), Precision::BF16);
    QVERIFY_THROWS_EXCEPTION(InputError, parsePrecision("fp4"));
    QCOMPARE(parsePricing(pricingName(Pricing::ThreeYear)), Pricing::ThreeYear);
    QVERIFY_THROWS_EXCEPTION(InputError, parsePricing("spot"));
}

void TestCatalogs::missingPrecision_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("message");
    QTest::newRow("t4 has no bf16") << "t4" << "bf16" << "has no bf16 peak in the catalogue; it has: fp32, fp16";
    QTest::newRow("t4 has no tf32") << "t4" << "tf32" << "has no tf32";
    QTest::newRow("p100 has no tensor cores") << "p100-pcie-16gb" << "fp16" << "it has: fp32";
    QTest::newRow("tpu-v4: Epoch has no fp32") << "tpu-v4" << "fp32" << "it has: bf16";
    QTest::newRow("h100-nvl has no FLOP/s at all") << "h100-nvl" << "bf16" << "no FLOP/s figure at all";
    QTest::newRow("a100 has no fp8") << "a100-sxm4-80gb" << "fp8" << "NVIDIA A100 SXM4 80 GB (a100-sxm4-80gb) has no fp8";
}

void TestCatalogs::missingPrecision()
{
    QFETCH(QString, id);
    QFETCH(QString, precision);
    QFETCH(QString, message);
    const auto &chip = data::accelerators().get(id.toStdString());
    try {
        chip.peak(parsePrecision(precision.toStdString()));
        QFAIL("a missing peak was accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TestCatalogs::offerPrices_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("pricing");
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("url");
    // Epoch hardware prices @263c40a, via shared/reference/epoch-hardware/cloud_prices_extract.json.
    const QString gcpA3 = QStringLiteral("https://web.archive.org/web/20250317");
    QTest::newRow("gcp a3-highgpu-1g H100 on demand 11.06") << "gcp/h100-sxm/iowa-us-central1-1gpu" << int(Pricing::OnDemand) << 11.06 << "2025-03-17" << gcpA3;
    QTest::newRow("gcp a3-highgpu-1g H100 1y 7.67") << "gcp/h100-sxm/iowa-us-central1-1gpu" << int(Pricing::OneYear) << 7.67 << "2025-03-17" << gcpA3;
    QTest::newRow("gcp a3-highgpu-1g H100 3y 4.86") << "gcp/h100-sxm/iowa-us-central1-1gpu" << int(Pricing::ThreeYear) << 4.86 << "2025-03-17" << gcpA3;
    QTest::newRow("aws p5 H100 98.32/8 = 12.29") << "aws/h100-sxm/east-us-8gpu" << int(Pricing::OnDemand) << 12.29 << "2025-03-17" << "https://web.archive.org/";
    QTest::newRow("gcp tpu v4 3.22 on demand") << "gcp/tpu-v4/us-central2-b" << int(Pricing::OnDemand) << 3.22 << "2025-03-03" << "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing";
}

void TestCatalogs::offerPrices()
{
    QFETCH(QString, id);
    QFETCH(int, pricing);
    QFETCH(double, usd);
    QFETCH(QString, date);
    QFETCH(QString, url);
    const auto &offer = data::offers().get(id.toStdString());
    FRONTIER_COMPARE_REL(offer.price(Pricing(pricing)), usd, 1e-12);
    QCOMPARE(QString::fromStdString(offer.priceDate), date);
    QVERIFY2(QString::fromStdString(offer.source).startsWith(url), offer.source.c_str());
}

void TestCatalogs::offersMatchEpochExtract()
{
    // Only the 9 rows whose hardware model names no single chip (generic "NVIDIA A100"/"NVIDIA V100") drop.
    const auto extract = test::referenceJson("epoch-hardware/cloud_prices_extract.json").at("prices");
    std::size_t mappable = 0;
    for (const auto &row : extract) {
        const auto model = row.at("hardware_model").get<std::string>();
        mappable += model != "NVIDIA A100" && model != "NVIDIA V100";
    }
    QCOMPARE(data::offers().all().size(), mappable);
    QCOMPARE(mappable, std::size_t(171));
    QCOMPARE(data::offers().offersFor("h100-sxm").size(), std::size_t(20));
    QVERIFY(data::offers().offersFor("b200").empty()); // nobody lists it in the snapshot
    // AWS p5 lists no commitment price that day: absent, and asking says so.
    QVERIFY_THROWS_EXCEPTION(InputError, data::offers().get("aws/h100-sxm/east-us-8gpu").price(Pricing::OneYear));
}

void TestCatalogs::offerProvenance()
{
    std::set<std::string> ids;
    for (const auto &o : data::offers().all()) {
        QVERIFY2(ids.insert(o.id).second, o.id.c_str());
        QVERIFY2(QString::fromStdString(o.source).startsWith(QStringLiteral("http")), o.id.c_str());
        QVERIFY2(o.priceDate.size() == 10 && o.priceDate[4] == '-', o.id.c_str());
        data::accelerators().get(o.acceleratorId); // throws for an offer of an unknown chip
        QVERIFY2(o.id.rfind(o.providerId + "/" + o.acceleratorId + "/", 0) == 0, o.id.c_str());
        QCOMPARE(o.hostShareIncluded, o.providerId == "aws" || o.providerId == "gcp" || o.providerId == "azure"
                                          || o.providerId == "oracle");
    }
}

void TestCatalogs::regionIntensity_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("gPerKwh");
    // mlco2/impact data/impact.csv @d0d3ee5 and codecarbon data/cloud/impact.csv @b05965e.
    QTest::newRow("mlco2 us-central1 566.3 (eGRID 2016)") << "mlco2" << "gcp/us-central1" << 566.3;
    QTest::newRow("codecarbon us-central1 430 (Google)") << "codecarbon" << "gcp/us-central1" << 430.0;
    QTest::newRow("mlco2 europe-north1 211") << "mlco2" << "gcp/europe-north1" << 211.0;
    QTest::newRow("codecarbon europe-north1 46") << "codecarbon" << "gcp/europe-north1" << 46.0;
    QTest::newRow("mlco2 aws us-east-1 367.8") << "mlco2" << "aws/us-east-1" << 367.8;
    QTest::newRow("mlco2 azure canadaeast 20 (Hydro-Quebec)") << "mlco2" << "azure/canadaeast" << 20.0;
    QTest::newRow("codecarbon africa-south1 646 (first row, after the BOM)") << "codecarbon" << "gcp/africa-south1" << 646.0;
}

void TestCatalogs::regionIntensity()
{
    QFETCH(QString, dataset);
    QFETCH(QString, id);
    QFETCH(double, gPerKwh);
    const auto &region = data::regions().region(id.toStdString(), dataset.toStdString());
    FRONTIER_COMPARE_REL(region.gPerKwh, gPerKwh, 1e-12);
    QCOMPARE(QString::fromStdString(region.dataset), dataset);
    QVERIFY(!region.source.empty());
}

void TestCatalogs::datasetsDisagree()
{
    const auto &regions = data::regions();
    QCOMPARE(regions.datasets().size(), std::size_t(2));
    QCOMPARE(regions.dataset("mlco2").regions.size(), std::size_t(82));
    QCOMPARE(regions.dataset("codecarbon").regions.size(), std::size_t(40));
    for (const auto &d : regions.datasets()) {
        QVERIFY(d.licence.find("MIT") != std::string::npos);
        QVERIFY(!d.caveats.empty());
    }
    // Over the 21 regions both datasets have, the largest disagreement is northamerica-northeast1
    // (34.5 vs 2 = 17.25x); europe-north1 (211 vs 46 = 4.59x) is next.
    std::vector<std::pair<double, std::string>> ratios;
    for (const auto &cc : regions.dataset("codecarbon").regions) {
        try {
            const auto &ml = regions.region(cc.id, "mlco2");
            ratios.emplace_back(std::max(ml.gPerKwh, cc.gPerKwh) / std::min(ml.gPerKwh, cc.gPerKwh), cc.id);
        } catch (const InputError &) {
            // a newer GCP region that mlco2 does not have
        }
    }
    std::sort(ratios.rbegin(), ratios.rend());
    QCOMPARE(ratios.size(), std::size_t(21));
    QCOMPARE(ratios[0].second, std::string("gcp/northamerica-northeast1"));
    FRONTIER_COMPARE_REL(ratios[0].first, 34.5 / 2.0, 1e-12);
    QCOMPARE(ratios[1].second, std::string("gcp/europe-north1"));
    FRONTIER_COMPARE_REL(ratios[1].first, 211.0 / 46.0, 1e-12);
    const auto &usCentral = regions.region("gcp/us-central1", "mlco2");
    QCOMPARE(*usCentral.pue, 1.11);       // mlco2 fills PUE for some GCP regions only
    QCOMPARE(*usCentral.offsetPercent, 100.0);
    QVERIFY(!regions.region("gcp/us-central1", "codecarbon").pue);
}

void TestCatalogs::countriesMatchCodeCarbon()
{
    const auto mix = test::referenceJson("codecarbon/global_energy_mix.json");
    const auto &regions = data::regions();
    QCOMPARE(regions.countries().size(), mix.size());
    for (const auto &[iso3, row] : mix.items()) {
        const auto &country = regions.country(iso3);
        FRONTIER_COMPARE_REL(country.gPerKwh, row.at("carbon_intensity").get<double>(), 1e-12);
        QCOMPARE(country.year, row.at("year").get<int>());
    }
    QCOMPARE(regions.country("fra").iso3, std::string("FRA")); // any case
}

void TestCatalogs::pueDefaults_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<double>("pue");
    QTest::newRow("gcp 1.10 (Google 2024 Environmental Report, 2023)") << "gcp" << 1.10;
    QTest::newRow("aws 1.15 (AWS sustainability page, 2024)") << "aws" << 1.15;
    QTest::newRow("azure 1.18 (DCD 2024, secondary)") << "azure" << 1.18;
    QTest::newRow("on-premise 1.58 (Uptime Institute 2023)") << "on-premise" << 1.58;
    QTest::newRow("coreweave falls back to on-premise") << "coreweave" << 1.58;
}

void TestCatalogs::pueDefaults()
{
    QFETCH(QString, provider);
    QFETCH(double, pue);
    const auto &entry = data::pueDefaults().forProvider(provider.toStdString());
    FRONTIER_COMPARE_REL(entry.pue, pue, 1e-12);
    QVERIFY(entry.year >= 2023);
    QVERIFY(entry.source.find('[') != std::string::npos); // carries its verification mark
}

void TestCatalogs::unknownIds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("gpu h100 -> h100-sxm first") << "accelerator" << "h100" << "unknown accelerator 'h100'; did you mean: h100-sxm, h100-pcie";
    QTest::newRow("gpu typo a100-sxm4-80g") << "accelerator" << "a100-sxm4-80g" << "did you mean: a100-sxm4-80gb";
    QTest::newRow("offer typo") << "offer" << "gcp/tpu-v4/us-central2" << "did you mean: gcp/tpu-v4/us-central2-b";
    QTest::newRow("mlco2 region typo") << "mlco2" << "gcp/us-centrl1" << "unknown mlco2 region 'gcp/us-centrl1'; did you mean: gcp/us-central1";
    QTest::newRow("codecarbon has no aws") << "codecarbon" << "aws/us-east-1" << "unknown codecarbon region 'aws/us-east-1'";
    QTest::newRow("unknown dataset") << "dataset" << "mlc02" << "did you mean: mlco2";
    QTest::newRow("country typo") << "country" << "FRR" << "unknown country (ISO 3166 alpha-3) 'FRR'; did you mean: ";
}

void TestCatalogs::unknownIds()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const std::string k = key.toStdString();
    const std::map<QString, std::function<void()>> lookups = {
        {QStringLiteral("accelerator"), [&] { data::accelerators().get(k); }},
        {QStringLiteral("offer"), [&] { data::offers().get(k); }},
        {QStringLiteral("mlco2"), [&] { data::regions().region(k, "mlco2"); }},
        {QStringLiteral("codecarbon"), [&] { data::regions().region(k, "codecarbon"); }},
        {QStringLiteral("dataset"), [&] { data::regions().region("gcp/us-central1", k); }},
        {QStringLiteral("country"), [&] { data::regions().country(k); }},
    };
    try {
        lookups.at(kind)();
        QFAIL("an unknown id was accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TestCatalogs::brokenFiles_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString chip = QStringLiteral(R"({"id": "x1", "name": "X", "manufacturer": "Y", "peak_flops_per_s": {%1}, "source": "%2"})");
    QTest::newRow("accelerators: not JSON") << "accelerators" << "{ nope" << "accelerators: malformed JSON";
    QTest::newRow("accelerators: missing key 'accelerators'") << "accelerators" << "{}" << "malformed JSON";
    QTest::newRow("accelerators: missing source") << "accelerators" << R"({"accelerators": [{"id": "x1", "name": "X", "manufacturer": "Y", "peak_flops_per_s": {}}]})" << "source";
    QTest::newRow("accelerators: empty source") << "accelerators" << "{\"accelerators\": [" + chip.arg("", "") + "]}" << "'x1' has no source";
    QTest::newRow("accelerators: duplicate id") << "accelerators" << "{\"accelerators\": [" + chip.arg("", "s") + ", " + chip.arg("", "s") + "]}" << "duplicate id 'x1'";
    QTest::newRow("accelerators: unknown precision fp4") << "accelerators" << "{\"accelerators\": [" + chip.arg("\"fp4\": 1e15", "s") + "]}" << "unknown precision 'fp4'";
    QTest::newRow("accelerators: negative peak") << "accelerators" << "{\"accelerators\": [" + chip.arg("\"bf16\": -1", "s") + "]}" << "x1 bf16 peak";
    QTest::newRow("offers: missing price_date") << "offers" << R"({"offers": [{"id": "a/b/c", "provider": "A", "provider_id": "a", "accelerator": "b", "usd_per_gpu_hour_on_demand": 1, "host_share_included": false, "source": "http://x"}]})" << "price_date";
    QTest::newRow("offers: no price at all") << "offers" << R"({"offers": [{"id": "a/b/c", "provider": "A", "provider_id": "a", "accelerator": "b", "host_share_included": false, "price_date": "2025-01-01", "source": "http://x"}]})" << "'a/b/c' has no price";
    QTest::newRow("regions: missing g_co2_per_kwh") << "regions" << R"({"dataset": "d", "name": "n", "source": "s", "licence": "MIT", "caveats": [], "regions": [{"id": "p/r", "provider": "p", "region": "r", "location": "l", "source": "s"}]})" << "regions_mlco2.json: malformed JSON";
    QTest::newRow("pue: below 1") << "pue" << R"({"default_provider": "x", "providers": [{"provider": "x", "name": "X", "pue": 0.9, "year": 2024, "source": "s"}]})" << "below 1";
    QTest::newRow("pue: fallback without entry") << "pue" << R"({"default_provider": "on-premise", "providers": []})" << "default provider 'on-premise' has no entry";
}

void TestCatalogs::brokenFiles()
{
    QFETCH(QString, parser);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const std::string t = text.toStdString();
    const std::string good = "{\"dataset\": \"d\", \"name\": \"n\", \"source\": \"s\", \"licence\": \"MIT\", \"caveats\": [], \"regions\": []}";
    const std::map<QString, std::function<void()>> parsers = {
        {QStringLiteral("accelerators"), [&] { AcceleratorCatalog::fromJson(t); }},
        {QStringLiteral("offers"), [&] { OfferCatalog::fromJson(t); }},
        {QStringLiteral("regions"), [&] { RegionCatalog::fromJson(t, good, "{\"source\": \"s\", \"countries\": []}"); }},
        {QStringLiteral("pue"), [&] { PueDefaults::fromJson(t); }},
    };
    try {
        parsers.at(parser)();
        QFAIL("a broken file was accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
