// Under the readouts: the plan beside a published run ("Your plan uses 1/40 of GPT-3 175B's compute
// and 1/60 of its CO2"), GPT-3 at first, another run chosen in its list, the CO2 part left out (and
// the reason said) where the run published none; its tooltip gives the run's figures and sources.
#include "testsupport.h"
#include "paneltestsupport.h"

#include "data/language.h"
#include "data/resourcedata.h"
#include "ui/panels/readoutspanel.h"
#include "ui/panels/runcomparisonline.h"

#include <QComboBox>
#include <QScopeGuard>
#include <QLabel>
#include <QRegularExpression>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestRunComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void gpt3AtFirst();
    void anotherRun();
    void followsThePlan();
    void saysItInChinese();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestRunComparison::gpt3AtFirst()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ReadoutsPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *comparison = panel.findChild<RunComparisonLine *>(QStringLiteral("runComparison"));
    QVERIFY(comparison);
    QCOMPARE(comparison->runId(), QStringLiteral("gpt3-175b"));
    // $20k buys about 1e20 FLOPs: a few thousandths of GPT-3's 3.14e23.
    const double ratio = doc.plan().allocation.flops / 3.14e23;
    const QString text = comparison->text();
    QVERIFY2(text.startsWith(QStringLiteral("Your plan uses 1/")) && text.contains(QStringLiteral("of GPT-3 175B's compute")),
             qPrintable(text));
    // The fraction as printed, two significant digits of 1/ratio.
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("1/([0-9,]+) of GPT-3")).match(text);
    QVERIFY(m.hasMatch());
    const double shown = m.captured(1).remove(QLatin1Char(',')).toDouble();
    QVERIFY2(std::abs(shown * ratio - 1) < 0.05, qPrintable(text)); // rounded to two digits
    if (doc.plan().cost.co2Kg)
        QVERIFY2(text.contains(QStringLiteral("of its CO2")), qPrintable(text));
    else
        QVERIFY2(text.contains(QStringLiteral("no CO2 figure")), qPrintable(text));
    // The tooltip: the run's figures with their sources.
    const auto *sentence = panel.findChild<QLabel *>(QStringLiteral("comparisonSentence"));
    QVERIFY(sentence->toolTip().contains(QStringLiteral("Patterson et al. 2021")));
    QVERIFY(panel.summary().contains(text));
}

void TestRunComparison::anotherRun()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    RunComparisonLine comparison(&doc);
    auto *combo = comparison.findChild<QComboBox *>(QStringLiteral("comparisonRunCombo"));
    // Every run with a training compute is in the list, BLOOM (no FLOPs printed) at 6ND too.
    QVERIFY(combo->findData(QStringLiteral("llama2-70b")) >= 0);
    QVERIFY(combo->findData(QStringLiteral("bloom-176b")) >= 0);
    QCOMPARE(combo->count(), int(data::knownRuns().all().size()));
    choose(combo, combo->findData(QStringLiteral("palm-540b")));
    QCOMPARE(comparison.runId(), QStringLiteral("palm-540b"));
    // The document keeps the choice: the report compares with the run this line names, and a second
    // view of the document shows the same run.
    QCOMPARE(doc.comparedRun(), std::string("palm-540b"));
    RunComparisonLine second(&doc);
    QCOMPARE(second.findChild<QComboBox *>(QStringLiteral("comparisonRunCombo"))->currentData().toString(),
             QStringLiteral("palm-540b"));
    // PaLM's CO2 was not read in a source: no CO2 part, and the reason.
    QVERIFY2(comparison.text().contains(QStringLiteral("of PaLM 540B's compute.")), qPrintable(comparison.text()));
    QVERIFY2(comparison.text().contains(QStringLiteral("PaLM 540B has no published CO2 figure.")), qPrintable(comparison.text()));
}

void TestRunComparison::followsThePlan()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    RunComparisonLine comparison(&doc);
    // Exactly GPT-3's compute, then twice it.
    doc.setBudget(3.14e23, BudgetUnit::Flops);
    QVERIFY2(comparison.text().startsWith(QStringLiteral("Your plan uses 1× GPT-3 175B's compute")), qPrintable(comparison.text()));
    doc.setBudget(6.28e23, BudgetUnit::Flops);
    QVERIFY2(comparison.text().startsWith(QStringLiteral("Your plan uses 2× GPT-3 175B's compute")), qPrintable(comparison.text()));
    // 80 % of it.
    doc.setBudget(0.8 * 3.14e23, BudgetUnit::Flops);
    QVERIFY2(comparison.text().startsWith(QStringLiteral("Your plan uses 80 % of GPT-3 175B's compute")), qPrintable(comparison.text()));
}

// The line's words were filed for the translators under another context than the one looked up:
// the Chinese window showed them in English.
void TestRunComparison::saysItInChinese()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    RunComparisonLine comparison(&doc);
    QVERIFY2(comparison.text().startsWith(QStringLiteral("Your plan uses")), qPrintable(comparison.text()));
    QVERIFY(ui::setLanguage(QStringLiteral("zh_CN")));
    auto back = qScopeGuard([] { ui::setLanguage(QStringLiteral("en")); });
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY2(comparison.text().startsWith(QStringLiteral("您的计划使用了")), qPrintable(comparison.text()));
    QVERIFY2(comparison.text().contains(QStringLiteral("GPT-3 175B 算力的 1/27")), qPrintable(comparison.text()));
}

QTEST_MAIN(TestRunComparison)
#include "tst_panel_runcomparisonline.moc"
