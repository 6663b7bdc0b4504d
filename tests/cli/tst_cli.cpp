// The command line end to end: run the built binary as a script would, parse its JSON, check the
// numbers against the reference, and check that bad arguments fail loudly with one line.
#include "exportchecks.h"
#include "testsupport.h"

#include "model/core/csv.h"
#include "model/core/numbers.h"
#include "model/plan/report.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <csignal>
#include <sys/resource.h>

using nlohmann::json;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runFrontier(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    // No display and a platform plugin that does not exist: a CLI that touched the GUI would abort.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRONTIER_EXECUTABLE), arguments);
    if (!process.waitForFinished(300000))
        qFatal("frontier %s did not finish", qPrintable(arguments.join(QLatin1Char(' ')).left(200)));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A bad argument: non-zero exit, nothing on stdout, one line on stderr naming the problem.
void expectOneLineError(const Run &run, const QString &message, int exitCode = -1)
{
    if (exitCode >= 0)
        QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("frontier: ")) && err.contains(message), qPrintable(err));
}

json jsonOf(const Run &run)
{
    return json::parse(run.out.toStdString());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lawsListsEveryLawWithSources();
    void optimumChinchillaAtGopherBudget();
    void lossOracleCases_data();
    void lossOracleCases();
    void kaplanOptimumAndBatch();
    void speedOracleCase();
    void fitEpochData();
    void fitRefusesUntrustedFiles_data();
    void fitRefusesUntrustedFiles();
    void fitWarnsOnNegativeExponent();
    void humanOutput();
    void badArguments_data();
    void badArguments();
    void planRoundTrips_data();
    void planRoundTrips();
    void planJsonCarriesSources();
    void planSessionExamples_data();
    void planSessionExamples();
    void planSessionEqualsTheSameFlags();
    void planSessionRefusals_data();
    void planSessionRefusals();
    void planOracleMlco2();
    void humanTextUsesPeopleFormat();
    void compareCsvAndSort();
    void compareBudgetRowsCarryTheirModel();
    void compareSortAliases_data();
    void compareSortAliases();
    void compareParetoColumn();
    void catalogueListings();
    void planBadArguments_data();
    void planBadArguments();
    void refusedInputs_data();
    void refusedInputs();
    void longArgumentIsClipped();
    void subcommandHelp_data();
    void subcommandHelp();
    void topLevelHelpListsSubcommands();
    void speaksTheSystemLanguage();
    void commaLocaleChangesNothing();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportCsvIsTheChartsRows();
    void exportOnAFullDiskKeepsTheOldFile();
    void exportBadArguments_data();
    void exportBadArguments();
    void exportFollowsTheSessionsViewAndCatalogues();
    void reportMarkdownAndLatex();
};

void TestCli::lawsListsEveryLawWithSources()
{
    const Run run = runFrontier({QStringLiteral("laws"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const json laws = jsonOf(run);
    QCOMPARE(laws.size(), std::size_t(9)); // 8 + hf2020-exact-hull
    bool sawRoundedAlpha = false;
    for (const auto &law : laws) {
        QVERIFY(!law["citation"].get<std::string>().empty());
        for (const auto &c : law["constants"]) {
            QVERIFY(c["value"].is_number());
            QVERIFY(!c["source"].get<std::string>().empty());
            if (law["id"] == "hoffmann2022-rounded" && c["name"] == "alpha") {
                sawRoundedAlpha = true;
                QCOMPARE(c["value"].get<double>(), 0.34); // Hoffmann et al. 2022, Appendix D.2, Eq. (10)
            }
        }
    }
    QVERIFY(sawRoundedAlpha);
}

void TestCli::optimumChinchillaAtGopherBudget()
{
    // Hoffmann et al. 2022, Fig. 4 caption: ~40B at 5.76e23 FLOPs with the unrounded constants.
    const Run run = runFrontier({QStringLiteral("optimum"), QStringLiteral("--law"), QStringLiteral("hoffmann2022"),
                              QStringLiteral("--flops"), QStringLiteral("5.76e23"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    QVERIFY(out["params"].is_number() && out["tokens"].is_number() && out["loss"].is_number());
    FRONTIER_COMPARE_REL(out["params"].get<double>(), 40e9, 0.03);
    FRONTIER_COMPARE_REL(out["flops"].get<double>(), 5.76e23, 1e-15);
    FRONTIER_COMPARE_REL(6 * out["params"].get<double>() * out["tokens"].get<double>(), 5.76e23, 1e-12);
    // ~40B at 5.76e23 under C = 6ND is 2.4T tokens, 60 per parameter (3% on N is ~6% on the ratio).
    FRONTIER_COMPARE_REL(out["tokens"].get<double>(), 5.76e23 / (6 * 40e9), 0.03);
    FRONTIER_COMPARE_REL(out["tokens_per_param"].get<double>(), 60.0, 0.065);
}

// Oracle cases through the binary (tests/reference/oracle-public.json).
void TestCli::lossOracleCases_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("absTolerance");
    QTest::newRow("CH-L-CHINCHILLA, rounded constants")
        << QStringList{"loss", "--law", "hoffmann2022-rounded", "--params", "70e9", "--tokens", "1.4e12", "--json"}
        << 1.9366454705587173 << 1e-4;
    QTest::newRow("EP-L-CHINCHILLA, epoch2024")
        << QStringList{"loss", "--law", "epoch2024", "--params", "70B", "--tokens", "1.4T", "--json"}
        << 1.973401061447261 << 1e-4;
    QTest::newRow("KA-LN-1E9 via --set")
        << QStringList{"loss", "--law", "kaplan2020", "--set", "alpha_N=0.076", "--set", "N_c=8.8e13", "--params", "1e9", "--json"}
        << 2.3756402951345246 << 1e-4;
    QTest::newRow("KA-LD-1E10")
        << QStringList{"loss", "--law", "kaplan2020", "--tokens", "1e10", "--json"} << 2.2624417538197132 << 1e-4;
    QTest::newRow("CH-L-GOPHER via --set on the unrounded law")
        << QStringList{"loss", "--law", "hoffmann2022", "--set", "E=1.69", "--set", "A=406.4", "--set", "B=410.7",
                       "--set", "alpha=0.34", "--set", "beta=0.28", "--params", "280e9", "--tokens", "300e9", "--json"}
        << 1.9932584616598494 << 1e-4;
}

void TestCli::lossOracleCases()
{
    QFETCH(QStringList, arguments);
    QFETCH(double, expected);
    QFETCH(double, absTolerance);
    const Run run = runFrontier(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    FRONTIER_COMPARE_ABS(jsonOf(run)["loss"].get<double>(), expected, absTolerance);
}

void TestCli::kaplanOptimumAndBatch()
{
    // Appendix A at C_min = 1 PF-day: N_opt 1.3e9, B 2e6 tokens, S_min 5400, D_opt 2e10.
    const Run run = runFrontier({"optimum", "--law", "kaplan2020", "--pfdays", "1", "--json"});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out["params"].get<double>(), 1.3e9, 1e-12);
    FRONTIER_COMPARE_REL(out["batch_tokens"].get<double>(), 2e6, 1e-12);
    FRONTIER_COMPARE_REL(out["steps"].get<double>(), 5400, 1e-12);
    FRONTIER_COMPARE_REL(out["tokens"].get<double>(), 2e10, 1e-12);
    // KA-BCRIT-L3: B_crit(3) = 2.1e8 / 3^(1/0.21).
    const Run batch = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--json"});
    QCOMPARE(batch.exitCode, 0);
    FRONTIER_COMPARE_REL(jsonOf(batch)["batch_tokens"].get<double>(), 1122569.7107474345, 1e-4);
}

void TestCli::speedOracleCase()
{
    // HF-V100-O0-4x512 (conversions.py @f15c845).
    const Run run = runFrontier({"speed", "--gpu", "V100", "--amp", "O0", "--width", "512", "--depth", "4", "--json"});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    QCOMPARE(out["batch"].get<double>(), 64.0); // the study's per-GPU batch by default
    FRONTIER_COMPARE_REL(out["nonembedding_flops_per_s"].get<double>(), 1875802124244.611, 1e-6);
}

void TestCli::fitEpochData()
{
    // EP-FIT-MLE through the binary: Epoch's 240 points, epoch-mle method.
    const QString csv = QStringLiteral(FRONTIER_TEST_DATA_DIR "/chinchilla/epoch_svg_extracted_data.csv");
    const Run run = runFrontier({"fit", csv, "--method", "epoch-mle", "--exclude-highest", "5", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["points"].get<int>(), 240);
    FRONTIER_COMPARE_ABS(out["E"].get<double>(), 1.81686, 0.005);
    FRONTIER_COMPARE_ABS(out["alpha"].get<double>(), 0.34781, 0.003);
    FRONTIER_COMPARE_ABS(out["beta"].get<double>(), 0.36585, 0.003);
    FRONTIER_COMPARE_REL(out["A"].get<double>(), 482.00572, 0.1);
    FRONTIER_COMPARE_REL(out["B"].get<double>(), 2085.4342, 0.25);
}

void TestCli::fitRefusesUntrustedFiles_data()
{
    // The limits of resources/laws/fitting.json (max_rows 10,000; max_file_bytes 16 MiB) and the
    // five distinct (N, D) points a five-constant law needs.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QByteArray rows = "params,tokens,loss\n";
    for (int i = 0; i < 10001; ++i)
        rows += "1e9,2e10,2.5\n";
    QTest::newRow("10,001 rows") << rows << "has more than 10000 rows; a fit takes at most 10000 runs";
    QByteArray big = "params,tokens,loss\n1e9,2e10,2.5\n";
    big.append(16 * 1024 * 1024, ' ');
    QTest::newRow("over 16 MiB") << big << "a fit reads files of at most 16777216 bytes";
    QTest::newRow("12 runs, 2 distinct (N, D)")
        << QByteArray("params,tokens,loss\n1e9,2e10,2.5\n1e9,2e10,2.6\n1e9,2e10,2.4\n1e9,2e10,2.55\n"
                      "1e9,2e10,2.45\n1e9,2e10,2.52\n2e9,2e10,2.3\n2e9,2e10,2.35\n2e9,2e10,2.25\n"
                      "2e9,2e10,2.31\n2e9,2e10,2.29\n2e9,2e10,2.33\n")
        << "a fit needs at least 5 distinct (N, D) points, got 2 in 12 runs";
}

void TestCli::fitRefusesUntrustedFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    expectOneLineError(runFrontier({"fit", path}), message);
}

void TestCli::fitWarnsOnNegativeExponent()
{
    // Losses exactly on 1.8 + 3e-4·N^0.3 + 400/D^0.3: rising with N, so the fit lands on alpha = -0.3,
    // which `--set` would refuse. Answered, with the warning on stderr and in --json "warnings".
    QByteArray text = "params,tokens,loss\n";
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 5; ++j) {
            const double n = 1e7 * std::pow(10.0, 0.75 * i), d = 1e9 * std::pow(10.0, 0.75 * j);
            text += QByteArray::number(n, 'g', 17) + ',' + QByteArray::number(d, 'g', 17) + ','
                    + QByteArray::number(1.8 + 3e-4 * std::pow(n, 0.3) + 400 / std::pow(d, 0.3), 'g', 17) + '\n';
        }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rising.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    const Run run = runFrontier({"fit", path, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_ABS(out["alpha"].get<double>(), -0.3, 1e-4);
    QCOMPARE(out["warnings"].size(), std::size_t(1));
    const std::string expected = "the fitted alpha is -0.3, not positive: the loss would not fall with model size";
    QCOMPARE(out["warnings"][0].get<std::string>(), expected);
    QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("frontier: warning: %1\n").arg(QString::fromStdString(expected)));
}

void TestCli::humanOutput()
{
    const Run run = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Parameters:") && run.out.contains(" B"), run.out.constData());
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode"); // cli.h: 2 a bad or missing argument (an unknown id too), 1 no answer
    QTest::newRow("unknown subcommand") << QStringList{"optimise"} << "unknown subcommand 'optimise'" << 2;
    QTest::newRow("unknown law") << QStringList{"loss", "--law", "hoffman2022", "--params", "1e9"}
                                 << "unknown law 'hoffman2022'; did you mean: hoffmann2022" << 2;
    QTest::newRow("missing law") << QStringList{"optimum", "--flops", "1e21"} << "--law: missing" << 2;
    QTest::newRow("NaN budget") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "nan"}
                                << "--flops: expected a number, got 'nan'" << 2;
    QTest::newRow("infinite size") << QStringList{"loss", "--law", "kaplan2020", "--params", "inf"}
                                   << "--params: expected a number, got 'inf'" << 2;
    QTest::newRow("negative budget") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "-3"}
                                     << "--flops: must be positive, got -3" << 2;
    QTest::newRow("zero size") << QStringList{"loss", "--law", "epoch2024", "--params", "0", "--tokens", "1e9"}
                               << "--params: must be positive, got 0" << 2;
    QTest::newRow("text as a number") << QStringList{"loss", "--law", "epoch2024", "--params", "seven", "--tokens", "1e9"}
                                      << "--params: expected a number, got 'seven'" << 2;
    QTest::newRow("two budgets") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1e21", "--params", "1e9"}
                                 << "optimum: give exactly one of --flops, --pfdays, --params" << 2;
    QTest::newRow("unknown option") << QStringList{"laws", "--colour"} << "Unknown option 'colour'." << 2;
    QTest::newRow("unknown constant") << QStringList{"loss", "--law", "hoffmann2022", "--set", "gamma=1", "--params", "1e9", "--tokens", "1e9"}
                                      << "unknown constant 'gamma'" << 2;
    QTest::newRow("no batch in Chinchilla") << QStringList{"batch", "--law", "hoffmann2022", "--loss", "2"}
                                            << "law hoffmann2022 has no B_crit(L)" << 1;
    QTest::newRow("below hf2020's valid range") << QStringList{"optimum", "--law", "hf2020", "--flops", "1e12"}
                                                << "outside the valid range of hf2020" << 1;
    QTest::newRow("missing fit file") << QStringList{"fit", "/nonexistent/runs.csv"} << "file not found: /nonexistent/runs.csv" << 1;
    QTest::newRow("fit method") << QStringList{"fit", "x.csv", "--method", "magic"} << "--method: " << 2;
    QTest::newRow("fit on a device that never ends") << QStringList{"fit", "/dev/zero"}
                                                     << "/dev/zero is not a regular file: a fit reads a CSV file" << 1;
    QTest::newRow("fit on a folder") << QStringList{"fit", "/"} << "/ is not a regular file" << 1;
    QTest::newRow("unknown GPU") << QStringList{"speed", "--gpu", "A100", "--width", "512", "--depth", "4"}
                                 << "unknown 2020 GPU 'A100'" << 2;
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    expectOneLineError(runFrontier(arguments), message, exitCode);
}

void TestCli::planRoundTrips_data()
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
}

void TestCli::planRoundTrips()
{
    // Issue 4: a plan made from X in unit U reports exactly X in U (relative error below 1e-9).
    QFETCH(QString, unit);
    QFETCH(QString, amount);
    QFETCH(QString, key);
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--budget", amount, "--unit", unit, "--gpu", "h100-sxm",
                                 "--gpus", "64", "--region", "gcp/europe-west4", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out[key.toStdString()].get<double>(), amount.toDouble(), 1e-9);
    FRONTIER_COMPARE_REL(out["budget"]["amount"].get<double>(), amount.toDouble(), 1e-15);
}

void TestCli::planJsonCarriesSources()
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

QString example(const char *name)
{
    return QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/%1.json").arg(QLatin1String(name));
}

void TestCli::planSessionExamples_data()
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

void TestCli::planSessionExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(double, expected);
    const Run run = runFrontier({"plan", "--session", example(file.toLatin1().constData()), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("missing") && !run.err.contains("ignored"), run.err.constData());
    FRONTIER_COMPARE_REL(jsonOf(run)[key.toStdString()].get<double>(), expected, 1e-9);
}

void TestCli::planSessionEqualsTheSameFlags()
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

void TestCli::planSessionRefusals_data()
{
    QTest::addColumn<QString>("content"); // written to a temporary session file ("" = no file)
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("session and a flag") << "example" << QStringList{"--gpus", "4"} << "--session and --gpus";
    QTest::newRow("no such file") << "" << QStringList{} << "no such file";
    QTest::newRow("newer schema") << "{\"schema_version\": 7}" << QStringList{} << "schema_version 7 is newer";
    QTest::newRow("unknown gpu names the key") << "gpu" << QStringList{} << "hardware.gpu: unknown accelerator 'h100-sxn'";
}

void TestCli::planSessionRefusals()
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

void TestCli::humanTextUsesPeopleFormat()
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

void TestCli::planOracleMlco2()
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

void TestCli::compareCsvAndSort()
{
    const Run run = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8", "--csv"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() > 150);
    QVERIFY(lines.first().startsWith("offer,gpu,provider,location,price_usd_per_gpu_hour,price_date,params,tokens"));
    const Run sorted = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8",
                                    "--sort", "wall_clock_hours", "--json"});
    QCOMPARE(sorted.exitCode, 0);
    const json rows = jsonOf(sorted)["rows"];
    QCOMPARE(rows.size(), std::size_t(lines.size() - 1)); // the same rows as the CSV
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1]["wall_clock_hours"].get<double>() <= rows[i]["wall_clock_hours"].get<double>());
    // Not all equal, so the order above says something: K80s are slower than H100s.
    QVERIFY(rows.front()["wall_clock_hours"].get<double>() < rows.back()["wall_clock_hours"].get<double>());
}

void TestCli::compareBudgetRowsCarryTheirModel()
{
    // "Where does $20k buy the lowest loss?": every row its own model, the lowest loss first (the
    // default sort for a budget), and that row equal to planning its offer alone with `frontier plan`.
    const QStringList budget{"compare", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpus", "8"};
    const Run run = runFrontier(budget + QStringList{"--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["pareto_axes"], json({"loss", "wall_clock_hours"}));
    const json rows = out["rows"];
    QVERIFY(rows.size() > 150);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const json &row = rows[i];
        FRONTIER_COMPARE_REL(row["cost_usd"].get<double>(), 20000.0, 1e-9);
        // Chinchilla's C = 6 N D (Hoffmann et al. 2022, eq. 1's FLOPs) holds on every row.
        FRONTIER_COMPARE_REL(row["flops"].get<double>(), 6 * row["params"].get<double>() * row["tokens"].get<double>(), 1e-9);
        FRONTIER_COMPARE_REL(row["tokens_per_param"].get<double>(), row["tokens"].get<double>() / row["params"].get<double>(), 1e-12);
        if (i > 0)
            QVERIFY(rows[i - 1]["loss"].get<double>() <= row["loss"].get<double>());
    }
    QVERIFY(rows.front()["loss"].get<double>() + 0.05 < rows.back()["loss"].get<double>()); // offers differ
    const json &best = rows.front();
    const Run alone = runFrontier({"plan", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpus", "8",
                                   "--gpu", QString::fromStdString(best["gpu"].get<std::string>()), "--offer",
                                   QString::fromStdString(best["offer"].get<std::string>()), "--json"});
    QVERIFY2(alone.exitCode == 0, alone.err.constData());
    const json plan = jsonOf(alone);
    for (const char *field : {"params", "tokens", "loss", "flops", "wall_clock_hours"})
        FRONTIER_COMPARE_REL(best[field].get<double>(), plan[field].get<double>(), 1e-12);

    // The table says the same: its first row is that offer, with its size, tokens and loss.
    const Run table = runFrontier(budget);
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.split('\n');
    QVERIFY(lines[0].contains("params") && lines[0].contains("tokens") && lines[0].contains("loss"));
    QVERIFY2(lines[1].startsWith(QByteArray::fromStdString(best["offer"].get<std::string>())), lines[1].constData());
    QVERIFY2(lines[1].contains(qPrintable(QString::number(best["loss"].get<double>(), 'g', 4))), lines[1].constData());
}

void TestCli::compareSortAliases_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("column");
    QTest::newRow("cost") << "cost" << "cost_usd";
    QTest::newRow("time") << "time" << "wall_clock_hours";
    QTest::newRow("energy") << "energy" << "energy_kwh";
    QTest::newRow("co2") << "co2" << "co2_kg";
    QTest::newRow("loss") << "loss" << "loss";
}

void TestCli::compareSortAliases()
{
    QFETCH(QString, alias);
    QFETCH(QString, column);
    // A fixed job (same loss everywhere) for cost, time, energy, CO2; a FLOPs budget on a law of the
    // 2020 study's form would fix the loss too, so the loss row sorts a dollar budget.
    const QStringList request = alias == QLatin1String("loss")
                                    ? QStringList{"--budget", "5000", "--unit", "usd"}
                                    : QStringList{"--params", "7B", "--tokens", "140B"};
    const Run run = runFrontier(QStringList{"compare", "--law", "hoffmann2022", "--gpus", "8", "--sort", alias, "--json"} + request);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json rows = jsonOf(run)["rows"];
    const std::string key = column.toStdString();
    std::size_t valued = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i][key].is_null())
            continue; // missing values sort last
        QVERIFY2(!rows[i - 1][key].is_null(), "a missing value before a present one");
        QVERIFY(rows[i - 1][key].get<double>() <= rows[i][key].get<double>());
        ++valued;
    }
    QVERIFY(valued > 100);
    QVERIFY(rows.front()[key].get<double>() < rows[valued][key].get<double>()); // not all equal
}

void TestCli::compareParetoColumn()
{
    // The '*' rows of a fixed job: those no other row beats on cost and wall clock at once, here
    // found by brute force from the JSON rows themselves.
    const Run run = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["pareto_axes"], json({"cost_usd", "wall_clock_hours"}));
    const json rows = out["rows"];
    int marked = 0;
    for (const json &row : rows) {
        bool dominated = row["cost_usd"].is_null();
        for (const json &other : rows) {
            if (dominated || other["cost_usd"].is_null())
                continue;
            const double c = other["cost_usd"], t = other["wall_clock_hours"];
            const double rc = row["cost_usd"], rt = row["wall_clock_hours"];
            dominated = c <= rc && t <= rt && (c < rc || t < rt);
        }
        QCOMPARE(row["pareto"].get<bool>(), !dominated);
        marked += !dominated;
    }
    QVERIFY(marked >= 2 && marked < 40);
    // CSV: the same mark in its last column; the table: a '*' and the footnote naming the axes.
    const Run csv = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8",
                                 "--csv", "--sort", "pareto"});
    QCOMPARE(csv.exitCode, 0);
    const frontier::CsvTable file = frontier::parseCsv(csv.out.toStdString(), "compare --csv");
    QCOMPARE(file.rows.size(), rows.size());
    const int paretoColumn = file.column("pareto"), sourceColumn = file.column("price_source");
    QCOMPARE(paretoColumn, int(file.header.size()) - 2);
    QCOMPARE(sourceColumn, int(file.header.size()) - 1);
    QCOMPARE(std::count_if(file.rows.begin(), file.rows.end(), [&](const auto &r) { return r[paretoColumn] == "true"; }),
             std::ptrdiff_t(marked));
    QCOMPARE(file.rows[0][paretoColumn], std::string("true")); // --sort pareto puts the front first
    // Every catalogue price names the offer it came from, with its date (planner.cpp's price source).
    const int offerColumn = file.column("offer");
    for (const auto &r : file.rows)
        if (!r[offerColumn].empty())
            QVERIFY2(r[sourceColumn].find(r[offerColumn]) != std::string::npos, r[sourceColumn].c_str());
    const Run table = runFrontier({"compare", "--law", "hoffmann2022", "--params", "7B", "--tokens", "140B", "--gpus", "8"});
    QCOMPARE(table.out.count(" *\n"), qsizetype(marked));
    QVERIFY(table.out.contains("* on the Pareto front of cost against wall-clock time"));
}

void TestCli::catalogueListings()
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

void TestCli::planBadArguments_data()
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
    QTest::newRow("budget and job") << (base + QStringList{"--params", "7B", "--tokens", "1T", "--gpu", "h100-sxm"})
                                    << "give either --budget X --unit UNIT or --params N --tokens D" << 2;
    QTest::newRow("too small for hf2020") << QStringList{"plan", "--law", "hf2020", "--budget", "1e9", "--unit", "flops", "--gpu", "h100-sxm"}
                                          << "outside the valid range of hf2020" << 1;
    QTest::newRow("below the 2020 tipping point") << QStringList{"plan", "--law", "hf2020", "--budget", "0.001", "--unit", "hours", "--gpu", "k80"}
                                                  << "tipping point" << 1;
}

void TestCli::planBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    expectOneLineError(runFrontier(arguments), message, exitCode);
}

// Inputs that parse but would drive an answer out of range, and ambiguous command lines: each is
// refused, naming the input (not a downstream quantity), with the exit code of cli.h (2 for a bad
// argument, 1 for a question that cannot be answered). Ranges: resources/limits.json.
void TestCli::refusedInputs_data()
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

void TestCli::refusedInputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    expectOneLineError(runFrontier(arguments), message, exitCode);
}

void TestCli::longArgumentIsClipped()
{
    // A 100 kB argument (Linux passes at most 128 kB in one) echoed back whole would be a 100 kB "line".
    const QString huge(100000, QLatin1Char('7'));
    for (const QStringList &arguments : {QStringList{"loss", "--law", "hoffmann2022", "--params", huge + "x", "--tokens", "1e9"},
                                         QStringList{"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd",
                                                     "--gpu", "h100-sxm", "--gpus", huge},
                                         QStringList{"loss", "--law", huge}, QStringList{huge}}) {
        const Run run = runFrontier(arguments);
        expectOneLineError(run, QStringLiteral("7777"));
        QVERIFY2(run.err.size() < 600, run.err.left(200).constData());
        QVERIFY2(run.err.contains("\xE2\x80\xA6"), run.err.left(200).constData()); // the cut ends in "…"
    }
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QString>("subcommand");
    QTest::addColumn<QString>("option");      // one option the help must describe
    QTest::addColumn<QString>("description"); // and the start of its description
    QTest::newRow("laws") << "laws" << "--json" << "Answer as JSON";
    QTest::newRow("loss") << "loss" << "--params <N>" << "Model size N";
    QTest::newRow("optimum") << "optimum" << "--flops <C>" << "Training budget in FLOPs";
    QTest::newRow("batch") << "batch" << "--loss <L>" << "Loss in nats/token";
    QTest::newRow("fit") << "fit" << "--method <METHOD>" << "hoffmann (default) or epoch-mle";
    QTest::newRow("speed") << "speed" << "--width <W>" << "d_model";
    QTest::newRow("plan") << "plan" << "--pue <P>" << "Data-centre power usage effectiveness";
    QTest::newRow("compare") << "compare" << "--sort <COLUMN>" << "Column to sort by";
    QTest::newRow("gpus") << "gpus" << "--json" << "Answer as JSON";
    QTest::newRow("offers") << "offers" << "--gpu <ID>" << "Only the offers for this GPU";
    QTest::newRow("regions") << "regions" << "--grid-dataset <NAME>" << "mlco2 or codecarbon";
}

void TestCli::subcommandHelp()
{
    QFETCH(QString, subcommand);
    QFETCH(QString, option);
    QFETCH(QString, description);
    // `--help` anywhere after the subcommand, even with other options: usage on stdout, exit 0.
    for (const QStringList &arguments : {QStringList{subcommand, "--help"}, QStringList{subcommand, "--json", "-h"}}) {
        const Run run = runFrontier(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral("Usage: frontier ") + subcommand), qPrintable(out));
        const QStringList described = out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^ +") + QRegularExpression::escape(option)));
        QCOMPARE(described.size(), 1);
        const QString line = described.first();
        QVERIFY2(line.contains(description), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("See 'frontier --help'")), qPrintable(out)); // every option described
    }
}

void TestCli::topLevelHelpListsSubcommands()
{
    const Run help = runFrontier({"--help"});
    QCOMPARE(help.exitCode, 0);
    const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
    for (const char *name : {"laws", "loss", "optimum", "batch", "fit", "speed", "plan", "compare", "gpus", "offers", "regions"}) {
        const QStringList matching = lines.filter(QRegularExpression(QStringLiteral("^  %1 +\\S").arg(QLatin1String(name))));
        QVERIFY2(matching.size() == 1 && matching.first().size() > 20, name); // the name and a one-line description
    }
    QVERIFY(help.out.contains("frontier SUBCOMMAND --help"));
}

void TestCli::speaksTheSystemLanguage()
{
    // translations/frontier_zh_CN.ts, context Cli: "Parameters:        %1" is "参数量：            %1".
    QProcessEnvironment chinese;
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LC_ALL"), QString());
    chinese.insert(QStringLiteral("LC_MESSAGES"), QString());
    chinese.insert(QStringLiteral("LANGUAGE"), QString());
    const Run run = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"}, chinese);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("参数量：")), run.out.constData());
    const Run error = runFrontier({"optimise"}, chinese);
    QCOMPARE(error.exitCode, 2);
    QVERIFY2(QString::fromUtf8(error.err).contains(QStringLiteral("未知子命令“optimise”")), error.err.constData());
    // The same without it: English.
    QProcessEnvironment english = chinese;
    english.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const Run plain = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"}, english);
    QVERIFY2(plain.out.contains("Parameters:"), plain.out.constData());
}

void TestCli::commaLocaleChangesNothing()
{
    // Under a German locale (decimal comma) the same command gives the same bytes.
    QProcessEnvironment german;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    QProcessEnvironment c;
    c.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QStringList &arguments :
         {QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1.5e21", "--json"},
          QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1.5e21"},
          QStringList{"plan", "--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm", "--gpus", "8"},
          QStringList{"loss", "--law", "epoch2024", "--params", "70B", "--tokens", "1.4T", "--json"}}) {
        const Run inGerman = runFrontier(arguments, german);
        QVERIFY2(inGerman.exitCode == 0, inGerman.err.constData());
        QCOMPARE(inGerman.out, runFrontier(arguments, c).out);
    }
    // EP-L-CHINCHILLA (oracle-public.json): 1.9734 nats/token, read from "70B" and "1.4T" in German.
    const Run loss = runFrontier({"loss", "--law", "epoch2024", "--params", "70B", "--tokens", "1.4T", "--json"}, german);
    FRONTIER_COMPARE_ABS(jsonOf(loss)["loss"].get<double>(), 1.973401061447261, 1e-4);
    const Run text = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "1.5e21"}, german);
    QVERIFY2(text.out.contains("1.5e+21 FLOPs"), text.out.constData());
}

// `frontier export` on the default window's plan: $20,000 on 8 H100 SXM, Chinchilla (unrounded).
const QStringList kExportPlan{"--law", "hoffmann2022", "--budget", "20k", "--unit", "usd", "--gpu", "h100-sxm", "--gpus", "8"};

void TestCli::exportEveryFormat_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("file");
    QTest::newRow("loss PNG") << "loss" << "loss.png";
    QTest::newRow("allocation PNG") << "allocation" << "allocation.png";
    QTest::newRow("loss SVG") << "loss" << "loss.svg";
    QTest::newRow("allocation SVG") << "allocation" << "allocation.svg";
    QTest::newRow("loss PDF") << "loss" << "loss.pdf";
    QTest::newRow("allocation PDF") << "allocation" << "allocation.pdf";
    QTest::newRow("comparison bars PNG") << "compare" << "compare.png";
    QTest::newRow("comparison bars SVG") << "compare" << "compare.svg";
    QTest::newRow("comparison bars PDF") << "compare" << "compare.pdf";
    QTest::newRow("Pareto scatter PNG") << "pareto" << "pareto.png";
    QTest::newRow("Pareto scatter SVG") << "pareto" << "pareto.svg";
    QTest::newRow("Pareto scatter PDF") << "pareto" << "pareto.pdf";
}

void TestCli::exportEveryFormat()
{
    QFETCH(QString, chart);
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString out = dir.filePath(file);
    // No display and a platform plugin that does not exist (runFrontier): the export draws offscreen.
    const Run run = runFrontier(QStringList{"export", "--chart", chart, "--out", out, "--size", "640x400", "--scale", "2"}
                                + kExportPlan);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    // Each chart's axis titles; a $20,000 budget: the comparison ranks the loss each offer buys.
    const std::map<QString, QStringList> axes{
        {QStringLiteral("loss"), {QStringLiteral("Training compute (FLOPs)"), QStringLiteral("Loss (nats per token)")}},
        {QStringLiteral("allocation"), {QStringLiteral("Training compute (FLOPs)"), QStringLiteral("Parameters / tokens")}},
        {QStringLiteral("compare"), {QStringLiteral("Predicted loss"), QStringLiteral("Predicted loss on each offer: a budget of $20,000")}},
        {QStringLiteral("pareto"), {QStringLiteral("Predicted loss"), QStringLiteral("Wall-clock time (hours)")}}};
    if (file.endsWith(QLatin1String(".png"))) {
        QVERIFY(frontier::test::isPng(bytes));
        QCOMPARE(frontier::test::pngPixelSize(bytes), QSize(1280, 800));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        const auto svg = frontier::test::readSvg(bytes);
        QVERIFY2(svg.wellFormed, qPrintable(svg.error));
        QCOMPARE(svg.viewBox, QStringLiteral("0 0 640 400"));
        const QString texts = svg.texts.join(QLatin1Char('\n'));
        for (const QString &axis : axes.at(chart))
            QVERIFY2(texts.contains(axis), qPrintable(axis + QStringLiteral(" not in: ") + texts.left(400)));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(frontier::test::pdfPageCount(bytes), 1);
    }
}

// A small PNG (13 kB at 200x130) stayed in QSaveFile's buffer, whose failed flush commit() did not report: `export` on a
// full disk exited 0 and left a truncated file where the old one was. The child's RLIMIT_FSIZE is a
// full disk in miniature (EFBIG, "File too large", for root too).
void TestCli::exportOnAFullDiskKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString out = frontier::test::writeFile(dir, QStringLiteral("loss.png"), "the old chart");
    QProcess process;
    process.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny{};
        getrlimit(RLIMIT_FSIZE, &tiny);
        tiny.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &tiny);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRONTIER_EXECUTABLE),
                  QStringList{"export", "--chart", "loss", "--out", out, "--size", "200x130"} + kExportPlan);
    QVERIFY(process.waitForFinished(300000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() != 0, "a write past the disk's end was reported as done");
    QVERIFY2(err.contains(QStringLiteral("File too large")) && err.contains(QStringLiteral("loss.png")), qPrintable(err));
    QCOMPARE(frontier::test::readFile(out), QByteArray("the old chart"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("loss.png")});
}

void TestCli::exportCsvIsTheChartsRows()
{
    QTemporaryDir dir;
    const QString loss = dir.filePath(QStringLiteral("loss.csv")), allocation = dir.filePath(QStringLiteral("allocation.csv"));
    QCOMPARE(runFrontier(QStringList{"export", "--chart", "loss", "--out", loss} + kExportPlan).exitCode, 0);
    QCOMPARE(runFrontier(QStringList{"export", "--chart", "allocation", "--out", allocation} + kExportPlan).exitCode, 0);
    QFile lossFile(loss), allocationFile(allocation);
    QVERIFY(lossFile.open(QIODevice::ReadOnly) && allocationFile.open(QIODevice::ReadOnly));
    const frontier::CsvTable l = frontier::parseCsv(lossFile.readAll().toStdString(), "loss.csv");
    const frontier::CsvTable a = frontier::parseCsv(allocationFile.readAll().toStdString(), "allocation.csv");
    QCOMPARE(l.header, (std::vector<std::string>{"series", "curve", "params", "flops", "loss_nats_per_token", "source"}));
    QCOMPARE(a.header, (std::vector<std::string>{"flops", "n_opt_params", "d_opt_tokens", "source"}));
    // The window draws 200 points a series (ui/charts): the frontier, each learning curve, N_opt and D_opt.
    std::map<std::string, int> perSeries;
    for (const auto &row : l.rows)
        ++perSeries[row[0] + ":" + row[2]];
    QVERIFY(perSeries.size() > 5);
    for (const auto &[series, rows] : perSeries)
        QVERIFY2(rows == 200, series.c_str());
    QCOMPARE(a.rows.size(), std::size_t(200));
    for (const auto &row : a.rows) {
        QVERIFY2(row[3].find("arXiv:2203.15556") != std::string::npos, row[3].c_str()); // the law's citation
        // C = 6 N D on every row (the allocation's own identity, to the last bits of formatExact).
        FRONTIER_COMPARE_REL(6 * *frontier::parseNumber(row[1]) * *frontier::parseNumber(row[2]),
                             *frontier::parseNumber(row[0]), 1e-12);
    }
}

void TestCli::exportBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--out", "x.png"}
                                   << "--chart: expected loss, allocation, compare, pareto or table, got 'pie'" << 2;
    QTest::newRow("table as PNG") << QStringList{"--chart", "table", "--out", "x.png"}
                                  << "--chart table: the comparison table is written as CSV; use a .csv file" << 2;
    QTest::newRow("metric of the loss chart") << QStringList{"--chart", "loss", "--out", "x.png", "--metric", "cost"}
                                              << "--metric: only --chart compare draws bars of a metric" << 2;
    QTest::newRow("unknown metric") << QStringList{"--chart", "compare", "--out", "x.png", "--metric", "speed"}
                                    << "--metric: expected one of cost, time, energy, co2, loss, got 'speed'" << 2;
    QTest::newRow("no --out") << QStringList{"--chart", "loss"} << "--out: missing" << 2;
    QTest::newRow("unknown suffix") << QStringList{"--chart", "loss", "--out", "x.bmp"} << "x.bmp' has no known suffix; use .png, .svg, .pdf or .csv" << 2;
    QTest::newRow("size not WxH") << QStringList{"--chart", "loss", "--out", "x.png", "--size", "big"} << "--size: expected WIDTHxHEIGHT" << 2;
    QTest::newRow("size too small") << QStringList{"--chart", "loss", "--out", "x.png", "--size", "10x10"}
                                    << "export size 10 x 10: each side must be from 64 to 8000 pixels" << 2;
    QTest::newRow("scale 8") << QStringList{"--chart", "loss", "--out", "x.png", "--scale", "8"}
                             << "export scale 8: must be from 1 to 4" << 2;
    QTest::newRow("unwritable") << QStringList{"--chart", "loss", "--out", "/nonexistent-folder/x.svg"}
                                << "cannot write /nonexistent-folder/x.svg: " << 1;
}

void TestCli::exportBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QStringList args{"export"};
    for (const QString &a : arguments)
        args << (a.startsWith(QLatin1String("x.")) ? dir.filePath(a) : a);
    expectOneLineError(runFrontier(args + kExportPlan), message, exitCode);
}

// A session's zoom, comparison filters and catalogue files reach its export.
void TestCli::exportFollowsTheSessionsViewAndCatalogues()
{
    QTemporaryDir dir;
    // docs/examples/cloud-20k-usd.json: $20,000 on one GCP H100; its comparison shows H100 SXM offers
    // that fit in memory. Zoomed in to 10^19.5 .. 10^21.5 FLOPs.
    QFile example(QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/cloud-20k-usd.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    json session = json::parse(example.readAll().toStdString());
    QCOMPARE(session["compare"]["gpu"].get<std::string>(), std::string("h100-sxm"));
    QVERIFY(session["compare"]["fits_only"].get<bool>());
    session["chart"]["loss_x_log10"] = {19.5, 21.5};
    const QString path = dir.filePath(QStringLiteral("zoomed.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(session.dump(2)));
    out.close();

    const QString svg = dir.filePath(QStringLiteral("loss.svg"));
    const Run loss = runFrontier({"export", "--session", path, "--chart", "loss", "--out", svg});
    QVERIFY2(loss.exitCode == 0, loss.err.constData());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QStringList texts = frontier::test::readSvg(svgFile.readAll()).texts;
    // The x axis labels its decades: those inside the zoom, none of the plan's own wider view (10^18 .. 10^24).
    QVERIFY2(texts.contains(QStringLiteral("10²⁰")) && texts.contains(QStringLiteral("10²¹")), qPrintable(texts.join(' ')));
    QVERIFY2(!texts.contains(QStringLiteral("10¹⁸")) && !texts.contains(QStringLiteral("10²³")), qPrintable(texts.join(' ')));

    // The table keeps the session's filters: what `frontier compare` lists for the same plan, H100 SXM
    // rows that fit only, in the same order (by loss).
    const QString table = dir.filePath(QStringLiteral("table.csv"));
    const Run exported = runFrontier({"export", "--session", path, "--chart", "table", "--out", table});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile tableFile(table);
    QVERIFY(tableFile.open(QIODevice::ReadOnly));
    const frontier::CsvTable rows = frontier::parseCsv(tableFile.readAll().toStdString(), "table.csv");
    const Run compare = runFrontier({"compare", "--law", "hoffmann2022", "--budget", "20000", "--unit", "usd", "--gpu",
                                     "h100-sxm", "--gpus", "8", "--region", "gcp/us-central1", "--grid-dataset", "mlco2", "--csv"});
    QVERIFY2(compare.exitCode == 0, compare.err.constData());
    const frontier::CsvTable all = frontier::parseCsv(compare.out.toStdString(), "compare --csv");
    QCOMPARE(rows.header, all.header);
    const int gpu = all.column("gpu"), fits = all.column("fits_in_memory");
    std::vector<std::vector<std::string>> expected;
    for (const auto &row : all.rows)
        if (row[gpu] == "h100-sxm" && row[fits] == "true")
            expected.push_back(row);
    QVERIFY(expected.size() >= 5);
    QCOMPARE(rows.rows.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.rows[i][0], expected[i][0]); // offer ids, in order
}

void TestCli::reportMarkdownAndLatex()
{
    const Run plan = runFrontier(QStringList{"plan"} + kExportPlan + QStringList{"--json"});
    QCOMPARE(plan.exitCode, 0);
    const json p = jsonOf(plan);
    const Run md = runFrontier(QStringList{"report"} + kExportPlan);
    QVERIFY2(md.exitCode == 0, md.err.constData());
    const QString text = QString::fromUtf8(md.out);
    // The plan's own numbers, as `frontier plan --json` gives them, in the paragraph (3 digits).
    QVERIFY2(text.startsWith(QStringLiteral("For a budget of $20,000, the compute-optimal allocation of Chinchilla")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("a model of %1 parameters").arg(QString::fromStdString(frontier::reportCount(p["params"].get<double>())))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("takes %1 GPU-hours").arg(QString::fromStdString(frontier::reportNumber(p["gpu_hours"].get<double>())))),
             qPrintable(text));
    QVERIFY2(text.contains(QString::fromStdString(p["offer"].get<std::string>())), qPrintable(text));
    static const QRegularExpression lawSource(
        QStringLiteral(R"(\n1\. [^\n]*Training Compute-Optimal Large Language Models, arXiv:2203\.15556)"));
    QVERIFY2(text.contains(lawSource), qPrintable(text));
    const Run tex = runFrontier(QStringList{"report"} + kExportPlan + QStringList{"--format", "latex"});
    QCOMPARE(tex.exitCode, 0);
    const QString latex = QString::fromUtf8(tex.out);
    QVERIFY2(latex.startsWith(QStringLiteral("For a budget of \\$20,000")), qPrintable(latex));
    QVERIFY2(latex.contains(QStringLiteral("40 \\% model FLOPs utilisation")), qPrintable(latex));
    QVERIFY2(latex.contains(QStringLiteral("\\begin{enumerate}\n  \\item J. Hoffmann, S. Borgeaud")), qPrintable(latex));
    // A session file stands for the plan options (docs/examples, the $20k GCP plan of the README).
    const QString session = QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/cloud-20k-usd.json");
    const Run fromSession = runFrontier({"report", "--session", session});
    QVERIFY2(fromSession.exitCode == 0, fromSession.err.constData());
    QVERIFY(fromSession.out.startsWith("For a budget of $20,000,"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("session.png"));
    const Run exported = runFrontier({"export", "--session", session, "--chart", "loss", "--out", png, "--size", "300x200"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(frontier::test::pngPixelSize(file.readAll()), QSize(300, 200));
    expectOneLineError(runFrontier(QStringList{"report", "--format", "html"} + kExportPlan), QStringLiteral("--format: expected md or latex"), 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
