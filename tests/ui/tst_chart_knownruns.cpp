// The layer of published runs (View ▸ Chart layers ▸ Published runs) on both charts: off at first;
// on, a point per run at its training FLOPs (printed, else 6ND) and, on the loss chart, at the loss the
// CURRENT law predicts for its N and D; labels inside the view, a note counting the runs beyond it;
// the tooltip over a point gives the run's figures and their sources.
#include "data/appcatalogs.h"
#include "data/resourcedata.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/knownrunmarks.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"

#include <QDir>
#include <QToolTip>
#include <QtTest>

#include <cmath>

using namespace frontier;
using namespace frontier::ui;

class TestChartKnownRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onAtFirst();
    void lossChartMarksAtTheLawsPrediction();
    void labelsInsideTheViewNoteForTheRest();
    void tooltipGivesFiguresAndSources();
    void allocationChartMarksSizesAndTokens();
};

namespace {

// With FRONTIER_PANEL_SHOTS set, a PNG of the widget there (to look at).
void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FRONTIER_PANEL_SHOTS");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

double lawLoss(const Law &law, double params, double tokens)
{
    LossQuery query;
    query.params = params;
    query.tokens = tokens;
    return law.loss(query);
}

const KnownRunMarks::Mark *markNamed(const KnownRunMarks &marks, const QString &name)
{
    for (const auto &m : marks.marks())
        if (m.label == name)
            return &m;
    return nullptr;
}

// The runs with a training compute: every one but BLOOM (no FLOPs and no tokens read in a source).
std::size_t runsWithFlops()
{
    std::size_t n = 0;
    for (const auto &run : data::knownRuns().all())
        n += run.trainingFlops() ? 1 : 0;
    return n;
}

} // namespace

// A newcomer sees the runs everyone knows next to their plan: the layer is on at first.
void TestChartKnownRuns::onAtFirst()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults());
    QVERIFY(document.layerVisible(ChartLayer::KnownRuns));
    LossChart chart(&document);
    chart.resize(900, 600);
    QCOMPARE(chart.knownRunMarks().marks().size(), runsWithFlops());
    QVERIFY(chart.legendEntries().contains(QStringLiteral("Published runs")));
    for (const char *name : {"GPT-3 175B", "Chinchilla 70B", "BLOOM 176B"})
        QVERIFY2(markNamed(chart.knownRunMarks(), QString::fromLatin1(name)), name);
}

void TestChartKnownRuns::lossChartMarksAtTheLawsPrediction()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults());
    LossChart chart(&document);
    chart.resize(900, 600);
    document.setLayerVisible(ChartLayer::KnownRuns, true);
    QCOMPARE(chart.knownRunMarks().marks().size(), runsWithFlops());
    QVERIFY(chart.legendEntries().contains(QStringLiteral("Published runs")));
    // GPT-3 at Table D.1's 3.14e23 FLOPs and at L(175e9, 300e9) of the law on show (Hoffmann et al.).
    const auto *gpt3 = markNamed(chart.knownRunMarks(), QStringLiteral("GPT-3 175B"));
    QVERIFY(gpt3);
    QCOMPARE(gpt3->x, 3.14e23);
    QCOMPARE(gpt3->y, lawLoss(document.law(), 175e9, 300e9));
    const double chinchillaHeight = gpt3->y; // the marks are rebuilt when the law changes
    // LLaMA 65B printed no FLOPs: 6ND = 6 x 65e9 x 1.4e12.
    QCOMPARE(markNamed(chart.knownRunMarks(), QStringLiteral("LLaMA 65B"))->x, 6 * 65e9 * 1.4e12);
    // Another law, another height: the marks follow the law, not the run.
    document.setLaw("epoch2024");
    const auto *moved = markNamed(chart.knownRunMarks(), QStringLiteral("GPT-3 175B"));
    QCOMPARE(moved->y, lawLoss(document.law(), 175e9, 300e9));
    QVERIFY2(std::abs(moved->y - chinchillaHeight) > 1e-3, qPrintable(QString::number(moved->y)));
    // Off again: nothing drawn.
    document.setLayerVisible(ChartLayer::KnownRuns, false);
    QVERIFY(chart.knownRunMarks().marks().empty());
    QVERIFY(!chart.legendEntries().contains(QStringLiteral("Published runs")));
}

void TestChartKnownRuns::labelsInsideTheViewNoteForTheRest()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults()); // $20k: about 1e20 FLOPs
    LossChart chart(&document);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const LogRange home = chart.range();
    document.setLayerVisible(ChartLayer::KnownRuns, true);
    // The layer keeps the view as it was: $20k buys about 1e22 FLOPs, and the view (1e18 to 1e25)
    // holds the runs, labelled.
    QCOMPARE(chart.range(), home);
    QVERIFY(!chart.knownRunMarks().visibleLabels().isEmpty()); // as many as fit beside their points
    saveShot(&chart, QStringLiteral("losschart-knownruns-home"));
    // Zoomed in below them: no label, and a note at the edge counting them.
    chart.setRange({19, 21, home.yMin, home.yMax});
    QVERIFY(chart.knownRunMarks().visibleLabels().isEmpty());
    QCOMPARE(chart.knownRunMarks().beyondCount(), int(runsWithFlops()));
    QVERIFY(chart.knownRunMarks().beyondText().contains(QString::number(runsWithFlops())));
    saveShot(&chart, QStringLiteral("losschart-knownruns-beyond"));
    // Zoomed out to them: labelled, none beyond.
    chart.setRange({22.5, 25, std::log10(1.6), std::log10(3.5)});
    const QStringList labels = chart.knownRunMarks().visibleLabels();
    // Most are labelled; where two runs sit together (Gopher and Chinchilla share 5.76e23 FLOPs) a
    // label that finds no free place beside its point is left out, and the tooltip names it.
    QVERIFY2(labels.size() >= 6 && labels.contains(QStringLiteral("PaLM 540B")), qPrintable(labels.join(QStringLiteral(", "))));
    QCOMPARE(chart.knownRunMarks().beyondCount(), 0);
    saveShot(&chart, QStringLiteral("losschart-knownruns"));
}

void TestChartKnownRuns::tooltipGivesFiguresAndSources()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults());
    LossChart chart(&document);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    document.setLayerVisible(ChartLayer::KnownRuns, true);
    chart.setRange({22.5, 25, std::log10(1.6), std::log10(3.5)});
    const auto *gpt3 = markNamed(chart.knownRunMarks(), QStringLiteral("GPT-3 175B"));
    // Over the point: its figures with their papers, and what its height means.
    const QString details = chart.knownRunMarks().detailsNear(chart, gpt3->x, gpt3->y);
    for (const char *part : {"Patterson et al. 2021", "Table D.1", "552", "6ND", "not a measured loss"})
        QVERIFY2(details.contains(QLatin1String(part)), qPrintable(details));
    // The pointer there shows it as the tooltip.
    const QPoint at = chart.pixelOf(gpt3->x, gpt3->y).toPoint();
    QTest::mouseMove(chart.viewport(), at);
    QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("Patterson et al. 2021")), qPrintable(QToolTip::text()));
    // Twenty pixels away, no run.
    QVERIFY(chart.knownRunMarks().detailsNear(chart, gpt3->x * std::pow(10.0, 0.2), gpt3->y).isEmpty());
}

void TestChartKnownRuns::allocationChartMarksSizesAndTokens()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    PlanDocument document(catalogs, PlanInputs::defaults());
    AllocationChart chart(&document);
    chart.resize(900, 400);
    document.setLayerVisible(ChartLayer::KnownRuns, false);
    QVERIFY(chart.knownRunSizes().marks().empty());
    document.setLayerVisible(ChartLayer::KnownRuns, true);
    QCOMPARE(chart.knownRunSizes().marks().size(), runsWithFlops());
    // Chinchilla at 5.76e23 FLOPs: 70e9 parameters and 1.4e12 tokens (Hoffmann et al. 2022, Table 1).
    const auto *size = markNamed(chart.knownRunSizes(), QStringLiteral("Chinchilla 70B"));
    const auto *tokens = markNamed(chart.knownRunTokens(), QStringLiteral("Chinchilla 70B"));
    QVERIFY(size && tokens);
    QCOMPARE(size->x, 5.76e23);
    QCOMPARE(size->y, 70e9);
    QCOMPARE(tokens->y, 1.4e12);
    QVERIFY(size->details.contains(QStringLiteral("Hoffmann et al. 2022")));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setRange({22.5, 25, 9.5, 13});
    QVERIFY(!chart.knownRunSizes().visibleLabels().isEmpty());
    QVERIFY(chart.knownRunTokens().visibleLabels().isEmpty()); // the tokens' points stand alone
    saveShot(&chart, QStringLiteral("allocationchart-knownruns"));
    document.setLayerVisible(ChartLayer::KnownRuns, false);
    QVERIFY(chart.knownRunSizes().marks().empty() && chart.knownRunTokens().marks().empty());
}

QTEST_MAIN(TestChartKnownRuns)
#include "tst_chart_knownruns.moc"
