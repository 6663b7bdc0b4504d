// The energy panel (ui/panels/energypanel.h): regions listed per dataset and never mixed, a chosen
// region's intensity planned with, a country, a typed g/kWh, PUE and power fraction refused outside
// their ranges, and one undo step per choice.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "ui/panels/energypanel.h"

#include <QLabel>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestEnergyPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void regionsFollowTheDataset();
    void countryAverage();
    void typedIntensity();
    void badValuesAreRefused_data();
    void badValuesAreRefused();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestEnergyPanel::regionsFollowTheDataset()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    EnergyPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *mode = panel.findChild<QComboBox *>(QStringLiteral("gridModeCombo"));
    auto *dataset = panel.findChild<QComboBox *>(QStringLiteral("gridDatasetCombo"));
    auto *region = panel.findChild<QComboBox *>(QStringLiteral("regionCombo"));
    QVERIFY(mode && dataset && region);
    choose(mode, 1); // cloud region
    QVERIFY(region->isVisible());
    saveShot(&panel, QStringLiteral("energypanel-region"));
    choose(dataset, dataset->findData(QStringLiteral("codecarbon")));
    const RegionDataset &codecarbon = m_catalogs.catalogs().regions.dataset("codecarbon");
    QCOMPARE(region->count(), int(codecarbon.regions.size()));
    for (int i = 0; i < region->count(); ++i)
        QVERIFY(m_catalogs.catalogs().regions.findRegion(region->itemData(i).toString().toStdString(), "codecarbon"));
    // europe-north1: one of the regions where the datasets disagree most (carbon.h: 4.6x).
    const int north = region->findData(QStringLiteral("gcp/europe-north1"));
    QVERIFY(north >= 0);
    const int before = doc.undoStack()->count();
    choose(region, north);
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QCOMPARE(doc.inputs().choices.region, std::string("gcp/europe-north1"));
    QCOMPARE(*doc.setup().cost.gridGramsPerKwh, 46.0); // CodeCarbon data/cloud/impact.csv, Hamina
    choose(dataset, dataset->findData(QStringLiteral("mlco2")));
    QCOMPARE(doc.inputs().choices.region, std::string("gcp/europe-north1")); // mlco2 lists it too
    QCOMPARE(*doc.setup().cost.gridGramsPerKwh, 211.0); // mlco2/impact data/impact.csv, Hamina
}

void TestEnergyPanel::countryAverage()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    EnergyPanel panel(&doc);
    auto *mode = panel.findChild<QComboBox *>(QStringLiteral("gridModeCombo"));
    auto *country = panel.findChild<QComboBox *>(QStringLiteral("countryCombo"));
    choose(mode, 2);
    choose(country, country->findData(QStringLiteral("FRA")));
    QCOMPARE(doc.inputs().choices.country, std::string("FRA"));
    QCOMPARE(*doc.setup().cost.gridGramsPerKwh, 56.039); // tests/reference/codecarbon/global_energy_mix.json, FRA 2023
    // Back to the default: the world average of 475 g/kWh (CodeCarbon, plan_defaults.json).
    choose(mode, 0);
    QVERIFY(doc.inputs().choices.country.empty());
    QCOMPARE(*doc.setup().cost.gridGramsPerKwh, 475.0);
}

void TestEnergyPanel::typedIntensity()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    EnergyPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *mode = panel.findChild<QComboBox *>(QStringLiteral("gridModeCombo"));
    choose(mode, 3);
    auto *grid = panel.findChild<QLineEdit *>(QStringLiteral("gridEdit"));
    QVERIFY(grid->isVisible());
    typeInto(grid, QStringLiteral("100"));
    QCOMPARE(*doc.inputs().choices.gridGramsPerKwh, 100.0);
    // kg CO2 = kWh x g/kWh / 1000 (costmodel.h)
    FRONTIER_COMPARE_REL(*doc.plan().cost.co2Kg, doc.plan().cost.energyKwh * 100 / 1000, 1e-12);
    QCOMPARE(doc.undoStack()->count(), 2);
    auto *pue = panel.findChild<QLineEdit *>(QStringLiteral("pueEdit"));
    const double kwh = doc.plan().cost.energyKwh, pueBefore = doc.setup().cost.pue;
    typeInto(pue, QStringLiteral("1.5"));
    FRONTIER_COMPARE_REL(doc.plan().cost.energyKwh, kwh * 1.5 / pueBefore, 1e-12); // kWh scales with PUE
}

void TestEnergyPanel::badValuesAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    // The ranges are limits.json's, as the plan and a session file hold them: PUE 1 to 5.
    QTest::newRow("PUE below 1") << "pueEdit" << "0.9" << "must be from 1 to 5";
    QTest::newRow("PUE 50, which no session could hold") << "pueEdit" << "50" << "must be from 1 to 5";
    QTest::newRow("power fraction above 1") << "powerFractionEdit" << "1.2" << "at most 1";
    QTest::newRow("power fraction in words") << "powerFractionEdit" << "abc" << "not a number";
    QTest::newRow("negative electricity price") << "electricityEdit" << "-5" << "must be from 0 to 100";
}

void TestEnergyPanel::badValuesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    EnergyPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *edit = panel.findChild<QLineEdit *>(field);
    auto *error = panel.findChild<QLabel *>(field + QStringLiteral("Error"));
    QVERIFY(edit && error);
    const PlanInputs before = doc.inputs();
    typeInto(edit, text);
    QVERIFY(redFrame(edit));
    QVERIFY2(error->isVisible() && error->text().contains(problem), qPrintable(error->text()));
    QVERIFY(doc.inputs() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
    saveShot(&panel, QStringLiteral("energypanel-refused"));
}

QTEST_MAIN(TestEnergyPanel)
#include "tst_panel_energy.moc"
