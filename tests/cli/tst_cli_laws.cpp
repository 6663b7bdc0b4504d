// `frontier laws`, `loss`, `optimum` and `batch` against the papers' figures.
// Each runs the built binary as a script would (clitestsupport.h).
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

class TestCliLaws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lawsListsEveryLawWithSources();
    void optimumChinchillaAtGopherBudget();
    void lossOracleCases_data();
    void lossOracleCases();
    void kaplanOptimumAndBatch();
    void humanOutput();
};

void TestCliLaws::lawsListsEveryLawWithSources()
{
    const Run run = runFrontier({QStringLiteral("laws"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const json laws = jsonOf(run);
    QCOMPARE(laws.size(), std::size_t(10)); // 8 + hf2020-exact-hull + muennighoff2023
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

void TestCliLaws::optimumChinchillaAtGopherBudget()
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
void TestCliLaws::lossOracleCases_data()
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

void TestCliLaws::lossOracleCases()
{
    QFETCH(QStringList, arguments);
    QFETCH(double, expected);
    QFETCH(double, absTolerance);
    const Run run = runFrontier(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    FRONTIER_COMPARE_ABS(jsonOf(run)["loss"].get<double>(), expected, absTolerance);
}

void TestCliLaws::kaplanOptimumAndBatch()
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
    FRONTIER_COMPARE_REL(jsonOf(batch)["b_crit_tokens"].get<double>(), 1122569.7107474345, 1e-4);
    // The key this answer had before the command took a batch: the same B_crit.
    FRONTIER_COMPARE_REL(jsonOf(batch)["batch_tokens"].get<double>(), 1122569.7107474345, 1e-4);
}

// The text a person reads carries the same numbers as --json, rounded for reading: 40.4 B
// parameters and 2.38 T tokens at Gopher's budget (Hoffmann et al. 2022, Fig. 4 caption: ~40B).
void TestCliLaws::humanOutput()
{
    const QStringList question{"optimum", "--law", "hoffmann2022", "--flops", "5.76e23"};
    const Run run = runFrontier(question);
    QCOMPARE(run.exitCode, 0);
    const json exact = jsonOf(runFrontier(question + QStringList{"--json"}));
    // "Label:   number unit" per line.
    QMap<QString, QString> lines;
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        QVERIFY2(colon > 0, qPrintable(line));
        lines.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    QCOMPARE(lines.value(QStringLiteral("Law")), QStringLiteral("Chinchilla, Approach 3 (unrounded constants)"));
    QCOMPARE(lines.value(QStringLiteral("Compute")), QStringLiteral("5.76e+23 FLOPs (6667 PF-days)"));
    QCOMPARE(lines.value(QStringLiteral("Parameters")), QStringLiteral("40.4 B"));
    QCOMPARE(lines.value(QStringLiteral("Tokens")), QStringLiteral("2.38 T (58.9 per parameter)"));
    QCOMPARE(lines.value(QStringLiteral("Loss")), QStringLiteral("1.918 nats/token"));
    // ...and each is the JSON's number to the figures shown.
    FRONTIER_COMPARE_REL(exact["params"].get<double>(), 40.4e9, 0.05 / 40.4);
    FRONTIER_COMPARE_REL(exact["tokens"].get<double>(), 2.38e12, 0.005 / 2.38);
    FRONTIER_COMPARE_REL(exact["tokens_per_param"].get<double>(), 58.9, 0.05 / 58.9);
    FRONTIER_COMPARE_ABS(exact["loss"].get<double>(), 1.918, 0.0005);
    FRONTIER_COMPARE_ABS(exact["pfdays"].get<double>(), 6667, 0.5);
}

QTEST_GUILESS_MAIN(TestCliLaws)
#include "tst_cli_laws.moc"
