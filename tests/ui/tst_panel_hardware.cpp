// The hardware panel (ui/panels/hardwarepanel.h): the offer combo holds only the chosen chip's offers,
// an offer sets that offer's catalogue price, the GPU count and MFU commit once each, a bad MFU is
// refused, precisions are the chip's own, AMP only for the 2020 GPUs, and the memory section folds.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "ui/panels/hardwarepanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QWheelEvent>
#include <QSpinBox>
#include <QToolButton>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestHardwarePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void offersAreTheChosenChips_data();
    void offersAreTheChosenChips();
    void offerSetsItsPrice();
    void offerPricesFollowTheBasis();
    void gpuCountAndMfu();
    void badMfuIsRefused();
    void precisionsAndAmp();
    void memorySectionFolds();
    void wheelScrollsPastUnfocusedFields();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestHardwarePanel::offersAreTheChosenChips_data()
{
    QTest::addColumn<QString>("gpu");
    for (const char *gpu : {"h100-sxm", "a100-sxm4-80gb", "l4", "tpu-v5e", "k80"})
        QTest::newRow(gpu) << QString::fromLatin1(gpu);
}

void TestHardwarePanel::offersAreTheChosenChips()
{
    QFETCH(QString, gpu);
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    auto *gpus = panel.findChild<QComboBox *>(QStringLiteral("gpuCombo"));
    auto *offers = panel.findChild<QComboBox *>(QStringLiteral("offerCombo"));
    QVERIFY(gpus && offers);
    choose(gpus, gpus->findData(gpu));
    QCOMPARE(doc.inputs().choices.gpu, gpu.toStdString());
    const auto listed = m_catalogs.catalogs().offers.offersFor(gpu.toStdString());
    QCOMPARE(offers->count(), int(listed.size()) + 2); // + "Cheapest listed" and "Typed price"
    QCOMPARE(offers->itemText(0), QStringLiteral("Cheapest listed"));
    QCOMPARE(offers->itemText(offers->count() - 1), QStringLiteral("Typed price"));
    for (int i = 1; i + 1 < offers->count(); ++i) {
        const CloudOffer &offer = m_catalogs.catalogs().offers.get(offers->itemData(i).toString().toStdString());
        QCOMPARE(offer.acceleratorId, gpu.toStdString());
        QVERIFY2(offers->itemText(i).contains(QString::fromStdString(offer.priceDate)), qPrintable(offers->itemText(i)));
    }
}

void TestHardwarePanel::offerSetsItsPrice()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    auto *offers = panel.findChild<QComboBox *>(QStringLiteral("offerCombo"));
    // The dearest on-demand offer, so the price must move away from the cheapest default.
    int dearest = -1;
    double price = 0;
    for (int i = 1; i + 1 < offers->count(); ++i) {
        const CloudOffer &offer = m_catalogs.catalogs().offers.get(offers->itemData(i).toString().toStdString());
        if (offer.onDemandUsdPerGpuHour && *offer.onDemandUsdPerGpuHour > price) {
            price = *offer.onDemandUsdPerGpuHour;
            dearest = i;
        }
    }
    QVERIFY(dearest > 0);
    choose(offers, dearest);
    QCOMPARE(doc.inputs().choices.offer, offers->itemData(dearest).toString().toStdString());
    QCOMPARE(*doc.setup().cost.usdPerGpuHour, price); // the catalogue's price (cloud_offers.json)
    QCOMPARE(doc.undoStack()->count(), 1);
    // A typed price: the field opens, takes a value, and the offer is dropped.
    choose(offers, offers->count() - 1);
    auto *typed = panel.findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    QVERIFY(typed->isEnabled());
    typeInto(typed, QStringLiteral("$2.50"));
    QCOMPARE(*doc.setup().cost.usdPerGpuHour, 2.5);
    QVERIFY(doc.inputs().choices.offer.empty());
}

void TestHardwarePanel::offerPricesFollowTheBasis()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    auto *gpus = panel.findChild<QComboBox *>(QStringLiteral("gpuCombo"));
    auto *offers = panel.findChild<QComboBox *>(QStringLiteral("offerCombo"));
    auto *pricing = panel.findChild<QComboBox *>(QStringLiteral("pricingCombo"));
    choose(gpus, gpus->findData(QStringLiteral("tpu-v4")));
    const auto text = [&] { return offers->itemText(offers->findData(QStringLiteral("gcp/tpu-v4/us-central2-b"))); };
    // Google Cloud TPU v4 pod, 2025-03-03: $3.22 on demand, $1.45 on a 3-year commitment (cloud_offers.json,
    // from the archived cloud.google.com/tpu/pricing).
    QVERIFY2(text().contains(QStringLiteral("$3.22/GPU-h")), qPrintable(text()));
    choose(pricing, 2);
    QCOMPARE(doc.inputs().choices.pricing, Pricing::ThreeYear);
    QVERIFY2(text().contains(QStringLiteral("$1.45/GPU-h")), qPrintable(text()));
}

void TestHardwarePanel::gpuCountAndMfu()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    saveShot(&panel, QStringLiteral("hardwarepanel"));
    auto *count = panel.findChild<QSpinBox *>(QStringLiteral("gpuCountSpin"));
    auto *mfu = panel.findChild<QLineEdit *>(QStringLiteral("mfuEdit"));
    QVERIFY(count && mfu);
    QCOMPARE(count->value(), 8);
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("64"));
    QCOMPARE(doc.undoStack()->count(), 0); // nothing per keystroke
    QTest::keyClick(count, Qt::Key_Enter);
    QCOMPARE(*doc.inputs().choices.gpus, 64);
    QCOMPARE(doc.undoStack()->count(), 1);
    const double flops = doc.plan().cost.flops;
    typeInto(mfu, QStringLiteral("0.2"));
    QCOMPARE(*doc.inputs().choices.mfu, 0.2);
    QCOMPARE(doc.undoStack()->count(), 2);
    // Same dollars at half the default MFU (0.4, plan_defaults.json): the same GPU-hours buy half the FLOPs.
    FRONTIER_COMPARE_REL(doc.plan().cost.flops, flops / 2, 1e-9);
    typeInto(mfu, QString()); // emptied: back to the default
    QVERIFY(!doc.inputs().choices.mfu);
}

void TestHardwarePanel::badMfuIsRefused()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *mfu = panel.findChild<QLineEdit *>(QStringLiteral("mfuEdit"));
    auto *error = panel.findChild<QLabel *>(QStringLiteral("mfuEditError"));
    for (const char *bad : {"1.5", "-5", "abc"}) {
        typeInto(mfu, QLatin1String(bad));
        QVERIFY2(redFrame(mfu) && error->isVisible(), bad);
        QCOMPARE(mfu->text(), QLatin1String(bad));
    }
    saveShot(&panel, QStringLiteral("hardwarepanel-refused"));
    QVERIFY(!doc.inputs().choices.mfu);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestHardwarePanel::precisionsAndAmp()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    auto *gpus = panel.findChild<QComboBox *>(QStringLiteral("gpuCombo"));
    auto *precision = panel.findChild<QComboBox *>(QStringLiteral("precisionCombo"));
    auto *amp = panel.findChild<QComboBox *>(QStringLiteral("ampCombo"));
    for (const char *id : {"h100-sxm", "v100-sxm2-16gb", "k80"}) {
        choose(gpus, gpus->findData(QLatin1String(id)));
        const Accelerator &gpu = m_catalogs.catalogs().accelerators.get(id);
        QCOMPARE(precision->count(), int(gpu.peakFlopsPerSecond.size()) + 1); // + "Default"
        for (int i = 1; i < precision->count(); ++i)
            QVERIFY(gpu.hasPeak(parsePrecision(precision->itemText(i).toStdString())));
        QCOMPARE(amp->isEnabled(), !gpu.hf2020Id.empty()); // accelerators.json hf2020_id
    }
    choose(gpus, gpus->findData(QStringLiteral("h100-sxm")));
    const int bf16 = precision->findText(QStringLiteral("bf16"));
    QVERIFY(bf16 > 0);
    choose(precision, bf16);
    QCOMPARE(*doc.inputs().choices.precision, Precision::BF16);
}

void TestHardwarePanel::memorySectionFolds()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    HardwarePanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *toggle = panel.findChild<QToolButton *>(QStringLiteral("memoryToggle"));
    auto *zero = panel.findChild<QComboBox *>(QStringLiteral("zeroStageCombo"));
    auto *sequence = panel.findChild<QLineEdit *>(QStringLiteral("sequenceLengthEdit"));
    QVERIFY(toggle && zero && sequence);
    QVERIFY(!zero->isVisible());
    toggle->click();
    QVERIFY(zero->isVisible());
    saveShot(&panel, QStringLiteral("hardwarepanel-memory"));
    choose(zero, 4);
    QCOMPARE(*doc.inputs().choices.zeroStage, 3);
    QCOMPARE(doc.setup().memory->zeroStage, 3);
    typeInto(sequence, QStringLiteral("4k"));
    QCOMPARE(doc.setup().memory->sequenceLength, 4000.0);
    QCOMPARE(doc.undoStack()->count(), 2);
    toggle->click();
    QVERIFY(!zero->isVisible());
}

// One notch of the wheel over Precision, while the user scrolls the inputs, switched Default to
// fp32 and cut the model from 6.8 B to 1.99 B (issue 16): an unfocused combo or spin box lets the
// wheel scroll the panel instead; a focused one still takes it.
void TestHardwarePanel::wheelScrollsPastUnfocusedFields()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QScrollArea area;
    auto *panel = new HardwarePanel(&doc);
    area.setWidget(panel);
    area.setWidgetResizable(true);
    area.resize(400, 160); // shorter than the panel: it scrolls
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(area.verticalScrollBar()->maximum() > 0);
    const auto notch = [](QWidget *field) {
        const QPointF at(field->width() / 2.0, field->height() / 2.0);
        QWheelEvent wheel(at, field->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        // As from the mouse (sendEvent would mark it sent by the program, which QApplication does
        // not offer to the parents): a wheel event the field leaves goes on to them.
        QSpontaneKeyEvent::setSpontaneous(&wheel);
        qApp->notify(field, &wheel);
    };
    auto *precision = panel->findChild<QComboBox *>(QStringLiteral("precisionCombo"));
    auto *gpus = panel->findChild<QSpinBox *>(QStringLiteral("gpuCountSpin"));
    const PlanInputs before = doc.inputs();
    for (QWidget *field : {static_cast<QWidget *>(precision), static_cast<QWidget *>(gpus)}) {
        QVERIFY(!field->hasFocus());
        const int scrolled = area.verticalScrollBar()->value();
        notch(field);
        QVERIFY2(doc.inputs() == before, field->objectName().toLatin1());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY2(area.verticalScrollBar()->value() > scrolled, field->objectName().toLatin1()); // the panel scrolled
        area.verticalScrollBar()->setValue(0);
    }
    // Focused (a click or Tab), the field takes the wheel as before: one notch down, one step.
    area.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&area));
    gpus->setFocus();
    QVERIFY(gpus->hasFocus());
    notch(gpus);
    QCOMPARE(*doc.inputs().choices.gpus, *before.choices.gpus - 1);
}

QTEST_MAIN(TestHardwarePanel)
#include "tst_panel_hardware.moc"
