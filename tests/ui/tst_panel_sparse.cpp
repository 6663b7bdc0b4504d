// The sparse panel (ui/panels/sparsepanel.h): the check box turns a mixture of experts on and off in
// one undo step each, the counts are the plan's (model/shape/sparsemodel.h), the loss reads "not
// predicted" with the plan's reason (no law Frontier ships gives an MoE's loss), and Jaszczur et al.
// 2021's 17B decode times (3.690 s dense, 0.183 s sparse, resources/sparse/jaszczur2021.json) show
// as cited text with their limits in the tooltip. Every control is named and reachable.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "data/peopleformat.h"
#include "ui/panels/sparsepanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestSparsePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void turnsExpertsOnAndOff();
    void showsJaszczurAsCitedText();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestSparsePanel::turnsExpertsOnAndOff()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    SparsePanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *check = panel.findChild<QCheckBox *>(QStringLiteral("moeCheck"));
    auto *experts = panel.findChild<QSpinBox *>(QStringLiteral("moeExpertsSpin"));
    auto *topK = panel.findChild<QSpinBox *>(QStringLiteral("moeTopKSpin"));
    auto *total = panel.findChild<QLabel *>(QStringLiteral("moeTotalReadout"));
    auto *active = panel.findChild<QLabel *>(QStringLiteral("moeActiveReadout"));
    auto *loss = panel.findChild<QLabel *>(QStringLiteral("moeLossReadout"));
    QVERIFY(check && experts && topK && total && active && loss);
    QVERIFY(!check->isChecked());
    QVERIFY(!experts->isEnabled());
    QVERIFY(!total->isVisible());
    QVERIFY(!check->accessibleName().isEmpty() && !experts->accessibleName().isEmpty() && !topK->accessibleName().isEmpty());

    const int before = doc.undoStack()->count();
    check->click();
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QCOMPARE(doc.inputs().moe, std::optional(MixtureOfExperts{8, 2, 0, 0}));
    QVERIFY(doc.hasPlan() && doc.plan().sparse);
    QVERIFY(total->isVisible());
    // The readouts are the plan's counts, in the panel's number format.
    const auto style = data::NumberStyle::English;
    QCOMPARE(total->text(), data::peopleCount(double(doc.plan().sparse->totalParams), style) + QStringLiteral(" parameters"));
    QCOMPARE(active->text(), data::peopleCount(double(doc.plan().sparse->activeParams), style) + QStringLiteral(" parameters"));
    // and to the parameter in the tooltips
    QVERIFY(total->toolTip().startsWith(QString::number(doc.plan().sparse->totalParams)));
    QVERIFY(active->toolTip().startsWith(QString::number(doc.plan().sparse->activeParams)));
    QVERIFY(doc.plan().sparse->totalParams > doc.plan().sparse->activeParams);
    QCOMPARE(loss->text(), QStringLiteral("not predicted"));
    QVERIFY2(loss->toolTip().contains(QLatin1String("no scaling law Frontier ships predicts the loss of a mixture of experts")),
             qPrintable(loss->toolTip()));
    QVERIFY(!doc.plan().allocation.loss);

    // Sixteen experts, four a token: one undo step each, the plan follows.
    experts->setValue(16);
    topK->setValue(4);
    QCOMPARE(doc.inputs().moe, std::optional(MixtureOfExperts{16, 4, 0, 0}));
    QCOMPARE(doc.undoStack()->count(), before + 3);
    QCOMPARE(doc.plan().sparse->moe.experts, std::int64_t(16));

    // Off again, and undo brings it back.
    check->click();
    QVERIFY(!doc.inputs().moe);
    QVERIFY(doc.plan().allocation.loss);
    QVERIFY(!total->isVisible());
    doc.undoStack()->undo();
    QCOMPARE(doc.inputs().moe, std::optional(MixtureOfExperts{16, 4, 0, 0}));
    QVERIFY(check->isChecked());
    QCOMPARE(experts->value(), 16);
    saveShot(&panel, QStringLiteral("sparsepanel"));
}

void TestSparsePanel::showsJaszczurAsCitedText()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    SparsePanel panel(&doc);
    auto *reference = panel.findChild<QLabel *>(QStringLiteral("moeJaszczurReference"));
    QVERIFY(reference);
    const QString text = reference->text();
    for (const char *part : {"Jaszczur et al. 2021", "arXiv:2111.12763", "17B", "3.69 s", "0.183 s", "unbatched", "d^1.5", "d^2",
                             "800M", "2.6×"})
        QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(part + QStringLiteral(" missing from: ") + text));
    for (const char *part : {"attention", "memory bandwidth", "other hardware"})
        QVERIFY2(reference->toolTip().contains(QLatin1String(part)), qPrintable(reference->toolTip()));
    QVERIFY(reference->focusPolicy() & Qt::TabFocus);
    QCOMPARE(panel.tabOrder().size(), 7);
}

QTEST_MAIN(TestSparsePanel)
#include "tst_panel_sparse.moc"
