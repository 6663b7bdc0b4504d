// The readouts (ui/panels/readoutspanel.h) show the model's plan for people: the default budget's
// cost, Chinchilla's optimum at Gopher's compute against the closed form on the published constants,
// each readout's sources in its tooltip, the document's problem on top, and "Copy all".

#include "testsupport.h"
#include "paneltestsupport.h"

#include "model/core/numbers.h"
#include "model/core/quantity.h"
#include "ui/panels/readoutspanel.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

#include <cmath>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

namespace {

// "40.4 B parameters" -> 4.04e10: the readout's number read back, to compare with a reference.
double readBack(const QLabel *label)
{
    const QStringList words = label->text().split(QLatin1Char(' '));
    const QString number = words.size() > 1 && words[1].size() == 1 ? words[0] + words[1] : words[0];
    return parseQuantity(number.toStdString()).value_or(std::nan(""));
}

} // namespace

class TestReadoutsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void defaultPlanCost();
    void chinchillaAtGopherCompute();
    void tooltipsNameTheSources();
    void screenReaderReadsCaptionAndValue();
    void problemIsShownOnTop();
    void warnsOutsideTheLawsData();
    void copyAll();
    void targetLossCopiesWithCopyAll();
    void copyAllSaysServingMixtureAndUniqueData();
    void chineseGroupsInChinese();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestReadoutsPanel::defaultPlanCost()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    saveShot(&panel, QStringLiteral("readoutspanel"));
    auto *cost = panel.findChild<QLabel *>(QStringLiteral("costReadout"));
    QVERIFY(cost);
    QCOMPARE(cost->text(), QStringLiteral("$20,000")); // the start-up budget is $20,000 (PlanInputs::defaults)
    QVERIFY(cost->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("problemMessage"))->isVisible());
    doc.setBudget(50000, BudgetUnit::Usd);
    QCOMPARE(cost->text(), QStringLiteral("$50,000"));
}

void TestReadoutsPanel::chinchillaAtGopherCompute()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    doc.setBudget(5.76e23, BudgetUnit::Flops); // Gopher's compute (Hoffmann et al. 2022, Fig. 4)
    // The closed form N_opt = G (C/6)^a on the unrounded TeX constants (tests/reference/chinchilla/fits.json,
    // meta.closed_form_frontier), computed here from the reference, not by the model.
    const auto set = referenceJson("chinchilla/fits.json")["parameter_sets"]["hoffmann2022_unrounded_tex"];
    const double A = set["A"], B = set["B"], alpha = set["alpha"], beta = set["beta"];
    const double G = std::pow(alpha * A / (beta * B), 1 / (alpha + beta));
    const double n = G * std::pow(5.76e23 / 6, beta / (alpha + beta));
    const double d = 5.76e23 / 6 / n;
    auto *params = panel.findChild<QLabel *>(QStringLiteral("paramsReadout"));
    auto *tokens = panel.findChild<QLabel *>(QStringLiteral("tokensReadout"));
    auto *ratio = panel.findChild<QLabel *>(QStringLiteral("ratioReadout"));
    QVERIFY2(params->text().endsWith(QStringLiteral(" B parameters")), qPrintable(params->text()));
    QVERIFY2(tokens->text().endsWith(QStringLiteral(" T tokens")), qPrintable(tokens->text()));
    // Three significant digits shown: within half a unit of the third digit.
    FRONTIER_COMPARE_REL(readBack(params), n, 5e-3);
    FRONTIER_COMPARE_REL(readBack(tokens), d, 5e-3);
    FRONTIER_COMPARE_REL(readBack(ratio), d / n, 5e-3);

    // 40 B parameters at ZeRO-1 on 8 GPUs keep 2 + 2 + 12/8 bytes each per GPU (Rajbhandari et al. 2020):
    // ~222 GB against the H100's 80 GB, so the readout says it does not fit, names the planner's
    // smallest setup that does, and the plan's warning is listed.
    auto *memory = panel.findChild<QLabel *>(QStringLiteral("memoryReadout"));
    QVERIFY(!doc.plan().memory->fits);
    QVERIFY2(memory->text().contains(QStringLiteral("does not fit")), qPrintable(memory->text()));
    const SmallestFit fit = *doc.plan().smallestFit;
    QVERIFY2(memory->text().contains(QStringLiteral("fits on %1 GPUs with ZeRO-%2").arg(fit.gpus).arg(fit.zeroStage)),
             qPrintable(memory->text()));
    auto *warnings = panel.findChild<QLabel *>(QStringLiteral("planWarnings"));
    QVERIFY2(warnings->text().contains(QStringLiteral("does not fit")), qPrintable(warnings->text()));
    // One unit for the card's memory everywhere, the vendor's: the H100 SXM is "80 GB" (80 GiB,
    // resources/hardware/accelerators.json), of which 90 % (vLLM's default, memory.json) = 72 GB
    // is usable; the readout, its tooltip and the warning say so alike (it read 85.9 GB and 77.3 GB).
    QVERIFY2(memory->text().contains(QStringLiteral(" GB of 72 GB usable")), qPrintable(memory->text()));
    QVERIFY2(memory->toolTip().contains(QStringLiteral("90% of the GPU's 80 GB, 72 GB")), qPrintable(memory->toolTip()));
    QVERIFY2(warnings->text().contains(QStringLiteral("72 GB usable (90% of 80 GB)")), qPrintable(warnings->text()));
}

void TestReadoutsPanel::tooltipsNameTheSources()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    const auto tip = [&](const char *name) { return panel.findChild<QLabel *>(QLatin1String(name))->toolTip(); };
    QVERIFY(tip("costReadout").contains(QString::fromStdString(doc.setup().sources.at("price"))));
    QVERIFY(tip("co2Readout").contains(QString::fromStdString(doc.setup().sources.at("grid"))));
    QVERIFY(tip("energyReadout").contains(QString::fromStdString(doc.setup().sources.at("pue"))));
    QVERIFY(tip("energyReadout").contains(QStringLiteral("PUE")));
    QVERIFY(tip("paramsReadout").contains(QStringLiteral("Hoffmann")));
}

// What a screen reader says on each readout: its caption and its value, the scale said in words,
// and the formula as the description; never the caption alone.
void TestReadoutsPanel::screenReaderReadsCaptionAndValue()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    doc.setFixedJob(6.8e9, 285e9);
    ReadoutsPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto said = [&](const char *name, QAccessible::Text what) {
        auto *label = panel.findChild<QLabel *>(QLatin1String(name));
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(label);
        return face ? face->text(what) : QString();
    };
    QCOMPARE(said("paramsReadout", QAccessible::Name), QStringLiteral("Model size: 6.8 billion parameters"));
    QCOMPARE(said("tokensReadout", QAccessible::Name), QStringLiteral("Training tokens: 285 billion tokens"));
    const auto *cost = panel.findChild<QLabel *>(QStringLiteral("costReadout"));
    QCOMPARE(said("costReadout", QAccessible::Name), QStringLiteral("Cost: ") + cost->text());
    QVERIFY2(said("costReadout", QAccessible::Description).contains(QStringLiteral("price per GPU-hour")),
             qPrintable(said("costReadout", QAccessible::Description)));
    // The value follows the plan.
    doc.setFixedJob(1.2e9, 24e9);
    QCOMPARE(said("paramsReadout", QAccessible::Name), QStringLiteral("Model size: 1.2 billion parameters"));
}

void TestReadoutsPanel::warnsOutsideTheLawsData()
{
    // Issue 16: hf2020 at $35k gave 137 B parameters on 24.8 B tokens without a caution.
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *warnings = panel.findChild<QLabel *>(QStringLiteral("planWarnings"));
    QVERIFY(warnings);
    const auto saysLawData = [&] { return warnings->isVisible() && warnings->text().contains(QStringLiteral("was fitted on")); };
    QVERIFY2(!saysLawData(), qPrintable(warnings->text())); // the default plan lies inside Hoffmann's runs
    doc.setLaw("hf2020");
    doc.setBudget(35000, BudgetUnit::Usd);
    QVERIFY(!doc.problem());
    QVERIFY2(saysLawData(), qPrintable(warnings->text()));
    const DataSpan &flops = m_catalogs.law("hf2020").info().dataRange.flops;
    const QString factor = QString::fromStdString(formatNumber(doc.plan().allocation.flops / flops.max, 2));
    QVERIFY2(warnings->text().contains(QStringLiteral("⚠ training compute ")) &&
                 warnings->text().contains(factor + QStringLiteral("× the largest of the runs law hf2020 was fitted on")),
             qPrintable(warnings->text()));
    // It is the first warning: every other figure rests on the allocation it questions.
    QVERIFY2(warnings->text().indexOf(QStringLiteral("was fitted on")) < warnings->text().indexOf(QStringLiteral("does not fit")),
             qPrintable(warnings->text()));
    // Copy all carries it too.
    QVERIFY(panel.summary().contains(QStringLiteral("× the largest of the runs law hf2020 was fitted on")));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY2(!saysLawData(), qPrintable(warnings->text()));
}

void TestReadoutsPanel::problemIsShownOnTop()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *problem = panel.findChild<QLabel *>(QStringLiteral("problemMessage"));
    PlanChoices choices = doc.inputs().choices;
    choices.gpu = "h100-sxx"; // a typo: the model names the close matches
    doc.setChoices(choices);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("h100-sxm")), qPrintable(problem->text()));
    saveShot(&panel, QStringLiteral("readoutspanel-problem"));
    // The last plan that worked stays on show below.
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("costReadout"))->text(), QStringLiteral("$20,000"));
    doc.undoStack()->undo();
    QVERIFY(!problem->isVisible());
}

void TestReadoutsPanel::copyAll()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    panel.findChild<QPushButton *>(QStringLiteral("copyAllButton"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("Cost: $20,000\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Model size: ")));
    QCOMPARE(text, panel.summary());
}

void TestReadoutsPanel::targetLossCopiesWithCopyAll()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    doc.setTargetLoss(2.0);
    panel.findChild<QPushButton *>(QStringLiteral("copyAllButton"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, panel.summary());
    // The loss is the target's, said so; the run's figures are there as for any plan.
    QVERIFY2(text.contains(QStringLiteral("Predicted loss: 2 (the target)\n")), qPrintable(text));
    for (const char *caption : {"Model size: ", "Training tokens: ", "Compute: ", "GPU time: ", "Cost: $", "Energy: ", "CO2: "})
        QVERIFY2(text.contains(QLatin1String(caption)), caption);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("paramsReadout"))->toolTip().contains(QStringLiteral("reaches a loss of 2")));
    // A target no run reaches: the reason on top, in the model's words, and no "(the target)" below.
    doc.setTargetLoss(1.5);
    const QString refused = panel.summary();
    QVERIFY2(refused.contains(QStringLiteral("at or below the irreducible loss 1.693")), qPrintable(refused));
    QVERIFY(!refused.contains(QStringLiteral("(the target)")));
}

// Copy all holds what the rows leave to tooltips and other panels. The default plan as a mixture of 8
// experts, top-2: 21.8 B parameters in all, 6.82 B per token (`frontier plan ... --experts 8 --top-k 2
// --json`: 21,834,969,088 and 6,820,409,344), its loss withheld. Muennighoff et al. 2023's law on 50 B
// unique tokens: 4.65 epochs, worth 213 B new tokens, 0.0136 nats above unlimited data (2.18).
void TestReadoutsPanel::copyAllSaysServingMixtureAndUniqueData()
{
    PlanInputs inputs = PlanInputs::defaults();
    inputs.moe = MixtureOfExperts{8, 2, 0, 0};
    PlanDocument doc(m_catalogs, inputs);
    ReadoutsPanel panel(&doc);
    panel.findChild<QPushButton *>(QStringLiteral("copyAllButton"))->click();
    QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, panel.summary());
    QVERIFY2(text.contains(QStringLiteral("Mixture of experts: 8 experts, 2 used per token: 21.8 B parameters in all, "
                                          "6.82 B per token; no law predicts its loss, so none is shown\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Unique data:")));
    // The serving row as the readouts show it: serving.json's defaults on the plan's offer.
    const QString serving = panel.findChild<QLabel *>(QStringLiteral("servingReadout"))->text();
    QVERIFY2(serving.contains(QStringLiteral(" per million tokens (")), qPrintable(serving));
    QVERIFY2(text.contains(QStringLiteral("Serving: ") + serving + QLatin1Char('\n')), qPrintable(text));

    inputs = PlanInputs::defaults();
    inputs.lawId = "muennighoff2023";
    inputs.uniqueTokens = 5e10;
    doc.setInputs(inputs, QStringLiteral("cap"));
    text = panel.summary();
    QVERIFY2(text.contains(QStringLiteral("Unique data: 50 B tokens repeated for 4.65 epochs, worth 213 B tokens of new "
                                          "data; loss 0.0136 above unlimited data (2.18)\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Mixture of experts")));
}

void TestReadoutsPanel::chineseGroupsInChinese()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    doc.setBudget(5.76e23, BudgetUnit::Flops);
    ReadoutsPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *params = panel.findChild<QLabel *>(QStringLiteral("paramsReadout"));
    QVERIFY2(params->text().startsWith(QStringLiteral("40.4 B")), qPrintable(params->text()));
    // The Chinese catalogue's number-style marker (data/peopleformat.h): ~40.4e9 is "404 亿".
    FakeTranslator chinese({{{"PeopleFormat", "FRONTIER_NUMBER_STYLE"}, QStringLiteral("zh")},
                            {{"frontier::ui::ReadoutsPanel", "%1 parameters"}, QStringLiteral("%1 参数")}});
    QCoreApplication::installTranslator(&chinese);
    QTRY_COMPARE(params->text(), QStringLiteral("404 亿 参数"));
    saveShot(&panel, QStringLiteral("readoutspanel-zh"));
    QCoreApplication::removeTranslator(&chinese);
    QTRY_VERIFY(params->text().endsWith(QStringLiteral(" B parameters")));
}

QTEST_MAIN(TestReadoutsPanel)
#include "tst_panel_readouts.moc"
