// `frontier runs` and the comparison `frontier plan` carries (compared_to_run), as a script sees them.
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

class TestCliRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsJson();
    void runsTable();
    void planComparedToGpt3();
    void planComparedToAnotherRun();
    void unknownRun();
};

void TestCliRuns::runsJson()
{
    const Run run = runFrontier({"runs", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json list = jsonOf(run);
    QVERIFY(list.is_array() && list.size() >= 10);
    std::map<std::string, json> byId;
    for (const auto &r : list) {
        for (const char *key : {"id", "name", "params", "tokens", "flops", "accelerator", "gpu_hours", "energy_mwh", "co2_t",
                                "co2_basis", "sources"})
            QVERIFY2(r.contains(key), key);
        byId[r["id"].get<std::string>()] = r;
    }
    // Brown et al. 2020 Table D.1 and Patterson et al. 2021 Table 4 (resources/runs/runs.json).
    const json &gpt3 = byId.at("gpt3-175b");
    QCOMPARE(gpt3["params"].get<double>(), 175e9);
    QCOMPARE(gpt3["tokens"].get<double>(), 300e9);
    QCOMPARE(gpt3["flops"].get<double>(), 3.14e23);
    FRONTIER_COMPARE_REL(gpt3["flops_6nd"].get<double>(), 3.15e23, 1e-12);
    QCOMPARE(gpt3["energy_mwh"].get<double>(), 1287.0);
    QCOMPARE(gpt3["co2_t"].get<double>(), 552.0);
    QVERIFY(gpt3["sources"]["co2_t"].get<std::string>().find("Patterson") != std::string::npos);
    // Llama 2 70B: Table 2 of Touvron et al. 2023b; no printed FLOPs, so null and 6ND beside it.
    const json &llama = byId.at("llama2-70b");
    QCOMPARE(llama["gpu_hours"].get<double>(), 1720320.0);
    QCOMPARE(llama["co2_t"].get<double>(), 291.42);
    QVERIFY(llama["flops"].is_null());
    FRONTIER_COMPARE_REL(llama["flops_6nd"].get<double>(), 8.4e23, 1e-12);
    // PaLM's CO2 was not read in a source: null, with the reason, and no basis.
    const json &palm = byId.at("palm-540b");
    QVERIFY(palm["co2_t"].is_null() && palm["co2_basis"].is_null());
    QVERIFY(!palm["gaps"]["co2_t"].get<std::string>().empty());
    // BLOOM: dynamic 24.7 t shown, the total 50.5 t kept beside it.
    const json &bloom = byId.at("bloom-176b");
    QCOMPARE(bloom["co2_t"].get<double>(), 24.7);
    QVERIFY(bloom["co2_basis"].get<std::string>().find("Dynamic") != std::string::npos);
    QCOMPARE(bloom["alternatives"][0]["value"].get<double>(), 50.5);
}

void TestCliRuns::runsTable()
{
    const Run run = runFrontier({"runs"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    for (const char *id : {"gpt3-175b", "chinchilla-70b", "llama2-7b", "palm-540b"})
        QVERIFY2(out.contains(QLatin1String(id)), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("NVIDIA V100")));
    QVERIFY(out.contains(QStringLiteral("6ND")));
}

void TestCliRuns::planComparedToGpt3()
{
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm",
                                 "--gpus", "8", "--region", "gcp/europe-west4", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    const json &c = out["compared_to_run"];
    QCOMPARE(c["id"].get<std::string>(), std::string("gpt3-175b"));
    FRONTIER_COMPARE_REL(c["compute_ratio"].get<double>(), out["flops"].get<double>() / 3.14e23, 1e-12);
    // Patterson et al.'s 552 t.
    FRONTIER_COMPARE_REL(c["co2_ratio"].get<double>(), out["co2_kg"].get<double>() / 552e3, 1e-12);
    QVERIFY2(c["text"].get<std::string>().find("of GPT-3 175B's compute") != std::string::npos, c.dump().c_str());
    QVERIFY2(c["text"].get<std::string>().find("of its CO2") != std::string::npos, c.dump().c_str());
    // The text answer says it too.
    const Run text = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm",
                                  "--gpus", "8", "--region", "gcp/europe-west4"});
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Compared:       Your plan uses 1/")));
}

void TestCliRuns::planComparedToAnotherRun()
{
    // PaLM published no CO2 that the catalogue could read: the ratio is null and the text says why.
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "1e24", "--unit", "flops", "--gpu", "h100-sxm",
                                 "--region", "gcp/europe-west4", "--compare-run", "palm-540b", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json c = jsonOf(run)["compared_to_run"];
    QCOMPARE(c["id"].get<std::string>(), std::string("palm-540b"));
    FRONTIER_COMPARE_REL(c["compute_ratio"].get<double>(), 1e24 / 2.56e24, 1e-9);
    QVERIFY(c["co2_ratio"].is_null());
    QVERIFY2(c["text"].get<std::string>().find("no published CO2") != std::string::npos, c.dump().c_str());
}

void TestCliRuns::unknownRun()
{
    expectOneLineError(runFrontier({"plan", "--law", "hoffmann2022", "--budget", "1e21", "--unit", "flops", "--gpu", "h100-sxm",
                                    "--compare-run", "gpt-3"}),
                       QStringLiteral("gpt3-175b"));
}

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
