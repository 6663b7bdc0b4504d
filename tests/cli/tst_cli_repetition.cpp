// --unique-tokens on `loss`, `optimum` and `plan` (Muennighoff et al. 2023's data-constrained law):
// the authors' printed figures through the built binary (tests/reference/muennighoff2023), the
// fields a script reads, and the refusal of a cap by a law without repetition terms.
#include "clitestsupport.h"

using namespace frontier::test;
using nlohmann::json;

namespace {

json figures() { return referenceJson("muennighoff2023/printed_figures.json"); }

QString number(double value) { return QString::number(value, 'g', 17); }

} // namespace

class TestCliRepetition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lossOfTheFigure1Models();
    void lossWithoutCapIsThePlainLaw();
    void optimumOfTheReadme();
    void planWithCap();
    void capRefusedByALawWithoutRepetitionTerms();
    void uniqueTokensWithParamsIsRefused();
};

void TestCliRepetition::lossOfTheFigure1Models()
{
    const json all = figures(); // kept: the loop reads a part of it
    for (const auto &row : all["figure1_right_losses"]["rows"]) {
        const double params = row["params"], tokens = row["tokens"], unique = row["unique_tokens"];
        const Run run = runFrontier({QStringLiteral("loss"), QStringLiteral("--law"), QStringLiteral("muennighoff2023"),
                                     QStringLiteral("--params"), number(params), QStringLiteral("--tokens"), number(tokens),
                                     QStringLiteral("--unique-tokens"), number(unique), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const json out = jsonOf(run);
        // datablations README, Figure 1 right: the authors' printed loss, to 1e-13.
        FRONTIER_COMPARE_REL(out["loss"].get<double>(), row["loss"].get<double>(), 1e-13);
        FRONTIER_COMPARE_REL(out["epochs"].get<double>(), tokens / unique, 1e-15);
        FRONTIER_COMPARE_REL(out["unique_tokens"].get<double>(), unique, 0.0);
        QVERIFY(out["effective_tokens"].get<double>() < tokens);
        QVERIFY(out["effective_tokens"].get<double>() > unique);
        QVERIFY(out["effective_params"].get<double>() <= params);
    }
}

void TestCliRepetition::lossWithoutCapIsThePlainLaw()
{
    const Run run = runFrontier({QStringLiteral("loss"), QStringLiteral("--law"), QStringLiteral("muennighoff2023"),
                                 QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--tokens"),
                                 QStringLiteral("2e10"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    const auto logs = figures()["constants_log_form"];
    const double alpha = logs["alpha"], beta = logs["beta"];
    const double byHand = std::exp(logs["e"].get<double>()) + std::exp(logs["a"].get<double>()) / std::pow(1e9, alpha)
                          + std::exp(logs["b"].get<double>()) / std::pow(2e10, beta);
    FRONTIER_COMPARE_REL(out["loss"].get<double>(), byHand, 1e-14);
    QVERIFY(!out.contains("epochs"));
}

void TestCliRepetition::optimumOfTheReadme()
{
    const json figure = figures()["optimal_allocation"];
    const double flops = 6 * figure["budget_of"]["params"].get<double>() * figure["budget_of"]["tokens"].get<double>();
    const Run run = runFrontier({QStringLiteral("optimum"), QStringLiteral("--law"), QStringLiteral("muennighoff2023"),
                                 QStringLiteral("--flops"), number(flops), QStringLiteral("--unique-tokens"),
                                 number(figure["unique_tokens"].get<double>()), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const json out = jsonOf(run);
    // datablations README: 227B tokens, 9.1 epochs, 6.8B parameters (a 500-step grid, two digits).
    FRONTIER_COMPARE_REL(out["tokens"].get<double>(), figure["tokens"].get<double>(), 0.01);
    FRONTIER_COMPARE_REL(out["epochs"].get<double>(), figure["epochs"].get<double>(), 0.01);
    FRONTIER_COMPARE_REL(out["params"].get<double>(), figure["params"].get<double>(), 0.015);
    QVERIFY(out["loss_lost"].get<double>() > 0);
    FRONTIER_COMPARE_REL(out["loss"].get<double>() - out["unlimited_loss"].get<double>(), out["loss_lost"].get<double>(), 1e-12);
    QVERIFY(out["floor_loss"].get<double>() < out["loss"].get<double>());
    // 9.1 epochs: past 4, before 16 (resources/laws/muennighoff2023.json): the returns fade.
    bool fading = false;
    for (const auto &w : out["warnings"])
        fading = fading || w["code"] == "plan.repeat_fading";
    QVERIFY2(fading, out["warnings"].dump().c_str());
}

void TestCliRepetition::planWithCap()
{
    const QStringList base{QStringLiteral("plan"), QStringLiteral("--law"), QStringLiteral("muennighoff2023"),
                           QStringLiteral("--budget"), QStringLiteral("1e22"), QStringLiteral("--unit"),
                           QStringLiteral("flops"), QStringLiteral("--gpu"), QStringLiteral("h100-sxm")};
    const Run capped = runFrontier(base + QStringList{QStringLiteral("--unique-tokens"), QStringLiteral("10e9"),
                                                      QStringLiteral("--json")});
    QCOMPARE(capped.exitCode, 0);
    const json out = jsonOf(capped);
    const Run plain = runFrontier(base + QStringList{QStringLiteral("--json")});
    QCOMPARE(plain.exitCode, 0);
    const json free = jsonOf(plain);
    QVERIFY(!free.contains("epochs"));
    // 10B unique tokens where the unlimited plan reads ~221B: fewer parameters, many epochs, a higher loss.
    QVERIFY(out["params"].get<double>() < free["params"].get<double>());
    FRONTIER_COMPARE_REL(out["epochs"].get<double>(), out["tokens"].get<double>() / 10e9, 1e-14);
    QVERIFY(out["epochs"].get<double>() > 16);
    FRONTIER_COMPARE_REL(out["unlimited_loss"].get<double>(), free["loss"].get<double>(), 1e-14);
    QVERIFY(out["loss_lost"].get<double>() > 0);
    FRONTIER_COMPARE_REL(out["flops"].get<double>(), 1e22, 1e-15);
    // The same plan for people names the epochs.
    const Run text = runFrontier(base + QStringList{QStringLiteral("--unique-tokens"), QStringLiteral("10e9")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("epochs of 10 B unique tokens"), text.out.constData());
}

void TestCliRepetition::capRefusedByALawWithoutRepetitionTerms()
{
    for (const char *id : {"hoffmann2022", "epoch2024"}) {
        const Run run = runFrontier({QStringLiteral("optimum"), QStringLiteral("--law"), QString::fromLatin1(id),
                                     QStringLiteral("--flops"), QStringLiteral("1e22"), QStringLiteral("--unique-tokens"),
                                     QStringLiteral("1e10")});
        expectOneLineError(run, QStringLiteral("law %1 has no terms for repeated data").arg(QString::fromLatin1(id)));
        const Run plan = runFrontier({QStringLiteral("plan"), QStringLiteral("--law"), QString::fromLatin1(id),
                                      QStringLiteral("--budget"), QStringLiteral("1e22"), QStringLiteral("--unit"),
                                      QStringLiteral("flops"), QStringLiteral("--gpu"), QStringLiteral("h100-sxm"),
                                      QStringLiteral("--unique-tokens"), QStringLiteral("1e10")});
        expectOneLineError(plan, QStringLiteral("muennighoff2023"));
    }
}

void TestCliRepetition::uniqueTokensWithParamsIsRefused()
{
    const Run run = runFrontier({QStringLiteral("optimum"), QStringLiteral("--law"), QStringLiteral("muennighoff2023"),
                                 QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--unique-tokens"),
                                 QStringLiteral("1e10")});
    expectOneLineError(run, QStringLiteral("--unique-tokens"));
}

QTEST_GUILESS_MAIN(TestCliRepetition)
#include "tst_cli_repetition.moc"
