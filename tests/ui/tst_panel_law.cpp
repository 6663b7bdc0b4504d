// The law panel (ui/panels/lawpanel.h): choosing a law, the published constants beside the planned
// ones, an edited constant is an override (one undo step, marked), Reset puts the published back,
// and a bad cell is refused.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "model/core/numbers.h"
#include "ui/panels/lawpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

namespace {

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text().section(QLatin1Char(' '), 0, 0) == name)
            return row;
    return -1;
}

} // namespace

class TestLawPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void listsLawsWithCitations();
    void showsPublishedConstants();
    void editedConstantIsAnOverride();
    void badCellIsRefused();
    void implausibleConstantIsRefused();
    void fittedLawsAreListed();
    void saysWhatRunsTheLawWasFittedOn();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestLawPanel::listsLawsWithCitations()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("lawCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("hoffmann2022"));
    const int kaplan = combo->findData(QStringLiteral("kaplan2020"));
    QVERIFY(kaplan >= 0);
    QVERIFY2(combo->itemData(kaplan, Qt::ToolTipRole).toString().contains(QStringLiteral("Kaplan")),
             qPrintable(combo->itemData(kaplan, Qt::ToolTipRole).toString()));
    choose(combo, kaplan);
    QCOMPARE(doc.inputs().lawId, std::string("kaplan2020"));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestLawPanel::showsPublishedConstants()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    panel.resize(640, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    saveShot(&panel, QStringLiteral("lawpanel"));
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("constantsTable"));
    QVERIFY(table);
    // The unrounded TeX constants of Hoffmann et al. 2022, as Epoch's notebook reads them.
    const auto set = referenceJson("chinchilla/fits.json")["parameter_sets"]["hoffmann2022_unrounded_tex"];
    for (const char *name : {"E", "A", "B", "alpha", "beta"}) {
        const int row = rowOf(table, QLatin1String(name));
        QVERIFY2(row >= 0, name);
        FRONTIER_COMPARE_REL(parseNumber(table->item(row, 2)->text().toStdString()).value_or(0), set[name].get<double>(), 1e-7);
        QCOMPARE(table->item(row, 1)->text(), table->item(row, 2)->text()); // nothing overridden yet
        QVERIFY(!table->item(row, 3)->text().isEmpty());                    // each with its source
    }
}

void TestLawPanel::editedConstantIsAnOverride()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("constantsTable"));
    auto *reset = panel.findChild<QPushButton *>(QStringLiteral("resetConstantsButton"));
    QVERIFY(table && reset);
    QVERIFY(!reset->isEnabled());
    const double params = doc.plan().allocation.params;
    const int row = rowOf(table, QStringLiteral("alpha"));
    table->item(row, 1)->setText(QStringLiteral("0.36"));
    QCOMPARE(doc.inputs().overrides.at("alpha"), 0.36);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.plan().allocation.params != params); // planned with the user's alpha
    QVERIFY(table->item(row, 1)->font().bold() && table->item(row, 1)->font().italic());
    QVERIFY(table->item(row, 0)->text().endsWith(QStringLiteral("*")));
    QVERIFY(reset->isEnabled());
    panel.resize(640, 360);
    saveShot(&panel, QStringLiteral("lawpanel-override"));
    reset->click();
    QVERIFY(doc.inputs().overrides.empty());
    QCOMPARE(doc.undoStack()->count(), 2);
    QVERIFY(!table->item(row, 1)->font().bold());
    FRONTIER_COMPARE_REL(doc.plan().allocation.params, params, 1e-12);
}

void TestLawPanel::badCellIsRefused()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("constantsTable"));
    auto *error = panel.findChild<QLabel *>(QStringLiteral("constantsError"));
    const int row = rowOf(table, QStringLiteral("beta"));
    table->item(row, 1)->setText(QStringLiteral("abc"));
    QVERIFY(doc.inputs().overrides.empty());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("abc"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("beta")), qPrintable(error->text()));
}

// E = -1 would predict a negative loss: the cell refuses it by the range `--set` and a session use
// (limits.json "law_E", 0 to 30 nats/token), and the document is not touched.
void TestLawPanel::implausibleConstantIsRefused()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("constantsTable"));
    auto *error = panel.findChild<QLabel *>(QStringLiteral("constantsError"));
    const int row = rowOf(table, QStringLiteral("E"));
    QVERIFY(row >= 0);
    table->item(row, 1)->setText(QStringLiteral("-1"));
    QVERIFY(doc.inputs().overrides.empty());
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("E: -1 is outside the plausible range 0 to 30 nats/token"));
    QVERIFY(*doc.plan().allocation.loss > 1.69); // still Chinchilla's loss, above its E
}

void TestLawPanel::fittedLawsAreListed()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    const Law &published = catalogs.law("hoffmann2022");
    LawInfo info = published.info();
    info.id = "my-fit";
    info.name = "My fit";
    catalogs.addFittedLaw(Law(info, published.constants(), published.form()));
    PlanDocument doc(catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("lawCombo"));
    const int fitted = combo->findData(QStringLiteral("my-fit"));
    QVERIFY(fitted > combo->findData(QStringLiteral("hoffmann2022"))); // after the published ones
    QCOMPARE(combo->itemText(fitted), QStringLiteral("Fitted: My fit"));
    choose(combo, fitted);
    QCOMPARE(doc.law().id(), std::string("my-fit"));
}

QTEST_MAIN(TestLawPanel)
// The panel says the span of the runs behind the law, so a plan's extrapolation warning has its
// context: Hoffmann et al. 2022 fitted 70M to 16B parameters on 5B to 500B tokens (abstract); Kaplan
// et al. 2020 state no smallest compute (resources/laws/*.json data_range, with sources).
void TestLawPanel::saysWhatRunsTheLawWasFittedOn()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    LawPanel panel(&doc);
    auto *range = panel.findChild<QLabel *>(QStringLiteral("lawDataRange"));
    QVERIFY(range);
    QVERIFY2(range->text().contains(QStringLiteral("70 M – 16 B parameters, 5 B – 500 B tokens")), qPrintable(range->text()));
    QVERIFY2(range->toolTip().contains(QStringLiteral("Hoffmann")), qPrintable(range->toolTip()));
    doc.setLaw("kaplan2020");
    QVERIFY2(range->text().contains(QStringLiteral("up to 1.18e21 FLOPs")), qPrintable(range->text()));
    QVERIFY2(range->text().contains(QStringLiteral("768 – 1.5 B parameters")), qPrintable(range->text()));
}

#include "tst_panel_law.moc"
