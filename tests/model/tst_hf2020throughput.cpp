// Time on a 2020 GPU as the Hugging Face 2020 calculator reckons it: width <-> FLOPs <-> seconds
// round trips, the tipping point, and the calculator's own answers for a plan from an hours budget.
//
// Upstream: TevenLeScao/transformer-xl @ f15c845d83fe7952e841cda92e277919e8ec10fe,
// pytorch/optimal_training/main.py (lines 29-185: data, fit, the initial slider values) and
// conversions.py (hours_to_width, width_to_flo, safe_flo_to_param, loss_fit, hours_to_dollars,
// hours_to_kWh, hours_to_co2, tipping_point, width_to_hours). It works in FLOPs / 86,400
// ("day_ratio"). The upstream figures below were obtained by running main.py with bokeh stubbed out
// (Debian python3-scipy 1.10.1 / numpy 1.24.2 / pandas 1.5.3, in a throw-away folder under /tmp,
// not part of Frontier), on its own start-up fit (param_popt 0.040482876814706664,
// 0.7211572615843835, -45459.94445638993), then calling those functions for each GPU, AMP level and
// hours budget, as the sliders' callbacks do (hours_update -> update_width).
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/cost/hf2020throughput.h"
#include "model/plan/planner.h"
#include "data/resourcedata.h"

#include <QLocale>

#include <cmath>

using namespace frontier;

namespace {

Hf2020Throughput throughput(const char *gpuId, Amp amp)
{
    const auto &speed = data::hf2020SpeedModel();
    const auto &law = data::lawCatalog().law("hf2020").constants();
    Hf2020Throughput t;
    t.gpu = speed.gpu(gpuId);
    t.amp = amp;
    t.depthWidthRatio = speed.depthWidthRatio;
    t.batch = t.gpu.batch;
    t.d = law["d"];
    t.e = law["e"];
    t.f = law["f"];
    return t;
}

Amp ampOf(const QString &name)
{
    return parseAmp(name.toStdString());
}

double hoursForWidth(const Hf2020Throughput &t, double width)
{
    return t.flopsForWidth(width) / t.flopsPerSecond(width) / 3600;
}

void addGpuAmpRows()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    for (const char *gpu : {"V100", "P100", "P4", "K80"})
        for (const char *amp : {"O0", "O1", "O2"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(gpu), QLatin1String(amp))))
                << QString::fromLatin1(gpu) << QString::fromLatin1(amp);
}

// conversions.py's tipping point of each GPU and AMP level (tipping_point, and width_to_hours of it),
// once for the two tests that hold the speed model and the plan against it.
struct UpstreamTip
{
    const char *gpu;        // the speed model's name
    const char *catalogGpu; // the accelerator catalogue's id
    const char *amp;
    double width;
    double hours;
};
constexpr UpstreamTip kUpstreamTips[] = {
    {"V100", "v100-sxm2-16gb", "O0", 109.08542992368997, 0.488898023172321},
    {"V100", "v100-sxm2-16gb", "O2", 109.08542992368997, 0.3415282347069206},
    {"P100", "p100-pcie-16gb", "O0", 102.18458542224374, 0.6225749810069644},
    {"P100", "p100-pcie-16gb", "O2", 102.18458542224376, 0.6030909108871163},
    {"P4", "p4", "O0", 101.37627539078262, 2.997387344533632},
    {"P4", "p4", "O2", 101.37627539078258, 2.4275276353804345},
    {"K80", "k80", "O0", 101.93717293925874, 3.68482579639957},
    {"K80", "k80", "O2", 101.93717293925873, 5.218448766859322},
};

} // namespace

class TestHf2020Throughput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void widthFlopsRoundTrip_data();
    void widthFlopsRoundTrip();
    void secondsFlopsRoundTrip_data();
    void secondsFlopsRoundTrip();
    void secondsByHand();
    void tippingPointIsTheMinimum_data();
    void tippingPointIsTheMinimum();
    void belowTippingPointThrows_data();
    void belowTippingPointThrows();
    void o2IsFasterOnV100();
    void tippingPointMatchesUpstream_data();
    void tippingPointMatchesUpstream();
    void planMatchesUpstreamCalculator_data();
    void planMatchesUpstreamCalculator();
    void planAtTheSliderStartIsTheTip_data();
    void planAtTheSliderStartIsTheTip();
    void planUsesTheLawItWasGiven();
    void speedModelBehindThroughput();
    void badInput_data();
    void badInput();
};

void TestHf2020Throughput::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // The hf2020 law's d, e, f are refitted from the shipped data at load, by the calculator's own
    // procedure: its param_popt in FLOPs (tst_hf2020 checks the whole fit).
    const Hf2020Throughput t = throughput("V100", Amp::O0);
    FRONTIER_COMPARE_REL(t.d, 1.1149839983880428e-05, 1e-4);
    FRONTIER_COMPARE_REL(t.e, 0.7211572615843835, 1e-4);
    FRONTIER_COMPARE_REL(t.f, -45459.94445638993, 1e-4);
    QCOMPARE(t.depthWidthRatio, 128.0); // conversions.py: depth_width_ratio = 128
    QCOMPARE(t.batch, 64.0);            // conversions.py: optimal_batch_size_per_gpu["V100"] = 64
}

void TestHf2020Throughput::widthFlopsRoundTrip_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    QTest::addColumn<double>("flops");
    // From just above the law's floor (N_opt > 0 from about 1.9e13 FLOPs, tst_hf2020) to GPT-3 scale.
    for (const char *gpu : {"V100", "P100", "P4", "K80"})
        for (const char *amp : {"O0", "O1", "O2"})
            for (const double flops : {3e13, 1e15, 1e17, 1e19, 3.14e23})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2, %3 FLOPs").arg(QLatin1String(gpu), QLatin1String(amp)).arg(flops)))
                    << QString::fromLatin1(gpu) << QString::fromLatin1(amp) << flops;
}

void TestHf2020Throughput::widthFlopsRoundTrip()
{
    // Issue 4's budget round trips: relative error below 1e-9.
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    QFETCH(double, flops);
    const Hf2020Throughput t = throughput(qPrintable(gpu), ampOf(amp));
    const double width = t.widthForFlops(flops);
    FRONTIER_COMPARE_REL(t.flopsForWidth(width), flops, 1e-9);
    // And N(w) is the law's optimum d·C^e + f (conversions.py param_polynomial with depth = w/128).
    FRONTIER_COMPARE_REL(7.0 / 128 * width * width * width + 8.0 / 128 * width * width + 3 * width + 3,
                         t.d * std::pow(flops, t.e) + t.f, 1e-9);
    FRONTIER_COMPARE_REL(t.widthForFlops(t.flopsForWidth(width)), width, 1e-9);
}

void TestHf2020Throughput::secondsFlopsRoundTrip_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    QTest::addColumn<double>("timesFastest"); // the time asked, as a multiple of the fastest possible
    for (const char *gpu : {"V100", "P100", "P4", "K80"})
        for (const char *amp : {"O0", "O1", "O2"})
            for (const double times : {1.0, 1.5, 10.0, 1e3, 1e6})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2, %3 x fastest")
                                             .arg(QLatin1String(gpu), QLatin1String(amp))
                                             .arg(times)))
                    << QString::fromLatin1(gpu) << QString::fromLatin1(amp) << times;
}

void TestHf2020Throughput::secondsFlopsRoundTrip()
{
    // A plan made from X seconds reports X seconds (relative error below 1e-9), from the fastest
    // possible run (the tipping point itself, a reachable input) upwards.
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    QFETCH(double, timesFastest);
    const Hf2020Throughput t = throughput(qPrintable(gpu), ampOf(amp));
    const double seconds = timesFastest * hoursForWidth(t, t.tippingWidth()) * 3600;
    const double flops = t.flopsForSeconds(seconds);
    FRONTIER_COMPARE_REL(t.secondsForFlops(flops), seconds, 1e-9);
    // Away from the flat minimum the other way round is well conditioned too.
    if (timesFastest >= 10)
        FRONTIER_COMPARE_REL(t.flopsForSeconds(t.secondsForFlops(flops)), flops, 1e-9);
}

void TestHf2020Throughput::secondsByHand()
{
    // V100, O0, 1e18 FLOPs, from the formula with hf2020_speed.json's V100 constants (= conversions.py
    // constants_per_gpu["V100"]): speed = k · depth/(depth + b) · w^a · ln(64 + 1)^c.
    const Hf2020Throughput t = throughput("V100", Amp::O0);
    const double flops = 1e18;
    const double w = t.widthForFlops(flops);
    const double speed = 22152774.3 * (w / 128) / (w / 128 + 5.91503856) * std::pow(w, 1.66015023) *
                         std::pow(std::log(65.0), 1.3280822);
    FRONTIER_COMPARE_REL(t.flopsPerSecond(w), speed, 1e-12);
    FRONTIER_COMPARE_REL(t.secondsForFlops(flops), flops / speed, 1e-12);
}

void TestHf2020Throughput::tippingPointIsTheMinimum_data()
{
    addGpuAmpRows();
}

void TestHf2020Throughput::tippingPointIsTheMinimum()
{
    // seconds(w) = C(w) / speed(w) has its minimum at the tipping width: d ln(seconds)/d ln(w) = 0
    // there (conversions.py tipping_point solves the same condition analytically).
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    const Hf2020Throughput t = throughput(qPrintable(gpu), ampOf(amp));
    const double tip = t.tippingWidth();
    QVERIFY2(tip > 16 && tip < 1024, qPrintable(QString::number(tip)));
    const double h = 1e-4;
    const double slope =
        (std::log(hoursForWidth(t, tip * (1 + h))) - std::log(hoursForWidth(t, tip * (1 - h)))) / (2 * h);
    // Central difference: truncation ~h², so well under 1e-6 at the minimum; 1 % away the slope is
    // of order 1e-2 (second derivative of order 1).
    FRONTIER_COMPARE_ABS(slope, 0.0, 1e-6);
    const double fastest = hoursForWidth(t, tip);
    for (const double step : {0.99, 0.9, 0.5, 1.01, 1.1, 2.0})
        QVERIFY2(hoursForWidth(t, tip * step) > fastest,
                 qPrintable(QStringLiteral("seconds do not rise at %1 x the tipping width").arg(step)));
    // Mixed precision scales the speed by a constant, which cannot move the minimum.
    FRONTIER_COMPARE_REL(tip, throughput(qPrintable(gpu), Amp::O0).tippingWidth(), 1e-8);
}

void TestHf2020Throughput::belowTippingPointThrows_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    QTest::addColumn<double>("fraction"); // of the tipping width, or of the fastest time
    for (const char *gpu : {"V100", "K80"})
        for (const char *amp : {"O0", "O2"})
            for (const double fraction : {0.999, 0.5})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2, %3 of the tipping point")
                                             .arg(QLatin1String(gpu), QLatin1String(amp))
                                             .arg(fraction)))
                    << QString::fromLatin1(gpu) << QString::fromLatin1(amp) << fraction;
}

void TestHf2020Throughput::belowTippingPointThrows()
{
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    QFETCH(double, fraction);
    const Hf2020Throughput t = throughput(qPrintable(gpu), ampOf(amp));
    const double tip = t.tippingWidth();
    try {
        t.secondsForFlops(t.flopsForWidth(tip * fraction));
        QFAIL("secondsForFlops accepted a budget below the tipping point");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromLatin1(e.what()).contains(QLatin1String("tipping point")), e.what());
        QVERIFY2(QString::fromLatin1(e.what()).contains(gpu), e.what());
    }
    try {
        t.flopsForSeconds(fraction * hoursForWidth(t, tip) * 3600);
        QFAIL("flopsForSeconds accepted a time below the tipping point");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromLatin1(e.what()).contains(QLatin1String("tipping point")), e.what());
        QVERIFY2(QString::fromLatin1(e.what()).contains(gpu), e.what());
    }
}

void TestHf2020Throughput::o2IsFasterOnV100()
{
    // Same budget, same width (the size law does not know the GPU), speed × k_O2 = 1.43150104
    // (conversions.py constants_per_gpu["V100"][2]): O2 takes 1/1.4315 of O0's time.
    const Hf2020Throughput o0 = throughput("V100", Amp::O0);
    const Hf2020Throughput o2 = throughput("V100", Amp::O2);
    for (const double flops : {1e17, 1e19, 1e21}) {
        const double ratio = o0.secondsForFlops(flops) / o2.secondsForFlops(flops);
        FRONTIER_COMPARE_REL(ratio, 1.43150104, 1e-12);
        QVERIFY(o2.secondsForFlops(flops) < o0.secondsForFlops(flops));
    }
    // and for the same time O2 affords more compute and a wider model (upstream: 579.0 vs 478.6 at 3.23 h)
    QVERIFY(o2.flopsForSeconds(3.23 * 3600) > o0.flopsForSeconds(3.23 * 3600));
}

void TestHf2020Throughput::tippingPointMatchesUpstream_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("hours");
    // conversions.py tipping_point(gpu, amp, param_popt) and width_to_hours of it: the fastest run,
    // below which flopsForSeconds refuses (and where the calculator's hours slider starts). It solves
    // the slope analytically; we bisect a finite-difference slope.
    auto tip = [](const char *gpu, const char *amp, double width, double hours) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2: tip width %3, %4 h").arg(QLatin1String(gpu), QLatin1String(amp)).arg(width).arg(hours)))
            << QString::fromLatin1(gpu) << QString::fromLatin1(amp) << width << hours;
    };
    for (const UpstreamTip &t : kUpstreamTips)
        tip(t.gpu, t.amp, t.width, t.hours);
}

void TestHf2020Throughput::tippingPointMatchesUpstream()
{
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    QFETCH(double, width);
    QFETCH(double, hours);
    const Hf2020Throughput t = throughput(qPrintable(gpu), ampOf(amp));
    // 2e-3 is the project's bound for the 2020 pipeline; we measure below 1e-5 (our d, e, f are
    // within 6e-6 of the calculator's).
    FRONTIER_COMPARE_REL(t.tippingWidth(), width, 2e-3);
    FRONTIER_COMPARE_REL(hoursForWidth(t, t.tippingWidth()), hours, 2e-3);
}

struct UpstreamAnswer
{
    double width, flops, params, loss, usd, kwh, co2Kg;
};

void TestHf2020Throughput::planMatchesUpstreamCalculator_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QVector<double>>("upstream");
    // Per row: hours_to_width(hours, gpu, amp, param_popt), width_to_flo(width) (FLOPs),
    // safe_flo_to_param(flo / 86400), loss_fit(flo / 86400), hours_to_dollars, hours_to_kWh,
    // hours_to_co2 (kg). The K80 has no 3.23 h row: it is below its tipping point (3.68 h in O0).
    auto row = [](const char *gpu, const char *amp, double hours, UpstreamAnswer a) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2, %3 h").arg(QLatin1String(gpu), QLatin1String(amp)).arg(hours)))
            << QString::fromLatin1(gpu) << QString::fromLatin1(amp) << hours
            << QVector<double>{a.width, a.flops, a.params, a.loss, a.usd, a.kwh, a.co2Kg};
    };
    row("v100-sxm2-16gb", "O0", 3.23, {478.5722317547523, 1.8718981291487692e+16, 6009943.912788093, 3.6324420503135615, 6.47615, 0.385499186991757, 0.20585656585359824});
    row("v100-sxm2-16gb", "O0", 10.0, {856.7492549915991, 2.0887701574703562e+17, 34439803.62955677, 3.244109114737091, 20.049999999999997, 1.193495934959, 0.637326829268106});
    row("v100-sxm2-16gb", "O0", 24.0, {1305.75141488578, 1.2031613586945119e+18, 121860654.55590436, 3.0195580042848316, 48.12, 2.8643902439016, 1.5295843902434545});
    row("v100-sxm2-16gb", "O2", 3.23, {579.027001822679, 4.1139691301081224e+16, 10639271.756745601, 3.4943378866285553, 6.47615, 0.385499186991757, 0.20585656585359824});
    row("v100-sxm2-16gb", "O2", 10.0, {1020.9104404297917, 4.3265252061357165e+17, 58258561.76307134, 3.145513392198937, 20.049999999999997, 1.193495934959, 0.637326829268106});
    row("v100-sxm2-16gb", "O2", 24.0, {1542.9059177600247, 2.408019206319991e+18, 201019404.35392964, 2.941735137683296, 48.12, 2.8643902439016, 1.5295843902434545});
    row("p100-pcie-16gb", "O0", 3.23, {362.7452839725682, 5998379377997418.0, 2619633.106119589, 3.854107568522731, 4.5736799999999995, 0.4510695, 0.24087111300000003});
    row("p100-pcie-16gb", "O0", 10.0, {627.2973496228007, 5.7315215079621e+16, 13525691.087704109, 3.439623408163281, 14.16, 1.3965, 0.745731});
    row("p100-pcie-16gb", "O0", 24.0, {932.5047455696397, 2.969726331237949e+17, 44401797.39278853, 3.1954894323453082, 33.983999999999995, 3.3516, 1.7897544});
    row("p100-pcie-16gb", "O2", 3.23, {368.6632355673834, 6408343563753305.0, 2749773.8676669253, 3.8404675701890048, 4.5736799999999995, 0.4510695, 0.24087111300000003});
    row("p100-pcie-16gb", "O2", 10.0, {636.6229584319125, 6.092910540604823e+16, 14137501.581785262, 3.4297475669999056, 14.16, 1.3965, 0.745731});
    row("p100-pcie-16gb", "O2", 24.0, {945.6961472328, 3.1481682559792186e+17, 46312058.36048737, 3.187605389587797, 33.983999999999995, 3.3516, 1.7897544});
    row("p4", "O0", 3.23, {126.73388911949257, 119441372957497.06, 112705.29081329188, 4.864751619606052, 2.2254699999999996, 0.1785221, 0.0953308014});
    row("p4", "O0", 10.0, {288.1860209871705, 2360881778726225.0, 1314959.2659565925, 4.057294037983782, 6.89, 0.5527, 0.2951418});
    row("p4", "O0", 24.0, {455.91480541669597, 1.5326751992949706e+16, 5196860.061130578, 3.6694287430290533, 16.535999999999998, 1.32648, 0.7083403200000001});
    row("p4", "O2", 3.23, {159.26962776307815, 248767665900470.0, 223012.65297139378, 4.641334140346078, 2.2254699999999996, 0.1785221, 0.0953308014});
    row("p4", "O2", 10.0, {323.23194044950395, 3751385062701431.0, 1854349.4575794067, 3.9538131518669317, 6.89, 0.5527, 0.2951418});
    row("p4", "O2", 24.0, {506.4437412441568, 2.3645562793863212e+16, 7121204.951842609, 3.5902265671931444, 16.535999999999998, 1.32648, 0.7083403200000001});
    row("k80", "O0", 10.0, {256.35198023506285, 1480421629510218.2, 926173.0243071115, 4.166983498233657, 5.84, 1.4242, 0.7605227999999999});
    row("k80", "O0", 24.0, {407.27807667954124, 9637369554062166.0, 3706138.8273310964, 3.758413101011956, 14.015999999999998, 3.41808, 1.82525472});
    row("k80", "O2", 10.0, {208.03372083077474, 657549072419516.4, 495699.3672374448, 4.371475453808828, 5.84, 1.4242, 0.7605227999999999});
    row("k80", "O2", 24.0, {341.1017427772115, 4667845574260736.0, 2178698.7280091825, 3.9067499240061823, 14.015999999999998, 3.41808, 1.82525472});
}

void TestHf2020Throughput::planMatchesUpstreamCalculator()
{
    // The whole 2020 pipeline through the planner: law hf2020, a 2020 GPU with its defaults (speed
    // model, 2020 GCP price, measured power, 534 g/kWh), an hours budget on one GPU.
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    QFETCH(double, hours);
    QFETCH(QVector<double>, upstream);
    const Law &law = data::lawCatalog().law("hf2020");
    PlanChoices choices;
    choices.gpu = gpu.toStdString();
    choices.gpus = 1;
    choices.amp = ampOf(amp);
    const ResolvedSetup setup = resolveSetup(choices, data::catalogs(), law);
    PlanRequest request;
    request.budgetAmount = hours;
    request.budgetUnit = BudgetUnit::Hours;
    request.cost = setup.cost;
    const Plan plan = makePlan(law, request, data::memoryConstants());
    QVERIFY(plan.hf2020Shape);
    QVERIFY(plan.allocation.loss && plan.cost.costUsd && plan.cost.co2Kg);
    // 2e-3, the project's bound for the 2020 pipeline (we measure below 2e-5: the fit's 6e-6).
    const double rel = 2e-3;
    FRONTIER_COMPARE_REL(plan.hf2020Shape->width, upstream[0], rel);
    FRONTIER_COMPARE_REL(plan.hf2020Shape->depth, upstream[0] / 128, rel);
    FRONTIER_COMPARE_REL(plan.allocation.flops, upstream[1], rel);
    FRONTIER_COMPARE_REL(plan.allocation.params, upstream[2], rel);
    FRONTIER_COMPARE_REL(*plan.allocation.loss, upstream[3], rel);
    FRONTIER_COMPARE_REL(*plan.cost.costUsd, upstream[4], rel);
    FRONTIER_COMPARE_REL(plan.cost.energyKwh, upstream[5], rel);
    FRONTIER_COMPARE_REL(*plan.cost.co2Kg, upstream[6], rel);
    FRONTIER_COMPARE_REL(plan.cost.gpuHours, hours, 1e-9);
}

void TestHf2020Throughput::planAtTheSliderStartIsTheTip_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("amp");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("hours");
    // The calculator's hours slider starts at its tipping point (main.py: Slider(start=tip["hours"]));
    // there it shows the tip's model: hours_to_width's solver, started at 128, settles on the double
    // root of hours(w) = start, the tip (tipping_point; width_to_hours of it, the rows above).
    auto tip = [](const char *catalogGpu, const char *amp, double width, double hours) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2 at %3 h").arg(QLatin1String(catalogGpu), QLatin1String(amp)).arg(hours)))
            << QString::fromLatin1(catalogGpu) << QString::fromLatin1(amp) << width << hours;
    };
    for (const UpstreamTip &t : kUpstreamTips)
        tip(t.catalogGpu, t.amp, t.width, t.hours);
}

void TestHf2020Throughput::planAtTheSliderStartIsTheTip()
{
    QFETCH(QString, gpu);
    QFETCH(QString, amp);
    QFETCH(double, width);
    QFETCH(double, hours);
    const Law &law = data::lawCatalog().law("hf2020");
    PlanChoices choices;
    choices.gpu = gpu.toStdString();
    choices.gpus = 1;
    choices.amp = ampOf(amp);
    const ResolvedSetup setup = resolveSetup(choices, data::catalogs(), law);
    PlanRequest request;
    request.budgetAmount = hours;
    request.budgetUnit = BudgetUnit::Hours;
    request.cost = setup.cost;
    const Plan plan = makePlan(law, request, data::memoryConstants());
    QVERIFY(plan.hf2020Shape);
    // N = param_polynomial(tip width) (conversions.py update_tip). The tip widths agree to 1e-5
    // (tippingPointMatchesUpstream), N to three times that.
    const double params = 7.0 / 128 * width * width * width + 8.0 / 128 * width * width + 3 * width + 3;
    FRONTIER_COMPARE_REL(plan.hf2020Shape->width, width, 1e-5);
    FRONTIER_COMPARE_REL(plan.allocation.params, params, 3e-5);
}

void TestHf2020Throughput::planUsesTheLawItWasGiven()
{
    // `frontier plan --law hf2020 --set d=...`: the speed model times the Transformer-XL that the
    // overridden law calls optimal. 1e17 FLOPs on a K80 (O0): doubling d makes N_opt = 2d·C^e + f
    // larger, so the model is wider and, being faster per FLOP (speed ~ w^1.44 · depth/(depth + 6.26)),
    // needs fewer GPU-hours. Expected hours by hand: N = d·C^e + f, w from 7/128 w³ + 8/128 w² + 3w + 3 = N
    // (Newton), speed = k · (w/128)/(w/128 + b) · w^a · ln(16 + 1)^c with conversions.py's K80
    // constants [2.58592374e+07, -, -, 1.44360777, 0.75069598, 6.25951436].
    const Law &catalogue = data::lawCatalog().law("hf2020");
    const double d = catalogue.constants()["d"], e = catalogue.constants()["e"], f = catalogue.constants()["f"];
    const Law overridden = catalogue.withOverrides({{"d", 2 * d}});
    PlanChoices choices;
    choices.gpu = "k80";
    PlanRequest request;
    request.budgetAmount = 1e17;
    request.budgetUnit = BudgetUnit::Flops;
    auto gpuHours = [&](const Law &law) {
        PlanRequest r = request;
        r.cost = resolveSetup(choices, data::catalogs(), law).cost;
        return makePlan(law, r, data::memoryConstants()).cost.gpuHours;
    };
    auto byHand = [&](double dd) {
        const double n = dd * std::pow(1e17, e) + f;
        double w = std::cbrt(n * 128 / 7);
        for (int i = 0; i < 50; ++i)
            w -= (7.0 / 128 * w * w * w + 8.0 / 128 * w * w + 3 * w + 3 - n) / (21.0 / 128 * w * w + 16.0 / 128 * w + 3);
        const double speed = 2.58592374e+07 * (w / 128) / (w / 128 + 6.25951436) * std::pow(w, 1.44360777)
                             * std::pow(std::log(17.0), 0.75069598);
        return 1e17 / speed / 3600;
    };
    const double before = gpuHours(catalogue), after = gpuHours(overridden);
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 h with 2d, %2 h before").arg(after).arg(before)));
    FRONTIER_COMPARE_REL(before, byHand(d), 1e-9);
    FRONTIER_COMPARE_REL(after, byHand(2 * d), 1e-9);
    // The same for an hours budget: the hours are the budget, the compute they buy moves.
    request.budgetAmount = 100;
    request.budgetUnit = BudgetUnit::Hours;
    auto flopsFor = [&](const Law &law) {
        PlanRequest r = request;
        r.cost = resolveSetup(choices, data::catalogs(), law).cost;
        return makePlan(law, r, data::memoryConstants()).allocation.flops;
    };
    QVERIFY(flopsFor(overridden) > flopsFor(catalogue));
    // The exact-hull law has the study's form too: its own d, e, f give the width.
    const Law &exact = data::lawCatalog().law("hf2020-exact-hull");
    request.budgetAmount = 1e17;
    request.budgetUnit = BudgetUnit::Flops;
    const double exactHours = gpuHours(exact);
    QVERIFY(std::abs(exactHours / before - 1) > 1e-3);
}

void TestHf2020Throughput::speedModelBehindThroughput()
{
    // The cost model sees the speed model only through Throughput: the same seconds both ways.
    const Hf2020Throughput t = throughput("P100", Amp::O2);
    const Throughput through(t);
    QCOMPARE(through.name(), std::string("hf2020-speed"));
    QVERIFY(through.hf2020() && !through.peakTimesMfu());
    for (const double flops : {1e16, 1e18, 1e20}) {
        QCOMPARE(through.gpuSecondsForFlops(flops), t.secondsForFlops(flops));
        QCOMPARE(through.flopsForGpuSeconds(t.secondsForFlops(flops)), t.flopsForSeconds(t.secondsForFlops(flops)));
    }
    const Throughput peak(PeakTimesMfu{1.25e14, 0.4});
    QCOMPARE(peak.name(), std::string("peak-mfu"));
    FRONTIER_COMPARE_REL(peak.gpuSecondsForFlops(1e18), 1e18 / (1.25e14 * 0.4), 1e-15);
    FRONTIER_COMPARE_REL(peak.flopsForGpuSeconds(3600), 3600 * 1.25e14 * 0.4, 1e-15);
}

void TestHf2020Throughput::badInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative time") << 0 << "time must be positive, got -1";
    QTest::newRow("NaN time") << 1 << "time must be a finite number";
    QTest::newRow("zero compute") << 2 << "compute must be positive, got 0";
    QTest::newRow("below the law's range (1e12 FLOPs: N_opt < 0)")
        << 3 << "below the hf2020 law's valid range";
    QTest::newRow("width too small for the law") << 4 << "is too small for the hf2020 size law";
    QTest::newRow("unknown GPU") << 5 << "A100";
    QTest::newRow("unknown AMP level") << 6 << "O3";
}

void TestHf2020Throughput::badInput()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    Hf2020Throughput t = throughput("V100", Amp::O0);
    try {
        switch (which) {
        case 0:
            t.flopsForSeconds(-1);
            break;
        case 1:
            t.flopsForSeconds(std::nan(""));
            break;
        case 2:
            t.secondsForFlops(0);
            break;
        case 3:
            t.widthForFlops(1e12);
            break;
        case 4:
            t.f = 1e6;
            t.flopsForWidth(16);
            break; // N(16) = 2,035 <= f
        case 5:
            throughput("A100", Amp::O0);
            break;
        case 6:
            parseAmp("O3");
            break;
        }
        QFAIL("accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

QTEST_GUILESS_MAIN(TestHf2020Throughput)
#include "tst_hf2020throughput.moc"
