// Every case of tests/reference/oracle-public.json, run through the model API with the tolerance
// and source the case states. A case of a category this file does not know fails: nothing is skipped.
#include "testsupport.h"

#include "model/cost/energy.h"
#include "model/fit/fit.h"
#include "model/hardware/hf2020speedmodel.h"
#include "model/core/units.h"
#include "data/resourcedata.h"

#include <cmath>

using namespace frontier;
using nlohmann::json;

namespace {

// The oracle's law names, in Frontier's ids.
const Law &oracleLaw(const std::string &name)
{
    static const std::map<std::string, std::string> ids = {
        {"chinchilla_approach1", "hoffmann2022-approach1"},
        {"chinchilla_approach2", "hoffmann2022-approach2"},
        {"chinchilla_parametric", "hoffmann2022"},
        {"kaplan_L_N", "kaplan2020"},
        {"kaplan_L_D", "kaplan2020"},
        {"kaplan_B_crit", "kaplan2020"},
    };
    return data::lawCatalog().law(ids.at(name));
}

// Compares `actual` with case.expected[key] using case.tolerance: rel, abs, or <key>_abs / <key>_rel.
void check(const json &c, const std::string &key, double actual)
{
    const double expected = c["expected"][key];
    const json &tol = c["tolerance"];
    QString why;
    bool ok = false;
    if (tol.contains(key + "_abs"))
        ok = std::abs(actual - expected) <= double(tol[key + "_abs"]);
    else if (tol.contains(key + "_rel"))
        ok = test::relativelyClose(actual, expected, tol[key + "_rel"], &why);
    else if (tol.contains("rel"))
        ok = test::relativelyClose(actual, expected, tol["rel"], &why);
    else
        ok = std::abs(actual - expected) <= double(tol["abs"]);
    QVERIFY2(ok, qPrintable(QStringLiteral("%1 %2: got %3, expected %4 (source: %5) %6")
                                .arg(QString::fromStdString(c["id"]), QString::fromStdString(key))
                                .arg(actual, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)
                                .arg(QString::fromStdString(c["source"]), why)));
}

std::vector<Observation> epochObservations()
{
    auto all = parseObservationsCsv(test::referenceText("chinchilla/epoch_svg_extracted_data.csv"),
                                    "epoch_svg_extracted_data.csv");
    return excludeHighestLoss(std::move(all), 5);
}

void runCase(const json &c)
{
    const std::string category = c["category"];
    const json &in = c["inputs"];
    if (category == "chinchilla_table") {
        const Allocation a = oracleLaw(in["law"]).optimumForParams(in["params"]);
        check(c, "flops", a.flops);
        check(c, "tokens", a.tokens);
    } else if (category == "chinchilla_loss" || category == "epoch_loss") {
        const Law law = oracleLaw(in["law"]).withOverrides(in["parameters"].get<std::map<std::string, double>>());
        check(c, "loss", law.loss({.params = in["params"], .tokens = in["tokens"], .steps = {}, .flops = {}, .uniqueTokens = {}}));
    } else if (category == "chinchilla_frontier") {
        const Law law = oracleLaw(in["law"]).withOverrides(in["parameters"].get<std::map<std::string, double>>());
        const auto &p = std::get<ParametricLaw>(law.form());
        check(c, "G", p.G());
        check(c, "a", p.a());
        check(c, "b", p.b());
    } else if (category == "epoch_fit") {
        const auto observations = epochObservations();
        QCOMPARE(observations.size(), std::size_t(240));
        for (const FitMethod method : {FitMethod::EpochMle, FitMethod::Hoffmann}) {
            FitOptions options;
            options.method = method;
            const FitResult fit = fitParametricLaw(observations, data::fitProcedure(), options);
            qInfo("%s: E=%.5f A=%.2f B=%.1f alpha=%.5f beta=%.5f", fitMethodName(method).c_str(), fit.E,
                  fit.A, fit.B, fit.alpha, fit.beta);
            check(c, "E", fit.E);
            check(c, "A", fit.A);
            check(c, "B", fit.B);
            check(c, "alpha", fit.alpha);
            check(c, "beta", fit.beta);
            // The case's note: predictions matter more than the flat A and B.
            const double chinchilla = fit.E + fit.A / std::pow(70e9, fit.alpha) + fit.B / std::pow(1.4e12, fit.beta);
            FRONTIER_COMPARE_ABS(chinchilla, 1.97340, 1e-3);
            if (method == FitMethod::EpochMle) {
                QVERIFY(fit.nll.has_value());
                FRONTIER_COMPARE_ABS(*fit.nll, double(c["expected"]["nll"]), 0.05);
            }
        }
    } else if (category == "kaplan") {
        const std::string name = in["law"];
        if (name == "kaplan_L_N") {
            const Law law = oracleLaw(name).withOverrides({{"alpha_N", in["alpha_N"]}, {"N_c", in["N_c"]}});
            check(c, "loss", law.loss({.params = in["N"], .tokens = {}, .steps = {}, .flops = {}, .uniqueTokens = {}}));
        } else if (name == "kaplan_L_D") {
            const Law law = oracleLaw(name).withOverrides({{"alpha_D", in["alpha_D"]}, {"D_c", in["D_c"]}});
            check(c, "loss", law.loss({.params = {}, .tokens = in["D"], .steps = {}, .flops = {}, .uniqueTokens = {}}));
        } else if (name == "kaplan_B_crit") {
            const Law law = oracleLaw(name).withOverrides({{"alpha_B", in["alpha_B"]}, {"B_star", in["B_star"]}});
            check(c, "tokens", law.criticalBatchTokens(in["L"]));
        } else {
            QFAIL(("unknown kaplan case " + name).c_str());
        }
    } else if (category == "units") {
        check(c, "pfday_flops", units::pfDaysToFlops(in["pfday"]));
        const double flops = units::trainingFlops(in["N"], in["D"]);
        check(c, "flops", flops);
        check(c, "pfdays", units::flopsToPfDays(flops));
    } else if (category == "mlco2") {
        const double kwh = energyKwh({.gpuHours = in["hours"], .watts = in["tdp_w_from_gpus_csv"],
                                      .powerFraction = 1, .pue = 1});
        check(c, "energy_kwh", kwh);
        const double kg = co2Kg(kwh, in["impact_g_per_kwh_from_impact_csv"]);
        check(c, "co2_kg", kg);
        check(c, "offset_kg_exact", kg * double(in["offset_ratio_pct"]) / 100);
    } else if (category == "hf2020_speed") {
        const Hf2020Gpu &gpu = data::hf2020SpeedModel().gpu(std::string(in["gpu"]));
        check(c, "nonembedding_flops_per_s",
              nonEmbeddingFlopsPerSecond(gpu, parseAmp(std::string(in["amp"])), in["width"], in["depth"],
                                         in["batch_per_gpu"]));
    } else {
        QFAIL(("oracle category without a test: " + category).c_str());
    }
}

} // namespace

class TestOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oracleCase_data();
    void oracleCase();
};

void TestOracle::oracleCase_data()
{
    QTest::addColumn<QByteArray>("caseJson");
    const json oracle = test::referenceJson("oracle-public.json");
    QVERIFY(oracle["cases"].size() >= 14);
    for (const auto &c : oracle["cases"])
        QTest::newRow(std::string(c["id"]).c_str()) << QByteArray::fromStdString(c.dump());
}

void TestOracle::oracleCase()
{
    QFETCH(QByteArray, caseJson);
    runCase(json::parse(caseJson.toStdString()));
}

QTEST_GUILESS_MAIN(TestOracle)
#include "tst_oracle.moc"
