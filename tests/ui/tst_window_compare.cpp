// The compare dock in the window (issue 9 §1): its rows are compareOffers' rows, the filters cut
// them as counted from the model directly, sorting is by number, taking an offer is one undo step,
// a budget change updates the rows in place (no reset: sort and selection survive), and the budget
// mode shows what each offer buys and sorts by loss. A change reaches the dock at its next
// coalesced refresh (one per frame, issue 14 §5): the tests wait for it (refreshPending()). Narrow charts read: at the scatter's 260 px
// minimum and in a 1024 x 640 window, every tick label and legend entry is drawn whole.
#include "chartmouse.h"
#include "testsupport.h"

#include "chartlabels.h"
#include "paneltestsupport.h"

#include "model/plan/pareto.h"
#include "model/plan/planinputs.h"
#include "ui/charts/allocationchart.h"
#include "ui/charts/comparebarchart.h"
#include "ui/charts/losschart.h"
#include "ui/charts/paretochart.h"
#include "ui/compare/comparecharts.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/comparefilter.h"
#include "ui/compare/comparemodel.h"
#include "ui/window/mainwindow.h"
#include "ui/panels/numberfield.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStatusBar>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <set>

using namespace frontier;
using namespace frontier::ui;

namespace {

// The model's comparison for the document's inputs, computed without the window.
Comparison modelComparison(const PlanDocument &document)
{
    const PlanInputs &inputs = document.inputs();
    const Law law = document.catalogs().law(inputs.lawId).withOverrides(inputs.overrides);
    return compareOffers(law, planRequest(inputs), inputs.choices, document.catalogs().catalogs());
}

QString provider(const PlanDocument &document, const ComparisonRow &row)
{
    return row.setup.offerId.empty() ? QString()
                                     : QString::fromStdString(document.catalogs().catalogs().offers.get(row.setup.offerId).provider);
}

// The window at its own size, for checking by eye (set FRONTIER_PANEL_SHOTS to a folder).
void saveWindowShot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("FRONTIER_PANEL_SHOTS");
    if (!folder.isEmpty())
        QVERIFY(window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestWindowCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        frontier::test::isolateWindowTest();
    }
    void init();
    void cleanup();
    void hiddenUntilAskedAndReachable();
    void rowsAreTheModelsRows();
    void filtersCutAsCounted();
    void sortingByCostIsNumeric();
    void takingAnOfferIsOneUndoStep();
    void budgetChangeUpdatesInPlace();
    void burstOfMovesRefreshesOnce();
    void rightAfterADragEnds();
    void budgetModeSortsByLoss();
    void chartsShowTheVisibleRows();
    void barsStartAtZero();
    void fitsRankFirstAndStayInSight();
    void barsRankFittingOffersFirst();
    void usingAnOfferThatDoesNotFitWarns();
    void paretoTickLabelsReadInFullAtItsNarrowest_data();
    void paretoTickLabelsReadInFullAtItsNarrowest();
    void mainChartTickLabelsReadInFullAt1024();
    void legendsReadInFullAt1024();
    void dockedItLeavesTheChartsRoom();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
    MainWindow *m_window = nullptr;
    CompareDock *m_dock = nullptr;
};

void TestWindowCompare::init()
{
    m_window = new MainWindow(m_catalogs);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_dock = m_window->compareDock();
    QVERIFY(m_dock);
    QVERIFY(!m_dock->isVisible());
    m_dock->toggleViewAction()->trigger(); // View > Compare offers
    QVERIFY(m_dock->isVisible());
}

void TestWindowCompare::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestWindowCompare::hiddenUntilAskedAndReachable()
{
    QCOMPARE(m_dock->toggleViewAction()->objectName(), QStringLiteral("compareDockAction"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("compareDockAction")));
    test::checkReachable(m_dock->widget());
    // Hidden, it does no work: a change waits for the next show.
    m_dock->toggleViewAction()->trigger();
    QVERIFY(!m_dock->isVisible());
    QSignalSpy changes(m_dock->model(), &QAbstractItemModel::dataChanged);
    m_window->document()->setBudget(30000, BudgetUnit::Usd);
    QCOMPARE(changes.count(), 0);
    m_dock->toggleViewAction()->trigger();
    QCOMPARE(changes.count(), 1);
    FRONTIER_COMPARE_REL(m_dock->model()->comparison().rows.front().plan.cost.costUsd.value(), 30000.0, 1e-9);
}

void TestWindowCompare::rowsAreTheModelsRows()
{
    const Comparison expected = modelComparison(*m_window->document());
    QVERIFY(expected.rows.size() > 150);
    QCOMPARE(m_dock->model()->rowCount(), int(expected.rows.size()));
    QCOMPARE(m_dock->filter()->rowCount(), int(expected.rows.size())); // no filter yet
    std::set<std::string> ids, shown;
    for (const auto &row : expected.rows)
        ids.insert(row.setup.gpuId + "|" + row.setup.offerId);
    for (int r = 0; r < m_dock->model()->rowCount(); ++r) {
        const QModelIndex i = m_dock->model()->index(r, 0);
        shown.insert(i.data(CompareModel::GpuIdRole).toString().toStdString() + "|"
                     + i.data(CompareModel::OfferIdRole).toString().toStdString());
    }
    QCOMPARE(shown, ids);
    // The ★ rows are the model's Pareto rows.
    const std::vector<bool> front = paretoRows(expected, planRequest(m_window->document()->inputs()));
    int stars = 0;
    for (int r = 0; r < m_dock->model()->rowCount(); ++r)
        stars += m_dock->model()->index(r, CompareModel::Pareto).data().toString() == QStringLiteral("★");
    QCOMPARE(stars, int(std::count(front.begin(), front.end(), true)));
    QVERIFY(stars > 0);
}

void TestWindowCompare::filtersCutAsCounted()
{
    PlanDocument &document = *m_window->document();
    const Comparison expected = modelComparison(document);
    auto *providers = m_dock->findChild<QComboBox *>(QStringLiteral("compareProviderCombo"));
    auto *gpus = m_dock->findChild<QComboBox *>(QStringLiteral("compareGpuCombo"));
    auto *fits = m_dock->findChild<QCheckBox *>(QStringLiteral("compareFitsOnlyCheck"));
    auto *price = m_dock->findChild<QLineEdit *>(QStringLiteral("compareMaxPriceEdit"));
    QVERIFY(providers && gpus && fits && price);

    const QString aws = QStringLiteral("Amazon Web Services");
    const int awsIndex = providers->findData(aws);
    QVERIFY(awsIndex > 0);
    test::choose(providers, awsIndex);
    const auto awsRows = std::count_if(expected.rows.begin(), expected.rows.end(),
                                       [&](const auto &r) { return provider(document, r) == aws; });
    QVERIFY(awsRows > 3);
    QCOMPARE(m_dock->filter()->rowCount(), int(awsRows));

    test::choose(gpus, gpus->findData(QStringLiteral("h100-sxm")));
    const auto awsH100 = std::count_if(expected.rows.begin(), expected.rows.end(), [&](const auto &r) {
        return provider(document, r) == aws && r.setup.gpuId == "h100-sxm";
    });
    QVERIFY(awsH100 >= 1 && awsH100 < awsRows);
    QCOMPARE(m_dock->filter()->rowCount(), int(awsH100));
    test::choose(providers, 0);
    test::choose(gpus, 0);
    QCOMPARE(m_dock->filter()->rowCount(), int(expected.rows.size()));

    // $1/GPU-h at most: only priced rows at or below it.
    test::typeInto(price, QStringLiteral("1"));
    const auto cheap = std::count_if(expected.rows.begin(), expected.rows.end(), [](const auto &r) {
        return r.setup.cost.usdPerGpuHour && *r.setup.cost.usdPerGpuHour <= 1.0;
    });
    QVERIFY(cheap > 5 && cheap < long(expected.rows.size()) - 5);
    QCOMPARE(m_dock->filter()->rowCount(), int(cheap));
    test::typeInto(price, QString());
    QCOMPARE(m_dock->filter()->rowCount(), int(expected.rows.size()));

    fits->setChecked(true);
    const auto fitting = std::count_if(expected.rows.begin(), expected.rows.end(),
                                       [](const auto &r) { return r.plan.memory && r.plan.memory->fits; });
    QVERIFY(fitting > 5 && fitting < long(expected.rows.size()));
    QCOMPARE(m_dock->filter()->rowCount(), int(fitting));
    fits->setChecked(false);
}

void TestWindowCompare::sortingByCostIsNumeric()
{
    // A fixed job, so the costs differ (a dollar budget costs the same everywhere).
    m_window->document()->setFixedJob(7e9, 140e9);
    QTRY_VERIFY(!m_dock->refreshPending());
    m_dock->table()->sortByColumn(CompareModel::Cost, Qt::AscendingOrder);
    const Comparison expected = modelComparison(*m_window->document());
    std::map<std::string, std::optional<double>> cost;
    for (const auto &row : expected.rows)
        cost[row.setup.gpuId + "|" + row.setup.offerId] = row.plan.cost.costUsd;
    // Within each fit rank (the offers the model fits on rank first: fitsRankFirstAndStayInSight).
    std::vector<double> order, fitting;
    bool missingSeen = false, digitsDiffer = false;
    QString previous;
    int rank = 0;
    for (int r = 0; r < m_dock->filter()->rowCount(); ++r) {
        const QModelIndex i = m_dock->filter()->index(r, 0);
        const QVariant fits = i.data(CompareModel::FitsRole);
        const int rowRank = !fits.isValid() ? 1 : fits.toBool() ? 0 : 2;
        QVERIFY(rowRank >= rank);
        if (rowRank != rank) {
            QVERIFY(std::is_sorted(order.begin(), order.end()));
            if (rank == 0)
                fitting = order;
            order.clear();
            missingSeen = false;
            rank = rowRank;
        }
        const auto value = cost.at(i.data(CompareModel::GpuIdRole).toString().toStdString() + "|"
                                   + i.data(CompareModel::OfferIdRole).toString().toStdString());
        if (!value) {
            missingSeen = true; // unpriced rows come last
            continue;
        }
        QVERIFY2(!missingSeen, "a priced row after an unpriced one");
        order.push_back(*value);
        const QString text = m_dock->filter()->index(r, CompareModel::Cost).data().toString();
        digitsDiffer = digitsDiffer || (!previous.isEmpty() && text.size() != previous.size());
        previous = text;
    }
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    if (rank == 0)
        fitting = order;
    order = fitting;
    QVERIFY2(order.size() > 40, qPrintable(QString::number(order.size())));
    QVERIFY(order.front() < order.back());
    QVERIFY(digitsDiffer); // texts of several lengths: sorting them as text would have misordered them
    // Descending: largest first, fitting offers still first, unpriced still last among them.
    m_dock->table()->sortByColumn(CompareModel::Cost, Qt::DescendingOrder);
    const QVariant first = m_dock->filter()->index(0, CompareModel::Cost).data(CompareModel::SortRole);
    QCOMPARE(first.toDouble(), order.back());
}

void TestWindowCompare::takingAnOfferIsOneUndoStep()
{
    PlanDocument &document = *m_window->document();
    const std::string before = document.setup().offerId;
    QUndoStack *undo = document.undoStack();
    const int steps = undo->count();
    // A row of another offer: clicking selects it and changes nothing.
    int row = 0;
    while (m_dock->filter()->index(row, 0).data(CompareModel::OfferIdRole).toString().toStdString() == before
           || m_dock->filter()->index(row, 0).data(CompareModel::OfferIdRole).toString().isEmpty())
        ++row;
    const QModelIndex index = m_dock->filter()->index(row, CompareModel::Provider);
    const std::string offer = index.data(CompareModel::OfferIdRole).toString().toStdString();
    const std::string gpu = index.data(CompareModel::GpuIdRole).toString().toStdString();
    QTableView *table = m_dock->table();
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(undo->count(), steps);
    QCOMPARE(document.setup().offerId, before);
    QTest::keyClick(table, Qt::Key_Down); // walking the table does not rewrite the plan either
    QCOMPARE(undo->count(), steps);
    QTest::keyClick(table, Qt::Key_Up);
    // The button takes the selected row.
    auto *use = m_dock->findChild<QPushButton *>(QStringLiteral("compareUseButton"));
    QVERIFY(use && use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_VERIFY(!m_dock->refreshPending());
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(document.inputs().choices.offer, offer);
    QCOMPARE(document.setup().offerId, offer);
    QCOMPARE(document.setup().gpuId, gpu);
    // Named as people read it (provider, instance, place), never by its id.
    const Catalogs catalogs = document.catalogs().catalogs();
    const CloudOffer &taken = catalogs.offers.get(offer);
    QVERIFY2(undo->undoText().startsWith(QStringLiteral("Use offer ") + QString::fromStdString(catalogs.accelerators.get(gpu).name)
                                         + QStringLiteral(" at ") + QString::fromStdString(taken.provider)),
             qPrintable(undo->undoText()));
    QVERIFY2(!undo->undoText().contains(QString::fromStdString(offer)), qPrintable(undo->undoText()));
    // The plan is now exactly that row's plan.
    const auto &rows = m_dock->model()->comparison().rows;
    const auto same = std::find_if(rows.begin(), rows.end(), [&](const auto &r) { return r.setup.offerId == offer; });
    QVERIFY(same != rows.end());
    FRONTIER_COMPARE_REL(document.plan().allocation.loss.value(), same->plan.allocation.loss.value(), 1e-12);
    QCOMPARE(m_dock->model()->currentRow(), int(same - rows.begin()));
    undo->undo();
    QCOMPARE(document.setup().offerId, before);
    QCOMPARE(undo->count(), steps + 1); // undone, not removed: redo brings it back
    undo->redo();
    QCOMPARE(document.setup().offerId, offer);
    undo->undo();
    QTRY_VERIFY(!m_dock->refreshPending());

    // Double-click does the same.
    const QModelIndex again = m_dock->filter()->index(row, CompareModel::Provider);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(again).center());
    QCOMPARE(document.setup().offerId, offer);
    undo->undo();
    QCOMPARE(document.setup().offerId, before);
}

void TestWindowCompare::budgetChangeUpdatesInPlace()
{
    PlanDocument &document = *m_window->document();
    QTableView *table = m_dock->table();
    table->selectRow(5);
    const QString selected = m_dock->filter()->index(5, 0).data(CompareModel::OfferIdRole).toString();
    QSignalSpy resets(m_dock->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_dock->model(), &QAbstractItemModel::dataChanged);
    // A drag's preview, then its commit: the rows follow each move.
    PlanInputs next = document.inputs();
    next.budgetAmount = 50000;
    document.preview(next);
    QTRY_COMPARE(changes.count(), 1);
    for (const auto &row : m_dock->model()->comparison().rows)
        FRONTIER_COMPARE_REL(row.plan.cost.costUsd.value(), 50000.0, 1e-9);
    next.budgetAmount = 80000;
    document.preview(next);
    document.commitPreview(QStringLiteral("drag"));
    QTRY_VERIFY(!m_dock->refreshPending());
    QVERIFY(changes.count() >= 2);
    QCOMPARE(resets.count(), 0); // same offers: data changed, rows kept
    const Comparison expected = modelComparison(document);
    QCOMPARE(m_dock->model()->rowCount(), int(expected.rows.size()));
    FRONTIER_COMPARE_REL(m_dock->model()->comparison().rows.front().plan.allocation.loss.value(),
                         expected.rows.front().plan.allocation.loss.value(), 1e-12);
    // The selection follows its row, wherever the new sort put it.
    const QModelIndexList still = table->selectionModel()->selectedRows();
    QCOMPARE(still.size(), 1);
    QCOMPARE(still.first().data(CompareModel::OfferIdRole).toString(), selected);
}

// A drag sends many moves between two frames: the dock recomputes once for all of them, after the
// moves, with the last budget (issue 14 §5: the readouts follow each move, the dock each frame).
void TestWindowCompare::burstOfMovesRefreshesOnce()
{
    PlanDocument &document = *m_window->document();
    QTRY_VERIFY(!m_dock->refreshPending());
    QSignalSpy refreshes(m_dock->model(), &QAbstractItemModel::dataChanged);
    PlanInputs next = document.inputs();
    for (int move = 1; move <= 20; ++move) {
        next.budgetAmount = 20000 + 1000 * move;
        document.preview(next);
    }
    QCOMPARE(refreshes.count(), 0); // none on the moves' path
    QVERIFY(m_dock->refreshPending());
    QTRY_VERIFY(!m_dock->refreshPending());
    QCOMPARE(refreshes.count(), 1); // one for the burst
    for (const auto &row : m_dock->model()->comparison().rows)
        FRONTIER_COMPARE_REL(row.plan.cost.costUsd.value(), 40000.0, 1e-9);
    document.cancelPreview();
    QTRY_VERIFY(!m_dock->refreshPending());
    QCOMPARE(refreshes.count(), 2);
}

// A drag with the mouse on the loss chart: once it is released and the event loop ran, the rows
// are a fresh comparison for the budget it was dropped on.
void TestWindowCompare::rightAfterADragEnds()
{
    PlanDocument &document = *m_window->document();
    QWidget *viewport = m_window->lossChart()->viewport();
    const QPoint from = m_window->lossChart()->budgetHandlePixel().toPoint();
    const QPoint to = from + QPoint(80, 0);
    test::dragMouse(viewport, from, to, 10);
    QVERIFY(document.inputs().budgetAmount > 20000);
    QTRY_VERIFY(!m_dock->refreshPending());
    const Comparison expected = modelComparison(document);
    const auto &rows = m_dock->model()->comparison().rows;
    QCOMPARE(rows.size(), expected.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].setup.offerId, expected.rows[i].setup.offerId);
        FRONTIER_COMPARE_REL(rows[i].plan.cost.costUsd.value(), document.inputs().budgetAmount, 1e-9);
        FRONTIER_COMPARE_REL(rows[i].plan.allocation.params, expected.rows[i].plan.allocation.params, 1e-12);
    }
}

void TestWindowCompare::budgetModeSortsByLoss()
{
    QTableView *table = m_dock->table();
    // The start-up plan is a $20,000 budget: what each offer buys is shown, lowest loss first.
    QVERIFY(!table->isColumnHidden(CompareModel::Loss));
    QVERIFY(!table->isColumnHidden(CompareModel::Params));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CompareModel::Loss));
    double previous = 0;
    for (int r = 0; r < m_dock->filter()->rowCount(); ++r) {
        const QModelIndex index = m_dock->filter()->index(r, CompareModel::Loss);
        if (index.data(CompareModel::FitsRole) != QVariant(true))
            break; // the rows the model does not fit on come after (fitsRankFirst)
        const double loss = index.data(CompareModel::SortRole).toDouble();
        QVERIFY(loss >= previous);
        previous = loss;
    }
    QVERIFY(previous > 0);
    // The best row is the offer that alone, planned on its own, gives the lowest loss.
    const QModelIndex best = m_dock->filter()->index(0, 0);
    PlanInputs alone = m_window->document()->inputs();
    alone.choices.gpu = best.data(CompareModel::GpuIdRole).toString().toStdString();
    alone.choices.offer = best.data(CompareModel::OfferIdRole).toString().toStdString();
    const Law &law = m_catalogs.law(alone.lawId);
    const Plan plan = makePlan(law, planRequest(alone), resolveSetup(alone.choices, m_catalogs.catalogs(), law),
                               m_catalogs.catalogs());
    FRONTIER_COMPARE_REL(m_dock->filter()->index(0, CompareModel::Loss).data(CompareModel::SortRole).toDouble(),
                         plan.allocation.loss.value(), 1e-12);
    saveWindowShot(m_window, QStringLiteral("compare-budget"));
    saveWindowShot(m_dock, QStringLiteral("compare-budget-bars"));
    m_dock->chartTabs()->setCurrentIndex(1);
    saveWindowShot(m_dock, QStringLiteral("compare-budget-scatter"));
    m_dock->chartTabs()->setCurrentIndex(0);
    // A fixed job trains the same model everywhere: those columns go, and cost sorts.
    m_window->document()->setFixedJob(7e9, 140e9);
    QTRY_VERIFY(!m_dock->refreshPending());
    QVERIFY(table->isColumnHidden(CompareModel::Loss));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CompareModel::Cost));
    saveWindowShot(m_dock, QStringLiteral("compare-job-bars"));
    m_dock->chartTabs()->setCurrentIndex(1);
    saveWindowShot(m_dock, QStringLiteral("compare-job-scatter"));
}

void TestWindowCompare::chartsShowTheVisibleRows()
{
    m_window->document()->setFixedJob(7e9, 140e9);
    QTRY_VERIFY(!m_dock->refreshPending());
    auto *fits = m_dock->findChild<QCheckBox *>(QStringLiteral("compareFitsOnlyCheck"));
    fits->setChecked(true);
    const int visible = m_dock->filter()->rowCount();
    QVERIFY(visible > 20);
    int priced = 0; // on a job the scatter is cost against time: a GPU nobody offers has no cost
    for (int r = 0; r < visible; ++r)
        priced += m_dock->filter()->index(r, 0).data(CompareModel::PriceRole).isValid();
    QVERIFY(priced > 20 && priced < visible);
    m_dock->chartTabs()->setCurrentIndex(1); // the scatter is drawn when on show
    QCOMPARE(m_dock->paretoChart()->pointCount(), priced);
    // The bars: the cheapest shown rows (5 to 20, as the height allows), and the plan's own offer.
    m_dock->chartTabs()->setCurrentIndex(0);
    QVERIFY(m_dock->barChart()->barCount() >= 5 && m_dock->barChart()->barCount() <= 21);
    m_dock->chartTabs()->setCurrentIndex(1);
    // The scatter's front: exactly the ★ rows among the shown ones, at their cost and time.
    int stars = 0;
    for (int r = 0; r < visible; ++r)
        stars += m_dock->filter()->index(r, 0).data(CompareModel::ParetoRole).toBool();
    QCOMPARE(int(m_dock->paretoChart()->frontCorners().size()), stars);
    fits->setChecked(false);
    QVERIFY(m_dock->paretoChart()->pointCount() > priced); // the unfitting rows are back
}

// A bar's length is its value: the value axis starts at zero for every metric, the loss too (it
// started just below the smallest loss, 1.95, and a loss 3 % lower drew half as long).
void TestWindowCompare::barsStartAtZero()
{
    QTRY_VERIFY(!m_dock->refreshPending());
    CompareBarChart *bars = m_dock->barChart();
    QVERIFY(bars->barCount() >= 5);
    // The start-up plan is a budget: the bars are the loss each offer buys, near 2 nats.
    const double smallestLoss =
        m_dock->filter()->index(0, CompareModel::Loss).data(CompareModel::SortRole).toDouble();
    QVERIFY(smallestLoss > 1.5 && smallestLoss < 3);
    QCOMPARE(bars->valueRange().first, 0.0);
    QVERIFY(bars->valueRange().second > smallestLoss);
    // A fixed job: the cost.
    m_window->document()->setFixedJob(7e9, 140e9);
    QTRY_VERIFY(!m_dock->refreshPending());
    QCOMPARE(bars->valueRange().first, 0.0);
    QVERIFY(bars->valueRange().second > 1000);
}

namespace {

// As the table ranks a row: 0 the model fits, 1 memory unknown, 2 it does not fit.
int fitRank(const QModelIndex &index)
{
    const QVariant fits = index.data(CompareModel::FitsRole);
    return !fits.isValid() ? 1 : fits.toBool() ? 0 : 2;
}

// The case: $20,000 on one GPU, where most small offers cannot hold the model they buy.
void planOnOneGpu(PlanDocument &document)
{
    PlanChoices choices = document.inputs().choices;
    choices.gpus = 1;
    document.setChoices(choices);
    document.setBudget(20000, BudgetUnit::Usd);
}

} // namespace

// Issue 16 §3: sorted by loss, the first 13 rows were offers the model does not fit on, and the Fits
// column was off-screen. The offers that fit rank first in either direction, and Fits is in sight.
void TestWindowCompare::fitsRankFirstAndStayInSight()
{
    planOnOneGpu(*m_window->document());
    QTRY_VERIFY(!m_dock->refreshPending());
    QTableView *table = m_dock->table();
    CompareFilter *filter = m_dock->filter();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        table->sortByColumn(CompareModel::Loss, order);
        int ranks[3] = {0, 0, 0};
        for (int r = 0; r < filter->rowCount(); ++r) {
            const QModelIndex index = filter->index(r, CompareModel::Loss);
            ++ranks[fitRank(index)];
            if (r == 0)
                continue;
            const QModelIndex above = filter->index(r - 1, CompareModel::Loss);
            QVERIFY2(fitRank(above) <= fitRank(index), qPrintable(QString::number(r)));
            if (fitRank(above) == fitRank(index)) {
                const double a = above.data(CompareModel::SortRole).toDouble(), b = index.data(CompareModel::SortRole).toDouble();
                QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
            }
        }
        QVERIFY2(ranks[0] > 10 && ranks[2] > 10, qPrintable(QStringLiteral("%1 fit, %2 do not").arg(ranks[0]).arg(ranks[2])));
        QCOMPARE(filter->index(0, 0).data(CompareModel::FitsRole), QVariant(true));
    }
    // Sorting by Fits itself is as asked: "no" before "yes" descending.
    table->sortByColumn(CompareModel::Fits, Qt::DescendingOrder);
    QCOMPARE(filter->index(0, 0).data(CompareModel::FitsRole), QVariant(false));
    table->sortByColumn(CompareModel::Loss, Qt::AscendingOrder);
    // The Fits column is on screen without scrolling, next to the offer's name.
    table->horizontalScrollBar()->setValue(0);
    const int x = table->columnViewportPosition(CompareModel::Fits);
    QVERIFY(!table->isColumnHidden(CompareModel::Fits));
    QVERIFY2(x >= 0 && x + table->columnWidth(CompareModel::Fits) <= table->viewport()->width(),
             qPrintable(QStringLiteral("at %1 of %2").arg(x).arg(table->viewport()->width())));
    QVERIFY(table->horizontalHeader()->visualIndex(CompareModel::Fits) < table->horizontalHeader()->visualIndex(CompareModel::Loss));
}

// The bars follow the table's ranking: the cheapest offers the model fits on first, then (grey) the
// ones it does not fit on.
void TestWindowCompare::barsRankFittingOffersFirst()
{
    planOnOneGpu(*m_window->document());
    QTRY_VERIFY(!m_dock->refreshPending());
    std::vector<int> rows;
    const std::vector<CompareBar> bars = compareBars(*m_dock->model(), *m_dock->filter(), CompareModel::Loss, 20, &rows);
    QVERIFY(bars.size() >= 20);
    QVERIFY(bars.front().fits);
    bool unfitSeen = false;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const QModelIndex index = m_dock->model()->index(rows[i], 0);
        QCOMPARE(bars[i].fits, index.data(CompareModel::FitsRole) != QVariant(false));
        if (!bars[i].current) {
            QVERIFY2(!(unfitSeen && bars[i].fits), "an offer that fits after one that does not");
            unfitSeen = unfitSeen || !bars[i].fits;
        }
        if (i > 0 && bars[i].fits == bars[i - 1].fits && !bars[i].current && !bars[i - 1].current)
            QVERIFY(bars[i - 1].value <= bars[i].value);
    }
}

// "Use this offer" on an offer the model does not fit on: taken (the user may add GPUs next), with a
// warning in the status bar and under the table, which goes when the plan fits again.
void TestWindowCompare::usingAnOfferThatDoesNotFitWarns()
{
    planOnOneGpu(*m_window->document());
    QTRY_VERIFY(!m_dock->refreshPending());
    CompareFilter *filter = m_dock->filter();
    int unfit = -1, fitting = -1;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const QModelIndex index = filter->index(r, 0);
        if (index.data(CompareModel::OfferIdRole).toString().isEmpty())
            continue;
        if (index.data(CompareModel::FitsRole) == QVariant(false) && unfit < 0)
            unfit = r;
        if (index.data(CompareModel::FitsRole) == QVariant(true) && fitting < 0)
            fitting = r;
    }
    QVERIFY(unfit >= 0 && fitting >= 0);
    const QString offer = filter->index(unfit, 0).data(CompareModel::OfferIdRole).toString();
    QSignalSpy status(m_dock, &CompareDock::status);
    m_dock->useRow(unfit);
    QCOMPARE(m_window->document()->inputs().choices.offer, offer.toStdString()); // taken all the same
    QCOMPARE(status.count(), 1);
    const QString said = status.first().first().toString();
    // The offer named as people read it: its GPU and provider, not its id.
    const Catalogs catalogs = m_window->document()->catalogs().catalogs();
    const CloudOffer &taken = catalogs.offers.get(offer.toStdString());
    QVERIFY2(said.contains(QString::fromStdString(catalogs.accelerators.get(taken.acceleratorId).name))
                 && said.contains(QString::fromStdString(taken.provider)) && !said.contains(offer)
                 && said.contains(QStringLiteral("does not fit")),
             qPrintable(said));
    QCOMPARE(m_window->statusBar()->currentMessage(), said);
    auto *note = m_dock->findChild<QLabel *>(QStringLiteral("compareFitWarning"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), said);
    QCOMPARE(m_dock->fitWarning(), said);
    saveWindowShot(m_dock, QStringLiteral("compare-fit-warning"));
    // An offer that fits: no warning, and the note goes.
    QTRY_VERIFY(!m_dock->refreshPending());
    int row = -1;
    for (int r = 0; r < filter->rowCount() && row < 0; ++r)
        if (filter->index(r, 0).data(CompareModel::FitsRole) == QVariant(true)
            && !filter->index(r, 0).data(CompareModel::OfferIdRole).toString().isEmpty())
            row = r;
    m_dock->useRow(row);
    QTRY_VERIFY(!m_dock->refreshPending());
    m_dock->refresh();
    QCOMPARE(status.count(), 1);
    QVERIFY(!note->isVisible());
    QVERIFY(m_dock->fitWarning().isEmpty());
}

void TestWindowCompare::paretoTickLabelsReadInFullAtItsNarrowest_data()
{
    QTest::addColumn<double>("budgetUsd"); // 0: a fixed job of `params` x `tokens`
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("tokens");
    QTest::newRow("budget 20k USD: loss against time") << 20e3 << 0.0 << 0.0;
    QTest::newRow("budget 1k USD") << 1e3 << 0.0 << 0.0;
    QTest::newRow("budget 2M USD") << 2e6 << 0.0 << 0.0;
    QTest::newRow("fixed job 7B x 140B: cost against time") << 0.0 << 7e9 << 140e9;
    QTest::newRow("fixed job 70B x 1.4T") << 0.0 << 70e9 << 1.4e12;
    QTest::newRow("fixed job 125M x 2.5B") << 0.0 << 125e6 << 2.5e9;
}

void TestWindowCompare::paretoTickLabelsReadInFullAtItsNarrowest()
{
    QFETCH(double, budgetUsd);
    QFETCH(double, params);
    QFETCH(double, tokens);
    if (budgetUsd > 0)
        m_window->document()->setBudget(budgetUsd, BudgetUnit::Usd);
    else
        m_window->document()->setFixedJob(params, tokens);
    QTRY_VERIFY(!m_dock->refreshPending());
    // The table takes all it can: the scatter is at its minimum width, 260 px.
    auto *split = m_dock->findChild<QSplitter *>(QStringLiteral("compareSplitter"));
    QVERIFY(split);
    split->setSizes({5000, 1});
    m_dock->chartTabs()->setCurrentIndex(1);
    ParetoChart *chart = m_dock->paretoChart();
    QTRY_COMPARE(chart->width(), 260);
    QVERIFY(chart->pointCount() > 20);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    saveWindowShot(chart, QStringLiteral("pareto-260-") +
                              QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(':'), 0, 0));
    QTRY_VERIFY2(test::tickLabelProblem(chart, Qt::Horizontal).isEmpty(),
                 qPrintable(test::tickLabelProblem(chart, Qt::Horizontal)));
    QTRY_VERIFY2(test::tickLabelProblem(chart, Qt::Vertical).isEmpty(),
                 qPrintable(test::tickLabelProblem(chart, Qt::Vertical)));
}

void TestWindowCompare::mainChartTickLabelsReadInFullAt1024()
{
    // The same tick code serves the window's own charts: at a 1024 x 640 window they read too.
    m_dock->toggleViewAction()->trigger();
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->width(), 1024);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    saveWindowShot(m_window, QStringLiteral("window-1024"));
    for (QChartView *chart :
         std::initializer_list<QChartView *>{m_window->lossChart(), m_window->allocationChart()})
        for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical})
            QTRY_VERIFY2(
                test::tickLabelProblem(chart, o).isEmpty(),
                qPrintable(chart->objectName() + QLatin1String(": ") + test::tickLabelProblem(chart, o)));
}

void TestWindowCompare::legendsReadInFullAt1024()
{
    // In a 1024 x 640 window the charts are at their narrowest, 400 px: their legends' entries wrap into rows
    // rather than elide. A bent law adds "Published frontier": five entries on the loss chart.
    m_dock->toggleViewAction()->trigger();
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->width(), 1024);
    m_window->document()->setOverrides({{"alpha", 0.36}});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    saveWindowShot(m_window, QStringLiteral("window-1024-bent"));
    QVERIFY(test::legendNames(m_window->lossChart()).contains(QStringLiteral("Published frontier")));
    for (QChartView *chart :
         std::initializer_list<QChartView *>{m_window->lossChart(), m_window->allocationChart()}) {
        QVERIFY(chart->width() <= 400);
        QTRY_COMPARE(test::drawnLegendTexts(chart), test::legendNames(chart));
    }
    // The same in the compare dock's scatter at its narrowest.
    m_dock->toggleViewAction()->trigger();
    m_dock->findChild<QSplitter *>(QStringLiteral("compareSplitter"))->setSizes({5000, 1});
    m_dock->chartTabs()->setCurrentIndex(1);
    QTRY_COMPARE(m_dock->paretoChart()->width(), 260);
    QTRY_COMPARE(test::drawnLegendTexts(m_dock->paretoChart()), test::legendNames(m_dock->paretoChart()));
}

// Docked under the charts, the comparison crushed them to 60-170 px (axis titles cut to "L…"). Now
// the charts keep their minimum heights, their axis titles read in full, and the dock gets a share
// of the window that reads as a table.
void TestWindowCompare::dockedItLeavesTheChartsRoom()
{
    m_dock->setFloating(false);
    QTRY_VERIFY(!m_dock->isFloating());
    QCOMPARE(m_window->dockWidgetArea(m_dock), Qt::BottomDockWidgetArea);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    saveWindowShot(m_window, QStringLiteral("window-docked"));
    QTRY_VERIFY2(m_window->lossChart()->height() >= 240, qPrintable(QString::number(m_window->lossChart()->height())));
    QTRY_VERIFY2(m_window->allocationChart()->height() >= 180, qPrintable(QString::number(m_window->allocationChart()->height())));
    QTRY_VERIFY2(m_dock->height() >= 260, qPrintable(QString::number(m_dock->height())));
    for (QChartView *chart : std::initializer_list<QChartView *>{m_window->lossChart(), m_window->allocationChart()})
        for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical})
            QTRY_VERIFY2(test::tickLabelProblem(chart, o).isEmpty(),
                         qPrintable(chart->objectName() + QLatin1String(": ") + test::tickLabelProblem(chart, o)));
}

QTEST_MAIN(TestWindowCompare)
#include "tst_window_compare.moc"
