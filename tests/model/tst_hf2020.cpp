// The Hugging Face 2020 frontier: parsing the study's learning curves, its frontier procedure, and
// the two laws built from it.
//
// Upstream: TevenLeScao/transformer-xl @ f15c845d83fe7952e841cda92e277919e8ec10fe stores no fitted
// constants; its pytorch/optimal_training/main.py refits at start-up. The figures below were obtained
// by running main.py itself (lines 29-139, with bokeh stubbed out; Debian python3-scipy 1.10.1,
// numpy 1.24.2, pandas 1.5.3) on tests/reference/hf2020/loss_vs_compute.csv (identical to
// resources/data/hf2020_loss_vs_compute.csv) in a throw-away folder, and converting its
// FLOPs / 86,400 unit to FLOPs (a·86,400^b, d·86,400^(-e)). Two sets:
//  - "calculator" (law hf2020): what main.py computes: Qhull 'QG0' on raw (FLOPs / 86,400, loss)
//    with the extra point (1e9, 3) first; curve_fit from (1, 1, 1). Qhull's roundoff tolerance
//    follows the 1e12-sized x and merges away hull vertices within a few hundredths of a nat of an
//    edge: 20 of the 46 lower-hull points survive, with the span's rightmost point (21 in all);
//  - "exact hull" (law hf2020-exact-hull): the same steps fed the exact lower hull (which does not
//    depend on the x unit), both fits polished to the least-squares optimum.
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/laws/hf2020law.h"
#include "model/laws/qhullfacing.h"
#include "data/resourcedata.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace frontier;

namespace {

const Hf2020Law &catalogLaw(const char *id = "hf2020")
{
    return std::get<Hf2020Law>(data::lawCatalog().law(id).form());
}

const Hf2020Law &exactLaw()
{
    return catalogLaw("hf2020-exact-hull");
}

std::vector<Hf2020Run> referenceRuns()
{
    return parseHf2020Runs(test::referenceText("hf2020/loss_vs_compute.csv"), catalogLaw().spec);
}

// The calculator's procedure (law hf2020) on the reference data.
const Hf2020Frontier &calculatorFrontier()
{
    static const Hf2020Frontier frontier =
        fitHf2020Frontier(referenceRuns(), catalogLaw().spec, catalogLaw().procedure);
    return frontier;
}

// The exact lower hull (law hf2020-exact-hull) on the reference data.
const Hf2020Frontier &referenceFrontier()
{
    static const Hf2020Frontier frontier = fitHf2020Frontier(referenceRuns(), exactLaw().spec, exactLaw().procedure);
    return frontier;
}

double constantOf(const Hf2020Frontier &fr, char name)
{
    return name == 'a' ? fr.a : name == 'b' ? fr.b : name == 'c' ? fr.c : name == 'd' ? fr.d : name == 'e' ? fr.e : fr.f;
}

// Loss of a run between two of its measured points, linear in (C, L).
std::optional<double> lossBetweenPoints(const Hf2020Run &run, double flops, double lower, double upper)
{
    for (std::size_t i = 0; i + 1 < run.points.size(); ++i) {
        const CurvePoint &p = run.points[i], &q = run.points[i + 1];
        if (p.flops <= lower || q.flops >= upper || flops < p.flops || flops > q.flops)
            continue;
        return p.loss + (q.loss - p.loss) * (flops - p.flops) / (q.flops - p.flops);
    }
    return std::nullopt;
}

} // namespace

class Test_hf2020 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsRunsWithMoreThanFivePoints();
    void runSizeFromFirstPoint_data();
    void runSizeFromFirstPoint();
    void shortRunsDroppedAndUndefinedSkipped();
    void malformedCsvIsRejected_data();
    void malformedCsvIsRejected();
    void frontierSpan();
    void calculatorHullIsQhulls();
    void hullIsTheLowerEnvelope();
    void hullLiesOnOrBelowEveryRun();
    void fitMatchesUpstream_data();
    void fitMatchesUpstream();
    void predictions_data();
    void predictions();
    void frontierPassesThroughHull();
    void runOptima();
    void calculatorRunOptima();
    void catalogLawUsesTheFit();
    void minimumFlopsIsWhereNoptTurnsPositive();
    void optimumRoundTrips_data();
    void optimumRoundTrips();
    void badQuestionsAreRejected();
    void tenfoldComputeRule();
    void learningCurvesAreTheRuns();
};

void Test_hf2020::keepsRunsWithMoreThanFivePoints()
{
    const auto runs = referenceRuns();
    // 28 runs in the CSV; "12 * 512 * 2048" has exactly 5 points (tests/reference/README.md, hf2020).
    QCOMPARE(runs.size(), std::size_t(27));
    QVERIFY(
        std::none_of(runs.begin(), runs.end(), [](const auto &r) { return r.name == "12 * 512 * 2048"; }));
    QVERIFY(std::is_sorted(runs.begin(), runs.end(),
                           [](const auto &p, const auto &q) { return p.params < q.params; }));
    for (const auto &run : runs) {
        QVERIFY2(run.points.size() > 5, run.name.c_str());
        QVERIFY(std::is_sorted(run.points.begin(), run.points.end(),
                               [](const auto &p, const auto &q) { return p.flops < q.flops; }));
    }
    // tests/reference/README.md: 58.6 k to 54.6 M non-embedding parameters.
    FRONTIER_COMPARE_REL(runs.front().params, 58.6e3, 1e-3);
    FRONTIER_COMPARE_REL(runs.back().params, 54.6e6, 1e-3);
    QCOMPARE(runs.front().name, std::string("2 * 64 * 64"));
    QCOMPARE(runs.back().name, std::string("16 * 512 * 2048"));
}

void Test_hf2020::runSizeFromFirstPoint_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("layers");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("inner");
    // Runs named "<layers> * <d_model> * <d_inner>": their size from the first point must equal the
    // Transformer-XL parameter count of that shape (speed_model.json "parameter_count", from
    // conversions.py param_polynomial).
    const QRegularExpression shape(QStringLiteral("^(\\d+) \\* (\\d+) \\* (\\d+)$"));
    for (const auto &run : referenceRuns()) {
        const auto match = shape.match(QString::fromStdString(run.name));
        if (match.hasMatch())
            QTest::newRow(run.name.c_str())
                << QString::fromStdString(run.name) << match.captured(1).toDouble()
                << match.captured(2).toDouble() << match.captured(3).toDouble();
    }
}

void Test_hf2020::runSizeFromFirstPoint()
{
    QFETCH(QString, name);
    QFETCH(double, layers);
    QFETCH(double, width);
    QFETCH(double, inner);
    const auto runs = referenceRuns();
    const auto run =
        std::find_if(runs.begin(), runs.end(), [&](const auto &r) { return r.name == name.toStdString(); });
    QVERIFY(run != runs.end());
    const double L = layers, w = width, i = inner;
    const double count = 5 * L * w * w + 2 * L * w * i + 7 * L * w + L * i + 3 * w + 3;
    FRONTIER_COMPARE_REL(run->params, count, 1e-9);
}

void Test_hf2020::shortRunsDroppedAndUndefinedSkipped()
{
    Hf2020DataSpec spec;
    spec.computeColumnScale = 10;
    spec.stepsPerPoint = 1;
    spec.tokensPerSequence = 1;
    spec.sequencesPerBatch = 2;
    spec.minimumPoints = 2;
    const std::string csv = "\"global_step\",\"big - _step\",\"big - valid_loss\",\"small - valid_loss\","
                            "\"short - valid_loss\"\n"
                            "3.3,1,undefined,4.0,undefined\n"
                            "24,1,3.0,3.5,5\n"
                            "36,2,2.5,3.2,4\n"
                            "48,3,2.2,undefined,undefined\n";
    const auto runs = parseHf2020Runs(csv, spec);
    QCOMPARE(runs.size(), std::size_t(2)); // "short" has 2 points, not more than 2
    QCOMPARE(runs[0].name, std::string("small"));
    QCOMPARE(runs[1].name, std::string("big"));
    // N = C_first / (1 step x 2 tokens x 6), rounded to a whole count as utils.py param_count does:
    // small 33/12 = 2.75 -> 3, big 240/12 = 20.
    FRONTIER_COMPARE_REL(runs[0].params, 3.0, 1e-12);
    FRONTIER_COMPARE_REL(runs[1].params, 20.0, 1e-12);
    QCOMPARE(runs[1].points.size(), std::size_t(3));
    FRONTIER_COMPARE_REL(runs[1].points.back().flops, 480.0, 1e-12);
    FRONTIER_COMPARE_REL(runs[1].points.back().loss, 2.2, 1e-12);
}

void Test_hf2020::malformedCsvIsRejected_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no global_step column") << "\"step\",\"a - valid_loss\"\n1,2\n2,2\n3,2\n4,2\n5,2\n6,2\n"
                                           << "global_step";
    QTest::newRow("text in a loss cell")
        << "\"global_step\",\"a - valid_loss\"\n1,2\n2,n/a\n3,2\n4,2\n5,2\n6,2\n"
        << "expected a number, got 'n/a'";
    QTest::newRow("text in global_step")
        << "\"global_step\",\"a - valid_loss\"\n1,2\nlots,2\n3,2\n4,2\n5,2\n6,2\n"
        << "'global_step'";
    QTest::newRow("negative compute") << "\"global_step\",\"a - valid_loss\"\n-1,2\n2,2\n3,2\n4,2\n5,2\n6,2\n"
                                      << "compute must be positive";
    QTest::newRow("no run has enough points") << "\"global_step\",\"a - valid_loss\"\n1,2\n2,2\n3,undefined\n"
                                              << "no run has more than 5 points";
    QTest::newRow("no valid_loss columns") << "\"global_step\",\"a - _step\"\n1,2\n2,2\n3,2\n4,2\n5,2\n6,2\n"
                                           << "valid_loss";
    QTest::newRow("empty file") << ""
                                << "empty";
}

void Test_hf2020::malformedCsvIsRejected()
{
    QFETCH(QString, csv);
    QFETCH(QString, mentions);
    try {
        parseHf2020Runs(csv.toStdString(), catalogLaw().spec);
        QFAIL("expected InputError");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
    }
}

void Test_hf2020::frontierSpan()
{
    const auto runs = referenceRuns();
    const auto &frontier = referenceFrontier();
    QCOMPARE(frontier.lowerFlops, runs[2].points.front().flops);
    QCOMPARE(frontier.upperFlops, runs[runs.size() - 2].points.back().flops);
    // Upstream main.py prints the span: 2.3349e+13, 4.4366e+17.
    FRONTIER_COMPARE_REL(frontier.lowerFlops, 2.3349e13, 1e-4);
    FRONTIER_COMPARE_REL(frontier.upperFlops, 4.4366e17, 1e-4);
    QCOMPARE(calculatorFrontier().lowerFlops, frontier.lowerFlops);
    QCOMPARE(calculatorFrontier().upperFlops, frontier.upperFlops);
}

void Test_hf2020::calculatorHullIsQhulls()
{
    // main.py's hull_points[:, 0] (FLOPs / 86,400) and [:, 1]: Qhull keeps 21 vertices on the good
    // facets, the rightmost point of the span (run 26, more compute for a higher loss) among them.
    const std::pair<double, double> upstream[] = {
        {292815000.0, 5.419919577864433},       {439210055.3625, 5.261421521095725},
        {585617555.3625, 5.138891534003814},    {732025055.3625, 5.056429589095429},
        {878420110.7249999, 5.008628601855458}, {1635609694.1625, 4.799571384441676},
        {2616964388.325, 4.666274379436099},    {4636121480.325, 4.508707241511808},
        {10394719107.525, 4.2938330409687095},  {18447027992.325, 4.145667860625514},
        {25364614488.4875, 4.0793351713405865}, {35542344709.125, 4.001608483992818},
        {48870629563.6875, 3.9324697990143163}, {76951509645.45001, 3.842922487597647},
        {141862005368.325, 3.7096359170283466}, {248257755736.65, 3.6097360092867374},
        {409655042778.25, 3.523873473475787},   {955811771864.65, 3.3801816564236624},
        {1911617740445.463, 3.267903264215346}, {3594461131579.8496, 3.1818184286872238},
        {5051989002612.349, 3.150962432495774},
    };
    const auto &hull = calculatorFrontier().hull;
    QCOMPARE(hull.size(), std::size(upstream));
    for (std::size_t i = 0; i < hull.size(); ++i) {
        FRONTIER_COMPARE_REL(hull[i].flops, upstream[i].first * 86400, 1e-12);
        FRONTIER_COMPARE_REL(hull[i].loss, upstream[i].second, 1e-12);
    }
}

void Test_hf2020::hullIsTheLowerEnvelope()
{
    const auto &hull = referenceFrontier().hull;
    // Qhull on x / x_max (see the top of this file): 46 points up to the lowest loss, 2.529922e13 to
    // 4.347859e17 FLOPs. (The calculator: 21 points; it also keeps the rightmost point,
    // 4.364918e17 at 3.15096, which costs more compute for a higher loss and so is not frontier.)
    QCOMPARE(hull.size(), std::size_t(46));
    FRONTIER_COMPARE_REL(hull.front().flops, 2.529922e13, 1e-6);
    FRONTIER_COMPARE_REL(hull.front().loss, 5.41992, 1e-5);
    FRONTIER_COMPARE_REL(hull.back().flops, 4.347859e17, 1e-6);
    FRONTIER_COMPARE_REL(hull.back().loss, 3.15043, 1e-5);
    double previousSlope = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < hull.size(); ++i) {
        QVERIFY(hull[i].flops > hull[i - 1].flops);
        QVERIFY2(hull[i].loss < hull[i - 1].loss, "the frontier's loss must fall as compute grows");
        const double slope = (hull[i].loss - hull[i - 1].loss) / (hull[i].flops - hull[i - 1].flops);
        QVERIFY2(slope > previousSlope, "the hull must be convex in linear (C, L)");
        previousSlope = slope;
    }
    // Every point Qhull keeps but the rightmost is on the exact hull too.
    const auto &calculator = calculatorFrontier().hull;
    for (std::size_t i = 0; i + 1 < calculator.size(); ++i)
        QVERIFY(std::any_of(hull.begin(), hull.end(), [&](const auto &p) {
            return p.flops == calculator[i].flops && p.loss == calculator[i].loss;
        }));
}

void Test_hf2020::hullLiesOnOrBelowEveryRun()
{
    const auto runs = referenceRuns();
    const auto &frontier = referenceFrontier();
    std::size_t comparisons = 0;
    for (const auto &h : frontier.hull) {
        bool measured = false;
        for (const auto &run : runs) {
            for (const auto &p : run.points)
                measured = measured || (p.flops == h.flops && p.loss == h.loss);
            // Every point and every segment between two points inside the span is on or above the hull.
            if (const auto loss = lossBetweenPoints(run, h.flops, frontier.lowerFlops, frontier.upperFlops)) {
                QVERIFY2(h.loss <= *loss + 1e-12, run.name.c_str());
                ++comparisons;
            }
        }
        QVERIFY2(measured, "every hull point is a measured point");
    }
    QVERIFY(comparisons > 100); // the check did run over many runs
}

void Test_hf2020::fitMatchesUpstream_data()
{
    QTest::addColumn<bool>("calculator");
    QTest::addColumn<char>("name");
    QTest::addColumn<double>("upstream");
    QTest::addColumn<double>("rel");
    // The calculator's start-up fit, main.py loss_popt and param_popt converted to FLOPs: 1e-4 (we
    // measure 2e-9 on a, b, c and 6e-6 on d, f: the same MINPACK steps, rounded differently).
    QTest::newRow("a, calculator: 28.67877723786711 * 86400^b") << true << 'a' << 98.53675863354158 << 1e-4;
    QTest::newRow("b, calculator") << true << 'b' << 0.10858627554158601 << 1e-4;
    QTest::newRow("c, calculator, nats") << true << 'c' << 1.947240879111412 << 1e-4;
    QTest::newRow("d, calculator: 0.040482876814706664 * 86400^-e") << true << 'd' << 1.1149839983880428e-05 << 1e-4;
    QTest::newRow("e, calculator") << true << 'e' << 0.7211572615843835 << 1e-4;
    QTest::newRow("f, calculator, parameters") << true << 'f' << -45459.94445638993 << 1e-4;
    // Upstream's steps on the exact hull, polished to the least-squares optimum (sums of squares
    // 2.3955720e-3 and 0.61300906). N_opt's optimum is flat along d-e-f, hence the wider tolerance.
    QTest::newRow("a, exact hull") << false << 'a' << 91.4690643106 << 1e-6;
    QTest::newRow("b, exact hull") << false << 'b' << 0.105644386513 << 1e-6;
    QTest::newRow("c, exact hull, nats") << false << 'c' << 1.88768076095 << 1e-6;
    QTest::newRow("d, exact hull") << false << 'd' << 5.26629339246e-06 << 1e-4;
    QTest::newRow("e, exact hull") << false << 'e' << 0.742630025555 << 1e-5;
    QTest::newRow("f, exact hull, parameters") << false << 'f' << -38639.6153694 << 1e-4;
}

void Test_hf2020::fitMatchesUpstream()
{
    QFETCH(bool, calculator);
    QFETCH(char, name);
    QFETCH(double, upstream);
    QFETCH(double, rel);
    FRONTIER_COMPARE_REL(constantOf(calculator ? calculatorFrontier() : referenceFrontier(), name), upstream, rel);
    // and the catalogue's law carries exactly that fit
    const Law &law = data::lawCatalog().law(calculator ? "hf2020" : "hf2020-exact-hull");
    FRONTIER_COMPARE_REL(law.constants()[std::string(1, name)], upstream, rel);
}

void Test_hf2020::predictions_data()
{
    QTest::addColumn<QString>("law");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("flops");
    QTest::addColumn<double>("upstream");
    QTest::addColumn<double>("rel");
    // The calculator's safe_flo_to_param(C / 86400, *param_popt), loss_fit(C / 86400, *loss_popt) and
    // param_to_flo(0, ...) * 86400 (conversions.py) on its start-up fit.
    QTest::newRow("hf2020: N_opt at 1e16 FLOPs, 3.8074e6") << "hf2020" << "N" << 1e16 << 3807414.1749532935 << 2e-4;
    QTest::newRow("hf2020: N_opt at 1e17 FLOPs, 2.0229e7") << "hf2020" << "N" << 1e17 << 20228663.272759963 << 2e-4;
    QTest::newRow("hf2020: N_opt at 1e18 FLOPs, 1.0664e8") << "hf2020" << "N" << 1e18 << 106638552.94767737 << 2e-4;
    QTest::newRow("hf2020: L at 1e16 FLOPs, 3.75116") << "hf2020" << "L" << 1e16 << 3.751163328921452 << 1e-6;
    QTest::newRow("hf2020: L at 1e18 FLOPs, 3.04131") << "hf2020" << "L" << 1e18 << 3.0413113897654913 << 1e-6;
    QTest::newRow("hf2020: minimum FLOPs 2.1198e13") << "hf2020" << "Cmin" << 0.0 << 21198401887011.223 << 2e-4;
    // The exact hull predicts from more points; within the data (up to 4.5e17 FLOPs) it stays within
    // these bounds of the calculator.
    QTest::newRow("exact hull: N_opt at 1e16 FLOPs, calculator's +4.4 %") << "hf2020-exact-hull" << "N" << 1e16 << 3807414.1749532935 << 0.06;
    QTest::newRow("exact hull: N_opt at 1e17 FLOPs, calculator's +9.5 %") << "hf2020-exact-hull" << "N" << 1e17 << 20228663.272759963 << 0.12;
    QTest::newRow("exact hull: L at 1e16 FLOPs") << "hf2020-exact-hull" << "L" << 1e16 << 3.751163328921452 << 2e-3;
    QTest::newRow("exact hull: L at 1e18 FLOPs") << "hf2020-exact-hull" << "L" << 1e18 << 3.0413113897654913 << 4e-3;
    QTest::newRow("exact hull: minimum FLOPs 1.92566e13 (its own fit)") << "hf2020-exact-hull" << "Cmin" << 0.0 << 1.92566e13 << 1e-4;
}

void Test_hf2020::predictions()
{
    QFETCH(QString, law);
    QFETCH(QString, quantity);
    QFETCH(double, flops);
    QFETCH(double, upstream);
    QFETCH(double, rel);
    const auto &hf = catalogLaw(qPrintable(law));
    const double ours = quantity == "N"   ? hf.optimumForFlops(flops).params
                        : quantity == "L" ? hf.lossOfCompute(flops)
                                          : hf.minimumFlops();
    FRONTIER_COMPARE_REL(ours, upstream, rel);
}

void Test_hf2020::frontierPassesThroughHull()
{
    const auto &fr = referenceFrontier();
    double sumOfSquares = 0;
    for (const auto &h : fr.hull) {
        const double fitted = fr.a * std::pow(h.flops, -fr.b) + fr.c;
        // The largest miss is 0.0222 nats (0.7 %), near the small end.
        FRONTIER_COMPARE_REL(fitted, h.loss, 1e-2);
        sumOfSquares += (fitted - h.loss) * (fitted - h.loss);
    }
    // Least squares: no worse than scipy's optimum on the same hull, 2.39557199427e-3.
    QVERIFY2(sumOfSquares <= 2.39557199427e-3 * (1 + 1e-9),
             qPrintable(QString::number(sumOfSquares, 'g', 12)));
}

void Test_hf2020::runOptima()
{
    const auto runs = referenceRuns();
    const auto &fr = referenceFrontier();
    QCOMPARE(fr.runOptima.size(), runs.size());
    const auto onHull =
        std::count_if(fr.runOptima.begin(), fr.runOptima.end(), [](const auto &o) { return o.onHull; });
    // Exact hull: runs 0, 3, 4, 7, 8, 11, 12, 13, 15, 17, 18, 23, 25 by size.
    QCOMPARE(onHull, 13);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        QCOMPARE(fr.runOptima[i].run, runs[i].name);
        QVERIFY(std::any_of(runs[i].points.begin(), runs[i].points.end(),
                            [&](const auto &p) { return p.flops == fr.runOptima[i].flops; }));
    }
    // Upstream's steps on the exact hull: closest points 1.946571e17 ("8 * 512 * 2048") and
    // 3.105614e17 ("CMU sota run").
    FRONTIER_COMPARE_REL(fr.runOptima[23].flops, 1.946571e17, 1e-6);
    FRONTIER_COMPARE_REL(fr.runOptima[25].flops, 3.105614e17, 1e-6);
    QVERIFY(fr.runOptima[0].onHull && fr.runOptima[25].onHull);
    QVERIFY(!fr.runOptima[1].onHull && !fr.runOptima[26].onHull);
    double sumOfSquares = 0;
    for (const auto &o : fr.runOptima)
        if (o.onHull)
            sumOfSquares += std::pow(std::log(o.params) - std::log(fr.d * std::pow(o.flops, fr.e) + fr.f), 2);
    // No worse than scipy's optimum on the same pairs, 0.613009064357.
    QVERIFY2(sumOfSquares <= 0.613009064357 * (1 + 1e-9), qPrintable(QString::number(sumOfSquares, 'g', 12)));
}

void Test_hf2020::calculatorRunOptima()
{
    // main.py run_indices_at_hull and compute_at_hull[:, 0] * 86400: 12 runs, without 13 and 17 of
    // the exact hull, with the largest (26) through the rightmost point.
    const std::pair<std::size_t, double> upstream[] = {
        {0, 63246964783319.99},        {3, 141316677575640.0},        {4, 400560895900080.0},
        {7, 898103730890160.0},        {8, 1593823218536880.0},       {11, 3070858582868400.0},
        {12, 4432438352683440.5},      {15, 1.2256877263823282e+16}, {18, 4.12933954560408e+16},
        {23, 2.1825207458731734e+17}, {25, 3.10561441768499e+17},   {26, 4.4828824929451584e+17},
    };
    const auto &fr = calculatorFrontier();
    std::vector<std::size_t> onHull;
    for (std::size_t i = 0; i < fr.runOptima.size(); ++i)
        if (fr.runOptima[i].onHull)
            onHull.push_back(i);
    QCOMPARE(onHull.size(), std::size(upstream));
    for (std::size_t k = 0; k < onHull.size(); ++k) {
        QCOMPARE(onHull[k], upstream[k].first);
        FRONTIER_COMPARE_REL(fr.runOptima[onHull[k]].flops, upstream[k].second, 1e-12);
    }
}

void Test_hf2020::catalogLawUsesTheFit()
{
    for (const bool calculator : {true, false}) {
        const Law &law = data::lawCatalog().law(calculator ? "hf2020" : "hf2020-exact-hull");
        const auto &fr = calculator ? calculatorFrontier() : referenceFrontier();
        const auto &hf = std::get<Hf2020Law>(law.form());
        QCOMPARE(hf.runs.size(), std::size_t(27));
        FRONTIER_COMPARE_REL(hf.a, fr.a, 1e-12);
        FRONTIER_COMPARE_REL(hf.e, fr.e, 1e-12);
        FRONTIER_COMPARE_REL(law.constants()["f"], fr.f, 1e-12);
        FRONTIER_COMPARE_REL(law.info().validFlops.min, hf.minimumFlops(), 1e-12);
        // Each law's description says which procedure it is.
        QVERIFY(QString::fromStdString(law.info().description).contains(calculator ? "QG0" : "exact lower convex hull"));
    }
}

void Test_hf2020::minimumFlopsIsWhereNoptTurnsPositive()
{
    const auto &law = catalogLaw();
    QVERIFY(law.f < 0);
    const double minimum = law.minimumFlops();
    QVERIFY2(minimum > 1e13 && minimum < 1e14, qPrintable(QString::number(minimum))); // "about 2e13"
    FRONTIER_COMPARE_ABS(law.d * std::pow(minimum, law.e) + law.f, 0.0, 1e-6 * -law.f);
    QVERIFY_THROWS_EXCEPTION(InputError, law.optimumForFlops(0.9 * minimum));
    QVERIFY(law.optimumForFlops(1.1 * minimum).params > 0);
}

void Test_hf2020::optimumRoundTrips_data()
{
    QTest::addColumn<double>("flops");
    QTest::newRow("1e14 FLOPs, smallest runs") << 1e14;
    QTest::newRow("1e16 FLOPs") << 1e16;
    QTest::newRow("4e17 FLOPs, largest run") << 4e17;
    QTest::newRow("1e21 FLOPs, extrapolated") << 1e21;
}

void Test_hf2020::optimumRoundTrips()
{
    QFETCH(double, flops);
    const auto &law = catalogLaw();
    const Allocation opt = law.optimumForFlops(flops);
    QCOMPARE(opt.flops, flops);
    FRONTIER_COMPARE_REL(6 * opt.params * opt.tokens, flops, 1e-12);
    QVERIFY(opt.steps && opt.loss);
    FRONTIER_COMPARE_REL(*opt.steps * 60 * 150, opt.tokens, 1e-12); // batch 60 x 150 tokens
    FRONTIER_COMPARE_REL(*opt.loss, law.lossOfCompute(flops), 1e-12);
    const Allocation back = law.optimumForParams(opt.params);
    FRONTIER_COMPARE_REL(back.flops, flops, 1e-9);
    FRONTIER_COMPARE_REL(back.params, opt.params, 1e-9);
}

void Test_hf2020::badQuestionsAreRejected()
{
    const auto &law = catalogLaw();
    QVERIFY_THROWS_EXCEPTION(InputError, law.optimumForFlops(-1));
    QVERIFY_THROWS_EXCEPTION(InputError, law.optimumForFlops(std::nan("")));
    QVERIFY_THROWS_EXCEPTION(InputError, law.optimumForParams(0));
    QVERIFY_THROWS_EXCEPTION(InputError, law.lossOfCompute(0));
    QVERIFY_THROWS_EXCEPTION(InputError, fitHf2020Frontier({}, law.spec, law.procedure));
    try {
        law.optimumForFlops(1e12);
        QFAIL("accepted a budget below the law's range");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("laws.hf2020_below_minimum"));
        QCOMPARE(e.message().arg("flops"), std::string("1e+12"));
    }
    // Qhull's own complaint comes through as an InputError (three collinear points have no 2-D hull).
    Hf2020Procedure procedure = law.procedure;
    procedure.qhullCommand = "qhull i QG0 Qt";
    QVERIFY_THROWS_EXCEPTION(InputError, qhullGoodFacetVertices({{1, 1}, {2, 2}, {3, 3}}, procedure.qhullCommand));
}

void Test_hf2020::tenfoldComputeRule()
{
    // The study's published rule (Hugging Face 2020, "How big should my language model be?"):
    // 10x compute buys a 7.41x larger model trained for 1.35x the steps. It is the post's own
    // summary; the curves it ships do not give it, so the true figure stays the expectation and the
    // deviation is a known one (SpeedCrunch keeps such cases with CHECK_EVAL_KNOWN_ISSUE).
    constexpr double kPublishedSize = 7.41, kPublishedSteps = 1.35;
    for (const bool calculator : {true, false}) {
        const auto &law = calculator ? catalogLaw() : exactLaw();
        const Allocation low = law.optimumForFlops(1e17), high = law.optimumForFlops(1e18);
        const double sizeRatio = high.params / low.params, stepRatio = *high.steps / *low.steps;
        qInfo("%s, 1e17 -> 1e18 FLOPs: model size x%.3f, steps x%.3f (post: x%.2f, x%.2f)",
              calculator ? "hf2020" : "hf2020-exact-hull", sizeRatio, stepRatio, kPublishedSize, kPublishedSteps);
        QString why;
        QEXPECT_FAIL("", "the post's x7.41 size per 10x compute is its own summary: the 2020 calculator's fitted "
                         "frontier gives x5.27 (safe_flo_to_param at 1e17 and 1e18 FLOPs), the exact hull x5.54",
                     Continue);
        QVERIFY2(test::relativelyClose(sizeRatio, kPublishedSize, 0.01, &why), qPrintable(why));
        QEXPECT_FAIL("", "the post's x1.35 steps per 10x compute: the calculator gives x1.90, the exact hull x1.81",
                     Continue);
        QVERIFY2(test::relativelyClose(stepRatio, kPublishedSteps, 0.01, &why), qPrintable(why));
        // Size times steps is compute whatever the frontier (C = 6 N B S at a fixed batch): exact.
        FRONTIER_COMPARE_REL(sizeRatio * stepRatio, 10.0, 1e-12);
        FRONTIER_COMPARE_REL(kPublishedSize * kPublishedSteps, 10.0, 1e-3);
        // What the calculator's own code gives (run upstream, numbers kept), so a change shows.
        FRONTIER_COMPARE_REL(sizeRatio, calculator ? 5.271655942351736 : 5.536688, 1e-4);
        FRONTIER_COMPARE_REL(stepRatio, calculator ? 1.8969371501773131 : 1.806134, 1e-4);
    }
}

void Test_hf2020::learningCurvesAreTheRuns()
{
    const auto &law = catalogLaw();
    const auto curves = law.learningCurves();
    QCOMPARE(curves.size(), law.runs.size());
    for (std::size_t i = 0; i < curves.size(); ++i) {
        QVERIFY(curves[i].measured);
        QCOMPARE(curves[i].label, law.runs[i].name);
        QCOMPARE(curves[i].params, law.runs[i].params);
        QCOMPARE(curves[i].points.size(), law.runs[i].points.size());
    }
}

QTEST_GUILESS_MAIN(Test_hf2020)
#include "tst_hf2020.moc"
