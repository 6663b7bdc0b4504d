// `frontier inference` (Sardana et al. 2024's inference-aware size) as a script sees it: the paper's
// and its authors' worked examples through the command line, the dollar figures against the setups
// the JSON reports, and refusals with one line each.
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

namespace {

// Sardana et al.'s constants: Hoffmann et al.'s rounded law with alpha 0.336 and beta 0.283 (the
// authors' code, github.com/nikhilsardana/beyond-chinchilla utils.py).
QStringList sardanaLaw()
{
    return {"--law", "hoffmann2022-rounded", "--set", "alpha=0.336", "--set", "beta=0.283"};
}

} // namespace

class TestCliInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thirteenBillionOfFigureOne();
    void authorsExampleAtATargetLoss();
    void budgetReferenceIsThePlan();
    void dollarsOnATrainingAndAServingSetup();
    void table();
    void decodeModelPricesServedTokensByDefault();
    void eachObjectiveOptimisedOnItsOwn();
    void refusals_data();
    void refusals();
};

void TestCliInference::thirteenBillionOfFigureOne()
{
    // Sardana et al. 2024 (arXiv:2401.00448 v2), Figure 1 caption: a Chinchilla-style 13B model with 2
    // trillion tokens of inference demand; training "a 7B model on more data" instead saves
    // "1.7 × 10^22 FLOPs (17%)". Printed to 1-2 digits: 5 %, 3 % and half a point.
    const Run r = runFrontier(QStringList{"inference"} + sardanaLaw()
                              + QStringList{"--params", "13e9", "--inference-tokens", "2e12", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json answer = jsonOf(r);
    FRONTIER_COMPARE_REL(answer["params"].get<double>(), 7e9, 0.05);
    QCOMPARE(answer["reference"]["params"].get<double>(), 13e9);
    const double saved = answer["reference"]["total_flops"].get<double>() - answer["total_flops"].get<double>();
    FRONTIER_COMPARE_REL(saved, 1.7e22, 0.03);
    QVERIFY(std::abs(100 * answer["fraction_saved"].get<double>() - 17) <= 0.5);
    // The answer's own arithmetic: 6ND + 2NT, and the loss of the reference.
    const double n = answer["params"].get<double>(), d = answer["tokens"].get<double>();
    FRONTIER_COMPARE_REL(answer["train_flops"].get<double>(), 6 * n * d, 1e-12);
    FRONTIER_COMPARE_REL(answer["inference_flops"].get<double>(), 2 * n * 2e12, 1e-12);
    FRONTIER_COMPARE_REL(answer["loss"].get<double>(), answer["reference"]["loss"].get<double>(), 1e-12);
    QVERIFY(!answer.contains("cost")); // no GPU, no dollars
}

void TestCliInference::authorsExampleAtATargetLoss()
{
    // The authors' README (compute_optimal.py --loss 1.947 --inference_tokens 2e12): 2.418e+10
    // parameters, 2.657e+12 tokens, 95.22 % of the Chinchilla-style model's FLOPs.
    const Run r = runFrontier(QStringList{"inference"} + sardanaLaw()
                              + QStringList{"--target-loss", "1.947", "--inference-tokens", "2T", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json answer = jsonOf(r);
    FRONTIER_COMPARE_REL(answer["params"].get<double>(), 2.418e10, 5e-4);
    FRONTIER_COMPARE_REL(answer["tokens"].get<double>(), 2.657e12, 5e-4);
    QVERIFY(std::abs(100 * (1 - answer["fraction_saved"].get<double>()) - 95.22) <= 0.005);
    FRONTIER_COMPARE_REL(answer["loss"].get<double>(), 1.947, 1e-9);
}

void TestCliInference::budgetReferenceIsThePlan()
{
    // A budget's reference is the budget's compute-optimal plan: the same params `frontier plan` gives.
    const QStringList budget{"--law", "hoffmann2022", "--budget", "1e23", "--unit", "flops"};
    const Run plan = runFrontier(QStringList{"plan"} + budget + QStringList{"--gpu", "h100-sxm", "--json"});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    const Run r = runFrontier(QStringList{"inference"} + budget + QStringList{"--inference-tokens", "1e12", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json answer = jsonOf(r);
    FRONTIER_COMPARE_REL(answer["reference"]["params"].get<double>(), jsonOf(plan)["params"].get<double>(), 1e-12);
    QCOMPARE_LT(answer["params"].get<double>(), answer["reference"]["params"].get<double>());
    QCOMPARE_GT(answer["fraction_saved"].get<double>(), 0.0);
}

void TestCliInference::dollarsOnATrainingAndAServingSetup()
{
    // The authors' cost defaults (cost_optimal.py): H100 at $2.00/h for both, training in BF16 at 50 %
    // MFU, serving in FP8 at the request's MFU of 70 prompt tokens at 50 % and 215 answer tokens at 1 %:
    // 285 / (70/0.5 + 215/0.01) = 0.0131701 (resources/inference/sardana2024.json).
    const Run r = runFrontier(QStringList{"inference"} + sardanaLaw()
                              + QStringList{"--target-loss", "1.947", "--inference-tokens", "2e12", "--gpu", "h100-sxm",
                                            "--usd-per-gpu-hour", "2", "--mfu", "0.5", "--precision", "bf16",
                                            "--serving-precision", "fp8", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json answer = jsonOf(r);
    const json &cost = answer["cost"];
    FRONTIER_COMPARE_REL(cost["serving"]["mfu"].get<double>(), 285.0 / (70 / 0.5 + 215 / 0.01), 1e-12);
    QCOMPARE(cost["serving"]["price_usd_per_gpu_hour"].get<double>(), 2.0);
    QCOMPARE(cost["training"]["mfu"].get<double>(), 0.5);
    // Dollars from the reported setups: price / (3600 s x peak x MFU) per FLOP.
    const auto perFlop = [](const json &setup) {
        return setup["price_usd_per_gpu_hour"].get<double>()
               / (3600 * setup["peak_flops_per_gpu"].get<double>() * setup["mfu"].get<double>());
    };
    const double train = perFlop(cost["training"]), serve = perFlop(cost["serving"]);
    const double n = cost["params"].get<double>(), d = cost["tokens"].get<double>();
    FRONTIER_COMPARE_REL(cost["training_usd"].get<double>(), 6 * n * d * train, 1e-9);
    FRONTIER_COMPARE_REL(cost["serving_usd"].get<double>(), 2 * n * 2e12 * serve, 1e-9);
    const json &ref = cost["reference"];
    FRONTIER_COMPARE_REL(ref["params"].get<double>(), answer["reference"]["params"].get<double>(), 1e-12);
    FRONTIER_COMPARE_REL(cost["fraction_saved"].get<double>(),
                         1 - cost["total_usd"].get<double>() / ref["total_usd"].get<double>(), 1e-12);
    // A serving FLOP costs ~19x a training FLOP here, so the dollar optimum is smaller still than the
    // FLOP optimum, and saves a larger share.
    QCOMPARE_LT(n, answer["params"].get<double>());
    QCOMPARE_GT(cost["fraction_saved"].get<double>(), answer["fraction_saved"].get<double>());
    QVERIFY(cost["energy_kwh"].get<double>() > 0 && cost["co2_kg"].get<double>() > 0);
}

void TestCliInference::table()
{
    const Run r = runFrontier(QStringList{"inference"} + sardanaLaw()
                              + QStringList{"--params", "13e9", "--inference-tokens", "2e12"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Least lifetime compute")) && out.contains(QStringLiteral("13 B")),
             qPrintable(out));
}

void TestCliInference::decodeModelPricesServedTokensByDefault()
{
    // Without MFU figures, a served token is priced by model/serve's decode model: the reference model's
    // million tokens cost what `frontier serve` says for the same size, GPU and price, and its lifetime
    // serving is that per million times the lifetime's millions.
    const QStringList setup{"--gpu", "h100-sxm", "--usd-per-gpu-hour", "2", "--pue", "1.1", "--grid", "475"};
    const Run r = runFrontier(QStringList{"inference", "--law", "hoffmann2022", "--params", "70e9",
                                          "--inference-tokens", "2e12", "--json"} + setup);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json cost = jsonOf(r)["cost"];
    QCOMPARE(cost["serving"]["model"].get<std::string>(), std::string("decode"));
    const Run s = runFrontier(QStringList{"serve", "--params", "70e9", "--json"} + setup);
    QVERIFY2(s.exitCode == 0, s.err.constData());
    const json served = jsonOf(s);
    const double perMillion = served["usd_per_million_tokens"].get<double>();
    FRONTIER_COMPARE_REL(cost["serving"]["usd_per_million_tokens"].get<double>(), perMillion, 1e-12);
    FRONTIER_COMPARE_REL(cost["reference"]["serving_usd"].get<double>(), perMillion * 2e12 / 1e6, 1e-9);
    FRONTIER_COMPARE_REL(cost["serving"]["usd_per_parameter_token"].get<double>(), perMillion / 1e6 / 70e9, 1e-12);
    QVERIFY(cost["assumptions"].contains("cost_per_parameter_token"));
    QVERIFY(cost["assumptions"].contains("memory_bandwidth_bytes_per_s"));
    // Bits, context and batch reach the decode model: 4 bits read a quarter of the weights.
    const Run four = runFrontier(QStringList{"inference", "--law", "hoffmann2022", "--params", "70e9",
                                             "--inference-tokens", "2e12", "--serving-bits", "4", "--json"} + setup);
    QVERIFY2(four.exitCode == 0, four.err.constData());
    QCOMPARE(jsonOf(four)["cost"]["serving"]["bits"].get<double>(), 4.0);
    QCOMPARE_LT(jsonOf(four)["cost"]["serving"]["usd_per_million_tokens"].get<double>(), 0.3 * perMillion);
    // Asked for, Sardana et al.'s MFU model prices them instead.
    const Run mfu = runFrontier(QStringList{"inference", "--law", "hoffmann2022", "--params", "70e9",
                                            "--inference-tokens", "2e12", "--serving-model", "sardana-mfu", "--json"} + setup);
    QVERIFY2(mfu.exitCode == 0, mfu.err.constData());
    const json mfuCost = jsonOf(mfu)["cost"];
    QCOMPARE(mfuCost["serving"]["model"].get<std::string>(), std::string("sardana-mfu"));
    FRONTIER_COMPARE_REL(mfuCost["serving"]["mfu"].get<double>(), 285.0 / (70 / 0.5 + 215 / 0.01), 1e-12);
    // The text says which model priced the tokens.
    const Run text = runFrontier(QStringList{"inference", "--law", "hoffmann2022", "--params", "70e9",
                                             "--inference-tokens", "2e12"} + setup);
    QVERIFY2(QString::fromUtf8(text.out).contains(QStringLiteral("priced by the decode model")), text.out.constData());
}

void TestCliInference::eachObjectiveOptimisedOnItsOwn()
{
    // Training at $2.00/h, serving on the same chip at $0.50/h: a served token is cheap in dollars but
    // not in energy, so the kWh-optimal model is smaller than the dollar-optimal one, and each optimum
    // has the least total in its own unit (the dollar optimum's kWh is cost.energy_kwh).
    const QStringList arguments{"inference", "--law", "hoffmann2022", "--params", "70e9", "--inference-tokens", "1e13",
                                "--gpu", "h100-sxm", "--usd-per-gpu-hour", "2", "--serving-usd-per-gpu-hour", "0.5",
                                "--grid", "475"};
    const Run r = runFrontier(arguments + QStringList{"--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json answer = jsonOf(r);
    const json &optima = answer["optima"];
    for (const char *key : {"flops", "usd", "kwh", "co2"})
        QVERIFY2(optima.contains(key), key);
    FRONTIER_COMPARE_REL(optima["usd"]["params"].get<double>(), answer["cost"]["params"].get<double>(), 1e-12);
    FRONTIER_COMPARE_REL(optima["flops"]["params"].get<double>(), answer["params"].get<double>(), 1e-12);
    QCOMPARE_LT(optima["kwh"]["params"].get<double>(), 0.95 * optima["usd"]["params"].get<double>());
    QCOMPARE_LT(optima["kwh"]["total"].get<double>(), answer["cost"]["energy_kwh"].get<double>());
    QCOMPARE_LE(optima["usd"]["total"].get<double>(), answer["cost"]["total_usd"].get<double>() * (1 + 1e-12));
    QCOMPARE_LT(optima["co2"]["total"].get<double>(), answer["cost"]["co2_kg"].get<double>());
    QCOMPARE(answer["objective"].get<std::string>(), std::string("usd"));
    // --objective picks the optimum the text prints.
    const Run kwh = runFrontier(arguments + QStringList{"--objective", "kwh"});
    QVERIFY2(kwh.exitCode == 0, kwh.err.constData());
    QVERIFY2(QString::fromUtf8(kwh.out).contains(QStringLiteral("Least lifetime energy")), kwh.out.constData());
    expectOneLineError(runFrontier(arguments + QStringList{"--objective", "joules"}), QStringLiteral("--objective"));
}

void TestCliInference::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList law{"inference", "--law", "hoffmann2022"};
    QTest::newRow("no lifetime tokens") << law + QStringList{"--params", "7e9"} << "--inference-tokens";
    QTest::newRow("negative tokens") << law + QStringList{"--params", "7e9", "--inference-tokens", "-5"}
                                     << "--inference-tokens";
    QTest::newRow("NaN tokens") << law + QStringList{"--params", "7e9", "--inference-tokens", "nan"}
                                << "--inference-tokens";
    QTest::newRow("tokens beside params") << law + QStringList{"--params", "7e9", "--tokens", "1e12", "--inference-tokens", "1e12"}
                                          << "--tokens";
    QTest::newRow("two references") << law + QStringList{"--params", "7e9", "--target-loss", "2", "--inference-tokens", "1e12"}
                                    << "exactly one";
    QTest::newRow("loss below E = 1.69") << law + QStringList{"--target-loss", "1.6", "--inference-tokens", "1e12"}
                                         << "irreducible";
    QTest::newRow("a dollar budget without a GPU")
        << law + QStringList{"--budget", "1e6", "--unit", "usd", "--inference-tokens", "1e12"} << "--gpu";
    QTest::newRow("an unknown serving model")
        << law + QStringList{"--params", "7e9", "--inference-tokens", "1e12", "--gpu", "h100-sxm", "--serving-model", "roofline"}
        << "--serving-model";
    QTest::newRow("MFU figures beside the decode model")
        << law + QStringList{"--params", "7e9", "--inference-tokens", "1e12", "--gpu", "h100-sxm", "--serving-model",
                             "decode", "--serving-mfu", "0.1"}
        << "--serving-mfu";
    QTest::newRow("a dollar objective without a GPU")
        << law + QStringList{"--params", "7e9", "--inference-tokens", "1e12", "--objective", "usd"} << "--gpu";
    QTest::newRow("a law without L(N, D)")
        << QStringList{"inference", "--law", "hoffmann2022-approach1", "--params", "7e9", "--inference-tokens", "1e12"}
        << "L(N, D)";
}

void TestCliInference::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    expectOneLineError(runFrontier(arguments), message);
}

QTEST_GUILESS_MAIN(TestCliInference)
#include "tst_cli_inference.moc"
