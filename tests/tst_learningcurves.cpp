// The compute frontier is the lower envelope of the learning curves: for every law with L(N, D),
// the envelope of a dense family of curves must agree with the law's closed-form optimum
// (N_opt within 2 %, loss within 0.1 %: issue 3, section 2).
#include "testsupport.h"

#include "ui/data/resourcedata.h"

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
};

void TestLearningCurves::envelopeMatchesClosedForm_data()
{
    QTest::addColumn<QString>("lawId");
    QTest::addColumn<double>("flops");
    // kaplan2020, hoffmann2022, -rounded, epoch2024, -grid: an empty table would test nothing.
    int laws = 0;
    for (const auto &law : data::lawCatalog().laws()) {
        if (!law.can(Capability::LossOfParamsTokens))
            continue;
        ++laws;
        for (const double flops : {1e18, 1e21, 5.76e23, 1e25})
            QTest::newRow(qPrintable(QStringLiteral("%1 at %2 FLOPs").arg(QString::fromStdString(law.id())).arg(flops)))
                << QString::fromStdString(law.id()) << flops;
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

QTEST_GUILESS_MAIN(TestLearningCurves)
#include "tst_learningcurves.moc"
