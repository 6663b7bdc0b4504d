// The Hugging Face 2020 frontier: parsing the study's learning curves, its frontier procedure, and
// the law built from it.
//
// Upstream figures: TevenLeScao/transformer-xl @ f15c845 stores no fitted constants; its
// pytorch/optimal_training/main.py refits at start-up. They were obtained by re-running that file's
// fitting part (scipy 1.10: ConvexHull with QG0, curve_fit from its default start) on
// shared/reference/hf2020/loss_vs_compute.csv, converted from its FLOPs / 86,400 unit to FLOPs
// (a·86,400^b, d·86,400^(-e)). Two sets:
//  - "as shipped": Qhull run on raw (FLOPs / 86,400, loss) coordinates, x up to 1.2e13 against losses
//    of 3 to 5. Qhull's roundoff tolerance scales with the largest coordinate, so it merges away hull
//    vertices that lie within a few hundredths of a nat of an edge: 21 of the 46 lower-hull points
//    survive (the same call on x / x_max returns all of them). A convex hull does not depend on the
//    x scale, so that is a precision artefact, not the procedure;
//  - "exact hull": the same scipy steps fed the exact lower hull, which is what we compute.
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/laws/hf2020law.h"
#include "ui/data/resourcedata.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace frontier;

namespace {

const Hf2020Law &catalogLaw()
{
    return std::get<Hf2020Law>(data::lawCatalog().law("hf2020").form());
}

std::vector<Hf2020Run> referenceRuns()
{
    return parseHf2020Runs(test::referenceText("hf2020/loss_vs_compute.csv"), catalogLaw().spec);
}

const Hf2020Frontier &referenceFrontier()
{
    static const Hf2020Frontier frontier = fitHf2020Frontier(referenceRuns());
    return frontier;
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
    void hullIsTheLowerEnvelope();
    void hullLiesOnOrBelowEveryRun();
    void fitMatchesUpstream_data();
    void fitMatchesUpstream();
    void predictionsNearUpstreamAsShipped_data();
    void predictionsNearUpstreamAsShipped();
    void frontierPassesThroughHull();
    void runOptima();
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
    // 28 runs in the CSV; "12 * 512 * 2048" has exactly 5 points (shared/reference/README.md, hf2020).
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
    // shared/reference/README.md: 58.6 k to 54.6 M non-embedding parameters.
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
                            "3,1,undefined,4.0,undefined\n"
                            "24,1,3.0,3.5,5\n"
                            "36,2,2.5,3.2,4\n"
                            "48,3,2.2,undefined,undefined\n";
    const auto runs = parseHf2020Runs(csv, spec);
    QCOMPARE(runs.size(), std::size_t(2)); // "short" has 2 points, not more than 2
    QCOMPARE(runs[0].name, std::string("small"));
    QCOMPARE(runs[1].name, std::string("big"));
    // N = C_first / (1 step x 2 tokens x 6): small 30/12, big 240/12.
    FRONTIER_COMPARE_REL(runs[0].params, 2.5, 1e-12);
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
}

void Test_hf2020::hullIsTheLowerEnvelope()
{
    const auto &hull = referenceFrontier().hull;
    // Qhull on x / x_max (see the top of this file): 46 points up to the lowest loss, 2.529922e13 to
    // 4.347859e17 FLOPs. (Upstream as shipped: 21 points; it also keeps the rightmost point,
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
    QTest::addColumn<char>("name");
    QTest::addColumn<double>("upstream");
    QTest::addColumn<double>("rel");
    // Upstream's steps on the exact hull, polished to the least-squares optimum (sums of squares
    // 2.3955720e-3 and 0.61300906). N_opt's optimum is flat along d-e-f, hence the wider tolerance.
    QTest::newRow("a, exact hull") << 'a' << 91.4690643106 << 1e-6;
    QTest::newRow("b, exact hull") << 'b' << 0.105644386513 << 1e-6;
    QTest::newRow("c, exact hull, nats") << 'c' << 1.88768076095 << 1e-6;
    QTest::newRow("d, exact hull") << 'd' << 5.26629339246e-06 << 1e-4;
    QTest::newRow("e, exact hull") << 'e' << 0.742630025555 << 1e-5;
    QTest::newRow("f, exact hull, parameters") << 'f' << -38639.6153694 << 1e-4;
}

void Test_hf2020::fitMatchesUpstream()
{
    QFETCH(char, name);
    QFETCH(double, upstream);
    QFETCH(double, rel);
    const auto &fr = referenceFrontier();
    const double ours = name == 'a'   ? fr.a
                        : name == 'b' ? fr.b
                        : name == 'c' ? fr.c
                        : name == 'd' ? fr.d
                        : name == 'e' ? fr.e
                                      : fr.f;
    FRONTIER_COMPARE_REL(ours, upstream, rel);
}

void Test_hf2020::predictionsNearUpstreamAsShipped_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("flops");
    QTest::addColumn<double>("shipped");
    QTest::addColumn<double>("rel");
    // Upstream as shipped (a 98.5368, b 0.108586, c 1.94724, d 1.11498e-5, e 0.721157, f -45459.9)
    // predicts from a coarser hull; within the data (up to 4.5e17 FLOPs) we stay within these bounds.
    QTest::newRow("N_opt at 1e16 FLOPs: shipped 3.807e6, ours +4.4 %") << "N" << 1e16 << 3.8074e6 << 0.06;
    QTest::newRow("N_opt at 1e17 FLOPs: shipped 2.023e7, ours +9.5 %") << "N" << 1e17 << 2.0229e7 << 0.12;
    QTest::newRow("L at 1e16 FLOPs: shipped 3.7512") << "L" << 1e16 << 3.7512 << 2e-3;
    QTest::newRow("L at 1e18 FLOPs: shipped 3.0413") << "L" << 1e18 << 3.0413 << 4e-3;
    QTest::newRow("minimum FLOPs: shipped 2.1198e13, ours -9.2 %") << "Cmin" << 0.0 << 2.1198e13 << 0.1;
}

void Test_hf2020::predictionsNearUpstreamAsShipped()
{
    QFETCH(QString, quantity);
    QFETCH(double, flops);
    QFETCH(double, shipped);
    QFETCH(double, rel);
    const auto &law = catalogLaw();
    const double ours = quantity == "N"   ? law.optimumForFlops(flops).params
                        : quantity == "L" ? law.lossOfCompute(flops)
                                          : law.minimumFlops();
    FRONTIER_COMPARE_REL(ours, shipped, rel);
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
    // Exact hull: runs 0, 3, 4, 7, 8, 11, 12, 13, 15, 17, 18, 23, 25 by size (as shipped: 12 runs,
    // without 13 and 17, with the largest, 26, through the rightmost point).
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

void Test_hf2020::catalogLawUsesTheFit()
{
    const Law &law = data::lawCatalog().law("hf2020");
    const auto &fr = referenceFrontier();
    const auto &hf = catalogLaw();
    QCOMPARE(hf.runs.size(), std::size_t(27));
    FRONTIER_COMPARE_REL(hf.a, fr.a, 1e-12);
    FRONTIER_COMPARE_REL(hf.e, fr.e, 1e-12);
    FRONTIER_COMPARE_REL(law.constants()["f"], fr.f, 1e-12);
    FRONTIER_COMPARE_REL(law.info().validFlops.min, hf.minimumFlops(), 1e-12);
}

void Test_hf2020::minimumFlopsIsWhereNoptTurnsPositive()
{
    const auto &law = catalogLaw();
    QVERIFY(law.f < 0);
    const double minimum = law.minimumFlops();
    QVERIFY2(minimum > 1e13 && minimum < 1e14, qPrintable(QString::number(minimum))); // "about 2e13"
    FRONTIER_COMPARE_REL(minimum, 1.92566e13, 1e-4); // (-f/d)^(1/e) of upstream's steps on the exact hull
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
    QVERIFY_THROWS_EXCEPTION(InputError, fitHf2020Frontier({}));
}

void Test_hf2020::tenfoldComputeRule()
{
    // The post says 10x compute -> 7.41x size, 1.35x steps; that is its own summary and the shipped
    // curves do not reproduce it. Upstream's steps give 5.5367x and 1.8061x on the exact hull
    // (5.2717x and 1.8969x as shipped).
    const auto &law = catalogLaw();
    const Allocation low = law.optimumForFlops(1e17), high = law.optimumForFlops(1e18);
    const double sizeRatio = high.params / low.params, stepRatio = *high.steps / *low.steps;
    qInfo("hf2020, 1e17 -> 1e18 FLOPs: model size x%.3f, steps x%.3f (post: x7.41, x1.35)", sizeRatio,
          stepRatio);
    FRONTIER_COMPARE_REL(sizeRatio * stepRatio, 10.0, 1e-12);
    FRONTIER_COMPARE_REL(sizeRatio, 5.536688, 1e-4);
    FRONTIER_COMPARE_REL(stepRatio, 1.806134, 1e-4);
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
