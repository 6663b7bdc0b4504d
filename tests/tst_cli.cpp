// The command line end to end: run the built binary as a script would, parse its JSON, check the
// numbers against the reference, and check that bad arguments fail loudly with one line.
#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>

using nlohmann::json;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runFrontier(const QStringList &arguments)
{
    QProcess process;
    // No display and a platform plugin that does not exist: a CLI that touched the GUI would abort.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRONTIER_EXECUTABLE), arguments);
    if (!process.waitForFinished(300000))
        qFatal("frontier %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
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
    void humanOutput();
    void badArguments_data();
    void badArguments();
};

void TestCli::lawsListsEveryLawWithSources()
{
    const Run run = runFrontier({QStringLiteral("laws"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const json laws = jsonOf(run);
    QCOMPARE(laws.size(), std::size_t(8));
    for (const auto &law : laws) {
        QVERIFY(!law["citation"].get<std::string>().empty());
        for (const auto &c : law["constants"]) {
            QVERIFY(c["value"].is_number());
            QVERIFY(!c["source"].get<std::string>().empty());
        }
    }
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
    FRONTIER_COMPARE_REL(out["tokens_per_param"].get<double>(),
                         out["tokens"].get<double>() / out["params"].get<double>(), 1e-12);
}

// Oracle cases through the binary (shared/reference/oracle-public.json).
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
    const QString csv = QStringLiteral(FRONTIER_REFERENCE_DIR "/chinchilla/epoch_svg_extracted_data.csv");
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

void TestCli::humanOutput()
{
    const Run run = runFrontier({"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Parameters:") && run.out.contains(" B"), run.out.constData());
    const Run help = runFrontier({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("frontier optimum --law ID"));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown subcommand") << QStringList{"optimise"} << "unknown subcommand 'optimise'";
    QTest::newRow("unknown law") << QStringList{"loss", "--law", "hoffman2022", "--params", "1e9"}
                                 << "unknown law 'hoffman2022'; did you mean: hoffmann2022";
    QTest::newRow("missing law") << QStringList{"optimum", "--flops", "1e21"} << "--law: missing";
    QTest::newRow("NaN budget") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "nan"}
                                << "--flops: expected a number, got 'nan'";
    QTest::newRow("infinite size") << QStringList{"loss", "--law", "kaplan2020", "--params", "inf"}
                                   << "--params: expected a number, got 'inf'";
    QTest::newRow("negative budget") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "-3"}
                                     << "--flops: must be positive, got -3";
    QTest::newRow("zero size") << QStringList{"loss", "--law", "epoch2024", "--params", "0", "--tokens", "1e9"}
                               << "--params: must be positive, got 0";
    QTest::newRow("text as a number") << QStringList{"loss", "--law", "epoch2024", "--params", "seven", "--tokens", "1e9"}
                                      << "--params: expected a number, got 'seven'";
    QTest::newRow("two budgets") << QStringList{"optimum", "--law", "hoffmann2022", "--flops", "1e21", "--params", "1e9"}
                                 << "optimum: give exactly one of --flops, --pfdays, --params";
    QTest::newRow("unknown option") << QStringList{"laws", "--colour"} << "Unknown option 'colour'.";
    QTest::newRow("unknown constant") << QStringList{"loss", "--law", "hoffmann2022", "--set", "gamma=1", "--params", "1e9", "--tokens", "1e9"}
                                      << "unknown constant 'gamma'";
    QTest::newRow("no batch in Chinchilla") << QStringList{"batch", "--law", "hoffmann2022", "--loss", "2"}
                                            << "law hoffmann2022 has no B_crit(L)";
    QTest::newRow("below hf2020's valid range") << QStringList{"optimum", "--law", "hf2020", "--flops", "1e12"}
                                                << "outside the valid range of hf2020";
    QTest::newRow("missing fit file") << QStringList{"fit", "/nonexistent/runs.csv"} << "file not found: /nonexistent/runs.csv";
    QTest::newRow("fit method") << QStringList{"fit", "x.csv", "--method", "magic"} << "--method: ";
    QTest::newRow("unknown GPU") << QStringList{"speed", "--gpu", "A100", "--width", "512", "--depth", "4"}
                                 << "unknown 2020 GPU 'A100'";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runFrontier(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(err.startsWith(QStringLiteral("frontier: ")) && err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
