// `frontier plan`: budgets in every unit, session files, the oracle's CO2 case, refused inputs.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

namespace {

QString example(const char *name)
{
    return QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/%1.json").arg(QLatin1String(name));
}

} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planRoundTrips_data();
    void planRoundTrips();
    void planJsonCarriesSources();
    void planWithExperts();
    void planSaysWhenTheLawIsExtrapolated();
    void planSessionExamples_data();
    void planSessionExamples();
    void planSessionEqualsTheSameFlags();
    void planSessionRefusals_data();
    void planSessionRefusals();
    void planOracleMlco2();
    void humanTextUsesPeopleFormat();
    void planBadArguments_data();
    void planBadArguments();
    void refusedInputs_data();
    void refusedInputs();
    void planForATargetLoss();
    void targetLossInTheReport();
    void reportComparesWithAPublishedRun();
};

void TestCliPlan::planRoundTrips_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("key");
    QTest::newRow("usd") << "usd" << "20000" << "cost_usd";
    QTest::newRow("gpu-hours") << "gpu-hours" << "2000" << "gpu_hours";
    QTest::newRow("hours") << "hours" << "336" << "wall_clock_hours";
    QTest::newRow("days") << "days" << "14" << "wall_clock_days";
    QTest::newRow("flops") << "flops" << "1e21" << "flops";
    QTest::newRow("pfdays") << "pfdays" << "50" << "pfdays";
    QTest::newRow("kwh") << "kwh" << "5000" << "energy_kwh";
    QTest::newRow("kgco2") << "kgco2" << "1500" << "co2_kg";
    // Amounts whose conversions leave a last-bit error if the budget is worked back from its FLOPs.
    QTest::newRow("usd, 20000.000000000004 before") << "usd" << "20000" << "cost_usd";
    QTest::newRow("0.1 days") << "days" << "0.1" << "wall_clock_days";
    QTest::newRow("74.3 hours") << "hours" << "74.3" << "wall_clock_hours";
    QTest::newRow("0.3 pfdays") << "pfdays" << "0.3" << "pfdays";
    QTest::newRow("2345.6 gpu-hours") << "gpu-hours" << "2345.6" << "gpu_hours";
}

void TestCliPlan::planRoundTrips()
{
    // Issue 4: a plan made from X in unit U reports X in U; issue 16: exactly, the same double (the
    // JSON's shortest form of a last-bit error reads 20000.000000000004).
    QFETCH(QString, unit);
    QFETCH(QString, amount);
    QFETCH(QString, key);
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--budget", amount, "--unit", unit, "--gpu", "h100-sxm",
                                 "--gpus", "64", "--region", "gcp/europe-west4", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QVERIFY2(out[key.toStdString()].get<double>() == amount.toDouble(), out[key.toStdString()].dump().c_str());
    QCOMPARE(out["budget"]["amount"].get<double>(), amount.toDouble());
}

void TestCliPlan::planJsonCarriesSources()
{
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm",
                                 "--gpus", "8", "--json"});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    for (const char *key : {"params", "tokens", "flops", "loss", "gpu_hours", "wall_clock_hours", "cost_usd", "energy_kwh",
                            "co2_kg", "grid_g_per_kwh", "pue", "min_gpus"})
        QVERIFY2(out.contains(key) && (out[key].is_number() || out[key].is_null()), key);
    QVERIFY(out["fits_in_memory"].is_boolean());
    // Each source names where its figure came from (the code always writes some text, so check what).
    const json &sources = out["sources"];
    const std::string offer = out["offer"].get<std::string>();
    QVERIFY2(offer.find("h100") != std::string::npos, offer.c_str());
    QVERIFY2(sources["price"].get<std::string>().find(offer) != std::string::npos, sources.dump().c_str());
    QVERIFY2(sources["mfu"].get<std::string>().find("Chowdhery") != std::string::npos, sources.dump().c_str());
    QVERIFY2(sources["gpu_watts"].get<std::string>().find("TDP") != std::string::npos, sources.dump().c_str());
    QVERIFY(QString::fromStdString(out["price_date"].get<std::string>()).contains(QRegularExpression(QStringLiteral("^20[0-9][0-9]-"))));
    // Epoch chip dataset: H100 SXM dense BF16 9.894e14 FLOP/s; plan_defaults.json: MFU 0.4 (PaLM paper).
    QCOMPARE(out["peak_flops_per_gpu"].get<double>(), 9.894e14);
    QCOMPARE(out["mfu"].get<double>(), 0.4);
    // $20k buys C = 20000 / price x 3600 x peak x MFU FLOPs, and the law's optimum for it.
    const double flops = 20000 / out["price_usd_per_gpu_hour"].get<double>() * 3600 * out["peak_flops_per_gpu"].get<double>()
                         * out["mfu"].get<double>();
    FRONTIER_COMPARE_REL(out["flops"].get<double>(), flops, 1e-12);
}

void TestCliPlan::planWithExperts()
{
    // --experts 8 --top-k 2: the law's N is the active parameters (same FLOPs as the dense plan), the
    // total is counted on the plan's Llama shape made sparse, and the loss is null with a note.
    const QStringList plan{"plan", "--law", "hoffmann2022", "--params", "7e9", "--tokens", "140e9", "--gpu", "h100-sxm",
                           "--gpus", "8", "--json"};
    const json dense = jsonOf(runFrontier(plan));
    const Run run = runFrontier(plan + QStringList{"--experts", "8", "--top-k", "2"});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    QCOMPARE(out["flops"].get<double>(), dense["flops"].get<double>());
    QCOMPARE(out["params"].get<double>(), 7e9);
    QVERIFY(dense["loss"].is_number());
    QVERIFY(out["loss"].is_null());
    QVERIFY2(QString::fromStdString(out["loss_note"].get<std::string>()).contains(QLatin1String("mixture of experts")), out.dump().c_str());
    const auto total = out["total_params"].get<std::int64_t>(), active = out["active_params"].get<std::int64_t>();
    // 8 experts of half the dense MLP width, 2 a token: the active count within 0.5 % of 7e9's shape,
    // the total 1 + 3 x (the MLPs' share) times it, so between 2 and 4 times.
    FRONTIER_COMPARE_REL(double(active), 7e9, 0.05);
    QVERIFY(total > 2 * active && total < 4 * active);
    QCOMPARE(out["moe"]["experts"].get<int>(), 8);
    QCOMPARE(out["moe"]["top_k"].get<int>(), 2);
    QCOMPARE(out["moe"]["shape"]["params"].get<std::int64_t>(), total);
    QCOMPARE(out["moe"]["shape"]["active_params"].get<std::int64_t>(), active);
    // Memory holds every expert: more bytes a GPU than the dense plan.
    QVERIFY(out["memory_per_gpu_bytes"].get<double>() > dense["memory_per_gpu_bytes"].get<double>());
    // For people: the counts and the note where the loss would be.
    const Run text = runFrontier(plan.mid(0, plan.size() - 1) + QStringList{"--experts", "8", "--top-k", "2"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Loss:           not predicted"), text.out.constData());
    // A target loss cannot be planned for one.
    const Run target = runFrontier({"plan", "--law", "hoffmann2022", "--target-loss", "2.2", "--gpu", "h100-sxm",
                                    "--experts", "8", "--top-k", "2"});
    QCOMPARE(target.exitCode, 1);
    QVERIFY2(target.err.contains("target loss"), target.err.constData());
}

void TestCliPlan::planSaysWhenTheLawIsExtrapolated()
{
    // Issue 16: hf2020 was fitted on runs up to about 6e17 FLOPs; $35k on an H100 buys 2e22.
    const QStringList args{"plan", "--law", "hf2020", "--budget", "35000", "--unit", "usd", "--gpu", "h100-sxm"};
    const Run text = runFrontier(args);
    QCOMPARE(text.exitCode, 0);
    const QString err = QString::fromUtf8(text.err);
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral(
                 "warning: training compute [0-9.e+]+ FLOPs is [0-9.e+]+× the largest of the runs law hf2020 was fitted on "
                 "\\([0-9.e+]+ – [0-9.e+]+ FLOPs\\): its answer here is an extrapolation"))),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("warning: model size ")) && err.contains(QStringLiteral("warning: training tokens ")),
             qPrintable(err));

    const Run run = runFrontier(args + QStringList{"--json"});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    std::vector<std::string> what;
    for (const json &w : out["warnings"])
        if (w["code"] == "plan.above_law_data")
            what.push_back(w["values"]["what"].get<std::string>());
    QCOMPARE(what, (std::vector<std::string>{"training compute", "model size", "training tokens"}));
    const json &compute = out["warnings"][0];
    QCOMPARE(compute["values"]["law"].get<std::string>(), std::string("hf2020"));
    QVERIFY(!compute["values"]["source"].get<std::string>().empty());
    // The factor is the plan's compute over the largest run's, which `laws --json` gives.
    const json laws = jsonOf(runFrontier({"laws", "--json"}));
    double largest = 0;
    for (const json &law : laws)
        if (law["id"] == "hf2020")
            largest = law["data_range"]["flops"]["max"].get<double>();
    QVERIFY(largest > 0);
    QCOMPARE(QString::fromStdString(compute["values"]["factor"].get<std::string>()),
             QString::number(out["flops"].get<double>() / largest, 'g', 2));

    // Inside the data (Chinchilla's default plan): no such warning.
    const json inside = jsonOf(runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd",
                                            "--gpu", "h100-sxm", "--gpus", "8", "--json"}));
    for (const json &w : inside["warnings"])
        QVERIFY2(w["code"].get<std::string>().find("law_data") == std::string::npos, w.dump().c_str());

    // `optimum` says it too: Kaplan's largest run had 1.5e9 non-embedding parameters (Kaplan et al.
    // 2020, Section 3), so its optimum at 1e25 FLOPs is far beyond; at 1e19 it is inside.
    const Run beyond = runFrontier({"optimum", "--law", "kaplan2020", "--flops", "1e25", "--json"});
    QCOMPARE(beyond.exitCode, 0);
    bool saysSize = false;
    const json beyondJson = jsonOf(beyond);
    for (const json &w : beyondJson["warnings"])
        saysSize = saysSize || (w["code"] == "plan.above_law_data" && w["values"]["what"] == "model size");
    QVERIFY2(saysSize, beyond.out.constData());
    QVERIFY2(QString::fromUtf8(runFrontier({"optimum", "--law", "kaplan2020", "--flops", "1e25"}).err)
                 .contains(QStringLiteral("warning: model size ")),
             "no warning on stderr");
    const json within = jsonOf(runFrontier({"optimum", "--law", "kaplan2020", "--flops", "1e19", "--json"}));
    QVERIFY2(within["warnings"].empty(), within.dump().c_str());
}

void TestCliPlan::planSessionExamples_data()
{
    // Each example of docs/examples/ plans with no note (it has every key), and its figures follow from
    // the catalogue numbers named here by plain arithmetic.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("expected");
    // Lambda lists the H100 SXM at 3.29 USD/GPU-hour (cloud_offers.json, Epoch price database).
    QTest::newRow("one GPU, $500: GPU-hours") << "one-gpu-500-usd" << "gpu_hours" << 500 / 3.29;
    QTest::newRow("one GPU, $500: cost") << "one-gpu-500-usd" << "cost_usd" << 500.0;
    // GCP Iowa H100 on demand 11.06 USD/GPU-hour; gcp/us-central1 566.3 g/kWh (mlco2 impact.csv).
    QTest::newRow("$20k in the cloud: GPU-hours") << "cloud-20k-usd" << "gpu_hours" << 20000 / 11.06;
    QTest::newRow("$20k in the cloud: grid") << "cloud-20k-usd" << "grid_g_per_kwh" << 566.3;
    // 70B parameters on 2T tokens: C = 6ND = 8.4e23 FLOPs (Kaplan et al. 2020, Section 2.1), at
    // 9.894e14 FLOP/s (Epoch chip database, H100 SXM dense BF16) x MFU 0.4 (the file's).
    QTest::newRow("multi-node 70B: FLOPs") << "multi-node-70b" << "flops" << 8.4e23;
    QTest::newRow("multi-node 70B: GPU-hours") << "multi-node-70b" << "gpu_hours" << 8.4e23 / (9.894e14 * 0.4) / 3600;
    QTest::newRow("multi-node 70B: days on 2048 GPUs") << "multi-node-70b" << "wall_clock_days" << 8.4e23 / (9.894e14 * 0.4) / 3600 / 2048 / 24;
    // The 2020 calculator's V100 (conversions.py @f15c845): 2.005 USD/GPU-hour, 0.1193495934959 kW
    // measured, 0.534 kg CO2/kWh.
    QTest::newRow("2020 V100, $100: GPU-hours") << "hf2020-v100" << "gpu_hours" << 100 / 2.005;
    QTest::newRow("2020 V100, $100: kWh") << "hf2020-v100" << "energy_kwh" << 100 / 2.005 * 0.1193495934959;
    QTest::newRow("2020 V100, $100: kg CO2") << "hf2020-v100" << "co2_kg" << 100 / 2.005 * 0.1193495934959 * 0.534;
}

void TestCliPlan::planSessionExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(double, expected);
    const Run run = runFrontier({"plan", "--session", example(file.toLatin1().constData()), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("missing") && !run.err.contains("ignored"), run.err.constData());
    FRONTIER_COMPARE_REL(jsonOf(run)[key.toStdString()].get<double>(), expected, 1e-9);
}

void TestCliPlan::planSessionEqualsTheSameFlags()
{
    // cloud-20k-usd.json says exactly what these options say: the answers are the same bytes.
    const Run session = runFrontier({"plan", "--session", example("cloud-20k-usd"), "--json"});
    const Run flags = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpu", "h100-sxm",
                                   "--gpus", "8", "--offer", "gcp/h100-sxm/iowa-us-central1-1gpu", "--region",
                                   "gcp/us-central1", "--json"});
    QCOMPARE(session.exitCode, 0);
    QCOMPARE(flags.exitCode, 0);
    QCOMPARE(session.out, flags.out);
    // A session's own constants and fixed job plan exactly as --set and --params/--tokens do.
    QTemporaryDir dir;
    QFile source(example("cloud-20k-usd"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    json edited = json::parse(source.readAll().toStdString());
    edited["law"]["overrides"] = {{"E", 1.8}, {"alpha", 0.3}};
    edited["job"]["fixed"] = true;
    edited["job"]["mode"] = "fixed_job";
    edited["job"]["params"] = 13e9;
    edited["job"]["tokens"] = 260e9;
    QFile file(dir.filePath(QStringLiteral("edited.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(edited.dump()));
    file.close();
    const Run own = runFrontier({"plan", "--session", file.fileName(), "--json"});
    const Run setFlags = runFrontier({"plan", "--law", "hoffmann2022", "--set", "E=1.8", "--set", "alpha=0.3", "--params", "13e9",
                                      "--tokens", "260e9", "--gpu", "h100-sxm", "--gpus", "8", "--offer",
                                      "gcp/h100-sxm/iowa-us-central1-1gpu", "--region", "gcp/us-central1", "--json"});
    QVERIFY2(own.exitCode == 0, own.err.constData());
    QCOMPARE(own.out, setFlags.out);
    // Chinchilla's L(N, D) = E + A/N^alpha + B/D^beta with the file's E and alpha; A, B and beta are
    // Hoffmann et al. 2022's unrounded TeX constants (tests/reference/chinchilla/fits.json).
    const json unrounded = frontier::test::referenceJson("chinchilla/fits.json")["parameter_sets"]["hoffmann2022_unrounded_tex"];
    const double loss = 1.8 + unrounded["A"].get<double>() / std::pow(13e9, 0.3)
                        + unrounded["B"].get<double>() / std::pow(260e9, unrounded["beta"].get<double>());
    FRONTIER_COMPARE_REL(jsonOf(own)["loss"].get<double>(), loss, 1e-12);

    // And the human form names the same law and offer.
    const Run text = runFrontier({"plan", "--session", example("hf2020-v100")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("hf2020-speed") && text.out.contains("v100-sxm2-16gb"), text.out.constData());
}

void TestCliPlan::planSessionRefusals_data()
{
    QTest::addColumn<QString>("content"); // written to a temporary session file ("" = no file)
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("session and a flag") << "example" << QStringList{"--gpus", "4"} << "--session and --gpus";
    QTest::newRow("no such file") << "" << QStringList{} << "no such file";
    QTest::newRow("newer schema") << "{\"schema_version\": 7}" << QStringList{} << "schema_version 7 is newer";
    QTest::newRow("unknown gpu names the key") << "gpu" << QStringList{} << "hardware.gpu: unknown accelerator 'h100-sxn'";
}

void TestCliPlan::planSessionRefusals()
{
    QFETCH(QString, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    if (!content.isEmpty()) {
        QFile source(example("cloud-20k-usd"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        if (content == QLatin1String("gpu"))
            bytes.replace("\"gpu\": \"h100-sxm\",\n    \"gpus\"", "\"gpu\": \"h100-sxn\",\n    \"gpus\"");
        else if (content != QLatin1String("example"))
            bytes = content.toUtf8();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    expectOneLineError(runFrontier(QStringList{"plan", "--session", path} + extra), message, 2);
}

void TestCliPlan::planOracleMlco2()
{
    // MC-A100-GCP-USCENTRAL1: with --gpu-watts W --power-fraction 1 --pue 1 --grid G, energy and CO2 are
    // the plain W*h/1000 and kWh*G/1000 of the ML CO2 Impact calculator: 40 kWh, 22.652 kg.
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "100", "--unit", "gpu-hours", "--gpu",
                                 "a100-sxm4-80gb", "--gpu-watts", "400", "--power-fraction", "1", "--pue", "1", "--grid",
                                 "566.3", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out["energy_kwh"].get<double>(), 40.0, 1e-6);
    FRONTIER_COMPARE_REL(out["co2_kg"].get<double>(), 22.652, 1e-6);
}

void TestCliPlan::humanTextUsesPeopleFormat()
{
    // The text output reads numbers the way the window does (data/peopleformat.h): three
    // significant digits with the scale, dollars with grouped thousands, and the same in a comma locale.
    QProcessEnvironment german;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const Run optimum = runFrontier({"optimum", "--law", "hoffmann2022-approach1", "--flops", "5.76e23"}, german);
    QCOMPARE(optimum.exitCode, 0);
    // Hoffmann et al. 2022, Table 3, Approach 1: 5.76e23 FLOPs -> 67 B parameters (2% for the table's rounding).
    const auto params = QRegularExpression(QStringLiteral("Parameters: +([0-9]+(\\.[0-9])?) B\n")).match(QString::fromUtf8(optimum.out));
    QVERIFY2(params.hasMatch(), optimum.out.constData());
    FRONTIER_COMPARE_REL(params.captured(1).toDouble() * 1e9, 67e9, 0.02);

    const Run plan = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpu", "h100-sxm",
                                  "--offer", "aws/h100-sxm/east-us-8gpu"},
                                 german);
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("Cost:           $20,000 at aws/h100-sxm/east-us-8gpu"), plan.out.constData());
}

// A budget's loss planned back as a target: the same run (budget -> loss -> budget through the
// command line), at Gopher's 5.76e23 FLOPs (Hoffmann et al. 2022, Table 3), whose Approach-3 optimum
// is "40B" (Fig. 4 caption).
void TestCliPlan::planForATargetLoss()
{
    const QStringList setup{"--law", "hoffmann2022", "--gpu", "h100-sxm", "--gpus", "64", "--json"};
    const Run budget = runFrontier(QStringList{"plan", "--budget", "5.76e23", "--unit", "flops"} + setup);
    QVERIFY2(budget.exitCode == 0, budget.err.constData());
    const double loss = jsonOf(budget)["loss"].get<double>();
    const Run target = runFrontier(QStringList{"plan", "--target-loss", QString::number(loss, 'g', 17)} + setup);
    QVERIFY2(target.exitCode == 0, target.err.constData());
    const json out = jsonOf(target);
    QCOMPARE(out["target_loss"].get<double>(), loss);
    QVERIFY(!out.contains("budget"));
    FRONTIER_COMPARE_REL(out["loss"].get<double>(), loss, 1e-12);
    FRONTIER_COMPARE_REL(out["flops"].get<double>(), 5.76e23, 1e-9);
    FRONTIER_COMPARE_REL(out["params"].get<double>(), 40e9, 0.02);
    // The plan's usual figures, as for the budget of the same FLOPs.
    const json same = jsonOf(budget);
    for (const char *key : {"gpu_hours", "wall_clock_days", "cost_usd", "energy_kwh", "co2_kg", "tokens"})
        FRONTIER_COMPARE_REL(out[key].get<double>(), same[key].get<double>(), 1e-9);
    // The text says what the plan is for.
    const Run text = runFrontier({"plan", "--law", "hoffmann2022", "--target-loss", "2", "--gpu", "h100-sxm"});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("Target:         a loss of 2 nats/token"), text.out.constData());
    QVERIFY2(text.out.contains("Loss:           2 nats/token"), text.out.constData());
}

void TestCliPlan::targetLossInTheReport()
{
    const Run run = runFrontier({"report", "--law", "hoffmann2022", "--target-loss", "2.1", "--gpu", "h100-sxm"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("To reach a loss of 2.1 nats per token, the cheapest compute-optimal run of "),
             run.out.constData());
}

// The report holds the plan beside GPT-3 unless --compare-run names another published run; PaLM's
// 2.56e24 FLOPs (Chowdhery et al. 2022, as resources/runs/runs.json holds them) with no CO2 read in
// a source: the sentence says compute only.
void TestCliPlan::reportComparesWithAPublishedRun()
{
    const QStringList base{"report", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm"};
    const Run gpt3 = runFrontier(base);
    QVERIFY2(gpt3.exitCode == 0, gpt3.err.constData());
    QVERIFY2(gpt3.out.contains("of the training compute of GPT-3 175B (3.14e23 FLOPs) and "), gpt3.out.constData());
    QVERIFY2(gpt3.out.contains("of its CO2 (552 t CO2eq as published)."), gpt3.out.constData());
    const Run palm = runFrontier(base + QStringList{"--compare-run", "palm-540b"});
    QVERIFY2(palm.exitCode == 0, palm.err.constData());
    QVERIFY2(palm.out.contains("of the training compute of PaLM 540B (2.56e24 FLOPs)."), palm.out.constData());
    QVERIFY2(!palm.out.contains("GPT-3 175B ("), palm.out.constData());
    const Run unknown = runFrontier(base + QStringList{"--compare-run", "gpt4"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("gpt4"), unknown.err.constData());
}

void TestCliPlan::planBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode"); // cli.h: 2 a bad or missing argument (an unknown id too), 1 no answer
    const QStringList base{"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd"};
    QTest::newRow("unknown GPU with close matches") << (base + QStringList{"--gpu", "h100"}) << "did you mean: h100-sxm" << 2;
    QTest::newRow("missing GPU") << base << "--gpu: missing" << 2;
    QTest::newRow("zero GPUs") << (base + QStringList{"--gpu", "h100-sxm", "--gpus", "0"})
                               << "--gpus: expected a whole number from 1 to 10000000, got '0'" << 2;
    QTest::newRow("MFU above 1") << (base + QStringList{"--gpu", "h100-sxm", "--mfu", "1.5"}) << "--mfu: must be in (0, 1]" << 2;
    QTest::newRow("negative price") << (base + QStringList{"--gpu", "h100-sxm", "--usd-per-gpu-hour", "-2"})
                                    << "--usd-per-gpu-hour: must not be negative, got -2" << 2;
    QTest::newRow("unknown offer") << (base + QStringList{"--gpu", "h100-sxm", "--offer", "aws/h100"}) << "unknown cloud offer 'aws/h100'" << 2;
    QTest::newRow("unknown region") << (base + QStringList{"--gpu", "h100-sxm", "--region", "gcp/mars-1"}) << "gcp/mars-1" << 2;
    QTest::newRow("unknown unit") << QStringList{"plan", "--law", "hoffmann2022", "--budget", "5", "--unit", "euros", "--gpu", "h100-sxm"}
                                  << "--unit: unknown budget unit 'euros'" << 2;
    QTest::newRow("absurd budget") << QStringList{"plan", "--law", "hoffmann2022", "--budget", "1e40", "--unit", "usd", "--gpu", "h100-sxm"}
                                   << "absurd" << 1;
    QTest::newRow("NaN budget") << QStringList{"plan", "--law", "hoffmann2022", "--budget", "nan", "--unit", "usd", "--gpu", "h100-sxm"}
                                << "--budget: expected a number, got 'nan'" << 2;
    QTest::newRow("budget beyond double") << QStringList{"plan", "--law", "hoffmann2022", "--budget", "1e400", "--unit", "usd", "--gpu", "h100-sxm"}
                                          << "--budget: '1e400' is too large" << 2;
    QTest::newRow("budget below double") << QStringList{"plan", "--law", "hoffmann2022", "--budget", "1e-400", "--unit", "usd", "--gpu", "h100-sxm"}
                                         << "--budget: '1e-400' is too small" << 2;
    QTest::newRow("budget and job") << (base + QStringList{"--params", "7B", "--tokens", "1T", "--gpu", "h100-sxm"})
                                    << "give either --budget X --unit UNIT, --params N --tokens D or --target-loss L" << 2;
    QTest::newRow("target loss and budget") << (base + QStringList{"--target-loss", "2", "--gpu", "h100-sxm"})
                                            << "--target-loss: the plan is the cheapest run that reaches the loss" << 2;
    QTest::newRow("target loss and job") << QStringList{"plan", "--law", "hoffmann2022", "--target-loss", "2", "--params", "7B", "--tokens", "1T", "--gpu", "h100-sxm"}
                                         << "without --budget, --unit, --params or --tokens" << 2;
    // limits.json: a target loss from 0.01 to 30 nats/token.
    QTest::newRow("target loss 40") << QStringList{"plan", "--law", "hoffmann2022", "--target-loss", "40", "--gpu", "h100-sxm"}
                                    << "--target-loss: 40 is outside the plausible range 0.01 to 30" << 2;
    // Hoffmann et al. 2022, Eq. (10): E = 1.69 with the rounded constants.
    QTest::newRow("target below E") << QStringList{"plan", "--law", "hoffmann2022-rounded", "--target-loss", "1.6", "--gpu", "h100-sxm"}
                                    << "a loss of 1.6 is at or below the irreducible loss 1.69 of law hoffmann2022-rounded" << 1;
    QTest::newRow("target under a law without loss")
        << QStringList{"plan", "--law", "hoffmann2022-approach2", "--target-loss", "2", "--gpu", "h100-sxm"}
        << "law hoffmann2022-approach2 predicts no loss" << 1;
    QTest::newRow("too small for hf2020") << QStringList{"plan", "--law", "hf2020", "--budget", "1e9", "--unit", "flops", "--gpu", "h100-sxm"}
                                          << "outside the valid range of hf2020" << 1;
    QTest::newRow("below the 2020 tipping point") << QStringList{"plan", "--law", "hf2020", "--budget", "0.001", "--unit", "hours", "--gpu", "k80"}
                                                  << "tipping point" << 1;
}

void TestCliPlan::planBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    expectOneLineError(runFrontier(arguments), message, exitCode);
}

// Inputs that parse but would drive an answer out of range, and ambiguous command lines: each is
// refused, naming the input (not a downstream quantity), with the exit code of cli.h (2 for a bad
// argument, 1 for a question that cannot be answered). Ranges: resources/limits.json.
void TestCliPlan::refusedInputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    const QStringList plan{"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm"};
    QTest::newRow("1e-308 parameters") << QStringList{"loss", "--law", "hoffmann2022", "--params", "1e-308", "--tokens", "1e9"}
                                       << "--params: 1e-308 is outside the plausible range 1 to 1e+15" << 2;
    QTest::newRow("1e-308 tokens") << QStringList{"loss", "--law", "hoffmann2022", "--params", "1e9", "--tokens", "1e-308"}
                                   << "--tokens: 1e-308 is outside the plausible range 1 to 1e+17" << 2;
    QTest::newRow("1e-308 parameters for optimum") << QStringList{"optimum", "--law", "hoffmann2022", "--params", "1e-308"}
                                                   << "--params: 1e-308 is outside" << 2;
    QTest::newRow("loss of 1e-308") << QStringList{"batch", "--law", "kaplan2020", "--loss", "1e-308"}
                                    << "--loss: 1e-308 is outside the plausible range 0.01 to 30" << 2;
    QTest::newRow("width 1e200") << QStringList{"speed", "--gpu", "V100", "--width", "1e200", "--depth", "4"}
                                 << "--width: 1e+200 is outside the plausible range 1 to 1e+06" << 2;
    QTest::newRow("price 1e308") << (plan + QStringList{"--usd-per-gpu-hour", "1e308"})
                                 << "--usd-per-gpu-hour: 1e+308 is outside the plausible range 0 to 10000" << 2;
    QTest::newRow("grid 1e308") << (plan + QStringList{"--grid", "1e308"})
                                << "--grid: 1e+308 is outside the plausible range 0 to 2000" << 2;
    QTest::newRow("micro-batch 1e308") << (plan + QStringList{"--micro-batch", "1e308"})
                                       << "--micro-batch: 1e+308 is outside the plausible range 1 to 1e+06" << 2;
    QTest::newRow("sequence length 1e308") << (plan + QStringList{"--seq-len", "1e308"})
                                           << "--seq-len: 1e+308 is outside the plausible range 1 to 1e+08" << 2;
    QTest::newRow("PUE 1e308 names --pue, not the energy") << (plan + QStringList{"--pue", "1e308"})
                                                           << "--pue: 1e+308 is outside the plausible range 1 to 5" << 2;
    QTest::newRow("fixed job of 1e308 parameters")
        << QStringList{"plan", "--law", "hoffmann2022", "--params", "1e308", "--tokens", "1e12", "--gpu", "h100-sxm"}
        << "--params: 1e+308 is outside" << 2;
    // --set goes through the ranges of limits.json, as the law panel and a session file do.
    QTest::newRow("constants that would overflow the loss are refused by name")
        << QStringList{"loss", "--law", "hoffmann2022", "--set", "A=1e308", "--set", "B=1e308", "--params", "1", "--tokens", "1"}
        << "A: 1e+308 is outside the plausible range -1e+30 to 1e+30" << 1;
    QTest::newRow("E = -1 would predict a negative loss")
        << (plan + QStringList{"--set", "E=-1"}) << "E: -1 is outside the plausible range 0 to 30 nats/token" << 1;
    // An answer no run can have is refused, however it came about.
    QTest::newRow("a budget of 1e-308 USD buys less than one parameter")
        << QStringList{"plan", "--law", "hoffmann2022", "--budget", "1e-308", "--unit", "usd", "--gpu", "h100-sxm"}
        << "a model needs at least one of each (the budget is too small for any model" << 1;
    QTest::newRow("optimum: alpha = 1e-9 puts the optimum below one parameter")
        << QStringList{"optimum", "--law", "hoffmann2022", "--set", "alpha=1e-9", "--flops", "1e23"}
        << "the plan has 3.39269e-08 parameters" << 1;
    // One row for each other range of limits.json the option readers use, so a missing key shows.
    QTest::newRow("steps 1e13") << QStringList{"loss", "--law", "kaplan2020", "--params", "1e9", "--steps", "1e13"}
                                << "--steps: 1e+13 is outside the plausible range 1 to 1e+12" << 2;
    QTest::newRow("flops 1e37") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1e37"}
                                << "--flops: 1e+37 is outside the plausible range 1 to 1e+36" << 2;
    QTest::newRow("pfdays 1e17") << QStringList{"optimum", "--law", "kaplan2020", "--pfdays", "1e17"}
                                 << "--pfdays: 1e+17 is outside the plausible range 1e-20 to 1e+16" << 2;
    QTest::newRow("depth 1e6") << QStringList{"speed", "--gpu", "V100", "--width", "512", "--depth", "1e6"}
                               << "--depth: 1e+06 is outside the plausible range 1 to 100000" << 2;
    QTest::newRow("batch 1e8") << QStringList{"speed", "--gpu", "V100", "--width", "512", "--depth", "4", "--batch", "1e8"}
                               << "--batch: 1e+08 is outside the plausible range 1 to 1e+07" << 2;
    QTest::newRow("electricity 1000 $/kWh") << (plan + QStringList{"--usd-per-kwh", "1000"})
                                            << "--usd-per-kwh: 1000 is outside the plausible range 0 to 100" << 2;
    QTest::newRow("peak 1e20 FLOP/s") << (plan + QStringList{"--peak-flops", "1e20"})
                                      << "--peak-flops: 1e+20 is outside the plausible range 1e+09 to 1e+18" << 2;
    QTest::newRow("1 MW per GPU") << (plan + QStringList{"--gpu-watts", "1e6"})
                                  << "--gpu-watts: 1e+06 is outside the plausible range 1 to 100000" << 2;
    QTest::newRow("overhead 1000") << (plan + QStringList{"--overhead", "1000"})
                                   << "--overhead: 1000 is outside the plausible range 1 to 100" << 2;
    QTest::newRow("an option given twice") << (plan + QStringList{"--gpus", "8", "--gpus", "16"})
                                           << "--gpus: given more than once" << 2;
    QTest::newRow("a law given twice") << QStringList{"optimum", "--law", "hoffmann2022", "--law", "epoch2024", "--flops", "1e21"}
                                       << "--law: given more than once" << 2;
    QTest::newRow("--json with --csv") << QStringList{"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B",
                                                      "--json", "--csv"}
                                       << "--json and --csv: choose one" << 2;
    QTest::newRow("unknown grid dataset without a region") << (plan + QStringList{"--grid-dataset", "electricitymaps"})
                                                           << "--grid-dataset: unknown" << 2;
    QTest::newRow("power fraction above 1 names the option") << (plan + QStringList{"--power-fraction", "1.5"})
                                                             << "--power-fraction: must be in (0, 1]" << 2;
    QTest::newRow("ZeRO stage 4") << (plan + QStringList{"--zero", "4"}) << "--zero: expected a whole number from 0 to 3" << 2;
    QTest::newRow("compare with every offer skipped")
        << QStringList{"compare", "--law", "hf2020", "--budget", "1e9", "--unit", "flops"}
        << "offers and GPUs were left out: compute 1e+09 FLOPs is outside the valid range of hf2020" << 1;
}

void TestCliPlan::refusedInputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    expectOneLineError(runFrontier(arguments), message, exitCode);
}

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
