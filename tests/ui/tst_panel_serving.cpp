// The serving panel and dock (ui/panels/servingpanel.h, servingdock.h) on the start-up plan: the
// weights follow the bits (N x bits / 8 bytes, the plan's N), a bad value is refused in place, the
// offer can be changed, the tooltips carry the sources, the readouts panel's serving line agrees with
// the dock at its defaults, and the dock is toggled from the View menu.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "data/peopleformat.h"
#include "ui/document/plandocument.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/readoutspanel.h"
#include "ui/panels/servingdock.h"
#include "ui/panels/servingpanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestServingPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void weightsFollowTheBits();
    void sparsePlanServesEveryExpert();
    void badValueIsRefusedInPlace();
    void anotherOfferPricesTheTokens();
    void tooltipsNameTheSources();
    void readoutLineAgreesWithTheDock();
    void dockIsToggledFromTheViewMenu();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestServingPanel::weightsFollowTheBits()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ServingPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    QVERIFY(panel.serving());
    const double n = doc.plan().allocation.params;
    QCOMPARE(panel.serving()->report.weightBytes, n * 2); // 16 bits
    auto *weights = panel.findChild<QLabel *>(QStringLiteral("servingWeightsReadout"));
    QVERIFY(weights->text().startsWith(data::peopleNumber(n * 2 / 1e9) + QStringLiteral(" GB at 16 bits")));
    choose(panel.findChild<QComboBox *>(QStringLiteral("servingBitsCombo")), 2); // 4 bits
    QCOMPARE(panel.serving()->report.weightBytes, n / 2);
    QVERIFY2(weights->text().startsWith(data::peopleNumber(n / 2 / 1e9) + QStringLiteral(" GB at 4 bits")), qPrintable(weights->text()));
    // A custom 3 bits, typed.
    choose(panel.findChild<QComboBox *>(QStringLiteral("servingBitsCombo")), 3);
    typeInto(panel.findChild<QLineEdit *>(QStringLiteral("servingCustomBitsEdit")), QStringLiteral("3"));
    QCOMPARE(panel.serving()->report.weightBytes, n * 3 / 8);
    // Half the weights pruned halves them again.
    typeInto(panel.findChild<QLineEdit *>(QStringLiteral("servingPrunedEdit")), QStringLiteral("0.5"));
    QCOMPARE(panel.serving()->report.weightBytes, n * 3 / 16);
}

void TestServingPanel::sparsePlanServesEveryExpert()
{
    // A mixture of 8 experts, 2 a token: memory holds the counted total, each token reads the active
    // parameters (Plan::sparse), and the KV cache follows the counted shape's attention.
    PlanInputs inputs = PlanInputs::defaults();
    MixtureOfExperts moe;
    moe.experts = 8;
    moe.topK = 2;
    inputs.moe = moe;
    PlanDocument doc(m_catalogs, inputs);
    QVERIFY(doc.plan().sparse);
    const SparseModel &sparse = *doc.plan().sparse;
    const PlanServing served = serveDocument(doc, defaultServingRequest());
    QCOMPARE(served.model.model.totalParams, double(sparse.totalParams));
    QCOMPARE(served.model.model.activeParams, double(sparse.activeParams));
    QVERIFY(served.model.shapeTyped);
    QCOMPARE(served.model.model.layers, sparse.shape.layers);
    QCOMPARE(served.model.model.kvHeads, sparse.shape.kvHeads);
    QCOMPARE(served.report.weightBytes, 2.0 * double(sparse.totalParams)); // 16 bits
}

void TestServingPanel::badValueIsRefusedInPlace()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ServingPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *context = panel.findChild<QLineEdit *>(QStringLiteral("servingContextEdit"));
    typeInto(context, QStringLiteral("0"));
    QVERIFY(redFrame(context));
    QCOMPARE(panel.request().load.contextTokens, 4096.0); // serving.json's default, kept
    typeInto(context, QStringLiteral("1k"));
    QCOMPARE(panel.request().load.contextTokens, 1000.0);
    QVERIFY(!redFrame(context));
}

void TestServingPanel::anotherOfferPricesTheTokens()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ServingPanel panel(&doc);
    auto *offers = panel.findChild<QComboBox *>(QStringLiteral("servingOfferCombo"));
    QVERIFY(offers->count() > 10);
    QVERIFY(offers->itemData(0).toString().isEmpty()); // the plan's own first
    // An A100 offer: served on its GPU at its price.
    int a100 = -1;
    for (int i = 1; i < offers->count() && a100 < 0; ++i)
        if (offers->itemData(i).toString().contains(QStringLiteral("/a100-sxm4-80gb/")))
            a100 = i;
    QVERIFY(a100 > 0);
    choose(offers, a100);
    QVERIFY(panel.serving());
    QCOMPARE(QString::fromStdString(panel.serving()->place.gpu->id), QStringLiteral("a100-sxm4-80gb"));
    const CloudOffer &offer = m_catalogs.catalogs().offers.get(offers->itemData(a100).toString().toStdString());
    const ServingReport &r = panel.serving()->report;
    QVERIFY(std::abs(*r.usdPerMillionTokens - r.gpuHoursPerMillionTokens * *offer.onDemandUsdPerGpuHour) < 1e-9 * *r.usdPerMillionTokens);
}

void TestServingPanel::tooltipsNameTheSources()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ServingPanel panel(&doc);
    const QString speed = panel.findChild<QLabel *>(QStringLiteral("servingSpeedReadout"))->toolTip();
    QVERIFY2(speed.contains(QStringLiteral("memory_bandwidth_bytes_per_s")) && speed.contains(QStringLiteral("Epoch AI")), qPrintable(speed));
    QVERIFY(speed.contains(QStringLiteral("serving_mfu")) && speed.contains(QStringLiteral("arXiv:2204.02311")));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("servingGpusReadout"))->toolTip().contains(QStringLiteral("vLLM")));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("servingCompressionFinding"))->text().contains(QStringLiteral("arXiv:2002.11794")));
}

void TestServingPanel::readoutLineAgreesWithTheDock()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ServingPanel panel(&doc);
    ReadoutsPanel readouts(&doc);
    const QString line = readouts.findChild<QLabel *>(QStringLiteral("servingReadout"))->text();
    const QString dollars = data::peopleDollars(*panel.serving()->report.usdPerMillionTokens, data::NumberStyle::English);
    QVERIFY2(line.startsWith(dollars + QStringLiteral(" per million tokens (")), qPrintable(line + QStringLiteral(" / ") + dollars));
    QVERIFY(readouts.summary().contains(QStringLiteral("Serving:")));
}

void TestServingPanel::dockIsToggledFromTheViewMenu()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QMainWindow window;
    QMenu view;
    ServingDock *dock = ServingDock::addTo(&window, &doc, &view);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!dock->isVisible());
    QAction *toggle = window.findChild<QAction *>(QStringLiteral("servingDockAction"));
    QVERIFY(toggle && view.actions().contains(toggle));
    toggle->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
}

QTEST_MAIN(TestServingPanel)
#include "tst_panel_serving.moc"
