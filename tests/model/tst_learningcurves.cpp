// The compute frontier is the lower envelope of the learning curves: for every law with L(N, D),
// the envelope of a dense family of curves must agree with the law's closed-form optimum
// (N_opt within 2 %, loss within 0.1 %: issue 3, section 2).
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/laws/chartdata.h"
#include "data/resourcedata.h"

#include <cmath>

using namespace frontier;

class TestLearningCurves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeMatchesClosedForm_data();
    void envelopeMatchesClosedForm();
    void curvesFallWithCompute();
    void hf2020CurvesAreTheMeasuredRuns();
    void chartCurveSizesSitOnAFixedGrid();
    void chartFrontierIsTheLowerEnvelope();
    void chartKaplanShowsBothFrontiers();
    void chartAllocationSpendsTheBudget();
    void chartLawsWithoutLoss();
};

void TestLearningCurves::envelopeMatchesClosedForm_data()
{
    QTest::addColumn<QString>("lawId");
    QTest::addColumn<double>("flops");
    // kaplan2020, hoffmann2022, -rounded, epoch2024, -grid: an empty table would test nothing.
    int laws = 0;
    for (const Law *law : data::lawCatalog().laws()) {
        if (!law->can(Capability::LossOfParamsTokens))
            continue;
        ++laws;
        for (const double flops : {1e18, 1e21, 5.76e23, 1e25})
            QTest::newRow(qPrintable(QStringLiteral("%1 at %2 FLOPs").arg(QString::fromStdString(law->id())).arg(flops)))
                << QString::fromStdString(law->id()) << flops;
    }
    QVERIFY2(laws >= 5, "fewer laws with L(N, D) than the five the catalogue ships");
}

void TestLearningCurves::envelopeMatchesClosedForm()
{
    QFETCH(QString, lawId);
    QFETCH(double, flops);
    const Law &law = data::lawCatalog().law(lawId.toStdString());
    const Allocation closedForm = law.envelopeOptimum(flops);

    // 4,001 sizes, log-spaced over a factor 1e4 around the optimum (0.23 % apart), each curve sampled
    // at 201 budgets from C/10 to 10C so that its middle point sits exactly at C.
    std::vector<double> sizes;
    for (int i = 0; i <= 4000; ++i)
        sizes.push_back(closedForm.params * std::pow(10.0, -2.0 + 4.0 * i / 4000));
    const auto curves = law.learningCurves(sizes, flops / 10, flops * 10, 201);
    QCOMPARE(curves.size(), sizes.size());

    double bestLoss = HUGE_VAL, bestParams = 0;
    for (const auto &curve : curves) {
        const CurvePoint &atBudget = curve.points.at(100);
        FRONTIER_COMPARE_REL(atBudget.flops, flops, 1e-9);
        if (atBudget.loss < bestLoss) {
            bestLoss = atBudget.loss;
            bestParams = curve.params;
        }
    }
    FRONTIER_COMPARE_REL(bestParams, closedForm.params, 0.02);
    FRONTIER_COMPARE_REL(bestLoss, *closedForm.loss, 0.001);
    // The closed form is a true minimum: no curve goes below it.
    QVERIFY(bestLoss >= *closedForm.loss - 1e-12);
}

void TestLearningCurves::curvesFallWithCompute()
{
    const auto curves = data::lawCatalog().law("hoffmann2022").learningCurves({1e8, 1e9, 1e10}, 1e18, 1e24, 50);
    for (const auto &curve : curves)
        for (std::size_t i = 1; i < curve.points.size(); ++i)
            QVERIFY(curve.points[i].loss < curve.points[i - 1].loss);
    // A bigger model needs more compute to pay off: at 1e18 FLOPs the 100M model beats the 10B one.
    QVERIFY(curves[0].points.front().loss < curves[2].points.front().loss);
}

void TestLearningCurves::hf2020CurvesAreTheMeasuredRuns()
{
    const auto curves = data::lawCatalog().law("hf2020").learningCurves({}, 1, 2, 2);
    QCOMPARE(curves.size(), std::size_t(27));
    for (const auto &curve : curves) {
        QVERIFY(curve.measured);
        QVERIFY(curve.points.size() > 5);
    }
}

void TestLearningCurves::chartCurveSizesSitOnAFixedGrid()
{
    const Law &law = data::lawCatalog().law("hoffmann2022");
    const ChartRange range{1e18, 1e25};
    const auto sizes = curveSizes(law, range);
    // About 20-40 curves (N_opt spans 10^(7 x 0.457) over the range, plus a decade each side).
    QVERIFY2(sizes.size() >= 20 && sizes.size() <= 40, qPrintable(QString::number(sizes.size())));
    QVERIFY(sizes.front() <= law.optimumForFlops(1e18).params / 10);
    QVERIFY(sizes.back() >= law.optimumForFlops(1e25).params * 10);
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const double quarterDecades = std::log10(sizes[i]) * 4;
        QVERIFY(std::abs(quarterDecades - std::round(quarterDecades)) < 1e-9); // 4 per decade
        if (i)
            FRONTIER_COMPARE_REL(sizes[i] / sizes[i - 1], std::pow(10.0, 0.25), 1e-9);
    }
    // A wider range thins the grid rather than exceeding 40 curves.
    const auto wide = curveSizes(law, {1e10, 1e30});
    QVERIFY(wide.size() <= 40);
    FRONTIER_COMPARE_REL(wide[1] / wide[0], std::sqrt(10.0), 1e-9);
}

void TestLearningCurves::chartFrontierIsTheLowerEnvelope()
{
    // For L(N, D) laws the frontier is min over N of L(N, C/6N): no curve lies below it, and the
    // grid's closest curve comes within a quarter decade of N (loss within 0.5 %) of touching it.
    for (const char *id : {"hoffmann2022", "epoch2024"}) {
        const Law &law = data::lawCatalog().law(id);
        const LossChartData chart = lossChartData(law, {1e18, 1e25}, 100);
        QCOMPARE(chart.frontier.size(), std::size_t(100));
        QVERIFY(chart.envelope.empty());
        for (std::size_t i = 0; i < chart.frontier.size(); ++i) {
            double lowest = HUGE_VAL;
            for (const auto &curve : chart.curves) {
                FRONTIER_COMPARE_REL(curve.points[i].flops, chart.frontier[i].flops, 1e-12);
                QVERIFY(curve.points[i].loss >= chart.frontier[i].loss - 1e-12);
                lowest = std::min(lowest, curve.points[i].loss);
            }
            FRONTIER_COMPARE_REL(lowest, chart.frontier[i].loss, 0.005);
        }
    }
}

void TestLearningCurves::chartKaplanShowsBothFrontiers()
{
    // Kaplan's L(C_min) (Eq. 1.3) is a separate fit from its L(N, D) (Eq. 1.5): both are drawn.
    const LossChartData chart = lossChartData(data::lawCatalog().law("kaplan2020"), {1e18, 1e24}, 50);
    QCOMPARE(chart.envelope.size(), chart.frontier.size());
    for (std::size_t i = 0; i < chart.envelope.size(); ++i)
        for (const auto &curve : chart.curves)
            QVERIFY(curve.points[i].loss >= chart.envelope[i].loss - 1e-12);
    // At 1 PF-day, L(C_min) = (3.1e8)^0.05 = 2.6... and the two differ by more than rounding.
    const double pfDay = 8.64e19;
    const Law &kaplan = data::lawCatalog().law("kaplan2020");
    FRONTIER_COMPARE_REL(*kaplan.optimumForFlops(pfDay).loss, std::pow(3.1e8, 0.05), 1e-9);
    QVERIFY(std::abs(*kaplan.envelopeOptimum(pfDay).loss - *kaplan.optimumForFlops(pfDay).loss) > 0.01);
}

void TestLearningCurves::chartAllocationSpendsTheBudget()
{
    const AllocationChartData chart = allocationChartData(data::lawCatalog().law("hoffmann2022"), {1e18, 1e25}, 60);
    QCOMPARE(chart.params.size(), std::size_t(60));
    FRONTIER_COMPARE_REL(chart.params.front().flops, 1e18, 1e-12);
    FRONTIER_COMPARE_REL(chart.params.back().flops, 1e25, 1e-12);
    for (std::size_t i = 0; i < chart.params.size(); ++i)
        FRONTIER_COMPARE_REL(6 * chart.params[i].value * chart.tokens[i].value, chart.params[i].flops, 1e-12);
    // hf2020 answers from 1.93e13 FLOPs only (where d·C^e + f turns positive): the series starts there.
    const Law &hf = data::lawCatalog().law("hf2020");
    const AllocationChartData cut = allocationChartData(hf, {1e10, 1e20}, 20);
    FRONTIER_COMPARE_REL(cut.params.front().flops, hf.info().validFlops.min, 1e-5);
    QVERIFY(cut.params.front().value > 0);
    QCOMPARE(lossChartData(hf, {1e10, 1e20}).curves.size(), std::size_t(27)); // the measured runs
}

void TestLearningCurves::chartLawsWithoutLoss()
{
    const Law &approach1 = data::lawCatalog().law("hoffmann2022-approach1");
    const LossChartData chart = lossChartData(approach1, {1e18, 1e25});
    QVERIFY(chart.curves.empty());
    QVERIFY(chart.frontier.empty());
    QVERIFY(curveForSize(approach1, 1e9, {1e18, 1e25}).points.empty());
    QCOMPARE(allocationChartData(approach1, {1e18, 1e25}, 10).params.size(), std::size_t(10));
    try {
        lossChartData(data::lawCatalog().law("hf2020"), {1e5, 1e10});
        QFAIL("a range wholly below hf2020's valid range was drawn");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("chart.outside_range"));
    }
}

QTEST_GUILESS_MAIN(TestLearningCurves)
#include "tst_learningcurves.moc"
