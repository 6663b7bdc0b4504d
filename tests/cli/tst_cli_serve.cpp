// `frontier serve` as a script sees it: the numbers of tests/model/tst_serving.cpp through the command
// line (Llama 2 7B: 6,738,415,616 parameters, 32 layers, 32 KV heads x 128; an H100 SXM of
// resources/hardware/accelerators.json: 80 GiB, 3.35e12 B/s, 700 W), the plan's N when plan options
// are given, the assumptions with their sources, and one-line refusals.
#include "clitestsupport.h"

using namespace frontier;
using namespace frontier::test;

namespace {

// Llama 2 7B on an H100 SXM at $2/GPU-hour, PUE 1.1, 475 g/kWh, full TDP.
QStringList llama7b()
{
    return {"serve", "--params", "6738415616", "--layers", "32", "--kv-heads", "32", "--head-dim", "128",
            "--gpu", "h100-sxm", "--usd-per-gpu-hour", "2", "--pue", "1.1", "--grid", "475", "--power-fraction", "1"};
}

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void llama7bOnAnH100();
    void fourBitsAndABatch();
    void planOptionsServeThePlansModel();
    void textIsReadable();
    void badInput_data();
    void badInput();
};

void TestCliServe::llama7bOnAnH100()
{
    const Run run = runFrontier(llama7b() + QStringList{"--json"});
    QCOMPARE(run.exitCode, 0);
    const nlohmann::json out = jsonOf(run);
    // 6,738,415,616 x 2 B; KV 2 x 32 x 32 x 128 x 2 B x 4096 tokens (the default context).
    QCOMPARE(out["weight_bytes"].get<double>(), 13476831232.0);
    QCOMPARE(out["kv_cache_bytes"].get<double>(), 2147483648.0);
    QCOMPARE(out["gpus_needed"].get<int>(), 1);
    // 3.35e12 / (13,476,831,232 + 2,147,483,648) = 214.41 tok/s; 1e6 / 214.41 / 3600 = 1.29555 h:
    // $2.5911, x 700 W x 1.1 = 0.99757 kWh, x 475 g = 0.47385 kg.
    QVERIFY(near(out["tokens_per_second"].get<double>(), 214.4094, 1e-6));
    QCOMPARE(out["bound"].get<std::string>(), std::string("memory"));
    QVERIFY(near(out["usd_per_million_tokens"].get<double>(), 2.5910970, 1e-6));
    QVERIFY(near(out["kwh_per_million_tokens"].get<double>(), 0.99757234, 1e-6));
    QVERIFY(near(out["co2_kg_per_million_tokens"].get<double>(), 0.47384686, 1e-6));
    QCOMPARE(out["shape"]["from"].get<std::string>(), std::string("typed"));
    // Every figure with its source: the bandwidth from Epoch AI's chip data, the memory share from vLLM.
    std::map<std::string, nlohmann::json> byName;
    for (const auto &a : out["assumptions"])
        byName[a["name"].get<std::string>()] = a;
    QCOMPARE(byName.at("memory_bandwidth_bytes_per_s")["value"].get<double>(), 3.35e12);
    QVERIFY(byName.at("memory_bandwidth_bytes_per_s")["source"].get<std::string>().find("Epoch AI") != std::string::npos);
    QVERIFY(byName.at("memory_fraction")["source"].get<std::string>().find("vLLM") != std::string::npos);
    QCOMPARE(byName.at("usd_per_gpu_hour")["source"].get<std::string>(), std::string("typed"));
    QVERIFY(byName.at("ideal_tensor_parallel")["value"].is_null());
    QVERIFY(out["compression_finding"]["source"].get<std::string>().find("arXiv:2002.11794") != std::string::npos);
    QVERIFY(out["loss"].is_null()); // a bare N has no law's loss
}

void TestCliServe::fourBitsAndABatch()
{
    const Run run = runFrontier(llama7b() + QStringList{"--bits", "4", "--batch", "8", "--context", "1024", "--json"});
    QCOMPARE(run.exitCode, 0);
    const nlohmann::json out = jsonOf(run);
    QCOMPARE(out["weight_bytes"].get<double>(), 3369207808.0);
    QCOMPARE(out["weight_bytes_at_bits"]["8"].get<double>(), 6738415616.0);
    QCOMPARE(out["weight_bytes_at_bits"]["16"].get<double>(), 13476831232.0);
    // 8 x 1024 x 524,288 = 4,294,967,296 B; 8 x 3.35e12 / (3,369,207,808 + 4,294,967,296) = 3496.78 tok/s.
    QCOMPARE(out["kv_cache_bytes"].get<double>(), 4294967296.0);
    QVERIFY2(near(out["tokens_per_second"].get<double>(), 3496.789, 1e-5), out.dump().c_str());
}

void TestCliServe::planOptionsServeThePlansModel()
{
    // A fixed job of 70e9 parameters: served at N = 70e9, with the plan's loss plus the typed penalty.
    const QStringList plan{"--law", "hoffmann2022", "--params", "70e9", "--tokens", "1.4e12", "--gpu", "h100-sxm"};
    const Run planned = runFrontier(QStringList{"plan"} + plan + QStringList{"--json"});
    QCOMPARE(planned.exitCode, 0);
    const double loss = jsonOf(planned)["loss"].get<double>();
    const Run run = runFrontier(QStringList{"serve"} + plan + QStringList{"--loss-penalty", "0.05", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const nlohmann::json out = jsonOf(run);
    QCOMPARE(out["params"].get<double>(), 70e9);
    QCOMPARE(out["shape"]["from"].get<std::string>(), std::string("llama-candidate"));
    QVERIFY(near(out["loss"].get<double>(), loss + 0.05, 1e-12));
    // 140 GB of 16-bit weights do not fit one H100's 77.3 GB: two GPUs.
    QCOMPARE(out["weight_bytes"].get<double>(), 140e9);
    QCOMPARE(out["gpus_needed"].get<int>(), 2);
    QVERIFY(!out["offer"].is_null()); // the plan's cheapest offer prices the serving too
    QVERIFY(out["usd_per_million_tokens"].get<double>() > 0);

    // The same job as a mixture of 8 experts, 2 a token: served with the plan's counted total (every
    // expert in memory) and active parameters (read per token) and its own attention shape, exactly
    // the counts `plan --json` prints under "moe".
    const QStringList moe{"--experts", "8", "--top-k", "2"};
    const Run sparsePlan = runFrontier(QStringList{"plan"} + plan + moe + QStringList{"--json"});
    QCOMPARE(sparsePlan.exitCode, 0);
    const nlohmann::json shape = jsonOf(sparsePlan)["moe"]["shape"];
    const Run sparse = runFrontier(QStringList{"serve"} + plan + moe + QStringList{"--json"});
    QVERIFY2(sparse.exitCode == 0, sparse.err.constData());
    const nlohmann::json served = jsonOf(sparse);
    QCOMPARE(served["params"].get<double>(), shape["params"].get<double>());
    QCOMPARE(served["active_params"].get<double>(), shape["active_params"].get<double>());
    QVERIFY(served["params"].get<double>() > 3 * served["active_params"].get<double>());
    QCOMPARE(served["weight_bytes"].get<double>(), 2 * shape["params"].get<double>());
    QCOMPARE(served["shape"]["from"].get<std::string>(), std::string("typed"));
    QCOMPARE(served["shape"]["layers"].get<int>(), shape["layers"].get<int>());
    QCOMPARE(served["shape"]["kv_heads"].get<int>(), shape["kv_heads"].get<int>());
    QCOMPARE(served["shape"]["head_dim"].get<int>(), shape["head_dim"].get<int>());
    // At batch 1 a step reads the two experts its token is routed to: the active share of the weights.
    QVERIFY(near(served["weight_share_read_per_step"].get<double>(),
                 shape["active_params"].get<double>() / shape["params"].get<double>(), 1e-12));
    QCOMPARE(out["weight_share_read_per_step"].get<double>(), 1.0); // dense
}

void TestCliServe::textIsReadable()
{
    const Run run = runFrontier(llama7b());
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("13.5 GB at 16 bits")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("214 tokens/s, bound by memory bandwidth")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("$2.59")), qPrintable(text));
    // The GPU by its catalogue name (resources/hardware/accelerators.json), not its id.
    QVERIFY2(text.contains(QStringLiteral("1 x NVIDIA H100 SXM5 80GB (")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("h100-sxm")), qPrintable(text));
}

void TestCliServe::badInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative bits") << QStringList{"--bits", "-4"} << QStringLiteral("bits per weight must be above 0");
    QTest::newRow("bits not a number") << QStringList{"--bits", "four"} << QStringLiteral("--bits: expected a number");
    QTest::newRow("context 2.5k") << QStringList{"--context", "2.5k", "--batch", "0.5"} << QStringLiteral("the serving batch must be a whole number");
    QTest::newRow("context 0") << QStringList{"--context", "0"} << QStringLiteral("the context must be a whole number");
    QTest::newRow("batch 1.5") << QStringList{"--batch", "1.5"} << QStringLiteral("the serving batch must be a whole number");
    QTest::newRow("all pruned") << QStringList{"--sparsity", "1"} << QStringLiteral("the pruned share");
    QTest::newRow("NaN penalty") << QStringList{"--loss-penalty", "nan"} << QStringLiteral("--loss-penalty: expected a number");
    QTest::newRow("negative penalty") << QStringList{"--loss-penalty", "-0.1"} << QStringLiteral("the loss penalty must be from 0");
    QTest::newRow("active above total") << QStringList{"--active-params", "7e10"} << QStringLiteral("cannot exceed");
    QTest::newRow("zero KV heads") << QStringList{"--kv-heads", "0"} << QStringLiteral("--kv-heads: expected a whole number");
}

void TestCliServe::badInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QStringList args = llama7b();
    // --kv-heads given twice is its own error: drop the typed one for that row.
    if (extra.contains(QStringLiteral("--kv-heads")))
        args.remove(args.indexOf(QStringLiteral("--kv-heads")), 2);
    expectOneLineError(runFrontier(args + extra), message);
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
