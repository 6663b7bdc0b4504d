// Comparing offers (issue 9 §1): the Pareto front of cost against wall-clock, checked against a
// brute-force search on hand-made sets, on seeded random grids full of ties and on the real
// catalogue; budget mode, where every offer buys its own compute-optimal model, checked row by row
// against planning that offer alone.
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/plan/pareto.h"
#include "data/resourcedata.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace frontier;

Q_DECLARE_METATYPE(frontier::PlanRequest)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The definition, literally: i is on the front when no j is <= on both and < on one. O(n^2).
std::vector<bool> bruteForceFront(const std::vector<double> &x, const std::vector<double> &y)
{
    std::vector<bool> front(x.size(), false);
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        bool dominated = false;
        for (std::size_t j = 0; j < x.size() && !dominated; ++j)
            dominated = std::isfinite(x[j]) && std::isfinite(y[j]) && x[j] <= x[i] && y[j] <= y[i]
                        && (x[j] < x[i] || y[j] < y[i]);
        front[i] = !dominated;
    }
    return front;
}

QString differences(const std::vector<bool> &got, const std::vector<bool> &expected)
{
    QStringList rows;
    for (std::size_t i = 0; i < got.size(); ++i)
        if (got[i] != expected[i])
            rows << QStringLiteral("%1 (got %2)").arg(i).arg(got[i]);
    return rows.join(QStringLiteral(", "));
}

const Law &chinchilla() { return data::lawCatalog().law("hoffmann2022"); }

PlanRequest fixedJob(double params, double tokens)
{
    PlanRequest job;
    job.params = params;
    job.tokens = tokens;
    return job;
}

PlanRequest budget(double amount, BudgetUnit unit)
{
    PlanRequest request;
    request.budgetAmount = amount;
    request.budgetUnit = unit;
    return request;
}

PlanChoices gpus(int count)
{
    PlanChoices choices;
    choices.gpus = count;
    return choices;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadeFront_data();
    void handMadeFront();
    void randomGridsMatchBruteForce();
    void catalogueFrontMatchesBruteForce_data();
    void catalogueFrontMatchesBruteForce();
    void axesFollowTheBudget_data();
    void axesFollowTheBudget();
    void budgetRowsArePlansOfTheirOwn();
    void bestLossRowEqualsThatOfferAlone();
    void setupsReusedAcrossBudgets_data();
    void setupsReusedAcrossBudgets();
    void lengthsMustMatch();
};

void TestCompare::handMadeFront_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<std::vector<bool>>("expected");
    // Worked by hand from the definition.
    QTest::newRow("empty") << std::vector<double>{} << std::vector<double>{} << std::vector<bool>{};
    QTest::newRow("one point") << std::vector<double>{3} << std::vector<double>{4} << std::vector<bool>{true};
    QTest::newRow("staircase, one dominated")
        << std::vector<double>{1, 2, 3, 2.5} << std::vector<double>{5, 3, 1, 4} << std::vector<bool>{true, true, true, false};
    QTest::newRow("cheapest is also fastest") << std::vector<double>{1, 2, 3} << std::vector<double>{1, 2, 0.5}
                                              << std::vector<bool>{true, false, true};
    QTest::newRow("twin points share the front")
        << std::vector<double>{2, 1, 2, 1} << std::vector<double>{1, 3, 1, 3} << std::vector<bool>{true, true, true, true};
    QTest::newRow("twin points share being dominated")
        << std::vector<double>{1, 2, 2} << std::vector<double>{1, 2, 2} << std::vector<bool>{true, false, false};
    QTest::newRow("same cost, slower is dominated")
        << std::vector<double>{1, 1, 2} << std::vector<double>{2, 3, 1} << std::vector<bool>{true, false, true};
    QTest::newRow("same time, dearer is dominated")
        << std::vector<double>{1, 2, 0.5} << std::vector<double>{2, 2, 3} << std::vector<bool>{true, false, true};
    QTest::newRow("missing values are never on it")
        << std::vector<double>{kNaN, 1, 0.5} << std::vector<double>{0.1, 1, kNaN} << std::vector<bool>{false, true, false};
}

void TestCompare::handMadeFront()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(std::vector<bool>, expected);
    QCOMPARE(bruteForceFront(x, y), expected); // the reference agrees with the hand-worked rows
    const std::vector<bool> got = paretoFront(x, y);
    QVERIFY2(got == expected, qPrintable(differences(got, expected)));
}

void TestCompare::randomGridsMatchBruteForce()
{
    // Small integer grids make ties on x, on y and on both common.
    std::mt19937 random(20261201);
    for (int trial = 0; trial < 300; ++trial) {
        const int n = 1 + trial % 40;
        std::uniform_int_distribution<int> value(0, 1 + trial % 9);
        std::vector<double> x(n), y(n);
        for (int i = 0; i < n; ++i) {
            x[i] = value(random);
            y[i] = value(random);
        }
        const std::vector<bool> got = paretoFront(x, y), expected = bruteForceFront(x, y);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(differences(got, expected))));
    }
}

void TestCompare::catalogueFrontMatchesBruteForce_data()
{
    QTest::addColumn<PlanRequest>("request");
    QTest::addColumn<int>("gpuCount");
    QTest::newRow("7B x 140B on 8 GPUs (cost vs time)") << fixedJob(7e9, 140e9) << 8;
    QTest::newRow("70B x 1.4T on 64 GPUs (cost vs time)") << fixedJob(70e9, 1.4e12) << 64;
    QTest::newRow("$20,000 on 8 GPUs (loss vs time)") << budget(20000, BudgetUnit::Usd) << 8;
    QTest::newRow("1e22 FLOPs on 8 GPUs (cost vs time)") << budget(1e22, BudgetUnit::Flops) << 8;
    QTest::newRow("30 days on 16 GPUs (cost vs loss)") << budget(30, BudgetUnit::Days) << 16;
}

void TestCompare::catalogueFrontMatchesBruteForce()
{
    QFETCH(PlanRequest, request);
    QFETCH(int, gpuCount);
    const Comparison comparison = compareOffers(chinchilla(), request, gpus(gpuCount), data::catalogs());
    QVERIFY(comparison.rows.size() > 150);
    const ParetoAxes axes = paretoAxes(request);
    const std::vector<double> x = metricValues(comparison, axes.x), y = metricValues(comparison, axes.y);
    const std::vector<bool> got = paretoRows(comparison, request), expected = bruteForceFront(x, y);
    QVERIFY2(got == expected, qPrintable(differences(got, expected)));
    // A front that marks a few rows, not none and not all, so the comparison above says something.
    const auto marked = std::count(got.begin(), got.end(), true);
    QVERIFY2(marked >= 1 && marked < long(got.size()) / 4, qPrintable(QString::number(marked)));
}

void TestCompare::axesFollowTheBudget_data()
{
    QTest::addColumn<PlanRequest>("request");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::newRow("fixed job") << fixedJob(7e9, 140e9) << int(ParetoMetric::CostUsd) << int(ParetoMetric::WallClockHours);
    QTest::newRow("dollars fix the cost") << budget(2e4, BudgetUnit::Usd) << int(ParetoMetric::Loss)
                                          << int(ParetoMetric::WallClockHours);
    QTest::newRow("days fix the wall clock") << budget(30, BudgetUnit::Days) << int(ParetoMetric::CostUsd)
                                             << int(ParetoMetric::Loss);
    QTest::newRow("GPU-hours fix it too") << budget(1e4, BudgetUnit::GpuHours) << int(ParetoMetric::CostUsd)
                                          << int(ParetoMetric::Loss);
    QTest::newRow("FLOPs fix the loss") << budget(1e22, BudgetUnit::Flops) << int(ParetoMetric::CostUsd)
                                        << int(ParetoMetric::WallClockHours);
    QTest::newRow("kg CO2 fix neither") << budget(1000, BudgetUnit::KgCo2) << int(ParetoMetric::CostUsd)
                                        << int(ParetoMetric::WallClockHours);
}

void TestCompare::axesFollowTheBudget()
{
    QFETCH(PlanRequest, request);
    QFETCH(int, x);
    QFETCH(int, y);
    const ParetoAxes axes = paretoAxes(request);
    QCOMPARE(int(axes.x), x);
    QCOMPARE(int(axes.y), y);
    // What the axes claim: the quantity the budget fixes is the same on every priced row (within
    // rounding), so a front on it would mark rounding noise.
    if (!request.budgetAmount)
        return;
    const Comparison comparison = compareOffers(chinchilla(), request, gpus(8), data::catalogs());
    for (ParetoMetric fixed : {ParetoMetric::CostUsd, ParetoMetric::WallClockHours, ParetoMetric::Loss}) {
        if (fixed == axes.x || fixed == axes.y)
            continue;
        const std::vector<double> v = metricValues(comparison, fixed);
        double lo = std::numeric_limits<double>::infinity(), hi = -std::numeric_limits<double>::infinity();
        for (double value : v)
            if (std::isfinite(value))
                lo = std::min(lo, value), hi = std::max(hi, value);
        if (request.budgetUnit == BudgetUnit::KgCo2 || fixed == ParetoMetric::Loss)
            continue; // kg CO2 fixes none of the three; the loss left out with FLOPs is checked below
        FRONTIER_COMPARE_REL(lo, hi, 1e-9);
    }
}

void TestCompare::budgetRowsArePlansOfTheirOwn()
{
    // $20,000 buys different FLOPs on every offer: each row spends exactly the budget (rel 1e-9,
    // the dollar <-> FLOPs round trip of costmodel.h) and gets the law's optimum for its own FLOPs.
    const PlanRequest request = budget(20000, BudgetUnit::Usd);
    const Comparison comparison = compareOffers(chinchilla(), request, gpus(8), data::catalogs());
    QVERIFY(comparison.rows.size() > 150);
    double lowest = std::numeric_limits<double>::infinity(), highest = -std::numeric_limits<double>::infinity();
    for (const auto &row : comparison.rows) {
        QVERIFY(row.plan.cost.costUsd);
        FRONTIER_COMPARE_REL(*row.plan.cost.costUsd, 20000.0, 1e-9);
        const Allocation optimum = chinchilla().optimumForFlops(row.plan.allocation.flops);
        FRONTIER_COMPARE_REL(row.plan.allocation.params, optimum.params, 1e-12);
        FRONTIER_COMPARE_REL(row.plan.allocation.tokens, optimum.tokens, 1e-12);
        FRONTIER_COMPARE_REL(row.plan.allocation.loss.value(), optimum.loss.value(), 1e-12);
        lowest = std::min(lowest, *row.plan.allocation.loss);
        highest = std::max(highest, *row.plan.allocation.loss);
    }
    QVERIFY2(highest - lowest > 0.05, "the offers buy different losses"); // else a shared plan would pass
}

void TestCompare::bestLossRowEqualsThatOfferAlone()
{
    const PlanRequest request = budget(20000, BudgetUnit::Usd);
    const Comparison comparison = compareOffers(chinchilla(), request, gpus(8), data::catalogs());
    const auto best = std::min_element(comparison.rows.begin(), comparison.rows.end(), [](const auto &a, const auto &b) {
        return a.plan.allocation.loss.value() < b.plan.allocation.loss.value();
    });
    QVERIFY(best != comparison.rows.end());
    // The same offer planned on its own, as `frontier plan --offer ... --budget 20000 --unit usd` does.
    PlanChoices alone = gpus(8);
    alone.gpu = best->setup.gpuId;
    alone.offer = best->setup.offerId;
    const ResolvedSetup setup = resolveSetup(alone, data::catalogs(), chinchilla());
    const Plan plan = makePlan(chinchilla(), request, setup, data::catalogs());
    FRONTIER_COMPARE_REL(best->plan.allocation.flops, plan.allocation.flops, 1e-12);
    FRONTIER_COMPARE_REL(best->plan.allocation.params, plan.allocation.params, 1e-12);
    FRONTIER_COMPARE_REL(best->plan.allocation.tokens, plan.allocation.tokens, 1e-12);
    FRONTIER_COMPARE_REL(best->plan.allocation.loss.value(), plan.allocation.loss.value(), 1e-12);
    FRONTIER_COMPARE_REL(best->plan.cost.wallClockHours, plan.cost.wallClockHours, 1e-12);
    // Lowest loss means most FLOPs per dollar: no row buys more.
    for (const auto &row : comparison.rows)
        QVERIFY(row.plan.allocation.flops <= best->plan.allocation.flops * (1 + 1e-12));
    // And the best-loss row is on the loss-vs-time front (nothing has lower loss).
    const std::vector<bool> front = paretoRows(comparison, request);
    QVERIFY(front[std::size_t(best - comparison.rows.begin())]);
}

void TestCompare::setupsReusedAcrossBudgets_data()
{
    QTest::addColumn<QString>("law");
    QTest::addColumn<PlanRequest>("first");
    QTest::addColumn<PlanRequest>("second");
    QTest::newRow("chinchilla, $20,000 then $80,000")
        << "hoffmann2022" << budget(20000, BudgetUnit::Usd) << budget(80000, BudgetUnit::Usd);
    // Below the hf2020 law's range every plan fails, at plan time, among setups that failed before.
    QTest::newRow("hf2020, 1e9 FLOPs (below its range: all fail) then 1e21 FLOPs")
        << "hf2020" << budget(1e9, BudgetUnit::Flops) << budget(1e21, BudgetUnit::Flops);
}

void TestCompare::setupsReusedAcrossBudgets()
{
    // What the window does during a budget drag: resolve the setups once, plan each move on them.
    // It must give exactly compareOffers' rows and skipped list, in the same order.
    QFETCH(QString, law);
    QFETCH(PlanRequest, first);
    QFETCH(PlanRequest, second);
    const Law &chosen = data::lawCatalog().law(law.toStdString());
    const ComparisonSetups setups = resolveComparison(chosen, gpus(8), data::catalogs());
    for (const PlanRequest &request : {first, second}) {
        const Comparison direct = compareOffers(chosen, request, gpus(8), data::catalogs());
        const Comparison reused = planComparison(chosen, request, setups, data::catalogs());
        QCOMPARE(reused.skipped, direct.skipped);
        QCOMPARE(reused.rows.size(), direct.rows.size());
        for (std::size_t i = 0; i < direct.rows.size(); ++i) {
            QCOMPARE(reused.rows[i].setup.offerId, direct.rows[i].setup.offerId);
            QCOMPARE(reused.rows[i].setup.gpuId, direct.rows[i].setup.gpuId);
            QCOMPARE(reused.rows[i].plan.allocation.params, direct.rows[i].plan.allocation.params);
            QCOMPARE(reused.rows[i].plan.cost.wallClockHours, direct.rows[i].plan.cost.wallClockHours);
        }
    }
    // Rows and skipped entries both in catalogue order: offers as cloud_offers.json lists them, then
    // the accelerators nobody offers (what `frontier compare --json` always listed).
    std::map<std::string, std::size_t> position;
    for (const auto &offer : data::offers().all())
        position[offer.id] = position.size();
    for (const auto &gpu : data::accelerators().all())
        if (data::offers().offersFor(gpu.id).empty())
            position[gpu.id] = position.size();
    for (const PlanRequest &request : {first, second}) {
        const Comparison comparison = compareOffers(chosen, request, gpus(8), data::catalogs());
        std::vector<std::size_t> skippedAt, rowsAt;
        for (const auto &entry : comparison.skipped)
            skippedAt.push_back(position.at(entry.substr(0, entry.find(": "))));
        for (const auto &row : comparison.rows)
            rowsAt.push_back(position.at(row.setup.offerId.empty() ? row.setup.gpuId : row.setup.offerId));
        QVERIFY(std::is_sorted(skippedAt.begin(), skippedAt.end()));
        QVERIFY(std::is_sorted(rowsAt.begin(), rowsAt.end()));
        QCOMPARE(skippedAt.size() + rowsAt.size(), position.size());
    }
}

void TestCompare::lengthsMustMatch()
{
    QVERIFY_THROWS_EXCEPTION(InputError, paretoFront({1, 2}, {1}));
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
