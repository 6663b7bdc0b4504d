// Bending a law (model/laws/whatif.h): the constants change exactly as the formulas say, and the bent
// law really has the exponent or passes through the point asked for, measured on its own frontier.

#include "testsupport.h"

#include "model/core/errors.h"
#include "model/laws/whatif.h"
#include "data/resourcedata.h"

#include <cmath>

using namespace frontier;

namespace {

const Law &law(const char *id)
{
    return data::lawCatalog().law(id);
}

// d ln(L_opt - E) / d ln C and d ln N_opt / d ln C by central differences at `flops`.
double frontierSlope(const Law &l, double flops)
{
    const double h = 1e-3, floor = irreducibleLoss(l);
    const double up = *l.optimumForFlops(flops * std::exp(h)).loss - floor;
    const double down = *l.optimumForFlops(flops * std::exp(-h)).loss - floor;
    return (std::log(up) - std::log(down)) / (2 * h);
}

double sizeSlope(const Law &l, double flops)
{
    const double h = 1e-3;
    return (std::log(l.optimumForFlops(flops * std::exp(h)).params) - std::log(l.optimumForFlops(flops * std::exp(-h)).params))
           / (2 * h);
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedExponents();
    void reducibleLossScalesAandB();
    void computeSlopeKeepsAllocation();
    void allocationKeepsComputeSlope();
    void throughThePointer_data();
    void throughThePointer();
    void turnedAboutThePivot_data();
    void turnedAboutThePivot();
    void optimalSizeScaledKeepsTheFrontier();
    void impossibleTargetsClamp();
    void lawsWithoutLoss();
    void kaplanAndHf2020Constants();
};

void TestWhatIf::publishedExponents()
{
    // Hoffmann et al. 2022 Table 2: Approach 3 gives a = 0.46 (N_opt ~ C^a); Eq. 4: a = beta/(alpha+beta).
    QVERIFY(std::abs(allocationExponent(law("hoffmann2022")) - 0.46) < 0.005);
    // Kaplan et al. 2020 Appendix A: N_opt ~ C_min^0.73; Eq. 1.3: L(C_min) ~ C_min^-0.050.
    QCOMPARE(allocationExponent(law("kaplan2020")), 0.73);
    QCOMPARE(computeExponent(law("kaplan2020")), 0.05);
    // gamma = alpha·beta/(alpha+beta) is the frontier's own slope (unrounded TeX constants:
    // alpha 0.33917084, beta 0.2849083, so gamma = 0.154838...).
    const double gamma = 0.33917084 * 0.2849083 / (0.33917084 + 0.2849083);
    FRONTIER_COMPARE_REL(computeExponent(law("hoffmann2022")), gamma, 1e-12);
    FRONTIER_COMPARE_REL(-frontierSlope(law("hoffmann2022"), 1e22), gamma, 1e-6);
}

void TestWhatIf::reducibleLossScalesAandB()
{
    const Law &chinchilla = law("hoffmann2022");
    const Law lifted = withReducibleLossScaled(chinchilla, 2);
    FRONTIER_COMPARE_REL(lifted.constants()["A"], 2 * 406.4010175194737, 1e-15);
    FRONTIER_COMPARE_REL(lifted.constants()["B"], 2 * 410.7228269450398, 1e-15);
    QCOMPARE(lifted.constants()["alpha"], chinchilla.constants()["alpha"]);
    for (const double flops : {1e20, 5.76e23, 1e26}) {
        // N_opt depends on A/B only: it does not move; L_opt - E doubles.
        FRONTIER_COMPARE_REL(lifted.optimumForFlops(flops).params, chinchilla.optimumForFlops(flops).params, 1e-12);
        FRONTIER_COMPARE_REL(*lifted.optimumForFlops(flops).loss - 1.6933736809989528,
                             2 * (*chinchilla.optimumForFlops(flops).loss - 1.6933736809989528), 1e-12);
    }
    // The original is a value: untouched.
    QCOMPARE(chinchilla.constants()["A"], 406.4010175194737);
}

void TestWhatIf::computeSlopeKeepsAllocation()
{
    const Law &chinchilla = law("hoffmann2022");
    const double a = allocationExponent(chinchilla);
    const Law steeper = withComputeExponent(chinchilla, 0.2);
    FRONTIER_COMPARE_REL(steeper.constants()["alpha"], 0.2 / a, 1e-12);
    FRONTIER_COMPARE_REL(steeper.constants()["beta"], 0.2 / (1 - a), 1e-12);
    FRONTIER_COMPARE_REL(allocationExponent(steeper), a, 1e-12);
    FRONTIER_COMPARE_REL(-frontierSlope(steeper, 1e22), 0.2, 1e-6);
    FRONTIER_COMPARE_REL(sizeSlope(steeper, 1e22), a, 1e-6);
}

void TestWhatIf::allocationKeepsComputeSlope()
{
    const Law &chinchilla = law("hoffmann2022");
    const double gamma = computeExponent(chinchilla);
    const Law tilted = withAllocationExponent(chinchilla, 0.6);
    FRONTIER_COMPARE_REL(tilted.constants()["alpha"], gamma / 0.6, 1e-12);
    FRONTIER_COMPARE_REL(tilted.constants()["beta"], gamma / 0.4, 1e-12);
    FRONTIER_COMPARE_REL(sizeSlope(tilted, 1e22), 0.6, 1e-6);
    FRONTIER_COMPARE_REL(-frontierSlope(tilted, 1e22), gamma, 1e-6);
}

void TestWhatIf::throughThePointer_data()
{
    QTest::addColumn<QString>("lawId");
    QTest::addColumn<double>("flops");
    for (const char *id : {"hoffmann2022", "epoch2024", "kaplan2020", "hf2020"})
        QTest::newRow(id) << QString::fromLatin1(id) << (std::string(id) == "hf2020" ? 1e17 : 1e22);
}

void TestWhatIf::throughThePointer()
{
    QFETCH(QString, lawId);
    QFETCH(double, flops);
    const Law &original = law(lawId.toLatin1().constData());
    const double loss = *original.optimumForFlops(flops).loss;
    const double floor = irreducibleLoss(original);
    const double target = floor + 1.3 * (loss - floor);

    const Law lifted = reducibleLossThrough(original, flops, target);
    FRONTIER_COMPARE_REL(*lifted.optimumForFlops(flops).loss, target, 1e-9);
    const Law sloped = computeSlopeThrough(original, flops, target);
    FRONTIER_COMPARE_REL(*sloped.optimumForFlops(flops).loss, target, 1e-9);
    FRONTIER_COMPARE_REL(allocationExponent(sloped), allocationExponent(original), 1e-12); // a kept
    const double params = 2 * original.optimumForFlops(flops).params;
    const Law tilted = allocationThrough(original, flops, params);
    FRONTIER_COMPARE_REL(tilted.optimumForFlops(flops).params, params, 1e-9);
    if (std::holds_alternative<ParametricLaw>(original.form()))
        FRONTIER_COMPARE_REL(computeExponent(tilted), computeExponent(original), 1e-12); // gamma kept
}

void TestWhatIf::turnedAboutThePivot_data()
{
    QTest::addColumn<QString>("lawId");
    QTest::addColumn<double>("pivot");
    QTest::addColumn<double>("pointer"); // the compute the drag is at: right of the pivot, or left
    for (const char *id : {"hoffmann2022", "epoch2024", "kaplan2020", "hf2020"}) {
        const double pivot = std::string(id) == "hf2020" ? 1e17 : 1e22;
        QTest::newRow((std::string(id) + ", pointer right").c_str()) << QString::fromLatin1(id) << pivot << pivot * 300;
        QTest::newRow((std::string(id) + ", pointer left").c_str()) << QString::fromLatin1(id) << pivot << pivot / 30;
        QTest::newRow((std::string(id) + ", a decade right").c_str()) << QString::fromLatin1(id) << pivot * 1.16 << pivot * 11.6;
    }
}

void TestWhatIf::turnedAboutThePivot()
{
    QFETCH(QString, lawId);
    QFETCH(double, pivot);
    QFETCH(double, pointer);
    const Law &original = law(lawId.toLatin1().constData());
    const double floor = irreducibleLoss(original);
    const double atPivot = *original.optimumForFlops(pivot).loss;
    // Steeper either way: lower right of the pivot, higher left of it (a flatter frontier than
    // kaplan2020's gamma = 0.05 would not reach a lower loss on the left).
    const double steeper = pointer > pivot ? 0.8 : 1.25;
    const double target = floor + steeper * (*original.optimumForFlops(pointer).loss - floor);
    // The slope: the frontier passes the pointer and still the pivot; its slope really changed.
    const Law sloped = computeSlopeAbout(original, pivot, pointer, target);
    FRONTIER_COMPARE_REL(*sloped.optimumForFlops(pointer).loss, target, 1e-9);
    FRONTIER_COMPARE_REL(*sloped.optimumForFlops(pivot).loss, atPivot, 1e-12);
    QVERIFY(std::abs(computeExponent(sloped) / computeExponent(original) - 1) > 0.01);
    FRONTIER_COMPARE_REL(allocationExponent(sloped), allocationExponent(original), 1e-12); // a kept
    // The tilt: N_opt passes the pointer and the pivot, and the frontier does not move.
    const double nAtPivot = original.optimumForFlops(pivot).params;
    const double nTarget = (pointer > pivot ? 1.5 : 1 / 1.1) * original.optimumForFlops(pointer).params;
    const Law tilted = allocationAbout(original, pivot, pointer, nTarget);
    FRONTIER_COMPARE_REL(tilted.optimumForFlops(pointer).params, nTarget, 1e-9);
    FRONTIER_COMPARE_REL(tilted.optimumForFlops(pivot).params, nAtPivot, 1e-12);
    for (const double c : {pivot / 10, pivot, pivot * 1000})
        FRONTIER_COMPARE_REL(*tilted.optimumForFlops(c).loss, *original.optimumForFlops(c).loss, 1e-12);
    // At the pivot's own compute there is no slope to ask for.
    QVERIFY_THROWS_EXCEPTION(InputError, computeSlopeAbout(original, pivot, pivot, target));
    QVERIFY_THROWS_EXCEPTION(InputError, allocationAbout(original, pivot, pivot * (1 + 1e-6), nTarget));
}

void TestWhatIf::optimalSizeScaledKeepsTheFrontier()
{
    // Chinchilla's N_opt = G·(C/6)^a with G = (alpha·A / (beta·B))^(1/(alpha+beta)) (Hoffmann et al.
    // 2022, Eq. 4): A·f^alpha and B·f^-beta multiply G by f and leave A^a·B^b, the frontier's height.
    const Law &chinchilla = law("hoffmann2022");
    const Law scaled = withOptimalSizeScaled(chinchilla, 2.5);
    for (const double c : {1e18, 1e22, 1e26}) {
        FRONTIER_COMPARE_REL(scaled.optimumForFlops(c).params, 2.5 * chinchilla.optimumForFlops(c).params, 1e-12);
        FRONTIER_COMPARE_REL(*scaled.optimumForFlops(c).loss, *chinchilla.optimumForFlops(c).loss, 1e-12);
    }
    QCOMPARE(withOptimalSizeScaled(law("kaplan2020"), 2).constants()["N_e"], 2 * law("kaplan2020").constants()["N_e"]);
    const Law approach1 = withOptimalSizeScaled(law("hoffmann2022-approach1"), 0.5);
    FRONTIER_COMPARE_REL(approach1.optimumForFlops(1e22).params, 0.5 * law("hoffmann2022-approach1").optimumForFlops(1e22).params, 1e-12);
}

void TestWhatIf::impossibleTargetsClamp()
{
    const Law &chinchilla = law("hoffmann2022");
    // Below the irreducible loss E = 1.693: the frontier goes as low as the gesture allows, no throw.
    const Law floor = reducibleLossThrough(chinchilla, 1e22, 1.0);
    FRONTIER_COMPARE_REL(floor.constants()["A"], 406.4010175194737 * 1e-3, 1e-12);
    // A loss no slope reaches clamps to the steepest or flattest slope.
    QCOMPARE(computeExponent(computeSlopeThrough(chinchilla, 1e22, 1.5)), 2.0); // below E = 1.693
    QCOMPARE(computeExponent(computeSlopeThrough(chinchilla, 1e22, 1e6)), 0.005); // above any loss the flattest slope gives
    QCOMPARE(allocationExponent(allocationThrough(chinchilla, 1e22, 1e30)), 0.98);
    // Turned about a pivot, likewise: as far as the law still has numbers (a = 0.98 underflows
    // Chinchilla's beta = gamma / 0.02 here), never back where it started.
    QVERIFY(allocationExponent(allocationAbout(chinchilla, 1.16e22, 1.16e23, 1e30)) > 0.9);
    QVERIFY(computeExponent(computeSlopeAbout(chinchilla, 1e22, 1e24, 1.7)) > 0.5);
    // A NaN pointer is refused by name.
    try {
        reducibleLossThrough(chinchilla, 1e22, std::nan(""));
        QFAIL("a NaN loss was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("value.not_finite"));
    }
}

void TestWhatIf::lawsWithoutLoss()
{
    // Approaches 1 and 2 predict sizes only: their N_opt can be tilted, there is no frontier to lift.
    const Law &approach1 = law("hoffmann2022-approach1");
    QVERIFY(supportsGesture(approach1, FrontierGesture::Allocation));
    QVERIFY(!supportsGesture(approach1, FrontierGesture::ReducibleLoss));
    QVERIFY(!supportsGesture(approach1, FrontierGesture::ComputeSlope));
    try {
        withReducibleLossScaled(approach1, 2);
        QFAIL("a law without loss was lifted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("whatif.unsupported"));
    }
    const Law tilted = allocationThrough(approach1, 5.76e23, 100e9);
    FRONTIER_COMPARE_REL(tilted.optimumForFlops(5.76e23).params, 100e9, 1e-9);
}

void TestWhatIf::kaplanAndHf2020Constants()
{
    // kaplan2020: L(C_min) = (C_c/C)^alpha scaled by k moves C_c to C_c·k^(1/alpha) (Eq. 1.3).
    const Law kaplan = withReducibleLossScaled(law("kaplan2020"), 1.1);
    FRONTIER_COMPARE_REL(kaplan.constants()["C_c_min"], 3.1e8 * std::pow(1.1, 1 / 0.05), 1e-12);
    FRONTIER_COMPARE_REL(*kaplan.optimumForFlops(1e21).loss, 1.1 * *law("kaplan2020").optimumForFlops(1e21).loss, 1e-12);
    QCOMPARE(withAllocationExponent(law("kaplan2020"), 0.5).constants()["p_N"], 0.5);
    // hf2020: a scales, b is the slope, e the allocation exponent.
    const Law &hf = law("hf2020");
    QCOMPARE(withReducibleLossScaled(hf, 2).constants()["a"], 2 * hf.constants()["a"]);
    QCOMPARE(withComputeExponent(hf, 0.2).constants()["b"], 0.2);
    QCOMPARE(withAllocationExponent(hf, 0.8).constants()["e"], 0.8);
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
