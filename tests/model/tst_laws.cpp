// Scaling laws against the papers' own tables and hand-computed values from their constants.
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/core/units.h"
#include "data/resourcedata.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

using namespace frontier;

namespace {
const Law &law(const char *id) { return data::lawCatalog().law(id); }
}

class TestLaws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogHasEveryLaw();
    void everyConstantHasASource();

    void approach1Table3_data();
    void approach1Table3();
    void approach2TableA3_data();
    void approach2TableA3();
    void approachesMatchStatedOptimaAtGopherBudget();

    void roundedVersusUnroundedAtGopherBudget();
    void parametricOptimumIsConsistent();
    void parametricRoundTrip();

    void kaplanHandComputed_data();
    void kaplanHandComputed();
    void kaplanAllocation();
    void kaplanSummaryConstantsSelectable();

    void overrides();
    void badInput_data();
    void badInput();
    void unknownIdsAreNamed();
    void lawMessagesHaveCodes();

    void brokenDataFileRefusedOnFirstUseOfItsLaw();
    void dataFileReadOnceOnFirstUseFromAnyThread();
};

void TestLaws::catalogHasEveryLaw()
{
    for (const char *id : {"kaplan2020", "hoffmann2022", "hoffmann2022-rounded", "hoffmann2022-approach1",
                           "hoffmann2022-approach2", "epoch2024", "epoch2024-grid", "hf2020", "hf2020-exact-hull",
                           "muennighoff2023"})
        QVERIFY2(!law(id).info().citation.empty(), id);
    QCOMPARE(data::lawCatalog().laws().size(), std::size_t(10));
}

void TestLaws::everyConstantHasASource()
{
    for (const Law *l : data::lawCatalog().laws())
        for (const auto &c : l->constants().all())
            QVERIFY2(c.source.size() > 10, (l->id() + "." + c.name).c_str());
}

// Hoffmann et al. 2022, Table 3 (Approach 1). Tolerance 3 %: oracle case CH-T3-1B, which notes a
// power law through all nine rows reproduces each within 1.2 % in N.
void TestLaws::approach1Table3_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("flops");
    QTest::addColumn<double>("tokens");
    const auto tables = test::referenceJson("chinchilla/hoffmann2022_tables.json");
    QCOMPARE(tables["table3_approach1"]["rows"].size(), std::size_t(9)); // Table 3 has nine rows
    for (const auto &row : tables["table3_approach1"]["rows"]) {
        const double params = row["params"], flops = row["flops"];
        double tokens = row["tokens"];
        // Erratum (tests/reference hoffmann2022_tables.json "checks"): the 67B row prints 1.5T tokens,
        // but its own FLOPs give 5.76e23 / (6 * 67e9) = 1.43T. Compare with the consistent value.
        if (params == 67e9)
            tokens = flops / (6 * params);
        QTest::newRow(qPrintable(QStringLiteral("Table 3, %1 params").arg(params, 0, 'g', 3)))
            << params << flops << tokens;
    }
}

void TestLaws::approach1Table3()
{
    QFETCH(double, params);
    QFETCH(double, flops);
    QFETCH(double, tokens);
    const Allocation a = law("hoffmann2022-approach1").optimumForParams(params);
    FRONTIER_COMPARE_REL(a.flops, flops, 0.03);
    FRONTIER_COMPARE_REL(a.tokens, tokens, 0.03);
    FRONTIER_COMPARE_REL(a.params, params, 1e-9);
    QVERIFY(!a.loss.has_value()); // Approach 1 predicts sizes, not losses
}

// Hoffmann et al. 2022, Table A3, Approach-2 columns. Tolerance 5 % (oracle case CH-A3-A2-1B).
void TestLaws::approach2TableA3_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("flops");
    QTest::addColumn<double>("tokens");
    QTest::addColumn<double>("tolerance");
    const auto tables = test::referenceJson("chinchilla/hoffmann2022_tables.json");
    QCOMPARE(tables["tableA3_approaches2_3"]["rows"].size(), std::size_t(9)); // Table A3 has nine rows
    for (const auto &row : tables["tableA3_approaches2_3"]["rows"]) {
        const double params = row["params"];
        // The 67B row (6.88e23 FLOPs) sits 6 % off the power law through the other eight rows, which
        // all agree within 1.3 %; that same law gives the paper's Fig. 3 statement of 63B at Gopher's
        // 5.76e23 (checked below). So this one row gets 7 %; every other row the stated 5 %.
        const double tolerance = params == 67e9 ? 0.07 : 0.05;
        QTest::newRow(qPrintable(QStringLiteral("Table A3 A2, %1 params").arg(params, 0, 'g', 3)))
            << params << double(row["a2_flops"]) << double(row["a2_tokens"]) << tolerance;
    }
}

void TestLaws::approach2TableA3()
{
    QFETCH(double, params);
    QFETCH(double, flops);
    QFETCH(double, tokens);
    QFETCH(double, tolerance);
    const Allocation a = law("hoffmann2022-approach2").optimumForParams(params);
    FRONTIER_COMPARE_REL(a.flops, flops, tolerance);
    FRONTIER_COMPARE_REL(a.tokens, tokens, tolerance);
}

void TestLaws::approachesMatchStatedOptimaAtGopherBudget()
{
    // Hoffmann et al. 2022: Approach 1 gives 67B (Table 3), Approach 2 gives 63B (Fig. 3) at 5.76e23.
    FRONTIER_COMPARE_REL(law("hoffmann2022-approach1").optimumForFlops(5.76e23).params, 67e9, 0.02);
    FRONTIER_COMPARE_REL(law("hoffmann2022-approach2").optimumForFlops(5.76e23).params, 63e9, 0.02);
    // Table 2 exponents: a = 0.50 and 0.49 (our fits through the tables, within their printed digits).
    FRONTIER_COMPARE_ABS(law("hoffmann2022-approach1").constants()["a"], 0.50, 0.005);
    FRONTIER_COMPARE_ABS(law("hoffmann2022-approach2").constants()["a"], 0.49, 0.005);
}

void TestLaws::roundedVersusUnroundedAtGopherBudget()
{
    // Fig. 4 caption: Approach 3 puts the optimum at Gopher's budget (5.76e23 FLOPs) at about 40B.
    // The unrounded TeX constants reproduce it within a few percent (fits.json note: [R]); the printed
    // rounded constants give a markedly smaller model (32.2B by Eq. 4, computed from the constants).
    const double gopher = test::referenceJson("chinchilla/hoffmann2022_tables.json")["facts"]["gopher_budget_flops"];
    const Allocation unrounded = law("hoffmann2022").optimumForFlops(gopher);
    const Allocation rounded = law("hoffmann2022-rounded").optimumForFlops(gopher);
    FRONTIER_COMPARE_REL(unrounded.params, 40e9, 0.03);
    FRONTIER_COMPARE_REL(rounded.params, 32.19e9, 0.001);
    QVERIFY(rounded.params < 0.85 * unrounded.params);
    // Both spend the same budget: C = 6ND exactly.
    FRONTIER_COMPARE_REL(units::trainingFlops(unrounded.params, unrounded.tokens), gopher, 1e-12);
    FRONTIER_COMPARE_REL(units::trainingFlops(rounded.params, rounded.tokens), gopher, 1e-12);
}

void TestLaws::parametricOptimumIsConsistent()
{
    // The closed-form optimum must beat its neighbours along the iso-FLOP line (it is the minimum).
    for (const char *id : {"hoffmann2022", "hoffmann2022-rounded", "epoch2024", "epoch2024-grid"}) {
        const Law &l = law(id);
        const Allocation best = l.optimumForFlops(1e22);
        for (const double factor : {0.9, 1.1}) {
            const double n = best.params * factor;
            QVERIFY2(l.loss({.params = n, .tokens = 1e22 / (6 * n), .steps = {}, .flops = {}, .uniqueTokens = {}}) > *best.loss, id);
        }
    }
}

void TestLaws::parametricRoundTrip()
{
    for (const char *id : {"hoffmann2022", "epoch2024", "hoffmann2022-approach1", "kaplan2020", "hf2020"}) {
        const Law &l = law(id);
        const Allocation forward = l.optimumForFlops(1e19);
        const Allocation back = l.optimumForParams(forward.params);
        FRONTIER_COMPARE_REL(back.flops, 1e19, 1e-9);
    }
}

// Kaplan et al. 2020: values computed by hand from the paper's constants (Eqs. 1.1-1.6, Appendix A).
void TestLaws::kaplanHandComputed_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("tokens");
    QTest::addColumn<double>("steps");
    QTest::addColumn<double>("pfdays");
    QTest::addColumn<double>("expected");
    const double none = 0;
    // (8.8e13/1e9)^0.076
    QTest::newRow("L(N) Eq. 1.1, N=1e9") << 1e9 << none << none << none << std::pow(8.8e13 / 1e9, 0.076);
    // (5.4e13/1e10)^0.095
    QTest::newRow("L(D) Eq. 1.2, D=1e10") << none << 1e10 << none << none << std::pow(5.4e13 / 1e10, 0.095);
    // [(6.4e13/1e9)^(0.076/0.103) + 1.8e13/2e10]^0.103, joint fit of Section 4.2
    QTest::newRow("L(N,D) Eq. 1.5 joint fit, N=1e9 D=2e10")
        << 1e9 << 2e10 << none << none << std::pow(std::pow(6.4e13 / 1e9, 0.076 / 0.103) + 1.8e13 / 2e10, 0.103);
    // (6.5e13/1e8)^0.077 + (2100/1e5)^0.76, Section 5.2
    QTest::newRow("L(N,S) Eq. 1.6, N=1e8 S=1e5")
        << 1e8 << none << 1e5 << none << std::pow(6.5e13 / 1e8, 0.077) + std::pow(2100 / 1e5, 0.76);
    // (3.1e8/1)^0.05 at one PF-day
    QTest::newRow("L(C_min) Eq. 1.3, 1 PF-day") << none << none << none << 1.0 << std::pow(3.1e8, 0.05);
}

void TestLaws::kaplanHandComputed()
{
    QFETCH(double, params);
    QFETCH(double, tokens);
    QFETCH(double, steps);
    QFETCH(double, pfdays);
    QFETCH(double, expected);
    LossQuery q;
    if (params > 0) q.params = params;
    if (tokens > 0) q.tokens = tokens;
    if (steps > 0) q.steps = steps;
    if (pfdays > 0) q.flops = units::pfDaysToFlops(pfdays);
    FRONTIER_COMPARE_REL(law("kaplan2020").loss(q), expected, 1e-12);
}

void TestLaws::kaplanAllocation()
{
    // Appendix A at C_min = 1 PF-day: N_opt = 1.3e9, B = 2e6, S_min = 5400, D_opt = 2e10.
    const Allocation at1 = law("kaplan2020").optimumForFlops(units::kFlopsPerPfDay);
    FRONTIER_COMPARE_REL(at1.params, 1.3e9, 1e-12);
    FRONTIER_COMPARE_REL(*at1.batchTokens, 2e6, 1e-12);
    FRONTIER_COMPARE_REL(*at1.steps, 5400, 1e-12);
    FRONTIER_COMPARE_REL(at1.tokens, 2e10, 1e-12);
    // "10x compute -> 5.5x model, 1.8x tokens" (Kaplan's rule as quoted by Hoffmann et al., Section 1):
    // 10^0.73 = 5.37 and 10^0.27 = 1.86.
    const Allocation at10 = law("kaplan2020").optimumForFlops(10 * units::kFlopsPerPfDay);
    FRONTIER_COMPARE_REL(at10.params / at1.params, 5.5, 0.03);
    FRONTIER_COMPARE_REL(at10.tokens / at1.tokens, 1.8, 0.04);
    // Critical batch at L = 3 nats: 2.1e8 / 3^(1/0.21) (oracle KA-BCRIT-L3 gives 1.12257e6).
    FRONTIER_COMPARE_REL(law("kaplan2020").criticalBatchTokens(3.0), 1122569.7107474345, 1e-9);
}

void TestLaws::kaplanSummaryConstantsSelectable()
{
    const Law summary = law("kaplan2020").withOverrides({{"nd_summary", 1}});
    const double expected = std::pow(std::pow(8.8e13 / 1e9, 0.076 / 0.095) + 5.4e13 / 2e10, 0.095);
    FRONTIER_COMPARE_REL(summary.loss({.params = 1e9, .tokens = 2e10, .steps = {}, .flops = {}, .uniqueTokens = {}}), expected, 1e-12);
    QVERIFY_THROWS_EXCEPTION(InputError, law("kaplan2020").withOverrides({{"nd_summary", 0.5}}));
}

void TestLaws::overrides()
{
    // A user's own fit: E=1.69, A=406.4, B=410.7, alpha=0.34, beta=0.28 typed into hoffmann2022
    // equals hoffmann2022-rounded everywhere.
    const Law typed = law("hoffmann2022").withOverrides(
        {{"E", 1.69}, {"A", 406.4}, {"B", 410.7}, {"alpha", 0.34}, {"beta", 0.28}});
    const LossQuery chinchilla{.params = 70e9, .tokens = 1.4e12, .steps = {}, .flops = {}, .uniqueTokens = {}};
    FRONTIER_COMPARE_REL(typed.loss(chinchilla), law("hoffmann2022-rounded").loss(chinchilla), 1e-15);
    QVERIFY(typed.constants().at("E").overridden);
    QVERIFY(!law("hoffmann2022").constants().at("E").overridden); // the catalogue is untouched
    // hf2020's fitted frontier can be moved too ("what if my setup scales differently?").
    const Law steeper = law("hf2020").withOverrides({{"b", law("hf2020").constants()["b"] * 1.1}});
    QVERIFY(steeper.loss({.params = {}, .tokens = {}, .steps = {}, .flops = 1e18, .uniqueTokens = {}})
            != law("hf2020").loss({.params = {}, .tokens = {}, .steps = {}, .flops = 1e18, .uniqueTokens = {}}));
}

void TestLaws::badInput_data()
{
    QTest::addColumn<QString>("lawId");
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("tokens");
    QTest::addColumn<QString>("messagePart");
    const double nan = std::nan(""), inf = HUGE_VAL;
    QTest::newRow("NaN params") << "hoffmann2022" << nan << 1e9 << "parameters must be a finite number, got NaN";
    QTest::newRow("infinite tokens") << "hoffmann2022" << 1e9 << inf << "tokens must be a finite number, got infinity";
    QTest::newRow("zero params") << "kaplan2020" << 0.0 << 1e9 << "parameters must be positive, got 0";
    QTest::newRow("negative tokens") << "epoch2024" << 1e9 << -5.0 << "tokens must be positive, got -5";
    QTest::newRow("no loss in Approach 1") << "hoffmann2022-approach1" << 1e9 << 1e10 << "has no loss formula";
}

void TestLaws::badInput()
{
    QFETCH(QString, lawId);
    QFETCH(double, params);
    QFETCH(double, tokens);
    QFETCH(QString, messagePart);
    try {
        law(qPrintable(lawId)).loss({.params = params, .tokens = tokens, .steps = {}, .flops = {}, .uniqueTokens = {}});
        QFAIL("no error");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(messagePart), e.what());
    }
}

void TestLaws::unknownIdsAreNamed()
{
    auto message = [](auto &&call) {
        try {
            call();
        } catch (const InputError &e) {
            return QString::fromStdString(e.what());
        }
        return QString();
    };
    QVERIFY(message([] { data::lawCatalog().law("hoffman2022"); })
                .startsWith(QStringLiteral("unknown law 'hoffman2022'; did you mean: hoffmann2022")));
    // Nothing close: every id is listed.
    const QString far = message([] { data::lawCatalog().law("chinchilla"); });
    QVERIFY2(far.startsWith(QStringLiteral("unknown law 'chinchilla'; known: ")) && far.contains(QStringLiteral("hf2020")),
             qPrintable(far));
    QVERIFY(message([] { law("hoffmann2022").withOverrides({{"gamma", 1.0}}); })
                .startsWith(QStringLiteral("unknown constant 'gamma'")));
    QVERIFY(message([] { law("hoffmann2022").withOverrides({{"E", std::nan("")}}); })
                .contains(QStringLiteral("constant E must be a finite number")));
    QVERIFY(message([] { law("hoffmann2022").optimumForFlops(-1); })
                .contains(QStringLiteral("compute must be positive")));
    QVERIFY(message([] { law("hoffmann2022-approach1").criticalBatchTokens(3); })
                .contains(QStringLiteral("has no B_crit(L)")));
}

void TestLaws::lawMessagesHaveCodes()
{
    // The law's refusals carry a code and values the UI translates, not a sentence glued together.
    auto raised = [](auto &&call) -> Message {
        try {
            call();
        } catch (const InputError &e) {
            return e.message();
        }
        return {};
    };
    Message m = raised([] { law("hoffmann2022-approach1").loss({.params = 1e9, .tokens = 1e10, .steps = {}, .flops = {}, .uniqueTokens = {}}); });
    QCOMPARE(m.code, std::string("laws.no_loss_formula"));
    QCOMPARE(m.arg("law"), std::string("hoffmann2022-approach1"));

    // Hoffmann et al. (2022) give L(N,D), no critical batch size (that is Kaplan et al. 2020, Eq. 1.4).
    m = raised([] { law("hoffmann2022").criticalBatchTokens(2.0); });
    QCOMPARE(m.code, std::string("laws.no_capability"));
    QCOMPARE(m.arg("capability"), std::string("B_crit(L)"));
    QVERIFY2(QString::fromStdString(m.arg("answers")).startsWith(QStringLiteral("L(N,D) ")), m.text().c_str());

    m = raised([] { law("hoffmann2022").learningCurves({1e9}, 1e18, 1e20, 1); });
    QCOMPARE(m.code, std::string("laws.curve_too_few_points"));
    QCOMPARE(m.arg("points"), std::string("1"));

    // hf2020 has no upper limit and a note on why its lower one exists.
    m = raised([] { law("hf2020").optimumForFlops(1e9); });
    QCOMPARE(m.code, std::string("laws.below_range_note"));
    QCOMPARE(m.arg("flops"), std::string("1e+09"));
    QVERIFY(!m.arg("note").empty());

    const std::string entry = R"({"id": "%1", "name": "n", "citation": "c", "description": "d", "form": "%2", "constants": [
        {"name": "E", "value": 1.69, "source": "s"}, {"name": "A", "value": 406.4, "source": "s"},
        {"name": "B", "value": 410.7, "source": "s"}, {"name": "alpha", "value": 0.34, "source": "s"},
        {"name": "beta", "value": 0.28, "source": "s"}]})";
    auto file = [&](const char *id, const char *form) {
        return "{\"family\": \"f\", \"laws\": [" + QString::fromStdString(entry).arg(id, form).toStdString() + "]}";
    };
    m = raised([&] { LawCatalog::fromJson({{"laws/a.json", file("x", "quadratic")}}, {}); });
    QCOMPARE(m.code, std::string("laws.file_invalid"));
    QCOMPARE(m.arg("file"), std::string("laws/a.json"));
    QCOMPARE(m.arg("reason"), std::string("law x has an unknown form 'quadratic'"));

    m = raised([&] { LawCatalog::fromJson({{"laws/a.json", file("x", "parametric")}, {"laws/b.json", file("x", "parametric")}}, {}); });
    QCOMPARE(m.code, std::string("catalog.duplicate_id"));
    QCOMPARE(m.arg("file"), std::string("laws/b.json"));
    QCOMPARE(m.arg("id"), std::string("x"));
}

namespace {

// The shipped law files, as the catalogue reads them.
std::vector<TextFile> shippedLawFiles()
{
    std::vector<TextFile> files;
    for (const char *name : {"epoch2024", "hf2020", "hoffmann2022", "kaplan2020", "muennighoff2023"})
        files.push_back({"laws/" + std::string(name) + ".json",
                         data::readResource(QStringLiteral(":/laws/%1.json").arg(QLatin1String(name)))});
    return files;
}

} // namespace

// Issue 14 §5: a command about one law does not parse the hf2020 study's CSV nor refit its frontier.
// So a broken CSV no longer stops the catalogue from loading: every other law works, and the hf2020
// laws are refused, naming their file and the problem, each time they are asked for.
void TestLaws::brokenDataFileRefusedOnFirstUseOfItsLaw()
{
    const std::map<std::string, std::string> noRuns = {{"hf2020_loss_vs_compute.csv", "global_step\n1\n"}};
    const LawCatalog catalog = LawCatalog::fromJson(shippedLawFiles(), noRuns);
    QCOMPARE(catalog.ids().size(), std::size_t(10));
    FRONTIER_COMPARE_REL(catalog.law("hoffmann2022").optimumForFlops(5.76e23).params,
                         law("hoffmann2022").optimumForFlops(5.76e23).params, 0.0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            catalog.law("hf2020");
            QFAIL("a CSV without runs was accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.message().code, std::string("laws.file_invalid"));
            QCOMPARE(e.message().arg("file"), std::string("laws/hf2020.json"));
            QVERIFY2(e.message().arg("reason").find("no run has more than 5 points") != std::string::npos, e.what());
        }
    }
    QVERIFY_THROWS_EXCEPTION(InputError, catalog.laws());
    QVERIFY(!catalog.find("no-such-law"));
}

// The data file is read on first use of a law that names it, once per such law, whichever thread
// asks first; every thread gets the same law, fitted as the shipped catalogue fits it.
void TestLaws::dataFileReadOnceOnFirstUseFromAnyThread()
{
    const std::string csv = data::readResource(QStringLiteral(":/data/hf2020_loss_vs_compute.csv"));
    std::atomic<int> reads = 0;
    const LawCatalog catalog = LawCatalog::fromJsonWithReader(shippedLawFiles(), [&](const std::string &name) {
        ++reads;
        return name == "hf2020_loss_vs_compute.csv" ? std::optional<std::string>(csv) : std::nullopt;
    });
    QCOMPARE(reads.load(), 0);
    catalog.law("hoffmann2022");
    catalog.law("kaplan2020");
    QCOMPARE(reads.load(), 0);
    QCOMPARE(catalog.ids().size(), std::size_t(10));
    QCOMPARE(reads.load(), 0);

    std::vector<const Law *> got(4, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < got.size(); ++i)
        threads.emplace_back([&, i] { got[i] = &catalog.law("hf2020"); });
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(reads.load(), 1);
    for (const Law *l : got)
        QCOMPARE(l, got.front());
    for (const char *name : {"a", "b", "c", "d", "e", "f"})
        QCOMPARE(got.front()->constants()[name], law("hf2020").constants()[name]);
    QCOMPARE(catalog.find("hf2020"), got.front());
    QCOMPARE(catalog.laws().size(), std::size_t(10)); // builds hf2020-exact-hull too
    QCOMPARE(reads.load(), 2);
    const std::vector<std::string> ids = catalog.ids();
    const auto exact = std::size_t(std::find(ids.begin(), ids.end(), "hf2020-exact-hull") - ids.begin());
    QCOMPARE(&catalog.law("hf2020-exact-hull"), catalog.laws().at(exact));
}

QTEST_GUILESS_MAIN(TestLaws)
#include "tst_laws.moc"
