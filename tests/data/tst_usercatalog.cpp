// The user's own catalogue files (model/hardware/usercatalog.h, data/usercatalogfile.h): read with
// the built-in readers, merged over the built-in catalogues (the user's row wins and is marked), refused
// with a message naming file, line and column, planned on, and given to `frontier plan|compare --catalog`.
// Built-in figures below are resources/hardware/cloud_offers.json's (Epoch AI's price snapshot); the
// user's prices are this test's own inputs, so the expected costs are GPU-hours times those.
#include "model/core/csv.h"
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/plan/planinputs.h"
#include "data/resourcedata.h"
#include "data/usercatalogfile.h"
#include "data/appcatalogs.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace frontier;
using frontier::test::writeFile;
using nlohmann::json;

namespace {

// A user's offers: one replaces Lambda's built-in H100 offer (3.29 USD on demand in
// cloud_offers.json), one is new (a price the user negotiated: 1.85 USD).
const char *kOffersCsv =
    "id,provider,provider_id,instance,gpu,gpus,region,on_demand_usd_per_gpu_hour,one_year_usd_per_gpu_hour,"
    "three_year_usd_per_gpu_hour,date,source\n"
    "lambda/h100-sxm/1gpu,Lambda Labs,lambda,gpu_1x_h100_sxm5,h100-sxm,1,,2.49,,,2026-11-02,\"our invoice, Nov 2026\"\n"
    "ours/h100-sxm/rack-8,Our cluster,on-premise,rack 8,h100-sxm,8,,1.85,1.5,,2026-11-30,contract 42\n";

// A chip the built-in catalogue lacks, with its own offer, in the schema of accelerators.json and
// cloud_offers.json (one file may hold both arrays).
const char *kChipJson = R"({
  "accelerators": [{
    "id": "my-npu", "name": "My NPU 96GB", "manufacturer": "Us",
    "peak_flops_per_s": {"bf16": 5e14}, "memory_gib": 96, "tdp_w": 550,
    "source": "our datasheet rev 3"
  }],
  "offers": [{
    "id": "ours/my-npu/rack-1", "provider": "Our cluster", "provider_id": "on-premise", "accelerator": "my-npu",
    "usd_per_gpu_hour_on_demand": 0.9, "price_date": "2026-11-30", "host_share_included": false,
    "source": "internal rate card"
  }]
})";

int indexOf(const OfferCatalog &catalog, const std::string &id)
{
    const auto &all = catalog.all();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            return int(i);
    return -1;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runFrontier(QStringList arguments)
{
    arguments.insert(1, QStringLiteral("--law"));
    arguments.insert(2, QStringLiteral("hoffmann2022"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRONTIER_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("frontier did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestUserCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRowReplacesBuiltInAndNewRowIsAdded();
    void jsonChipAndItsOfferJoin();
    void laterFileWins();
    void mergeKeepsOrderOverridesAndMarks();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void refusedFileChangesNothing();
    void jsonOfferNeedsWhatACsvRowNeeds();
    void fileTooLargeIsRefusedBeforeReading();
    void planOnUserOfferCostsGpuHoursTimesUserPrice();
    void cliPlanWithCatalog();
    void cliCompareWithCatalog();
    void cliRefusesBadCatalog();
    void cliRefusesTextThatIsNotUtf8();
    void unknownJsonKeysAreNoted();
    void compareLeavesOutImplausibleOffer();
    void cliCompareWarnsOfImplausibleOffer();
    void cliReportAndExportWithCatalog();

private:
    QTemporaryDir m_dir;
};

void TestUserCatalog::csvRowReplacesBuiltInAndNewRowIsAdded()
{
    const OfferCatalog &builtIn = data::offers();
    const int lambda = indexOf(builtIn, "lambda/h100-sxm/1gpu");
    QVERIFY(lambda >= 0);
    QCOMPARE(*builtIn.all()[std::size_t(lambda)].onDemandUsdPerGpuHour, 3.29); // cloud_offers.json
    QVERIFY(builtIn.all()[std::size_t(lambda)].userFile.empty());

    const UserCatalog user = parseUserCatalog(kOffersCsv, "/home/ana/offers.csv");
    QCOMPARE(user.offers.all().size(), std::size_t(2));
    const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), builtIn, {user});

    // Replaced in place, marked with its file, every field the user's.
    QCOMPARE(merged.offers.all().size(), builtIn.all().size() + 1);
    QCOMPARE(indexOf(merged.offers, "lambda/h100-sxm/1gpu"), lambda);
    const CloudOffer &replaced = merged.offers.get("lambda/h100-sxm/1gpu");
    QCOMPARE(*replaced.onDemandUsdPerGpuHour, 2.49);
    QCOMPARE(replaced.userFile, std::string("/home/ana/offers.csv"));
    QCOMPARE(replaced.source, std::string("our invoice, Nov 2026")); // a quoted cell with a comma
    QCOMPARE(replaced.priceDate, std::string("2026-11-02"));
    QCOMPARE(*replaced.gpusPerInstance, 1);
    // The new row last, with both its prices; the others built in and unmarked.
    QCOMPARE(merged.offers.all().back().id, std::string("ours/h100-sxm/rack-8"));
    QCOMPARE(*merged.offers.all().back().oneYearUsdPerGpuHour, 1.5);
    QVERIFY(!merged.offers.all().back().threeYearUsdPerGpuHour);
    QCOMPARE(merged.offers.all().back().userFile, std::string("/home/ana/offers.csv"));
    QVERIFY(merged.offers.get("runpod/h100-sxm/default").userFile.empty());
    QCOMPARE(*merged.offers.get("runpod/h100-sxm/default").onDemandUsdPerGpuHour, 2.99); // cloud_offers.json
    QCOMPARE(merged.accelerators.all().size(), data::accelerators().all().size());
}

void TestUserCatalog::jsonChipAndItsOfferJoin()
{
    const UserCatalog user = parseUserCatalog(kChipJson, "chips.json");
    const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), data::offers(), {user});
    QCOMPARE(merged.accelerators.all().size(), data::accelerators().all().size() + 1);
    const Accelerator &npu = merged.accelerators.get("my-npu");
    QCOMPARE(npu.peak(Precision::BF16), 5e14);
    QCOMPARE(*npu.memoryBytes, 96.0 * 1073741824.0); // memory_gib read as GiB, like the built-in file
    QCOMPARE(npu.userFile, std::string("chips.json"));
    QCOMPARE(merged.offers.offersFor("my-npu").size(), std::size_t(1));
    QCOMPARE(merged.offers.offersFor("my-npu").front().userFile, std::string("chips.json"));
}

void TestUserCatalog::laterFileWins()
{
    const UserCatalog first = parseUserCatalog(kOffersCsv, "a.csv");
    const UserCatalog second = parseUserCatalog(
        "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\nours/h100-sxm/rack-8,Our cluster,h100-sxm,1.6,2026-12-01,contract 43\n",
        "b.CSV");
    const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), data::offers(), {first, second});
    QCOMPARE(*merged.offers.get("ours/h100-sxm/rack-8").onDemandUsdPerGpuHour, 1.6);
    QCOMPARE(merged.offers.get("ours/h100-sxm/rack-8").userFile, std::string("b.CSV"));
    QCOMPARE(*merged.offers.get("lambda/h100-sxm/1gpu").onDemandUsdPerGpuHour, 2.49);
    QCOMPARE(merged.offers.all().size(), data::offers().all().size() + 1);
}

void TestUserCatalog::mergeKeepsOrderOverridesAndMarks()
{
    // merged(): the built-in rows in their order, each user row with a known id in that row's
    // place, then the user's new rows in the user's order; every user row keeps its file. Then the
    // same on 20,000 user rows, half of them overriding (the merge looks ids up in a hash map).
    auto offer = [](std::string id, std::string provider, std::string file = {}) {
        CloudOffer o;
        o.id = std::move(id);
        o.provider = std::move(provider);
        o.userFile = std::move(file);
        return o;
    };
    const OfferCatalog builtIn({offer("a", "ours"), offer("b", "ours"), offer("c", "ours")});
    const OfferCatalog user({offer("c", "user", "u.csv"), offer("d", "user", "u.csv"), offer("a", "user", "u.csv"),
                             offer("e", "user", "u.csv")});
    const OfferCatalog result = merged(builtIn, user);
    std::vector<std::string> rows;
    for (const CloudOffer &o : result.all())
        rows.push_back(o.id + ":" + o.provider + ":" + o.userFile);
    QCOMPARE(rows, (std::vector<std::string>{"a:user:u.csv", "b:ours:", "c:user:u.csv", "d:user:u.csv", "e:user:u.csv"}));
    QCOMPARE(result.get("d").provider, std::string("user")); // found by id after the merge

    // A user's file with one id twice is refused before any merge ("CSV duplicate id" above).
    QVERIFY_THROWS_EXCEPTION(InputError, OfferCatalog({offer("x", "user"), offer("x", "user")}));

    std::vector<CloudOffer> many, manyUser;
    for (int i = 0; i < 10000; ++i)
        many.push_back(offer("o" + std::to_string(i), "ours"));
    for (int i = 20000; i-- > 0;) // backwards: ids 19,999 ... 0; 9,999 ... 0 are known
        manyUser.push_back(offer("o" + std::to_string(i), "user", "big.csv"));
    const OfferCatalog big = merged(OfferCatalog(many), OfferCatalog(manyUser));
    QCOMPARE(big.all().size(), std::size_t(20000));
    QCOMPARE(big.all()[0].id, std::string("o0"));            // overridden in place
    QCOMPARE(big.all()[0].provider, std::string("user"));
    QCOMPARE(big.all()[9999].id, std::string("o9999"));
    QCOMPARE(big.all()[10000].id, std::string("o19999"));    // new rows in the user's order
    QCOMPARE(big.all()[19999].id, std::string("o10000"));
    QCOMPARE(big.get("o12345").userFile, std::string("big.csv"));

    // Accelerators merge the same way.
    auto chip = [](std::string id, std::string name) {
        Accelerator a;
        a.id = std::move(id);
        a.name = std::move(name);
        return a;
    };
    const AcceleratorCatalog chips = merged(AcceleratorCatalog({chip("x", "ours"), chip("y", "ours")}),
                                            AcceleratorCatalog({chip("z", "user"), chip("x", "user")}));
    QCOMPARE(chips.all().size(), std::size_t(3));
    QCOMPARE(chips.all()[0].name, std::string("user"));
    QCOMPARE(chips.all()[1].id, std::string("y"));
    QCOMPARE(chips.all()[2].id, std::string("z"));
}

void TestUserCatalog::malformedFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("says");
    const QByteArray header = "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\n";
    QTest::newRow("bad JSON") << "x.json" << QByteArray("{\"offers\": [ {\"id\": ") << "usercatalog.invalid"
                              << QStringList{"x.json", "malformed JSON", "line 1"};
    QTest::newRow("JSON without either array") << "x.json" << QByteArray("{\"gpus\": []}") << "usercatalog.invalid"
                                                << QStringList{"x.json", "neither"};
    QTest::newRow("CSV text in a price cell, line 3") << "o.csv"
                                                      << header + "a/h100-sxm/1,A,h100-sxm,2.1,2026-01-01,s\n"
                                                                  "b/h100-sxm/1,B,h100-sxm,2.1O,2026-01-01,s\n"
                                                      << "csv.not_a_number"
                                                      << QStringList{"o.csv", "line 3", "on_demand_usd_per_gpu_hour", "2.1O"};
    QTest::newRow("CSV negative price") << "o.csv" << header + "a/h100-sxm/1,A,h100-sxm,-2,2026-01-01,s\n"
                                        << "usercatalog.csv_not_positive"
                                        << QStringList{"o.csv", "line 2", "on_demand_usd_per_gpu_hour", "-2"};
    QTest::newRow("JSON negative price")
        << "o.json"
        << QByteArray(R"({"offers":[{"id":"a","provider":"A","provider_id":"a","accelerator":"h100-sxm",
            "usd_per_gpu_hour_on_demand":-2,"price_date":"2026-01-01","host_share_included":false,"source":"s"}]})")
        << "usercatalog.invalid" << QStringList{"o.json", "usd_per_gpu_hour_on_demand", "positive"};
    QTest::newRow("CSV unknown GPU, close matches")
        << "o.csv" << header + "a/h100/1,A,h100-sxn,2,2026-01-01,s\n" << "usercatalog.invalid"
        << QStringList{"o.csv", "a/h100/1", "h100-sxn", "h100-sxm"};
    QTest::newRow("CSV misspelt column") << "o.csv"
                                         << QByteArray("id,provider,gpu,on_demand_usd_per_gpu_hr,date,source\n"
                                                       "a,A,h100-sxm,2,2026-01-01,s\n")
                                         << "usercatalog.invalid"
                                         << QStringList{"o.csv", "on_demand_usd_per_gpu_hr"};
    QTest::newRow("CSV without source column") << "o.csv" << QByteArray("id,provider,gpu,on_demand_usd_per_gpu_hour,date\na,A,h100-sxm,2,2026-01-01\n")
                                               << "usercatalog.invalid" << QStringList{"o.csv", "no column 'source'"};
    QTest::newRow("CSV empty source cell") << "o.csv" << header + "a,A,h100-sxm,2,2026-01-01,\n"
                                           << "usercatalog.invalid" << QStringList{"o.csv", "line 2", "source", "empty"};
    QTest::newRow("CSV row without a price") << "o.csv" << header + "a,A,h100-sxm,,2026-01-01,s\n"
                                             << "usercatalog.invalid" << QStringList{"o.csv", "line 2", "'a'", "no price"};
    QTest::newRow("CSV duplicate id") << "o.csv" << header + "a,A,h100-sxm,2,2026-01-01,s\na,A,h100-sxm,3,2026-01-01,s\n"
                                      << "usercatalog.invalid" << QStringList{"o.csv", "duplicate id 'a'"};
    QTest::newRow("CSV host share not a flag") << "o.csv"
                                               << QByteArray("id,provider,gpu,host_share_included,on_demand_usd_per_gpu_hour,date,source\n"
                                                             "a,A,h100-sxm,yes,2,2026-01-01,s\n")
                                               << "usercatalog.invalid"
                                               << QStringList{"o.csv", "line 2", "host_share_included", "true or false", "'yes'"};
    // Refused while parsing, before the levels are built (5 million took 35 s and 420 MB).
    QTest::newRow("JSON nested 100,000 deep")
        << "deep.json" << "{\"offers\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}" << "json.too_deep"
        << QStringList{"deep.json", "nested more than 64 levels deep"};
    // One rule for a GPU count in both formats (the CSV reader's): a whole number from 1.
    const auto jsonGpus = [](const char *gpus) -> QByteArray { // not a QStringBuilder of temporaries
        return QByteArray(R"({"offers":[{"id":"a","provider":"A","provider_id":"a","accelerator":"h100-sxm",
            "gpus_per_instance":)") + gpus + R"(,"usd_per_gpu_hour_on_demand":2,"price_date":"2026-01-01",
            "host_share_included":false,"source":"s"}]})";
    };
    for (const char *gpus : {"0", "-3", "2.5", "true"})
        QTest::addRow("JSON gpus_per_instance %s", gpus)
            << "o.json" << jsonGpus(gpus) << "usercatalog.invalid"
            << QStringList{"o.json", "offer 'a'", "gpus_per_instance", "whole number from 1", QStringLiteral("'%1'").arg(QLatin1String(gpus))};
    // Each key as the built-in reader needs it, said by file, row and key (nlohmann's own words,
    // "[json.exception.out_of_range.403] key 'price_date' not found", named neither).
    QTest::newRow("JSON offer without a price date")
        << "o.json"
        << QByteArray(R"({"offers":[{"id":"a","provider":"A","accelerator":"h100-sxm","usd_per_gpu_hour_on_demand":2,"source":"s"}]})")
        << "usercatalog.invalid" << QStringList{"o.json", "offer 'a'", "the key 'price_date' is missing"};
    QTest::newRow("JSON price as text")
        << "o.json"
        << QByteArray(R"({"offers":[{"id":"a","provider":"A","accelerator":"h100-sxm","usd_per_gpu_hour_on_demand":"2.1",
            "price_date":"2026-01-01","source":"s"}]})")
        << "usercatalog.invalid" << QStringList{"o.json", "offer 'a'", "key 'usd_per_gpu_hour_on_demand': expected a number, got \"2.1\""};
    QTest::newRow("JSON host share as text")
        << "o.json"
        << QByteArray(R"({"offers":[{"id":"a","provider":"A","accelerator":"h100-sxm","usd_per_gpu_hour_on_demand":2,
            "host_share_included":"yes","price_date":"2026-01-01","source":"s"}]})")
        << "usercatalog.invalid" << QStringList{"o.json", "key 'host_share_included': expected true or false, got \"yes\""};
    QTest::newRow("JSON accelerator without peak FLOP/s")
        << "c.json" << QByteArray(R"({"accelerators":[{"id":"c","name":"C","manufacturer":"M","source":"s"}]})")
        << "usercatalog.invalid" << QStringList{"c.json", "accelerator 'c'", "the key 'peak_flops_per_s' is missing"};
    QTest::newRow("JSON offer that is not an object")
        << "o.json" << QByteArray(R"({"offers":["a"]})") << "usercatalog.invalid"
        << QStringList{"o.json", "offer 1: expected an object, got \"a\""};
    QTest::newRow("JSON empty list of offers") << "o.json" << QByteArray(R"({"offers": []})") << "usercatalog.invalid"
                                               << QStringList{"o.json", "\"offers\" must be a non-empty array"};
    QTest::newRow("CSV column given twice") << "o.csv"
                                            << QByteArray("id,provider,gpu,on_demand_usd_per_gpu_hour,date,source,gpu\n"
                                                          "a,A,h100-sxm,2,2026-01-01,s,a100\n")
                                            << "usercatalog.invalid" << QStringList{"o.csv", "line 1", "column 'gpu' appears twice"};
    QTest::newRow("CSV with garbage after a NUL byte")
        << "o.csv" << header + "a,A,h100-sxm,2,2026-01-01,s\n" + QByteArray("\0garbage", 8) << "usercatalog.invalid"
        << QStringList{"o.csv", "NUL byte at byte offset 83"};
    QTest::newRow("JSON with garbage after a NUL byte")
        << "o.json" << QByteArray(kChipJson) + QByteArray("\0{\"offers\":", 12) << "usercatalog.invalid"
        << QStringList{"o.json", QStringLiteral("NUL byte at byte offset %1").arg(qstrlen(kChipJson))};
    QTest::newRow("CSV fractional GPU count") << "o.csv"
                                              << QByteArray("id,provider,gpu,gpus,on_demand_usd_per_gpu_hour,date,source\n"
                                                            "a,A,h100-sxm,1.5,2,2026-01-01,s\n")
                                              << "usercatalog.invalid" << QStringList{"o.csv", "line 2", "gpus", "1.5"};
}

// One rule for both formats: the CSV's required columns are the JSON's required keys, so an offer
// without provider_id or host_share_included is taken from either (the host's share then not included).
void TestUserCatalog::jsonOfferNeedsWhatACsvRowNeeds()
{
    const UserCatalog json = parseUserCatalog(
        R"({"offers":[{"id":"a","provider":"A","accelerator":"h100-sxm","usd_per_gpu_hour_on_demand":2.5,
            "price_date":"2026-01-01","source":"s"}]})",
        "o.json");
    const UserCatalog csv =
        parseUserCatalog("id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\na,A,h100-sxm,2.5,2026-01-01,s\n", "o.csv");
    for (const UserCatalog *user : {&json, &csv}) {
        QCOMPARE(user->offers.all().size(), std::size_t(1));
        const CloudOffer &offer = user->offers.get("a");
        QCOMPARE(offer.providerId, std::string());
        QCOMPARE(offer.hostShareIncluded, false);
        QCOMPARE(*offer.onDemandUsdPerGpuHour, 2.5);
        QVERIFY(user->notes.empty());
    }
}

void TestUserCatalog::malformedFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QStringList, says);
    try {
        const UserCatalog user = parseUserCatalog(text.toStdString(), file.toStdString());
        mergeUserCatalogs(data::accelerators(), data::offers(), {user});
        QFAIL("accepted");
    } catch (const InputError &e) {
        QCOMPARE(QString::fromStdString(e.message().code), code);
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(!what.contains(QLatin1Char('\n')), qPrintable(what));
        for (const QString &part : says)
            QVERIFY2(what.contains(part), qPrintable(what + QStringLiteral(" lacks ") + part));
    }
}

void TestUserCatalog::refusedFileChangesNothing()
{
    ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    const QString good = writeFile(m_dir, QStringLiteral("good.csv"), kOffersCsv);
    const QString bad = writeFile(m_dir, QStringLiteral("bad.csv"), "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\na,A,h100,2,d,s\n");
    catalogs.addUserCatalog(good.toStdString());
    const int revision = catalogs.hardwareRevision();
    QVERIFY_THROWS_EXCEPTION(InputError, catalogs.addUserCatalog(bad.toStdString()));
    QVERIFY_THROWS_EXCEPTION(InputError, catalogs.addUserCatalog(m_dir.filePath(QStringLiteral("missing.csv")).toStdString()));
    QCOMPARE(catalogs.userCatalogPaths(), std::vector<std::string>{good.toStdString()});
    QCOMPARE(catalogs.hardwareRevision(), revision);
    QCOMPARE(*catalogs.catalogs().offers.get("lambda/h100-sxm/1gpu").onDemandUsdPerGpuHour, 2.49);
    catalogs.removeUserCatalog(good.toStdString());
    QVERIFY(catalogs.userCatalogPaths().empty());
    QCOMPARE(*catalogs.catalogs().offers.get("lambda/h100-sxm/1gpu").onDemandUsdPerGpuHour, 3.29); // built in again
    QVERIFY_THROWS_EXCEPTION(InputError, catalogs.catalogs().offers.get("ours/h100-sxm/rack-8"));
}

void TestUserCatalog::fileTooLargeIsRefusedBeforeReading()
{
    const double limit = data::inputLimits().range("catalog_file_bytes").max;
    QFile file(m_dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(limit) + 1)); // sparse: nothing is written
    file.close();
    try {
        data::readUserCatalog(file.fileName(), data::inputLimits());
        QFAIL("accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("usercatalog.invalid"));
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.contains(QStringLiteral("huge.json")) && what.contains(QStringLiteral("at most 10485760 bytes")), qPrintable(what));
    }
    try {
        data::readUserCatalog(m_dir.path(), data::inputLimits());
        QFAIL("accepted a folder");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("usercatalog.invalid"));
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("not a regular file")));
    }
}

void TestUserCatalog::planOnUserOfferCostsGpuHoursTimesUserPrice()
{
    const UserCatalog user = parseUserCatalog(kOffersCsv, "offers.csv");
    const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), data::offers(), {user});
    const Catalogs builtIn = data::catalogs();
    const Catalogs withUser{merged.accelerators, merged.offers, builtIn.regions, builtIn.pue,
                            builtIn.offerRegions, builtIn.hf2020Speed, builtIn.defaults, builtIn.memory};
    PlanInputs inputs = PlanInputs::defaults();
    inputs.mode = PlanMode::FixedJob;
    inputs.params = 1e9;
    inputs.tokens = 2e10;
    inputs.choices.gpu = "h100-sxm";
    inputs.choices.gpus = 8;
    const Law &law = data::lawCatalog().law(inputs.lawId);

    inputs.choices.offer = "ours/h100-sxm/rack-8";
    const PlannedInputs ours = planInputs(inputs, law, withUser, &data::inputLimits());
    QCOMPARE(ours.setup.offerId, std::string("ours/h100-sxm/rack-8"));
    FRONTIER_COMPARE_REL(*ours.plan.cost.costUsd, ours.plan.cost.gpuHours * 1.85, 1e-12); // the user's price
    inputs.choices.pricing = Pricing::OneYear;
    const PlannedInputs ours1y = planInputs(inputs, law, withUser, &data::inputLimits());
    FRONTIER_COMPARE_REL(*ours1y.plan.cost.costUsd, ours1y.plan.cost.gpuHours * 1.5, 1e-12);

    // The replaced Lambda row: same GPU-hours as on the built-in row, at the user's 2.49, not 3.29.
    inputs.choices.pricing = Pricing::OnDemand;
    inputs.choices.offer = "lambda/h100-sxm/1gpu";
    const PlannedInputs replaced = planInputs(inputs, law, withUser, &data::inputLimits());
    const PlannedInputs published = planInputs(inputs, law, builtIn, &data::inputLimits());
    FRONTIER_COMPARE_REL(replaced.plan.cost.gpuHours, published.plan.cost.gpuHours, 1e-12);
    FRONTIER_COMPARE_REL(*replaced.plan.cost.costUsd, replaced.plan.cost.gpuHours * 2.49, 1e-12);
    FRONTIER_COMPARE_REL(*published.plan.cost.costUsd, published.plan.cost.gpuHours * 3.29, 1e-12); // cloud_offers.json
}

void TestUserCatalog::cliPlanWithCatalog()
{
    const QString offers = writeFile(m_dir, QStringLiteral("cli-offers.csv"), kOffersCsv);
    const QString chips = writeFile(m_dir, QStringLiteral("cli-chips.json"), kChipJson);
    const Run run = runFrontier({QStringLiteral("plan"), QStringLiteral("--params"), QStringLiteral("1e9"),
                                 QStringLiteral("--tokens"), QStringLiteral("2e10"), QStringLiteral("--gpu"),
                                 QStringLiteral("h100-sxm"), QStringLiteral("--gpus"), QStringLiteral("8"),
                                 QStringLiteral("--offer"), QStringLiteral("ours/h100-sxm/rack-8"),
                                 QStringLiteral("--catalog"), offers, QStringLiteral("--catalog"), chips,
                                 QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json answer = json::parse(run.out.toStdString());
    QCOMPARE(answer.at("price_usd_per_gpu_hour").get<double>(), 1.85);
    FRONTIER_COMPARE_REL(answer.at("cost_usd").get<double>(), answer.at("gpu_hours").get<double>() * 1.85, 1e-9);

    // A chip only the user's file has, on its offer.
    const Run npu = runFrontier({QStringLiteral("plan"), QStringLiteral("--params"), QStringLiteral("1e9"),
                                 QStringLiteral("--tokens"), QStringLiteral("2e10"), QStringLiteral("--gpu"),
                                 QStringLiteral("my-npu"), QStringLiteral("--offer"), QStringLiteral("ours/my-npu/rack-1"),
                                 QStringLiteral("--catalog"), chips, QStringLiteral("--json")});
    QVERIFY2(npu.exitCode == 0, npu.err.constData());
    QCOMPARE(json::parse(npu.out.toStdString()).at("price_usd_per_gpu_hour").get<double>(), 0.9);
}

void TestUserCatalog::cliCompareWithCatalog()
{
    const QString offers = writeFile(m_dir, QStringLiteral("cmp-offers.csv"), kOffersCsv);
    const Run run = runFrontier({QStringLiteral("compare"), QStringLiteral("--params"), QStringLiteral("1e9"),
                                 QStringLiteral("--tokens"), QStringLiteral("2e10"), QStringLiteral("--gpu"),
                                 QStringLiteral("h100-sxm"), QStringLiteral("--catalog"), offers, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const std::string out = run.out.toStdString();
    QVERIFY2(out.find("ours/h100-sxm/rack-8") != std::string::npos, out.substr(0, 400).c_str());
    const Run without = runFrontier({QStringLiteral("compare"), QStringLiteral("--params"), QStringLiteral("1e9"),
                                     QStringLiteral("--tokens"), QStringLiteral("2e10"), QStringLiteral("--gpu"),
                                     QStringLiteral("h100-sxm"), QStringLiteral("--json")});
    QCOMPARE(without.exitCode, 0);
    QVERIFY(without.out.toStdString().find("ours/h100-sxm/rack-8") == std::string::npos);
}

// A misspelt key would leave an offer without that figure, silently: each unknown key is noted
// (and the CLI says so on stderr), the file still read.
void TestUserCatalog::unknownJsonKeysAreNoted()
{
    const QByteArray text = R"({"offers":[{"id":"a","provider":"A","provider_id":"a","accelerator":"h100-sxm",
        "usd_per_gpu_hour_on_demand":2,"usd_per_gpu_hour_1yr":1.5,"price_date":"2026-01-01","host_share_included":false,
        "source":"s"}], "offer": []})";
    const UserCatalog user = parseUserCatalog(text.toStdString(), "o.json");
    QCOMPARE(int(user.offers.all().size()), 1);
    QCOMPARE(int(user.notes.size()), 2);
    QCOMPARE(user.notes[0].code, std::string("usercatalog.unknown_key"));
    QCOMPARE(user.notes[0].text(), std::string("o.json: unknown key 'offer' ignored"));
    QCOMPARE(user.notes[1].text(), std::string("o.json: offer 'a': unknown key 'usd_per_gpu_hour_1yr' ignored"));
    QVERIFY(parseUserCatalog(kChipJson, "chips.json").notes.empty()); // the built-in schema's keys are known

    const QString path = writeFile(m_dir, QStringLiteral("misspelt.json"), text);
    const Run run = runFrontier({QStringLiteral("plan"), QStringLiteral("--params"), QStringLiteral("1e9"),
                                 QStringLiteral("--tokens"), QStringLiteral("2e10"), QStringLiteral("--gpu"),
                                 QStringLiteral("h100-sxm"), QStringLiteral("--catalog"), path, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("warning") && run.err.contains("unknown key 'usd_per_gpu_hour_1yr' ignored"), run.err.constData());
}

// A user's offer at 1e10 $/GPU-hour (a typo) would plan 2.5e-7 hours and top the Pareto front: the
// comparison leaves it out with a warning naming it and why, as `plan --offer` refuses it.
const char *kImplausibleCsv = "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\n"
                              "typo/h100-sxm/1,Typo Cloud,h100-sxm,1e10,2026-11-30,our sheet\n";

void TestUserCatalog::compareLeavesOutImplausibleOffer()
{
    const UserCatalog user = parseUserCatalog(kImplausibleCsv, "typo.csv");
    const HardwareCatalogs merged = mergeUserCatalogs(data::accelerators(), data::offers(), {user});
    const Catalogs builtIn = data::catalogs();
    const Catalogs withUser{merged.accelerators, merged.offers, builtIn.regions, builtIn.pue, builtIn.offerRegions,
                            builtIn.hf2020Speed, builtIn.defaults, builtIn.memory, builtIn.limits};
    PlanRequest job;
    job.budgetAmount = 20000;
    job.budgetUnit = BudgetUnit::Usd;
    PlanChoices choices;
    choices.gpus = 8;
    const Law &law = data::lawCatalog().law("hoffmann2022");
    const Comparison comparison = compareOffers(law, job, choices, withUser);
    QVERIFY(comparison.rows.size() > 10);
    for (const ComparisonRow &row : comparison.rows)
        QVERIFY(row.setup.offerId != "typo/h100-sxm/1");
    QCOMPARE(int(comparison.warnings.size()), 1);
    QCOMPARE(comparison.warnings[0].code, std::string("compare.row_implausible"));
    QCOMPARE(comparison.warnings[0].arg("offer"), std::string("typo/h100-sxm/1"));
    QVERIFY2(comparison.warnings[0].arg("reason").find("price per GPU-hour: 1e+10 is outside the plausible range 0 to 10000")
                 != std::string::npos,
             comparison.warnings[0].text().c_str());
}

void TestUserCatalog::cliCompareWarnsOfImplausibleOffer()
{
    const QString offers = writeFile(m_dir, QStringLiteral("typo.csv"), kImplausibleCsv);
    const Run run = runFrontier({QStringLiteral("compare"), QStringLiteral("--budget"), QStringLiteral("20000"),
                                 QStringLiteral("--unit"), QStringLiteral("usd"), QStringLiteral("--gpus"), QStringLiteral("8"),
                                 QStringLiteral("--catalog"), offers, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json answer = json::parse(run.out.toStdString());
    for (const json &row : answer.at("rows"))
        QVERIFY(row.at("offer").get<std::string>() != "typo/h100-sxm/1");
    QVERIFY2(run.err.contains("frontier: warning: typo/h100-sxm/1 left out of the comparison: price per GPU-hour: 1e+10"),
             run.err.constData());
}

void TestUserCatalog::cliRefusesBadCatalog()
{
    const QString bad = writeFile(m_dir, QStringLiteral("cli-bad.csv"),
                                  "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\na,A,h100-sxm,cheap,2026-01-01,s\n");
    const Run run = runFrontier({QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("1000"),
                                 QStringLiteral("--unit"), QStringLiteral("usd"), QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--catalog"), bad});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(QStringLiteral("--catalog")) && err.contains(QStringLiteral("cli-bad.csv")) &&
                 err.contains(QStringLiteral("line 2")) && err.contains(QStringLiteral("cheap")),
             qPrintable(err));
}

// A provider named in Latin-1 ("Rechenzentrum M\xfcnchen"): `plan --json`, `compare --json` and a
// session on the file aborted (exit 134, nlohmann type_error 316 thrown out of the JSON writer). The
// file is refused where it is read, with its line, and every command exits 2 (a refused catalogue file
// is a bad argument) with that one line.
void TestUserCatalog::cliRefusesTextThatIsNotUtf8()
{
    const QString latin1 = writeFile(m_dir, QStringLiteral("latin1.csv"),
                                     "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\n"
                                     "muc/h100-sxm/1,Rechenzentrum M\xfcnchen,h100-sxm,2.5,2026-11-30,rate card\n");
    json session = json::parse(test::readFile(QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/cloud-20k-usd.json")).toStdString());
    session["user_catalogs"] = json::array({latin1.toStdString()});
    const QString sessionPath = writeFile(m_dir, QStringLiteral("latin1-session.json"), QByteArray::fromStdString(session.dump()));
    const QList<QStringList> commands = {
        {QStringLiteral("plan"), QStringLiteral("--budget"), QStringLiteral("1000"), QStringLiteral("--unit"), QStringLiteral("usd"),
         QStringLiteral("--gpu"), QStringLiteral("h100-sxm"), QStringLiteral("--catalog"), latin1, QStringLiteral("--json")},
        {QStringLiteral("compare"), QStringLiteral("--budget"), QStringLiteral("1000"), QStringLiteral("--unit"), QStringLiteral("usd"),
         QStringLiteral("--catalog"), latin1, QStringLiteral("--json")},
    };
    for (const QStringList &command : commands) {
        const Run run = runFrontier(command);
        QVERIFY2(run.exitCode == 2, qPrintable(command.first() + QStringLiteral(" exited ") + QString::number(run.exitCode)));
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(QStringLiteral("latin1.csv: line 2 is not UTF-8 text (byte 86)")), qPrintable(err));
    }
    QProcess process;
    process.start(QStringLiteral(FRONTIER_EXECUTABLE), {QStringLiteral("plan"), QStringLiteral("--session"), sessionPath, QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("latin1.csv: line 2 is not UTF-8 text")), qPrintable(err));
}

// `report` and `export` plan on the merged catalogues like `plan` does: the user's offer is the
// report's hardware and a row of the exported comparison.
void TestUserCatalog::cliReportAndExportWithCatalog()
{
    const QString offers = writeFile(m_dir, QStringLiteral("report-offers.csv"), kOffersCsv);
    const QStringList plan{QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--tokens"),
                           QStringLiteral("2e10"), QStringLiteral("--gpu"), QStringLiteral("h100-sxm"),
                           QStringLiteral("--gpus"), QStringLiteral("8"), QStringLiteral("--catalog"), offers};
    const Run report = runFrontier(QStringList{QStringLiteral("report"), QStringLiteral("--offer"),
                                               QStringLiteral("ours/h100-sxm/rack-8")} + plan);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY2(report.out.contains("ours/h100-sxm/rack-8"), report.out.constData());
    const QString table = m_dir.filePath(QStringLiteral("with-ours.csv"));
    const Run exported = runFrontier(QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("table"),
                                                 QStringLiteral("--out"), table} + plan);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(table);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvTable rows = parseCsv(file.readAll().toStdString(), "with-ours.csv");
    const auto ours = std::find_if(rows.rows.begin(), rows.rows.end(),
                                   [](const auto &r) { return r[0] == "ours/h100-sxm/rack-8"; });
    QVERIFY(ours != rows.rows.end());
    QCOMPARE((*ours)[rows.column("price_usd_per_gpu_hour")], std::string("1.85")); // the file's price
}

QTEST_GUILESS_MAIN(TestUserCatalog)
#include "tst_usercatalog.moc"
