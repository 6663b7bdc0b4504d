// `frontier batch` and `frontier plan --batch`: Kaplan et al. 2020's critical batch and the
// steps/data trade-off of Section 5.1, as a script reads them (the figures are the paper's:
// tests/reference/kaplan2020/batch_figures.json).
#include "clitestsupport.h"

#include <cmath>

using namespace frontier::test;
using nlohmann::json;

namespace {

// B_crit(3) = 2.1e8 / 3^(1/0.21) tokens (Eq. 5.3 with the appendix's B_*).
constexpr double kCriticalAtLoss3 = 1122569.7107474345;

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criticalBatchAlone();
    void atTheCriticalBatchTwiceTheLeast();
    void factorsAndSteps();
    void farPastCriticalWarns();
    void stepsNeedABatch();
    void refusesBadBatch_data();
    void refusesBadBatch();
    void humanOutputSaysTheLossScale();
    void planWithBatch();
    void planWithoutBatchKeepsItsKeys();
    void reportSaysTheBatch();
};

void TestCliBatch::criticalBatchAlone()
{
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out["b_crit_tokens"].get<double>(), kCriticalAtLoss3, 1e-12);
    QVERIFY(!out.contains("steps_factor")); // no batch, no factors
    QVERIFY(out["note"].get<std::string>().find("WebText2") != std::string::npos);
}

void TestCliBatch::atTheCriticalBatchTwiceTheLeast()
{
    // Section 5.1: at B_crit a run takes 2 S_min steps and 2 E_min tokens.
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--batch", "1122569.7107474345", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out["steps_factor"].get<double>(), 2.0, 1e-12);
    FRONTIER_COMPARE_REL(out["tokens_factor"].get<double>(), 2.0, 1e-12);
    // Twice B_crit: S/S_min = 1.5, E/E_min = 3 (Eq. 5.1: 0.5 x 2 = 1).
    FRONTIER_COMPARE_REL(out["doubled_batch"]["steps_factor"].get<double>(), 1.5, 1e-12);
    FRONTIER_COMPARE_REL(out["doubled_batch"]["tokens_factor"].get<double>(), 3.0, 1e-12);
}

void TestCliBatch::factorsAndSteps()
{
    // Kaplan's own runs: 2.5e5 steps of 2^19 tokens; at L = 3, Eqs. 5.4 and 5.5 give the least.
    const double batch = 524288, steps = 2.5e5;
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--batch", "524288", "--steps", "2.5e5", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out["steps_factor"].get<double>(), 1 + kCriticalAtLoss3 / batch, 1e-9);
    FRONTIER_COMPARE_REL(out["tokens_factor"].get<double>(), 1 + batch / kCriticalAtLoss3, 1e-9);
    FRONTIER_COMPARE_REL(out["tokens"].get<double>(), batch * steps, 1e-12);
    FRONTIER_COMPARE_REL(out["min_steps"].get<double>(), steps / (1 + kCriticalAtLoss3 / batch), 1e-9);
    FRONTIER_COMPARE_REL(out["min_tokens"].get<double>(), batch * steps / (1 + batch / kCriticalAtLoss3), 1e-9);
    QVERIFY(out["warnings"].empty());
}

void TestCliBatch::farPastCriticalWarns()
{
    // 20 x B_crit at L = 3: 21 x the least data; warned on stderr and in the JSON.
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--batch", "22451394", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QCOMPARE(out["warnings"].size(), std::size_t(1));
    QVERIFY(out["warnings"][0].dump().find("batch.far_past_critical") != std::string::npos);
    QVERIFY(run.err.contains("critical batch"));
}

void TestCliBatch::stepsNeedABatch()
{
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--steps", "1000"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--steps"));
}

void TestCliBatch::refusesBadBatch_data()
{
    QTest::addColumn<QString>("batch");
    QTest::newRow("zero") << "0";
    QTest::newRow("negative") << "-4096";
    QTest::newRow("beyond limits.json") << "1e11";
    QTest::newRow("text") << "lots";
}

void TestCliBatch::refusesBadBatch()
{
    QFETCH(QString, batch);
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--batch", batch});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--batch"), run.err.constData());
}

void TestCliBatch::humanOutputSaysTheLossScale()
{
    const Run run = runFrontier({"batch", "--law", "kaplan2020", "--loss", "3", "--batch", "4M"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Critical batch at loss 3"));
    QVERIFY(run.out.contains("Twice the batch"));
    QVERIFY(run.out.contains("WebText2"));
}

void TestCliBatch::planWithBatch()
{
    // A fixed Kaplan job of 1e9 parameters on 2e10 tokens at 4M tokens a step: 5,000 steps, and
    // B_crit at the plan's own loss.
    const Run run = runFrontier({"plan", "--law", "kaplan2020", "--params", "1e9", "--tokens", "2e10", "--gpu", "h100-sxm",
                                 "--batch", "4e6", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    FRONTIER_COMPARE_REL(out["steps"].get<double>(), 5000, 1e-12);
    const double loss = out["loss"].get<double>();
    FRONTIER_COMPARE_REL(out["b_crit_tokens"].get<double>(), 2.1e8 / std::pow(loss, 1 / 0.21), 1e-9);
    QCOMPARE(out["batch"]["b_crit_loss_from"].get<std::string>(), std::string("plan"));
    // With another law B_crit is read at Kaplan's L(N, D) for the same N and D.
    const Run other = runFrontier({"plan", "--law", "hoffmann2022", "--params", "1e9", "--tokens", "2e10", "--gpu", "h100-sxm",
                                   "--batch", "4e6", "--json"});
    QVERIFY2(other.exitCode == 0, other.err.constData());
    const json o = jsonOf(other);
    QCOMPARE(o["batch"]["b_crit_loss_from"].get<std::string>(), std::string("kaplan2020 L(N,D)"));
    FRONTIER_COMPARE_REL(o["batch"]["b_crit_loss"].get<double>(), loss, 1e-9); // the same N, D under Kaplan
    QVERIFY(std::abs(o["loss"].get<double>() - loss) > 0.1);                   // Chinchilla's own scale
}

void TestCliBatch::planWithoutBatchKeepsItsKeys()
{
    const Run run = runFrontier({"plan", "--law", "hoffmann2022", "--params", "1e9", "--tokens", "2e10", "--gpu", "h100-sxm", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const json out = jsonOf(run);
    QVERIFY(!out.contains("b_crit_tokens"));
    QVERIFY(!out.contains("steps"));
}

void TestCliBatch::reportSaysTheBatch()
{
    // With another law the paragraph cites Kaplan et al. 2020 among its sources too.
    const Run run = runFrontier({"report", "--law", "hoffmann2022", "--params", "1e9", "--tokens", "2e10", "--gpu", "h100-sxm",
                                 "--batch", "4e6"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("At a batch of 4M tokens it takes 5k optimizer steps"), run.out.constData());
    QVERIFY(run.out.contains("arXiv:2001.08361"));
    const Run without = runFrontier({"report", "--law", "hoffmann2022", "--params", "1e9", "--tokens", "2e10", "--gpu", "h100-sxm"});
    QVERIFY(!without.out.contains("optimizer steps"));
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
