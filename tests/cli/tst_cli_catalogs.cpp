// `frontier gpus`, `offers` and `regions`.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

class TestCliCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueListings();
};

void TestCliCatalogs::catalogueListings()
{
    const Run gpus = runFrontier({"gpus", "--json"});
    QCOMPARE(gpus.exitCode, 0);
    bool sawH100 = false;
    for (const auto &gpu : jsonOf(gpus)) {
        QVERIFY(!gpu["source"].get<std::string>().empty());
        if (gpu["id"] == "h100-sxm") {
            sawH100 = true;
            QCOMPARE(gpu["peak_flops_per_s"]["bf16"].get<double>(), 9.894e14); // Epoch chip dataset, dense
        }
    }
    QVERIFY(sawH100);
    const Run offers = runFrontier({"offers", "--gpu", "h100-sxm", "--json"});
    QCOMPARE(offers.exitCode, 0);
    QVERIFY(jsonOf(offers).size() >= 3); // several clouds sell H100s (cloud_offers.json)
    for (const auto &offer : jsonOf(offers)) {
        QCOMPARE(offer["gpu"].get<std::string>(), std::string("h100-sxm"));
        QVERIFY(!offer["price_date"].get<std::string>().empty() && !offer["source"].get<std::string>().empty());
    }
    const Run regions = runFrontier({"regions", "--grid-dataset", "codecarbon", "--json"});
    QCOMPARE(regions.exitCode, 0);
    bool sawUsCentral1 = false;
    for (const auto &region : jsonOf(regions)) {
        if (region["id"] == "gcp/us-central1") {
            sawUsCentral1 = true;
            QCOMPARE(region["g_per_kwh"].get<double>(), 430.0); // CodeCarbon cloud/impact.csv
        }
    }
    QVERIFY(sawUsCentral1);
}

QTEST_GUILESS_MAIN(TestCliCatalogs)
#include "tst_cli_catalogs.moc"
