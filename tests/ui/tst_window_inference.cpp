// The inference-aware dock in the window (issue 18 §2): hidden until View asks for it, reachable by
// keyboard, its two models are the model's (model/inference) for the plan's loss and serving on the
// plan's GPU and offer, the lifetime tokens typed move the answer and the chart's marker, the chart's
// inference-aware curve never rises above the compute-optimal one, and a law without L(N, D) says so.
#include "testsupport.h"

#include "paneltestsupport.h"

#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "model/inference/lifetimecost.h"
#include "ui/charts/inferencechart.h"
#include "ui/compare/inferencedock.h"
#include "ui/panels/inferencepanel.h"
#include "ui/panels/numberfield.h"
#include "ui/panels/servingpanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>

using namespace frontier;
using namespace frontier::ui;

class TestWindowInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { frontier::test::isolateWindowTest(); }
    void init();
    void cleanup();
    void hiddenUntilAskedAndReachable();
    void modelsAreTheModelsAnswer();
    void typedLifetimeMovesTheAnswer();
    void chartCurvesAndMarker();
    void lawWithoutLossOfSizeAndTokensSaysSo();
    void decodePricingIsTheDefaultAsTheServingDock();
    void servingOfferFromTheCombo();
    void objectiveFromTheCombo();
    void followsTheServingDocksBitsAndBatch();
    void readsAtLaptopSizes_data();
    void readsAtLaptopSizes();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
    MainWindow *m_window = nullptr;
    InferenceDock *m_dock = nullptr;
};

void TestWindowInference::init()
{
    m_window = new MainWindow(m_catalogs);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_dock = m_window->findChild<InferenceDock *>(QStringLiteral("inferenceDock"));
    QVERIFY(m_dock);
    QVERIFY(!m_dock->isVisible());
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("inferenceDockAction"));
    QVERIFY(toggle);
    toggle->trigger(); // View > Inference-Aware Size
    QVERIFY(m_dock->isVisible());
}

void TestWindowInference::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestWindowInference::hiddenUntilAskedAndReachable()
{
    test::checkReachable(m_dock->widget());
    QVERIFY(!m_dock->panel()->tokensField()->edit()->accessibleName().isEmpty());
    QVERIFY(!m_dock->chart()->accessibleName().isEmpty());
    for (QWidget *stop : m_dock->panel()->tabOrder())
        QVERIFY2(stop->focusPolicy() & Qt::TabFocus, qPrintable(stop->objectName()));
    QCOMPARE(m_dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
}

void TestWindowInference::modelsAreTheModelsAnswer()
{
    // The start-up plan ($20,000 on H100 SXM at the cheapest offer, Chinchilla) and the paper's
    // Figure 1 demand of 2e12 lifetime tokens (resources/inference/sardana2024.json), with serving
    // priced at Sardana et al.'s MFU, chosen in the dock (the decode model is the default: below).
    QCOMPARE(m_dock->inferenceTokens(), 2e12);
    QComboBox *pricing = m_dock->findChild<QComboBox *>(QStringLiteral("inferenceServingModelCombo"));
    QVERIFY(pricing);
    pricing->setCurrentIndex(1);
    Q_EMIT pricing->activated(1);
    QCOMPARE(m_dock->servingModel(), ServingCostModel::SardanaMfu);
    const PlanDocument &document = *m_window->document();
    const Law &law = document.law();
    PlanChoices serving = document.inputs().choices;
    serving.gpus = 1;
    serving.mfu = servingMfu(data::servingAssumptions());
    const ResolvedSetup servingSetup = resolveSetup(serving, m_catalogs.catalogs(), law);
    const LifetimeRates rates = usdRates(document.setup().cost, servingSetup.cost);
    const InferenceAwareResult expected = inferenceAwareOptimum(law, document.plan().allocation, 2e12, rates);

    const InferenceComparison &shown = m_dock->comparison();
    QVERIFY2(shown.result, qPrintable(shown.problem));
    QVERIFY(shown.dollars);
    FRONTIER_COMPARE_REL(shown.result->optimum.params, expected.optimum.params, 1e-12);
    FRONTIER_COMPARE_REL(shown.result->reference.params, document.plan().allocation.params, 1e-12);
    // At a small plan's size 2e12 tokens of serving dwarf its training: the saving is large.
    QCOMPARE_GT(shown.result->fractionSaved(), 0.0);
    const auto label = [this](const char *name) {
        return m_dock->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QCOMPARE(label("inferenceParamsOptimum"), data::peopleCount(expected.optimum.params, data::numberStyle()));
    QCOMPARE(label("inferenceParamsReference"), data::peopleCount(expected.reference.params, data::numberStyle()));
    QCOMPARE(label("inferenceTotalOptimum"), data::peopleDollars(expected.optimum.totalCost(rates), data::numberStyle()));
    QVERIFY(label("inferenceSaving").contains(data::peopleNumber(100 * expected.fractionSaved())));
    QVERIFY(label("inferenceNote").contains(QStringLiteral("arXiv:2401.00448")));
    // The serving GPU by the name people know it by, not the catalogue's id.
    const std::string &gpu = document.setup().gpuId;
    QVERIFY(label("inferenceNote").contains(QString::fromStdString(document.catalogs().catalogs().accelerators.get(gpu).name)));
    QVERIFY(!label("inferenceNote").contains(QString::fromStdString(gpu) + QLatin1Char(' ')));
}

void TestWindowInference::typedLifetimeMovesTheAnswer()
{
    const double before = m_dock->comparison().result->optimum.params;
    test::typeInto(m_dock->panel()->tokensField()->edit(), QStringLiteral("1e15"));
    QCOMPARE(m_dock->inferenceTokens(), 1e15);
    QVERIFY(m_dock->comparison().result);
    QCOMPARE(m_dock->comparison().result->inferenceTokens, 1e15);
    // More serving: a smaller model, trained longer.
    QCOMPARE_LT(m_dock->comparison().result->optimum.params, before);
    const QList<QPointF> marks = m_dock->chart()->markers();
    QCOMPARE(marks.size(), 2);
    FRONTIER_COMPARE_REL(marks[0].x(), 1e15, 1e-9);
}

void TestWindowInference::chartCurvesAndMarker()
{
    const QList<QPointF> reference = m_dock->chart()->referenceCurve(), optimum = m_dock->chart()->optimumCurve();
    QCOMPARE(reference.size(), 48);
    QCOMPARE(optimum.size(), 48);
    for (int i = 0; i < reference.size(); ++i) {
        FRONTIER_COMPARE_REL(optimum[i].x(), reference[i].x(), 1e-9);
        QVERIFY(optimum[i].y() <= reference[i].y() * (1 + 1e-9));
    }
    // The marker sits on both curves at the user's lifetime tokens.
    const InferenceAwareResult &r = *m_dock->comparison().result;
    const QList<QPointF> marks = m_dock->chart()->markers();
    QCOMPARE(marks.size(), 2);
    FRONTIER_COMPARE_REL(marks[0].y(), r.reference.totalCost(r.rates), 1e-9);
    FRONTIER_COMPARE_REL(marks[1].y(), r.optimum.totalCost(r.rates), 1e-9);
}

void TestWindowInference::lawWithoutLossOfSizeAndTokensSaysSo()
{
    m_window->document()->setLaw("hoffmann2022-approach1");
    QVERIFY(!m_dock->comparison().result);
    QVERIFY(m_dock->comparison().problem.contains(QStringLiteral("L(N, D)")));
    QVERIFY(m_dock->chart()->referenceCurve().isEmpty());
    QCOMPARE(m_dock->findChild<QLabel *>(QStringLiteral("inferenceParamsOptimum"))->text(), QStringLiteral("–"));
}

namespace {

// The dock's answer recomputed here from the model: the reference model served as the serving dock
// serves the plan's (model/serve), its cost of a token per parameter, the objective's rates.
InferenceAwareResult decodePriced(const PlanDocument &document, const ServingRequest &request,
                                  LifetimeObjective objective)
{
    const PlanServing served = serveDocument(document, request);
    ServingPrice price;
    price.model = ServingCostModel::Decode;
    price.decode = servingTokenCosts(served.report, document.plan().allocation.params);
    const std::optional<LifetimeRates> rates = objectiveRates(objective, document.setup().cost, price);
    return inferenceAwareOptimum(document.law(), document.plan().allocation, 2e12, *rates);
}

void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

void TestWindowInference::decodePricingIsTheDefaultAsTheServingDock()
{
    // By default a served token costs what the serving dock says it costs: its decode model for the
    // plan's model on the plan's offer, at serving.json's bits, context and batch.
    QCOMPARE(m_dock->servingModel(), ServingCostModel::Decode);
    QCOMPARE(m_dock->objective(), LifetimeObjective::Usd);
    const PlanDocument &document = *m_window->document();
    const InferenceAwareResult expected = decodePriced(document, defaultServingRequest(), LifetimeObjective::Usd);
    const InferenceComparison &shown = m_dock->comparison();
    QVERIFY2(shown.result, qPrintable(shown.problem));
    QVERIFY(shown.dollars);
    QCOMPARE(shown.unit, LifetimeObjective::Usd);
    FRONTIER_COMPARE_REL(shown.result->optimum.params, expected.optimum.params, 1e-12);
    // The reference's lifetime serving is the serving dock's dollars per million tokens x 2e6 millions.
    ServingPanel *servingPanel = m_window->findChild<ServingPanel *>();
    QVERIFY(servingPanel && servingPanel->serving());
    FRONTIER_COMPARE_REL(shown.result->reference.servingCost(shown.result->rates),
                         *servingPanel->serving()->report.usdPerMillionTokens * 2e12 / 1e6, 1e-9);
    const QString note = m_dock->findChild<QLabel *>(QStringLiteral("inferenceNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("decode model")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("arXiv:2401.00448")), qPrintable(note));
    // The default plan's inference-aware model trains on far more tokens than Chinchilla's runs had
    // (500 billion at most): the dock says its loss there is an extrapolation, in the warning's amber.
    const InferenceAwareResult &r = *m_dock->comparison().result;
    QCOMPARE_GT(r.optimum.tokens, 5e11);
    auto *warning = m_dock->findChild<QLabel *>(QStringLiteral("inferenceWarning"));
    QVERIFY(warning && warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("training tokens")) && warning->text().contains(QStringLiteral("extrapolation")),
             qPrintable(warning->text()));
    QVERIFY(m_dock->panel()->tabOrder().contains(warning));
}

void TestWindowInference::servingOfferFromTheCombo()
{
    // The combo lists the plan's offer first, then every on-demand offer (as the serving dock's does);
    // choosing one on another GPU serves there, at its price and with its chip's bandwidth.
    QComboBox *offers = m_dock->findChild<QComboBox *>(QStringLiteral("inferenceOfferCombo"));
    QVERIFY(offers);
    QCOMPARE_GT(offers->count(), 1);
    QVERIFY(offers->itemData(0).toString().isEmpty());
    QVERIFY(m_dock->servingOffer().empty());
    const PlanDocument &document = *m_window->document();
    int other = -1;
    for (int i = 1; i < offers->count() && other < 0; ++i)
        if (document.catalogs().catalogs().offers.get(offers->itemData(i).toString().toStdString()).acceleratorId
            != document.setup().gpuId)
            other = i;
    QVERIFY(other > 0);
    const std::string offerId = offers->itemData(other).toString().toStdString();
    const double before = m_dock->comparison().result->optimum.params;
    choose(offers, other);
    QCOMPARE(m_dock->servingOffer(), offerId);
    ServingRequest request = defaultServingRequest();
    request.offerId = offerId;
    const InferenceAwareResult expected = decodePriced(document, request, LifetimeObjective::Usd);
    QVERIFY2(m_dock->comparison().result, qPrintable(m_dock->comparison().problem));
    FRONTIER_COMPARE_REL(m_dock->comparison().result->optimum.params, expected.optimum.params, 1e-12);
    QVERIFY(m_dock->comparison().result->optimum.params != before);
    const CloudOffer &offer = document.catalogs().catalogs().offers.get(offerId);
    const QString gpuName = QString::fromStdString(document.catalogs().catalogs().accelerators.get(offer.acceleratorId).name);
    QVERIFY2(m_dock->findChild<QLabel *>(QStringLiteral("inferenceNote"))->text().contains(gpuName), qPrintable(gpuName));
    // "The plan's" serves on the plan's offer again.
    choose(offers, 0);
    QVERIFY(m_dock->servingOffer().empty());
    FRONTIER_COMPARE_REL(m_dock->comparison().result->optimum.params, before, 1e-12);
}

void TestWindowInference::objectiveFromTheCombo()
{
    // Minimising energy is its own minimisation: the answer is the kWh-optimal model, in kWh.
    QComboBox *objective = m_dock->findChild<QComboBox *>(QStringLiteral("inferenceObjectiveCombo"));
    QVERIFY(objective);
    const PlanDocument &document = *m_window->document();
    const std::pair<int, LifetimeObjective> rows[] = {{1, LifetimeObjective::Kwh}, {2, LifetimeObjective::Co2}};
    for (const auto &[index, unit] : rows) {
        choose(objective, index);
        QCOMPARE(m_dock->objective(), unit);
        const InferenceComparison &shown = m_dock->comparison();
        QVERIFY2(shown.result, qPrintable(shown.problem));
        QCOMPARE(shown.unit, unit);
        QVERIFY(!shown.dollars);
        const InferenceAwareResult expected = decodePriced(document, defaultServingRequest(), unit);
        FRONTIER_COMPARE_REL(shown.result->optimum.params, expected.optimum.params, 1e-12);
        const data::NumberStyle style = data::numberStyle();
        const QString total = m_dock->findChild<QLabel *>(QStringLiteral("inferenceTotalOptimum"))->text();
        const double value = expected.optimum.totalCost(expected.rates);
        QCOMPARE(total, unit == LifetimeObjective::Kwh ? data::peopleEnergy(value, style)
                                                       : InferencePanel::tr("%1 CO2").arg(data::peopleMass(value, style)));
        // It beats the dollar-optimal model in its own unit.
        const InferenceAwareResult dollars = decodePriced(document, defaultServingRequest(), LifetimeObjective::Usd);
        QCOMPARE_LE(value, dollars.optimum.totalCost(expected.rates) * (1 + 1e-12));
    }
    choose(objective, 3);
    QCOMPARE(m_dock->comparison().unit, LifetimeObjective::Flops);
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("inferenceTotalOptimum"))->text().contains(QStringLiteral("FLOPs")));
}

void TestWindowInference::followsTheServingDocksBitsAndBatch()
{
    // 4 bits in the serving dock: the inference dock prices the same, cheaper token (a quarter of the
    // weights read per step), so the inference-aware model grows back towards the reference.
    const double before = m_dock->comparison().result->optimum.params;
    QComboBox *bits = m_window->findChild<QComboBox *>(QStringLiteral("servingBitsCombo"));
    QVERIFY(bits);
    bits->setCurrentIndex(2); // 16, 8, 4
    QCOMPARE(m_dock->servingRequest().compression.bitsPerWeight, 4.0);
    ServingPanel *servingPanel = m_window->findChild<ServingPanel *>();
    QCOMPARE(servingPanel->request().compression.bitsPerWeight, 4.0);
    const InferenceAwareResult &r = *m_dock->comparison().result;
    FRONTIER_COMPARE_REL(r.reference.servingCost(r.rates), *servingPanel->serving()->report.usdPerMillionTokens * 2e12 / 1e6,
                         1e-9);
    QCOMPARE_GT(r.optimum.params, before);
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("inferenceNote"))->text().contains(QStringLiteral("4 bits")));

    // Settings a session restores (ServingPanel::setRequest) reach the inference dock too.
    ServingRequest restored = servingPanel->request();
    restored.compression.bitsPerWeight = 8;
    restored.load.batch = 16;
    servingPanel->setRequest(restored, std::nullopt);
    QCOMPARE(m_dock->servingRequest().compression.bitsPerWeight, 8.0);
    QCOMPARE(m_dock->servingRequest().load.batch, 16.0);
}

void TestWindowInference::readsAtLaptopSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1024x640") << QSize(1024, 640);
}

void TestWindowInference::readsAtLaptopSizes()
{
    // Docked at the bottom, the dock's readouts are drawn whole: no value is cut to an ellipsis or
    // narrower than its text. A shot for the eye with FRONTIER_PANEL_SHOTS set to a folder.
    QFETCH(QSize, size);
    m_window->resize(size);
    QTRY_VERIFY2(m_window->size() == size, qPrintable(QStringLiteral("%1x%2, minimum %3x%4").arg(m_window->width()).arg(m_window->height()).arg(m_window->minimumSizeHint().width()).arg(m_window->minimumSizeHint().height())));
    QCoreApplication::processEvents(); // the layout and the chart's deferred tick fitting
    for (QLabel *value : m_dock->findChildren<QLabel *>()) {
        if (!value->objectName().startsWith(QLatin1String("inference")) || value->wordWrap())
            continue;
        QVERIFY2(value->width() >= value->fontMetrics().horizontalAdvance(value->text()),
                 qPrintable(value->objectName() + QStringLiteral(": ") + value->text()));
    }
    // ... and the readouts column is not cut at its right edge: the panel fits its scroll area's width.
    const auto *scroll = m_dock->findChild<QScrollArea *>(QStringLiteral("inferenceScroll"));
    QVERIFY(scroll);
    QVERIFY2(m_dock->panel()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("panel %1 px in a %2 px view").arg(m_dock->panel()->width()).arg(scroll->viewport()->width())));
    if (const QString folder = qEnvironmentVariable("FRONTIER_PANEL_SHOTS"); !folder.isEmpty())
        QVERIFY(m_window->grab().save(
            QDir(folder).filePath(QStringLiteral("inference-%1x%2.png").arg(size.width()).arg(size.height()))));
}

QTEST_MAIN(TestWindowInference)
#include "tst_window_inference.moc"
